"""Her copy of a safety plan: how it reads to her, then printed or saved as a PDF.

The preview shows exactly the words that will be printed (``HerCopy.plain_text``), and
above it, for the worker only, what was left off and why. She chooses:

- **discreet mode**: her own disguised title, no centre name, no private details, and
  discreet wording throughout, for a copy that may be seen by the person harming her;
- **large print**;
- which private details, if any, she wants on it (none are ticked to begin with).

The PDF is typeset by :func:`ui.pdf.render`, the one PDF typesetter, and saved where the
worker chooses. The copy carries no risk wording of any kind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages, pdf
from ui.dialogs import ToolWindow
from ui.tasks import TaskRunner
from ui.widgets import button, heading, paragraph, show_status, status_line
from womenscentre.domain.plans import SUPPORT_SENSITIVE, SafetyPlan
from womenscentre.exports.document import Document, from_her_copy
from womenscentre.exports.her_copy import HerCopy
from womenscentre.i18n import N_, tr
from womenscentre.store.snapshot import write_atomically

try:  # printing is optional: some builds of Qt leave PrintSupport out
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
except ImportError:  # pragma: no cover - depends on the Qt build
    QPrintDialog = None  # type: ignore[assignment,misc]
    QPrinter = None  # type: ignore[assignment,misc]

TITLE = N_("Her copy")
INTRO = N_(
    "This is how her copy will read. Nothing private is on it unless she chooses it below. "
    "Use discreet mode if someone else might see it."
)
NOTES_TITLE = N_("For you only, never printed")
NOTES_HEADING = N_("For you only, never printed:")


def choose_pdf_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a PDF. Tests replace this one function."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save her copy as a PDF"), suggested, tr("PDF files (*.pdf)")
    )
    return Path(chosen) if chosen else None


def save_pdf(
    parent: QWidget | None, document: Document, suggested: str, log_dir: Path | None = None
) -> Path | None:
    """Typeset ``document``, ask where to put it, and save it; returns where it went."""
    path = choose_pdf_path(parent, suggested)
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    try:
        write_atomically(path, pdf.render(document), make_parents=False)
    except OSError:
        messages.warning(
            parent,
            tr(
                "The PDF couldn't be saved there. Please choose a folder you can write to, "
                "such as your Documents folder."
            ),
        )
        return None
    return path


def print_document(parent: QWidget | None, document: Document) -> bool:
    """Print ``document`` through the system print dialog, laid out as the PDF is."""
    if QPrintDialog is None or QPrinter is None:
        return False
    from PySide6.QtGui import QTextDocument

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    text = QTextDocument()
    font = QFont()
    font.setPointSize(document.point_size)
    text.setDefaultFont(font)
    text.setHtml(pdf.to_html(document))
    text.print_(printer)
    return True


class HerCopyDialog(ToolWindow):
    """The "how this reads to her" preview with its choices, and Print / Save as PDF."""

    def __init__(
        self,
        vault: Any,
        tasks: TaskRunner,
        plan: SafetyPlan,
        parent: QWidget | None = None,
        *,
        number: int | None = None,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(vault, tasks, parent, title=tr(TITLE), log_dir=log_dir)
        self.plan = plan
        self.number = number
        self.copy: HerCopy | None = None
        self.discreet_box = QCheckBox(tr("&Discreet mode"))
        self.discreet_box.setAccessibleName(tr("Discreet mode"))
        title = plan.disguised_title or plan.template.discreet_title
        self.discreet_note = paragraph(
            tr(
                "Her title on a discreet copy: “{title}”. No centre name and nothing private."
            ).format(title=title),
            name=tr("What discreet mode does"),
        )
        self.large_box = QCheckBox(tr("&Large print"))
        self.large_box.setAccessibleName(tr("Large print"))
        self.private_boxes: dict[str, QCheckBox] = {}
        private = QGroupBox(tr("Private details she wants on her copy"))
        private.setAccessibleName(private.title())
        private_column = QVBoxLayout(private)
        # Template labels arrive translated; her list's are marked with N_ in the core.
        support = [(key, tr(label)) for key, label in SUPPORT_SENSITIVE.items()]
        choices = [*plan.template.sensitive_choices(), *support]
        for key, label in choices:
            check = QCheckBox(label)
            check.setAccessibleName(tr("Include: {detail}").format(detail=label))
            check.toggled.connect(self._on_choice_toggled)
            self.private_boxes[key] = check
            private_column.addWidget(check)
        self.notes = paragraph("", name=tr(NOTES_TITLE))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("How this reads to her"))
        self.status = status_line(tr("Her copy: message"))
        self.save_button = button(tr("&Save as PDF…"), tr("Save her copy as a PDF"))
        self.print_button = button(tr("&Print…"), tr("Print her copy"))
        if QPrintDialog is None:
            self.print_button.hide()
        self.close_button = button(tr("&Close"), tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        choices = QWidget()
        choices_column = QVBoxLayout(choices)
        choices_column.setContentsMargins(0, 0, 0, 0)
        choices_column.addWidget(self.discreet_box)
        choices_column.addWidget(self.discreet_note)
        choices_column.addWidget(self.large_box)
        choices_column.addWidget(private)
        choices_column.addWidget(
            paragraph(tr(NOTES_HEADING), name=tr("For you only, never printed heading"))
        )
        choices_column.addWidget(self.notes)
        choices_column.addStretch()
        body = QHBoxLayout()
        # The choices scroll, so a long list of what was left off (or longer wording, as in
        # Welsh) never makes the dialog taller than a laptop screen.
        choices_area = QScrollArea()
        choices_area.setWidgetResizable(True)
        choices_area.setFrameShape(QFrame.Shape.NoFrame)
        choices_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        choices_area.setWidget(choices)
        choices_area.setAccessibleName(tr("Her choices for this copy"))
        body.addWidget(choices_area, stretch=1)
        body.addWidget(self.preview, stretch=2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("How this reads to her")))
        layout.addWidget(paragraph(tr(INTRO), name=tr("About her copy")))
        layout.addLayout(body, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.discreet_box.toggled.connect(self._on_choice_toggled)
        self.large_box.toggled.connect(self._on_choice_toggled)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.resize(900, 650)
        self.refresh()

    def chosen_private(self) -> frozenset[str]:
        """The private details she chose; none of them in discreet mode."""
        if self.discreet_box.isChecked():
            return frozenset()
        return frozenset(k for k, c in self.private_boxes.items() if c.isChecked())

    def refresh(self) -> None:
        """Ask the vault for her copy as it stands with the choices made."""
        vault, plan_id, number = self._vault, self.plan.id, self.number
        discreet, large = self.discreet_box.isChecked(), self.large_box.isChecked()
        include = self.chosen_private()
        for check in self.private_boxes.values():
            check.setEnabled(not discreet)
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)

        def job() -> HerCopy:
            return vault.plans.her_copy(
                plan_id,
                discreet=discreet,
                large_print=large,
                include_sensitive=include,
                number=number,
            )

        self._run(job, self._show)

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def succeeded(result: Any) -> None:
            if isValid(self):
                done(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                show_status(self.status, messages.describe(exc, self._log_dir))

        self._tasks.run(job, succeeded, failed)

    def _show(self, copy: HerCopy) -> None:
        self.copy = copy
        font = self.preview.font()
        font.setPointSize(copy.point_size)
        self.preview.setFont(font)
        self.preview.setPlainText(copy.plain_text())
        notes = "\n".join(f"• {n}" for n in copy.notes_for_worker) or tr("Nothing was left off.")
        self.notes.setText(notes)
        self.notes.setAccessibleDescription(notes)
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def document(self) -> Document | None:
        return None if self.copy is None else from_her_copy(self.copy)

    def suggested_name(self) -> str:
        return tr("notes.pdf") if self.discreet_box.isChecked() else tr("my-plan.pdf")

    @Slot(bool)
    def _on_choice_toggled(self, _checked: bool) -> None:
        self.refresh()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        document = self.document()
        if document is None:
            return
        path = save_pdf(self, document, self.suggested_name(), self._log_dir)
        if path is not None:
            show_status(self.status, tr("Saved as {file}.").format(file=path.name))

    @Slot()
    def _on_print_button_clicked(self) -> None:
        document = self.document()
        if document is not None and print_document(self, document):
            show_status(self.status, tr("Sent to the printer."))
