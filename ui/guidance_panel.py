"""The list of wording suggestions beside a note or the practice pad.

One row per rule (see :mod:`ui.models.findings`); choosing a row (click, or Return) puts the
cursor on those words in the editor and selects them, so the menu key opens their choices.
When the per-note cap on hints holds some back (:mod:`womenscentre.guidance.cap`), a line
under the list says how many, with a button to show them all.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QVBoxLayout, QWidget

from ui.guidance_highlighter import LiveGuidance
from ui.widgets import button, paragraph
from womenscentre.i18n import N_, tr, trn

PANEL_TITLE = N_("Wording suggestions")
NOTHING_YET = N_("Nothing to suggest so far.")
HOW_TO_CHOOSE = N_("Right-click underlined words, or press the menu key, to see your choices.")
SHOW_ALL_HINTS = N_("Show &all hints")


def held_back_text(count: int) -> str:
    return trn(
        "%n more hint held back, so the note isn't crowded.",
        "%n more hints held back, so the note isn't crowded.",
        count,
    )


class GuidancePanel(QWidget):
    """The findings of one :class:`~ui.guidance_highlighter.LiveGuidance`, as a list."""

    def __init__(self, guidance: LiveGuidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr(PANEL_TITLE))
        self.guidance = guidance
        title = paragraph(tr(PANEL_TITLE))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.empty_note = paragraph(tr(NOTHING_YET), name=tr("No suggestions"))
        self.how_to = paragraph(tr(HOW_TO_CHOOSE), name=tr("How to choose"))
        self.held_back_note = paragraph("", name=tr("Hints held back"))
        self.show_all_button = button(tr(SHOW_ALL_HINTS))
        held_back_row = QHBoxLayout()
        held_back_row.addWidget(self.held_back_note, stretch=1)
        held_back_row.addWidget(self.show_all_button)
        self.list = QListView()
        self.list.setAccessibleName(tr(PANEL_TITLE))
        self.list.setModel(guidance.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.list, stretch=1)
        layout.addLayout(held_back_row)
        layout.addWidget(self.how_to)
        self.list.activated.connect(self._on_list_activated)
        self.list.clicked.connect(self._on_list_activated)
        self.show_all_button.clicked.connect(self._on_show_all_button_clicked)
        guidance.findings_changed.connect(self._on_guidance_findings_changed)
        self._on_guidance_findings_changed()

    @Slot()
    def _on_guidance_findings_changed(self) -> None:
        has_rows = self.guidance.model.rowCount() > 0
        self.empty_note.setVisible(not has_rows)
        self.how_to.setVisible(has_rows)
        held_back = self.guidance.held_back_count
        self.held_back_note.setText(held_back_text(held_back) if held_back else "")
        self.held_back_note.setAccessibleDescription(self.held_back_note.text())
        self.held_back_note.setVisible(bool(held_back))
        self.show_all_button.setVisible(bool(held_back))

    @Slot()
    def _on_show_all_button_clicked(self) -> None:
        self.guidance.show_every_hint()

    @Slot(QModelIndex)
    def _on_list_activated(self, index: QModelIndex) -> None:
        self.go_to(index.row())

    def go_to(self, row: int) -> None:
        """Select the words of row ``row`` in the editor and give the editor the focus."""
        if not 0 <= row < self.guidance.model.rowCount():
            return
        mark = self.guidance.model.row_at(row).mark
        editor = self.guidance.editor
        editor.setTextCursor(QTextCursor(mark.cursor))
        editor.ensureCursorVisible()
        editor.setFocus()
