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
from womenscentre.i18n import N_, tr
from womenscentre.services.referral_drafts import DraftSummary

#: Marked for the catalogue; translated where shown.
STATE_WORDS = {
    "permitted": N_("Can go"),
    "asked_today": N_("She agreed today"),
    "without_consent": N_("Without her agreement"),
    "needs_review": N_("Can go: review due"),
    "ask_her_first": N_("Ask her first"),
    "expired": N_("Agreement ended"),
    "withdrawn": N_("Withdrawn"),
    "excluded": N_("She said never"),
    "not_permitted": N_("Can't go"),
}


class PackSectionsModel(RowsModel[SectionView]):
    headers = (N_("Section"), N_("Included"), N_("State"), N_("Why"))

    def row_id(self, row: SectionView) -> str:
        return row.section.id

    def cell(self, row: SectionView, column: int) -> str:
        if column == 0:
            return row.section.title
        if column == 1:
            return tr("Yes") if row.included else tr("No")
        if column == 2:
            words = STATE_WORDS.get(row.state)
            return tr(words) if words else row.state
        return row.reason


class DisclosuresModel(RowsModel[SharingDecision]):
    headers = (N_("When"), N_("Decision"), N_("With"), N_("What for"), N_("What"))

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
            return tr("Nothing was shared")
        return ", ".join(sorted(CATEGORY_LABELS[c] for c in row.categories))


def decision_words(decision: SharingDecision) -> str:
    if not decision.shared:
        return tr("Decided not to share")
    if decision.basis is Basis.WITHOUT_CONSENT:
        return tr("Shared without her agreement")
    return tr("Shared with her agreement")


class DraftPacksModel(RowsModel[DraftSummary]):
    headers = (N_("Last saved"), N_("For"), N_("What for"))

    def row_id(self, row: DraftSummary) -> str:
        return row.id

    def cell(self, row: DraftSummary, column: int) -> str:
        if column == 0:
            return row.updated_at.replace("T", " ")[:16]
        if column == 1:
            return recipient_words(row.recipient)
        return PURPOSE_LABELS[row.purpose]
