"""The one place that typesets PDFs.

The core (``womenscentre``) never imports Qt, so it builds a typesetting-neutral
``womenscentre.exports.document.Document`` and takes a ``render_pdf`` function as a
parameter. This module is that function: :func:`render` lays the document out with
``QTextDocument`` and writes it with ``QPdfWriter`` to bytes in memory (nothing touches the
disk here), A4, with the footer and page numbers on every page. It works offscreen, so the
headless ``womenscentre export referral`` command and the tests can use it too; if no Qt
application exists yet, a ``QGuiApplication`` is made (on the offscreen platform when
there is no display).

Nothing else in the app should typeset a PDF: add a block type to the document model and
draw it here instead.
"""

from __future__ import annotations

import html
import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ui.chart_painting import paint_chart
from womenscentre.exports.document import (
    Block,
    Box,
    BoxKind,
    Bullets,
    Chart,
    Document,
    Heading,
    Paragraph,
    Rows,
    chart_lines,
)
from womenscentre.i18n import tr

RESOLUTION = 300
MARGIN_MM = 18.0
FOOTER_MM = 10.0
BOX_COLOURS = {
    BoxKind.STAMP: ("#1f3a5f", "#eef3f8"),
    BoxKind.SAFE_CONTACT: ("#7a4b00", "#fff6e0"),
    BoxKind.NOTE: ("#555555", "#f4f4f4"),
}

#: Charts fill the text width (A4 less margins, at RESOLUTION) and half as much height.
CHART_WIDTH_PX = 2000
CHART_HEIGHT_PX = 1000
#: QTextDocument sizes images in 96-dpi points, whatever it prints on.
CHART_WIDTH_HTML = round(CHART_WIDTH_PX * 96 / RESOLUTION)

_app: QGuiApplication | None = None


def _ensure_app() -> None:
    """QTextDocument needs a GUI application for fonts; make an offscreen one if needed."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br/>")


def _rows(block: Rows) -> str:
    cells = "".join(
        f'<tr><td width="32%" valign="top"><b>{_text(label)}</b></td>'
        f'<td valign="top">{_text(value)}</td></tr>'
        for label, value in block.rows
    )
    return f'<table width="100%" cellpadding="3" cellspacing="0">{cells}</table>'


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 3) + 1
        return f"<h{level}>{_text(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        inner = f"<i>{_text(block.text)}</i>" if block.emphasis else _text(block.text)
        return f"<p>{inner}</p>"
    if isinstance(block, Rows):
        return _rows(block)
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{_text(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Chart):
        return _chart(block)
    return _box(block)


def _chart_name(chart: Chart) -> str:
    return f"chart-{abs(hash(chart))}"


def _chart(chart: Chart) -> str:
    """The picture, then the same figures in words, so the chart is never the only way in."""
    words = "".join(f"<li>{_text(line)}</li>" for line in chart_lines(chart)[1:])
    title = f"<p><b>{_text(chart.title)}</b></p>" if chart.title else ""
    return (
        f'{title}<p><img src="{_chart_name(chart)}" width="{CHART_WIDTH_HTML}" '
        f'height="{CHART_WIDTH_HTML // 2}"/></p><ul>{words}</ul>'
    )


def _charts(blocks: tuple[Block, ...]) -> list[Chart]:
    found: list[Chart] = []
    for block in blocks:
        if isinstance(block, Chart):
            found.append(block)
        elif isinstance(block, Box):
            found += _charts(block.blocks)
    return found


def chart_image(chart: Chart, point_size: int) -> QImage:
    """The chart drawn at print resolution, for the PDF."""
    _ensure_app()
    image = QImage(CHART_WIDTH_PX, CHART_HEIGHT_PX, QImage.Format.Format_RGB32)
    dots_per_metre = round(RESOLUTION / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        font = QFont()
        font.setPointSize(max(point_size - 3, 8))
        paint_chart(painter, QRectF(0, 0, CHART_WIDTH_PX, CHART_HEIGHT_PX), chart, font)
    finally:
        painter.end()
    return image


def _box(box: Box) -> str:
    border, background = BOX_COLOURS[box.kind]
    inner = "".join(_block(b) for b in box.blocks)
    title = f'<p><b><span style="color:{border}">{_text(box.title)}</span></b></p>'
    return (
        f'<table width="100%" border="1" cellpadding="8" cellspacing="0" '
        f'style="border-color:{border}; border-style:solid; background-color:{background}">'
        f"<tr><td>{title}{inner}</td></tr></table><p></p>"
    )


def to_html(document: Document) -> str:
    """The document as the small subset of HTML that QTextDocument typesets well."""
    parts = [f"<h1>{_text(document.title)}</h1>"]
    if document.subtitle:
        parts.append(f"<p>{_text(document.subtitle)}</p>")
    parts += [_block(b) for b in document.blocks]
    return "<html><body>" + "".join(parts) + "</body></html>"


def render(document: Document) -> bytes:
    """Typeset ``document`` as an A4 PDF and return its bytes."""
    _ensure_app()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(document.title)
    writer.setCreator("womenscentre")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setPointSize(document.point_size)
    text.setDefaultFont(font)
    for chart in _charts(document.blocks):
        text.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(_chart_name(chart)),
            chart_image(chart, document.point_size),
        )
    text.setHtml(to_html(document))
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer_px = FOOTER_MM / 25.4 * RESOLUTION
    body = QSizeF(page.width(), page.height() - footer_px)
    text.setPageSize(body)
    pages = text.pageCount()
    painter = QPainter(writer)
    try:
        small = QFont(font)
        small.setPointSize(max(document.point_size - 3, 7))
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            text.drawContents(
                painter, QRectF(0, number * body.height(), body.width(), body.height())
            )
            painter.restore()
            painter.setFont(small)
            page_words = tr("Page {page} of {pages}").format(page=number + 1, pages=pages)
            footer = f"{document.footer}  {page_words}".strip()
            painter.drawText(
                QRectF(0, body.height(), body.width(), footer_px),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
                | int(Qt.TextFlag.TextWordWrap),
                footer,
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())
