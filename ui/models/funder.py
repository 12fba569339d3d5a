"""One protected count table of the funder report, for its preview.

Cells show exactly what will be published: a number, "fewer than 5" or "withheld", never
the count behind a label. The model holds the protected table only while the dialog is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from womenscentre.i18n import N_, tr
from womenscentre.reports.suppression import ProtectedTable

ModelIndex = QModelIndex | QPersistentModelIndex
TOTAL = N_("Total")


class FunderTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: ProtectedTable | None = None
        self._columns: list[tuple[int, str]] = []

    def set_table(self, table: ProtectedTable) -> None:
        self.beginResetModel()
        self._table = table
        names = (*table.table.columns, tr(TOTAL))
        wanted = {c for (_r, c) in table.marks}
        self._columns = [(c, names[c]) for c in range(len(names)) if c in wanted]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._table = None
        self._columns = []
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.table.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._table is None or not index.isValid():
            return None
        if not (0 <= index.row() < self.rowCount() and 0 <= index.column() < len(self._columns)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        position = (index.row(), self._columns[index.column()][0])
        return self._table.label(position) if position in self._table.marks else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][1]
        if orientation is Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return self._table.table.rows[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
