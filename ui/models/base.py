"""The shared shape of the app's read-only table models.

Each view has its own model (style reference R4), and each holds plain rows that were opened
on the task worker, never the vault itself. :class:`RowsModel` gives them the same honest
behaviour: ``set_rows`` and ``clear`` inside a model reset, ``clear`` called on every lock so
nothing decrypted stays behind, and Qt's rules kept for every index (checked in the tests with
``QAbstractItemModelTester``). A subclass names its columns and says what each cell shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

#: The record id behind a row; never shown.
ID_ROLE = Qt.ItemDataRole.UserRole + 10


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows; empty until loaded and again after every lock."""

    #: Column headings, in order.
    headers: Sequence[str] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # -- for subclasses --------------------------------------------------------------------
    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def row_id(self, row: Row) -> str:
        raise NotImplementedError

    # -- filling and emptying ------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row; called as the vault locks."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.headers):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
