"""The first time the app opens on a laptop: set up the vault and its first manager.

Three short steps, each a page of one ``QStackedWidget``:

1. a warm welcome that says what the app is, and the first manager's user name and
   passphrase (typed twice, with the passphrase advice shown as she types);
2. the recovery key, large and monospaced, with what it is for and where to keep it;
3. a check that the key really was written down: she types its last two groups back.

The vault is created on the task worker (Argon2id calibration takes about a second) while a
progress bar runs. Until the check passes the new vault is held here, unlocked; the window
locks it with :meth:`FirstRunPage.discard` if it closes first. The recovery key is never
written anywhere by the app; the label holding it is emptied as soon as the check passes.
Idle auto-lock is not armed during these steps: locking would lose the only sight of the key.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.language_choice import LanguageLink
from ui.recovery_key import RecoveryKeyCheck
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
from womenscentre.errors import InvalidInput
from womenscentre.i18n import N_, tr
from womenscentre.passphrase_policy import check_passphrase
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import NewVault, create_vault, validate_username

WELCOME = N_(
    "womenscentre keeps the centre's case notes safe on this laptop. Everything is "
    "encrypted and nothing leaves this computer. Setting it up takes a couple of minutes."
)
WHO = N_(
    "First, the manager who looks after the vault chooses a user name and a passphrase. "
    "You can add colleagues afterwards."
)
MOVING = N_(
    "Moving from another laptop? Restore the centre's backup instead, with the recovery key."
)
MISMATCH = N_("The two passphrases don't match yet.")
LOOKS_GOOD = N_("That passphrase looks good.")
CREATING = N_("Setting up the vault. This takes a moment…")


class FirstRunPage(QWidget):
    """Set up a new vault and its first manager.

    Signals:
        finished(object): the new ``UnlockedVault``, once the recovery key has been checked.
        restore_requested(): she has a backup from another laptop and wants it here instead.
    """

    finished = Signal(object)
    restore_requested = Signal()

    def __init__(
        self,
        paths: VaultPaths,
        tasks: TaskRunner,
        *,
        clock: Clock,
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._tasks = tasks
        self._clock = clock
        self._training = training
        self._created: NewVault | None = None
        self.setAccessibleName(tr("Setting up womenscentre"))
        self.steps = QStackedWidget()
        self.steps.setAccessibleName(tr("Set-up steps"))
        self.steps.addWidget(self._build_form_step())
        self.key_check = RecoveryKeyCheck()
        self.key_check.confirmed.connect(self._on_key_check_confirmed)
        self.steps.addWidget(self.key_check)
        # The key's widgets by name, as the steps' tests and keyboard path know them.
        self.key_label = self.key_check.key_label
        self.kept_button = self.key_check.kept_button
        self.print_button = self.key_check.print_button
        self.check_edit = self.key_check.check_edit
        self.check_status = self.key_check.check_status
        self.back_button = self.key_check.back_button
        self.finish_button = self.key_check.finish_button
        # A comfortable reading width in the middle of a large window, at any text size.
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.steps, stretch=4)
        layout.addStretch(1)
        self._on_form_edited()

    # -- building ------------------------------------------------------------------------
    def _build_form_step(self) -> QWidget:
        page = QWidget()
        self.name_edit = line_edit(tr("Your user name"))
        self.name_edit.setPlaceholderText(tr("for example sam.k"))
        self.passphrase_edit = line_edit(tr("Choose a passphrase"), secret=True)
        self.confirm_edit = line_edit(tr("Type the passphrase again"), secret=True)
        self.advice = paragraph("", name=tr("Passphrase advice"))
        self.form_status = status_line(tr("Set-up message"))
        self.create_busy = busy_bar(tr("Setting up the vault"))
        self.create_button = button(tr("&Set up the vault"))
        self.create_button.setDefault(True)
        self.restore_button = button(tr("&Restore from a backup…"), tr("Restore from a backup"))
        form = QFormLayout()
        form.addRow(tr("Your &user name"), self.name_edit)
        form.addRow(tr("&Passphrase"), self.passphrase_edit)
        form.addRow(tr("Passphrase &again"), self.confirm_edit)
        layout = QVBoxLayout(page)
        # The other language first, so a Welsh speaker can switch before reading on.
        self.language_link = LanguageLink(self._paths.settings, self._paths.logs, self)
        layout.addWidget(self.language_link, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(heading(tr("Welcome to womenscentre")))
        layout.addWidget(paragraph(tr(WELCOME)))
        layout.addWidget(paragraph(tr(WHO)))
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.form_status)
        layout.addWidget(self.create_busy)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addWidget(paragraph(tr(MOVING)))
        layout.addWidget(self.restore_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch()
        for edit in (self.name_edit, self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._on_form_edited)
            edit.returnPressed.connect(self._on_create_clicked)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.restore_button.clicked.connect(self.restore_requested)
        return page

    # -- step 1: the first manager ------------------------------------------------------
    def _form_problem(self) -> str | None:
        """The first thing to change before the vault can be made, or None."""
        try:
            name = validate_username(self.name_edit.text())
        except InvalidInput as exc:
            return exc.message if self.name_edit.text() else ""
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            return ""
        advice = check_passphrase(passphrase, username=name)
        if advice:
            return advice
        if self.confirm_edit.text() != passphrase:
            return tr(MISMATCH) if self.confirm_edit.text() else ""
        return None

    @Slot()
    def _on_form_edited(self) -> None:
        problem = self._form_problem()
        self.advice.setText(tr(LOOKS_GOOD) if problem is None else problem)
        self.advice.setAccessibleDescription(self.advice.text())
        self.create_button.setEnabled(problem is None and not self._tasks.busy)

    @Slot()
    def _on_create_clicked(self) -> None:
        if self._form_problem() is not None or self._created is not None or self._tasks.busy:
            return
        name, passphrase = self.name_edit.text().strip(), self.passphrase_edit.text()
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self._set_creating(True)
        paths, clock, training = self._paths, self._clock, self._training
        self._tasks.run(
            lambda: create_vault(paths, name, passphrase, clock=clock, training=training),
            self._on_vault_created,
            self._on_create_failed,
            on_discard=lambda created: created.vault.lock(),  # the window closed first
        )

    def _set_creating(self, creating: bool) -> None:
        for widget in (self.name_edit, self.passphrase_edit, self.confirm_edit):
            widget.setEnabled(not creating)
        self.create_busy.setVisible(creating)
        self.create_button.setEnabled(False)
        show_status(self.form_status, tr(CREATING) if creating else "")

    def _on_vault_created(self, created: NewVault) -> None:
        self._set_creating(False)
        self._created = created
        self.steps.setCurrentWidget(self.key_check)
        self.key_check.show_key(created.recovery_key)

    def _on_create_failed(self, exc: BaseException) -> None:
        self._set_creating(False)
        self._on_form_edited()
        show_status(self.form_status, messages.describe(exc, self._paths.logs))
        self.passphrase_edit.setFocus()

    # -- steps 2 and 3: the recovery key ------------------------------------------------
    @Slot()
    def _on_key_check_confirmed(self) -> None:
        if self._created is None:
            return
        vault = self._created.vault
        self._created = None
        self.finished.emit(vault)

    def discard(self) -> None:
        """Lock a vault made here but not yet handed on (the window is closing)."""
        created, self._created = self._created, None
        self.key_check.forget()
        if created is not None:
            with suppress(Exception):
                created.vault.lock()
