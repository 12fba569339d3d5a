"""The centre's settings, for a manager: its name, the idle lock, the clipboard and backups.

The core signs them with the manager key, so editing the database file can't switch the
idle lock off or send the automatic backup somewhere else. The window applies them as soon
as they are saved, and at every unlock.

The backup folder is checked here, before saving, because the automatic backup runs as the
app closes: a folder that is missing or can't be written to would only come to light then.
Retention is one number of years per kind of record; 0 means that kind never comes up for
review.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QSpinBox, QWidget

from ui.dialogs import FormDialog
from ui.widgets import button, line_edit
from womenscentre.domain.retention import KIND_LABELS, RetentionKind
from womenscentre.domain.settings import (
    MAX_BACKUPS_KEPT,
    MAX_IDLE_MINUTES,
    MAX_REMINDER_DAYS,
    MAX_RETENTION_YEARS,
    MIN_IDLE_MINUTES,
    RETENTION_KINDS,
    CentreSettings,
)
from womenscentre.i18n import N_, tr

SETTINGS_INTRO = N_(
    "These apply to everyone who uses womenscentre on this laptop. A shorter idle lock keeps "
    "records safer on a shared screen. A backup folder on a USB stick or another drive, kept "
    "somewhere safe, protects the centre's records if this laptop is lost or stops working."
)
TAMPERED = N_(
    "The saved settings couldn't be checked, so the safe defaults are in use. Saving here "
    "sets them again."
)
NO_FOLDER = N_("No automatic backup (choose a folder to turn it on)")
MAX_FOLDER_CHARS = 1024


def choose_backup_folder(parent: QWidget | None, start: str) -> Path | None:
    """Ask which folder the automatic backups go in. Tests replace this one function."""
    chosen = QFileDialog.getExistingDirectory(parent, tr("Choose a folder for backups"), start)
    return Path(chosen) if chosen else None


def folder_problem(text: str) -> str | None:
    """Why ``text`` can't be the backup folder, in words for a manager, or None if it can."""
    if not text:
        return None
    if len(text) > MAX_FOLDER_CHARS:
        return tr(
            "That folder's name is too long. Please choose a folder nearer the top of the drive."
        )
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        return tr(
            "Please give the backup folder's full location, for example by choosing it with "
            "the Choose button."
        )
    if not folder.is_dir():
        return tr(
            "The backup folder {folder} can't be found. If it is on a USB stick or a network "
            "drive, please connect it first, or choose another folder."
        ).format(folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        return tr(
            "This account can't save files in {folder}. Please choose a folder you can save to."
        ).format(folder=folder)
    return None


def _spin(name: str, low: int, high: int, value: int, suffix: str, zero: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setAccessibleName(name)
    box.setRange(low, high)
    box.setSuffix(suffix)
    if zero:
        box.setSpecialValueText(zero)
    box.setValue(value)
    return box


class SettingsDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, current: CentreSettings, *, tampered: bool = False
    ) -> None:
        super().__init__(
            parent,
            title=tr("Centre settings"),
            intro=tr(SETTINGS_INTRO) + (f"\n\n{tr(TAMPERED)}" if tampered else ""),
            ok_text=tr("&Save settings"),
            scroll=True,
        )
        self._current = current
        self.name_edit = line_edit(tr("Organisation name"))
        self.name_edit.setMaxLength(120)
        self.name_edit.setText(current.organisation_name)
        self.idle_box = _spin(
            tr("Lock after this many idle minutes"), MIN_IDLE_MINUTES, MAX_IDLE_MINUTES,
            current.idle_lock_minutes, tr(" minutes"),
        )  # fmt: skip
        self.clipboard_box = _spin(
            tr("Clear copied text after this many seconds"), 5, 300,
            current.clipboard_clear_seconds, tr(" seconds"),
        )  # fmt: skip
        self.clipboard_box.setSingleStep(5)
        self.form.addRow(tr("&Organisation name"), self.name_edit)
        self.form.addRow(tr("&Lock when nobody has used it for"), self.idle_box)
        self.form.addRow(tr("&Clear copied text after"), self.clipboard_box)
        self._add_backup_rows(current)
        self._add_retention_rows(current)
        self.name_edit.setFocus()

    def _add_backup_rows(self, current: CentreSettings) -> None:
        self.folder_edit = line_edit(tr("Automatic backup folder"))
        self.folder_edit.setPlaceholderText(tr(NO_FOLDER))
        self.folder_edit.setMaxLength(MAX_FOLDER_CHARS)
        self.folder_edit.setText(current.backup_folder)
        self.folder_button = button(tr("C&hoose…"), tr("Choose the automatic backup folder"))
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        folder_row = QWidget()
        folder_row.setAccessibleName(tr("Automatic backup folder and its Choose button"))
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, stretch=1)
        row.addWidget(self.folder_button)
        self.keep_box = _spin(
            tr("How many automatic backups to keep"), 1, MAX_BACKUPS_KEPT, current.backup_keep,
            tr(" backups"),
        )  # fmt: skip
        self.reminder_box = _spin(
            tr("Remind managers when the last backup is this many days old"), 0,
            MAX_REMINDER_DAYS, current.backup_reminder_days, tr(" days"),
            zero=tr("Never remind"),
        )  # fmt: skip
        self.form.addRow(tr("&Back up when the app closes, to"), folder_row)
        self.form.addRow(tr("&Keep the newest"), self.keep_box)
        self.form.addRow(tr("&Remind when the last backup is older than"), self.reminder_box)

    def _add_retention_rows(self, current: CentreSettings) -> None:
        self.retention_boxes: dict[str, QSpinBox] = {}
        for kind in RETENTION_KINDS:
            label = tr(KIND_LABELS[RetentionKind(kind)])  # marked in the core
            box = _spin(
                tr("Review {kind} after this many years").format(kind=label), 0,
                MAX_RETENTION_YEARS, current.retention_for(kind), tr(" years"),
                zero=tr("Never review"),
            )  # fmt: skip
            self.retention_boxes[kind] = box
            self.form.addRow(tr("Review {kind} after").format(kind=label), box)

    def _on_folder_button_clicked(self) -> None:
        chosen = choose_backup_folder(self, self.folder_edit.text().strip())
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def problem(self) -> str | None:
        return folder_problem(self.folder_edit.text().strip())

    def value(self) -> CentreSettings:
        """The settings shown here changed, every other setting kept as it was."""
        folder = self.folder_edit.text().strip()
        return replace(
            self._current,
            organisation_name=self.name_edit.text().strip(),
            idle_lock_minutes=self.idle_box.value(),
            clipboard_clear_seconds=self.clipboard_box.value(),
            backup_folder=str(Path(folder).expanduser()) if folder else "",
            backup_keep=self.keep_box.value(),
            backup_reminder_days=self.reminder_box.value(),
            retention_years=tuple(
                sorted((kind, box.value()) for kind, box in self.retention_boxes.items())
            ),
        )
