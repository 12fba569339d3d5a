""" "Her journey": her readings over time, one chart at a time, and a printout she keeps.

The charts are the core's :func:`~womenscentre.exports.journey_doc.journey_charts`, drawn
by :func:`ui.chart_painting.paint_chart`, the same function that draws them into her PDF.
Her readings and her keyworker's are two calm series told apart by marker and line style
as well as colour, and each point carries its number. The window holds only this woman's
journey and is emptied when it closes (and so when the vault locks).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from ui.chart_painting import DrawnChart, paint_chart
from ui.her_copy_view import save_pdf
from ui.widgets import button, heading, paragraph, show_status, status_line
from womenscentre.domain.outcome_journey import Journey
from womenscentre.exports.document import Chart
from womenscentre.exports.journey_doc import journey_charts, journey_document
from womenscentre.i18n import N_, tr

TITLE = N_("Her journey")
NOTHING_YET = N_("Nothing to draw yet. Her journey fills in after a check-in or a goal rating.")


class JourneyChart(QWidget):
    """One chart, drawn to fit the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.drawn: DrawnChart | None = None
        self.setAccessibleName(tr("Chart"))
        self.setMinimumSize(QSize(420, 260))
        self.setAutoFillBackground(True)

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.drawn = None
        words = "" if chart is None else chart.title
        self.setAccessibleDescription(words)
        self.update()

    def point_positions(self) -> tuple[tuple[QPointF, ...], ...]:
        """Where each series' points were last drawn (empty until painted)."""
        return () if self.drawn is None else self.drawn.points

    def sizeHint(self) -> QSize:
        return QSize(720, 380)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            if self.chart is None:
                self.drawn = None
                return
            margin = self.fontMetrics().height() * 0.6
            area = self.rect().toRectF().adjusted(margin, margin, -margin, -margin)
            self.drawn = paint_chart(painter, area, self.chart, self.font())
        finally:
            painter.end()


class JourneyDialog(QDialog):
    """Choose an area, goal or wellbeing question and see it over time; save her copy."""

    def __init__(
        self, journey: Journey, parent: QWidget | None = None, *, log_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr(TITLE))
        self.setAccessibleName(tr(TITLE))
        self._log_dir = log_dir
        self.journey: Journey | None = journey
        self.charts = journey_charts(journey)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(tr("What to show"))
        for group, chart in self.charts:
            self.chooser.addItem(tr("{group}: {chart}").format(group=group, chart=chart.title))
        self.chart = JourneyChart()
        self.empty = paragraph(tr(NOTHING_YET), name=tr("Nothing to draw yet"))
        self.empty.setVisible(not self.charts)
        self.status = status_line(tr("{title}: message").format(title=tr(TITLE)))
        self.save_button = button(tr("&Save her copy as PDF…"), tr("Save her journey as a PDF"))
        self.save_button.setEnabled(bool(self.charts))
        close = button(tr("&Close", "window"), tr("Close", "window"))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(TITLE)))
        layout.addWidget(self.chooser)
        layout.addWidget(self.empty)
        layout.addWidget(self.chart, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.chooser.currentIndexChanged.connect(self._on_chooser_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        close.clicked.connect(self.accept)
        self._on_chooser_changed(0)
        self.resize(820, 560)

    @Slot(int)
    def _on_chooser_changed(self, index: int) -> None:
        self.chart.set_chart(self.charts[index][1] if 0 <= index < len(self.charts) else None)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        if self.journey is None:
            return
        path = save_pdf(self, journey_document(self.journey), "my-journey.pdf", self._log_dir)
        if path is not None:
            show_status(self.status, tr("Saved as {file}.").format(file=path.name))

    def done(self, code: int) -> None:
        """Closing lets go of her journey, so nothing of hers outlives the window."""
        self.journey = None
        self.charts = []
        self.chart.set_chart(None)
        self.chooser.clear()
        super().done(code)
