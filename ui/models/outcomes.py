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
from womenscentre.exports.wording import date_words
from womenscentre.i18n import N_, tr

#: The labels here are marked for the catalogue and translated where shown.
OCCASION_WORDS = {
    Occasion.INTAKE: N_("When she joined"),
    Occasion.REVIEW: N_("Review"),
    Occasion.EXIT: N_("As support ends"),
    Occasion.SESSION: N_("A session"),
}
SKIPPED = N_("She'd rather skip this one")
NO_KEYWORKER_READING = N_("Not given")
BOTH_VIEWS = N_("Views differ: both kept")
ONS4_SHORT = {
    Ons4Question.LIFE_SATISFACTION: N_("Life satisfaction"),
    Ons4Question.WORTHWHILE: N_("Worthwhile"),
    Ons4Question.HAPPY_YESTERDAY: N_("Happy yesterday"),
    Ons4Question.ANXIOUS_YESTERDAY: N_("Anxious yesterday"),
}


def long_date(day: date) -> str:
    """ "5 January 2026", in the chosen language."""
    return date_words(day)


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
        if not words:
            return str(value)
        return tr("{value}: {words}", "a reading and what it means").format(
            value=value, words=words
        )


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
    headers = (
        N_("Date"),
        N_("When"),
        N_("Life area"),
        N_("Her reading"),
        N_("Keyworker's reading"),
        N_("Side by side"),
        N_("What's helping"),
        N_("Next small step"),
    )

    def cell(self, row: ReadingRow, column: int) -> str:
        reading = row.reading
        if column == 0:
            return long_date(row.check_in.on)
        if column == 1:
            return tr(OCCASION_WORDS[row.check_in.occasion])
        if column == 2:
            return row.area_title
        if column == 3:
            return tr(SKIPPED) if reading.skipped else row.describe(reading.hers.value)
        if column == 4:
            if reading.keyworker is None:
                return "" if reading.skipped else tr(NO_KEYWORKER_READING)
            return row.describe(reading.keyworker)
        if column == 5:
            return tr(BOTH_VIEWS) if reading.disagreement else ""
        if column == 6:
            return reading.helping
        return reading.next_step

    def row_id(self, row: ReadingRow) -> str:
        return f"{row.check_in.id}/{row.reading.area}"


class GoalsModel(RowsModel[Goal]):
    headers = (
        N_("Her goal, in her words"),
        N_("Latest rating (0 to 10)"),
        N_("Set on"),
        N_("Where it is"),
    )

    def cell(self, row: Goal, column: int) -> str:
        if column == 0:
            return row.her_words
        if column == 1:
            latest = max(row.ratings, key=lambda r: r.on, default=None)
            if latest is None:
                return tr("Not rated yet")
            return tr("{score} ({date})", "a rating and its date").format(
                score=latest.score, date=long_date(latest.on)
            )
        if column == 2:
            return long_date(row.set_on)
        if row.ended_on is None:
            return tr("Working on it")
        return tr("Finished {date}").format(date=long_date(row.ended_on))

    def row_id(self, row: Goal) -> str:
        return row.id


class WellbeingModel(RowsModel[Ons4Reading]):
    headers = (N_("Date"), N_("When"), *ONS4_SHORT.values())

    def cell(self, row: Ons4Reading, column: int) -> str:
        if column == 0:
            return long_date(row.on)
        if column == 1:
            return tr(OCCASION_WORDS[row.occasion])
        answer = row.answer(list(Ons4Question)[column - 2])
        if answer.status is AnswerStatus.UNKNOWN:
            return tr("Skipped")
        return answer.display()

    def row_id(self, row: Ons4Reading) -> str:
        return row.id


class ExternalModel(RowsModel[ExternalMeasure]):
    headers = (N_("Measure and where it was done"), N_("Date"), N_("Score"))

    def cell(self, row: ExternalMeasure, column: int) -> str:
        if column == 0:
            return row.source
        if column == 1:
            return long_date(row.on)
        return f"{row.score:g}"

    def row_id(self, row: ExternalMeasure) -> str:
        return row.id
