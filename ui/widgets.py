"""Small building blocks the screens share, so every one speaks and looks the same.

Each helper sets an accessible name as it builds the widget: a screen reader can then say
what every control is for, and tests can find controls by that name. Nothing sets a colour:
text and panels follow the system palette, so dark mode and high contrast work as the
person has chosen. Text labels are plain text, never rich text, so nothing a person types
can be rendered as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str = "", *, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
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
    edit = QLineEdit()
    edit.setAccessibleName(name)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        # No drag, no context-menu copy: a passphrase should never reach the clipboard.
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        edit.setDragEnabled(False)
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
