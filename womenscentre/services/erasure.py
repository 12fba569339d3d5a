"""Erasure of her whole record at her request, where it applies (UK GDPR Article 17).

A manager records the grounds (one of Article 17(1)'s, in plain words) and a reason in a
sentence. The record is then deleted for good by the retention purge (every row of hers,
secure delete, the WAL checkpointed, one content-free PURGE audit entry, a deletion
certificate), with ``PurgeBasis.ERASURE``.

Erasure does not apply, and nothing is deleted, while:

* **a manager has set a later review date** (a hold, for example during a court case):
  the hold is a decision to keep the record, and it is changed on purpose or not at all;
* **a case of hers is still open**: the centre is still supporting her, and erasing the
  record mid-support would lose what keeps her safe; close the case first;
* **a risk identification record is still open**: it may still need a Marac decision,
  which is a safeguarding duty;
* **a sharing decision was made without her agreement, or under a legal obligation**: the
  centre must be able to account for that share to her, the recipient or a court
  (Article 17(3)(b) legal obligation and (e) legal claims), so the record is kept and the
  data protection lead decides.

Decisions not to share, and shares she agreed to, don't stop erasure: her agreement is
exactly what she is withdrawing. The checks run inside the deleting transaction, so nothing
can change between the check and the delete.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from womenscentre.domain.cases import CaseStatus
from womenscentre.domain.erasure import GROUND_LABELS, ErasureGround
from womenscentre.domain.retention import DeletionCertificate, PurgeBasis
from womenscentre.domain.risk import RiskStatus
from womenscentre.domain.sharing import Art6Basis, Basis, WithoutConsentReason
from womenscentre.errors import InvalidInput, UserFacingError
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.store.models import CaseRow, PersonRow, RiskRecordRow, SharingDecisionRow

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

MIN_REASON_CHARS: Final = 10


class ErasureDoesNotApply(UserFacingError):
    """Why her record must be kept for now; ``reasons`` has one sentence per cause."""

    #: Design §3: 1 means "the check found something", here a reason to keep the record.
    exit_code = 1

    def __init__(self, reasons: list[str]) -> None:
        self.reasons = tuple(reasons)
        lead = tr("Her record has not been erased, because erasure doesn't apply to it yet:")
        super().__init__(" ".join((lead, *reasons, tr("Nothing has been changed."))))


def parse_ground(text: str) -> ErasureGround:
    try:
        return ErasureGround(text.strip().lower().replace("-", "_"))
    except ValueError:
        options = ", ".join(g.value for g in ErasureGround)
        raise InvalidInput(
            tr(
                '"{text}" isn\'t one of the grounds for erasure. Please use one of: {options}.'
            ).format(text=text, options=options)
        ) from None


class Erasure:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def reasons_to_keep(self, person_id: str, today: date | None = None) -> list[str]:
        """Why erasure doesn't apply to her record yet; empty when it does."""
        self._vault.access.require_manager(
            message=tr("Only a manager can erase a record. Please ask a manager to help.")
        )
        with self._vault.read() as session:
            return self._reasons(session, person_id, today or self._vault.clock.now().date())

    def erase(self, person_id: str, ground: ErasureGround, reason: str) -> DeletionCertificate:
        """Delete her whole record at her request, if erasure applies; else change nothing."""
        vault = self._vault
        vault.access.require_manager(
            message=tr("Only a manager can erase a record. Please ask a manager to help.")
        )
        reason = reason.strip()
        if len(reason) < MIN_REASON_CHARS:
            raise InvalidInput(
                tr("Please give the reason for this erasure in a sentence, without her name.")
            )
        today = vault.clock.now().date()

        def applies(session: Session) -> None:
            found = self._reasons(session, person_id, today)
            if found:
                raise ErasureDoesNotApply(found)

        return vault.retention.purge(
            person_id,
            reason,
            basis=PurgeBasis.ERASURE,
            today=today,
            applies=applies,
            grounds=f"grounds: {GROUND_LABELS[ground]}",
        )

    def _reasons(self, session: Session, person_id: str, today: date) -> list[str]:
        person = session.get(PersonRow, person_id)
        if person is None:
            raise records.NotFound
        found: list[str] = []
        if person.purge_after is not None and date.fromisoformat(person.purge_after) > today:
            found.append(
                tr(
                    "a manager has set it to be kept until {day} (for example "
                    "while a court case runs). Please change that review date first if it "
                    "no longer applies."
                ).format(day=person.purge_after)
            )
        cases = session.scalars(
            select(CaseRow.status).where(CaseRow.person_id == person_id, CaseRow.deleted.is_(False))
        ).all()
        if CaseStatus.OPEN.value in cases:
            found.append(
                tr(
                    "her support is still open. Please close her case first, once she and her "
                    "keyworker have agreed how support ends."
                )
            )
        risks = session.scalars(
            select(RiskRecordRow.status).where(RiskRecordRow.person_id == person_id)
        ).all()
        if RiskStatus.OPEN.value in risks:
            found.append(
                tr(
                    "a risk identification record is still open and may need a Marac decision. "
                    "Please complete and close it first."
                )
            )
        if self._has_accountable_share(session, person_id):
            found.append(
                tr(
                    "information was shared without her agreement, or because the law required "
                    "it, and the centre must be able to account for that share. Please ask the "
                    "centre's data protection lead, who can decide what may be removed."
                )
            )
        return found

    def _has_accountable_share(self, session: Session, person_id: str) -> bool:
        rows = session.scalars(
            select(SharingDecisionRow).where(SharingDecisionRow.person_id == person_id)
        ).all()
        for row in rows:
            if row.status != "shared":
                continue
            try:
                payload = records.open_row(self._vault, row, "sharing_decisions")
            except records.RecordDamaged:
                return True  # can't be shown to be a share she agreed to: keep it
            basis = payload.get("lawful_basis") or {}
            if (
                payload.get("basis") == Basis.WITHOUT_CONSENT.value
                or payload.get("without_consent_reason") == WithoutConsentReason.LEGAL_DUTY.value
                or basis.get("art6") == Art6Basis.LEGAL_OBLIGATION.value
            ):
                return True
        return False
