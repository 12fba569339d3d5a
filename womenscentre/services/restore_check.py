"""Checking a restored database file before it is allowed to replace anything.

The file is opened read-only and ``immutable`` (SQLite writes no journal, WAL or shared
memory file beside it) and checked in the order that says most about a bad file: SQLite's
own integrity check, a schema this app knows, the vault id the backup's header promised,
the audit chain, every user's signed role, and every sealed record opening with the keys
the restore was given. The same record and account checks back ``womenscentre verify``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from womenscentre.i18n import tr, trn
from womenscentre.services import audit, keyset
from womenscentre.services.backup_file import BackupDamaged, BackupFromNewerVersion
from womenscentre.services.verify import check_accounts, check_records
from womenscentre.store import engine as store_engine
from womenscentre.store import migrate
from womenscentre.store.models import PersonRow, SessionNoteRow, User
from womenscentre.vault.keyring import Keyring


@dataclass(frozen=True, slots=True)
class RestoreCheck:
    records: int
    people: int
    notes: int
    users: int
    audit_entries: int


def read_only_engine(database: Path) -> Engine:
    """SQLite on a file it may not change: no journal, no WAL, nothing written beside it."""
    uri = database.absolute().as_uri() + "?immutable=1"
    return create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=NullPool,
    )


def _count(session: Session, model: Any, *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def check_restored(
    work: Path, vault_id: str, keys_for: Callable[[Session], Keyring]
) -> tuple[RestoreCheck, Keyring]:
    """Check ``work`` fully; returns the facts and the keyring that opened it (caller closes)."""
    engine = read_only_engine(work)
    keyring: Keyring | None = None
    try:
        if store_engine.integrity_check(engine):
            raise BackupDamaged(tr("the database inside failed its integrity check"))
        revision = migrate.current_revision(engine)
        if revision is None:
            raise BackupDamaged(tr("the database inside has no schema"))
        if revision not in migrate.known_revisions():
            raise BackupFromNewerVersion
        with Session(engine) as session:
            if keyset.meta_get(session, "vault_id") != vault_id:
                raise BackupDamaged(tr("the vault inside doesn't match the file's label"))
            keyring = keys_for(session)
            if audit.verify_chain(session, keyring, audit.head(session)):
                raise BackupDamaged(tr("its audit log doesn't check out"))
            checked, damaged = check_records(session, keyring)
            if damaged:
                raise BackupDamaged(
                    trn(
                        "{damaged} of %n record doesn't open",
                        "{damaged} of %n records don't open",
                        checked,
                    ).format(damaged=len(damaged))
                )
            if check_accounts(session, vault_id):
                raise BackupDamaged(tr("a user's role inside has been changed"))
            facts = RestoreCheck(
                records=checked,
                people=_count(session, PersonRow, PersonRow.deleted.is_(False)),
                notes=_count(session, SessionNoteRow, SessionNoteRow.deleted.is_(False)),
                users=_count(session, User, User.status == "active"),
                audit_entries=(audit.head(session) or audit.Anchor(0, "")).seq,
            )
        return facts, keyring
    except BaseException as exc:
        if keyring is not None:
            keyring.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise BackupDamaged(tr("the database inside can't be read")) from exc
        raise
    finally:
        engine.dispose()
