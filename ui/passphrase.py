"""Choosing a passphrase: her own after a reset or a first sign-in, and a reset by recovery key.

- :class:`ChangePassphraseDialog` changes the signed-in person's passphrase. When the core says
  she must (``vault.must_change_passphrase``: a manager has just added her, or reset her with
  the recovery key), the window opens it before anything else; the only other way out is to
  lock ("Lock instead", or Escape).
- :class:`ResetWithRecoveryDialog` is opened from the unlock screen: with the recovery key
  from the centre's safe, a manager gives a colleague a new passphrase. It has to run while
  the vault is locked, because the core opens the vault file itself to do it.

Passphrase fields never keep their text after a job starts, and never allow copying.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from ui.dialogs import FormDialog
from ui.widgets import line_edit, monospace, paragraph
from womenscentre.i18n import N_, tr
from womenscentre.passphrase_policy import check_passphrase

MISMATCH = N_("The two new passphrases don't match yet.")
LOOKS_GOOD = N_("That passphrase looks good.")
MUST_CHANGE = N_(
    "Welcome. Before you start, please choose a passphrase of your own. Only you will know "
    "it: not even a manager can see it. Three random words strung together work well."
)
CHANGE_INTRO = N_("Choose a new passphrase. Three random words strung together work well.")
RESET_INTRO = N_(
    "If a colleague has forgotten her passphrase, you can give her a new one with the "
    "recovery key from the centre's safe. She'll be asked to choose her own the next time "
    "she unlocks."
)


def advice_for(passphrase: str, again: str, username: str) -> str | None:
    """What to change about a new passphrase pair, "" while it is still empty, None if good."""
    if not passphrase:
        return ""
    problem = check_passphrase(passphrase, username=username)
    if problem:
        return problem
    if again != passphrase:
        return tr(MISMATCH) if again else ""
    return None


class _NewPassphraseDialog(FormDialog):
    """A form ending in "new passphrase" and "again", with advice shown as she types."""

    def _add_new_passphrase_rows(self) -> None:
        self.new_edit = line_edit(tr("New passphrase"), secret=True)
        self.again_edit = line_edit(tr("New passphrase again"), secret=True)
        self.advice = paragraph("", name=tr("Passphrase advice"))
        self.form.addRow(tr("&New passphrase"), self.new_edit)
        self.form.addRow(tr("New passphrase a&gain"), self.again_edit)
        self.extra.addWidget(self.advice)
        for edit in (self.new_edit, self.again_edit):
            edit.textChanged.connect(self._on_passphrase_edited)

    def username(self) -> str:
        return ""

    def passphrase_problem(self) -> str | None:
        return advice_for(self.new_edit.text(), self.again_edit.text(), self.username())

    @Slot()
    def _on_passphrase_edited(self) -> None:
        problem = self.passphrase_problem()
        self.advice.setText(tr(LOOKS_GOOD) if problem is None else problem)
        self.advice.setAccessibleDescription(self.advice.text())

    def clear_secrets(self) -> None:
        for edit in self.findChildren(type(self.new_edit)):
            if edit.echoMode() == edit.EchoMode.Password:
                edit.clear()


@dataclass(frozen=True)
class PassphraseChange:
    old: str
    new: str


class ChangePassphraseDialog(_NewPassphraseDialog):
    """She chooses a new passphrase; ``forced`` after a reset or a first sign-in."""

    def __init__(self, parent: QWidget | None, username: str, *, forced: bool = False) -> None:
        super().__init__(
            parent,
            title=tr("Choose your passphrase"),
            intro=tr(MUST_CHANGE) if forced else tr(CHANGE_INTRO),
            ok_text=tr("&Save my passphrase"),
        )
        self._username = username
        self.forced = forced
        self.old_edit = line_edit(
            tr("The passphrase you were given") if forced else tr("Current passphrase"),
            secret=True,
        )
        self.form.addRow(
            tr("The passphrase you were &given") if forced else tr("&Current passphrase"),
            self.old_edit,
        )
        self._add_new_passphrase_rows()
        if forced:  # the only ways past this are a new passphrase, locking, or quitting
            self.cancel_button.setText(tr("&Lock instead"))
            self.cancel_button.setAccessibleName(tr("Lock instead"))
        for edit in (self.old_edit, self.new_edit, self.again_edit):
            edit.returnPressed.connect(self.ok_button.click)

    def username(self) -> str:
        return self._username

    def problem(self) -> str | None:
        if not self.old_edit.text():
            return tr("Please type the passphrase you unlocked with.")
        problem = self.passphrase_problem()
        if problem is None:
            return None
        return problem or tr("Please choose a new passphrase.")

    def value(self) -> PassphraseChange:
        change = PassphraseChange(self.old_edit.text(), self.new_edit.text())
        self.clear_secrets()
        return change


@dataclass(frozen=True)
class RecoveryReset:
    recovery_key: str
    username: str
    new_passphrase: str


class ResetWithRecoveryDialog(_NewPassphraseDialog):
    """From the unlock screen: the recovery key, her user name, and a passphrase for today."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent,
            title=tr("Reset a passphrase with the recovery key"),
            intro=tr(RESET_INTRO),
            ok_text=tr("&Reset her passphrase"),
        )
        self.key_edit = line_edit(tr("Recovery key"), secret=True)
        self.key_edit.setFont(monospace())
        self.key_edit.setPlaceholderText(tr("the groups of four from the printed key"))
        self.name_edit = line_edit(tr("Her user name"))
        self.form.addRow(tr("&Recovery key"), self.key_edit)
        self.form.addRow(tr("Her &user name"), self.name_edit)
        self._add_new_passphrase_rows()
        self.name_edit.textChanged.connect(self._on_passphrase_edited)

    def username(self) -> str:
        return self.name_edit.text().strip()

    def problem(self) -> str | None:
        if not self.key_edit.text().strip():
            return tr("Please type the recovery key from the printed copy.")
        if not self.username():
            return tr("Please type the user name of the colleague who needs a new passphrase.")
        problem = self.passphrase_problem()
        if problem is None:
            return None
        return problem or tr("Please choose a passphrase for her to use today.")

    def value(self) -> RecoveryReset:
        reset = RecoveryReset(self.key_edit.text(), self.username(), self.new_edit.text())
        self.clear_secrets()
        return reset
