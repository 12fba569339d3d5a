"""Her one list of people she trusts and services she uses, shared by all her plans.

She tells us about her sister once: every plan's "who" fields point into this list by id,
so a change here (a new number, a new name) shows in every plan at once, and removing
someone marks the entry removed rather than deleting it, so older plan versions still read
correctly. The list is one sealed record per woman, saved whole with an expected version so
two people editing at once can't overwrite each other.

Every call checks she is on the user's caseload and is audited.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.plans import EntryKind, SupportEntry, SupportList
from womenscentre.errors import InvalidInput
from womenscentre.i18n import N_, tr
from womenscentre.services import records
from womenscentre.store.models import PersonRow, SupportListRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

SUPPORT: Final = "support_lists"
NOT_ON_HER_LIST: Final = N_(
    "That person or service isn't on her list any more. Please reopen her list and try again."
)


class SupportLists:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    def get(self, person_id: str) -> SupportList:
        """Her people and services (empty, version 0, until first saved). Audited."""
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            support = support_in(self._vault, session, person_id)
            self._vault.log(session, AuditAction.VIEW, person_id, {"kind": "support_list"})
        return support

    def save(self, support: SupportList, *, expected_version: int) -> SupportList:
        """Save her whole list; ``expected_version`` 0 means it is being created."""
        person_id = support.person_id
        self._vault.access.require(person_id)
        ids = [e.id for e in support.entries]
        if len(ids) != len(set(ids)):
            raise InvalidInput(tr("Two entries on her list share an id. Please add them again."))
        payload = {"entries": [e.to_json() for e in support.entries]}
        with self._vault.write() as session:
            require_person(session, person_id)
            row = _row(session, person_id)
            if row is None:
                if expected_version != 0:
                    raise records.EditConflict
                now = self._vault.now_minute()
                row = SupportListRow(
                    id=str(uuid.uuid4()),
                    person_id=person_id,
                    status="active",
                    created_at=now,
                    updated_at=now,
                    version=1,
                    deleted=False,
                )
                records.seal_into(self._vault, row, SUPPORT, payload)
                session.add(row)
                session.flush()
                records.journal(self._vault, session, SUPPORT, row, "create")
                self._vault.log(session, AuditAction.CREATE, row.id, {"kind": "support_list"})
            else:
                records.bump(self._vault, row, expected_version)
                records.seal_into(self._vault, row, SUPPORT, payload)
                records.journal(self._vault, session, SUPPORT, row, "update")
                self._vault.log(session, AuditAction.EDIT, row.id, {"kind": "support_list"})
            return SupportList(person_id, support.entries, row.version)

    def add(self, person_id: str, kind: EntryKind, name: str, **details: Any) -> SupportEntry:
        """Add one person or service to her list and save it. Returns the new entry."""
        current = self.get(person_id)
        entry = SupportEntry(str(uuid.uuid4()), kind, name, **details)
        self.save(current.with_entry(entry), expected_version=current.version)
        return entry

    def update(self, person_id: str, entry: SupportEntry, *, expected_version: int) -> SupportList:
        """Change one entry (its name, how to reach them…); every plan shows it at once."""
        current = self.get(person_id)
        existing = current.get(entry.id)
        if existing is None or existing.removed:
            raise InvalidInput(tr(NOT_ON_HER_LIST))
        if entry.removed:
            raise InvalidInput(tr('Please use "Take off her list" to remove someone.'))
        return self.save(current.with_entry(entry), expected_version=expected_version)

    def remove(self, person_id: str, entry_id: str, *, expected_version: int) -> SupportList:
        """Take someone off her list. Kept, marked removed, so older versions still read."""
        current = self.get(person_id)
        existing = current.get(entry_id)
        if existing is None or existing.removed:
            raise InvalidInput(tr(NOT_ON_HER_LIST))
        removed = replace(existing, removed=True)
        return self.save(current.with_entry(removed), expected_version=expected_version)


def support_in(vault: UnlockedVault, session: Session, person_id: str) -> SupportList:
    """Her list, read inside a session the caller already holds (no access check, no audit)."""
    row = _row(session, person_id)
    if row is None:
        return SupportList(person_id)
    payload = records.open_row(vault, row, SUPPORT)
    try:
        entries = tuple(SupportEntry.from_json(e) for e in payload["entries"])
    except (KeyError, ValueError, TypeError) as exc:
        raise records.RecordDamaged(row.id) from exc
    return SupportList(person_id, entries, row.version)


def require_person(session: Session, person_id: str) -> None:
    row = session.get(PersonRow, person_id)
    if row is None or row.deleted:
        raise records.NotFound


def _row(session: Session, person_id: str) -> SupportListRow | None:
    return session.scalars(
        select(SupportListRow).where(
            SupportListRow.person_id == person_id, SupportListRow.deleted.is_(False)
        )
    ).first()
