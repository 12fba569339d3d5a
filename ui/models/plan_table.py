"""An editable model for one repeating table in a safety plan (her people, tasks, places).

Each row is a dict of column id to the column's plain JSON value, exactly as the plan
stores it; a blank cell is None. The display role shows the value in words (a person's
name, "Not sure yet"), and the edit role hands the raw value to the delegate in
:mod:`ui.plan_fields`, which gives each column type its own editor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from ui.models.base import ModelIndex
from womenscentre.i18n import tr
from womenscentre.templates.fields import FieldSpec

Row = dict[str, Any]
#: Turns one cell's value into words; the editor passes one that knows her list.
Describe = Callable[[FieldSpec, Any], str]


class PlanTableModel(QAbstractTableModel):
    """Rows of one table field; editable unless ``read_only``."""

    def __init__(
        self,
        spec: FieldSpec,
        describe: Describe,
        parent: QObject | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self._describe = describe
        self._rows: list[Row] = []
        self.read_only = read_only

    def set_rows(self, rows: Iterable[Row]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[Row]:
        """The rows with something in them, blank cells left out."""
        kept = []
        for row in self._rows:
            cells = {k: v for k, v in row.items() if v not in (None, "", [])}
            if cells:
                kept.append(cells)
        return kept

    def add_row(self) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append({})
        self.endInsertRows()
        return position

    def remove_row(self, position: int) -> None:
        if 0 <= position < len(self._rows):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()

    def refresh(self) -> None:
        """Her list changed: names may read differently now."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self.spec.columns) - 1),
            )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def _valid(self, index: ModelIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self.spec.columns)
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        column = self.spec.columns[index.column()]
        value = self._rows[index.row()].get(column.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "" if value is None else self._describe(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index) or self.read_only:
            return False
        column = self.spec.columns[index.column()]
        self._rows[index.row()][column.id] = None if value in ("", []) else value
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            column = self.spec.columns[section]
            if column.sensitive:
                return tr("{label} (private)").format(label=column.label)
            return column.label
        if orientation is Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
