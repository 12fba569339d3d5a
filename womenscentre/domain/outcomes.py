"""Her outcomes: readings she recognises, her goals, ONS4 wellbeing and licensed measures.

Measuring change must never make her relive anything, so every part of this is optional
and hers to skip. Her reading of a life area and her keyworker's are kept side by side:
when they differ, both stay on the record (a difference of view is information, not an
error to correct). Nothing here is ever edited in place; a new view is a new entry.

Life areas and the 1-5 point descriptions are the centre's own words, loaded from
``resources/outcomes/`` (no Outcomes Star or WEMWBS content). The ONS4 questions are the
Office for National Statistics personal wellbeing questions, free to use with citation.
Licensed external measures keep only source, date and score, never item text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Final

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.i18n import tr

READING_RANGE: Final = range(1, 6)
SCORE_RANGE: Final = range(0, 11)
MAX_ACTIVE_GOALS: Final = 3
MAX_WORDS: Final = 2000


class Occasion(StrEnum):
    """When a check-in or wellbeing reading was taken."""

    INTAKE = "intake"
    REVIEW = "review"
    EXIT = "exit"
    SESSION = "session"


class Ons4Question(StrEnum):
    LIFE_SATISFACTION = "life_satisfaction"
    WORTHWHILE = "worthwhile"
    HAPPY_YESTERDAY = "happy_yesterday"
    ANXIOUS_YESTERDAY = "anxious_yesterday"


@dataclass(frozen=True, slots=True)
class LifeArea:
    """One of the centre's life areas, with what each point from 1 to 5 means to her."""

    id: str
    title: str
    prompt: str
    points: tuple[str, str, str, str, str]

    def describe(self, reading: int) -> str:
        return self.points[reading - 1]


@dataclass(frozen=True, slots=True)
class AreaReading:
    """Her reading of one area and, separately, her keyworker's.

    ``hers`` declined means she chose to skip the area this time: a real answer, and then
    no keyworker reading is kept for it either, so the area isn't scored without her.
    """

    area: str
    hers: Answer[int]
    keyworker: int | None = None
    helping: str = ""
    next_step: str = ""

    @property
    def skipped(self) -> bool:
        return self.hers.status is AnswerStatus.DECLINED

    @property
    def disagreement(self) -> bool:
        """Both gave a reading and they differ; both are kept as they were given."""
        return (
            self.hers.status is AnswerStatus.ANSWERED
            and self.keyworker is not None
            and self.hers.value != self.keyworker
        )

    def problems(self) -> list[str]:
        found: list[str] = []
        if self.hers.status not in (AnswerStatus.ANSWERED, AnswerStatus.DECLINED):
            found.append(tr("Please give her reading, or mark that she chose to skip this area."))
        if self.hers.status is AnswerStatus.ANSWERED and self.hers.value not in READING_RANGE:
            found.append(tr("Her reading needs to be a number from 1 to 5."))
        if self.keyworker is not None and self.keyworker not in READING_RANGE:
            found.append(tr("The keyworker's reading needs to be a number from 1 to 5."))
        if self.skipped and self.keyworker is not None:
            found.append(
                tr(
                    "She chose to skip this area, so it isn't given a reading this time, "
                    "not even the keyworker's."
                )
            )
        if max(len(self.helping), len(self.next_step)) > MAX_WORDS:
            found.append(
                tr("Please keep each note under {count} characters.").format(count=MAX_WORDS)
            )
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "hers": self.hers.to_json(),
            "keyworker": self.keyworker,
            "helping": self.helping,
            "next_step": self.next_step,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> AreaReading:
        hers = Answer.from_json(raw["hers"])
        value = None if hers.value is None else int(hers.value)
        keyworker = raw.get("keyworker")
        return cls(
            str(raw["area"]),
            Answer(hers.status, value),
            None if keyworker is None else int(keyworker),
            str(raw.get("helping", "")),
            str(raw.get("next_step", "")),
        )


@dataclass(frozen=True, slots=True)
class CheckIn:
    """Readings taken together on one day (intake, a review, exit, or any session)."""

    id: str
    on: date
    occasion: Occasion
    readings: tuple[AreaReading, ...]
    recorded_by: str
    recorded_at: str

    def reading_for(self, area: str) -> AreaReading | None:
        return next((r for r in self.readings if r.area == area), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "on": self.on.isoformat(),
            "occasion": self.occasion.value,
            "readings": [r.to_json() for r in self.readings],
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> CheckIn:
        return cls(
            str(raw["id"]),
            date.fromisoformat(raw["on"]),
            Occasion(raw["occasion"]),
            tuple(AreaReading.from_json(r) for r in raw["readings"]),
            str(raw["recorded_by"]),
            str(raw["recorded_at"]),
        )


@dataclass(frozen=True, slots=True)
class GoalRating:
    on: date
    score: int
    recorded_by: str


@dataclass(frozen=True, slots=True)
class Goal:
    """A goal in her own words, rated 0-10 whenever she likes."""

    id: str
    her_words: str
    set_on: date
    ratings: tuple[GoalRating, ...] = ()
    ended_on: date | None = None

    @property
    def active(self) -> bool:
        return self.ended_on is None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "her_words": self.her_words,
            "set_on": self.set_on.isoformat(),
            "ratings": [
                {"on": r.on.isoformat(), "score": r.score, "recorded_by": r.recorded_by}
                for r in self.ratings
            ],
            "ended_on": None if self.ended_on is None else self.ended_on.isoformat(),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Goal:
        ended = raw.get("ended_on")
        return cls(
            str(raw["id"]),
            str(raw["her_words"]),
            date.fromisoformat(raw["set_on"]),
            tuple(
                GoalRating(date.fromisoformat(r["on"]), int(r["score"]), str(r["recorded_by"]))
                for r in raw.get("ratings", [])
            ),
            None if ended is None else date.fromisoformat(ended),
        )


@dataclass(frozen=True, slots=True)
class Ons4Reading:
    """The four ONS personal wellbeing answers on one day; she may skip any of them."""

    id: str
    on: date
    occasion: Occasion
    answers: dict[Ons4Question, Answer[int]]
    recorded_by: str

    def answer(self, question: Ons4Question) -> Answer[int]:
        return self.answers.get(question, Answer())

    def problems(self) -> list[str]:
        found: list[str] = []
        for question, answer in self.answers.items():
            if answer.status is AnswerStatus.ANSWERED and answer.value not in SCORE_RANGE:
                found.append(
                    tr("Each wellbeing answer is a number from 0 to 10 ({question}).").format(
                        question=question
                    )
                )
        if not any(a.status is AnswerStatus.ANSWERED for a in self.answers.values()) and not any(
            a.status is AnswerStatus.DECLINED for a in self.answers.values()
        ):
            found.append(tr("Please record at least one answer, or that she chose to skip them."))
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "on": self.on.isoformat(),
            "occasion": self.occasion.value,
            "answers": {q.value: a.to_json() for q, a in self.answers.items()},
            "recorded_by": self.recorded_by,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Ons4Reading:
        answers: dict[Ons4Question, Answer[int]] = {}
        for key, value in raw["answers"].items():
            opened = Answer.from_json(value)
            answers[Ons4Question(key)] = Answer(
                opened.status, None if opened.value is None else int(opened.value)
            )
        return cls(
            str(raw["id"]),
            date.fromisoformat(raw["on"]),
            Occasion(raw["occasion"]),
            answers,
            str(raw["recorded_by"]),
        )


@dataclass(frozen=True, slots=True)
class ExternalMeasure:
    """A licensed measure done elsewhere (e.g. in the licence holder's own system).

    Only the source, the date and the score are kept: never the measure's items or text.
    """

    id: str
    source: str
    on: date
    score: float
    recorded_by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "on": self.on.isoformat(),
            "score": self.score,
            "recorded_by": self.recorded_by,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ExternalMeasure:
        return cls(
            str(raw["id"]),
            str(raw["source"]),
            date.fromisoformat(raw["on"]),
            float(raw["score"]),
            str(raw["recorded_by"]),
        )


@dataclass(frozen=True, slots=True)
class StatisticsChoice:
    """Whether she agrees to her outcomes being counted in anonymised statistics.

    The latest choice counts; earlier ones stay on the record. Without a "yes" she is
    never counted in a funder report.
    """

    agreed: bool
    on: date
    recorded_by: str


@dataclass(frozen=True, slots=True)
class OutcomesRecord:
    person_id: str
    check_ins: tuple[CheckIn, ...] = ()
    goals: tuple[Goal, ...] = ()
    wellbeing: tuple[Ons4Reading, ...] = ()
    external: tuple[ExternalMeasure, ...] = ()
    statistics: tuple[StatisticsChoice, ...] = ()
    version: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def active_goals(self) -> tuple[Goal, ...]:
        return tuple(g for g in self.goals if g.active)

    def agrees_to_statistics(self) -> bool:
        """Her latest choice; no choice recorded means she is not counted."""
        if not self.statistics:
            return False
        # The latest date wins; on the same day, the one recorded last.
        order = sorted(enumerate(self.statistics), key=lambda pair: (pair[1].on, pair[0]))
        return order[-1][1].agreed

    def to_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "check_ins": [c.to_json() for c in self.check_ins],
            "goals": [g.to_json() for g in self.goals],
            "wellbeing": [w.to_json() for w in self.wellbeing],
            "external": [e.to_json() for e in self.external],
            "statistics": [
                {"agreed": s.agreed, "on": s.on.isoformat(), "recorded_by": s.recorded_by}
                for s in self.statistics
            ],
            "extra": dict(self.extra),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any], *, version: int = 0) -> OutcomesRecord:
        return cls(
            str(raw["person_id"]),
            tuple(CheckIn.from_json(c) for c in raw.get("check_ins", [])),
            tuple(Goal.from_json(g) for g in raw.get("goals", [])),
            tuple(Ons4Reading.from_json(w) for w in raw.get("wellbeing", [])),
            tuple(ExternalMeasure.from_json(e) for e in raw.get("external", [])),
            tuple(
                StatisticsChoice(bool(s["agreed"]), date.fromisoformat(s["on"]), s["recorded_by"])
                for s in raw.get("statistics", [])
            ),
            version,
            dict(raw.get("extra", {})),
        )
