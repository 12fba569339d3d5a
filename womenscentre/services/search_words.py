"""Splitting text into the words search indexes: lower-cased and accent-folded.

Its own module because both the index and the benchmarks' FTS5 peer need the very same
rule, and because it is the hot path of a build: a hundred thousand notes are split in a
second or two.
"""

from __future__ import annotations

import re
import string
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)


class _WithoutMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks and keeps every other character.

    Filled in as characters are first seen, so it never lists all of Unicode, and each
    character is looked up in C thereafter: a note with one "crèche" in it no longer sends
    every one of its characters through Python.
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _WithoutMarks()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _folded(run: re.Match[str]) -> str:
    return unicodedata.normalize("NFKD", run.group().casefold()).translate(_WITHOUT_MARKS)


#: ASCII bytes that are not word characters (``\w`` is letters, digits and "_") become spaces.
_ASCII_WORD_BYTES = frozenset((string.ascii_letters + string.digits + "_").encode())
_ASCII_SPACES = bytes(b if b in _ASCII_WORD_BYTES else 0x20 for b in range(256))


def words(text: str) -> list[str]:
    """Lower-cased, accent-folded words, so "Zoë" is found by "zoe".

    The same as case-folding, decomposing (NFKD), dropping combining marks, lower-casing and
    taking every run of word characters, but only the runs of non-ASCII characters (a "crèche", a
    curly apostrophe) take the slow road. Once the text is ASCII, splitting it is a byte
    table and ``str.split``: a hundred thousand notes are split in a second or two.
    """
    if not text.isascii():
        text = _NON_ASCII.sub(_folded, text)
        if not text.isascii():  # letters with no ASCII form (Arabic, Chinese, Cyrillic…)
            return _WORD.findall(text.lower())
    return text.lower().encode("ascii").translate(_ASCII_SPACES).decode("ascii").split()
