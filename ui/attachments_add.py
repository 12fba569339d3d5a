"""Adding a file to her record: the picker, and the short form that asks where it belongs.

A file arrives by the "Add a file…" button (a file picker) or by dropping it on the list.
Either way the form says which file, lets the worker choose which of her records it is kept
with (her record, a session note, or a safety plan's evidence section) and take an optional
note in her own words; the file is sealed on the task worker, so a large one never freezes
the window. The original is left where it was: the form says so, so nobody assumes it moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QPlainTextEdit, QWidget

from ui.dialogs import FormDialog
from ui.widgets import paragraph
from ui.wording import short_date
from womenscentre.domain.attachments import (
    MAX_ATTACHMENT_BYTES,
    MAX_NOTE_CHARS,
    MEBIBYTE,
    AttachedTo,
)
from womenscentre.domain.consent import DataCategory
from womenscentre.exports.wording import CATEGORY_LABELS
from womenscentre.i18n import N_, tr

ADD_TITLE = N_("Add a file to her record")
NOT_FOR_REFERRALS = N_("Not for referrals")
ADD_INTRO = N_(
    "The file is sealed inside the vault (up to {megabytes} MB). "
    "The original stays where it is now, so please delete it from there afterwards if it "
    "shouldn't stay on this computer or drive."
)


@dataclass(frozen=True, slots=True)
class Target:
    """One record a file can be kept with, as the form offers it."""

    label: str
    attached_to: AttachedTo
    record_id: str | None


@dataclass(frozen=True, slots=True)
class NewAttachment:
    source: Path
    target: Target
    note: str
    category: DataCategory | None = None


def her_record() -> Target:
    """Her record itself, labelled in the chosen language."""
    return Target(tr("Her record"), AttachedTo.PERSON, None)


def her_targets(vault: object, person_id: str) -> list[Target]:
    """Her record, her plans' evidence, her session notes, her consent records (worker thread)."""
    targets = [her_record()]
    for plan in vault.plans.for_person(person_id):  # type: ignore[attr-defined]
        label = tr("Evidence: {plan}").format(plan=plan.title)
        targets.append(Target(label, AttachedTo.SAFETY_PLAN, plan.id))
    for note in vault.notes.for_person(person_id):  # type: ignore[attr-defined]
        when = short_date(note.content.session_date)
        label = tr("Session note of {date}").format(date=when)
        targets.append(Target(label, AttachedTo.SESSION_NOTE, note.id))
    # A scanned, signed consent form belongs with the agreement it records.
    for entry in vault.consent.ledger(person_id):  # type: ignore[attr-defined]
        agreed = short_date(entry.consent.starts_on.isoformat())
        label = tr("What she agreed, from {date}").format(date=agreed)
        targets.append(Target(label, AttachedTo.CONSENT, entry.chain_id))
    return targets


def choose_file_to_add(parent: QWidget | None) -> Path | None:
    """Ask which file to add. Tests replace this one function."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, tr("Choose a file to add"), "")
    return Path(chosen) if chosen else None


class AddAttachmentDialog(FormDialog):
    """Which file, which record it is kept with, and her note."""

    def __init__(self, parent: QWidget | None, source: Path, targets: list[Target]) -> None:
        super().__init__(
            parent,
            title=tr(ADD_TITLE),
            intro=tr(ADD_INTRO).format(megabytes=MAX_ATTACHMENT_BYTES // MEBIBYTE),
            ok_text=tr("&Add the file"),
        )
        self.source = source
        self.file_label = paragraph(source.name, name=tr("The file to add"))
        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(tr("Keep it with"))
        for target in targets:
            self.target_combo.addItem(target.label, target)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(tr("Note, in her words (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.form.addRow(tr("File:"), self.file_label)
        self.form.addRow(tr("&Keep it with:"), self.target_combo)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(tr("What it is about, for referrals"))
        self.category_combo.setToolTip(
            tr(
                "A referral pack includes the file only when what she agreed covers this kind "
                "of information for that organisation."
            )
        )
        self.category_combo.addItem(tr(NOT_FOR_REFERRALS), None)
        for category, label in CATEGORY_LABELS.items():
            self.category_combo.addItem(label, category)
        self.form.addRow(tr("&Note, in her words:"), self.note_edit)
        self.form.addRow(tr("What it is &about:"), self.category_combo)

    def problem(self) -> str | None:
        if len(self.note_edit.toPlainText().strip()) > MAX_NOTE_CHARS:
            return tr(
                "The note can be up to {count} characters. Please shorten it a little."
            ).format(count=MAX_NOTE_CHARS)
        return None

    def value(self) -> NewAttachment:
        target = self.target_combo.currentData()
        return NewAttachment(
            self.source,
            target,
            self.note_edit.toPlainText().strip(),
            self.category(),
        )

    def category(self) -> DataCategory | None:
        """The chosen category (Qt hands enum data back as its plain string value)."""
        chosen = self.category_combo.currentData()
        return DataCategory(chosen) if chosen else None
