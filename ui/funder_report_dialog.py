"""Report for funders (Centre → Report for funders…): anonymised figures for a period.

A manager chooses the period and sees the tables exactly as they will be published, with
small counts shown as "fewer than 5" and the counts that could give one away as
"withheld". Only women who said yes to being counted are in it, and it holds no names, ids
or words of hers. It can be saved as CSV (the core writes it, atomically, and audits the
export) and as a PDF with charts (the core builds the document; :mod:`ui.pdf` typesets it).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages, pdf
from ui.dialogs import ToolWindow
from ui.models.funder import FunderTableModel
from ui.tasks import TaskRunner
from ui.widgets import busy_bar, button, heading, paragraph, show_status, status_line
from womenscentre.exports.funder_doc import funder_document
from womenscentre.i18n import N_, tr
from womenscentre.reports.funder import FunderReport
from womenscentre.reports.funder_csv import ONS_CITATION

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.workspace import Workspace
    from womenscentre.services.unlocked import UnlockedVault

TITLE = N_("Report for funders")
INTRO = N_(
    "Anonymised figures for the period you choose. Only women who agreed to be counted are "
    "included, and no names, ids or words of theirs. Counts under 5 show as “fewer than 5”, "
    "and some others as “withheld”, so that a small count can't be worked out."
)
LOADING = N_("Working out the figures…")
NOT_SAVED = N_(
    "The report couldn't be saved there. Please choose a folder you can write to, such as "
    "your Documents folder."
)


def choose_save_path(parent: QWidget | None, suggested: str, kind: str) -> Path | None:
    """Ask where to save the report. Tests replace this one function."""
    patterns = {"csv": tr("CSV files (*.csv)"), "pdf": tr("PDF files (*.pdf)")}
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save the report for funders"), suggested, patterns[kind]
    )
    return Path(chosen) if chosen else None


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _table(model: FunderTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FunderReportDialog(ToolWindow):
    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(vault, tasks, parent, title=tr(TITLE), log_dir=log_dir)
        self.report: FunderReport | None = None
        today = vault.clock.now().date()
        self.start_edit = _date_edit(today - timedelta(days=365), tr("From"))
        self.end_edit = _date_edit(today, tr("To"))
        self.show_button = button(tr("&Show the figures"), tr("Show the figures for this period"))
        period = QFormLayout()
        period.addRow(tr("&From:"), self.start_edit)
        period.addRow(tr("&To:"), self.end_edit)
        period.addRow(self.show_button)
        self.overall = FunderTableModel(self)
        self.distance = FunderTableModel(self)
        self.wellbeing = FunderTableModel(self)
        self.overall_table = _table(self.overall, tr("Women moving up overall"))
        self.distance_table = _table(self.distance, tr("Distance travelled, by life area"))
        self.wellbeing_table = _table(self.wellbeing, tr("Wellbeing change, each question"))
        self.status = status_line(tr("{title}: message").format(title=tr(TITLE)))
        self.busy = busy_bar(tr("{title}: working on it").format(title=tr(TITLE)))
        self.csv_button = button(tr("Save as &CSV…"), tr("Save the report as CSV"))
        self.pdf_button = button(tr("Save as &PDF…"), tr("Save the report as a PDF with charts"))
        close = button(tr("&Close", "window"), tr("Close", "window"))
        row = QHBoxLayout()
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(TITLE)))
        layout.addWidget(paragraph(tr(INTRO), name=tr("About the report")))
        layout.addLayout(period)
        layout.addWidget(heading(tr("Women moving up overall")))
        layout.addWidget(self.overall_table, stretch=1)
        layout.addWidget(heading(tr("Distance travelled (her own readings, 1 to 5)")))
        layout.addWidget(self.distance_table, stretch=3)
        layout.addWidget(heading(tr("Wellbeing (ONS4), each question on its own")))
        layout.addWidget(self.wellbeing_table, stretch=2)
        layout.addWidget(paragraph(tr(ONS_CITATION), name=tr("About the wellbeing questions")))
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(row)
        self.show_button.clicked.connect(self.show_figures)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        close.clicked.connect(self.accept)
        self._set_ready(False)
        self.resize(900, 720)

    def period(self) -> tuple[date, date]:
        return _day(self.start_edit), _day(self.end_edit)

    def _set_ready(self, ready: bool) -> None:
        self.csv_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def _run(self, words: str, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def succeeded(result: Any) -> None:
            if isValid(self):
                self.busy.setVisible(False)
                show_status(self.status, "")
                done(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.busy.setVisible(False)
                words = tr(NOT_SAVED) if isinstance(exc, OSError) else None
                show_status(self.status, words or messages.describe(exc, self._log_dir))

        self.busy.setVisible(True)
        show_status(self.status, words)
        self._tasks.run(job, succeeded, failed)

    @Slot()
    def show_figures(self) -> None:
        start, end = self.period()
        outcomes = self._vault.outcomes
        self._set_ready(False)
        self._run(tr(LOADING), lambda: outcomes.funder_report(start, end), self._show_report)

    def _show_report(self, report: FunderReport) -> None:
        self.report = report
        self.overall.set_table(report.overall)
        self.distance.set_table(report.distance)
        self.wellbeing.set_table(report.wellbeing)
        self._set_ready(True)

    def _suggested(self, suffix: str) -> str:
        start, end = (self.report.start, self.report.end) if self.report else self.period()
        return f"outcomes-report-{start.isoformat()}-to-{end.isoformat()}.{suffix}"

    @Slot()
    def _on_csv_button_clicked(self) -> None:
        if self.report is None:
            return
        path = choose_save_path(self, self._suggested("csv"), "csv")
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        # The period shown is the period saved, even if the dates were changed since.
        start, end = self.report.start, self.report.end
        outcomes = self._vault.outcomes
        self._run(
            tr("Saving…"),
            lambda: outcomes.write_funder_csv(start, end, path),
            lambda _report: show_status(self.status, tr("Saved as {file}.").format(file=path.name)),
        )

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        if self.report is None:
            return
        path = choose_save_path(self, self._suggested("pdf"), "pdf")
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        # Typeset here, on the GUI thread (fonts); only the write goes to the worker.
        data = pdf.render(funder_document(self.report))
        start, end = self.period()
        outcomes = self._vault.outcomes
        self._run(
            tr("Saving…"),
            lambda: outcomes.write_funder_pdf(start, end, path, data),
            lambda _none: show_status(self.status, tr("Saved as {file}.").format(file=path.name)),
        )

    def done(self, code: int) -> None:
        self.report = None
        for model in (self.overall, self.distance, self.wellbeing):
            model.clear()
        super().done(code)


def open_funder_report(workspace: Workspace) -> FunderReportDialog:
    desk = workspace.desk
    dialog = FunderReportDialog(desk.vault, desk.tasks, workspace, log_dir=desk.log_dir)
    dialog.open()
    return dialog
