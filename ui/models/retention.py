"""The retention review list: whose records are due, since when, and why.

Rows are the core's :class:`~womenscentre.domain.retention.DueRecord` values. The table shows
what the core returns and nothing more: her preferred name (so a manager knows whose record
it is), the kind of record, the date it fell due, the reason, and how many rows a deletion
would remove. No note, plan or detail from her record is opened to fill it.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from ui.models.base import RowsModel
from womenscentre.domain.retention import DueRecord, RetentionKind, table_label

KIND_WORDS = {
    RetentionKind.CLOSED_CASE: "Closed case (her whole record)",
    RetentionKind.DELETED_RECORD: "Deleted record",
}


class Column(IntEnum):
    NAME = 0
    KIND = 1
    DUE = 2
    WHY = 3
    CONTENTS = 4


def long_date(day: date) -> str:
    """A date as people in the UK write it: 5 January 2032."""
    return f"{day.day} {day:%B %Y}"


def why_due(record: DueRecord) -> str:
    if record.held:
        return "A manager set this review date"
    if record.kind is RetentionKind.DELETED_RECORD:
        return f"Deleted on {long_date(record.since)}"
    return f"Her last case closed on {long_date(record.since)}"


class RetentionModel(RowsModel[DueRecord]):
    """Records due for review, oldest due first (the order the core gives)."""

    headers = ("Known as", "Kind of record", "Due since", "Why", "A deletion would remove")

    def cell(self, row: DueRecord, column: int) -> str:
        if column == Column.NAME:
            return row.preferred_name or "(name not shown)"
        if column == Column.KIND:
            return KIND_WORDS.get(row.kind, row.kind.value.replace("_", " "))
        if column == Column.DUE:
            return long_date(row.due_on)
        if column == Column.WHY:
            return why_due(row)
        return ", ".join(table_label(table, count) for table, count in row.counts)

    def row_id(self, row: DueRecord) -> str:
        return row.person_id
