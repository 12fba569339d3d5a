"""Import from a spreadsheet: choose files, match columns, check, then import all or nothing.

The steps follow the core's importer (:mod:`womenscentre.services.importer`); this dialog
only draws them:

1. choose CSV or Excel (.xlsx) files;
2. say what each column fills in (:mod:`ui.import_columns`), guessed from the headings;
3. the dry run: how many women and notes would be added, who is already here or appears
   twice, and every problem by file, row and column. Nothing has been written yet, and
   while any problem is listed the Import button stays off; "Check again" re-reads the
   files once they have been put right;
4. the import itself, in one transaction on the task worker, with a real percentage (the
   core reports each record sealed, then the commit; 100% means it is saved), then what
   was added.

Managers only: the core checks that too. Files are read on the task worker, never here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.dialogs import ToolWindow
from ui.import_columns import ColumnsPage, Heading, read_headings
from ui.models.import_report import ImportReportModel
from ui.tasks import TaskRunner
from ui.widgets import busy_bar, button, heading, paragraph, show_status, status_line
from womenscentre.i18n import N_, tr, trn
from womenscentre.imports.plan import ImportPlan, ImportResult
from womenscentre.services.progress import Progress

if TYPE_CHECKING:
    from ui.workspace import Workspace
    from womenscentre.services.unlocked import UnlockedVault

TITLE = N_("Import from a spreadsheet")
FILES_INTRO = N_(
    "Bring women and their session notes in from spreadsheets: CSV files (saved as "
    "'CSV UTF-8') or Excel workbooks (.xlsx). A people sheet and a notes sheet can come in "
    "together. You'll see what would be added first; nothing is saved until you choose Import."
)
CHOOSE_FIRST = N_("Please add at least one file to import.")
CHECKING = N_("Reading the files and checking every row…")
IMPORTING = N_("Importing… please keep the app open until it finishes.")
IMPORTING_PERCENT = N_("Importing… {percent}% done. Please keep the app open until it finishes.")
#: The share of the bar for sealing each record; writing and saving them is the rest.
SEALING_SHARE = 90
PUT_RIGHT = N_(
    "Nothing will be imported until these are put right in the files. Please correct them, "
    "save the files, then press Check again."
)
READY = N_("Everything has been checked. Press Import to add it all, or Back to change something.")
NOTHING_TO_ADD = N_("There is nothing new to add from these files.")

FILES_PAGE, COLUMNS_PAGE, REPORT_PAGE, DONE_PAGE = range(4)


def choose_files(parent: QWidget | None) -> list[Path]:
    """Ask which spreadsheets to import. Tests replace this one function."""
    chosen, _filter = QFileDialog.getOpenFileNames(
        parent,
        tr("Choose spreadsheets to import"),
        "",
        tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
    )
    return [Path(name) for name in chosen]


def plan_summary(plan: ImportPlan) -> str:
    """The counts, in a sentence."""
    women = trn("%n woman", "%n women", plan.women_to_add)
    notes = trn("%n session note", "%n session notes", len(plan.notes))
    if plan.ok:
        return tr("Ready to add {women} and {notes}.").format(women=women, notes=notes)
    return trn(
        "These files would add {women} and {notes}, once %n thing below is put right.",
        "These files would add {women} and {notes}, once %n things below are put right.",
        len(plan.problems),
    ).format(women=women, notes=notes)


def plan_details(plan: ImportPlan) -> str:
    """Which columns were used, duplicates found, and notes about the files."""
    lines = list(plan.summaries) + list(plan.remarks)
    if plan.in_vault:
        lines.append(
            tr("Already here, so not added again: {names}").format(names=", ".join(plan.in_vault))
        )
    if plan.repeated:
        lines.append(
            tr("In the files more than once, so added once: {names}").format(
                names=", ".join(plan.repeated)
            )
        )
    return "\n".join(lines)


def import_percent(progress: Progress) -> int:
    """The whole import as one percentage; 100 only once the core says it is saved."""
    if progress.stage == "save":
        return 100 if progress.total > 0 and progress.done >= progress.total else SEALING_SHARE
    if progress.total <= 0:
        return SEALING_SHARE if progress.done else 0
    return SEALING_SHARE * min(progress.done, progress.total) // progress.total


class ImportProgress(QObject):
    """Carries the core's import progress from the worker thread to the wizard."""

    step = Signal(object)

    def report(self, progress: Progress) -> None:
        """Called on the worker; a wizard already gone must never stop the import."""
        try:
            if isValid(self):
                self.step.emit(progress)
        except RuntimeError:
            pass


def result_words(result: ImportResult) -> str:
    women = trn("%n woman", "%n women", result.women_added)
    notes = trn("%n session note", "%n session notes", result.notes_added)
    files = ", ".join(result.files)
    return tr(
        "Added {women} and {notes} from {files}. Each imported note says which file it "
        "came from. Their records are on the caseload now."
    ).format(women=women, notes=notes, files=files)


class ImportWizard(ToolWindow):
    """The four steps of an import, one page each.

    Signals:
        imported(object): the import went in; carries the core's ``ImportResult``.
    """

    imported = Signal(object)

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(vault, tasks, parent, title=tr(TITLE), log_dir=log_dir)
        self._working = False
        self.plan: ImportPlan | None = None
        self.outcome: ImportResult | None = None
        self.report = ImportReportModel(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._files_page())
        self.columns = ColumnsPage()
        self.pages.addWidget(self.columns)
        self.pages.addWidget(self._report_page())
        self.pages.addWidget(self._done_page())
        self.status = status_line(tr("{title}: message").format(title=tr(TITLE)))
        self.busy = busy_bar(tr("{title}: working on it").format(title=tr(TITLE)))
        self.progress = ImportProgress(self)
        self.progress.step.connect(self._on_progress_step)
        self.back_button = button(tr("&Back"))
        self.next_button = button(tr("&Next"))
        self.check_button = button(tr("Check &again"), tr("Check the files again"))
        self.import_button = button(tr("&Import"), tr("Import everything"))
        self.close_button = button(tr("&Close", "window"), tr("Close", "window"))
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch()
        for push in (self.close_button, self.check_button, self.next_button, self.import_button):
            row.addWidget(push)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(TITLE)))
        layout.addWidget(self.pages, stretch=1)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(row)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.check_button.clicked.connect(self._check)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.resize(860, 600)
        self._show_page(FILES_PAGE)

    # -- pages -----------------------------------------------------------------------------
    def _files_page(self) -> QWidget:
        page = QWidget()
        self.files_list = QListWidget()
        self.files_list.setAccessibleName(tr("Files to import"))
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = button(tr("&Add files…"), tr("Add files"))
        self.remove_button = button(tr("&Remove"), tr("Remove the chosen files"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(tr(FILES_INTRO), name=tr("Step 1: files")))
        layout.addWidget(self.files_list, stretch=1)
        layout.addLayout(row)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget()
        self.summary = paragraph("", name=tr("What would be imported"))
        self.advice = paragraph("", name=tr("What happens next"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Columns used and duplicates found"))
        self.details.setMaximumHeight(self.details.fontMetrics().lineSpacing() * 7)
        self.problems_table = QTableView()
        self.problems_table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
        self.problems_table.setModel(self.report)
        self.problems_table.setAccessibleName(tr("Things to put right, by file, row and column"))
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setWordWrap(True)
        self.problems_table.verticalHeader().setVisible(False)
        header = self.problems_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(self.problems_table, stretch=1)
        layout.addWidget(self.advice)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_note = paragraph("", name=tr("What was imported"))
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_note)
        layout.addStretch()
        return page

    # -- state -----------------------------------------------------------------------------
    def files(self) -> list[Path]:
        return [Path(self.files_list.item(i).text()) for i in range(self.files_list.count())]

    def add_files(self, paths: Sequence[Path]) -> None:
        known = set(self.files())
        for path in paths:
            if path not in known:
                self.files_list.addItem(str(path))
                known.add(path)
        self._show_page(self.pages.currentIndex())

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        working, done = self._working, index == DONE_PAGE
        ready = self.plan is not None and self.plan.ok and bool(self.plan.sources)
        self.back_button.setVisible(not done)
        self.back_button.setEnabled(index > FILES_PAGE and not working)
        self.next_button.setVisible(index in (FILES_PAGE, COLUMNS_PAGE))
        self.next_button.setEnabled(not working and bool(self.files()))
        self.check_button.setVisible(index == REPORT_PAGE)
        self.check_button.setEnabled(not working)
        self.import_button.setVisible(index == REPORT_PAGE)
        self.import_button.setEnabled(index == REPORT_PAGE and ready and not working)
        self.close_button.setText(tr("&Close", "window") if done else tr("Cancel"))
        self.close_button.setEnabled(not working or done)
        self.add_button.setEnabled(not working)
        self.remove_button.setEnabled(not working)
        self.busy.setVisible(working)

    def _run(
        self,
        words: str,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        measured: bool = False,
    ) -> None:
        """Run ``job`` on the worker with the progress bar showing; ``done`` on success.

        A ``measured`` job reports a percentage (``_on_progress_step``); others show a bar
        that only says something is happening.
        """

        def succeeded(result: Any) -> None:
            if not isValid(self):
                return
            self._working = False
            show_status(self.status, "")
            done(result)

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._working = False
            show_status(self.status, messages.describe(exc, self._log_dir))
            self._show_page(self.pages.currentIndex())

        self._working = True
        self.busy.setRange(0, 100 if measured else 0)
        self.busy.setValue(0)
        self.busy.setTextVisible(measured)
        show_status(self.status, words)
        self._show_page(self.pages.currentIndex())
        self._tasks.run(job, succeeded, failed)

    @Slot(object)
    def _on_progress_step(self, progress: Progress) -> None:
        if not self._working or self.busy.maximum() == 0:
            return
        percent = import_percent(progress)
        if percent <= self.busy.value():
            return
        show_status(self.status, tr(IMPORTING_PERCENT).format(percent=percent))
        self.busy.setValue(percent)

    # -- steps -----------------------------------------------------------------------------
    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_files(choose_files(self))

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        for item in self.files_list.selectedItems():
            self.files_list.takeItem(self.files_list.row(item))
        self._show_page(self.pages.currentIndex())

    @Slot()
    def _on_back_button_clicked(self) -> None:
        if not self._working:
            self._show_page(max(self.pages.currentIndex() - 1, FILES_PAGE))

    @Slot()
    def _on_next_button_clicked(self) -> None:
        if self._working:
            return
        if not self.files():
            show_status(self.status, tr(CHOOSE_FIRST))
            return
        if self.pages.currentIndex() == FILES_PAGE:
            paths = self.files()
            self._run(tr(CHECKING), lambda: read_headings(paths), self._on_headings_read)
        else:
            self._check()

    def _on_headings_read(self, headings: list[Heading]) -> None:
        self.columns.set_headings(headings)
        self._show_page(COLUMNS_PAGE)

    @Slot()
    def _check(self) -> None:
        """The dry run: read and check every row, writing nothing."""
        if self._working:
            return
        imports, paths, mapping = self._vault.imports, self.files(), self.columns.mapping()
        self.plan = None
        self._run(tr(CHECKING), lambda: imports.plan(paths, mapping), self._on_checked)

    def _on_checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.report.set_rows(plan.problems)
        self.summary.setText(plan_summary(plan))
        self.summary.setAccessibleDescription(self.summary.text())
        self.details.setPlainText(plan_details(plan))
        self.problems_table.setVisible(not plan.ok)
        if not plan.ok:
            advice = tr(PUT_RIGHT)
        elif plan.women_to_add or plan.notes:
            advice = tr(READY)
        else:
            advice = tr(NOTHING_TO_ADD)
        self.advice.setText(advice)
        self.advice.setAccessibleDescription(advice)
        self._show_page(REPORT_PAGE)

    @Slot()
    def _on_import_button_clicked(self) -> None:
        plan = self.plan
        if self._working or plan is None or not plan.ok:
            return
        imports = self._vault.imports
        self.plan = None  # one go per check: if it can't go in, the files are checked again
        report = self.progress.report
        self._run(
            tr(IMPORTING),
            lambda: imports.apply(plan, progress=report),
            self._on_imported,
            measured=True,
        )

    def _on_imported(self, result: ImportResult) -> None:
        self.outcome = result
        self.plan = None
        self.done_note.setText(result_words(result))
        self.done_note.setAccessibleDescription(self.done_note.text())
        self._show_page(DONE_PAGE)
        self.imported.emit(result)

    # -- Qt overrides ----------------------------------------------------------------------
    def reject(self) -> None:
        """Escape waits while an import is going in, so its result is never lost."""
        if not self._working:
            super().reject()

    def done(self, code: int) -> None:
        """Closing forgets what was read: the plan holds her details in memory."""
        self.plan = None
        self.report.clear()
        self.details.clear()
        super().done(code)


def open_import_wizard(workspace: Workspace) -> ImportWizard:
    """Open the wizard over the workspace; the caseload reloads after an import."""
    desk = workspace.desk
    wizard = ImportWizard(desk.vault, desk.tasks, workspace, log_dir=desk.log_dir)
    wizard.imported.connect(lambda _result: workspace.caseload_changed.emit())
    wizard.open()
    return wizard
