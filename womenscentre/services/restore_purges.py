"""Deletions made for good stay made when an older backup is restored.

Every purge (retention or erasure) writes one content-free ``change_journal`` row per row it
deletes: the table, the random id, a version, ``op='purge'`` and the minute. Those rows are
the vault's purge list. A backup made before a purge still holds her record, so restoring it
would quietly bring back a woman who asked to be erased. To stop that, ``RestoreFlow.replace``
reads the purge list of the vault it is replacing (only when it is the same vault) and,
before the restored file is renamed into place, ``repeat_purges`` in that file:

* deletes every listed row still there, and every row linked through foreign keys to a
  listed woman (a draft deleted between the backup and the purge is caught this way);
* copies the list into the restored journal, so restoring an even older backup later
  repeats these deletions too;
* writes one PURGE audit entry per woman and returns a deletion certificate for each whose
  basis says she was purged again after a restore.

It runs in one transaction with ``secure_delete`` on, then the WAL is checkpointed and
truncated, so the vault never appears in place with her in it, and a crash part-way leaves
the old vault where it was. The schema is read from the file itself, because a backup may
come from an older version of the app whose tables differ (migrations run on first unlock).

What this can't do: on a NEW laptop, restoring with only the backup file and the recovery
key, there is no replaced vault to read a purge list from. Restoring the newest backup is
still right, because its own journal holds every purge made before it and those rows are
already gone from it. Restoring an *older* backup there brings back anyone erased or purged
after that backup was made. Each deletion certificate names the record by its reference, so
a manager must erase each such record again by hand after that restore; the certificates'
text warns that older backups still hold the record.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, delete, insert, select
from sqlalchemy.orm import Session

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.retention import DeletionCertificate, PurgeBasis
from womenscentre.services import audit
from womenscentre.vault.keyring import Keyring

_BATCH = 500
PURGE_OP = "purge"


@dataclass(frozen=True, slots=True)
class PurgedRow:
    """One row a purge deleted: ids and versions only, as the journal keeps them."""

    table_name: str
    record_id: str
    version: int
    at: str


@dataclass(frozen=True, slots=True)
class RepeatContext:
    """Who is restoring, and from which backup, for the audit entries and certificates."""

    vault_id: str
    backup_id: str
    backup_made: str
    actor_id: str | None
    ts: str
    minute: str


def read_purge_list(database: Path) -> list[PurgedRow] | None:
    """The purge list of the vault file at ``database``; None when it can't be read.

    Read through the WAL where there is one, else ``immutable`` (writing nothing beside it).
    """
    query = (
        "SELECT table_name, record_id, version, at FROM change_journal WHERE op = ? ORDER BY seq"
    )
    for mode in ("mode=ro", "immutable=1"):
        with suppress(sqlite3.Error, OSError):
            uri = f"{database.absolute().as_uri()}?{mode}"
            with closing(sqlite3.connect(uri, uri=True)) as connection:
                rows = connection.execute(query, (PURGE_OP,)).fetchall()
            return [PurgedRow(str(t), str(r), int(v), str(a)) for t, r, v, a in rows]
    return None


def _batches(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _BATCH):
        yield values[start : start + _BATCH]


def _id_columns(table: Table) -> list[Column[Any]]:
    return [table.c.id] + ([table.c.version] if "version" in table.c else [])


def _versions(rows: Iterable[Sequence[Any]]) -> dict[str, int]:
    return {str(row[0]): int(row[1]) if len(row) > 1 else 0 for row in rows}


def _linked_rows(
    connection: Connection, tables: list[Table], person_id: str
) -> dict[str, dict[str, int]]:
    """Every row that belongs to her in this file, per table: ``{id: version}``.

    Follows foreign keys from ``people`` in dependency order, like the retention purge does,
    but over the file's own schema.
    """
    ids: dict[str, dict[str, int]] = {}
    people = next((table for table in tables if table.name == "people"), None)
    if people is None:
        return ids
    found = _versions(
        connection.execute(select(*_id_columns(people)).where(people.c.id == person_id))
    )
    if not found:
        return ids
    ids["people"] = found
    for table in tables:
        if table.name == "people" or "id" not in table.c:
            continue
        rows: dict[str, int] = {}
        for fk in table.foreign_keys:
            parents = ids.get(fk.column.table.name) if fk.column.name == "id" else None
            for batch in _batches(list(parents or {})):
                query = select(*_id_columns(table)).where(fk.parent.in_(batch))
                rows.update(_versions(connection.execute(query)))
        if rows:
            ids[table.name] = rows
    return ids


def _listed_rows(
    connection: Connection, by_name: dict[str, Table], purged: list[PurgedRow]
) -> dict[str, dict[str, int]]:
    """Listed rows still present in this file, whoever they belong to."""
    wanted: dict[str, list[str]] = {}
    for row in purged:
        wanted.setdefault(row.table_name, []).append(row.record_id)
    present: dict[str, dict[str, int]] = {}
    for name, record_ids in wanted.items():
        table = by_name.get(name)
        if table is None or "id" not in table.c:
            continue
        for batch in _batches(record_ids):
            query = select(*_id_columns(table)).where(table.c.id.in_(batch))
            found = _versions(connection.execute(query))
            if found:
                present.setdefault(name, {}).update(found)
    return present


def _delete(connection: Connection, tables: list[Table], doomed: dict[str, dict[str, int]]) -> None:
    """Children first; a table without ids goes by its links to the doomed rows."""
    for table in reversed(tables):
        if "id" in table.c:
            for batch in _batches(list(doomed.get(table.name, {}))):
                connection.execute(delete(table).where(table.c.id.in_(batch)))
            continue
        for fk in table.foreign_keys:
            parents = doomed.get(fk.column.table.name) if fk.column.name == "id" else None
            for batch in _batches(list(parents or {})):
                connection.execute(delete(table).where(fk.parent.in_(batch)))


def _carry_journal(
    connection: Connection,
    journal: Table,
    purged: list[PurgedRow],
    deleted_now: dict[str, dict[str, int]],
    minute: str,
) -> None:
    """Copy the purge list in, and add any row deleted now that the list didn't name."""
    listed = {(row.table_name, row.record_id) for row in purged}
    known = {
        (str(t), str(r), int(v))
        for t, r, v in connection.execute(
            select(journal.c.table_name, journal.c.record_id, journal.c.version)
        )
    }
    wanted = [(r.table_name, r.record_id, r.version, r.at) for r in purged]
    for table_name, rows in deleted_now.items():
        wanted += [
            (table_name, i, v + 1, minute) for i, v in rows.items() if (table_name, i) not in listed
        ]
    for table_name, record_id, version, at in wanted:
        if (table_name, record_id, version) in known:
            continue
        known.add((table_name, record_id, version))
        connection.execute(
            insert(journal).values(
                table_name=table_name, record_id=record_id, version=version, op=PURGE_OP, at=at
            )
        )


def repeat_purges(
    session: Session, keyring: Keyring, purged: list[PurgedRow], context: RepeatContext
) -> list[DeletionCertificate]:
    """Delete again, inside the caller's transaction, what ``purged`` says was deleted.

    Returns one certificate per woman whose record was here again (``audit_seq`` set; the
    caller checkpoints the WAL and marks ``wal_checkpointed``).
    """
    if not purged:
        return []
    connection = session.connection()
    metadata = MetaData()
    metadata.reflect(bind=connection)
    tables = list(metadata.sorted_tables)
    by_name = {table.name: table for table in tables}
    doomed = _listed_rows(connection, by_name, purged)
    women = sorted({row.record_id for row in purged if row.table_name == "people"})
    hers: dict[str, dict[str, dict[str, int]]] = {}
    for person_id in women:
        linked = _linked_rows(connection, tables, person_id)
        if linked:
            hers[person_id] = linked
            for name, rows in linked.items():
                doomed.setdefault(name, {}).update(rows)
    if not doomed:
        _carry_journal(connection, by_name["change_journal"], purged, {}, context.minute)
        return []
    _delete(connection, tables, doomed)
    _carry_journal(connection, by_name["change_journal"], purged, doomed, context.minute)
    username = None
    if context.actor_id is not None and "users" in by_name:
        users = by_name["users"]
        query = select(users.c.username).where(users.c.id == context.actor_id)
        username = connection.execute(query).scalar()
    return [
        _certify(session, keyring, person_id, rows, context, username and str(username))
        for person_id, rows in hers.items()
    ]


def _certify(
    session: Session,
    keyring: Keyring,
    person_id: str,
    rows: dict[str, dict[str, int]],
    context: RepeatContext,
    username: str | None,
) -> DeletionCertificate:
    """One certificate and one content-free PURGE audit entry for her record."""
    counts = tuple((name, len(ids)) for name, ids in rows.items() if ids)
    reason = (
        f"Purged again after restore: backup {context.backup_id} (made {context.backup_made}) "
        "was restored, and this record had been deleted for good after it was made."
    )
    certificate = DeletionCertificate(
        certificate_id=str(uuid.uuid4()),
        vault_id=context.vault_id,
        record_id=person_id,
        kind="her whole record",
        basis=PurgeBasis.REPEATED_AFTER_RESTORE,
        policy="the deletion recorded in the vault that was replaced",
        due_on=None,
        purged_at=context.minute,
        purged_by_id=context.actor_id or "",
        purged_by=username if username else "the restore, opened with the recovery key",
        reason=reason,
        counts=counts,
        audit_seq=0,
    )
    details = certificate.to_json()
    entry = audit.append(
        session,
        keyring,
        ts=context.ts,
        actor_id=context.actor_id if username else None,
        action=AuditAction.PURGE,
        record_id=person_id,
        details={k: details[k] for k in ("certificate_id", "basis", "reason", "counts")},
    )
    return replace(certificate, audit_seq=entry.seq)
