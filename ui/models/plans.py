"""Models for her safety plans: the list of her plans, a plan's history, and her people.

Each view has its own model (style reference R4). :class:`PlansModel` and
:class:`PlanHistoryModel` are read-only :class:`~ui.models.base.RowsModel` tables;
:class:`SupportChoiceModel` is a checkable list of her people and services, used by a
plan's "who" fields so that she picks from the one list she has already told us about.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from ui.models.base import ModelIndex, RowsModel, moment_words
from ui.wording import short_date
from womenscentre.domain.plans import (
    PlanStatus,
    PlanSummary,
    PlanVersionInfo,
    SupportEntry,
)
from womenscentre.i18n import N_, tr

OVERDUE = N_("Review overdue")
DUE_SOON = N_("Review due")
PUT_AWAY = N_("Put away")
#: Whether a plan's review is overdue (True/False); never shown.
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 11


class PlansModel(RowsModel[PlanSummary]):
    """Her plans, newest first: title, template, review date and whether it is overdue."""

    headers = (N_("Plan"), N_("Template"), N_("Review by"), N_("Review"))
    TITLE, TEMPLATE, REVIEW, STATE = range(4)

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()

    def set_plans(self, rows: Iterable[PlanSummary], today: date) -> None:
        self.today = today
        self.set_rows(list(rows))

    def row_id(self, row: PlanSummary) -> str:
        return row.id

    def is_overdue(self, row: PlanSummary) -> bool:
        return row.status is PlanStatus.ACTIVE and row.review_date < self.today

    def cell(self, row: PlanSummary, column: int) -> str:
        if column == self.TITLE:
            return row.title
        if column == self.TEMPLATE:
            return tr("{template} (version {version})").format(
                template=row.template_id, version=row.template_version
            )
        if column == self.REVIEW:
            return short_date(row.review_date)
        if row.status is PlanStatus.ARCHIVED:
            return tr(PUT_AWAY)
        if self.is_overdue(row):
            return tr(OVERDUE)
        if (row.review_date - self.today).days <= 7:
            return tr(DUE_SOON)
        return ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == OVERDUE_ROLE and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.is_overdue(self.row_at(index.row()))
        return super().data(index, role)


class PlanHistoryModel(RowsModel[PlanVersionInfo]):
    """Every saved version of one plan, newest first."""

    headers = (N_("Version"), N_("Saved"), N_("Saved by"), N_("What changed"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def row_id(self, row: PlanVersionInfo) -> str:
        return str(row.number)

    def cell(self, row: PlanVersionInfo, column: int) -> str:
        if column == 0:
            return str(row.number)
        if column == 1:
            return moment_words(row.saved_at)
        if column == 2:
            return self.names.get(row.saved_by, tr("A colleague"))
        return row.change_note


class SupportChoiceModel(QAbstractListModel):
    """Her people and services, each with a tick for "this field points to them"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[SupportEntry] = []
        self._chosen: list[str] = []

    def set_entries(self, entries: Iterable[SupportEntry], chosen: Iterable[str] = ()) -> None:
        """Show these entries; ticks already made are kept when ``chosen`` is empty."""
        keep = list(chosen) or list(self._chosen)
        self.beginResetModel()
        self._entries = list(entries)
        known = {e.id for e in self._entries}
        self._chosen = [c for c in keep if c in known]
        self.endResetModel()

    def chosen(self) -> list[str]:
        return [e.id for e in self._entries if e.id in self._chosen]

    def set_chosen(self, ids: Iterable[str]) -> None:
        self._chosen = list(ids)
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def clear(self) -> None:
        self.beginResetModel()
        self._entries, self._chosen = [], []
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if not entry.relationship:
                return entry.name
            return tr("{name} ({relationship})").format(
                name=entry.name, relationship=entry.relationship
            )
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = entry.id in self._chosen
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._entries):
            return False
        entry_id = self._entries[index.row()].id
        ticked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, True)
        if ticked and entry_id not in self._chosen:
            self._chosen.append(entry_id)
        elif not ticked and entry_id in self._chosen:
            self._chosen.remove(entry_id)
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
