""" "Her journey" as plain series, and when the ONS4 questions are next due.

The series are what a chart (or a printout she keeps) draws: one line per life area with
her reading and, separately, her keyworker's; one per goal; one per ONS4 question. A
skipped area is a point with no value and ``skipped`` set, so the chart can show a gap
she chose rather than a fall to zero.

The ONS4 questions are asked at intake, about every 12 weeks, and at exit. "About" is
honoured by calling a review due a week before the twelve weeks are up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from womenscentre.domain.answers import AnswerStatus
from womenscentre.domain.outcomes import (
    LifeArea,
    Occasion,
    Ons4Question,
    OutcomesRecord,
)

REVIEW_EVERY: Final = timedelta(weeks=12)
DUE_EARLY_BY: Final = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class JourneyPoint:
    on: date
    hers: int | None
    keyworker: int | None
    skipped: bool = False

    @property
    def disagreement(self) -> bool:
        return self.hers is not None and self.keyworker is not None and self.hers != self.keyworker


@dataclass(frozen=True, slots=True)
class AreaJourney:
    area_id: str
    title: str
    points: tuple[JourneyPoint, ...]


@dataclass(frozen=True, slots=True)
class ScorePoint:
    on: date
    score: int | None


@dataclass(frozen=True, slots=True)
class GoalJourney:
    goal_id: str
    her_words: str
    active: bool
    points: tuple[ScorePoint, ...]


@dataclass(frozen=True, slots=True)
class WellbeingJourney:
    question: Ons4Question
    points: tuple[ScorePoint, ...]


@dataclass(frozen=True, slots=True)
class Journey:
    """Everything a "her journey" chart needs, oldest point first in every series."""

    areas: tuple[AreaJourney, ...]
    goals: tuple[GoalJourney, ...]
    wellbeing: tuple[WellbeingJourney, ...]


def journey(record: OutcomesRecord, areas: Sequence[LifeArea]) -> Journey:
    """Series for the centre's areas in their order, then any retired area she has readings
    for (titled by its id), so history is never dropped when the list changes."""
    check_ins = sorted(record.check_ins, key=lambda c: (c.on, c.recorded_at))
    titles = {a.id: a.title for a in areas}
    order = [a.id for a in areas]
    for check_in in check_ins:
        for reading in check_in.readings:
            if reading.area not in titles:
                titles[reading.area] = reading.area
                order.append(reading.area)
    area_series = []
    for area_id in order:
        points = []
        for check_in in check_ins:
            found = check_in.reading_for(area_id)
            if found is None:
                continue
            hers = found.hers.value if found.hers.status is AnswerStatus.ANSWERED else None
            points.append(JourneyPoint(check_in.on, hers, found.keyworker, found.skipped))
        area_series.append(AreaJourney(area_id, titles[area_id], tuple(points)))
    goals = tuple(
        GoalJourney(
            goal.id,
            goal.her_words,
            goal.active,
            tuple(ScorePoint(r.on, r.score) for r in sorted(goal.ratings, key=lambda r: r.on)),
        )
        for goal in record.goals
    )
    readings = sorted(record.wellbeing, key=lambda w: w.on)
    wellbeing = tuple(
        WellbeingJourney(
            question,
            tuple(
                ScorePoint(w.on, w.answer(question).value)
                for w in readings
                if w.answer(question).status is not AnswerStatus.UNKNOWN
            ),
        )
        for question in Ons4Question
    )
    return Journey(tuple(area_series), goals, wellbeing)


@dataclass(frozen=True, slots=True)
class Ons4Due:
    occasion: Occasion
    due_on: date
    overdue: bool


def ons4_due(
    record: OutcomesRecord, today: date, *, case_open: bool = True, closing: bool = False
) -> Ons4Due | None:
    """When the wellbeing questions are next due, or None if they aren't due yet.

    ``closing``: her case is being closed, so the exit questions are due now (unless she
    has already answered them for this exit today). A closed case has nothing due.
    """
    readings = sorted(record.wellbeing, key=lambda w: w.on)
    if closing:
        if readings and readings[-1].occasion is Occasion.EXIT and readings[-1].on == today:
            return None
        return Ons4Due(Occasion.EXIT, today, False)
    if not case_open:
        return None
    if not readings:
        return Ons4Due(Occasion.INTAKE, today, False)
    next_on = readings[-1].on + REVIEW_EVERY
    if today >= next_on - DUE_EARLY_BY:
        return Ons4Due(Occasion.REVIEW, next_on, today > next_on)
    return None
