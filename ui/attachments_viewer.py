"""The viewer for photos, scans and PDFs kept with her record, drawn from memory.

The content arrives as bytes from ``vault.attachments.read_for_viewing`` (audited there) and
is never written anywhere: an image is decoded with ``QImage.fromData``, a PDF page by page
through :mod:`ui.attachments_pdf`. Below the picture the viewer shows what matters for
evidence: who added it and when, her note, and the SHA-256 of the original, so a copy given
to a solicitor can be compared with what the centre holds. Closing the viewer, or the vault
locking, drops the pixels and the bytes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.attachments_pdf import PdfPages, PdfUnreadable
from ui.widgets import button, paragraph
from ui.wording import short_date
from womenscentre.domain.attachments import Attachment, ViewKind
from womenscentre.i18n import N_, tr

CANT_DRAW = N_(
    "This file couldn't be shown here: it may be damaged, protected with a password, or in "
    "a form the viewer doesn't know. It can still be saved to a place you choose."
)


class AttachmentViewer(QDialog):
    """One image or PDF, shown from bytes in memory."""

    def __init__(
        self, attachment: Attachment, content: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.attachment = attachment
        self.setWindowTitle(attachment.file_name)
        self.setAccessibleName(tr("Viewer: {file}").format(file=attachment.file_name))
        self._pdf: PdfPages | None = None
        self.page = 0
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(tr("{file}: the picture").format(file=attachment.file_name))
        area = QScrollArea()
        area.setWidget(self.picture)
        area.setWidgetResizable(True)
        area.setAccessibleName(tr("The file, scroll to see all of it"))
        self.problem = paragraph("", name=tr("Viewer: message"))
        self.problem.setVisible(False)
        self.page_label = paragraph("", name=tr("Page number"))
        self.previous_button = button(tr("&Previous page"), tr("Previous page"))
        self.next_button = button(tr("&Next page"), tr("Next page"))
        self.close_button = button(tr("&Close", "window"), tr("Close the viewer"))
        pages = QHBoxLayout()
        for widget in (self.previous_button, self.page_label, self.next_button):
            pages.addWidget(widget)
        pages.addStretch()
        pages.addWidget(self.close_button)
        self.details = paragraph(describe(attachment), name=tr("About this file"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(area, stretch=1)
        layout.addWidget(self.details)
        layout.addLayout(pages)
        self.previous_button.clicked.connect(self._on_previous_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.close_button.clicked.connect(self.close)
        self.resize(900, 700)
        self._load(content)

    # -- showing ---------------------------------------------------------------------------
    def _load(self, content: bytes) -> None:
        if self.attachment.view_kind is ViewKind.PDF:
            try:
                self._pdf = PdfPages(content)
            except PdfUnreadable:
                self._pdf = None
            if self._pdf is None or self._pdf.count == 0:
                self._cant_draw()
            else:
                self.show_page(0)
        else:
            self._show_image(QImage.fromData(content))
        self._update_buttons()

    def _show_image(self, image: QImage) -> None:
        if image.isNull():
            self._cant_draw()
            return
        self.picture.setPixmap(QPixmap.fromImage(image))

    def _cant_draw(self) -> None:
        self.picture.clear()
        self.problem.setText(tr(CANT_DRAW))
        self.problem.setVisible(True)

    @property
    def page_count(self) -> int:
        return 0 if self._pdf is None else self._pdf.count

    def show_page(self, index: int) -> None:
        if self._pdf is None or not 0 <= index < self._pdf.count:
            return
        self.page = index
        self._show_image(self._pdf.image(index))
        self.page_label.setText(
            tr("Page {page} of {pages}").format(page=index + 1, pages=self._pdf.count)
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        is_pdf = self._pdf is not None
        for widget in (self.previous_button, self.next_button, self.page_label):
            widget.setVisible(is_pdf)
        self.previous_button.setEnabled(is_pdf and self.page > 0)
        self.next_button.setEnabled(is_pdf and self.page < self.page_count - 1)

    # -- letting go ------------------------------------------------------------------------
    def wipe(self) -> None:
        """Drop the pixels and the PDF; called on close and as the vault locks."""
        self.picture.clear()
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wipe()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.wipe()
        super().done(result)

    # -- slots -----------------------------------------------------------------------------
    @Slot()
    def _on_previous_clicked(self) -> None:
        self.show_page(self.page - 1)

    @Slot()
    def _on_next_clicked(self) -> None:
        self.show_page(self.page + 1)


def describe(attachment: Attachment) -> str:
    """Who added it and when, her note, and the hash that shows a copy is unchanged."""
    lines = [
        tr("Added by {name} on {date}, {size}.").format(
            name=attachment.added_by,
            date=short_date(attachment.added_at[:10]),
            size=attachment.size_text,
        ),
    ]
    if attachment.note:
        lines.append(tr("Note: {note}").format(note=attachment.note))
    lines.append(tr("SHA-256 of the original: {hash}").format(hash=attachment.sha256))
    return "\n".join(lines)
