"""Refuse passphrases that would fall to the first guesses, and say kindly what to change.

A vault is only as strong as the weakest passphrase that opens a key slot, and Argon2id only
slows guessing down: it cannot save "password123". The rules are the few that matter most,
after the NCSC's advice: length first (three random words is the suggested way to get
there), then the guesses anyone would try first: the username, one character over and over,
and the passphrases people use most often. No rules about digits and symbols: they make
passphrases harder to remember without making them much harder to guess.

The answer is a sentence for the person choosing the passphrase, not an error code, so the
UI and the CLI show the same words.
"""

from __future__ import annotations

import functools
from typing import Final

from womenscentre.i18n import N_, tr
from womenscentre.paths import read_resource_text

MIN_LENGTH: Final = 12
COMMON_PASSPHRASES: Final = "common/common-passphrases.txt"

_TRY_WORDS: Final = N_("Please try three random words strung together instead.")


def check_passphrase(passphrase: str, *, username: str = "") -> str | None:
    """``None`` if ``passphrase`` is acceptable, otherwise what to change, in a sentence or two.

    Checked in the order that gives the most useful advice first: a short passphrase is told
    to be longer before it is told it is also common.
    """
    if len(passphrase) < MIN_LENGTH:
        return tr(
            "Please use at least {count} characters. Three random words strung together "
            "make a passphrase that's long and easy to remember."
        ).format(count=MIN_LENGTH)
    squashed = _squash(passphrase)
    if len(set(squashed)) <= 1:
        return f"{tr('One character repeated is easy to guess.')} {tr(_TRY_WORDS)}"
    if username.strip() and squashed == _squash(username):
        return f"{tr('Your username is the first thing someone would guess.')} {tr(_TRY_WORDS)}"
    if squashed in _common_passphrases():
        common = tr(
            "That's one of the most commonly used passphrases, so it would be easy to guess."
        )
        return f"{common} {tr(_TRY_WORDS)}"
    return None


def _squash(text: str) -> str:
    """Lower-case and drop all spaces, so "Let Me In" and "letmein" count as the same guess."""
    return "".join(text.casefold().split())


@functools.cache
def _common_passphrases() -> frozenset[str]:
    """The shipped list, read once: it may be checked as someone types."""
    lines = read_resource_text(COMMON_PASSPHRASES).splitlines()
    return frozenset(
        _squash(line) for line in lines if line.strip() and not line.lstrip().startswith("#")
    )
