"""Password protection for a referral PDF: AES-256, the strongest standard PDF encryption.

pypdf does the work (pure Python, using ``cryptography`` for AES, which the vault already
depends on). Without the password the PDF doesn't open at all: its text and images are
encrypted, not merely marked "please don't print". The password must never travel with the
file: tell the recipient by phone, or send it separately.
"""

from __future__ import annotations

import io
from typing import Final

from pypdf import PdfReader, PdfWriter

from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr

MIN_PASSWORD_CHARS: Final = 10


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise InvalidInput(
            tr(
                "Please use a PDF password of at least {count} "
                "characters. Three or four unrelated words are easy to read out over "
                "the phone and hard to guess."
            ).format(count=MIN_PASSWORD_CHARS)
        )


def protect(pdf: bytes, password: str) -> bytes:
    """The same PDF, encrypted with AES-256 so it opens only with ``password``."""
    check_password(password)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
