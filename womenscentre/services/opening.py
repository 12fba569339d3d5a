"""Opening the vault file safely, before any key is involved.

Checks run in the order that loses nothing: another window holding the vault,
a missing or damaged file, a file from a newer app. Only then are keys touched.

The whole-file check (``PRAGMA quick_check``) reads every page, which takes about a
second on a large centre's vault, so it runs when the last session did not close the file
(a crash or power cut: :func:`~womenscentre.store.engine.left_unfinished`), the one time a
file that was fine when closed can have been left half-written. After a clean close, a
damaged file is still refused before anything is written: its header must be SQLite's,
and what unlock reads before its first write (the schema, its version, the meta, account,
throttle and key tables) comes through SQLite, which stops at a damaged page it meets, so
nothing is committed past it.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from dataclasses import dataclass

from sqlalchemy import Engine

from womenscentre.errors import UserFacingError, VaultDamaged, VaultMissing
from womenscentre.i18n import tr
from womenscentre.paths import VaultPaths, ensure_private_dir
from womenscentre.services.instance_lock import InstanceLock
from womenscentre.store import engine as store_engine
from womenscentre.store import migrate

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class OpenedFile:
    """An engine on the vault file, and the lock that keeps other windows out."""

    paths: VaultPaths
    engine: Engine
    lock: InstanceLock

    def close(self) -> None:
        with suppress(Exception):
            store_engine.checkpoint(self.engine)
        self.engine.dispose()
        self.lock.release()


def _looks_like_sqlite(paths: VaultPaths) -> bool:
    try:
        with open(paths.database, "rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _check_every_page(paths: VaultPaths) -> None:
    """Read every page of a file a session left open, before anything may write to it."""
    try:
        problems = store_engine.quick_check_read_only(paths.database)
    except sqlite3.DatabaseError as exc:
        raise VaultDamaged() from exc
    if problems:
        raise VaultDamaged(tr("the database check found problems"))


def open_existing(paths: VaultPaths) -> OpenedFile:
    ensure_private_dir(paths.root)
    lock = InstanceLock(paths.lock_file).acquire()
    try:
        if not paths.database.exists():
            raise VaultMissing
        if paths.database.stat().st_size == 0 or not _looks_like_sqlite(paths):
            raise VaultDamaged(tr("it is not a vault file"))
        if store_engine.left_unfinished(paths.database):
            _check_every_page(paths)
        engine = store_engine.make_engine(paths.database)
        try:
            if migrate.current_revision(engine) is None:
                raise VaultDamaged(tr("it has no schema"))
            migrate.needs_upgrade(engine)  # raises for a vault from a newer app
        except sqlite3.DatabaseError as exc:
            engine.dispose()
            raise VaultDamaged() from exc
        except UserFacingError:
            engine.dispose()
            raise
        except Exception as exc:
            engine.dispose()
            raise store_engine.translate_database_error(exc) from exc
    except BaseException:
        lock.release()
        raise
    return OpenedFile(paths, engine, lock)


def create_new(paths: VaultPaths) -> OpenedFile:
    from womenscentre.errors import VaultExists

    ensure_private_dir(paths.root)
    lock = InstanceLock(paths.lock_file).acquire()
    try:
        if paths.database.exists() and paths.database.stat().st_size > 0:
            raise VaultExists
        engine = store_engine.make_engine(paths.database)
        migrate.upgrade(engine)
    except BaseException:
        lock.release()
        raise
    return OpenedFile(paths, engine, lock)
