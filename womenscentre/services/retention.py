"""Retention review and purge: real deletion, with a certificate and no content kept.

The review list works from what the centre's policy says (for example, closed cases
reviewed six years after her last case closed) and from a review date a manager set by
hand (``purge_after``, which overrides the policy either way). Dates come from the
injected clock, so tests and a future "what will be due next year" view can move time.

A purge removes every row that belongs to her: the tables are found by following foreign
keys from ``people`` through the schema, so tables added later (consents, referrals, ...)
are included without this module knowing about them. Rows go in one transaction with
``secure_delete`` on (set on every connection), the change journal records each purge by
id for a future sync to replay, the audit log gets one PURGE entry, and then the WAL is
checkpointed and truncated so no page image of her record stays in it.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, delete, literal, select
from sqlalchemy.orm import Session

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.cases import CaseStatus
from womenscentre.domain.retention import (
    KIND_LABELS,
    DeletionCertificate,
    DueRecord,
    PurgeBasis,
    RetentionKind,
    add_years,
)
from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr
from womenscentre.services import audit, records, search_snapshot
from womenscentre.store.models import Base, ChangeJournal, PersonRow

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from womenscentre.services.unlocked import UnlockedVault

MIN_REASON_CHARS = 10
_BATCH = 500


def batches(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), _BATCH):
        yield values[start : start + _BATCH]


def her_rows(session: Session, person_id: str) -> dict[str, list[tuple[str, int]]]:
    """(id, version) of every row that belongs to her, per table, parents first.

    Walks ``Base.metadata`` in dependency order: a table is hers where any of its foreign
    keys points at one of her rows already found, so notes come through cases and people,
    addenda through notes, export records through sharing decisions, and so on.
    """
    found: dict[str, list[tuple[str, int]]] = {"people": []}
    row = session.get(PersonRow, person_id)
    if row is not None:
        found["people"] = [(row.id, row.version)]
    ids = {"people": [person_id] if row is not None else []}
    for table in Base.metadata.sorted_tables:
        if table.name == "people" or "id" not in table.c:
            continue
        version = table.c.version if "version" in table.c else literal(0)
        rows: dict[str, int] = {}
        for fk in table.foreign_keys:
            parents = ids.get(fk.column.table.name) if fk.column.name == "id" else None
            for batch in batches(parents or []):
                query = select(table.c.id, version).where(fk.parent.in_(batch))
                rows.update({str(r[0]): int(r[1]) for r in session.execute(query)})
        if rows:
            found[table.name] = sorted(rows.items())
            ids[table.name] = list(rows)
    return found


def checkpoint_wal(engine: Engine, attempts: int = 5) -> bool:
    """``wal_checkpoint(TRUNCATE)``; True once SQLite reports it complete."""
    for attempt in range(attempts):
        with engine.connect() as connection:
            result = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if result is not None and result[0] == 0:
            return True
        time.sleep(0.05 * (attempt + 1))
    return False


class Retention:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    # -- policy --------------------------------------------------------------------
    def policy(self) -> dict[RetentionKind, int]:
        """Years after which each kind of record comes up for review (0: never)."""
        settings = self._vault.settings.get()
        return {kind: settings.retention_for(kind.value) for kind in RetentionKind}

    def set_policy(self, kind: RetentionKind, years: int) -> None:
        self._vault.access.require_manager(
            message=tr(
                "Only a manager can change the retention policy. Please ask a manager to help."
            )
        )
        settings = self._vault.settings.get()
        chosen = dict(settings.retention_years) | {kind.value: years}
        try:
            updated = replace(settings, retention_years=tuple(sorted(chosen.items())))
        except ValueError as exc:
            raise InvalidInput(
                tr("Please choose a number of years between 0 (never) and 100.")
            ) from exc
        self._vault.settings.update(updated)

    def _policy_text(self, kind: RetentionKind, years: int) -> str:
        return (
            f"{KIND_LABELS.english(kind)}: reviewed after {years} year{'s' if years != 1 else ''}"
        )

    # -- review --------------------------------------------------------------------
    def review_list(self, today: date | None = None) -> list[DueRecord]:
        """Every record due for review on ``today`` (the clock's today by default)."""
        self._vault.access.require_manager(
            message=tr(
                "Only a manager can see the retention review list. Please ask a manager to help."
            )
        )
        today = today or self._vault.clock.now().date()
        names = {p.id: p.preferred_name for p in self._vault.people.visible()}
        policy = self.policy()
        due: list[DueRecord] = []
        with self._vault.read() as session:
            for row in session.scalars(select(PersonRow)):
                item = self._due(session, row, names.get(row.id, ""), policy, today)
                if item is not None and item.due_on <= today:
                    due.append(item)
        due.sort(key=lambda d: (d.due_on, d.person_id))
        return due

    def _due(
        self,
        session: Session,
        row: PersonRow,
        name: str,
        policy: dict[RetentionKind, int],
        today: date | None = None,
    ) -> DueRecord | None:
        """When her record falls due; None if the policy never applies to it.

        Rows are counted only when the record is due by ``today`` (always, if None).
        """
        if row.deleted:
            kind, since = RetentionKind.DELETED_RECORD, _day(row.updated_at)
        else:
            cases = self._vault.cases.for_person(row.id)
            if not cases or any(c.status is CaseStatus.OPEN for c in cases):
                since = None
            else:
                closed = [c.details.closed_on for c in cases if c.details.closed_on]
                since = date.fromisoformat(max(closed)) if closed else None
            kind = RetentionKind.CLOSED_CASE
        held = row.purge_after is not None
        if held:
            due_on = date.fromisoformat(str(row.purge_after))
        elif since is None or policy[kind] == 0:
            return None
        else:
            due_on = add_years(since, policy[kind])
        counts: tuple[tuple[str, int], ...] = ()
        if today is None or due_on <= today:
            counts = tuple((t, len(r)) for t, r in her_rows(session, row.id).items() if r)
        return DueRecord(row.id, name, kind, since or due_on, due_on, counts, held)

    def hold_until(self, person_id: str, until: date, reason: str) -> None:
        """Set her review date by hand: later to keep the record (a court case, say)."""
        self._vault.access.require_manager(
            message=tr(
                "Only a manager can change when a record is reviewed. Please ask a manager to help."
            )
        )
        if len(reason.strip()) < MIN_REASON_CHARS:
            raise InvalidInput(tr("Please give a reason for changing the review date."))
        with self._vault.write() as session:
            row = session.get(PersonRow, person_id)
            if row is None:
                raise records.NotFound
            row.purge_after = until.isoformat()
            records.bump(self._vault, row, None)
            records.journal(self._vault, session, "people", row, "update")
            self._vault.log(
                session,
                AuditAction.EDIT,
                person_id,
                {"kind": "review date", "until": until.isoformat(), "reason": reason.strip()},
            )

    # -- purge ---------------------------------------------------------------------
    def purge(
        self,
        person_id: str,
        reason: str,
        *,
        basis: PurgeBasis = PurgeBasis.RETENTION,
        today: date | None = None,
        applies: Callable[[Session], None] | None = None,
        grounds: str = "",
    ) -> DeletionCertificate:
        """Delete her whole record for good, and return the certificate to keep.

        ``applies`` runs inside the deleting transaction and raises when the deletion must
        not go ahead (erasure uses it, so nothing can change between its check and the
        delete); ``grounds`` replaces the policy line on the certificate.
        """
        vault = self._vault
        vault.access.require_manager(
            message=tr("Only a manager can delete a record for good. Please ask a manager to help.")
        )
        reason = reason.strip()
        if len(reason) < MIN_REASON_CHARS:
            raise InvalidInput(
                tr("Please give the reason for this deletion in a sentence, without her name.")
            )
        today = today or vault.clock.now().date()
        with vault.write() as session:
            row = session.get(PersonRow, person_id)
            if row is None:
                raise records.NotFound
            policy = self.policy()
            item = self._due(session, row, "", policy, date.min)
            if basis is PurgeBasis.RETENTION and (item is None or item.due_on > today):
                raise InvalidInput(
                    tr(
                        "This record isn't due for review under the centre's retention policy "
                        "yet, so it has not been deleted."
                    )
                )
            if applies is not None:
                applies(session)
            found = her_rows(session, person_id)
            kind = item.kind if item is not None else RetentionKind.CLOSED_CASE
            years = policy[kind]
            now = vault.now_minute()
            for table_name, rows in found.items():
                for record_id, version in rows:
                    session.add(
                        ChangeJournal(
                            table_name=table_name,
                            record_id=record_id,
                            version=version + 1,
                            op="purge",
                            at=now,
                        )
                    )
            for table in reversed(Base.metadata.sorted_tables):
                _delete_rows(session, table, found)
            # every user's sealed search index may hold words of hers: drop them all
            search_snapshot.discard_all(vault.paths.sealed_caches)
            counts = tuple((t, len(r)) for t, r in found.items() if r)
            certificate = DeletionCertificate(
                certificate_id=str(uuid.uuid4()),
                vault_id=vault.vault_id,
                record_id=person_id,
                kind="her whole record",
                basis=basis,
                policy=grounds or self._policy_text(kind, years),
                due_on=None
                if item is None or basis is PurgeBasis.ERASURE
                else item.due_on.isoformat(),
                purged_at=now,
                purged_by_id=vault.user.id,
                purged_by=vault.user.username,
                reason=reason,
                counts=counts,
                audit_seq=0,
            )
            details = certificate.to_json()
            entry = audit.append(
                session,
                vault.keyring,
                ts=vault.clock.now().isoformat(),
                actor_id=vault.user.id,
                action=AuditAction.PURGE,
                record_id=person_id,
                details={k: details[k] for k in ("certificate_id", "basis", "reason", "counts")},
            )
        vault.cases.forget()
        vault.search.forget()
        return replace(
            certificate, audit_seq=entry.seq, wal_checkpointed=checkpoint_wal(vault.engine)
        )


def _delete_rows(session: Session, table: Table, found: dict[str, list[tuple[str, int]]]) -> None:
    """Her rows in ``table``: by id, or for a table without ids, by its links to her rows."""
    if "id" in table.c:
        for batch in batches([record_id for record_id, _ in found.get(table.name, [])]):
            session.execute(delete(table).where(table.c.id.in_(batch)))
        return
    for fk in table.foreign_keys:
        parents = found.get(fk.column.table.name) if fk.column.name == "id" else None
        for batch in batches([record_id for record_id, _ in parents or []]):
            session.execute(delete(table).where(fk.parent.in_(batch)))


def _day(minute: str) -> date:
    return datetime.strptime(minute, "%Y-%m-%dT%H:%MZ").date()
