"""Text helpers for the live guidance: positions, sentences and her own words.

Pure functions over Python strings, with no Qt, so they are quick to test on their own.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from womenscentre.guidance.protect import her_words_blocks, paragraphs, quoted_spans

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*(?=\s|$)")
_LEADING_ARTICLE = re.compile(r"(?:an?)\s+(?=\S)", re.IGNORECASE)


class TextOffsets:
    """Code points (Python ``str``) to UTF-16 document positions and back, for one text."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_doc = [at + n for n, at in enumerate(self._astral)]

    def to_doc(self, point: int) -> int:
        return point + bisect_left(self._astral, point) if self._astral else point

    def to_text(self, position: int) -> int:
        return position - bisect_left(self._astral_doc, position) if self._astral else position


def utf16_len(text: str) -> int:
    """The length of ``text`` in UTF-16 code units, as Qt counts positions."""
    return len(text) + len(_ASTRAL.findall(text))


def bare_term(words: str) -> str:
    """The marked words without a leading "a" or "an", as a term to remember.

    The engine may take the article into a finding (so a suggestion can bring its own), but
    "she prefers this term" for "an addict" means the word "addict": kept bare, it also
    covers "the addict" and "addicts".
    """
    found = _LEADING_ARTICLE.match(words)
    return words[found.end() :] if found else words


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, within its line, end punctuation included."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    begin = line_start
    for stop in _SENTENCE_END.finditer(text, line_start, start):
        begin = stop.end()
    while begin < start and text[begin].isspace():
        begin += 1
    after = _SENTENCE_END.search(text, end, line_end)
    finish = after.end() if after else line_end
    while finish > end and text[finish - 1].isspace():
        finish -= 1
    return begin, finish


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Her words as the engine sees them: "her words" blocks and quoted speech."""
    spans = list(her_words_blocks(text))
    for start, end in paragraphs(text):
        spans.extend(quoted_spans(text, start, end))
    return sorted(spans)
