"""The model for the centre's directory of helplines and local services.

An entry not checked for over a year, or a built-in example, is marked gently in its own
column ("Worth checking again"), never hidden: an old number may still be right, and
whoever looks after the list decides.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt

from ui.models.base import ModelIndex, RowsModel
from ui.wording import short_date
from womenscentre.i18n import N_, tr
from womenscentre.templates.directory import DirectoryEntry, EntryKind

#: Marked for the catalogue; translated where shown.
KIND_WORDS = {
    EntryKind.HELPLINE: N_("Helpline"),
    EntryKind.LOCAL_SERVICE: N_("Local service"),
    EntryKind.TEXT_OR_CHAT: N_("Text or chat"),
    EntryKind.EMERGENCY: N_("Emergency"),
}
CHECK_AGAIN = N_("Worth checking again: last checked over a year ago")
EXAMPLE = N_("An example to replace with a real service")
#: True when the entry is old or an example; never shown.
NEEDS_CHECK_ROLE = Qt.ItemDataRole.UserRole + 12


class DirectoryModel(RowsModel[DirectoryEntry]):
    """Every entry in use: name, kind, how to reach it, area, last checked, and a gentle note."""

    headers = (
        N_("Name"),
        N_("Kind"),
        N_("How to reach"),
        N_("Area"),
        N_("Last checked"),
        N_("Note"),
    )
    NAME, KIND, REACH, AREA, CHECKED, NOTE = range(6)

    def __init__(self, parent: QObject | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()

    def set_entries(self, entries: list[DirectoryEntry], today: date) -> None:
        self.today = today
        self.set_rows(entries)

    def row_id(self, row: DirectoryEntry) -> str:
        return row.id

    def cell(self, row: DirectoryEntry, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.KIND:
            return tr(KIND_WORDS[row.kind])
        if column == self.REACH:
            return row.how_to_reach()
        if column == self.AREA:
            return row.area
        if column == self.CHECKED:
            return short_date(row.last_verified)
        if row.example:
            return tr(EXAMPLE)
        return tr(CHECK_AGAIN) if row.needs_checking(self.today) else ""

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == NEEDS_CHECK_ROLE and index.isValid() and 0 <= index.row() < self.rowCount():
            row = self.row_at(index.row())
            return row.example or row.needs_checking(self.today)
        return super().data(index, role)
