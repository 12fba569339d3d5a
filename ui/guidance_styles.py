"""How the live guidance looks: calm underlines for the keyworker's words, and her own words
greyed in italics.

Nothing here is ever written into the document: each style is the format of an editor
*extra selection*, so the note, its undo history and what is saved stay exactly as typed.
Every colour comes from the editor's palette, so dark mode and high contrast apply as she
has set them:

- a **warning** (a clear swap) gets a wavy line in the link colour;
- a **hint** (it depends on context, or on her) gets a dotted line in the placeholder colour;
- **her own words** (quoted speech and "her words" blocks, which are never checked) get the
  placeholder colour and italics, and no line: calm, and plainly set apart as hers.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from womenscentre.guidance import Severity

_LINES = {
    Severity.WARNING: (QTextCharFormat.UnderlineStyle.WaveUnderline, QPalette.ColorRole.Link),
    Severity.HINT: (
        QTextCharFormat.UnderlineStyle.DotLine,
        QPalette.ColorRole.PlaceholderText,
    ),
}


class GuidanceStyles:
    """The formats for one editor, made once per palette colour and then reused."""

    def __init__(self, editor: QWidget) -> None:
        self._editor = editor
        self._formats: dict[object, QTextCharFormat] = {}

    def underline(self, severity: Severity) -> QTextCharFormat:
        """The underline for a finding of ``severity``."""
        style, role = _LINES[severity]
        colour = self._editor.palette().color(role)
        key = (severity, colour.rgba())
        if key not in self._formats:
            char_format = QTextCharFormat()
            char_format.setUnderlineStyle(style)
            char_format.setUnderlineColor(colour)
            self._formats[key] = char_format
        return self._formats[key]

    def her_words(self) -> QTextCharFormat:
        """Her own words: muted and slanted, never underlined."""
        colour = self._editor.palette().color(QPalette.ColorRole.PlaceholderText)
        key = (None, colour.rgba())
        if key not in self._formats:
            char_format = QTextCharFormat()
            char_format.setForeground(colour)
            char_format.setFontItalic(True)
            self._formats[key] = char_format
        return self._formats[key]


def selection(cursor: QTextCursor, char_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
    """An extra selection drawing ``char_format`` over ``cursor``'s words."""
    chosen = QTextEdit.ExtraSelection()
    chosen.cursor = cursor
    chosen.format = char_format
    return chosen
