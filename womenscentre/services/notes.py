"""Session notes: drafts that autosave sealed, finalising, and dated addenda.

A finalised note is never overwritten; a correction is an addendum with its own
author and date, as a legal record needs. A draft's first save and each
finalise are audited; repeated autosaves of one draft are audited once per
unlock, so the log records that a draft was edited without flooding.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.notes import Addendum, NoteContent, NoteStatus, SessionNote
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.store.models import AddendumRow, CaseRow, SessionNoteRow
from womenscentre.templates.session_answers import check_answers, find_prompt_set

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

TABLE = "session_notes"
ADDENDA = "note_addenda"
#: Note ids per ``IN (...)`` query, well under SQLite's limit on bound parameters.
_IDS_PER_QUERY = 500


class Notes:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._edited_this_unlock: set[str] = set()
        vault.on_lock(self._edited_this_unlock.clear)

    # -- reading ---------------------------------------------------------------
    def _to_note(self, session: Session, row: SessionNoteRow) -> SessionNote:
        return self._note_from(row, self._addenda_for(session, [row.id]).get(row.id, ()))

    def _note_from(self, row: SessionNoteRow, addenda: Sequence[Addendum]) -> SessionNote:
        payload = records.open_row(self._vault, row, TABLE)
        try:
            content = NoteContent.from_json(payload["content"])
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc
        imported = payload.get("imported")
        return SessionNote(
            row.id,
            row.case_id,
            row.person_id,
            row.author_id,
            NoteStatus(row.status),
            content,
            row.version,
            row.updated_at,
            payload.get("finalised_at"),
            tuple(addenda),
            imported.get("source_file") if isinstance(imported, dict) else None,
        )

    def _addenda_for(self, session: Session, note_ids: Sequence[str]) -> dict[str, list[Addendum]]:
        """Each note's final addenda, oldest first, in one query per few hundred notes.

        A timeline of two thousand notes used to ask once per note; asking in batches keeps
        opening a long record quick.
        """
        found: dict[str, list[Addendum]] = {}
        for start in range(0, len(note_ids), _IDS_PER_QUERY):
            batch = note_ids[start : start + _IDS_PER_QUERY]
            for add_row in session.scalars(
                select(AddendumRow)
                .where(
                    AddendumRow.note_id.in_(batch),
                    AddendumRow.deleted.is_(False),
                    AddendumRow.status == NoteStatus.FINAL.value,
                )
                .order_by(AddendumRow.created_at, AddendumRow.id)
            ):
                payload = records.open_row(self._vault, add_row, ADDENDA)
                found.setdefault(add_row.note_id, []).append(
                    Addendum(
                        add_row.id,
                        add_row.note_id,
                        add_row.author_id,
                        payload["written_at"],
                        payload["body"],
                    )
                )
        return found

    def get(self, note_id: str) -> SessionNote:
        with self._vault.write() as session:
            row = self._row(session, note_id)
            self._check_reader(row)
            note = self._to_note(session, row)
            self._vault.log(session, AuditAction.VIEW, note_id, {"kind": "note"})
        return note

    def for_person(self, person_id: str) -> list[SessionNote]:
        """Her timeline, newest first. Drafts are shown only to their author."""
        self._vault.access.require(person_id)
        me = self._vault.user.id
        with self._vault.read() as session:
            rows = session.scalars(
                select(SessionNoteRow).where(
                    SessionNoteRow.person_id == person_id, SessionNoteRow.deleted.is_(False)
                )
            ).all()
            shown = [r for r in rows if r.status == NoteStatus.FINAL.value or r.author_id == me]
            addenda = self._addenda_for(session, [row.id for row in shown])
            notes = [self._note_from(row, addenda.get(row.id, ())) for row in shown]
        notes.sort(key=lambda n: (n.content.session_date, n.updated_at), reverse=True)
        return notes

    def my_drafts(self) -> list[SessionNote]:
        """Drafts to offer back after a crash or a lock, so nothing typed is lost."""
        with self._vault.read() as session:
            rows = session.scalars(
                select(SessionNoteRow).where(
                    SessionNoteRow.author_id == self._vault.user.id,
                    SessionNoteRow.status == NoteStatus.DRAFT.value,
                    SessionNoteRow.deleted.is_(False),
                )
            ).all()
            addenda = self._addenda_for(session, [row.id for row in rows])
            return [self._note_from(row, addenda.get(row.id, ())) for row in rows]

    # -- writing ---------------------------------------------------------------
    def start(self, case_id: str, content: NoteContent) -> SessionNote:
        self._check_answers(content)
        with self._vault.write() as session:
            case = session.get(CaseRow, case_id)
            if case is None or case.deleted:
                raise records.NotFound
            self._vault.access.require(case.person_id)
            now = self._vault.now_minute()
            row = SessionNoteRow(
                id=str(uuid.uuid4()),
                case_id=case_id,
                person_id=case.person_id,
                author_id=self._vault.user.id,
                status=NoteStatus.DRAFT.value,
                created_at=now,
                updated_at=now,
                version=1,
                deleted=False,
            )
            records.seal_into(self._vault, row, TABLE, self._payload(content, None))
            session.add(row)
            session.flush()
            records.journal(self._vault, session, TABLE, row, "create")
            self._vault.log(session, AuditAction.CREATE, row.id, {"kind": "note"})
            note = self._to_note(session, row)
        self._edited_this_unlock.add(row.id)
        return note

    def save_draft(
        self, note_id: str, content: NoteContent, *, expected_version: int
    ) -> SessionNote:
        """Seal and commit; when this returns, the draft survives a crash."""
        self._check_answers(content)
        with self._vault.write() as session:
            row = self._row(session, note_id)
            self._check_author_draft(row)
            records.bump(self._vault, row, expected_version)
            records.seal_into(self._vault, row, TABLE, self._payload(content, None))
            records.journal(self._vault, session, TABLE, row, "update")
            if note_id not in self._edited_this_unlock:
                self._vault.log(session, AuditAction.EDIT, note_id, {"kind": "note"})
            note = self._to_note(session, row)
        self._edited_this_unlock.add(note_id)
        return note

    def finalise(self, note_id: str, *, expected_version: int) -> SessionNote:
        with self._vault.write() as session:
            row = self._row(session, note_id)
            self._check_author_draft(row)
            content = NoteContent.from_json(records.open_row(self._vault, row, TABLE)["content"])
            if content.is_empty:
                raise InvalidInput(
                    tr(
                        "This note is empty. Please write something or record an answer "
                        "before finalising."
                    )
                )
            records.bump(self._vault, row, expected_version)
            row.status = NoteStatus.FINAL.value
            finalised = self._vault.clock.now().isoformat(timespec="minutes")
            records.seal_into(self._vault, row, TABLE, self._payload(content, finalised))
            records.journal(self._vault, session, TABLE, row, "finalise")
            self._vault.cases.record_contact_in(session, row.case_id, content.session_date)
            self._vault.log(session, AuditAction.FINALISE, note_id, {"kind": "note"})
            return self._to_note(session, row)

    def add_addendum(self, note_id: str, body: str, *, draft_id: str | None = None) -> Addendum:
        """Add a dated addendum; with ``draft_id`` the autosaved draft becomes it."""
        if not body.strip():
            raise InvalidInput(tr("Please write the correction or addition before saving it."))
        with self._vault.write() as session:
            row = self._row(session, note_id)
            self._check_reader(row)
            if row.status != NoteStatus.FINAL.value:
                raise InvalidInput(tr("This note is still a draft, so you can edit it directly."))
            written_at = self._vault.clock.now().isoformat(timespec="minutes")
            add_row = self._addendum_row(session, note_id, draft_id)
            add_row.status = NoteStatus.FINAL.value
            records.seal_into(
                self._vault, add_row, ADDENDA, {"written_at": written_at, "body": body}
            )
            session.flush()
            records.journal(self._vault, session, ADDENDA, add_row, "create")
            self._vault.log(session, AuditAction.ADDENDUM, note_id, {"addendum": add_row.id})
        return Addendum(add_row.id, note_id, add_row.author_id, written_at, body)

    def save_addendum_draft(self, note_id: str, body: str, *, draft_id: str | None = None) -> str:
        """Seal what she has typed so far, so an addendum survives a lock or a crash.

        Returns the draft's id, to pass back on the next save and to ``add_addendum``.
        Drafts are never shown as part of the note, and only their author sees them.
        """
        with self._vault.write() as session:
            row = self._row(session, note_id)
            self._check_reader(row)
            add_row = self._addendum_row(session, note_id, draft_id)
            records.seal_into(self._vault, add_row, ADDENDA, {"written_at": None, "body": body})
            session.flush()
            return add_row.id

    def my_addendum_drafts(self) -> list[tuple[str, str, str]]:
        """(draft id, note id, text) of this user's unfinished addenda."""
        with self._vault.read() as session:
            rows = session.scalars(
                select(AddendumRow).where(
                    AddendumRow.author_id == self._vault.user.id,
                    AddendumRow.status == NoteStatus.DRAFT.value,
                    AddendumRow.deleted.is_(False),
                )
            ).all()
            return [
                (r.id, r.note_id, str(records.open_row(self._vault, r, ADDENDA)["body"]))
                for r in rows
            ]

    def _addendum_row(self, session: Session, note_id: str, draft_id: str | None) -> AddendumRow:
        """The caller's own draft row, or a new one."""
        if draft_id is not None:
            existing = session.get(AddendumRow, draft_id)
            if (
                existing is None
                or existing.deleted
                or existing.note_id != note_id
                or existing.author_id != self._vault.user.id
                or existing.status != NoteStatus.DRAFT.value
            ):
                raise records.NotFound
            records.bump(self._vault, existing, None)
            return existing
        now = self._vault.now_minute()
        fresh = AddendumRow(
            id=str(uuid.uuid4()),
            note_id=note_id,
            author_id=self._vault.user.id,
            status=NoteStatus.DRAFT.value,
            created_at=now,
            updated_at=now,
            version=1,
            deleted=False,
        )
        session.add(fresh)
        return fresh

    def discard_draft(self, note_id: str) -> None:
        """Her own unfinished draft can be thrown away; finalised notes cannot."""
        with self._vault.write() as session:
            row = self._row(session, note_id)
            self._check_author_draft(row)
            row.deleted = True
            records.bump(self._vault, row, None)
            records.journal(self._vault, session, TABLE, row, "delete")
            self._vault.log(session, AuditAction.DELETE, note_id, {"kind": "draft"})

    # -- helpers ---------------------------------------------------------------
    def _check_answers(self, content: NoteContent) -> None:
        """Answers must fit their fields, when the set they name is the one loaded.

        A draft written against an older version of a set is saved as it is: its answers
        were checked then, and refusing them now would lose her words.
        """
        ref = content.prompt_set
        if ref is None or not content.answers:
            return
        prompt_set = find_prompt_set(self._vault.plans.library.prompt_sets.values(), ref.id)
        if prompt_set is None or prompt_set.version != ref.version:
            return
        try:
            check_answers(prompt_set, content.answers)
        except ValueError as exc:
            again = tr("Please check it; nothing has been lost.")
            raise InvalidInput(f"{exc} {again}") from exc

    @staticmethod
    def _payload(content: NoteContent, finalised_at: str | None) -> dict[str, Any]:
        return {"content": content.to_json(), "finalised_at": finalised_at}

    @staticmethod
    def _row(session: Session, note_id: str) -> SessionNoteRow:
        row = session.get(SessionNoteRow, note_id)
        if row is None or row.deleted:
            raise records.NotFound
        return row

    def _check_reader(self, row: SessionNoteRow) -> None:
        self._vault.access.require(row.person_id)
        if row.status == NoteStatus.DRAFT.value and row.author_id != self._vault.user.id:
            raise NotPermitted(tr("This note is still a draft, so only its author can open it."))

    def _check_author_draft(self, row: SessionNoteRow) -> None:
        self._vault.access.require(row.person_id)
        if row.author_id != self._vault.user.id:
            raise NotPermitted(tr("Only the person who wrote this note can change it."))
        if row.status != NoteStatus.DRAFT.value:
            raise NotPermitted(
                tr(
                    "This note has been finalised, so it can't be changed. "
                    "You can add a dated addendum instead."
                )
            )
