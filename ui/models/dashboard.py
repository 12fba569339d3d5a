"""The manager's dashboard tables: open cases per colleague, what is coming up, shares made.

Rows are built from the core's :class:`~womenscentre.services.dashboard.Dashboard` on the
task worker and dropped when the window closes or the vault locks. Nothing here ranks
women; the only names shown are those a manager needs to act on a date.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ui.models.base import RowsModel
from womenscentre.domain.consent import RecipientKind
from womenscentre.domain.outcomes import Occasion
from womenscentre.domain.plans import ReviewDue
from womenscentre.domain.risk import RiskReviewDue
from womenscentre.exports.wording import RECIPIENT_KIND_LABELS, date_words
from womenscentre.i18n import N_, tr
from womenscentre.services.dashboard import Dashboard, KeyworkerLoad

WELLBEING_WORDS = {
    Occasion.INTAKE: N_("Wellbeing questions: first time"),
    Occasion.REVIEW: N_("Wellbeing questions: 12-week review"),
    Occasion.EXIT: N_("Wellbeing questions: as support ends"),
    Occasion.SESSION: N_("Wellbeing questions"),
}


def long_date(day: date) -> str:
    """ "5 January 2026", in the chosen language."""
    return date_words(day)


@dataclass(frozen=True, slots=True)
class Attention:
    """One dated thing to look at: a plan or risk review, an agreement, wellbeing, a record."""

    what: str
    preferred_name: str
    due_on: date
    passed: bool
    person_id: str


def attention_rows(dashboard: Dashboard, names: Mapping[str, str]) -> list[Attention]:
    """Everything dated on the dashboard, soonest first (built as shown, so translated)."""
    reviews: tuple[tuple[str, Sequence[ReviewDue | RiskReviewDue]], ...] = (
        (tr("Safety plan review"), dashboard.plan_reviews_due),
        (tr("Risk record: look at it again"), dashboard.risk_reviews_due),
    )
    rows = [
        Attention(what, names.get(r.person_id, ""), r.review_date, r.overdue, r.person_id)
        for what, due in reviews
        for r in due
    ]
    rows += [
        Attention(
            tr("Agreement to share comes to an end")
            if c.expiry
            else tr("Agreement to share: check in"),
            c.preferred_name,
            c.due_on,
            c.overdue,
            c.person_id,
        )
        for c in dashboard.consent_due
    ]
    rows += [
        Attention(
            tr(WELLBEING_WORDS[w.due.occasion]),
            w.preferred_name,
            w.due.due_on,
            w.due.overdue,
            w.person_id,
        )
        for w in dashboard.wellbeing_due
    ]
    rows += [
        Attention(
            tr("Record due for retention review"), r.preferred_name, r.due_on, False, r.person_id
        )
        for r in dashboard.retention_due
    ]
    rows.sort(key=lambda a: (a.due_on, a.what, a.preferred_name.casefold()))
    return rows


class KeyworkerLoadModel(RowsModel[KeyworkerLoad]):
    headers = (N_("Colleague"), N_("Open cases"))

    def cell(self, row: KeyworkerLoad, column: int) -> str:
        return row.username if column == 0 else str(row.open_cases)

    def row_id(self, row: KeyworkerLoad) -> str:
        return row.user_id


class AttentionModel(RowsModel[Attention]):
    headers = (N_("What"), N_("Known as"), N_("Date"), "")

    def cell(self, row: Attention, column: int) -> str:
        if column == 0:
            return row.what
        if column == 1:
            return row.preferred_name or tr("(name not shown)")
        if column == 2:
            return long_date(row.due_on)
        return tr("Date has passed") if row.passed else ""

    def row_id(self, row: Attention) -> str:
        return row.person_id


class ReferralsModel(RowsModel[tuple[RecipientKind, int]]):
    headers = (N_("Shared with"), N_("Times"))

    def cell(self, row: tuple[RecipientKind, int], column: int) -> str:
        kind, count = row
        return RECIPIENT_KIND_LABELS.get(kind, kind.value) if column == 0 else str(count)

    def row_id(self, row: tuple[RecipientKind, int]) -> str:
        return row[0].value
