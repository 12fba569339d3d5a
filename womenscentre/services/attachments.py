"""Documents and evidence kept with her record: add, list, view, save out, delete.

Content is sealed in chunks as it is read (``attachment_chunks.py``), so a large file is
never held whole in memory and never written anywhere in plaintext by the app. The only way
plaintext leaves is :meth:`Attachments.save_out`, to a place a person chose, audited with
the file's SHA-256 so the copy can later be shown to be unchanged. Images and PDFs are handed
to the viewer as bytes in memory (:meth:`Attachments.read_for_viewing`).

Every call checks she is on the user's caseload (or the user is a manager, or broke glass).
The audit log gets one entry per add (create), view, save out (export) and delete, against
the attachment's id, so her subject-access pack lists them with the rest of her record.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final

from sqlalchemy import delete, select

from womenscentre.domain.attachments import (
    MAX_ATTACHMENT_BYTES,
    MAX_NOTE_CHARS,
    MAX_VIEW_BYTES,
    AttachedTo,
    Attachment,
    ViewKind,
    clean_file_name,
    sniff,
)
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.consent import DataCategory
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.services.attachment_chunks import (
    ChunksDamaged,
    SourceChanged,
    read_chunks,
    write_chunks,
)
from womenscentre.services.attachment_errors import (
    AttachmentChanged,
    AttachmentDamaged,
    AttachmentEmpty,
    AttachmentNotViewable,
    AttachmentTooLarge,
    AttachmentUnreadable,
    SaveOutProblem,
)
from womenscentre.services.retention import checkpoint_wal
from womenscentre.store.models import (
    AttachmentChunkRow,
    AttachmentRow,
    ConsentRow,
    PersonRow,
    SafetyPlanRow,
    SessionNoteRow,
)
from womenscentre.store.snapshot import write_atomically_with

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

TABLE: Final = "attachments"
ACTIVE: Final = "active"


class Attachments:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    # -- adding --------------------------------------------------------------------------
    def add(
        self,
        person_id: str,
        source: Path,
        *,
        attached_to: AttachedTo = AttachedTo.PERSON,
        record_id: str | None = None,
        note: str = "",
        category: DataCategory | None = None,
    ) -> Attachment:
        """Seal the file at ``source`` into her record; the original is left where it is."""
        vault = self._vault
        vault.access.require(person_id)
        note = note.strip()
        if len(note) > MAX_NOTE_CHARS:
            raise InvalidInput(
                tr(
                    "The note can be up to {max_note_chars} characters. Please shorten it "
                    "a little; the file has not been added yet."
                ).format(max_note_chars=MAX_NOTE_CHARS)
            )
        source = Path(source)
        try:
            with open(source, "rb") as handle:
                size = _size_of(handle)
                return self._add_from(
                    handle, size, person_id, source.name, attached_to, record_id, note, category
                )
        except OSError as exc:
            raise AttachmentUnreadable from exc

    def _add_from(
        self,
        handle: BinaryIO,
        size: int,
        person_id: str,
        name: str,
        attached_to: AttachedTo,
        record_id: str | None,
        note: str,
        category: DataCategory | None,
    ) -> Attachment:
        if size > MAX_ATTACHMENT_BYTES:
            raise AttachmentTooLarge(size)
        if size == 0:
            raise AttachmentEmpty
        vault = self._vault
        attachment_id = str(uuid.uuid4())
        now = vault.now_minute()
        with vault.write() as session:
            parent_id = _parent_of(session, person_id, attached_to, record_id)
            row = AttachmentRow(
                id=attachment_id,
                person_id=person_id,
                status=ACTIVE,
                created_at=now,
                updated_at=now,
                version=1,
                deleted=False,
                key_id=vault.keyring.current_item_key_id,
                sealed=b"",
                chunk_count=0,
            )
            session.add(row)
            session.flush()
            try:
                count, sha256, first = write_chunks(
                    session, vault.keyring, attachment_id, handle, size
                )
            except SourceChanged as exc:
                raise AttachmentChanged from exc
            media_type, view_kind = sniff(first)
            attachment = Attachment(
                id=attachment_id,
                person_id=person_id,
                attached_to=attached_to,
                record_id=parent_id,
                file_name=clean_file_name(name),
                media_type=media_type,
                view_kind=view_kind,
                size=size,
                sha256=sha256,
                added_by_id=vault.user.id,
                added_by=vault.user.username,
                added_at=now,
                note=note,
                category=category,
                chunk_count=count,
            )
            row.chunk_count = count
            records.seal_into(vault, row, TABLE, attachment.sealed_payload())
            records.journal(vault, session, TABLE, row, "create")
            vault.log(
                session,
                AuditAction.CREATE,
                attachment_id,
                {"kind": "attachment", "to": attached_to.value, "sha256": sha256},
            )
        return attachment

    # -- reading -------------------------------------------------------------------------
    def for_person(self, person_id: str) -> list[Attachment]:
        """Her attachments, newest first (metadata only; opening content is audited)."""
        self._vault.access.require(person_id)
        with self._vault.read() as session:
            rows = session.scalars(
                select(AttachmentRow).where(
                    AttachmentRow.person_id == person_id, AttachmentRow.deleted.is_(False)
                )
            ).all()
            found = [self.to_attachment(row) for row in rows]
        found.sort(key=lambda a: (a.added_at, a.id), reverse=True)
        return found

    def for_record(
        self, person_id: str, attached_to: AttachedTo, record_id: str
    ) -> list[Attachment]:
        """Those hanging off one of her records, e.g. a plan's evidence section."""
        return [
            a
            for a in self.for_person(person_id)
            if a.attached_to is attached_to and a.record_id == record_id
        ]

    def get(self, attachment_id: str) -> Attachment:
        with self._vault.read() as session:
            row = self._row(session, attachment_id)
            return self.to_attachment(row)

    def read_for_viewing(self, attachment_id: str) -> bytes:
        """The whole content of an image or PDF, in memory, for the in-app viewer. Audited."""
        vault = self._vault
        with vault.write() as session:
            row = self._row(session, attachment_id)
            attachment = self.to_attachment(row)
            if attachment.view_kind is ViewKind.OTHER or attachment.size > MAX_VIEW_BYTES:
                raise AttachmentNotViewable
            content = bytearray()
            for piece in self._chunks(session, attachment):
                content += piece
            vault.log(session, AuditAction.VIEW, attachment_id, {"kind": "attachment"})
        return bytes(content)

    def check(self, attachment_id: str) -> Attachment:
        """Open every chunk and compare the hash, holding one chunk at a time."""
        with self._vault.read() as session:
            attachment = self.to_attachment(self._row(session, attachment_id))
            for _piece in self._chunks(session, attachment):
                pass
        return attachment

    def save_out(self, attachment_id: str, target: Path) -> Attachment:
        """Write the original to ``target`` (a place the user chose, after the warning).

        The copy is checked chunk by chunk and against its SHA-256 while it is written to a
        temporary name; only a whole, matching copy is renamed into place, and the audit
        entry (with the hash) commits with it.
        """
        vault = self._vault
        target = Path(target)
        with vault.write() as session:
            attachment = self.to_attachment(self._row(session, attachment_id))

            def fill(out: BinaryIO) -> None:
                for piece in self._chunks(session, attachment):
                    out.write(piece)

            vault.log(
                session,
                AuditAction.EXPORT,
                attachment_id,
                {"kind": "attachment_saved_out", "sha256": attachment.sha256},
            )
            session.flush()
            try:
                write_atomically_with(target, fill, make_parents=False)
            except OSError as exc:
                raise SaveOutProblem from exc
        return attachment

    # -- deleting ------------------------------------------------------------------------
    def delete(self, attachment_id: str, *, expected_version: int | None = None) -> None:
        """Remove the content for good; a sealed note of what it was stays, like a tombstone.

        Only the person who added it or a manager may. The WAL is checkpointed afterwards so
        no page image of the content stays in it.
        """
        vault = self._vault
        with vault.write() as session:
            row = self._row(session, attachment_id)
            attachment = self.to_attachment(row)
            if attachment.added_by_id != vault.user.id:
                vault.access.require_manager(
                    message=tr(
                        "Only a manager can delete a file someone else added. Please ask a "
                        "manager to help."
                    )
                )
            session.execute(
                delete(AttachmentChunkRow).where(AttachmentChunkRow.attachment_id == row.id)
            )
            records.bump(vault, row, expected_version)
            row.deleted = True
            row.chunk_count = 0
            records.journal(vault, session, TABLE, row, "delete")
            vault.log(
                session,
                AuditAction.DELETE,
                attachment_id,
                {"kind": "attachment", "sha256": attachment.sha256},
            )
        checkpoint_wal(vault.engine)

    # -- helpers -------------------------------------------------------------------------
    def _row(self, session: Session, attachment_id: str) -> AttachmentRow:
        row = session.get(AttachmentRow, attachment_id)
        if row is None or row.deleted:
            raise records.NotFound
        self._vault.access.require(row.person_id)
        return row

    def to_attachment(self, row: AttachmentRow) -> Attachment:
        """Open a row's sealed details; the clear chunk count must agree with the sealed one."""
        payload = records.open_row(self._vault, row, TABLE)
        try:
            attachment = Attachment.from_sealed(row.id, row.person_id, row.version, payload)
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc
        if attachment.chunk_count != row.chunk_count:
            raise records.RecordDamaged(row.id)
        return attachment

    def _chunks(self, session: Session, attachment: Attachment) -> Iterator[bytes]:
        try:
            yield from read_chunks(
                session,
                self._vault.keyring,
                attachment.id,
                attachment.chunk_count,
                attachment.size,
                attachment.sha256,
            )
        except ChunksDamaged as exc:
            raise AttachmentDamaged(attachment.id) from exc


def _size_of(handle: BinaryIO) -> int:
    return os.fstat(handle.fileno()).st_size


def _parent_of(
    session: Session, person_id: str, attached_to: AttachedTo, record_id: str | None
) -> str:
    """The id the attachment hangs off, checked to be one of hers."""
    person = session.get(PersonRow, person_id)
    if person is None or person.deleted:
        raise records.NotFound
    if attached_to is AttachedTo.PERSON:
        return person_id
    if record_id is None:
        raise InvalidInput(tr("Please choose which record the file belongs with."))
    if attached_to is AttachedTo.SESSION_NOTE:
        note = session.get(SessionNoteRow, record_id)
        if note is not None and note.person_id == person_id and not note.deleted:
            return record_id
    elif attached_to is AttachedTo.SAFETY_PLAN:
        plan = session.get(SafetyPlanRow, record_id)
        if plan is not None and plan.person_id == person_id and not plan.deleted:
            return record_id
    elif attached_to is AttachedTo.CONSENT:
        # A consent entry gains versions; the file stays with the entry (its chain).
        consent = session.scalars(
            select(ConsentRow).where(
                (ConsentRow.id == record_id) | (ConsentRow.chain_id == record_id)
            )
        ).first()
        if consent is not None and consent.person_id == person_id:
            return consent.chain_id
    raise NotPermitted(tr("That record isn't part of her record, so the file wasn't added to it."))
