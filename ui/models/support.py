"""The model for her list of people and services, as the list's own screen shows it.

Only entries still on her list are rows; someone taken off it stays in the sealed record
(so older plan versions read correctly) but is not shown here.
"""

from __future__ import annotations

from ui.models.base import RowsModel
from womenscentre.domain.plans import EntryKind, SupportEntry
from womenscentre.i18n import N_, tr

KIND_WORDS = {EntryKind.PERSON: N_("Person"), EntryKind.SERVICE: N_("Service")}


class SupportListModel(RowsModel[SupportEntry]):
    """Her people and services: name, person or service, who they are, how to reach them."""

    headers = (
        N_("Name"),
        N_("Person or service"),
        N_("Who they are to her"),
        N_("How to reach them"),
    )
    NAME, KIND, RELATIONSHIP, REACH = range(4)

    def row_id(self, row: SupportEntry) -> str:
        return row.id

    def cell(self, row: SupportEntry, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.KIND:
            return tr(KIND_WORDS[row.kind])
        if column == self.RELATIONSHIP:
            return row.relationship
        return row.how_to_reach
