"""Models for her consent ledger: her current agreements, and one agreement's versions.

Both are read-only :class:`~ui.models.base.RowsModel` tables (style reference R4). The
status column reads the entry against today, so an agreement past its review date says so,
and a withdrawn one says "Withdrawn" the moment it is recorded.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from ui.models.base import RowsModel, moment_words
from ui.wording import short_date
from womenscentre.domain.consent import ConsentStatus, ConsentToShare
from womenscentre.exports.wording import (
    CATEGORY_LABELS,
    PURPOSE_LABELS,
    joined,
    recipient_words,
)
from womenscentre.i18n import N_, tr
from womenscentre.services.consent import LedgerEntry

#: Marked for the catalogue; translated where shown (:func:`status_label`).
STATUS_WORDS = {
    ConsentStatus.DRAFT: N_("Draft, not agreed yet"),
    ConsentStatus.ACTIVE: N_("Agreed"),
    ConsentStatus.REFUSED: N_("She said no"),
    ConsentStatus.WITHDRAWN: N_("Withdrawn"),
    ConsentStatus.SUPERSEDED: N_("Changed since"),
}


def status_label(status: ConsentStatus) -> str:
    return tr(STATUS_WORDS[status])


def status_words(consent: ConsentToShare, today: date) -> str:
    """The entry's state today, in a few words."""
    if consent.status is ConsentStatus.ACTIVE:
        if today < consent.starts_on:
            return tr("Agreed, from {date}").format(date=short_date(consent.starts_on))
        if today > consent.expires_on:
            return tr("Ended: please ask her again")
        if today > consent.review_by:
            return tr("Agreed, review with her")
        if consent.ask_each_time:
            return tr("Agreed, ask her each time")
    return status_label(consent.status)


def who_words(consent: ConsentToShare) -> str:
    return "; ".join(recipient_words(r) for r in consent.recipients)


class ConsentLedgerModel(RowsModel[LedgerEntry]):
    """Her current agreements (the latest version of each), newest first."""

    headers = (N_("With"), N_("What"), N_("What for"), N_("Status"), N_("Until"))
    WHO, WHAT, WHY, STATUS, UNTIL = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_entries(self, entries: list[LedgerEntry], today: date) -> None:
        self.today = today
        self.set_rows(entries)

    def row_id(self, row: LedgerEntry) -> str:
        return row.consent.id

    def cell(self, row: LedgerEntry, column: int) -> str:
        consent = row.consent
        if column == self.WHO:
            return who_words(consent)
        if column == self.WHAT:
            return joined(sorted(CATEGORY_LABELS[c] for c in consent.categories))
        if column == self.WHY:
            return joined(sorted(PURPOSE_LABELS[p] for p in consent.purposes))
        if column == self.STATUS:
            return status_words(consent, self.today)
        return short_date(consent.expires_on)


class ConsentHistoryModel(RowsModel[LedgerEntry]):
    """Every version of one agreement, oldest first."""

    headers = (N_("Version"), N_("Recorded"), N_("By"), N_("Status"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}

    def row_id(self, row: LedgerEntry) -> str:
        return row.consent.id

    def cell(self, row: LedgerEntry, column: int) -> str:
        if column == 0:
            return str(row.number)
        if column == 1:
            return moment_words(row.recorded_at.rstrip("Z"))
        if column == 2:
            return self.names.get(row.recorded_by, tr("A colleague"))
        return status_label(row.consent.status)
