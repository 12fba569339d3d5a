"""Step 2 of the referral wizard: the pack's sections, and the words to go in each.

:class:`SectionAnswers` holds the boxes for the selected section's questions (the ones the
record doesn't fill in); :func:`sections_table` is the table of sections with their state
today and the plain reason; :func:`preview_words` is step 3's plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from shiboken6 import isValid

from ui.models.referrals import PackSectionsModel
from womenscentre.exports.referral import PackFlow, Preview, SectionView
from womenscentre.i18n import tr


def sections_table(model: PackSectionsModel) -> QTableView:
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
    table.setModel(model)
    table.setAccessibleName(tr("The pack's sections, and whether each can go"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class SectionAnswers(QWidget):
    """The selected section's questions; what is typed goes into the flow on any move."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.edits: dict[str, QPlainTextEdit] = {}

    def show_section(self, view: SectionView | None, typed: dict[str, str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.edits = {}
        if view is None:
            return
        for field in view.section.fields:
            if field.source:
                continue
            edit = QPlainTextEdit(typed.get(field.id, ""))
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(field.label)
            edit.setPlaceholderText(field.prompt)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 3)
            edit.setProperty("section_id", view.section.id)
            self.edits[field.id] = edit
            self.form.addRow(tr("{field}:").format(field=field.label), edit)

    def keep(self, flow: PackFlow, on_problem: Callable[[Exception], None]) -> None:
        """Put what was typed into the flow (which says if an answer is too long)."""
        for field_id, edit in self.edits.items():
            if not isValid(edit):
                continue
            section_id = str(edit.property("section_id"))
            text = edit.toPlainText().strip()
            if text != flow.answers.get(section_id, {}).get(field_id, ""):
                try:
                    flow.set_answer(section_id, field_id, text)
                except Exception as exc:
                    on_problem(exc)

    def forget(self) -> None:
        """The rows are about to be rebuilt: what was typed is already in the flow."""
        self.edits = {}


def preview_words(preview: Preview) -> str:
    """The preview as plain text: summary, each section's words, what is held back and why."""
    lines = [preview.summary, ""]
    for warning in preview.warnings:
        lines.append(tr("Please note: {warning}").format(warning=warning))
    for section in preview.shown:
        lines += ["", section.title]
        lines += [f"  {label}: {value}" for label, value in section.rows]
    if preview.held_back:
        lines += ["", tr("Not included:")]
        lines += [f"  {title}: {reason}" for title, reason in preview.held_back]
    return "\n".join(lines)
