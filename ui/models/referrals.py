"""Models for the referral pack wizard and "Who has my information?".

:class:`PackSectionsModel` lists a pack's sections with their state today (may go, ended,
needs a look, can't go) and the plain reason; :class:`DisclosuresModel` lists every share
and every decision not to share, for her disclosure history, saying plainly which is
which; :class:`DraftPacksModel` lists the packs still being prepared for her.
"""

from __future__ import annotations

from ui.models.base import RowsModel
from ui.wording import short_date
from womenscentre.domain.sharing import Basis, SharingDecision
from womenscentre.exports.referral import SectionView
from womenscentre.exports.wording import CATEGORY_LABELS, PURPOSE_LABELS, recipient_words
from womenscentre.services.referral_drafts import DraftSummary

STATE_WORDS = {
    "permitted": "Can go",
    "asked_today": "She agreed today",
    "without_consent": "Without her agreement",
    "needs_review": "Can go: review due",
    "ask_her_first": "Ask her first",
    "expired": "Agreement ended",
    "withdrawn": "Withdrawn",
    "excluded": "She said never",
    "not_permitted": "Can't go",
}


class PackSectionsModel(RowsModel[SectionView]):
    headers = ("Section", "Included", "State", "Why")

    def row_id(self, row: SectionView) -> str:
        return row.section.id

    def cell(self, row: SectionView, column: int) -> str:
        if column == 0:
            return row.section.title
        if column == 1:
            return "Yes" if row.included else "No"
        if column == 2:
            return STATE_WORDS.get(row.state, row.state)
        return row.reason


class DisclosuresModel(RowsModel[SharingDecision]):
    headers = ("When", "Decision", "With", "What for", "What")

    def row_id(self, row: SharingDecision) -> str:
        return row.id

    def cell(self, row: SharingDecision, column: int) -> str:
        if column == 0:
            return short_date(row.decided_at.date())
        if column == 1:
            return decision_words(row)
        if column == 2:
            return recipient_words(row.recipient)
        if column == 3:
            return PURPOSE_LABELS[row.purpose]
        if not row.shared:
            return "Nothing was shared"
        return ", ".join(sorted(CATEGORY_LABELS[c] for c in row.categories))


def decision_words(decision: SharingDecision) -> str:
    if not decision.shared:
        return "Decided not to share"
    if decision.basis is Basis.WITHOUT_CONSENT:
        return "Shared without her agreement"
    return "Shared with her agreement"


class DraftPacksModel(RowsModel[DraftSummary]):
    headers = ("Last saved", "For", "What for")

    def row_id(self, row: DraftSummary) -> str:
        return row.id

    def cell(self, row: DraftSummary, column: int) -> str:
        if column == 0:
            return row.updated_at.replace("T", " ")[:16]
        if column == 1:
            return recipient_words(row.recipient)
        return PURPOSE_LABELS[row.purpose]
