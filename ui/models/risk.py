"""The model for her risk identification records: one row per checklist completed.

Columns say when, by whom, the score as a plain number, where the Marac decision stands,
when to look at it again (if a date was set) and whether the record is still open. There is
deliberately no column for a level or band: the score is a count of answers, not a label,
and nothing here can read as "low risk" on a screen she might see over a worker's shoulder.
"""

from __future__ import annotations

from ui.models.base import RowsModel
from ui.wording import short_date
from womenscentre.domain.risk import MaracOutcome, RiskRecord, RiskStatus
from womenscentre.i18n import N_, tr

NOT_FINISHED = N_("Not finished")
DECISION_NEEDED = N_("Decision needed")
MARAC_WORDS = {
    MaracOutcome.REFERRED: N_("Referred"),
    MaracOutcome.ALREADY_OPEN: N_("Already at Marac"),
    MaracOutcome.NOT_REFERRING: N_("Not referring, with reasons"),
}


def marac_words(record: RiskRecord) -> str:
    """Where the Marac decision stands, or nothing when none is needed."""
    details = record.details
    if details.marac is not None:
        return tr(MARAC_WORDS[details.marac.outcome])
    return tr(DECISION_NEEDED) if details.needs_marac_decision else ""


class RiskRecordsModel(RowsModel[RiskRecord]):
    """Her risk identification records, most recently completed first."""

    headers = (
        N_("Completed"),
        N_("By"),
        N_("Score"),
        N_("Marac"),
        N_("Look again by"),
        N_("Record"),
    )
    COMPLETED, ASSESSOR, SCORE, MARAC, REVIEW, STATE = range(6)

    def row_id(self, row: RiskRecord) -> str:
        return row.id

    def cell(self, row: RiskRecord, column: int) -> str:
        details = row.details
        if column == self.COMPLETED:
            return short_date(details.completed_on)
        if column == self.ASSESSOR:
            return details.assessor
        if column == self.SCORE:
            return tr(NOT_FINISHED) if details.score is None else str(details.score)
        if column == self.MARAC:
            return marac_words(row)
        if column == self.REVIEW:
            return "" if details.next_review is None else short_date(details.next_review)
        return tr("Open", "state") if row.status is RiskStatus.OPEN else tr("Closed", "state")
