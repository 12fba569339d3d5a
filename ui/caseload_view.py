"""Her caseload: the quick filter and the table of the women she supports.

The model belongs to the window and is emptied on lock; this panel only draws it. Return or a
double-click on a row asks for her record.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from ui.models.caseload import PERSON_ID_ROLE, CaseloadFilter, Column
from ui.widgets import busy_bar, line_edit, paragraph
from womenscentre.i18n import N_, tr

EMPTY_MINE = N_("No one is on your caseload yet. Press Ctrl+Shift+N to add someone.")
NOTHING_MATCHES = N_("No one matches that. Try fewer letters, or clear the filter.")


class CaseloadPanel(QWidget):
    """The quick filter, the table and a kind word when it is empty.

    Signals:
        person_chosen(str): her person id, from Return or a double-click on her row.
    """

    person_chosen = Signal(str)

    def __init__(self, caseload: CaseloadFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Caseload"))
        self._caseload = caseload
        self.filter_edit = line_edit(tr("Quick filter"))
        self.filter_edit.setPlaceholderText(tr("Filter the caseload (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.loading = busy_bar(tr("Opening the caseload"))
        self.table = self._build_table(caseload)
        self.empty_note = paragraph("", name=tr("Caseload note"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.loading)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.empty_note)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self.table.activated.connect(self._on_table_activated)
        for signal in (caseload.modelReset, caseload.rowsInserted, caseload.rowsRemoved):
            signal.connect(self._on_caseload_changed)
        self._on_caseload_changed()

    def _build_table(self, caseload: CaseloadFilter) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
        table.setAccessibleName(tr("Caseload table"))
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
        # Fit columns to the rows on screen, not every row fetched (see CaseloadModel).
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(Column.SAFE_CONTACT, QHeaderView.ResizeMode.Stretch)
        return table

    def set_loading(self, loading: bool) -> None:
        self.loading.setVisible(loading)
        self._on_caseload_changed()

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def focus_table(self) -> None:
        self.table.setFocus()
        if self._caseload.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def wipe(self) -> None:
        self.filter_edit.clear()
        self.table.setModel(None)

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._caseload.set_quick_filter(text)
        self._on_caseload_changed()

    @Slot()
    def _on_filter_edit_return_pressed(self) -> None:
        # Return in the filter opens the first match, or moves to the table to choose one.
        if self._caseload.matching == 1:
            self._on_table_activated(self._caseload.index(0, 0))
        else:
            self.focus_table()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE)
        if person_id:
            self.person_chosen.emit(str(person_id))

    @Slot()
    def _on_caseload_changed(self) -> None:
        if self.loading.isVisible() or self._caseload.rowCount() > 0:
            text = ""
        elif self._caseload.total > 0:
            text = tr(NOTHING_MATCHES)
        else:
            text = tr(EMPTY_MINE)
        self.empty_note.setText(text)
        self.empty_note.setAccessibleDescription(text)
        self.empty_note.setVisible(bool(text))
