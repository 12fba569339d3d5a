"""Her journey as charts and a printout she can keep.

The same :class:`~womenscentre.exports.document.Chart` values are drawn on screen (the
"her journey" window) and in her PDF, so the picture she is shown is the one she takes
home. Her reading and her keyworker's are two series with different markers and line
styles; where they differ, both are drawn and the place is labelled, never merged. A
skipped area is a gap with a note, not a fall. Her printout carries no name or reference:
it is written to her ("your journey"), in case someone else picks it up.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from womenscentre.domain.outcome_journey import (
    AreaJourney,
    GoalJourney,
    Journey,
    ScorePoint,
    WellbeingJourney,
)
from womenscentre.exports.document import (
    Block,
    Chart,
    ChartSeries,
    Document,
    Heading,
    Marker,
    Paragraph,
)
from womenscentre.exports.wording import short_date_words
from womenscentre.i18n import N_, tr
from womenscentre.reports.funder import ONS4_NAMES

TITLE: Final = N_("Your journey")
SUBTITLE: Final = N_("How things have moved for you, in your own readings and goals.")
HERS: Final = N_("Your reading")
KEYWORKER: Final = N_("Your keyworker's reading")
GOAL: Final = N_("Your rating")
WELLBEING: Final = N_("Your answer")
SKIPPED: Final = N_("skipped")
DIFFERS: Final = N_("two views")
AREA_TICKS: Final = tuple((float(n), str(n)) for n in range(1, 6))
SCORE_TICKS: Final = ((0.0, "0"), (5.0, "5"), (10.0, "10"))
NOTHING_YET: Final = N_("Nothing recorded yet. Readings appear here after a check-in.")
ABOUT_READINGS: Final = N_(
    "Readings run from 1 (this is hard right now) to 5 (this is steady, my way). Where you "
    "and your keyworker saw things differently, both views are shown."
)
FOOTER: Final = N_("Yours to keep.")


def short_date(day: date) -> str:
    return short_date_words(day)


def area_chart(area: AreaJourney) -> Chart:
    points = area.points
    return Chart(
        title=area.title,
        x_labels=tuple(short_date(p.on) for p in points),
        series=(
            ChartSeries(tr(HERS), tuple(_f(p.hers) for p in points), Marker.CIRCLE),
            ChartSeries(
                tr(KEYWORKER), tuple(_f(p.keyworker) for p in points), Marker.SQUARE, dashed=True
            ),
        ),
        y_min=1,
        y_max=5,
        y_ticks=AREA_TICKS,
        notes=tuple(
            tr(SKIPPED) if p.skipped else tr(DIFFERS) if p.disagreement else "" for p in points
        ),
    )


def goal_chart(goal: GoalJourney) -> Chart:
    return _score_chart(goal.her_words, tr(GOAL), goal.points, Marker.DIAMOND)


def wellbeing_chart(series: WellbeingJourney) -> Chart:
    return _score_chart(
        tr(ONS4_NAMES[series.question]), tr(WELLBEING), series.points, Marker.TRIANGLE
    )


def _score_chart(title: str, name: str, points: tuple[ScorePoint, ...], marker: Marker) -> Chart:
    return Chart(
        title=title,
        x_labels=tuple(short_date(p.on) for p in points),
        series=(ChartSeries(name, tuple(_f(p.score) for p in points), marker),),
        y_min=0,
        y_max=10,
        y_ticks=SCORE_TICKS,
        notes=tuple(tr(SKIPPED) if p.score is None else "" for p in points),
    )


def _f(value: int | None) -> float | None:
    return None if value is None else float(value)


def journey_charts(journey: Journey) -> list[tuple[str, Chart]]:
    """Every chart with something on it, with a heading for the group it belongs to."""
    found: list[tuple[str, Chart]] = []
    found += [(tr("Life areas"), area_chart(a)) for a in journey.areas if a.points]
    found += [(tr("Your goals"), goal_chart(g)) for g in journey.goals if g.points]
    found += [(tr("Wellbeing"), wellbeing_chart(w)) for w in journey.wellbeing if w.points]
    return found


def journey_document(journey: Journey, *, large_print: bool = False) -> Document:
    """Her printout: every chart with its figures in words."""
    blocks: list[Block] = [Paragraph(tr(ABOUT_READINGS))]
    charts = journey_charts(journey)
    if not charts:
        blocks.append(Paragraph(tr(NOTHING_YET)))
    group = ""
    for heading, chart in charts:
        if heading != group:
            blocks.append(Heading(heading, 2))
            group = heading
        blocks.append(chart)
    return Document(tr(TITLE), tuple(blocks), tr(SUBTITLE), tr(FOOTER), 14 if large_print else 11)
