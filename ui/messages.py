"""Every message box the app shows goes through here.

One wrapper gives three things. The wording rule holds everywhere: a ``UserFacingError``
is shown by its own ``.message``, and anything unexpected becomes one kind, generic sentence
while its type and code location (never its message, which could hold personal data) go to
the private log. No traceback ever reaches the screen. Every box is plain text, so nothing
typed by a person can be rendered as rich text. And tests have one seam: :func:`set_hook`
replaces the modal box with a function, so no test ever waits on a dialog (style reference
R12, after qutebrowser's ``msgbox`` and KeePassXC's ``MessageBox::setNextAnswer``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from womenscentre.diagnostics import log_unexpected
from womenscentre.errors import UserFacingError
from womenscentre.i18n import N_, tr

# The box itself is imported when one is first shown: ``QMessageBox``'s own enums and Qt's
# namespace are slow to build, and the unlock window is drawn before either is needed.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

APP_TITLE = "womenscentre"

UNEXPECTED = N_(
    "Something unexpected went wrong. Anything already saved is safe. "
    "If it happens again, please let whoever looks after this laptop know; "
    "a note for them, with no personal details in it, has been kept."
)


class Kind(Enum):
    INFORMATION = "information"
    WARNING = "warning"
    QUESTION = "question"


@dataclass(frozen=True)
class Shown:
    """One message as it would have been shown; what a test hook receives."""

    kind: Kind
    title: str
    text: str


#: Called instead of a modal box when set; its return value answers questions.
Hook = Callable[[Shown], bool]
_hook: Hook | None = None


def set_hook(hook: Hook | None) -> Hook | None:
    """Replace the modal box with ``hook`` (or restore it with None); returns the old hook."""
    global _hook
    previous, _hook = _hook, hook
    return previous


def information(parent: QWidget | None, text: str, *, title: str = APP_TITLE) -> None:
    _show(parent, Shown(Kind.INFORMATION, title, text))


def warning(parent: QWidget | None, text: str, *, title: str = APP_TITLE) -> None:
    _show(parent, Shown(Kind.WARNING, title, text))


def question(
    parent: QWidget | None,
    text: str,
    *,
    yes: str | None = None,
    no: str | None = None,
    title: str = APP_TITLE,
) -> bool:
    """Ask a yes/no question; the buttons carry plain words rather than OK/Cancel.

    ``yes`` and ``no`` default to the words "Yes" and "No" in the chosen language.
    """
    return _show(parent, Shown(Kind.QUESTION, title, text), yes=yes, no=no)


def text_for(exc: BaseException) -> str:
    """The sentence to show for ``exc``: its own message if it was written for people."""
    if isinstance(exc, UserFacingError):
        return exc.message
    return tr(UNEXPECTED)


def describe(exc: BaseException, log_dir: Path | None) -> str:
    """The words for ``exc``, for a screen that shows them inline; logs it if unexpected."""
    if not isinstance(exc, UserFacingError):
        log_unexpected(exc, log_dir)
    return text_for(exc)


def show_error(parent: QWidget | None, exc: BaseException, log_dir: Path | None) -> None:
    """Show ``exc`` kindly in a box; log it first when it was not one we expected."""
    warning(parent, describe(exc, log_dir))


def install_excepthook(log_dir: Path | None) -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to :func:`show_error`.

    PySide reports an exception escaping a slot through ``sys.excepthook``, so this is the
    last guard between a bug and a traceback on a keyworker's screen. Ctrl+C in a terminal
    still goes to Python's own hook.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, trace: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            previous(kind, exc, trace)
            return
        try:
            show_error(None, exc, log_dir)
        except Exception:
            log_unexpected(exc, log_dir)

    sys.excepthook = hook


def _icon(kind: Kind) -> QMessageBox.Icon:
    from PySide6.QtWidgets import QMessageBox

    icons = {
        Kind.INFORMATION: QMessageBox.Icon.Information,
        Kind.WARNING: QMessageBox.Icon.Warning,
        Kind.QUESTION: QMessageBox.Icon.Question,
    }
    return icons[kind]


def _show(
    parent: QWidget | None, shown: Shown, *, yes: str | None = None, no: str | None = None
) -> bool:
    if _hook is not None:
        return _hook(shown)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(_icon(shown.kind))
    box.setWindowTitle(shown.title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(shown.text)
    box.setAccessibleName(shown.title)
    box.setAccessibleDescription(shown.text)
    if shown.kind is Kind.QUESTION:
        yes = tr("Yes") if yes is None else yes
        no = tr("No") if no is None else no
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
        yes_button.setAccessibleName(yes)
        no_button.setAccessibleName(no)
        box.setDefaultButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button
    ok_text = tr("OK")
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    ok.setAccessibleName(ok_text)
    box.exec()
    return True
