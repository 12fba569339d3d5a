"""The funder and commissioner report: honest, aggregate, anonymised outcome figures.

It counts only women whose latest choice is "yes" to anonymised statistics, only what was
recorded in the chosen period, and only her own readings (the keyworker's view is for
practice, not for proving change). It holds no names, ids, dates of birth or free text:
only the centre's area titles, the ONS question names, counts and averages. Every count
table goes through :func:`womenscentre.reports.suppression.protect`, and an average or a
share is shown only when every count in its row is shown, so neither can give away a
suppressed count. Women are never ranked or compared with each other.

"Distance travelled" for an area compares her first and last reading in the period; a
woman with fewer than two readings of an area isn't counted for it. "Moving up overall"
means more of her areas moved up than down; the overall table's total is every woman
counted, with those who had no area to compare in a column of their own, so the headline
number is protected with the rest rather than published beside it.

Protection is per table. Totals in different tables count different groups of women (those
with two readings of one area, or two answers to one question), so no sum links them; a
reader could still subtract one table's total from another's to learn roughly how many
women lacked a comparison somewhere. Linked-table suppression would close that; it isn't
done yet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from womenscentre.domain.answers import AnswerStatus
from womenscentre.domain.outcomes import LifeArea, Ons4Question, OutcomesRecord
from womenscentre.i18n import N_
from womenscentre.reports.suppression import CountTable, ProtectedTable, protect

#: Row and column names: marked for the catalogue; the CSV keeps them as written, the
#: document translates them (``funder_doc``).
MOVEMENT: Final = (N_("moved up"), N_("stayed the same"), N_("moved down"))
WELLBEING_MOVEMENT: Final = (
    N_("score went up"),
    N_("score stayed the same"),
    N_("score went down"),
)
OVERALL: Final = (
    N_("more areas moved up than down"),
    N_("as many up as down"),
    N_("more areas moved down than up"),
    N_("no area read twice in the period"),
)
ONS4_NAMES: Final = {
    Ons4Question.LIFE_SATISFACTION: N_("Life satisfaction"),
    Ons4Question.WORTHWHILE: N_("Feeling the things I do are worthwhile"),
    Ons4Question.HAPPY_YESTERDAY: N_("Happiness yesterday"),
    Ons4Question.ANXIOUS_YESTERDAY: N_("Anxiety yesterday (lower is better)"),
}


@dataclass(frozen=True, slots=True)
class FunderReport:
    start: date
    end: date
    distance: ProtectedTable
    #: Average change in her reading per area, or None where it isn't shown.
    distance_average: tuple[float | None, ...]
    #: One row; its total is every woman counted, so that figure is protected with the rest.
    overall: ProtectedTable
    wellbeing: ProtectedTable
    wellbeing_average: tuple[float | None, ...]


def _movement(change: int) -> int:
    return 0 if change > 0 else 1 if change == 0 else 2


def _in_period(day: date, start: date, end: date) -> bool:
    return start <= day <= end


def _area_changes(record: OutcomesRecord, start: date, end: date) -> dict[str, int]:
    """Her last minus her first own reading in the period, per area read at least twice."""
    series: dict[str, list[int]] = {}
    for check_in in sorted(record.check_ins, key=lambda c: (c.on, c.recorded_at)):
        if not _in_period(check_in.on, start, end):
            continue
        for reading in check_in.readings:
            if reading.hers.status is AnswerStatus.ANSWERED and reading.hers.value is not None:
                series.setdefault(reading.area, []).append(reading.hers.value)
    return {area: values[-1] - values[0] for area, values in series.items() if len(values) > 1}


def _wellbeing_changes(record: OutcomesRecord, start: date, end: date) -> dict[Ons4Question, int]:
    series: dict[Ons4Question, list[int]] = {}
    for reading in sorted(record.wellbeing, key=lambda w: w.on):
        if not _in_period(reading.on, start, end):
            continue
        for question in Ons4Question:
            answer = reading.answer(question)
            if answer.status is AnswerStatus.ANSWERED and answer.value is not None:
                series.setdefault(question, []).append(answer.value)
    return {q: values[-1] - values[0] for q, values in series.items() if len(values) > 1}


def _took_part(record: OutcomesRecord, start: date, end: date) -> bool:
    return any(_in_period(c.on, start, end) for c in record.check_ins) or any(
        _in_period(w.on, start, end) for w in record.wellbeing
    )


def _averages(protected: ProtectedTable, changes: Sequence[list[int]]) -> tuple[float | None, ...]:
    return tuple(
        round(sum(values) / len(values), 2) if values and protected.row_fully_shown(row) else None
        for row, values in enumerate(changes)
    )


def build_funder_report(
    records: Iterable[OutcomesRecord], areas: Sequence[LifeArea], start: date, end: date
) -> FunderReport:
    """The report for ``start``..``end`` inclusive. Records without a "yes" are left out
    here too, whoever passed them in."""
    if end < start:
        raise ValueError("the period must end on or after its start")
    counted = [r for r in records if r.agrees_to_statistics() and _took_part(r, start, end)]
    area_ids = [a.id for a in areas]
    area_cells = [[0, 0, 0] for _ in area_ids]
    area_changes: list[list[int]] = [[] for _ in area_ids]
    overall = [0, 0, 0, 0]
    ons_cells = [[0, 0, 0] for _ in Ons4Question]
    ons_changes: list[list[int]] = [[] for _ in Ons4Question]
    for record in counted:
        changes = _area_changes(record, start, end)
        ups = downs = 0
        for index, area_id in enumerate(area_ids):
            if area_id in changes:
                change = changes[area_id]
                area_cells[index][_movement(change)] += 1
                area_changes[index].append(change)
                ups += change > 0
                downs += change < 0
        compared = any(area_id in changes for area_id in area_ids)
        overall[_movement(ups - downs) if compared else 3] += 1
        wellbeing_changes = _wellbeing_changes(record, start, end)
        for index, question in enumerate(Ons4Question):
            if question in wellbeing_changes:
                change = wellbeing_changes[question]
                ons_cells[index][_movement(change)] += 1
                ons_changes[index].append(change)
    distance = protect(
        CountTable(
            tuple(a.title for a in areas),
            MOVEMENT,
            tuple(tuple(row) for row in area_cells),
            # A sum down the areas would count each woman once per area: not a figure
            # anyone should read, so only each area's own total is published.
            column_totals=False,
        )
    )
    overall_table = protect(
        CountTable((N_("women"),), OVERALL, (tuple(overall),), column_totals=False)
    )
    wellbeing = protect(
        CountTable(
            tuple(ONS4_NAMES[q] for q in Ons4Question),
            WELLBEING_MOVEMENT,
            tuple(tuple(row) for row in ons_cells),
            column_totals=False,
        )
    )
    return FunderReport(
        start,
        end,
        distance,
        _averages(distance, area_changes),
        overall_table,
        wellbeing,
        _averages(wellbeing, ons_changes),
    )
