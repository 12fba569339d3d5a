"""Start-up crypto self-test (security reference T29).

Runs before any vault is created or opened. If the installed ``cryptography`` is
too old, or its OpenSSL cannot do Argon2id, or AES-GCM gives a wrong answer, the
app refuses with a clear message instead of falling back to something weaker.
"""

from __future__ import annotations

import functools

import cryptography
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from womenscentre.errors import CryptoUnavailable
from womenscentre.i18n import tr

MINIMUM_CRYPTOGRAPHY = (44, 0)

# NIST GCM test vector (gcmEncryptExtIV256.rsp, Count 0 with 128-bit plaintext):
# key of zeros, IV of zeros, plaintext of zeros.
_KAT_KEY = bytes(32)
_KAT_NONCE = bytes(12)
_KAT_PLAINTEXT = bytes(16)
_KAT_EXPECTED = bytes.fromhex("cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919")


def _version_tuple(text: str) -> tuple[int, int]:
    major, minor, *_ = [*text.split("."), "0"]
    return int(major), int("".join(ch for ch in minor if ch.isdigit()) or "0")


@functools.cache
def run_self_test() -> None:
    """Raise ``CryptoUnavailable`` if the primitives the vault relies on are missing."""
    if _version_tuple(cryptography.__version__) < MINIMUM_CRYPTOGRAPHY:
        raise CryptoUnavailable(
            tr("cryptography {version} is too old").format(version=cryptography.__version__)
        )
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=bytes(16), length=32, iterations=1, lanes=1, memory_cost=8).derive(b"x")
    except Exception as exc:  # UnsupportedAlgorithm, ImportError: any is fatal here
        raise CryptoUnavailable(tr("Argon2id is not available")) from exc
    if AESGCM(_KAT_KEY).encrypt(_KAT_NONCE, _KAT_PLAINTEXT, None) != _KAT_EXPECTED:
        raise CryptoUnavailable(tr("AES-GCM gave a wrong answer"))
