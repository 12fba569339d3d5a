"""The shared shape of the app's read-only table models.

Each view has its own model (style reference R4), and each holds plain rows that were opened
on the task worker, never the vault itself. :class:`RowsModel` gives them the same honest
behaviour: ``set_rows`` and ``clear`` inside a model reset, ``clear`` called on every lock so
nothing decrypted stays behind, and Qt's rules kept for every index (checked in the tests with
``QAbstractItemModelTester``). A subclass names its columns and says what each cell shows.

A subclass that can hold thousands of rows (her timeline) sets :attr:`RowsModel.batch_size`:
the view is then told about one batch at a time through ``canFetchMore``/``fetchMore`` as she
scrolls, so opening a long record lays out a screenful of rows, not all of them, on the GUI
thread. The rows themselves were already opened on the task worker; only showing them is lazy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from womenscentre.i18n import tr

ModelIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

#: The record id behind a row; never shown.
ID_ROLE = Qt.ItemDataRole.UserRole + 10


def moment_words(stamp: str) -> str:
    """ "2026-01-05 at 14:05" from a stored ISO time; the date and time stay as written."""
    day, has_time, time = stamp.partition("T")
    if not has_time:
        return stamp
    return tr("{date} at {time}").format(date=day, time=time)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows; empty until loaded and again after every lock."""

    #: Column headings, in order, each marked with ``N_``: they are translated as shown,
    #: because the class is built before the language is chosen.
    headers: Sequence[str] = ()
    #: Rows the view is told about at first and per ``fetchMore``; None shows them all at once.
    batch_size: int | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        #: How many of ``_rows`` the view has been told about; the rest wait for ``fetchMore``.
        self._shown = 0
        self._announcing = False

    # -- for subclasses --------------------------------------------------------------------
    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def row_id(self, row: Row) -> str:
        raise NotImplementedError

    # -- filling and emptying ------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = self._first_batch()
        self._end_reset()

    def clear(self) -> None:
        """Drop every row; called as the vault locks."""
        self.beginResetModel()
        self._rows = []
        self._shown = 0
        self._end_reset()

    def _end_reset(self) -> None:
        """End a reset; no rows are fetched while a change is still being announced.

        A listener to ``modelReset`` (a view, Qt's model tester) may ask for more rows at
        once; inserting them before every listener has heard of the reset breaks Qt's rules,
        and the first batch is already there, so that request is declined.
        """
        self._announcing = True
        try:
            self.endResetModel()
        finally:
            self._announcing = False

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        """Every row, including those the view has not fetched yet."""
        return list(self._rows)

    @property
    def total(self) -> int:
        """Every row held, shown or waiting for ``fetchMore``."""
        return len(self._rows)

    def _first_batch(self) -> int:
        if self.batch_size is None:
            return len(self._rows)
        return min(self.batch_size, len(self._rows))

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: ModelIndex) -> bool:
        if parent.isValid() or self._announcing:
            return False
        return self._shown < len(self._rows)

    def fetchMore(self, parent: ModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        remaining = len(self._rows) - self._shown
        more = remaining if self.batch_size is None else min(self.batch_size, remaining)
        self._announcing = True  # see _end_reset: no second batch inside this one
        try:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()
        finally:
            self._announcing = False

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
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
            return tr(self.headers[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
