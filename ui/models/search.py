"""Search results: who, which session, and the words around the match.

Holds the core's ``SearchHit`` rows for the newest query only, and nothing once the vault
locks: the core drops its index then, and the window empties this model in the same step.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

from ui.models.base import ID_ROLE, ModelIndex, RowsModel
from ui.wording import short_date
from womenscentre.i18n import N_, tr
from womenscentre.services.search import SearchHit

PERSON_ID_ROLE = ID_ROLE
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 11

#: Where it matched, when the match was her name rather than words in a session note.
HER_RECORD = N_("Her name")


class Column(IntEnum):
    NAME = 0
    WHEN = 1
    FOUND = 2


HEADERS = (N_("Who"), N_("Session"), N_("Where it matched"))


class SearchModel(RowsModel[SearchHit]):
    headers = HEADERS

    def cell(self, row: SearchHit, column: int) -> str:
        if column == Column.NAME:
            return row.preferred_name
        if column == Column.WHEN:
            return short_date(row.session_date) if row.session_date else tr("Her record")
        return row.snippet or tr(HER_RECORD)

    def row_id(self, row: SearchHit) -> str:
        return row.person_id

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == NOTE_ID_ROLE and index.isValid() and 0 <= index.row() < self.rowCount():
            return self.row_at(index.row()).note_id
        return super().data(index, role)
