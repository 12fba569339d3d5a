"""Kind messages for files kept with her record; none of them names the file or her."""

from __future__ import annotations

from womenscentre.domain.attachments import (
    MAX_ATTACHMENT_BYTES,
    MAX_VIEW_BYTES,
    MEBIBYTE,
    describe_size,
)
from womenscentre.errors import UserFacingError
from womenscentre.i18n import tr
from womenscentre.services.records import RecordDamaged


class AttachmentTooLarge(UserFacingError):
    def __init__(self, size: int) -> None:
        self.size = size
        super().__init__(
            tr(
                "This file is {size}, and the most the app can keep is {most} MB, so "
                "it has not been added. A smaller copy would fit: for example a scan "
                "at a lower resolution, or a PDF split into parts."
            ).format(size=describe_size(size), most=MAX_ATTACHMENT_BYTES // MEBIBYTE)
        )


class AttachmentEmpty(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "This file is empty, so there is nothing to keep. Please check it is the file "
                "you meant to choose."
            )
        )


class AttachmentUnreadable(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "That file can't be read from here, so nothing has been added. Please check it "
                "is still there (and the drive is connected), then try again."
            )
        )


class AttachmentChanged(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "The file changed while it was being added (perhaps it was still downloading or "
                "being saved), so nothing has been added. Please wait a moment and try again."
            )
        )


class AttachmentDamaged(RecordDamaged):
    """A ``RecordDamaged``, so ``vault.read``/``vault.write`` audit it after rolling back."""

    def __init__(self, attachment_id: str) -> None:
        self.record_id = attachment_id
        UserFacingError.__init__(
            self,
            tr(
                "This file is damaged or has been changed outside womenscentre, so it can't be "
                "shown or saved. Everything else is safe. Please tell a manager so it can be "
                "restored from a backup."
            ),
        )


class AttachmentNotViewable(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "The app can show photos, scans and PDFs up to {most} MB. This one "
                "can be saved to a place you choose instead."
            ).format(most=MAX_VIEW_BYTES // MEBIBYTE)
        )


class SaveOutProblem(UserFacingError):
    def __init__(self) -> None:
        super().__init__(
            tr(
                "The copy couldn't be saved there, so nothing has been written. Please check the "
                "folder exists, the drive is connected and has space, then try again."
            )
        )
