"""Attachments leaving in a pack: which may go, and writing them beside the pack's files.

Two packs carry her files. Her subject-access pack carries every file she has (it is her
own information). A referral pack carries a file only when the consent ledger permits the
file's category for that recipient and purpose today, by the same ``permission`` rule as
every other section; a file with no category is never shared in a referral, because nobody
has said what it is about.

The originals are streamed chunk by chunk (each checked, and the whole file's SHA-256
compared) into temporary files in the chosen folder, registered with the pack's
:class:`~womenscentre.exports.files.StagedFiles`, so they are renamed into place together
with the pack, or removed with it when anything fails.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING, Final

from sqlalchemy import select

from womenscentre.domain.attachments import Attachment
from womenscentre.domain.consent import (
    ConsentToShare,
    PermissionState,
    Purpose,
    Recipient,
    permission,
)
from womenscentre.exports.files import StagedFiles, explain, temporary_name
from womenscentre.paths import private_umask
from womenscentre.services.attachment_chunks import ChunksDamaged, read_chunks
from womenscentre.services.attachment_errors import AttachmentDamaged
from womenscentre.store.models import AttachmentRow

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

#: Pack file names for attachments start with this, then a number, then her file's name.
ATTACHMENT_PREFIX: Final = "attachment"


def her_attachments(vault: UnlockedVault, session: Session, person_id: str) -> list[Attachment]:
    """Every file she has, oldest first, opened inside the caller's transaction."""
    vault.access.require(person_id)
    rows = session.scalars(
        select(AttachmentRow).where(
            AttachmentRow.person_id == person_id, AttachmentRow.deleted.is_(False)
        )
    ).all()
    found = [vault.attachments.to_attachment(row) for row in rows]
    found.sort(key=lambda a: (a.added_at, a.id))
    return found


def shareable(
    attachments: Iterable[Attachment],
    ledger: Iterable[ConsentToShare],
    *,
    recipient: Recipient,
    purpose: Purpose,
    today: date,
) -> list[Attachment]:
    """Those whose category her consent permits for this recipient and purpose today."""
    current = list(ledger)
    return [
        a
        for a in attachments
        if a.category is not None
        and permission(
            current, recipient=recipient, purpose=purpose, category=a.category, today=today
        ).state
        is PermissionState.PERMITTED
    ]


def pack_name(index: int, attachment: Attachment) -> str:
    """A plain, unique file name inside the pack folder."""
    name = attachment.file_name.lstrip(".") or "file"
    return f"{ATTACHMENT_PREFIX}-{index:02d}-{name}"


def stage_originals(
    vault: UnlockedVault,
    session: Session,
    staging: StagedFiles,
    attachments: Iterable[Attachment],
) -> dict[str, str]:
    """Write each original under a temporary name in the staging folder.

    Returns {final file name: SHA-256}, for the pack's audit entry and export record. A
    file that won't open raises ``AttachmentDamaged``; the caller's ``staged`` block then
    removes everything, so a pack never goes out with a file missing or changed.
    """
    hashes: dict[str, str] = {}
    folder = staging.folder
    for index, attachment in enumerate(attachments, start=1):
        name = pack_name(index, attachment)
        temporary = folder / temporary_name(name)
        try:
            with private_umask():
                handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            staging.staged[name] = temporary
            with os.fdopen(handle, "wb") as out:
                _copy_chunks(vault, session, attachment, out.write)
                out.flush()
                os.fsync(out.fileno())
        except OSError as error:
            raise explain(error, folder) from error
        hashes[name] = attachment.sha256
    return hashes


def _copy_chunks(
    vault: UnlockedVault, session: Session, attachment: Attachment, write: Callable[[bytes], object]
) -> None:
    try:
        for piece in read_chunks(
            session,
            vault.keyring,
            attachment.id,
            attachment.chunk_count,
            attachment.size,
            attachment.sha256,
        ):
            write(piece)
    except ChunksDamaged as exc:
        raise AttachmentDamaged(attachment.id) from exc
