"""The funder report as a document with charts, for ``ui.pdf`` to typeset.

It says exactly what the CSV says (:func:`womenscentre.reports.funder_csv.report_rows`),
grouped for reading, plus two bar charts of the average changes that may be published. A
withheld average is a labelled gap, never a zero. Nothing here can identify a woman: the
report holds only area titles, ONS question names, counts and averages.
"""

from __future__ import annotations

from typing import Final

from womenscentre.exports.document import (
    Block,
    Chart,
    ChartKind,
    ChartSeries,
    Document,
    Heading,
    Marker,
    Paragraph,
    Rows,
)
from womenscentre.exports.wording import date_words
from womenscentre.i18n import N_, tr
from womenscentre.reports.funder import FunderReport
from womenscentre.reports.funder_csv import about_rows
from womenscentre.reports.suppression import WITHHELD_LABEL, ProtectedTable

TITLE: Final = N_("Outcomes report")
FOOTER: Final = N_("Anonymised: only women who agreed to be counted. Small numbers are protected.")


def long_date_range(report: FunderReport) -> str:
    start, end = report.start, report.end
    return tr("{start} to {end}").format(start=date_words(start), end=date_words(end))


def table_rows(protected: ProtectedTable) -> tuple[tuple[str, str], ...]:
    """Each row of a protected table as one line: its counts in words, suppressed as such."""
    table = protected.table
    columns = (*table.columns, N_("total"))
    out = []
    for r, name in enumerate(table.rows):
        parts = [
            f"{tr(column)}: {tr(protected.label((r, c)))}"
            for c, column in enumerate(columns)
            if (r, c) in protected.marks
        ]
        out.append((tr(name), "; ".join(parts)))
    return tuple(out)


def average_chart(
    title: str, names: tuple[str, ...], averages: tuple[float | None, ...], limit: float
) -> Chart:
    ticks = tuple((v, f"{v:+g}" if v else "0") for v in (-limit, -limit / 2, 0.0, limit / 2, limit))
    return Chart(
        title=title,
        x_labels=names,
        series=(ChartSeries(tr("Average change"), averages, Marker.SQUARE),),
        y_min=-limit,
        y_max=limit,
        y_ticks=ticks,
        kind=ChartKind.BAR,
        value_labels=(tuple(tr(WITHHELD_LABEL) if a is None else f"{a:+.2f}" for a in averages),),
    )


def funder_document(report: FunderReport, centre_name: str = "") -> Document:
    about = about_rows(translated=True)
    blocks: list[Block] = [
        Rows(tuple((row[:1].upper() + row[1:], value) for row, value in about)),
        Heading(tr("Women moving up overall"), 2),
        Rows(table_rows(report.overall)),
        Heading(tr("Distance travelled, by life area (her own readings, 1 to 5)"), 2),
        Rows(table_rows(report.distance)),
        average_chart(
            tr("Average change in her reading, by life area"),
            tuple(tr(name) for name in report.distance.table.rows),
            report.distance_average,
            4.0,
        ),
        Heading(tr("Wellbeing (ONS4), each question on its own (0 to 10)"), 2),
        Rows(table_rows(report.wellbeing)),
        average_chart(
            tr("Average change in each wellbeing answer"),
            tuple(tr(name) for name in report.wellbeing.table.rows),
            report.wellbeing_average,
            10.0,
        ),
        Paragraph(tr("Women are never ranked or compared with each other in this report.")),
    ]
    subtitle = long_date_range(report)
    if centre_name:
        subtitle = f"{centre_name}, {subtitle}"
    return Document(tr(TITLE), tuple(blocks), subtitle, tr(FOOTER))
