"""The tables in "Her outcomes": check-in readings, goals, wellbeing answers, licensed measures.

Each view has its own model, holding plain values opened on the task worker. Her reading
and her keyworker's sit in their own columns, and where they differ a third column says
so: both views are shown as they were given, and neither is ever written over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ui.models.base import RowsModel
from womenscentre.domain.answers import AnswerStatus
from womenscentre.domain.outcomes import (
    AreaReading,
    CheckIn,
    ExternalMeasure,
    Goal,
    LifeArea,
    Occasion,
    Ons4Question,
    Ons4Reading,
)

OCCASION_WORDS = {
    Occasion.INTAKE: "When she joined",
    Occasion.REVIEW: "Review",
    Occasion.EXIT: "As support ends",
    Occasion.SESSION: "A session",
}
SKIPPED = "She'd rather skip this one"
NO_KEYWORKER_READING = "Not given"
BOTH_VIEWS = "Views differ: both kept"
ONS4_SHORT = {
    Ons4Question.LIFE_SATISFACTION: "Life satisfaction",
    Ons4Question.WORTHWHILE: "Worthwhile",
    Ons4Question.HAPPY_YESTERDAY: "Happy yesterday",
    Ons4Question.ANXIOUS_YESTERDAY: "Anxious yesterday",
}


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True, slots=True)
class ReadingRow:
    """One area's readings in one check-in, with the words for each point."""

    check_in: CheckIn
    reading: AreaReading
    area: LifeArea | None

    @property
    def area_title(self) -> str:
        return self.area.title if self.area is not None else self.reading.area

    def describe(self, value: int | None) -> str:
        if value is None:
            return ""
        words = self.area.describe(value) if self.area is not None else ""
        return f"{value}: {words}" if words else str(value)


def reading_rows(check_ins: tuple[CheckIn, ...], areas: tuple[LifeArea, ...]) -> list[ReadingRow]:
    """Newest check-in first, areas in the centre's order within it."""
    by_id = {a.id: a for a in areas}
    order = {a.id: i for i, a in enumerate(areas)}
    rows: list[ReadingRow] = []
    for check_in in sorted(check_ins, key=lambda c: (c.on, c.recorded_at), reverse=True):
        for reading in sorted(check_in.readings, key=lambda r: order.get(r.area, len(order))):
            rows.append(ReadingRow(check_in, reading, by_id.get(reading.area)))
    return rows


class CheckInModel(RowsModel[ReadingRow]):
    headers = ("Date", "When", "Life area", "Her reading", "Keyworker's reading", "Side by side",
               "What's helping", "Next small step")  # fmt: skip

    def cell(self, row: ReadingRow, column: int) -> str:
        reading = row.reading
        if column == 0:
            return long_date(row.check_in.on)
        if column == 1:
            return OCCASION_WORDS[row.check_in.occasion]
        if column == 2:
            return row.area_title
        if column == 3:
            return SKIPPED if reading.skipped else row.describe(reading.hers.value)
        if column == 4:
            if reading.keyworker is None:
                return "" if reading.skipped else NO_KEYWORKER_READING
            return row.describe(reading.keyworker)
        if column == 5:
            return BOTH_VIEWS if reading.disagreement else ""
        if column == 6:
            return reading.helping
        return reading.next_step

    def row_id(self, row: ReadingRow) -> str:
        return f"{row.check_in.id}/{row.reading.area}"


class GoalsModel(RowsModel[Goal]):
    headers = ("Her goal, in her words", "Latest rating (0 to 10)", "Set on", "Where it is")

    def cell(self, row: Goal, column: int) -> str:
        if column == 0:
            return row.her_words
        if column == 1:
            latest = max(row.ratings, key=lambda r: r.on, default=None)
            return "Not rated yet" if latest is None else f"{latest.score} ({long_date(latest.on)})"
        if column == 2:
            return long_date(row.set_on)
        if row.ended_on is None:
            return "Working on it"
        return f"Finished {long_date(row.ended_on)}"

    def row_id(self, row: Goal) -> str:
        return row.id


class WellbeingModel(RowsModel[Ons4Reading]):
    headers = ("Date", "When", *ONS4_SHORT.values())

    def cell(self, row: Ons4Reading, column: int) -> str:
        if column == 0:
            return long_date(row.on)
        if column == 1:
            return OCCASION_WORDS[row.occasion]
        answer = row.answer(list(Ons4Question)[column - 2])
        if answer.status is AnswerStatus.UNKNOWN:
            return "Skipped"
        return answer.display()

    def row_id(self, row: Ons4Reading) -> str:
        return row.id


class ExternalModel(RowsModel[ExternalMeasure]):
    headers = ("Measure and where it was done", "Date", "Score")

    def cell(self, row: ExternalMeasure, column: int) -> str:
        if column == 0:
            return row.source
        if column == 1:
            return long_date(row.on)
        return f"{row.score:g}"

    def row_id(self, row: ExternalMeasure) -> str:
        return row.id
