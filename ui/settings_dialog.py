"""The centre's settings, for a manager: its name, the idle lock and the clipboard.

The core signs them with the manager key, so editing the database file can't switch the
idle lock off. The window applies them as soon as they are saved, and at every unlock.
Backup settings join this dialog with the backup capability.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QSpinBox, QWidget

from ui.dialogs import FormDialog
from ui.widgets import line_edit
from womenscentre.domain.settings import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, CentreSettings

SETTINGS_INTRO = (
    "These apply to everyone who uses womenscentre on this laptop. A shorter idle lock keeps "
    "records safer on a shared screen."
)
TAMPERED = (
    "The saved settings couldn't be checked, so the safe defaults are in use. Saving here "
    "sets them again."
)


class SettingsDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, current: CentreSettings, *, tampered: bool = False
    ) -> None:
        super().__init__(
            parent,
            title="Centre settings",
            intro=SETTINGS_INTRO + (f"\n\n{TAMPERED}" if tampered else ""),
            ok_text="&Save settings",
        )
        self.name_edit = line_edit("Organisation name")
        self.name_edit.setMaxLength(120)
        self._current = current
        self.name_edit.setText(current.organisation_name)
        self.idle_box = QSpinBox()
        self.idle_box.setAccessibleName("Lock after this many idle minutes")
        self.idle_box.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_box.setSuffix(" minutes")
        self.idle_box.setValue(current.idle_lock_minutes)
        self.clipboard_box = QSpinBox()
        self.clipboard_box.setAccessibleName("Clear copied text after this many seconds")
        self.clipboard_box.setRange(5, 300)
        self.clipboard_box.setSingleStep(5)
        self.clipboard_box.setSuffix(" seconds")
        self.clipboard_box.setValue(current.clipboard_clear_seconds)
        self.form.addRow("&Organisation name", self.name_edit)
        self.form.addRow("&Lock when nobody has used it for", self.idle_box)
        self.form.addRow("&Clear copied text after", self.clipboard_box)
        self.name_edit.setFocus()

    def value(self) -> CentreSettings:
        """The settings shown here changed, every other setting kept as it was."""
        return replace(
            self._current,
            organisation_name=self.name_edit.text().strip(),
            idle_lock_minutes=self.idle_box.value(),
            clipboard_clear_seconds=self.clipboard_box.value(),
        )
