"""Records due for review: hold one for longer, or delete it for good with a certificate.

The list is the core's review list (:meth:`Retention.review_list`), shown by
:class:`~ui.models.retention.RetentionModel`. A manager can:

- **hold** the chosen records until a date, with a reason (a court case still running, say);
  they leave the list until then;
- **delete for good** the chosen records, with a reason and the word "delete" typed to
  confirm. The core removes every row, empties the database log and hands back a deletion
  certificate for each: what kind of record, when, by whom and why, with no content. The
  certificates are shown and can be saved as a text file (written atomically).

Every read and write runs on the task worker. The dialog closes as the vault locks, and its
rows go with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.dialogs import FormDialog, ToolWindow, run_dialog
from ui.models.retention import RetentionModel
from ui.tasks import TaskRunner
from ui.widgets import busy_bar, button, heading, line_edit, paragraph, show_status, status_line
from womenscentre.domain.retention import DeletionCertificate, DueRecord
from womenscentre.i18n import N_, tr, trn
from womenscentre.services.retention import MIN_REASON_CHARS
from womenscentre.store.snapshot import write_atomically

if TYPE_CHECKING:
    from ui.workspace import Workspace
    from womenscentre.services.unlocked import UnlockedVault

TITLE = N_("Records due for review")
INTRO = N_(
    "These records have reached the review date in the centre's retention policy, or a "
    "date a manager set. For each, decide whether to keep it for longer or delete it for good."
)
NONE_DUE = N_("No records are due for review today.")
LOADING = N_("Looking through the records…")
CHOOSE_FIRST = N_("Please choose a record in the list first.")
#: The word typed to confirm a deletion: compared as typed, so it is not translated.
CONFIRM_WORD = "delete"
CERTIFICATE_TITLE = N_("Deletion certificate")
CERTIFICATE_INTRO = N_(
    "The record has been deleted for good. This certificate says what was deleted, when, by "
    "whom and why, and holds nothing from the record itself. Please save it with the "
    "centre's retention paperwork."
)
SAVED = N_("The certificate has been saved.")
NOT_SAVED = N_(
    "The certificate couldn't be saved there. Please choose a folder you can write to, such "
    "as your Documents folder."
)
SEPARATOR = "\n" + "-" * 60 + "\n\n"


def choose_certificate_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save the certificate. Tests replace this one function."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save the deletion certificate"), suggested, tr("Text files (*.txt)")
    )
    return Path(chosen) if chosen else None


def certificates_text(certificates: list[DeletionCertificate]) -> str:
    return SEPARATOR.join(c.to_text() for c in certificates)


class HoldDialog(FormDialog):
    """Keep the chosen records until a date, and say why."""

    def __init__(self, parent: QWidget | None, count: int, today: date) -> None:
        super().__init__(
            parent,
            title=tr("Keep for longer"),
            intro=trn(
                "Keep this record until a later date. It comes back to this list then.",
                "Keep these %n records until a later date. They come back to this list then.",
                count,
            ),
            ok_text=tr("&Keep until then"),
        )
        self.until_edit = QDateEdit()
        self.until_edit.setAccessibleName(tr("Keep until"))
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("d MMMM yyyy")
        tomorrow = today + timedelta(days=1)
        self.until_edit.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.until_edit.setDate(QDate(today.year + 1, today.month, min(today.day, 28)))
        self.reason_edit = line_edit(tr("Why it is being kept"))
        self.reason_edit.setPlaceholderText(tr("For example: a court case is still running"))
        self.form.addRow(tr("Keep &until:"), self.until_edit)
        self.form.addRow(tr("&Why:"), self.reason_edit)

    def problem(self) -> str | None:
        if len(self.reason_edit.text().strip()) < MIN_REASON_CHARS:
            return tr("Please say why in a short sentence, without her name.")
        return None

    def value(self) -> tuple[date, str]:
        chosen = self.until_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day()), self.reason_edit.text().strip()


class PurgeDialog(FormDialog):
    """Delete the chosen records for good: a reason, and the word typed to be sure."""

    def __init__(self, parent: QWidget | None, count: int) -> None:
        super().__init__(
            parent,
            title=tr("Delete for good"),
            intro=trn(
                "This deletes this record for good: every note, plan and detail, with no way "
                "back except an older backup. You'll get a certificate to keep.",
                "This deletes these %n records for good: every note, plan and detail, with no "
                "way back except an older backup. You'll get a certificate to keep.",
                count,
            ),
            ok_text=tr("&Delete for good"),
        )
        self.reason_edit = line_edit(tr("Why it is being deleted"))
        self.reason_edit.setPlaceholderText(
            tr("For example: six years since her case closed; agreed at the team meeting")
        )
        self.confirm_edit = line_edit(tr("Type {word} to confirm").format(word=CONFIRM_WORD))
        self.form.addRow(tr("&Why:"), self.reason_edit)
        self.form.addRow(
            tr("&Type {word} to confirm:").format(word=CONFIRM_WORD), self.confirm_edit
        )

    def problem(self) -> str | None:
        if len(self.reason_edit.text().strip()) < MIN_REASON_CHARS:
            return tr("Please give the reason in a sentence, without her name.")
        if self.confirm_edit.text().strip().casefold() != CONFIRM_WORD:
            return tr("Please type the word {word} to confirm.").format(word=CONFIRM_WORD)
        return None

    def value(self) -> str:
        return self.reason_edit.text().strip()


class CertificateDialog(QDialog):
    """The certificates from a purge, to read and save."""

    def __init__(
        self,
        parent: QWidget | None,
        tasks: TaskRunner,
        certificates: list[DeletionCertificate],
        *,
        log_dir: Path | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr(CERTIFICATE_TITLE))
        self.setAccessibleName(tr(CERTIFICATE_TITLE))
        self._tasks = tasks
        self._log_dir = log_dir
        self.certificates = certificates
        self.text_view = QPlainTextEdit(certificates_text(certificates))
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(tr("The deletion certificate"))
        self.status = status_line(tr("{title}: message").format(title=tr(CERTIFICATE_TITLE)))
        show_status(self.status, note)
        self.save_button = button(tr("&Save the certificate…"), tr("Save the certificate"))
        self.close_button = button(tr("&Close", "window"), tr("Close", "window"))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.close_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(tr(CERTIFICATE_INTRO), name=tr("About the certificate")))
        layout.addWidget(self.text_view, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.resize(760, 560)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        first = self.certificates[0] if self.certificates else None
        suggested = f"deletion-certificate-{first.certificate_id[:8]}.txt" if first else ""
        path = choose_certificate_path(self, suggested)
        if path is None:
            return
        if path.suffix.lower() != ".txt":
            path = path.with_name(path.name + ".txt")
        data = certificates_text(self.certificates).encode("utf-8")

        def saved(_none: None) -> None:
            if isValid(self):
                show_status(self.status, tr(SAVED))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                words = tr(NOT_SAVED)
            else:
                words = messages.describe(exc, self._log_dir)
            if isValid(self):
                show_status(self.status, words)

        self._tasks.run(lambda: write_atomically(path, data, make_parents=False), saved, failed)


class RetentionReview(ToolWindow):
    """The review list, with Keep for longer and Delete for good.

    Signals:
        records_changed(): records were deleted, so the caseload should be read again.
    """

    records_changed = Signal()

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(vault, tasks, parent, title=tr(TITLE), log_dir=log_dir)
        self.certificate_dialog: CertificateDialog | None = None
        self.model = RetentionModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Records due for review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_note = paragraph(tr(NONE_DUE), name=tr("Nothing due"))
        self.empty_note.setVisible(False)
        self.status = status_line(tr("{title}: message").format(title=tr(TITLE)))
        self.busy = busy_bar(tr("{title}: working on it").format(title=tr(TITLE)))
        self.hold_button = button(tr("&Keep for longer…"), tr("Keep for longer"))
        self.purge_button = button(tr("&Delete for good…"), tr("Delete for good"))
        self.close_button = button(tr("&Close", "window"), tr("Close", "window"))
        row = QHBoxLayout()
        row.addWidget(self.hold_button)
        row.addWidget(self.purge_button)
        row.addStretch()
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(TITLE)))
        layout.addWidget(paragraph(tr(INTRO), name=tr("About the review list")))
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(row)
        self.hold_button.clicked.connect(self._on_hold_button_clicked)
        self.purge_button.clicked.connect(self._on_purge_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.resize(900, 520)
        self.reload()

    # -- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        retention = self._vault.retention
        self._run(tr(LOADING), retention.review_list, self._on_loaded)

    def _on_loaded(self, due: list[DueRecord]) -> None:
        self.model.set_rows(due)
        self.empty_note.setVisible(not due)
        self.hold_button.setEnabled(bool(due))
        self.purge_button.setEnabled(bool(due))
        if due:
            # Not selectRow(): with extended selection it follows the keys held down, so
            # the shortcut's Ctrl+Shift that opened this list could toggle the row off.
            first = self.model.index(0, 0)
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(first, flags.ClearAndSelect | flags.Rows)
            self.table.setFocus()

    def selected(self) -> list[DueRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row) for row in rows]

    def _run(self, words: str, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def succeeded(result: Any) -> None:
            if isValid(self):
                self.busy.setVisible(False)
                show_status(self.status, "")
                done(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.busy.setVisible(False)
                show_status(self.status, messages.describe(exc, self._log_dir))

        self.busy.setVisible(True)
        show_status(self.status, words)
        self._tasks.run(job, succeeded, failed)

    # -- keep for longer -------------------------------------------------------------------
    @Slot()
    def _on_hold_button_clicked(self) -> None:
        chosen = self.selected()
        if not chosen:
            show_status(self.status, tr(CHOOSE_FIRST))
            return
        retention = self._vault.retention
        ids = [record.person_id for record in chosen]
        today = self._vault.clock.now().date()

        def hold(value: tuple[date, str]) -> None:
            until, reason = value
            for person_id in ids:
                retention.hold_until(person_id, until, reason)

        dialog = HoldDialog(self, len(ids), today)
        run_dialog(dialog, self._tasks, hold, lambda _none: self.reload(), log_dir=self._log_dir)

    # -- delete for good -------------------------------------------------------------------
    @Slot()
    def _on_purge_button_clicked(self) -> None:
        chosen = self.selected()
        if not chosen:
            show_status(self.status, tr(CHOOSE_FIRST))
            return
        retention = self._vault.retention
        ids = [record.person_id for record in chosen]

        def purge(reason: str) -> tuple[list[DeletionCertificate], BaseException | None]:
            """Each record in turn; certificates for those done are kept even if one stops."""
            done: list[DeletionCertificate] = []
            for person_id in ids:
                try:
                    done.append(retention.purge(person_id, reason))
                except Exception as exc:  # handed back with the certificates already made
                    if not done:
                        raise
                    return done, exc
            return done, None

        def purged(outcome: tuple[list[DeletionCertificate], BaseException | None]) -> None:
            certificates, stopped = outcome
            note = ""
            if stopped is not None:
                left = len(ids) - len(certificates)
                note = trn(
                    "%n of the records chosen was not deleted: {reason}",
                    "%n of the records chosen were not deleted: {reason}",
                    left,
                ).format(reason=messages.describe(stopped, self._log_dir))
            self.records_changed.emit()
            if isValid(self):
                self.show_certificates(certificates, note)
                self.reload()

        dialog = PurgeDialog(self, len(ids))
        run_dialog(dialog, self._tasks, purge, purged, log_dir=self._log_dir)

    def show_certificates(self, certificates: list[DeletionCertificate], note: str = "") -> None:
        dialog = CertificateDialog(
            self, self._tasks, certificates, log_dir=self._log_dir, note=note
        )
        self.certificate_dialog = dialog
        dialog.open()

    # -- Qt overrides ----------------------------------------------------------------------
    def done(self, code: int) -> None:
        """Closing empties the list, so no name outlives the dialog."""
        self.model.clear()
        super().done(code)


def open_retention_review(workspace: Workspace) -> RetentionReview:
    """Open the review list over the workspace; the caseload reloads after a deletion."""
    desk = workspace.desk
    review = RetentionReview(desk.vault, desk.tasks, workspace, log_dir=desk.log_dir)
    review.records_changed.connect(workspace.caseload_changed)
    review.open()
    return review
