"""A typesetting-neutral document: what a PDF says, without saying how it is typeset.

The core never imports Qt, so it can't make a PDF itself. It builds a :class:`Document`
(headings, paragraphs, label-and-value rows, lists and boxed panels) and hands it to a
``RenderPdf`` function passed in from the UI layer (``ui.pdf.render``), which is the one
place that typesets. Tests check the same model as plain text, and then check the PDF's
extracted text against it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

from womenscentre.exports.her_copy import HerCopy
from womenscentre.i18n import tr


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class Rows:
    """Label-and-value rows, typeset as a two-column table."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Bullets:
    items: tuple[str, ...]


class BoxKind(StrEnum):
    #: The consent stamp: the basis for the share, prominent at the top.
    STAMP = "stamp"
    #: How to contact her safely: boxed so nobody misses it.
    SAFE_CONTACT = "safe_contact"
    NOTE = "note"


class Marker(StrEnum):
    """A point's shape, so two series read apart without relying on colour."""

    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"


class ChartKind(StrEnum):
    LINE = "line"
    BAR = "bar"


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """One named run of values, one per x label; None leaves that place empty."""

    name: str
    values: tuple[float | None, ...]
    marker: Marker = Marker.CIRCLE
    #: Drawn with a dashed line: a second view beside the first, such as her keyworker's.
    dashed: bool = False


@dataclass(frozen=True, slots=True)
class Chart:
    """A small line or bar chart, as numbers and words only.

    Every value is also carried as text (:meth:`Document.lines`), so the chart is never the
    only way to read it. ``notes`` sit under each x label (for example "she chose to skip
    this one"), so a gap she chose is never mistaken for a fall.
    """

    title: str
    x_labels: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    y_min: float
    y_max: float
    #: Where to draw labelled lines across the chart, e.g. ((1, "1"), (5, "5")).
    y_ticks: tuple[tuple[float, str], ...] = ()
    kind: ChartKind = ChartKind.LINE
    notes: tuple[str, ...] = ()
    #: Words shown beside each bar or point instead of the number (e.g. "withheld").
    value_labels: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Box:
    kind: BoxKind
    title: str
    blocks: tuple[Block, ...]


Block: TypeAlias = Heading | Paragraph | Rows | Bullets | Chart | Box


@dataclass(frozen=True, slots=True)
class Document:
    title: str
    blocks: tuple[Block, ...]
    subtitle: str = ""
    #: Printed small at the foot of every page.
    footer: str = ""
    point_size: int = 11

    def lines(self) -> list[str]:
        """Every piece of text in reading order, as the PDF should carry it."""
        out = [t for t in (self.title, self.subtitle) if t]
        for block in self.blocks:
            out += _lines(block)
        if self.footer:
            out.append(self.footer)
        return out

    def plain_text(self) -> str:
        return "\n".join(self.lines())


def _lines(block: Block) -> list[str]:
    if isinstance(block, Heading | Paragraph):
        return [block.text] if block.text else []
    if isinstance(block, Rows):
        return [f"{label}: {value}" for label, value in block.rows]
    if isinstance(block, Bullets):
        return list(block.items)
    if isinstance(block, Chart):
        return chart_lines(block)
    out = [block.title] if block.title else []
    for inner in block.blocks:
        out += _lines(inner)
    return out


def chart_lines(chart: Chart) -> list[str]:
    """The chart's title, then each series' figures in words."""
    out = [chart.title] if chart.title else []
    for index, series in enumerate(chart.series):
        words = chart.value_labels[index] if index < len(chart.value_labels) else ()
        points = []
        for place, label in enumerate(chart.x_labels):
            value = series.values[place] if place < len(series.values) else None
            shown = words[place] if place < len(words) and words[place] else _number(value)
            if not shown and place < len(chart.notes):
                shown = chart.notes[place]
            if shown:
                points.append(f"{label} {shown}")
        out.append(f"{series.name}: " + ("; ".join(points) if points else tr("nothing yet")))
    return out


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


#: Turns a document into PDF bytes. The UI passes ``ui.pdf.render``; tests may pass a fake.
RenderPdf: TypeAlias = Callable[[Document], bytes]


def from_her_copy(copy: HerCopy) -> Document:
    """Her copy (a safety plan, or "what you agreed") as a document to print or save."""
    blocks: list[Block] = [Paragraph(copy.branding, emphasis=True)] if copy.branding else []
    for section in copy.sections:
        blocks.append(Heading(section.title, 2))
        if section.intro:
            blocks.append(Paragraph(section.intro))
        for line in section.lines:
            if line.text:
                blocks.append(Rows(((line.label, line.text),)))
            else:
                blocks.append(Paragraph(line.label, emphasis=True))
            if line.items:
                blocks.append(Bullets(line.items))
    return Document(copy.title, tuple(blocks), copy.subtitle, "", copy.point_size)
