"""Backups in the app: "Back up now…", the automatic backup on exit, and the reminder.

:class:`BackupDesk` is made once by the window and outlives every unlock. It asks the
core (``vault.backups``) for everything; the window only hands it the vault and asks it
two things: whether a close must wait for the automatic backup (:meth:`hold_close`), and
to open the guided restore.

- **Back up now** asks where to save one file, then runs the backup on the task worker
  with a progress window. The core's own words say what went wrong (a full disk, a folder
  that can't be written to) and that nothing was left behind.
- **On exit**, if a manager has chosen a backup folder, closing the window first backs up
  there with rotation, then locks and closes. If that backup can't be made she is told
  why and may quit anyway: a missing USB stick must never keep the vault open.
- **The reminder** is a calm strip above the screens, for managers, when the last backup
  is older than the centre's setting; its button backs up, and it goes once one is made.

Progress crosses from the worker thread through one Qt signal (:class:`ProgressRelay`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.retention_view import CertificateDialog
from ui.tasks import TaskRunner
from ui.widgets import button, paragraph
from womenscentre.clock import Clock
from womenscentre.diagnostics import log_unexpected
from womenscentre.i18n import N_, tr
from womenscentre.services.backup import BackupReminder, BackupResult, Progress, default_name
from womenscentre.services.backup_file import SUFFIX
from womenscentre.services.restore import RestoreFlow, RestoreResult
from womenscentre.services.unlocked import UnlockedVault

if TYPE_CHECKING:
    from ui.main_window import MainWindow

STAGE_WORDS = {
    "snapshot": N_("Taking a steady copy of the vault…"),
    "seal": N_("Encrypting the backup and saving it…"),
    "decrypt": N_("Opening every part of the backup and checking it…"),
    "check": N_("Checking every record, the audit log and the accounts…"),
    "replace": N_("Keeping a sealed copy of the vault here, then putting the backup in place…"),
}
BACKING_UP = N_("Making a backup")
EXIT_INTRO = N_(
    "Backing up to the centre's backup folder before closing. This usually takes a few "
    "seconds; the app closes by itself when it is done."
)
QUIT_ANYWAY = N_(
    "You can quit anyway: everything is saved in the vault on this laptop, and the next "
    "backup can be made tomorrow. Or stay open, check the folder, and close again."
)


def backup_saved_text(result: BackupResult) -> str:
    megabytes = result.size_bytes / (1024 * 1024)
    return tr(
        "The backup is saved as {path} ({megabytes} MB). It can be restored with "
        "the recovery key, or by a manager of this vault. Please keep it somewhere safe, away "
        "from this laptop."
    ).format(path=result.path, megabytes=f"{megabytes:.1f}")


def choose_backup_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save one backup file. Tests replace this one function."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Save a backup"),
        str(suggested),
        tr("womenscentre backups (*{suffix})").format(suffix=SUFFIX),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


class ProgressRelay(QObject):
    """Carries a core ``Progress`` from the worker thread to the GUI thread."""

    step = Signal(object)

    def emit_step(self, progress: Progress) -> None:
        """Called on the worker thread; Qt queues the signal across to the GUI thread."""
        self.step.emit(progress)


class ProgressDialog(QDialog):
    """A window-modal progress window for a backup or a restore step."""

    def __init__(self, parent: QWidget | None, title: str, intro: str, relay: ProgressRelay):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.intro = paragraph(intro, name=tr("{title}: what is happening").format(title=title))
        self.stage = paragraph(tr("Starting…"), name=tr("{title}: step").format(title=title))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(tr("{title}: progress").format(title=title))
        self.bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        relay.step.connect(self.show_step)

    @Slot(object)
    def show_step(self, progress: Progress) -> None:
        words = tr(STAGE_WORDS.get(progress.stage, N_("Working on it…")))
        self.stage.setText(words)
        self.stage.setAccessibleDescription(words)
        if progress.total > 0:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))

    def reject(self) -> None:
        """Escape doesn't hide the window while the work goes on; it closes by itself."""


class ReminderBanner(QFrame):
    """A calm strip above the screens: when the last backup was made, and a button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Backup reminder"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.text = paragraph("", name=tr("Backup reminder"))
        self.text.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.back_up_button = button(tr("Back up &now…"), tr("Back up now"))
        row = QHBoxLayout(self)
        row.addWidget(self.text, stretch=1)
        row.addWidget(self.back_up_button)
        self.setVisible(False)

    def show_reminder(self, reminder: BackupReminder | None) -> None:
        text = "" if reminder is None else reminder.message
        self.text.setText(text)
        self.text.setAccessibleDescription(text)
        self.setVisible(reminder is not None)


class BackupDesk(QObject):
    """The window's backups: on demand, on exit, the reminder, and the guided restore."""

    def __init__(self, window: MainWindow, tasks: TaskRunner, clock: Clock, log_dir: Path | None):
        super().__init__(window)
        self._window = window
        self._tasks = tasks
        self._clock = clock
        self._log_dir = log_dir
        self.relay = ProgressRelay(self)
        self.banner = ReminderBanner()
        self.banner.back_up_button.clicked.connect(self.back_up_now)
        self.progress: ProgressDialog | None = None
        #: "idle", "running" (the close waits) or "done" (the close goes ahead).
        self.exit_state = "idle"
        window.locked.connect(self._on_window_locked)

    # -- the reminder ----------------------------------------------------------------------
    def attach(self, vault: UnlockedVault) -> None:
        """After unlock: look for a reminder on the worker, for managers only."""
        self.banner.show_reminder(None)
        if vault.user.is_manager:
            self.refresh_reminder(vault)

    def refresh_reminder(self, vault: UnlockedVault) -> None:
        today = self._clock.now().date()

        def shown(reminder: BackupReminder | None) -> None:
            if self._window.vault is vault:
                self.banner.show_reminder(reminder)

        def quiet(exc: BaseException) -> None:
            log_unexpected(exc, self._log_dir)  # a reminder isn't worth a message box

        self._tasks.run(lambda: vault.backups.reminder_due(today), shown, quiet)

    @Slot()
    def _on_window_locked(self) -> None:
        self.banner.show_reminder(None)
        if self.exit_state == "running":
            # Locked while the exit backup ran (the lock waited for it): close as asked.
            self.exit_state = "done"
            self._close_progress()
            self._window.close()

    # -- back up now -----------------------------------------------------------------------
    @Slot()
    def back_up_now(self) -> None:
        vault = self._window.vault
        if vault is None or self._window.privacy_on:
            return
        start = Path.home()
        try:
            folder = vault.settings.get().backup_folder
        except Exception as exc:  # only a starting folder; the home folder will do
            log_unexpected(exc, self._log_dir)
            folder = ""
        if folder and Path(folder).is_dir():
            start = Path(folder)
        target = choose_backup_file(self._window, default_name(self._clock.now(), start))
        if target is None:
            return
        self._start(tr(BACKING_UP), tr("Making one encrypted backup file of the whole vault."))

        def saved(result: BackupResult) -> None:
            self._close_progress()
            messages.information(self._window, backup_saved_text(result))
            self.refresh_reminder(vault)

        self._tasks.run(
            lambda: vault.backups.backup_to(target, progress=self.relay.emit_step),
            saved,
            self._backup_failed,
        )

    def _backup_failed(self, exc: BaseException) -> None:
        self._close_progress()
        messages.warning(self._window, messages.describe(exc, self._log_dir))

    def _start(self, title: str, intro: str) -> ProgressDialog:
        self._close_progress()
        self.progress = ProgressDialog(self._window, title, intro, self.relay)
        self.progress.open()
        return self.progress

    def _close_progress(self) -> None:
        dialog, self.progress = self.progress, None
        if dialog is not None and isValid(dialog):
            dialog.done(QDialog.DialogCode.Accepted)

    # -- the automatic backup on exit ------------------------------------------------------
    def hold_close(self) -> bool:
        """True when the window must stay open for the automatic backup, which then closes it."""
        vault = self._window.vault
        if self.exit_state == "running":
            return True
        if self.exit_state == "done" or vault is None:
            return False
        try:
            wanted = bool(vault.settings.get().backup_folder)
        except Exception as exc:  # settings unreadable: never keep the vault open for this
            log_unexpected(exc, self._log_dir)
            return False
        if not wanted:
            return False
        self.exit_state = "running"
        workspace = self._window.workspace
        if workspace is not None and not self._tasks.busy:
            workspace.flush_drafts()  # what is typed goes into the backup (the worker is idle)
        self._start(tr(BACKING_UP), tr(EXIT_INTRO))
        self._tasks.run(
            lambda: vault.backups.backup_on_exit(progress=self.relay.emit_step),
            self._exit_backup_done,
            self._exit_backup_failed,
        )
        return True

    def _exit_backup_done(self, _result: BackupResult | None) -> None:
        self.exit_state = "done"
        self._close_progress()
        self._window.close()

    def _exit_backup_failed(self, exc: BaseException) -> None:
        self._close_progress()
        text = messages.describe(exc, self._log_dir) + "\n\n" + tr(QUIT_ANYWAY)
        if messages.question(self._window, text, yes=tr("Quit anyway"), no=tr("Stay open")):
            self.exit_state = "done"
            self._window.close()
        else:
            self.exit_state = "idle"

    # -- the guided restore ----------------------------------------------------------------
    @Slot()
    def open_restore(self) -> QDialog | None:
        """The restore wizard: from the unlock screen, first run, or a manager's Centre menu."""
        from ui.restore_wizard import RestoreWizard

        window = self._window
        if window.privacy_on:
            return None
        wizard = RestoreWizard(
            window, window.paths, self._tasks, self._clock, self.relay,
            vault=window.vault, log_dir=self._log_dir,
        )  # fmt: skip
        wizard.replace_requested.connect(self._on_replace_requested)
        wizard.open()
        return wizard

    @Slot(object)
    def _on_replace_requested(self, flow: RestoreFlow) -> None:
        from ui.restore_wizard import REPLACING, restored_text

        window = self._window
        window.lock_now()  # the restore takes the vault's own lock; a no-op when locked
        if window.first_run_page is not None:
            window.first_run_page.discard()  # a vault just set up here lets go of it too
        self._start(
            tr(REPLACING), tr("Restoring the backup. Please leave the app open until it's done.")
        )

        def restored(result: RestoreResult) -> None:
            self._close_progress()
            window.show_unlock_after_restore()
            messages.information(window, restored_text(result))
            if result.purged_again:
                CertificateDialog(
                    window, self._tasks, list(result.purged_again), log_dir=self._log_dir
                ).open()

        def failed(exc: BaseException) -> None:
            flow.close()
            self._backup_failed(exc)

        self._tasks.run(flow.replace, restored, failed)
