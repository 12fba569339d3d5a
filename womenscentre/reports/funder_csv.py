"""The funder report as one CSV file, written atomically.

One row per published figure: ``section, row, column, value``, so a funder's spreadsheet
can filter it, and nothing can be misread by lining up columns wrongly. Suppressed counts
carry their label ("fewer than 5" or "withheld") instead of a number. Text that a
spreadsheet would treat as a formula is neutralised, though everything here is the
centre's own wording or a number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from womenscentre.exports.files import explain
from womenscentre.i18n import N_, tr
from womenscentre.reports.funder import FunderReport
from womenscentre.reports.suppression import (
    FEWER_LABEL,
    THRESHOLD,
    WITHHELD_LABEL,
    ProtectedTable,
)
from womenscentre.store.snapshot import write_atomically

HEADER: Final = ("section", "row", "column", "value")
TOTAL: Final = "total"
ONS_CITATION: Final = N_(
    "Wellbeing figures use the ONS personal well-being questions (Office for National "
    "Statistics), each reported on its own and never added together."
)
SMALL_NUMBERS: Final = N_(
    'Any count under {threshold} shows as "{fewer}". Some other counts show '
    'as "{withheld}" so that totals can\'t be used to work out a small count.'
)
#: What the figures are, as (row, text): the CSV keeps them as written, the document
#: translates them (:func:`about_rows`).
ABOUT: Final = (
    (
        N_("who is counted"),
        N_(
            "Only women who agreed to be counted in anonymised statistics. "
            "No names, ids or words of hers are included."
        ),
    ),
    (N_("small numbers"), SMALL_NUMBERS),
    (N_("wellbeing questions"), ONS_CITATION),
)
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def _safe(text: str) -> str:
    try:
        float(text)
    except ValueError:
        return "'" + text if text.startswith(_FORMULA_START) else text
    return text


def _table_rows(section: str, protected: ProtectedTable) -> Iterator[tuple[str, str, str, str]]:
    table = protected.table
    row_names = (*table.rows, TOTAL)
    column_names = (*table.columns, TOTAL)
    for position in sorted(protected.marks):
        r, c = position
        yield section, row_names[r], column_names[c], protected.label(position)


def _figure(value: float | None) -> str:
    return WITHHELD_LABEL if value is None else f"{value:+.2f}"


def about_rows(*, translated: bool) -> list[tuple[str, str]]:
    """What the figures are; in English for the CSV, or in the app's language for people."""
    say = tr if translated else _as_written
    return [
        (
            say(row),
            say(text).format(
                threshold=THRESHOLD, fewer=say(FEWER_LABEL), withheld=say(WITHHELD_LABEL)
            ),
        )
        for row, text in ABOUT
    ]


def _as_written(text: str) -> str:
    return text


def report_rows(report: FunderReport) -> list[tuple[str, str, str, str]]:
    """Every line of the CSV after its header, in order."""
    rows: list[tuple[str, str, str, str]] = [
        ("about", "period", "from", report.start.isoformat()),
        ("about", "period", "to", report.end.isoformat()),
    ]
    rows += [("about", row, "", text) for row, text in about_rows(translated=False)]
    rows += _table_rows("women moving up overall", report.overall)
    rows += _table_rows("distance travelled (her own readings, 1 to 5)", report.distance)
    distance = report.distance.table
    for index, title in enumerate(distance.rows):
        rows.append(
            ("average change in her reading", title, "", _figure(report.distance_average[index]))
        )
        up = report.distance.shown((index, 0))
        total = report.distance.shown((index, len(distance.columns)))
        share = WITHHELD_LABEL if up is None or not total else f"{100 * up / total:.0f}%"
        rows.append(("share of women moving up", title, "", share))
    compared = [report.overall.shown((0, c)) for c in range(3)]
    if None in compared or not sum(c or 0 for c in compared):
        share = WITHHELD_LABEL
    else:
        share = f"{100 * (compared[0] or 0) / sum(c or 0 for c in compared):.0f}%"
    rows.append(("women moving up overall", "share of those with an area to compare", "", share))
    rows += _table_rows("ONS4 wellbeing change (0 to 10)", report.wellbeing)
    for index, title in enumerate(report.wellbeing.table.rows):
        rows.append(("ONS4 average change", title, "", _figure(report.wellbeing_average[index])))
    return rows


def render_csv(report: FunderReport) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in report_rows(report):
        writer.writerow([_safe(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_funder_csv(report: FunderReport, target: Path) -> None:
    """Write the CSV to ``target`` atomically; a folder that isn't there is reported."""
    try:
        write_atomically(target, render_csv(report), make_parents=False)
    except OSError as error:
        raise explain(error, target.parent) from None
