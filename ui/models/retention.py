"""The retention review list: whose records are due, since when, and why.

Rows are the core's :class:`~womenscentre.domain.retention.DueRecord` values. The table shows
what the core returns and nothing more: her preferred name (so a manager knows whose record
it is), the kind of record, the date it fell due, the reason, and how many rows a deletion
would remove. No note, plan or detail from her record is opened to fill it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum

from ui.models.base import RowsModel
from womenscentre.domain.retention import DueRecord, RetentionKind, table_label
from womenscentre.exports.wording import date_words
from womenscentre.i18n import N_, tr, trn

KIND_WORDS = {
    RetentionKind.CLOSED_CASE: N_("Closed case (her whole record)"),
    RetentionKind.DELETED_RECORD: N_("Deleted record"),
}


#: How many rows of each table a deletion would remove, in words. The core's
#: :func:`~womenscentre.domain.retention.table_label` stays English for the deletion
#: certificate; the screen says it in the chosen language, with each language's plurals.
ROWS_OF: dict[str, Callable[[int], str]] = {
    "people": lambda n: trn("%n person record", "%n person records", n),
    "cases": lambda n: trn("%n case", "%n cases", n),
    "session_notes": lambda n: trn("%n session note", "%n session notes", n),
    "note_addenda": lambda n: trn("%n addendum", "%n addenda", n),
    "safety_plans": lambda n: trn("%n safety plan", "%n safety plans", n),
    "safety_plan_versions": lambda n: trn("%n safety plan version", "%n safety plan versions", n),
    "support_lists": lambda n: trn("%n support list", "%n support lists", n),
    "risk_records": lambda n: trn(
        "%n risk identification record", "%n risk identification records", n
    ),
    "consents": lambda n: trn("%n consent record", "%n consent records", n),
    "unsent_packs": lambda n: trn("%n referral draft", "%n referral drafts", n),
    "sharing_decisions": lambda n: trn("%n sharing decision", "%n sharing decisions", n),
    "exports": lambda n: trn("%n export record", "%n export records", n),
    "attachments": lambda n: trn("%n document or evidence", "%n documents or evidence", n),
    "outcomes": lambda n: trn("%n outcomes record", "%n outcomes records", n),
}


def contents_words(counts: tuple[tuple[str, int], ...]) -> str:
    """ "1 person record, 2 session notes"; a table added since shows its own name."""
    return ", ".join(
        ROWS_OF[table](count) if table in ROWS_OF else table_label(table, count)
        for table, count in counts
    )


class Column(IntEnum):
    NAME = 0
    KIND = 1
    DUE = 2
    WHY = 3
    CONTENTS = 4


def long_date(day: date) -> str:
    """A date as people in the UK write it: 5 January 2032 (in the chosen language)."""
    return date_words(day)


def why_due(record: DueRecord) -> str:
    if record.held:
        return tr("A manager set this review date")
    if record.kind is RetentionKind.DELETED_RECORD:
        return tr("Deleted on {date}").format(date=long_date(record.since))
    return tr("Her last case closed on {date}").format(date=long_date(record.since))


class RetentionModel(RowsModel[DueRecord]):
    """Records due for review, oldest due first (the order the core gives)."""

    headers = (
        N_("Known as"),
        N_("Kind of record"),
        N_("Due since"),
        N_("Why"),
        N_("A deletion would remove"),
    )

    def cell(self, row: DueRecord, column: int) -> str:
        if column == Column.NAME:
            return row.preferred_name or tr("(name not shown)")
        if column == Column.KIND:
            words = KIND_WORDS.get(row.kind)
            return tr(words) if words else row.kind.value.replace("_", " ")
        if column == Column.DUE:
            return long_date(row.due_on)
        if column == Column.WHY:
            return why_due(row)
        return contents_words(row.counts)

    def row_id(self, row: DueRecord) -> str:
        return row.person_id
