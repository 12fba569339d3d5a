"""The banner that says, on every screen, that this is the fictional training vault.

``womenscentre --demo`` opens a separate vault in its own folder (``demo/`` under the data
folder), flagged as training when it was made. The window shows this banner above every page
(set-up, unlock and the workspace) for as long as it runs in training mode, and also whenever
the vault it unlocked is a training vault. Colours come from the palette's tooltip roles, so
it stands out in any theme without a colour of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from womenscentre.demo import demo_credentials

TRAINING_BANNER = (
    "Training: fictional data. Everyone here is invented, so practise freely: nothing you "
    "do here touches real records."
)
NOT_A_TRAINING_VAULT = (
    "Training mode only opens the fictional training vault, and this folder holds a real "
    "one, so it has been closed again. To work with real records, start womenscentre "
    "without --demo."
)


def sign_in_hint() -> str:
    """Who to sign in as: the training vault's passphrase protects nothing real."""
    try:
        credentials = demo_credentials()
    except (OSError, KeyError, ValueError):
        return ""
    return (
        f" Sign in as {credentials.trainer} (or {credentials.lead} to try the manager's "
        f"screens) with the passphrase “{credentials.passphrase}”."
    )


def training_banner() -> QFrame:
    """A framed, bold line in the palette's tooltip colours; hidden until shown."""
    frame = QFrame()
    frame.setAccessibleName("Training banner")
    frame.setFrameShape(QFrame.Shape.Box)
    frame.setLineWidth(1)
    frame.setAutoFillBackground(True)
    frame.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    frame.setForegroundRole(QPalette.ColorRole.ToolTipText)
    label = QLabel(TRAINING_BANNER + sign_in_hint())
    label.setObjectName("training-banner-text")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.ToolTipText)
    label.setAccessibleName(TRAINING_BANNER)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    layout = QHBoxLayout(frame)
    layout.addWidget(label)
    frame.setVisible(False)
    return frame
