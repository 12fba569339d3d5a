"""A vault whose last session never closed it is checked page by page before it opens.

The whole-file check takes about a second on a large centre's vault, so unlock runs it only
when a session ended without closing the file (a crash or power cut leaves SQLite's
write-ahead log behind). These tests make a real crash: a child process commits through
the log and exits without closing, exactly as a killed app would.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from womenscentre.errors import VaultDamaged
from womenscentre.paths import VaultPaths
from womenscentre.store import engine as store_engine

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wal(paths: VaultPaths) -> Path:
    return paths.database.with_name(paths.database.name + "-wal")


@pytest.fixture
def locked(new_vault) -> VaultPaths:
    paths = new_vault.vault.paths
    new_vault.vault.lock()
    return paths


def _crash_mid_session(paths: VaultPaths) -> None:
    """Commit through the write-ahead log, then stop without closing, as a crash would."""
    code = textwrap.dedent(
        f"""
        import os, sqlite3
        con = sqlite3.connect({str(paths.database)!r}, isolation_level=None)
        con.execute("PRAGMA wal_autocheckpoint=0")
        con.execute("CREATE TABLE crash_marker (x)")
        con.execute("INSERT INTO crash_marker VALUES (1)")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert _wal(paths).stat().st_size > 0


def _damage_a_page_unlock_never_reads(paths: VaultPaths) -> None:
    """Break the notes table's root page header (an invalid page type), in the main file."""
    with closing(sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)) as con:
        (root,) = con.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'session_notes'"
        ).fetchone()
        (page_size,) = con.execute("PRAGMA page_size").fetchone()
    with open(paths.database, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff")


def test_a_closed_vault_is_not_flagged_and_a_crashed_one_is(locked: VaultPaths) -> None:
    assert not store_engine.left_unfinished(locked.database)
    _crash_mid_session(locked)
    assert store_engine.left_unfinished(locked.database)


def test_after_a_crash_the_vault_opens_with_its_last_commit_and_closes_cleanly(
    locked: VaultPaths, reopen
) -> None:
    _crash_mid_session(locked)
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    with vault.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT x FROM crash_marker").fetchall()
    assert [tuple(row) for row in rows] == [(1,)]
    vault.lock()
    assert not store_engine.left_unfinished(locked.database)


def test_after_a_crash_a_damaged_page_anywhere_is_refused_and_nothing_changes(
    locked: VaultPaths, reopen
) -> None:
    """Damage unlock itself would never read is still found, and the log is not folded in."""
    _crash_mid_session(locked)
    _damage_a_page_unlock_never_reads(locked)
    before, wal_before = _digest(locked.database), _digest(_wal(locked))
    with pytest.raises(VaultDamaged) as raised:
        reopen(MANAGER, MANAGER_PASSPHRASE)
    assert "nothing has been changed" in str(raised.value)
    assert _digest(locked.database) == before
    assert _digest(_wal(locked)) == wal_before
    # The same damage is refused on every try, not only the first.
    with pytest.raises(VaultDamaged):
        reopen(MANAGER, MANAGER_PASSPHRASE)
    assert _digest(locked.database) == before
