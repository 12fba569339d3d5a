"""The "Documents and evidence" section of her record: the list, and what can be done to it.

Court orders, letters, a signed consent form, the photos and screenshots she asks the
centre to keep safe. Every file is sealed in the vault; this list shows only what the sealed
details say. A photo, scan or PDF opens in the app's own viewer, from memory. Any other kind
of file can only be saved out, after a plain warning that the copy will not be protected,
and the save is audited. Deleting asks first, and removes the content for good.

Files can be dropped onto the list as well as chosen with "Add a file…".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import isValid

from ui import attachments_add, messages
from ui.attachments_add import (
    AddAttachmentDialog,
    NewAttachment,
    Target,
    her_record,
    her_targets,
)
from ui.attachments_viewer import AttachmentViewer
from ui.dialogs import run_dialog
from ui.models.attachments import AttachmentsModel
from ui.record_tab import RecordTab, button_row, list_table
from ui.widgets import button, show_status
from womenscentre.domain.attachments import MAX_VIEW_BYTES, Attachment, ViewKind
from womenscentre.i18n import N_, tr

SECTION_TITLE = N_("&Documents and evidence")
NO_FILES = N_(
    "No documents or evidence kept yet. Add a file, or drop one here: it is sealed in the "
    "vault like the rest of her record."
)
SAVE_WARNING = N_(
    "The copy you save will NOT be protected: anyone who can open that folder or drive can "
    "read it. Please save it only somewhere safe, such as an encrypted USB stick for her "
    "solicitor, and delete it when it is no longer needed. Saving a copy is recorded in "
    "the audit log."
)
DELETE_QUESTION = N_(
    "Delete this file from her record? The file itself can't be brought back afterwards; "
    "a note that it was kept, with its SHA-256, stays in the record."
)
SAVED_NOTE = N_("A copy has been saved. Its SHA-256 matches the original.")
ADDED_NOTE = N_("The file is sealed in her record.")
DELETED_NOTE = N_("The file has been deleted from her record.")


def choose_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a copy. Tests replace this one function."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, tr("Save a copy of the file"), suggested)
    return Path(chosen) if chosen else None


class AttachmentsTab(RecordTab):
    """Her documents and evidence, for one woman's record."""

    section_name = N_("Documents and evidence")
    empty_text = NO_FILES

    def _build(self) -> None:
        self.dialog: AddAttachmentDialog | None = None
        self.viewer: AttachmentViewer | None = None
        self._targets: list[Target] = []
        self.model = AttachmentsModel(self)
        self.table = list_table(self.model, tr("Her documents and evidence, newest first"))
        self.add_button = button(tr("&Add a file…"), tr("Add a file to her record"))
        self.view_button = button(tr("&View"), tr("View the chosen file"))
        self.save_button = button(tr("&Save a copy…"), tr("Save a copy of the chosen file"))
        self.delete_button = button(tr("&Delete…"), tr("Delete the chosen file"))
        buttons = (self.add_button, self.view_button, self.save_button, self.delete_button)
        self._lay_out([(self.table, 1)], button_row(buttons))
        self.setAcceptDrops(True)
        self.add_button.clicked.connect(self.add_file)
        self.view_button.clicked.connect(self._on_view_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    # -- loading ---------------------------------------------------------------------------
    def reload(self, select: str = "") -> None:
        vault, person_id = self._vault, self.person_id

        def job() -> tuple[list[Attachment], list[Target]]:
            return vault.attachments.for_person(person_id), her_targets(vault, person_id)

        self._run(job, lambda found: self._show(found[0], found[1], select))

    def _show(self, files: list[Attachment], targets: list[Target], select: str) -> None:
        self._targets = targets
        self.model.set_rows(files)
        if files:
            self.table.selectRow(next((i for i, a in enumerate(files) if a.id == select), 0))
        self._on_current_row_changed(self.table.currentIndex(), QModelIndex())
        self._counted(len(files))

    def chosen(self) -> Attachment | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def wipe(self) -> None:
        """Let go of everything decrypted; called as the vault locks."""
        self.model.clear()
        self._targets = []
        for window in (self.dialog, self.viewer):
            if window is not None and isValid(window):
                window.done(0)
        self.dialog = self.viewer = None

    # -- adding ----------------------------------------------------------------------------
    @Slot()
    def add_file(self, source: Path | None = None) -> AddAttachmentDialog | None:
        """Ask for a file (unless one was dropped), then where it belongs and her note."""
        if not isinstance(source, Path):
            source = attachments_add.choose_file_to_add(self)
        if source is None:
            return None
        targets = self._targets or [her_record()]
        dialog = AddAttachmentDialog(self, source, targets)
        vault, person_id = self._vault, self.person_id

        def job(value: NewAttachment) -> Attachment:
            return vault.attachments.add(
                person_id,
                value.source,
                attached_to=value.target.attached_to,
                record_id=value.target.record_id,
                note=value.note,
                category=value.category,
            )

        def done(added: Attachment) -> None:
            if isValid(self):
                self.reload(select=added.id)
                show_status(self.status, tr(ADDED_NOTE))

        self.dialog = dialog
        run_dialog(dialog, self._tasks, job, done, log_dir=self._log_dir)
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        source = _dropped_file(event)
        if source is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_file(source)

    # -- viewing, saving, deleting ---------------------------------------------------------
    def view(self, attachment: Attachment) -> None:
        if attachment.view_kind is ViewKind.OTHER or attachment.size > MAX_VIEW_BYTES:
            self.save_copy(attachment)
            return
        vault = self._vault

        def show(content: bytes) -> None:
            if self.viewer is not None and isValid(self.viewer):
                self.viewer.done(0)
            self.viewer = AttachmentViewer(attachment, content, self)
            self.viewer.open()

        self._run(lambda: vault.attachments.read_for_viewing(attachment.id), show)

    def save_copy(self, attachment: Attachment) -> None:
        """Warn, ask where, then save the checked original there (audited by the core)."""
        if not messages.question(
            self, tr(SAVE_WARNING), yes=tr("Choose where to save"), no=tr("Keep it in the app only")
        ):
            return
        target = choose_save_path(self, attachment.file_name)
        if target is None:
            return
        vault = self._vault
        self._run(
            lambda: vault.attachments.save_out(attachment.id, target),
            lambda _saved: show_status(self.status, tr(SAVED_NOTE)),
        )

    def delete(self, attachment: Attachment) -> None:
        if not messages.question(
            self, tr(DELETE_QUESTION), yes=tr("Delete the file"), no=tr("Keep it")
        ):
            return
        vault = self._vault

        def done(_result: object) -> None:
            self.reload()
            show_status(self.status, tr(DELETED_NOTE))

        self._run(
            lambda: vault.attachments.delete(attachment.id, expected_version=attachment.version),
            done,
        )

    # -- slots -----------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        attachment = self.model.row_at(current.row()) if current.isValid() else None
        viewable = attachment is not None and attachment.view_kind is not ViewKind.OTHER
        self.view_button.setEnabled(viewable)
        self.save_button.setEnabled(attachment is not None)
        self.delete_button.setEnabled(attachment is not None)

    @Slot()
    def _on_view_button_clicked(self) -> None:
        self._with_chosen(self.view)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.view(self.model.row_at(index.row()))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self._with_chosen(self.save_copy)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        self._with_chosen(self.delete)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file being dragged, or None (several files, a folder, a web link)."""
    mime = event.mimeData()
    urls = mime.urls() if mime is not None and mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.is_file() else None
