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

from womenscentre.i18n import N_, tr

TRAINING_BANNER = N_(
    "Training: fictional data. Everyone here is invented, so practise freely: nothing you "
    "do here touches real records."
)
NOT_A_TRAINING_VAULT = N_(
    "Training mode only opens the fictional training vault, and this folder holds a real "
    "one, so it has been closed again. To work with real records, start womenscentre "
    "without --demo."
)


def sign_in_hint() -> str:
    """Who to sign in as: the training vault's passphrase protects nothing real."""
    from womenscentre.demo import demo_credentials  # only in training mode: it is heavy

    try:
        credentials = demo_credentials()
    except (OSError, KeyError, ValueError):
        return ""
    hint = tr(
        "Sign in as {trainer} (or {lead} to try the manager's screens) with the passphrase "
        "“{passphrase}”."
    )
    return " " + hint.format(
        trainer=credentials.trainer, lead=credentials.lead, passphrase=credentials.passphrase
    )


class TrainingBanner(QFrame):
    """A framed, bold line in the palette's tooltip colours; hidden until shown.

    Who to sign in as is read from the training vault's file the first time the banner
    shows: outside training mode it never shows, so normal start-up never reads it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Training banner"))
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(1)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel(tr(TRAINING_BANNER))
        self.label.setObjectName("training-banner-text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label.setAccessibleName(tr(TRAINING_BANNER))
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label)
        self._hint_added = False
        super().setVisible(False)

    def setVisible(self, visible: bool) -> None:
        if visible and not self._hint_added:
            self._hint_added = True
            self.label.setText(tr(TRAINING_BANNER) + sign_in_hint())
        super().setVisible(visible)
