"""Small building blocks the screens share, so every one speaks and looks the same.

Each helper sets an accessible name as it builds the widget: a screen reader can then say
what every control is for, and tests can find controls by that name. Nothing sets a colour:
text and panels follow the system palette, so dark mode and high contrast work as the
person has chosen. Text labels are plain text, never rich text, so nothing a person types
can be rendered as markup (:class:`PlainLabel`).

Nothing here touches ``Qt``'s own namespace until it must: PySide builds all of its enums,
about 150 of them, the first time any is used, which costs about 20 ms. The unlock window is
made from these helpers, and it is drawn before that cost is paid (issue #9's cold start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent

#: What Qt needs to see before it reads a label's text as markup: a tag, or an entity.
_MARKUP_SIGNS = ("<", "&")


def could_be_markup(text: str) -> bool:
    """Whether Qt might read ``text`` as rich text (``Qt::mightBeRichText`` needs a ``<``,
    or ``&lt;``, to say yes); text without either is always shown as it is written."""
    return any(sign in text for sign in _MARKUP_SIGNS)


class PlainLabel(QLabel):
    """A label that shows whatever it is given as plain text, never as markup.

    Its text format is set to plain only once it holds text Qt could read as markup: until
    then Qt already shows the text plainly, and leaving the format alone means making the
    label needn't build Qt's enums (see the module's note).
    """

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.setText(text)

    def setText(self, text: str) -> None:
        if could_be_markup(text):
            from PySide6.QtCore import Qt

            self.setTextFormat(Qt.TextFormat.PlainText)
        super().setText(text)


class SecretLineEdit(QLineEdit):
    """A passphrase field: its characters hidden, no drag, and no context menu.

    With no menu there is no "Copy" or "Paste" to reach for, so a passphrase never goes to
    the clipboard from here. (Qt's ``NoContextMenu`` policy would do the same, but reading
    it builds all of Qt's enums before the unlock window is drawn.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setDragEnabled(False)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        event.accept()


def heading(text: str) -> QLabel:
    label = PlainLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str = "", *, name: str | None = None) -> QLabel:
    label = PlainLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name or text)
    return label


def status_line(name: str) -> QLabel:
    """A line for kind feedback under a form; screen readers hear it through its name."""
    label = paragraph("", name=name)
    label.setVisible(False)
    return label


def show_status(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleDescription(text)
    label.setVisible(bool(text))


def line_edit(name: str, *, secret: bool = False) -> QLineEdit:
    edit = SecretLineEdit() if secret else QLineEdit()
    edit.setAccessibleName(name)
    return edit


def button(text: str, name: str | None = None) -> QPushButton:
    push = QPushButton(text)
    push.setAccessibleName(name or text.replace("&", ""))
    return push


def busy_bar(name: str) -> QProgressBar:
    """An indeterminate progress bar, hidden until a background job is running."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName(name)
    bar.setVisible(False)
    return bar


def monospace(size_factor: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if size_factor != 1.0:
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * size_factor)
    return font
