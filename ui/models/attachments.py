"""The model for the files kept with her record: one row per attachment.

Rows hold only what the sealed metadata says (name, kind, what it is with, size, when and by
whom); the content is never in the model. It is opened on demand for the viewer, or saved
out after a warning.
"""

from __future__ import annotations

from ui.models.base import RowsModel
from ui.wording import short_date
from womenscentre.domain.attachments import ATTACHED_TO_LABELS, Attachment, ViewKind
from womenscentre.i18n import N_, tr

KIND_WORDS = {
    ViewKind.IMAGE: N_("Photo or scan"),
    ViewKind.PDF: N_("PDF"),
    ViewKind.OTHER: N_("Other file"),
}


class AttachmentsModel(RowsModel[Attachment]):
    """Her documents and evidence, most recently added first."""

    headers = (N_("Name"), N_("Kind"), N_("Kept with"), N_("Size"), N_("Added"), N_("By"))
    NAME, KIND, WITH, SIZE, ADDED, BY = range(6)

    def row_id(self, row: Attachment) -> str:
        return row.id

    def cell(self, row: Attachment, column: int) -> str:
        if column == self.NAME:
            return row.file_name
        if column == self.KIND:
            return tr(KIND_WORDS[row.view_kind])
        if column == self.WITH:
            return ATTACHED_TO_LABELS[row.attached_to]
        if column == self.SIZE:
            return row.size_text
        if column == self.ADDED:
            return short_date(row.added_at[:10])
        return row.added_by
