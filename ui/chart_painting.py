"""Drawing a document-model :class:`~womenscentre.exports.document.Chart` with QPainter.

One function draws a chart onto any paint device: the "her journey" widget on screen and
:mod:`ui.pdf` for her printout and the funder report use it alike, so what she sees and what
she keeps are the same picture. Only QtGui is used, so the headless PDF path can draw too.

Each series has its own marker shape and line style as well as its own calm colour, and
every point is labelled with its number, so nothing depends on telling colours apart.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from womenscentre.exports.document import Chart, ChartKind, ChartSeries, Marker

#: Calm, dark enough to read on white and in greyscale; each series also differs in shape.
SERIES_COLOURS = ("#1f4e79", "#8a5a00", "#3d6b3d", "#6b3d6b")
GRID_COLOUR = "#d9d9d9"
TEXT_COLOUR = "#222222"
MARKER_SIZE = 0.012  # of the chart's shorter side


@dataclass(frozen=True, slots=True)
class DrawnChart:
    """Where each series' points landed (only places with a value), for tests and tooltips."""

    points: tuple[tuple[QPointF, ...], ...]
    plot: QRectF


def _colour(index: int) -> QColor:
    return QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])


def _draw_marker(painter: QPainter, centre: QPointF, marker: Marker, size: float) -> None:
    half = size / 2
    if marker is Marker.SQUARE:
        painter.drawRect(QRectF(centre.x() - half, centre.y() - half, size, size))
    elif marker is Marker.TRIANGLE:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - half),
                    QPointF(centre.x() + half, centre.y() + half),
                    QPointF(centre.x() - half, centre.y() + half),
                ]
            )
        )
    elif marker is Marker.DIAMOND:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - half),
                    QPointF(centre.x() + half, centre.y()),
                    QPointF(centre.x(), centre.y() + half),
                    QPointF(centre.x() - half, centre.y()),
                ]
            )
        )
    else:
        painter.drawEllipse(centre, half, half)


def _label(chart: Chart, series: int, place: int) -> str:
    words = chart.value_labels[series] if series < len(chart.value_labels) else ()
    if place < len(words) and words[place]:
        return words[place]
    values = chart.series[series].values
    value = values[place] if place < len(values) else None
    return "" if value is None else f"{value:g}"


def paint_chart(painter: QPainter, area: QRectF, chart: Chart, font: QFont) -> DrawnChart:
    """Draw ``chart`` inside ``area``; returns where its points went."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.height()
    size = max(min(area.width(), area.height()) * MARKER_SIZE * 1.6, line * 0.5)
    text_pen = QPen(QColor(TEXT_COLOUR))
    # The key: each series' marker, line style and name, across the top.
    x = area.left()
    for index, series in enumerate(chart.series):
        _key(painter, QPointF(x, area.top() + line / 2), series, index, size)
        painter.setPen(text_pen)
        painter.drawText(QPointF(x + size * 3, area.top() + line * 0.8), series.name)
        x += size * 4 + metrics.horizontalAdvance(series.name)
    # Long x labels wrap onto a second line rather than being cut short.
    places = max(len(chart.x_labels), 1)
    rough_step = area.width() * 0.9 / places
    wrap = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
    label_rows = max(
        [1]
        + [
            min(
                round(metrics.boundingRect(QRectF(0, 0, rough_step, 1e6), wrap, x).height() / line),
                5,
            )
            for x in chart.x_labels
        ]
    )
    rows_below = label_rows + (1 if any(chart.notes) else 0)
    left = (
        area.left()
        + max([metrics.horizontalAdvance(label) for _v, label in chart.y_ticks] + [0.0])
        + line * 0.5
    )
    plot = QRectF(
        left,
        area.top() + line * 1.8,
        max(area.right() - left - line, 1.0),
        max(area.height() - line * (2.4 + rows_below), 1.0),
    )
    span = (chart.y_max - chart.y_min) or 1.0

    def y_of(value: float) -> float:
        clamped = min(max(value, chart.y_min), chart.y_max)
        return plot.bottom() - (clamped - chart.y_min) / span * plot.height()

    for value, label in chart.y_ticks:
        painter.setPen(QPen(QColor(GRID_COLOUR), 0))
        painter.drawLine(QPointF(plot.left(), y_of(value)), QPointF(plot.right(), y_of(value)))
        painter.setPen(text_pen)
        painter.drawText(
            QRectF(area.left(), y_of(value) - line / 2, plot.left() - area.left() - 4, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
    step = plot.width() / places
    for place, label in enumerate(chart.x_labels):
        cell = QRectF(plot.left() + place * step, plot.bottom() + 2, step, line * label_rows)
        painter.setPen(text_pen)
        painter.drawText(
            cell,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            label,
        )
        note = chart.notes[place] if place < len(chart.notes) else ""
        if note:
            painter.drawText(
                QRectF(cell.left(), cell.bottom(), step, line),
                int(Qt.AlignmentFlag.AlignCenter),
                metrics.elidedText(note, Qt.TextElideMode.ElideRight, step),
            )
    if chart.kind is ChartKind.BAR:
        drawn = _bars(painter, chart, plot, step, y_of, size, text_pen)
    else:
        drawn = _lines(painter, chart, plot, step, y_of, size, text_pen)
    painter.restore()
    return DrawnChart(drawn, plot)


def _key(painter: QPainter, at: QPointF, series: ChartSeries, index: int, size: float) -> None:
    pen = QPen(_colour(index), max(size / 4, 1.0))
    if series.dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(at, QPointF(at.x() + size * 2.4, at.y()))
    painter.setBrush(QBrush(_colour(index)))
    _draw_marker(painter, QPointF(at.x() + size * 1.2, at.y()), series.marker, size)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _lines(painter, chart, plot, step, y_of, size, text_pen):  # type: ignore[no-untyped-def]
    drawn: list[tuple[QPointF, ...]] = []
    count = max(len(chart.series), 1)
    for index, series in enumerate(chart.series):
        # Side by side within each place, so equal readings never hide each other.
        nudge = (index - (count - 1) / 2) * size * 1.4
        points: list[tuple[int, QPointF]] = [
            (place, QPointF(plot.left() + (place + 0.5) * step + nudge, y_of(value)))
            for place, value in enumerate(series.values)
            if value is not None and place < len(chart.x_labels)
        ]
        pen = QPen(_colour(index), max(size / 4, 1.0))
        if series.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        # A place with no value (she chose to skip it) breaks the line: a gap, not a fall.
        for (a, start), (b, end) in itertools.pairwise(points):
            if b == a + 1:
                painter.drawLine(start, end)
        painter.setBrush(QBrush(_colour(index)))
        for place, point in points:
            painter.setPen(QPen(_colour(index), 1))
            _draw_marker(painter, point, series.marker, size)
            painter.setPen(text_pen)
            painter.drawText(
                QPointF(point.x() + size * 0.8, point.y() - size * 0.6), _label(chart, index, place)
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        drawn.append(tuple(point for _place, point in points))
    return tuple(drawn)


def _bars(painter, chart, plot, step, y_of, size, text_pen):  # type: ignore[no-untyped-def]
    drawn: list[tuple[QPointF, ...]] = []
    count = max(len(chart.series), 1)
    width = step * 0.7 / count
    base = y_of(max(min(0.0, chart.y_max), chart.y_min))
    painter.setPen(QPen(QColor(TEXT_COLOUR), 0))
    painter.drawLine(QPointF(plot.left(), base), QPointF(plot.right(), base))
    for index, series in enumerate(chart.series):
        points: list[QPointF] = []
        for place in range(len(chart.x_labels)):
            value = series.values[place] if place < len(series.values) else None
            left = plot.left() + place * step + step * 0.15 + index * width
            label = _label(chart, index, place)
            if value is not None:
                top = y_of(value)
                painter.setPen(QPen(_colour(index), 1))
                brush = QBrush(_colour(index))
                if series.dashed:
                    brush.setStyle(Qt.BrushStyle.BDiagPattern)
                painter.setBrush(brush)
                painter.drawRect(QRectF(left, min(top, base), width, abs(base - top)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                points.append(QPointF(left + width / 2, top))
            painter.setPen(text_pen)
            at = y_of(value) if value is not None else base
            if value is not None and value < 0:  # below a bar that goes down
                where = QRectF(left - width, at + size * 0.4, width * 3, size * 2.6)
                align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            else:
                where = QRectF(left - width, at - size * 3, width * 3, size * 2.6)
                align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
            painter.drawText(where, int(align), label)
        drawn.append(tuple(points))
    return tuple(drawn)
