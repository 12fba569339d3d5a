"""The workspace shown after unlock: who is signed in, and her caseload.

A :class:`Workspace` is made for each unlock and destroyed on lock, so no view, editor or
undo stack outlives the vault. The models it shows belong to the window and are emptied on
lock; this widget only draws them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.caseload import CaseloadFilter, Column
from ui.widgets import busy_bar, line_edit, paragraph
from womenscentre.domain.users import Role, StaffUser

ROLE_NAMES = {Role.MANAGER: "Manager", Role.KEYWORKER: "Keyworker", Role.TRAINER: "Trainer"}
TRAINING_NOTE = "Training vault: everyone here is fictional. Practise freely."
EMPTY_MINE = "No one is on your caseload yet."
NOTHING_MATCHES = "No one matches that. Try fewer letters, or clear the filter."


def signed_in_text(user: StaffUser) -> str:
    return f"Signed in as {user.username} · {ROLE_NAMES.get(user.role, user.role.value)}"


class Workspace(QWidget):
    """The banner, the quick filter and the caseload table."""

    def __init__(
        self,
        user: StaffUser,
        caseload: CaseloadFilter,
        *,
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Caseload")
        self._caseload = caseload
        self.banner = QLabel(signed_in_text(user))
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setAccessibleName("Signed in")
        self.banner.setAccessibleDescription(self.banner.text())
        self.training_note = paragraph(TRAINING_NOTE)
        self.training_note.setVisible(training)
        self.filter_edit = line_edit("Quick filter")
        self.filter_edit.setPlaceholderText("Filter the caseload (Ctrl+F)")
        self.filter_edit.setClearButtonEnabled(True)
        self.loading = busy_bar("Opening the caseload")
        self.table = self._build_table(caseload)
        self.empty_note = paragraph("", name="Caseload note")
        self._lay_out()
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        for signal in (caseload.modelReset, caseload.rowsInserted, caseload.rowsRemoved):
            signal.connect(self._on_caseload_changed)
        self._on_caseload_changed()

    def _build_table(self, caseload: CaseloadFilter) -> QTableView:
        table = QTableView()
        table.setAccessibleName("Caseload table")
        table.setModel(caseload)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.SAFE_CONTACT, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self) -> None:
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner)
        banner_row.addStretch()
        banner_frame = QFrame()
        banner_frame.setFrameShape(QFrame.Shape.StyledPanel)
        banner_frame.setAutoFillBackground(True)
        banner_frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        banner_frame.setLayout(banner_row)
        layout = QVBoxLayout(self)
        layout.addWidget(banner_frame)
        layout.addWidget(self.training_note)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.loading)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.empty_note)

    def set_loading(self, loading: bool) -> None:
        self.loading.setVisible(loading)
        self._on_caseload_changed()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._caseload.set_quick_filter(text)
        self._on_caseload_changed()

    @Slot()
    def _on_caseload_changed(self) -> None:
        if self.loading.isVisible() or self._caseload.rowCount() > 0:
            text = ""
        elif self._caseload.sourceModel().rowCount() > 0:
            text = NOTHING_MATCHES
        else:
            text = EMPTY_MINE
        self.empty_note.setText(text)
        self.empty_note.setAccessibleDescription(text)
        self.empty_note.setVisible(bool(text))
