"""Cases: opening and closing a period of support, and who the keyworkers are.

Keyworker assignments live inside the sealed case blob, so editing the database
file cannot put someone on a caseload. The opened cases are cached per unlock,
because every access check consults them, and the cache is dropped on lock.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.cases import Case, CaseDetails, CaseStatus
from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.services.codec import open_json
from womenscentre.services.listing_cache import fingerprint_of
from womenscentre.store.models import CaseRow
from womenscentre.vault.aead import SealError

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

TABLE = "cases"


#: Status by stored value: a dict lookup, where ``CaseStatus(value)`` costs ten times more at
#: ten thousand cases per listing.
_STATUS = {status.value: status for status in CaseStatus}


class Cases:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._cache: dict[str, Case] | None = None
        #: Cases that would not open. They grant no one access, and verify names them.
        self.damaged_ids: set[str] = set()
        vault.on_lock(self.forget)

    def forget(self) -> None:
        self._cache = None
        self.damaged_ids = set()

    def _all(self) -> dict[str, Case]:
        """Every case that opens; one damaged case must not hide all the others.

        Reads plain columns, not ORM objects: with ten thousand cases the objects alone cost
        more than opening the blobs. Cases whose blobs are unchanged since the last unlock
        come from the sealed caseload cache (``services/listing_cache.py``).
        """
        if self._cache is None:
            cache: dict[str, Case] = {}
            columns = select(
                CaseRow.id,
                CaseRow.person_id,
                CaseRow.status,
                CaseRow.version,
                fingerprint_of(CaseRow.sealed),
            ).where(CaseRow.deleted.is_(False))
            with self._vault.read() as session:
                found = session.execute(columns).all()
            payloads = self._vault.listing_cache.entries(
                "cases", [(row[0], row[4]) for row in found], CaseRow, self._open_payload
            )
            for case_id, person_id, status, version, _fingerprint in found:
                try:
                    payload = payloads.get(case_id)
                    if payload is None:
                        raise ValueError(case_id)
                    details = CaseDetails.from_json(payload)
                    cache[case_id] = Case(case_id, person_id, _STATUS[status], details, version)
                except (KeyError, ValueError, TypeError):
                    self.damaged_ids.add(case_id)
                    self._vault.report_damage(case_id)
            self._cache = cache
        return self._cache

    def _open_payload(self, case_id: str, sealed: bytes) -> dict[str, Any] | None:
        """A case as opened, which the sealed caseload cache keeps; None if damaged."""
        try:
            return open_json(self._vault.keyring, TABLE, case_id, sealed)
        except (SealError, ValueError):
            return None

    def for_person(self, person_id: str) -> list[Case]:
        return sorted(
            (case for case in self._all().values() if case.person_id == person_id),
            key=lambda case: case.details.opened_on,
        )

    def person_ids_for_keyworker(self, user_id: str) -> set[str]:
        return {c.person_id for c in self._all().values() if user_id in c.details.keyworker_ids}

    def all_cases(self) -> list[Case]:
        return list(self._all().values())

    def open_case(
        self,
        person_id: str,
        *,
        referral_source: str,
        keyworker_ids: tuple[str, ...],
        opened_on: date | None = None,
    ) -> Case:
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            case = self.insert_in(session, person_id, referral_source, keyworker_ids, opened_on)
        self.forget()
        return case

    def insert_in(
        self,
        session: Session,
        person_id: str,
        referral_source: str,
        keyworker_ids: tuple[str, ...],
        opened_on: date | None,
    ) -> Case:
        """Add a case inside the caller's transaction."""
        if not keyworker_ids:
            raise InvalidInput(tr("Please choose at least one keyworker for this case."))
        known = {user.id for user in self._vault.users.active()}
        if not set(keyworker_ids) <= known:
            raise InvalidInput(tr("One of the chosen keyworkers isn't an active user."))
        details = CaseDetails(
            opened_on=(opened_on or self._vault.clock.now().date()).isoformat(),
            referral_source=referral_source,
            keyworker_ids=keyworker_ids,
        )
        now = self._vault.now_minute()
        row = CaseRow(
            id=str(uuid.uuid4()),
            person_id=person_id,
            status=CaseStatus.OPEN.value,
            created_at=now,
            updated_at=now,
            version=1,
            deleted=False,
        )
        records.seal_into(self._vault, row, TABLE, details.to_json())
        session.add(row)
        session.flush()
        records.journal(self._vault, session, TABLE, row, "create")
        self._vault.log(session, AuditAction.CREATE, row.id, {"kind": "case"})
        return Case(row.id, person_id, CaseStatus.OPEN, details, row.version)

    def record_contact_in(self, session: Session, case_id: str, session_date: str) -> None:
        """Move the case's last-contact date forward, inside the caller's transaction."""
        row = session.get(CaseRow, case_id)
        if row is None:
            raise records.NotFound
        details = CaseDetails.from_json(records.open_row(self._vault, row, TABLE))
        if details.last_contact is not None and details.last_contact >= session_date:
            return
        details = replace(details, last_contact=session_date)
        records.bump(self._vault, row, None)
        records.seal_into(self._vault, row, TABLE, details.to_json())
        records.journal(self._vault, session, TABLE, row, "update")
        self.forget()

    def close_case(
        self, case_id: str, *, closing_summary: str, closed_on: date | None = None
    ) -> Case:
        return self._update(case_id, closed=True, summary=closing_summary, closed_on=closed_on)

    def assign(self, case_id: str, keyworker_ids: tuple[str, ...]) -> Case:
        self._vault.access.require_manager(
            message=tr(
                "Only a manager can change who is working with her. Please ask a manager to help."
            )
        )
        return self._update(case_id, keyworkers=keyworker_ids)

    def _update(
        self,
        case_id: str,
        *,
        closed: bool = False,
        summary: str = "",
        closed_on: date | None = None,
        keyworkers: tuple[str, ...] | None = None,
    ) -> Case:
        with self._vault.write() as session:
            row = session.get(CaseRow, case_id)
            if row is None or row.deleted:
                raise records.NotFound
            self._vault.access.require(row.person_id)
            details = CaseDetails.from_json(records.open_row(self._vault, row, TABLE))
            if closed:
                if row.status == CaseStatus.CLOSED.value:
                    raise InvalidInput(tr("This case is already closed."))
                closed_day = (closed_on or self._vault.clock.now().date()).isoformat()
                details = replace(details, closed_on=closed_day, closing_summary=summary)
                row.status = CaseStatus.CLOSED.value
            if keyworkers is not None:
                if not keyworkers:
                    raise InvalidInput(tr("Please choose at least one keyworker for this case."))
                details = replace(details, keyworker_ids=keyworkers)
            records.bump(self._vault, row, None)
            records.seal_into(self._vault, row, TABLE, details.to_json())
            records.journal(self._vault, session, TABLE, row, "update")
            self._vault.log(session, AuditAction.EDIT, row.id, {"kind": "case", "closed": closed})
            case = Case(row.id, row.person_id, CaseStatus(row.status), details, row.version)
        self.forget()
        return case
