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

import re
from contextlib import suppress

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.tasks import TaskRunner
from ui.widgets import (
    busy_bar,
    button,
    heading,
    line_edit,
    monospace,
    paragraph,
    show_status,
    status_line,
)
from womenscentre.clock import Clock
from womenscentre.errors import InvalidInput
from womenscentre.passphrase_policy import check_passphrase
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import NewVault, create_vault, validate_username

WELCOME = (
    "womenscentre keeps the centre's case notes safe on this laptop. Everything is "
    "encrypted and nothing leaves this computer. Setting it up takes a couple of minutes."
)
WHO = (
    "First, the manager who looks after the vault chooses a user name and a passphrase. "
    "You can add colleagues afterwards."
)
KEY_WHAT = (
    "This is the vault's recovery key. It is shown only this once: womenscentre never stores "
    "it, so nobody can find it on this laptop."
)
KEY_WHY = (
    "With it, a manager can give a colleague a new passphrase if she forgets hers, and "
    "restore a backup onto a new laptop. Without it, a forgotten passphrase can't be reset."
)
KEY_WHERE = (
    "Please print it or write it down now, and keep it somewhere safe away from this laptop, "
    "such as the centre's safe."
)
CHECK_ASK = (
    "To be sure the key is safely kept, please type its last two groups of four characters "
    "from your copy, for example ABCD-EFGH."
)
CHECK_WRONG = (
    "That doesn't quite match the key. Please look again at the last two groups on your "
    "copy and try once more. There's no rush."
)
MISMATCH = "The two passphrases don't match yet."
LOOKS_GOOD = "That passphrase looks good."
CREATING = "Setting up the vault. This takes a moment…"

# Crockford base32 forgives letters that look like digits (design of the recovery key).
_CROCKFORD = str.maketrans({"O": "0", "I": "1", "L": "1"})


def normalise_groups(text: str) -> str:
    """Upper-case, without spaces or dashes, with look-alike letters read as digits."""
    return re.sub(r"[\s-]+", "", text).upper().translate(_CROCKFORD)


def last_two_groups(key: str) -> str:
    groups = [g for g in re.split(r"[\s-]+", key.strip()) if g]
    return "".join(groups[-2:])


def key_for_display(key: str, per_line: int = 7) -> str:
    groups = key.split("-")
    lines = ["-".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line)]
    return "\n".join(lines)


class FirstRunPage(QWidget):
    """Set up a new vault and its first manager.

    Signals:
        finished(object): the new ``UnlockedVault``, once the recovery key has been checked.
    """

    finished = Signal(object)

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
        self.setAccessibleName("Setting up womenscentre")
        self.steps = QStackedWidget()
        self.steps.setAccessibleName("Set-up steps")
        self.steps.addWidget(self._build_form_step())
        self.steps.addWidget(self._build_key_step())
        self.steps.addWidget(self._build_check_step())
        # A comfortable reading width in the middle of a large window, at any text size.
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.steps, stretch=4)
        layout.addStretch(1)
        self._on_form_edited()

    # -- building ------------------------------------------------------------------------
    def _build_form_step(self) -> QWidget:
        page = QWidget()
        self.name_edit = line_edit("Your user name")
        self.name_edit.setPlaceholderText("for example sam.k")
        self.passphrase_edit = line_edit("Choose a passphrase", secret=True)
        self.confirm_edit = line_edit("Type the passphrase again", secret=True)
        self.advice = paragraph("", name="Passphrase advice")
        self.form_status = status_line("Set-up message")
        self.create_busy = busy_bar("Setting up the vault")
        self.create_button = button("&Set up the vault")
        self.create_button.setDefault(True)
        form = QFormLayout()
        form.addRow("Your &user name", self.name_edit)
        form.addRow("&Passphrase", self.passphrase_edit)
        form.addRow("Passphrase &again", self.confirm_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(heading("Welcome to womenscentre"))
        layout.addWidget(paragraph(WELCOME))
        layout.addWidget(paragraph(WHO))
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.form_status)
        layout.addWidget(self.create_busy)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addStretch()
        for edit in (self.name_edit, self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._on_form_edited)
            edit.returnPressed.connect(self._on_create_clicked)
        self.create_button.clicked.connect(self._on_create_clicked)
        return page

    def _build_key_step(self) -> QWidget:
        page = QWidget()
        self.key_label = QLabel()
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setFont(monospace(1.6))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not selectable: the key should go to paper, never to the clipboard.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName("Recovery key")
        self.print_button = button("&Print the key…", "Print the recovery key")
        self.print_button.setVisible(_can_print())
        self.kept_button = button("I've kept it safe. &Continue", "Continue")
        self.kept_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(self.kept_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading("Your recovery key"))
        layout.addWidget(paragraph(KEY_WHAT))
        layout.addWidget(self.key_label)
        layout.addWidget(paragraph(KEY_WHY))
        layout.addWidget(paragraph(KEY_WHERE))
        layout.addLayout(buttons)
        layout.addStretch()
        self.print_button.clicked.connect(self._on_print_clicked)
        self.kept_button.clicked.connect(self._on_kept_clicked)
        return page

    def _build_check_step(self) -> QWidget:
        page = QWidget()
        self.check_edit = line_edit("Last two groups of the recovery key")
        self.check_edit.setPlaceholderText("ABCD-EFGH")
        self.check_edit.setFont(monospace(1.3))
        self.check_status = status_line("Recovery key check message")
        self.back_button = button("&Show the key again")
        self.finish_button = button("Check and &finish")
        self.finish_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading("One last check"))
        layout.addWidget(paragraph(CHECK_ASK))
        layout.addWidget(self.check_edit)
        layout.addWidget(self.check_status)
        layout.addLayout(buttons)
        layout.addStretch()
        self.back_button.clicked.connect(self._on_back_clicked)
        self.finish_button.clicked.connect(self._on_finish_clicked)
        self.check_edit.returnPressed.connect(self._on_finish_clicked)
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
            return MISMATCH if self.confirm_edit.text() else ""
        return None

    @Slot()
    def _on_form_edited(self) -> None:
        problem = self._form_problem()
        self.advice.setText(LOOKS_GOOD if problem is None else problem)
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
        show_status(self.form_status, CREATING if creating else "")

    def _on_vault_created(self, created: NewVault) -> None:
        self._set_creating(False)
        self._created = created
        self.key_label.setText(key_for_display(created.recovery_key))
        self.steps.setCurrentIndex(1)
        self.kept_button.setFocus()

    def _on_create_failed(self, exc: BaseException) -> None:
        self._set_creating(False)
        self._on_form_edited()
        show_status(self.form_status, messages.describe(exc, self._paths.logs))
        self.passphrase_edit.setFocus()

    # -- steps 2 and 3: the recovery key ------------------------------------------------
    @Slot()
    def _on_kept_clicked(self) -> None:
        self.check_edit.clear()
        show_status(self.check_status, "")
        self.steps.setCurrentIndex(2)
        self.check_edit.setFocus()

    @Slot()
    def _on_back_clicked(self) -> None:
        self.steps.setCurrentIndex(1)
        self.kept_button.setFocus()

    @Slot()
    def _on_finish_clicked(self) -> None:
        if self._created is None:
            return
        typed = normalise_groups(self.check_edit.text())
        if typed != normalise_groups(last_two_groups(self._created.recovery_key)):
            show_status(self.check_status, CHECK_WRONG)
            self.check_edit.selectAll()
            self.check_edit.setFocus()
            return
        vault = self._created.vault
        self._forget_key()
        self.finished.emit(vault)

    @Slot()
    def _on_print_clicked(self) -> None:
        if self._created is not None:
            _print_key(self, key_for_display(self._created.recovery_key, per_line=4))

    def _forget_key(self) -> None:
        self._created = None
        self.key_label.clear()
        self.check_edit.clear()

    def discard(self) -> None:
        """Lock a vault made here but not yet handed on (the window is closing)."""
        created, self._created = self._created, None
        self.key_label.clear()
        if created is not None:
            with suppress(Exception):
                created.vault.lock()


def _can_print() -> bool:
    try:
        from PySide6 import QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


def _print_key(parent: QWidget, key: str) -> None:
    """Print through the system dialog, with "print to file" turned off.

    Printing to a PDF would leave the key in a plaintext file on this laptop, the one place
    it must never be. (The print system may still spool the page briefly while printing.)
    """
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setWindowTitle("Print the recovery key")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        messages.warning(parent, "Please choose a printer, so the key isn't saved to a file.")
        return
    document = QTextDocument()
    document.setDefaultFont(monospace(1.4))
    document.setPlainText(
        f"womenscentre recovery key\n\n{key}\n\n{KEY_WHY}\n\nKeep this page in the centre's safe."
    )
    document.print_(printer)
