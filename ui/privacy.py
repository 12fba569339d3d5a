"""The privacy screen: a calm, plain panel that hides the window's contents at once.

For when someone walks into the room. Nothing is locked or closed, so the same key brings
everything straight back. The panel says nothing about what it hides, and uses only the
system palette's window colour, so it looks like an idle app rather than a hidden one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.widgets import paragraph
from womenscentre.i18n import tr


def privacy_text(keys: QKeySequence) -> str:
    shortcut = keys.toString(QKeySequence.SequenceFormat.NativeText)
    return tr("The screen is hidden for now. Press {shortcut} to bring it back.").format(
        shortcut=shortcut
    )


class PrivacyPanel(QWidget):
    def __init__(self, keys: QKeySequence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Privacy screen"))
        # It takes the focus, so no hidden field keeps receiving typing.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.note = paragraph(privacy_text(keys))
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.note)
        layout.addStretch()
