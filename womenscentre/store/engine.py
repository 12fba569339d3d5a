"""Opening the SQLite file with the settings the security model relies on.

Every pooled connection gets WAL, ``synchronous=FULL`` (a commit survives power
loss, not only a crash), ``secure_delete``, in-memory temp storage (no sorted
plaintext spills to /var/tmp), foreign keys and an untrusted schema. Writes take
the lock up front with ``BEGIN IMMEDIATE`` so two writers never deadlock halfway;
reads begin deferred, so they never wait.
"""

from __future__ import annotations

import errno
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from womenscentre.errors import DiskProblem, VaultDamaged
from womenscentre.paths import private_umask

PRAGMAS = (
    # Only takes effect while the file is still empty, i.e. for a new vault: a sealed
    # 300-word note is about 2 KiB, and 8 KiB pages hold three where 4 KiB pages hold one.
    "PRAGMA page_size=8192",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA foreign_keys=ON",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA journal_size_limit=4194304",
    "PRAGMA busy_timeout=5000",
)


def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The driver's own transaction handling is switched off so that the "begin"
    # hook below decides how each transaction starts.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _begin(connection: Any) -> None:
    # Writers take the write lock at once; readers start a deferred transaction,
    # which in WAL mode never waits for a writer.
    if connection.get_execution_options().get(WRITE_OPTION):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


WRITE_OPTION = "womenscentre_write"


def writer(engine: Engine) -> Engine:
    """The same engine, marked so its transactions begin with ``BEGIN IMMEDIATE``."""
    return engine.execution_options(**{WRITE_OPTION: True})


def make_engine(database: Path) -> Engine:
    """An engine whose every connection is configured; creating the file privately."""
    with private_umask():
        engine = create_engine(
            f"sqlite:///{database}",
            connect_args={"check_same_thread": False},
            pool_pre_ping=False,
        )
        event.listen(engine, "connect", _configure)
        event.listen(engine, "begin", _begin)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except Exception as exc:
            engine.dispose()
            raise translate_database_error(exc) from exc
    return engine


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file and truncate it: done on lock and exit."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


#: Files SQLite keeps beside the vault while it is open (the write-ahead log, and the
#: rollback journal of a file that was never switched to WAL).
SIDE_FILE_SUFFIXES = ("-wal", "-journal")


def left_unfinished(database: Path) -> bool:
    """True when the last session ended without closing the file: a crash or power cut.

    Closing folds the write-ahead log into the file and removes it (``checkpoint``, then
    SQLite itself on the last close), so a log still holding pages is the sign that the
    app or the computer stopped mid-session. Ask before opening: opening replays the log.
    """
    for suffix in SIDE_FILE_SUFFIXES:
        try:
            if database.with_name(database.name + suffix).stat().st_size > 0:
                return True
        except OSError:
            continue
    return False


def quick_check_read_only(database: Path) -> list[str]:
    """``PRAGMA quick_check`` through a read-only connection, so nothing can be written.

    A writable connection would fold a crashed session's log into the file when it closes,
    changing a file that may be damaged; a read-only one reads the log and leaves it.
    """
    with closing(sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)) as con:
        rows = con.execute("PRAGMA quick_check").fetchall()
    return [str(row[0]) for row in rows if row[0] != "ok"]


def quick_check(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
    return [str(row[0]) for row in rows if row[0] != "ok"]


def integrity_check(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
    return [str(row[0]) for row in rows if row[0] != "ok"]


def translate_database_error(exc: BaseException) -> Exception:
    """Map a driver failure to the message a person should see."""
    original = getattr(exc, "orig", exc)
    text = str(original).lower()
    if isinstance(original, OSError) and original.errno in (errno.ENOSPC, errno.EFBIG):
        return DiskProblem()
    if "disk is full" in text or "disk i/o error" in text or "readonly" in text:
        return DiskProblem()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultDamaged()
    if isinstance(exc, Exception):
        return exc
    return RuntimeError(str(exc))
