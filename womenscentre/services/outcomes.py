"""Her outcomes: check-ins, goals, ONS4 wellbeing, external measures, statistics choice.

Everything about her outcomes sits in one sealed row per woman (table ``outcomes``). Each
save opens the latest row inside the write transaction (``BEGIN IMMEDIATE``), adds the new
entry and seals it again, so two workers adding entries at once never lose one, and no
entry is ever edited or removed: a keyworker's view that differs from hers is added beside
hers, never written over it.

Consent to anonymised statistics is kept here as a sealed yes/no with its date, not in the
consent-to-share ledger: the ledger records agreement to share *her* information with a
named organisation, while a funder report shares nothing that identifies her.

Every call checks she is on the user's caseload (or the user is a manager or has broken
glass), and every save and view is audited.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select

from womenscentre.domain.answers import Answer
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.cases import CaseStatus
from womenscentre.domain.outcome_journey import Journey, Ons4Due, journey, ons4_due
from womenscentre.domain.outcomes import (
    MAX_ACTIVE_GOALS,
    MAX_WORDS,
    SCORE_RANGE,
    AreaReading,
    CheckIn,
    ExternalMeasure,
    Goal,
    GoalRating,
    LifeArea,
    Occasion,
    Ons4Question,
    Ons4Reading,
    OutcomesRecord,
    StatisticsChoice,
)
from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr
from womenscentre.reports.funder import FunderReport, build_funder_report
from womenscentre.reports.funder_csv import write_funder_csv
from womenscentre.services import records
from womenscentre.store.models import OutcomesRow, PersonRow
from womenscentre.store.snapshot import write_atomically
from womenscentre.templates.outcome_areas import (
    LoadedAreas,
    Ons4Questions,
    built_in_ons4,
    centre_life_areas,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

TABLE: Final = "outcomes"
ACTIVE: Final = "active"


class Outcomes:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._areas: LoadedAreas | None = None
        vault.on_lock(self.forget)

    def forget(self) -> None:
        self._areas = None

    # -- the centre's life areas ---------------------------------------------------------
    def loaded_areas(self) -> LoadedAreas:
        """The areas in use and, if the centre's own file has a problem, what it is."""
        if self._areas is None:
            self._areas = centre_life_areas(self._vault.paths.local_templates)
        return self._areas

    def areas(self) -> tuple[LifeArea, ...]:
        return self.loaded_areas().areas

    @staticmethod
    def wellbeing_questions() -> Ons4Questions:
        """The ONS4 wording and the ONS citation, to show exactly as they are."""
        return built_in_ons4()

    # -- reading ---------------------------------------------------------------------------
    def get(self, person_id: str) -> OutcomesRecord:
        """Her outcomes record (empty if nothing is recorded yet). Audited."""
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            _require_person(session, person_id)
            found = self._load(session, person_id)
            self._vault.log(session, AuditAction.VIEW, person_id, {"kind": "outcomes"})
        return found

    def record_in(self, session: Session, person_id: str) -> OutcomesRecord:
        """Her record inside the caller's (audited) transaction, for the dashboard."""
        return self._load(session, person_id)

    def journey(self, person_id: str) -> Journey:
        """ "Her journey": series ready for a chart or her printout. Audited as a view."""
        return journey(self.get(person_id), self.areas())

    def ons4_due(self, person_id: str, *, closing: bool = False) -> Ons4Due | None:
        """When the ONS4 questions are next due for her, by the vault's clock."""
        record = self.get(person_id)
        cases = self._vault.cases.for_person(person_id)
        case_open = any(c.status is CaseStatus.OPEN for c in cases)
        return ons4_due(
            record, self._vault.clock.now().date(), case_open=case_open, closing=closing
        )

    def for_statistics(self) -> list[OutcomesRecord]:
        """Records of every woman whose latest choice is "yes" to anonymised statistics.

        Managers only; audited as one view. Only the report builder should see these.
        """
        self._vault.access.require_manager(
            message=tr(
                "Only a manager can prepare an anonymised outcomes report. Please ask a manager "
                "to help."
            )
        )
        found: list[OutcomesRecord] = []
        damaged: list[str] = []
        with self._vault.write() as session:
            rows = session.scalars(select(OutcomesRow).where(OutcomesRow.deleted.is_(False)))
            for row in rows:
                person = session.get(PersonRow, row.person_id)
                if person is None or person.deleted:
                    continue
                try:
                    record = self._open(row)
                except records.RecordDamaged:
                    damaged.append(row.id)
                    continue
                if record.agrees_to_statistics():
                    found.append(record)
            self._vault.log(
                session,
                AuditAction.VIEW,
                None,
                {"kind": "outcomes_statistics", "women": len(found)},
            )
        # Reported once the transaction is over: the audit entry needs its own.
        for record_id in damaged:
            self._vault.report_damage(record_id)
        return found

    def funder_report(self, start: date, end: date) -> FunderReport:
        """The anonymised report for a period, from women who agreed to statistics only."""
        if end < start:
            raise InvalidInput(
                tr("Please choose a period that ends on or after the day it starts.")
            )
        return build_funder_report(self.for_statistics(), self.areas(), start, end)

    def write_funder_csv(self, start: date, end: date, target: Path) -> FunderReport:
        """Build the report and write it as CSV to ``target`` atomically."""
        report = self.funder_report(start, end)
        write_funder_csv(report, target)
        with self._vault.write() as session:
            self._vault.log(
                session,
                AuditAction.EXPORT,
                None,
                {"kind": "funder_report", "from": start.isoformat(), "to": end.isoformat()},
            )
        return report

    def write_funder_pdf(self, start: date, end: date, target: Path, pdf: bytes) -> None:
        """Write the typeset report atomically, audited like the CSV.

        The core can't typeset, so the PDF arrives ready-made from ``ui/pdf.py``; what it
        holds is the anonymised report, the same as the CSV, and the export is logged the same
        way, so every copy of a report that leaves the app is on record.
        """
        self._vault.access.require_manager(
            message=tr(
                "Only a manager can prepare an anonymised outcomes report. Please ask a manager "
                "to help."
            )
        )
        write_atomically(target, pdf, make_parents=False)
        with self._vault.write() as session:
            self._vault.log(
                session,
                AuditAction.EXPORT,
                None,
                {
                    "kind": "funder_report_pdf",
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                },
            )

    # -- writing ---------------------------------------------------------------------------
    def record_check_in(
        self, person_id: str, on: date, occasion: Occasion, readings: Sequence[AreaReading]
    ) -> CheckIn:
        """Readings taken together; each area at most once, skipped areas included."""
        known = {a.id for a in self.areas()}
        problems: list[str] = []
        seen: set[str] = set()
        for reading in readings:
            if reading.area not in known:
                problems.append(tr("One of the life areas isn't on the centre's list any more."))
            if reading.area in seen:
                problems.append(tr("Each life area can be read only once in a check-in."))
            seen.add(reading.area)
            problems.extend(reading.problems())
        if not readings:
            problems.append(tr("Please give at least one reading, or mark the areas she skipped."))
        self._check_day(on, problems)
        if problems:
            raise InvalidInput(" ".join(dict.fromkeys(problems)))
        check_in = CheckIn(
            str(uuid.uuid4()),
            on,
            occasion,
            tuple(readings),
            self._vault.user.id,
            self._vault.now_minute(),
        )
        self._change(
            person_id,
            lambda r: replace(r, check_ins=(*r.check_ins, check_in)),
            "outcomes_check_in",
        )
        return check_in

    def add_keyworker_reading(
        self, person_id: str, check_in_id: str, area: str, reading: int
    ) -> CheckIn:
        """Add the keyworker's view to a check-in that has hers but none yet from a worker.

        A reading already given is never replaced: to record a changed view, take a new
        check-in.
        """

        def add(record: OutcomesRecord) -> OutcomesRecord:
            check_ins = list(record.check_ins)
            for index, check_in in enumerate(check_ins):
                if check_in.id != check_in_id:
                    continue
                current = check_in.reading_for(area)
                if current is None:
                    raise InvalidInput(tr("That area wasn't part of this check-in."))
                if current.keyworker is not None:
                    raise InvalidInput(
                        tr(
                            "A keyworker reading is already recorded for this area, and readings "
                            "are never changed. To record a new view, please start a new check-in."
                        )
                    )
                updated = replace(current, keyworker=reading)
                problems = updated.problems()
                if problems:
                    raise InvalidInput(" ".join(problems))
                check_ins[index] = replace(
                    check_in,
                    readings=tuple(updated if r.area == area else r for r in check_in.readings),
                )
                return replace(record, check_ins=tuple(check_ins))
            raise records.NotFound

        record = self._change(person_id, add, "outcomes_keyworker_reading")
        return next(c for c in record.check_ins if c.id == check_in_id)

    def set_goal(self, person_id: str, her_words: str, on: date) -> Goal:
        words = her_words.strip()
        problems: list[str] = []
        if not words:
            problems.append(tr("Please write the goal in her own words."))
        if len(words) > MAX_WORDS:
            problems.append(
                tr("Please keep a goal under {count} characters.").format(count=MAX_WORDS)
            )
        self._check_day(on, problems)
        if problems:
            raise InvalidInput(" ".join(problems))
        goal = Goal(str(uuid.uuid4()), words, on)

        def add(record: OutcomesRecord) -> OutcomesRecord:
            if len(record.active_goals) >= MAX_ACTIVE_GOALS:
                raise InvalidInput(
                    tr(
                        "She already has {count} goals. To add a new one, please "
                        "mark one as finished first, so the focus stays on what matters most "
                        "to her now."
                    ).format(count=MAX_ACTIVE_GOALS)
                )
            return replace(record, goals=(*record.goals, goal))

        self._change(person_id, add, "outcomes_goal")
        return goal

    def rate_goal(self, person_id: str, goal_id: str, on: date, score: int) -> Goal:
        if isinstance(score, bool) or score not in SCORE_RANGE:
            raise InvalidInput(tr("A goal rating is a number from 0 to 10."))
        problems: list[str] = []
        self._check_day(on, problems)
        if problems:
            raise InvalidInput(" ".join(problems))
        rating = GoalRating(on, score, self._vault.user.id)
        record = self._change(
            person_id,
            lambda r: self._with_goal(
                r, goal_id, lambda g: replace(g, ratings=(*g.ratings, rating))
            ),
            "outcomes_goal_rating",
        )
        return next(g for g in record.goals if g.id == goal_id)

    def finish_goal(self, person_id: str, goal_id: str, on: date) -> Goal:
        """Mark a goal as finished (reached, or put aside): its ratings stay on her journey."""
        record = self._change(
            person_id,
            lambda r: self._with_goal(r, goal_id, lambda g: replace(g, ended_on=on)),
            "outcomes_goal_finished",
        )
        return next(g for g in record.goals if g.id == goal_id)

    def record_wellbeing(
        self,
        person_id: str,
        on: date,
        occasion: Occasion,
        answers: Mapping[Ons4Question, Answer[int]],
    ) -> Ons4Reading:
        """The ONS4 answers on one day; any question she skipped is recorded as declined."""
        reading = Ons4Reading(str(uuid.uuid4()), on, occasion, dict(answers), self._vault.user.id)
        problems = reading.problems()
        self._check_day(on, problems)
        if problems:
            raise InvalidInput(" ".join(problems))
        self._change(
            person_id, lambda r: replace(r, wellbeing=(*r.wellbeing, reading)), "outcomes_ons4"
        )
        return reading

    def record_external(
        self, person_id: str, source: str, on: date, score: float
    ) -> ExternalMeasure:
        """A licensed measure's score, done under the centre's licence elsewhere."""
        name = source.strip()
        problems: list[str] = []
        if not name or len(name) > 200:
            problems.append(tr("Please name the measure and where it was done, in a few words."))
        if (
            isinstance(score, bool)
            or not isinstance(score, int | float)
            or not math.isfinite(score)
        ):
            problems.append(tr("Please give the score as a number."))
        self._check_day(on, problems)
        if problems:
            raise InvalidInput(" ".join(problems))
        measure = ExternalMeasure(str(uuid.uuid4()), name, on, float(score), self._vault.user.id)
        self._change(
            person_id, lambda r: replace(r, external=(*r.external, measure)), "outcomes_external"
        )
        return measure

    def record_statistics_choice(self, person_id: str, agreed: bool, on: date) -> OutcomesRecord:
        """Her yes or no to being counted, anonymously, in reports; the latest counts."""
        problems: list[str] = []
        self._check_day(on, problems)
        if problems:
            raise InvalidInput(" ".join(problems))
        choice = StatisticsChoice(agreed, on, self._vault.user.id)
        return self._change(
            person_id,
            lambda r: replace(r, statistics=(*r.statistics, choice)),
            "outcomes_statistics_choice",
        )

    # -- helpers -----------------------------------------------------------------------
    def _check_day(self, on: date, problems: list[str]) -> None:
        if on > self._vault.clock.now().date():
            problems.append(tr("The date can't be in the future. Please use the day it happened."))

    @staticmethod
    def _with_goal(
        record: OutcomesRecord, goal_id: str, change: Callable[[Goal], Goal]
    ) -> OutcomesRecord:
        goals = list(record.goals)
        for index, goal in enumerate(goals):
            if goal.id == goal_id:
                if not goal.active:
                    raise InvalidInput(
                        tr(
                            "This goal has been marked as finished. To pick it up again, please "
                            "add it as a new goal."
                        )
                    )
                goals[index] = change(goal)
                return replace(record, goals=tuple(goals))
        raise records.NotFound

    def _change(
        self, person_id: str, change: Callable[[OutcomesRecord], OutcomesRecord], kind: str
    ) -> OutcomesRecord:
        """Open her latest record inside the write transaction, add to it, seal it again."""
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            _require_person(session, person_id)
            row = self._row(session, person_id)
            if row is None:
                now = self._vault.now_minute()
                row = OutcomesRow(
                    id=str(uuid.uuid4()),
                    person_id=person_id,
                    status=ACTIVE,
                    created_at=now,
                    updated_at=now,
                    version=1,
                    deleted=False,
                )
                current = OutcomesRecord(person_id)
                op = "create"
            else:
                current = self._open(row)
                records.bump(self._vault, row, None)
                op = "update"
            changed = change(current)
            records.seal_into(self._vault, row, TABLE, changed.to_json())
            if op == "create":
                session.add(row)
                session.flush()
            records.journal(self._vault, session, TABLE, row, op)
            self._vault.log(session, AuditAction.EDIT, person_id, {"kind": kind})
            return replace(changed, version=row.version)

    def _load(self, session: Session, person_id: str) -> OutcomesRecord:
        row = self._row(session, person_id)
        return OutcomesRecord(person_id) if row is None else self._open(row)

    @staticmethod
    def _row(session: Session, person_id: str) -> OutcomesRow | None:
        return session.scalars(
            select(OutcomesRow).where(
                OutcomesRow.person_id == person_id, OutcomesRow.deleted.is_(False)
            )
        ).first()

    def _open(self, row: OutcomesRow) -> OutcomesRecord:
        payload: dict[str, Any] = records.open_row(self._vault, row, TABLE)
        try:
            record = OutcomesRecord.from_json(payload, version=row.version)
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc
        if record.person_id != row.person_id:
            raise records.RecordDamaged(row.id)
        return record


def _require_person(session: Session, person_id: str) -> None:
    row = session.get(PersonRow, person_id)
    if row is None or row.deleted:
        raise records.NotFound
