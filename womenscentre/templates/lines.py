"""Which line of a TOML file each key and list item sits on.

``tomllib`` reports a line only for a syntax error. A file that parses but holds a wrong
value (a misspelt field type, a "why" question, a missing label) needs its line found some
other way, so a manager fixing a customised template can go straight to it. This module
makes one pass over the text and records the 1-based line of every table header, every
``key =`` and every item of an array, by the same path the parsed data uses, for example
``("section", 2, "field", 0, "type")`` or ``("section", 0, "questions", 3)``.

It follows TOML's own rules for arrays of tables at any depth (``[[section]]`` then
``[[section.field]]`` belongs to the latest section), dotted keys, inline tables and arrays
that run over several lines, and it skips strings (including multi-line ones) and comments.
It is a locator, not a parser: ``tomllib`` has already accepted the file, so anything it
cannot place falls back to the nearest enclosing key through :func:`line_of`, which is still
the right place to look.

``womenscentre.guidance.packs`` has a similar helper, written for rule packs, that indexes
only ``[[rule]]`` arrays; templates nest arrays of tables two deep, hence this one.
"""

from __future__ import annotations

import re
from typing import Final

KeyPath = tuple[str | int, ...]

_HEADER_RE: Final = re.compile(r"\s*(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$")
_BARE_OR_QUOTED = r"(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')"
_KEY_RE: Final = re.compile(rf"\s*({_BARE_OR_QUOTED}(?:\s*\.\s*{_BARE_OR_QUOTED})*)\s*=")


def split_key(key: str) -> tuple[str, ...]:
    """``a."b.c".d`` -> ("a", "b.c", "d")."""
    parts = re.findall(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)", key)
    return tuple(next(p for p in groups if p) if any(groups) else "" for groups in parts)


class _ValueScanner:
    """Walks one value, possibly over several lines, recording array items and inline keys."""

    def __init__(self, base: KeyPath, found: dict[KeyPath, int]) -> None:
        self.found = found
        #: (bracket, path of the container, next item index) for each open [ or {.
        self.stack: list[tuple[str, KeyPath, int]] = []
        self.pending: KeyPath | None = base
        self.string = ""
        self.done = False

    def _start_value(self, number: int) -> KeyPath | None:
        """A value begins here: give it its path, counting it as an array item if need be."""
        if self.pending is None:
            return None
        path = self.pending
        self.found.setdefault(path, number)
        self.pending = None
        return path

    def feed(self, text: str, number: int) -> None:
        index = 0
        while index < len(text) and not self.done:
            if self.string:
                index = self._skip_string(text, index)
                continue
            char = text[index]
            if char == "#":
                return
            if char in "\"'":
                self._start_value(number)
                triple = text.startswith(char * 3, index)
                self.string = char * 3 if triple else char
                index += 3 if triple else 1
                continue
            if char in "[{":
                path = self._start_value(number)
                container = path if path is not None else ()
                self.stack.append((char, container, 0))
                if char == "[":
                    self.pending = (*container, 0)
                else:
                    index = self._inline_key(text, index + 1, number)
                    continue
            elif char in "]}":
                if self.stack:
                    self.stack.pop()
                self.pending = None
                if not self.stack:
                    self.done = True
            elif char == ",":
                if self.stack and self.stack[-1][0] == "[":
                    bracket, container, count = self.stack[-1]
                    self.stack[-1] = (bracket, container, count + 1)
                    self.pending = (*container, count + 1)
                elif self.stack:
                    index = self._inline_key(text, index + 1, number)
                    continue
            elif not char.isspace():
                self._start_value(number)
                if not self.stack:
                    self.done = True
            index += 1

    def _skip_string(self, text: str, index: int) -> int:
        quote = self.string
        while index < len(text):
            if quote.startswith('"') and text[index] == "\\":
                index += 2
                continue
            if text.startswith(quote, index):
                self.string = ""
                if not self.stack:
                    self.done = True
                return index + len(quote)
            index += 1
        if len(quote) == 1:
            self.string = ""  # a single-line string cannot run on; tomllib has checked
        return index

    def _inline_key(self, text: str, index: int, number: int) -> int:
        """Inside ``{ ... }``: record the key that starts at ``index`` and expect its value."""
        found = _KEY_RE.match(text, index)
        if found is None:
            return index
        container = self.stack[-1][1]
        path = (*container, *split_key(found.group(1)))
        self.found.setdefault(path, number)
        self.pending = path
        return found.end()


def key_lines(text: str) -> dict[KeyPath, int]:
    """The 1-based line of each header, key and array item, by its path in the parsed data."""
    found: dict[KeyPath, int] = {}
    arrays: dict[KeyPath, int] = {}
    current: KeyPath = ()
    scanner: _ValueScanner | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if scanner is not None:
            scanner.feed(line, number)
            if scanner.done:
                scanner = None
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        header = _HEADER_RE.match(line)
        if header and not _KEY_RE.match(line):
            current = _resolve(split_key(header.group(2)), header.group(1) == "[[", arrays)
            found.setdefault(current, number)
            continue
        key = _KEY_RE.match(line)
        if key is None:
            continue
        path = (*current, *split_key(key.group(1)))
        found.setdefault(path, number)
        scanner = _ValueScanner(path, found)
        scanner.feed(line[key.end() :], number)
        if scanner.done:
            scanner = None
    return found


def _resolve(parts: tuple[str, ...], is_array: bool, arrays: dict[KeyPath, int]) -> KeyPath:
    """A header's path: each array of tables on the way means its latest element."""
    path: KeyPath = ()
    for position, part in enumerate(parts):
        path = (*path, part)
        if is_array and position == len(parts) - 1:
            index = arrays.get(path, -1) + 1
            arrays[path] = index
            path = (*path, index)
        elif path in arrays:
            path = (*path, arrays[path])
    return path


def line_of(lines: dict[KeyPath, int], path: KeyPath) -> int:
    """The line of ``path``, or of the nearest enclosing key that was found; 1 at worst."""
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return 1
