"""The changes a choice in the guidance menu makes to the text, each one undo step.

- :func:`put_suggestion` puts a suggestion in place of the marked words, fitted to them by
  the engine (:func:`~womenscentre.guidance.apply_suggestion`: "an addict" becomes "a
  person who uses drugs"), and selects a placeholder such as "[her name]" so typing
  replaces it;
- :func:`wrap_her_words` puts her words between the "[her words]" marker lines: the
  selection if it holds the mark, else the sentence around it.

Offsets from the engine are code points; document positions are UTF-16 code units
(:class:`~ui.guidance_text.TextOffsets` converts).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from ui.drafts import wrap_her_words as wrapped_in_markers
from ui.guidance_text import TextOffsets, sentence_span, utf16_len
from ui.models.findings import Mark
from womenscentre.guidance import apply_suggestion

_PLACEHOLDER = re.compile(r"\[[^\]\n]+\]")


def words_unchanged(mark: Mark) -> bool:
    """Whether the marked words are still what the engine found there."""
    return mark.cursor.selectedText().replace("\u2029", "\n") == mark.finding.text


def put_suggestion(editor: QPlainTextEdit, mark: Mark, suggestion: str) -> None:
    """Replace the marked words with ``suggestion`` and leave the cursor ready to go on."""
    text = editor.toPlainText()
    offsets = TextOffsets(text)
    begin, end, replacement = apply_suggestion(
        text, offsets.to_text(mark.start), offsets.to_text(mark.end), suggestion
    )
    start = offsets.to_doc(begin)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(offsets.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(replacement)
    cursor.endEditBlock()
    placeholder = _PLACEHOLDER.search(replacement)
    if placeholder is not None:  # "[her name]": selected, so typing replaces it
        cursor.setPosition(start + utf16_len(replacement[: placeholder.start()]))
        cursor.setPosition(
            start + utf16_len(replacement[: placeholder.end()]),
            QTextCursor.MoveMode.KeepAnchor,
        )
    editor.setTextCursor(cursor)
    editor.setFocus()


def wrap_her_words(editor: QPlainTextEdit, mark: Mark) -> None:
    """Put the selection holding ``mark`` (or its sentence) between the marker lines."""
    text = editor.toPlainText()
    offsets = TextOffsets(text)
    selected = editor.textCursor()
    if (
        selected.hasSelection()
        and selected.selectionStart() <= mark.start
        and selected.selectionEnd() >= mark.end
    ):
        start = offsets.to_text(selected.selectionStart())
        end = offsets.to_text(selected.selectionEnd())
    else:
        start, end = sentence_span(text, offsets.to_text(mark.start), offsets.to_text(mark.end))
    wrapped, inside = wrapped_in_markers(text[:start], text[start:end], text[end:])
    cursor = QTextCursor(editor.document())
    cursor.setPosition(offsets.to_doc(start))
    cursor.setPosition(offsets.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
    cursor.beginEditBlock()
    cursor.insertText(wrapped)
    cursor.endEditBlock()
    cursor.setPosition(offsets.to_doc(start) + utf16_len(wrapped[:inside]))
    editor.setTextCursor(cursor)
