"""Her own words, and the other places guidance must stay out of.

A woman's words, written down as she said them, are her testimony; a perpetrator's words
quoted exactly can be evidence. Neither is the keyworker's wording to correct, so nothing
inside them is ever flagged (reference §B.2). Three kinds of span are protected here:

* **Quoted speech** in straight, curly, single or double quotes, or « guillemets », running
  across line breaks. A quote that is never closed runs to the end of its paragraph, so one
  stray mark can't switch guidance off for the rest of a note, and so a paragraph can be
  re-checked on its own without looking at the others.
* **"Her words" blocks**: everything from a line ``[her words]`` to a line ``[/her words]``
  (any case; the editor can insert the pair, and a keyworker can type it on any keyboard,
  which is not true of « and »). A block may hold several paragraphs; an unclosed block
  runs to the end of the note.
* **Names**: a match whose words are all capitalised and sit in a run of two or more
  capitalised words is part of a name such as "Substance Misuse Service" or "Offender
  Manager", and is left alone.

Single quotes double as apostrophes, so a straight or curly single quote opens a quote only
after a space or bracket and before a letter, and closes one only where it is not inside a
word ("didn't") - the same judgement a reader makes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Final

from womenscentre.guidance.text import Token, is_capitalised

HER_WORDS_OPEN: Final = "[her words]"
HER_WORDS_CLOSE: Final = "[/her words]"
_BLOCK_RE: Final = re.compile(r"\[\s*(/?)\s*her\s+words\s*\]", re.IGNORECASE)
_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\f\v]*\n")
_QUOTE_RE: Final = re.compile("[\"\u201c\u201d\u201e\u201f\u00ab\u00bb'\u2018\u2019\u2039\u203a]")
_DOUBLE_OPEN: Final = {
    "\u201c": '\u201d"',
    "\u201e": '\u201c\u201d"',
    "\u201f": '\u201d"',
    "\u00ab": "\u00bb",
    '"': '"\u201d\u201c',
}
_SINGLE_OPEN: Final = {"'": "'\u2019", "\u2018": "\u2019'", "\u2019": "\u2019'", "\u2039": "\u203a"}
_OPEN_AFTER: Final = set(" \t\r\n([{<-\u2013\u2014/:;")
_ELISIONS: Final = ("em ", "til ", "cause ", "cos ", "n ", "twas ")
_TERMINAL: Final = frozenset({".", "!", "?", "\u2026"})
_ABBREVIATIONS: Final = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "e",
        "g",
        "i",
        "eg",
        "ie",
        "etc",
        "approx",
        "no",
        "vs",
        "cf",
        "prof",
        "sgt",
        "pc",
        "dc",
        "ds",
        "insp",
        "tel",
        "ref",
    }
)
#: Capitalised words that start sentences rather than names.
_NOT_NAMES: Final = frozenset(
    {
        "she",
        "he",
        "her",
        "his",
        "the",
        "a",
        "an",
        "i",
        "it",
        "they",
        "we",
        "you",
        "this",
        "that",
        "then",
        "and",
        "but",
        "so",
        "on",
        "in",
        "at",
        "today",
        "yesterday",
        "when",
        "if",
        "after",
        "before",
        "there",
        "their",
        "our",
        "my",
        "was",
        "is",
    }
)

Span = tuple[int, int]


def paragraphs(text: str) -> list[Span]:
    """The (start, end) of each paragraph: text between blank lines, ends exclusive."""
    spans = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, brk.start()))
        start = brk.end()
    spans.append((start, len(text)))
    return spans


def paragraph_at(text: str, position: int) -> Span:
    """The paragraph holding ``position``; found with two C-speed searches, not a split."""
    position = max(0, min(position, len(text)))
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text, 0, position):
        if brk.end() <= position:
            start = brk.end()
    following = _PARAGRAPH_BREAK.search(text, position)
    end = following.start() if following else len(text)
    if end < start:  # the position is inside a break; take the paragraph after it
        end = start
    return (start, end)


def her_words_blocks(text: str) -> list[Span]:
    """The spans of ``[her words]`` … ``[/her words]`` blocks, markers included."""
    spans: list[Span] = []
    opened: int | None = None
    for marker in _BLOCK_RE.finditer(text):
        closing = bool(marker.group(1))
        if not closing and opened is None:
            opened = marker.start()
        elif closing and opened is not None:
            spans.append((opened, marker.end()))
            opened = None
        elif closing:
            spans.append((marker.start(), marker.end()))  # a stray closing marker
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def quoted_spans(text: str, start: int, end: int) -> list[Span]:
    """Quoted speech in ``text[start:end]`` (one paragraph), as offsets into ``text``."""
    spans: list[Span] = []
    opened_at = -1
    closers = ""
    single = False
    for mark in _QUOTE_RE.finditer(text, start, end):
        char, at = mark.group(), mark.start()
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < end else " "
        if opened_at < 0:
            if char in _DOUBLE_OPEN:
                if char == '"' and not (before in _OPEN_AFTER or after.isalnum()):
                    continue
                opened_at, closers, single = at, _DOUBLE_OPEN[char], False
            elif char in _SINGLE_OPEN and (
                before in _OPEN_AFTER
                and (after.isalnum() or after in '"\u201c')
                and not (text.startswith(_ELISIONS, at + 1))
            ):
                opened_at, closers, single = at, _SINGLE_OPEN[char], True
        elif char in closers:
            if single and (before.isspace() or after.isalnum()):
                continue  # an apostrophe inside a word, not the end of the quote
            spans.append((opened_at, at + 1))
            opened_at = -1
    if opened_at >= 0:
        spans.append((opened_at, end))
    return spans


class Protected:
    """A sorted set of protected spans with a fast overlap test."""

    def __init__(self, spans: Sequence[Span]) -> None:
        merged: list[Span] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.spans = merged
        self._starts = [s for s, _ in merged]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self._starts, end - 1) - 1
        return index >= 0 and self.spans[index][1] > start


def sentence_ids(tokens: Sequence[Token], text: str) -> list[int]:
    """The sentence number of each token, for sentence-scope conditions.

    A sentence ends at ".", "!" or "?" (after any closing quotes or brackets) when the next
    word starts with a capital or a digit, unless the full stop follows a common
    abbreviation ("Dr", "e.g."), and at a line that starts with a list marker.
    """
    ids = [0] * len(tokens)
    if not tokens:
        return ids
    current = 0
    pending = False
    # A list marker only counts at the start of a line; most paragraphs have no line breaks,
    # and then no gap between tokens needs looking at.
    lines = "\n" in text[tokens[0].start : tokens[-1].end]
    previous_end = tokens[0].start
    previous_norm = ""
    for index, token in enumerate(tokens):
        raw = token.raw
        if pending and token.is_word:
            if raw[:1].isupper() or raw[:1].isdigit():
                current += 1
            pending = False
        elif (
            lines
            and index
            and (raw in "-*\u2022" or raw[:1].isdigit())
            and "\n" in text[previous_end : token.start]
        ):
            current += 1
            pending = False
        ids[index] = current
        if raw in _TERMINAL and not (raw == "." and index and previous_norm in _ABBREVIATIONS):
            pending = True
        previous_end = token.end
        previous_norm = token.norm
    return ids


def in_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether tokens ``first..last`` are part of a capitalised name of two or more words."""
    if not all(
        is_capitalised(tokens[i].raw)
        for i in range(first, last + 1)
        if tokens[i].is_word and tokens[i].norm != "'s"
    ):
        return False

    def name_word(index: int) -> bool:
        token = tokens[index]
        return token.is_word and is_capitalised(token.raw) and token.norm not in _NOT_NAMES

    def joiner(index: int) -> bool:
        return tokens[index].norm == "'s"  # "Women's Aid" is one name

    start, end = first, last
    while start > 0 and (name_word(start - 1) or joiner(start - 1)):
        start -= 1
    while end + 1 < len(tokens) and (name_word(end + 1) or joiner(end + 1)):
        end += 1
    words = [t.raw for t in tokens[start : end + 1] if t.is_word and t.norm != "'s"]
    # A run of words all in capitals is a heading or shouting, not a name.
    return len(words) >= 2 and not all(w.isupper() for w in words)
