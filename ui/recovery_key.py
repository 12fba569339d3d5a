"""Showing a recovery key once, and checking it was written down: one widget, used twice.

First run shows the vault's first key with it, and a manager's "make a new recovery key"
shows the replacement with it, so both say the same words and make the same check:

1. the key, large and monospaced, with what it is for and where to keep it (and a way to
   print it that refuses to print to a file);
2. a check that it really was kept: she types its last two groups back from her copy.

The key is never written anywhere by the app, and :meth:`RecoveryKeyCheck.forget` empties
the label holding it once the check has passed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ui import messages
from ui.dialogs import FormDialog
from ui.widgets import button, heading, line_edit, monospace, paragraph, show_status, status_line
from womenscentre.i18n import N_, tr

KEY_WHAT = N_(
    "This is the vault's recovery key. It is shown only this once: womenscentre never stores "
    "it, so nobody can find it on this laptop."
)
KEY_WHY = N_(
    "With it, a manager can give a colleague a new passphrase if she forgets hers, and "
    "restore a backup onto a new laptop. Without it, a forgotten passphrase can't be reset."
)
KEY_WHERE = N_(
    "Please print it or write it down now, and keep it somewhere safe away from this laptop, "
    "such as the centre's safe."
)
CHECK_ASK = N_(
    "To be sure the key is safely kept, please type its last two groups of four characters "
    "from your copy, for example ABCD-EFGH."
)
CHECK_WRONG = N_(
    "That doesn't quite match the key. Please look again at the last two groups on your "
    "copy and try once more. There's no rush."
)
REPLACE_INTRO = N_(
    "This makes a new recovery key for the centre's safe. The old key stops working straight "
    "away, so please have paper ready, or a printer, before you go on."
)

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


class RecoveryKeyCheck(QStackedWidget):
    """The key, then the type-back check; index 0 and 1.

    Signals:
        confirmed(): she typed the right groups back; the key has been forgotten here.
    """

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Recovery key steps"))
        self._key: str | None = None
        self.addWidget(self._build_key_step())
        self.addWidget(self._build_check_step())

    def _build_key_step(self) -> QWidget:
        page = QWidget()
        self.key_label = QLabel()
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setFont(monospace(1.6))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Not selectable: the key should go to paper, never to the clipboard.
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(tr("Recovery key"))
        self.print_button = button(tr("&Print the key…"), tr("Print the recovery key"))
        self.print_button.setVisible(_can_print())
        self.kept_button = button(tr("I've kept it safe. &Continue"), tr("Continue"))
        self.kept_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch()
        buttons.addWidget(self.kept_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(tr("Your recovery key")))
        layout.addWidget(paragraph(tr(KEY_WHAT)))
        layout.addWidget(self.key_label)
        layout.addWidget(paragraph(tr(KEY_WHY)))
        layout.addWidget(paragraph(tr(KEY_WHERE)))
        layout.addLayout(buttons)
        layout.addStretch()
        self.print_button.clicked.connect(self._on_print_clicked)
        self.kept_button.clicked.connect(self._on_kept_clicked)
        return page

    def _build_check_step(self) -> QWidget:
        page = QWidget()
        self.check_edit = line_edit(tr("Last two groups of the recovery key"))
        self.check_edit.setPlaceholderText("ABCD-EFGH")
        self.check_edit.setFont(monospace(1.3))
        self.check_status = status_line(tr("Recovery key check message"))
        self.back_button = button(tr("&Show the key again"))
        self.finish_button = button(tr("Check and &finish"))
        self.finish_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch()
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.addWidget(heading(tr("One last check")))
        layout.addWidget(paragraph(tr(CHECK_ASK)))
        layout.addWidget(self.check_edit)
        layout.addWidget(self.check_status)
        layout.addLayout(buttons)
        layout.addStretch()
        self.back_button.clicked.connect(self._on_back_clicked)
        self.finish_button.clicked.connect(self._on_finish_clicked)
        self.check_edit.returnPressed.connect(self._on_finish_clicked)
        return page

    # -- what the owner asks ---------------------------------------------------------------
    def show_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(key_for_display(key))
        self.check_edit.clear()
        show_status(self.check_status, "")
        self.setCurrentIndex(0)
        self.kept_button.setFocus()

    def forget(self) -> None:
        self._key = None
        self.key_label.clear()
        self.check_edit.clear()

    @property
    def holds_key(self) -> bool:
        return self._key is not None

    # -- slots -----------------------------------------------------------------------------
    @Slot()
    def _on_kept_clicked(self) -> None:
        self.check_edit.clear()
        show_status(self.check_status, "")
        self.setCurrentIndex(1)
        self.check_edit.setFocus()

    @Slot()
    def _on_back_clicked(self) -> None:
        self.setCurrentIndex(0)
        self.kept_button.setFocus()

    @Slot()
    def _on_finish_clicked(self) -> None:
        if self._key is None:
            return
        typed = normalise_groups(self.check_edit.text())
        if typed != normalise_groups(last_two_groups(self._key)):
            show_status(self.check_status, tr(CHECK_WRONG))
            self.check_edit.selectAll()
            self.check_edit.setFocus()
            return
        self.forget()
        self.confirmed.emit()

    @Slot()
    def _on_print_clicked(self) -> None:
        if self._key is not None:
            _print_key(self, key_for_display(self._key, per_line=4))


class NewRecoveryKeyDialog(FormDialog):
    """A manager replaces the recovery key: confirm, see the new key once, type it back."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent,
            title=tr("Make a new recovery key"),
            intro=tr(REPLACE_INTRO),
            ok_text=tr("&Make a new key"),
        )
        self.key_check = RecoveryKeyCheck()
        self.key_check.setVisible(False)
        self.extra.addWidget(self.key_check)
        self.key_check.confirmed.connect(self._on_key_check_confirmed)

    def show_key(self, key: str) -> None:
        """The core made the key: show it in place of the question, until it is checked."""
        self.intro.setVisible(False)
        self.ok_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.key_check.setVisible(True)
        self.key_check.show_key(key)
        self.adjustSize()

    def reject(self) -> None:
        if self.key_check.holds_key and not messages.question(
            self,
            tr(
                "The new key has been made and the old one no longer works. Have you written "
                "this one down?"
            ),
            yes=tr("Yes, close"),
            no=tr("Go back to it"),
        ):
            return
        self.key_check.forget()
        super().reject()

    @Slot()
    def _on_key_check_confirmed(self) -> None:
        self.done(QDialog.DialogCode.Accepted)


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
    dialog.setWindowTitle(tr("Print the recovery key"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
        messages.warning(parent, tr("Please choose a printer, so the key isn't saved to a file."))
        return
    document = QTextDocument()
    document.setDefaultFont(monospace(1.4))
    page = [
        tr("womenscentre recovery key"),
        key,
        tr(KEY_WHY),
        tr("Keep this page in the centre's safe."),
    ]
    document.setPlainText("\n\n".join(page))
    document.print_(printer)
