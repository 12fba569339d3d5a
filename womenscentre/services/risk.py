"""Risk identification records: a checklist was completed, and what was done about it.

A record stays open while the worker completes it, and can be edited until it is closed.
Closing is refused, with a plain explanation, while any Marac criterion is met (including a
Dash score of 14 or more) and no Marac decision has been recorded: the Marac guard. The
record never holds a checklist's question text, and there is no level or band, so nothing
here can become a "low risk" label on anything she sees.

Every create, edit, view and close is audited, and every call checks caseload access.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Final

from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.risk import (
    MaracDecision,
    RiskDetails,
    RiskRecord,
    RiskReviewDue,
    RiskStatus,
)
from womenscentre.errors import InvalidInput, NotPermitted, UserFacingError
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.store.models import PersonRow, RiskRecordRow, SafetyPlanRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

TABLE: Final = "risk_records"


class MaracDecisionNeeded(UserFacingError):
    """The Marac guard: a record meeting the criteria needs a Marac decision to close."""

    def __init__(self) -> None:
        super().__init__(
            tr(
                "This record meets the Marac referral criteria, so it can't be closed until a "
                "Marac decision is recorded: whether she is being referred and, if not, why not. "
                "Everything entered so far is saved."
            )
        )


class Risk:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def record(self, person_id: str, details: RiskDetails) -> RiskRecord:
        """Start a record for her; it stays open until closed."""
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            person = session.get(PersonRow, person_id)
            if person is None or person.deleted:
                raise records.NotFound
            details = self._checked(session, person_id, details)
            now = self._vault.now_minute()
            row = RiskRecordRow(
                id=str(uuid.uuid4()),
                person_id=person_id,
                author_id=self._vault.user.id,
                status=RiskStatus.OPEN.value,
                created_at=now,
                updated_at=now,
                version=1,
                deleted=False,
            )
            records.seal_into(self._vault, row, TABLE, details.to_json())
            session.add(row)
            session.flush()
            records.journal(self._vault, session, TABLE, row, "create")
            self._vault.log(session, AuditAction.CREATE, row.id, {"kind": "risk_record"})
            return self._to_record(row, details)

    def update(self, record_id: str, details: RiskDetails, *, expected_version: int) -> RiskRecord:
        with self._vault.write() as session:
            row = self._row(session, record_id)
            self._vault.access.require(row.person_id)
            self._require_open(row)
            details = self._checked(session, row.person_id, details)
            records.bump(self._vault, row, expected_version)
            records.seal_into(self._vault, row, TABLE, details.to_json())
            records.journal(self._vault, session, TABLE, row, "update")
            self._vault.log(session, AuditAction.EDIT, record_id, {"kind": "risk_record"})
            return self._to_record(row, details)

    def record_marac_decision(
        self, record_id: str, decision: MaracDecision, *, expected_version: int
    ) -> RiskRecord:
        current = self.get(record_id)
        return self.update(
            record_id, replace(current.details, marac=decision), expected_version=expected_version
        )

    def close(self, record_id: str, *, expected_version: int) -> RiskRecord:
        """Close the record. The Marac guard refuses while a decision is needed and missing."""
        with self._vault.write() as session:
            row = self._row(session, record_id)
            self._vault.access.require(row.person_id)
            self._require_open(row)
            details = self._open(row)
            if details.needs_marac_decision and details.marac is None:
                raise MaracDecisionNeeded
            records.bump(self._vault, row, expected_version)
            row.status = RiskStatus.CLOSED.value
            records.journal(self._vault, session, TABLE, row, "finalise")
            self._vault.log(session, AuditAction.FINALISE, record_id, {"kind": "risk_record"})
            return self._to_record(row, details)

    def get(self, record_id: str) -> RiskRecord:
        with self._vault.write() as session:
            row = self._row(session, record_id)
            self._vault.access.require(row.person_id)
            record = self._to_record(row, self._open(row))
            self._vault.log(session, AuditAction.VIEW, record_id, {"kind": "risk_record"})
        return record

    def for_person(self, person_id: str) -> list[RiskRecord]:
        """Her records, most recently completed first. Audited as one view."""
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            rows = session.scalars(
                select(RiskRecordRow).where(
                    RiskRecordRow.person_id == person_id, RiskRecordRow.deleted.is_(False)
                )
            ).all()
            found = [self._to_record(row, self._open(row)) for row in rows]
            self._vault.log(session, AuditAction.VIEW, person_id, {"kind": "risk_records"})
        found.sort(key=lambda r: (r.details.completed_on, r.updated_at), reverse=True)
        return found

    def reviews_due(self, before: date) -> list[RiskReviewDue]:
        """Open records on this user's caseload to look at again on or before ``before``,
        soonest first. A damaged record is reported and skipped, never hides the rest."""
        listed = self._vault.access.listed()
        today = self._vault.clock.now().date()
        due: list[RiskReviewDue] = []
        damaged: list[str] = []
        with self._vault.read() as session:
            rows = session.scalars(
                select(RiskRecordRow).where(
                    RiskRecordRow.deleted.is_(False),
                    RiskRecordRow.status == RiskStatus.OPEN.value,
                )
            ).all()
            for row in rows:
                if not listed(row.person_id):
                    continue
                try:
                    review = self._open(row).next_review
                except records.RecordDamaged:
                    damaged.append(row.id)
                    continue
                if review is not None and review <= before:
                    due.append(RiskReviewDue(row.id, row.person_id, review, review < today))
        for record_id in damaged:
            self._vault.report_damage(record_id)
        due.sort(key=lambda d: d.review_date)
        return due

    # -- helpers -----------------------------------------------------------------------
    def _checked(self, session: Session, person_id: str, details: RiskDetails) -> RiskDetails:
        details = details.with_derived_criteria()
        problems = details.problems()
        if problems:
            raise InvalidInput(" ".join(problems))
        for plan_id in details.linked_plan_ids:
            plan = session.get(SafetyPlanRow, plan_id)
            if plan is None or plan.deleted or plan.person_id != person_id:
                raise InvalidInput(
                    tr("A linked safety plan isn't one of hers. Please link it again.")
                )
        return details

    @staticmethod
    def _row(session: Session, record_id: str) -> RiskRecordRow:
        row = session.get(RiskRecordRow, record_id)
        if row is None or row.deleted:
            raise records.NotFound
        return row

    @staticmethod
    def _require_open(row: RiskRecordRow) -> None:
        if row.status != RiskStatus.OPEN.value:
            raise NotPermitted(
                tr(
                    "This record has been closed, so it can't be changed. If things have changed, "
                    "please start a new risk identification record."
                )
            )

    def _open(self, row: RiskRecordRow) -> RiskDetails:
        try:
            return RiskDetails.from_json(records.open_row(self._vault, row, TABLE))
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc

    @staticmethod
    def _to_record(row: RiskRecordRow, details: RiskDetails) -> RiskRecord:
        return RiskRecord(
            row.id,
            row.person_id,
            row.author_id,
            RiskStatus(row.status),
            details,
            row.version,
            row.updated_at,
        )
