"""The trainer's practice pad: paste some text, see what the guidance says, before and after.

The pad uses the same :class:`~ui.guidance_highlighter.LiveGuidance` as the note editor, so
what trainers show is what keyworkers get. Her own words (quotes and "her words" blocks) are
shown greyed, with "Not checked" on hover, so the principle can be taught. Below, the text is
shown again with the first suggestion of each finding put in. Questions such as "Who did
this?" are listed rather than answered, because only the writer knows; so are a rephrase
rule's examples ("For example: …"), which rewrite the sentence around the words and are
never pasted in, so the after view leaves those words as they were.

Nothing typed here is saved. The pad is emptied whenever its window closes, including when
the app locks, because people may paste real notes into it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.clipboard import ClipboardGuard, GuardedPlainTextEdit
from ui.guidance_highlighter import DEFAULT_DEBOUNCE_MS, GuideLike, LiveGuidance
from ui.guidance_menu import example_text
from ui.guidance_panel import GuidancePanel
from ui.guidance_text import TextOffsets
from ui.widgets import paragraph, show_status, status_line
from womenscentre.guidance import Action, Finding, apply_suggestion
from womenscentre.i18n import N_, tr

PAD_INTRO = N_(
    "Paste or type a few sentences to see how the guidance reads them. Nothing here is "
    "saved, and the pad is cleared when this window closes or the app locks."
)
PAD_PLACEHOLDER = N_("Paste a few sentences here, such as a paragraph from a practice note.")
AFTER_TITLE = N_("After: the first suggestion for each, with changes in bold")
QUESTIONS_TITLE = N_("For the writer to answer or reword, as only the writer knows what happened:")


def apply_first_suggestions(
    text: str, findings: Sequence[Finding]
) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the first suggestion of each ``replace`` finding put in its place,
    fitted as the editor fits it (:func:`~womenscentre.guidance.apply_suggestion`: "a" or
    "an" before it made to agree, a doubled word dropped).

    Returns the new text and the (start, end) of each change in it. Findings whose words no
    longer match the text, that overlap an earlier one, or that ask a question or only give
    an example rewrite are skipped.
    """
    out: list[str] = []
    changes: list[tuple[int, int]] = []
    at = 0
    length = 0
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        if (
            finding.action is not Action.REPLACE
            or not finding.suggestions
            or finding.start < at
            or text[finding.start : finding.end] != finding.text
        ):
            continue
        begin, end, replacement = apply_suggestion(
            text, finding.start, finding.end, finding.suggestions[0]
        )
        if begin < at:  # the article it would change is part of an earlier change
            begin, end, replacement = finding.start, finding.end, finding.suggestions[0]
        kept = text[at:begin]
        out.append(kept)
        length += len(kept)
        out.append(replacement)
        changes.append((length, length + len(replacement)))
        length += len(replacement)
        at = end
    out.append(text[at:])
    return "".join(out), changes


class PracticePad(QWidget):
    """A scratch editor with live guidance, its findings, and a before-and-after view."""

    def __init__(
        self,
        guide: GuideLike | None,
        *,
        clipboard: ClipboardGuard | None = None,
        debounce_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Practice pad"))
        self.editor = GuardedPlainTextEdit(clipboard)
        self.editor.setAccessibleName(tr("Practice text"))
        self.editor.setPlaceholderText(tr(PAD_PLACEHOLDER))
        self.editor.setTabChangesFocus(True)
        self.guidance = LiveGuidance(
            self.editor,
            guide,
            show_protected=True,
            debounce_ms=DEFAULT_DEBOUNCE_MS if debounce_ms is None else debounce_ms,
        )
        self.panel = GuidancePanel(self.guidance)
        self.after = QPlainTextEdit()
        self.after.setReadOnly(True)
        self.after.setAccessibleName(tr("After"))
        self.questions = paragraph("", name=tr("Questions for the writer"))
        self.questions.setVisible(False)
        self.status = status_line(tr("Practice pad status"))
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(self.editor)
        top.addWidget(self.panel)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(paragraph(tr(AFTER_TITLE)))
        bottom_layout.addWidget(self.after, stretch=1)
        bottom_layout.addWidget(self.questions)
        both = QSplitter(Qt.Orientation.Vertical)
        both.setChildrenCollapsible(False)
        both.addWidget(top)
        both.addWidget(bottom)
        layout = QVBoxLayout(self)
        intro_row = QHBoxLayout()
        intro_row.addWidget(paragraph(tr(PAD_INTRO)), stretch=1)
        layout.addLayout(intro_row)
        layout.addWidget(both, stretch=1)
        layout.addWidget(self.status)
        self.guidance.checked.connect(self._on_guidance_checked)
        self.guidance.noted.connect(lambda text: show_status(self.status, text))

    def set_guide(self, guide: GuideLike) -> None:
        self.guidance.set_guide(guide)

    def set_text(self, text: str) -> None:
        """Fill the pad and check it straight away (for pasting from code, and for tests)."""
        self.editor.setPlainText(text)
        self.guidance.check_now()

    def before_and_after(self) -> tuple[str, str]:
        return self.editor.toPlainText(), self.after.toPlainText()

    def clear(self) -> None:
        """Empty the pad, its marks and its after view, undo history included."""
        self.editor.clear()
        self.editor.document().clearUndoRedoStacks()
        self.guidance.clear()
        self.after.clear()
        self.questions.clear()
        self.questions.setVisible(False)
        show_status(self.status, "")

    @Slot()
    def _on_guidance_checked(self) -> None:
        findings = self.guidance.current_findings()
        after, changes = apply_first_suggestions(self.editor.toPlainText(), findings)
        self.after.setPlainText(after)
        offsets = TextOffsets(after)
        changed = QTextCharFormat()
        changed.setFontWeight(QFont.Weight.Bold)
        changed.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        changed.setUnderlineColor(self.after.palette().color(QPalette.ColorRole.Link))
        selections = []
        for start, end in changes:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.after.document())
            cursor.setPosition(offsets.to_doc(start))
            cursor.setPosition(offsets.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = changed
            selections.append(selection)
        self.after.setExtraSelections(selections)
        # The words found and the rule's suggestion are English rule content.
        line = tr("“{words}”: {suggestion}")
        lines = [
            line.format(
                words=f.text,
                suggestion=f.suggestions[0]
                if f.action is Action.ASK
                else example_text(f.suggestions[0]),
            )
            for f in findings
            if f.action is not Action.REPLACE and f.suggestions
        ]
        self.questions.setText("\n".join([tr(QUESTIONS_TITLE), *lines]) if lines else "")
        self.questions.setVisible(bool(lines))
