"""The manager's dashboard: what needs attention across the centre, worked out on demand.

Nothing here is stored. Every figure is computed after unlock from the services that own
the data (people, cases, plans, consent, sharing decisions, backups, retention, outcomes),
so the dashboard can never disagree with the records or leave a copy of them in the clear.
Building it is audited once, not once per woman.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.cases import Case, CaseStatus
from womenscentre.domain.consent import ConsentStatus, RecipientKind
from womenscentre.domain.outcome_journey import Ons4Due, ons4_due
from womenscentre.domain.outcomes import Occasion
from womenscentre.domain.plans import ReviewDue
from womenscentre.domain.retention import DueRecord
from womenscentre.domain.risk import RiskReviewDue
from womenscentre.domain.sharing import SharingDecision
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.services.backup import BackupReminder
from womenscentre.services.people import PersonSummary
from womenscentre.store.models import SharingDecisionRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

#: How far ahead "due soon" looks, unless the caller asks otherwise.
LOOK_AHEAD: Final = timedelta(days=14)
#: Referrals are counted over the last year, unless the caller asks otherwise.
REFERRALS_OVER: Final = timedelta(days=365)


@dataclass(frozen=True, slots=True)
class KeyworkerLoad:
    user_id: str
    username: str
    open_cases: int


@dataclass(frozen=True, slots=True)
class ConsentDue:
    """An agreement to share that is due for a check with her, or coming to its end."""

    person_id: str
    preferred_name: str
    consent_id: str
    expiry: bool  # False: a review is due; True: the agreement ends
    due_on: date
    overdue: bool


@dataclass(frozen=True, slots=True)
class WellbeingDue:
    person_id: str
    preferred_name: str
    due: Ons4Due


@dataclass(frozen=True, slots=True)
class Dashboard:
    as_of: date
    caseload: tuple[KeyworkerLoad, ...]
    #: Open cases with no active keyworker (for example after someone left).
    open_cases_without_keyworker: int
    open_cases: int
    closed_cases: int
    plan_reviews_due: tuple[ReviewDue, ...]
    #: Open risk records whose "look at it again" date is within the look-ahead.
    risk_reviews_due: tuple[RiskReviewDue, ...]
    consent_due: tuple[ConsentDue, ...]
    #: Shares actually made, by kind of recipient, since ``referrals_since``.
    referrals_by_kind: dict[RecipientKind, int]
    referrals_since: date
    wellbeing_due: tuple[WellbeingDue, ...]
    backup: BackupReminder | None
    retention_due: tuple[DueRecord, ...]


class DashboardService:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def build(
        self, *, look_ahead: timedelta = LOOK_AHEAD, referrals_since: date | None = None
    ) -> Dashboard:
        """Everything on the dashboard as of the vault clock's today. Managers only."""
        vault = self._vault
        vault.access.require_manager(
            message=tr(
                "Only a manager can see the manager's dashboard. Please ask a manager to help."
            )
        )
        today = vault.clock.now().date()
        horizon = today + look_ahead
        since = referrals_since or today - REFERRALS_OVER
        people = {p.id: p for p in vault.people.visible() if not p.damaged}
        cases = [c for c in vault.cases.all_cases() if c.person_id in people]
        open_cases = [c for c in cases if c.status is CaseStatus.OPEN]
        staff = {u.id: u for u in vault.users.active()}
        load: Counter[str] = Counter()
        without = 0
        for case in open_cases:
            workers = [k for k in dict.fromkeys(case.details.keyworker_ids) if k in staff]
            load.update(workers)
            without += not workers
        caseload = tuple(
            sorted(
                (KeyworkerLoad(uid, staff[uid].username, load[uid]) for uid in staff),
                key=lambda k: (-k.open_cases, k.username.casefold()),
            )
        )
        damaged: list[str] = []
        with vault.write() as session:
            consent_due = self._consent_due(session, people, today, horizon, damaged)
            referrals = self._referrals(session, since, today, damaged)
            wellbeing = self._wellbeing_due(session, people, open_cases, today, horizon, damaged)
            vault.log(session, AuditAction.VIEW, None, {"kind": "manager_dashboard"})
        # Reported once the transaction is over: each audit entry needs its own.
        for record_id in damaged:
            vault.report_damage(record_id)
        return Dashboard(
            as_of=today,
            caseload=caseload,
            open_cases_without_keyworker=without,
            open_cases=len(open_cases),
            closed_cases=sum(c.status is CaseStatus.CLOSED for c in cases),
            plan_reviews_due=tuple(vault.plans.reviews_due(before=horizon)),
            risk_reviews_due=tuple(
                d for d in vault.risk.reviews_due(before=horizon) if d.person_id in people
            ),
            consent_due=consent_due,
            referrals_by_kind=referrals,
            referrals_since=since,
            wellbeing_due=wellbeing,
            backup=vault.backups.reminder_due(today),
            retention_due=tuple(vault.retention.review_list(today)),
        )

    def _consent_due(
        self,
        session: Session,
        people: dict[str, PersonSummary],
        today: date,
        horizon: date,
        damaged: list[str],
    ) -> tuple[ConsentDue, ...]:
        found: list[ConsentDue] = []
        for person_id, person in people.items():
            try:
                current = self._vault.consent.current_for(session, person_id)
            except records.RecordDamaged as exc:
                # One damaged entry mustn't hide everyone else's reviews.
                damaged.append(exc.record_id)
                continue
            for consent in current:
                if consent.status is not ConsentStatus.ACTIVE or consent.withdrawal is not None:
                    continue
                if consent.expires_on <= horizon:
                    found.append(
                        ConsentDue(
                            person_id,
                            person.preferred_name,
                            consent.id,
                            True,
                            consent.expires_on,
                            consent.expires_on < today,
                        )
                    )
                elif consent.review_by <= horizon:
                    found.append(
                        ConsentDue(
                            person_id,
                            person.preferred_name,
                            consent.id,
                            False,
                            consent.review_by,
                            consent.review_by < today,
                        )
                    )
        found.sort(key=lambda d: (d.due_on, d.preferred_name.casefold()))
        return tuple(found)

    def _referrals(
        self, session: Session, since: date, today: date, damaged: list[str]
    ) -> dict[RecipientKind, int]:
        """Decisions to share that were carried out, by kind of recipient."""
        counted: Counter[RecipientKind] = Counter()
        rows = session.scalars(
            select(SharingDecisionRow).where(
                SharingDecisionRow.deleted.is_(False), SharingDecisionRow.status == "shared"
            )
        )
        for row in rows:
            try:
                payload = records.open_row(self._vault, row, "sharing_decisions")
                decision = SharingDecision.from_json(row.id, row.person_id, payload)
            except (records.RecordDamaged, KeyError, ValueError, TypeError):
                damaged.append(row.id)
                continue
            if decision.shared and since <= decision.decided_at.date() <= today:
                counted[decision.recipient.kind] += 1
        return {kind: counted[kind] for kind in RecipientKind}

    def _wellbeing_due(
        self,
        session: Session,
        people: dict[str, PersonSummary],
        open_cases: list[Case],
        today: date,
        horizon: date,
        damaged: list[str],
    ) -> tuple[WellbeingDue, ...]:
        found: list[WellbeingDue] = []
        open_people = {c.person_id for c in open_cases}
        for person_id in sorted(open_people):
            try:
                record = self._vault.outcomes.record_in(session, person_id)
            except records.RecordDamaged as exc:
                damaged.append(exc.record_id)
                continue
            due = ons4_due(record, horizon)
            if due is not None:
                due_on = today if due.occasion is Occasion.INTAKE else due.due_on
                adjusted = Ons4Due(due.occasion, due_on, due_on < today)
                found.append(WellbeingDue(person_id, people[person_id].preferred_name, adjusted))
        found.sort(key=lambda w: (w.due.due_on, w.preferred_name.casefold()))
        return tuple(found)
