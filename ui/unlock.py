"""The unlock screen: a user name, a passphrase and one button.

Unlocking runs the key derivation (about a second), so it goes through the task worker with
a progress bar. Failure is met kindly, in the core's own words: an unknown name and a wrong
passphrase get the same message, by design. After a few failures the core asks for a growing
pause; the screen says so honestly, counts down the seconds against the injectable clock and
keeps the button disabled until the pause is over. The core says how long the next pause
will be with the failure itself (``UnlockFailed.next_wait_seconds``), so the countdown shows
straight after the try that starts it. "Switch user" simply empties both fields. The
passphrase field is emptied as soon as an attempt starts, so it never sits in a widget.

"Forgotten passphrase?" opens the reset with the recovery key, which runs here because it
needs the vault locked. "Restore from a backup…" asks the window to open the guided restore
(a new laptop, or a vault that can no longer be opened), which also needs it locked.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from ui import messages
from ui.language_choice import LanguageLink
from ui.tasks import TaskRunner
from ui.widgets import (
    busy_bar,
    button,
    heading,
    line_edit,
    paragraph,
    show_status,
    status_line,
)
from womenscentre.clock import Clock
from womenscentre.errors import UnlockFailed, UnlockThrottled
from womenscentre.i18n import N_, tr, trn
from womenscentre.paths import VaultPaths

# The services (and SQLAlchemy under them) are imported on the worker, inside the job that
# first needs them, so this page shows without waiting for them.
if TYPE_CHECKING:
    from ui.passphrase import RecoveryReset, ResetWithRecoveryDialog
    from womenscentre.services.unlocked import UnlockedVault

GREETING = N_("Welcome back. Please enter your name and passphrase.")
LOCKED_NOTE = N_("The vault is locked, and everything is saved.")
COUNTDOWN_TICK_MS = 250


def wait_text(seconds: int) -> str:
    return trn(
        "There have been a few unsuccessful tries, so the vault is pausing for a moment. "
        "You can try again in %n second.",
        "There have been a few unsuccessful tries, so the vault is pausing for a moment. "
        "You can try again in %n seconds.",
        seconds,
    )


READY_AGAIN = N_("Thank you for waiting. You can try again now.")


def reset_done_text(username: str) -> str:
    return tr(
        "Done. {username} can now unlock with the passphrase you chose, and she'll be asked "
        "to choose her own straight away."
    ).format(username=username)


def unlock(paths: VaultPaths, username: str, passphrase: str, *, clock: Clock) -> UnlockedVault:
    """The core's unlock, imported the first time it runs (on the worker)."""
    from womenscentre.services.lifecycle import unlock as unlock_vault

    return unlock_vault(paths, username, passphrase, clock=clock)


class UnlockPage(QWidget):
    """Ask who is here and open the vault for her.

    Signals:
        unlocked(object): the ``UnlockedVault`` that has just been opened.
        restore_requested(): she asked to restore the vault from a backup file.
        attempt_started(): an unlock has been handed to the worker; the window uses the
            wait for the key derivation to import what the workspace needs.
    """

    unlocked = Signal(object)
    restore_requested = Signal()
    attempt_started = Signal()

    def __init__(
        self,
        paths: VaultPaths,
        tasks: TaskRunner,
        *,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._tasks = tasks
        self._clock = clock
        self._wait_until: float | None = None
        self._attempting = False
        self.setAccessibleName(tr("Unlock womenscentre"))
        self.name_edit = line_edit(tr("User name"))
        self.passphrase_edit = line_edit(tr("Passphrase"), secret=True)
        self.locked_note = paragraph(tr(LOCKED_NOTE))
        self.locked_note.setVisible(False)
        self.status = status_line(tr("Unlock message"))
        self.wait_line = status_line(tr("Pause before the next try"))
        self.busy = busy_bar(tr("Unlocking the vault"))
        self.unlock_button = button(tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.switch_button = button(tr("S&witch user"))
        self.reset_button = button(tr("&Forgotten passphrase?"), tr("Reset a forgotten passphrase"))
        self.restore_button = button(tr("&Restore from a backup…"), tr("Restore from a backup"))
        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_TICK_MS)
        self._countdown.timeout.connect(self._on_countdown_timeout)
        self._lay_out()
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.switch_button.clicked.connect(self._on_switch_clicked)
        self.reset_button.clicked.connect(self.open_reset)
        self.restore_button.clicked.connect(self.restore_requested)
        self.name_edit.returnPressed.connect(self.passphrase_edit.setFocus)
        self.passphrase_edit.returnPressed.connect(self._on_unlock_clicked)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(tr("User &name"), self.name_edit)
        form.addRow(tr("&Passphrase"), self.passphrase_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        column = QVBoxLayout()
        column.addStretch()
        column.addWidget(heading(tr(GREETING)))
        column.addWidget(self.locked_note)
        column.addLayout(form)
        column.addWidget(self.status)
        column.addWidget(self.wait_line)
        column.addWidget(self.busy)
        column.addLayout(buttons)
        # The other language, where a Welsh speaker looks first; the View menu has it too.
        self.language_link = LanguageLink(self._paths.settings, self._paths.logs, self)
        language_row = QHBoxLayout()
        language_row.addStretch()
        language_row.addWidget(self.language_link)
        column.addLayout(language_row)
        column.addStretch()
        # Keep the form a comfortable width in the middle of a large window.
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, stretch=2)
        outer.addStretch(1)

    # -- what the window asks of this page ---------------------------------------------
    def show_locked(self) -> None:
        """Come back after a lock: keep her name, empty the passphrase, say all is saved."""
        self.passphrase_edit.clear()
        show_status(self.status, "")
        if not self.waiting:
            show_status(self.wait_line, "")
        self.locked_note.setVisible(True)
        self.focus_first_empty()

    def focus_first_empty(self) -> None:
        (self.passphrase_edit if self.name_edit.text() else self.name_edit).setFocus()

    @property
    def waiting(self) -> bool:
        return self._wait_until is not None

    # -- slots -----------------------------------------------------------------------------
    @Slot()
    def _on_switch_clicked(self) -> None:
        self.name_edit.clear()
        self.passphrase_edit.clear()
        self.locked_note.setVisible(False)
        if not self.waiting:
            show_status(self.status, "")
        self.name_edit.setFocus()

    @Slot()
    def _on_unlock_clicked(self) -> None:
        if self._attempting or self.waiting:
            return
        name, passphrase = self.name_edit.text().strip(), self.passphrase_edit.text()
        if not name or not passphrase:
            show_status(self.status, tr("Please enter both your user name and your passphrase."))
            self.focus_first_empty()
            return
        self.passphrase_edit.clear()
        self._set_attempting(True)
        paths, clock = self._paths, self._clock

        def open_vault() -> UnlockedVault:
            return unlock(paths, name, passphrase, clock=clock)

        def close_again(vault: UnlockedVault) -> None:
            vault.lock()  # the window closed first: don't leave it open

        self._tasks.run(
            open_vault, self._on_unlock_succeeded, self._on_unlock_failed, on_discard=close_again
        )
        self.attempt_started.emit()

    def _set_attempting(self, attempting: bool) -> None:
        self._attempting = attempting
        self.busy.setVisible(attempting)
        for widget in (self.name_edit, self.passphrase_edit, self.switch_button):
            widget.setEnabled(not attempting)
        self.unlock_button.setEnabled(not attempting and not self.waiting)
        if attempting:
            show_status(self.status, tr("Opening the vault…"))

    def _on_unlock_succeeded(self, vault: UnlockedVault) -> None:
        self._set_attempting(False)
        show_status(self.status, "")
        self.locked_note.setVisible(False)
        self.unlocked.emit(vault)

    def _on_unlock_failed(self, exc: BaseException) -> None:
        self._set_attempting(False)
        if isinstance(exc, UnlockThrottled):
            show_status(self.status, "")
            self._start_wait(exc.wait_seconds)
        else:
            show_status(self.status, messages.describe(exc, self._paths.logs))
            if isinstance(exc, UnlockFailed) and exc.next_wait_seconds > 0:
                self._start_wait(exc.next_wait_seconds)
        self.passphrase_edit.setFocus()

    # -- the growing pause ---------------------------------------------------------------
    def _start_wait(self, seconds: int) -> None:
        self._wait_until = self._clock.monotonic() + max(1, seconds)
        self.unlock_button.setEnabled(False)
        self._countdown.start()
        self._on_countdown_timeout()

    def seconds_to_wait(self) -> int:
        if self._wait_until is None:
            return 0
        return max(0, math.ceil(self._wait_until - self._clock.monotonic()))

    @Slot()
    def _on_countdown_timeout(self) -> None:
        left = self.seconds_to_wait()
        if left > 0:
            show_status(self.wait_line, wait_text(left))
            return
        self._countdown.stop()
        self._wait_until = None
        self.unlock_button.setEnabled(not self._attempting)
        show_status(self.wait_line, tr(READY_AGAIN))
        self.focus_first_empty()

    # -- reset with the recovery key -----------------------------------------------------
    @Slot()
    def open_reset(self) -> ResetWithRecoveryDialog:
        """A manager, with the key from the centre's safe, gives a colleague a new passphrase."""
        from ui.dialogs import run_dialog
        from ui.passphrase import ResetWithRecoveryDialog

        paths, clock = self._paths, self._clock

        def reset(value: RecoveryReset) -> str:
            from womenscentre.services.lifecycle import reset_with_recovery

            reset_with_recovery(
                paths, value.recovery_key, value.username, value.new_passphrase, clock=clock
            )
            return value.username

        def done(username: str) -> None:
            self.name_edit.setText(username)
            messages.information(self, reset_done_text(username))
            self.focus_first_empty()

        dialog = ResetWithRecoveryDialog(self)
        run_dialog(dialog, self._tasks, reset, done, log_dir=self._paths.logs)
        return dialog
