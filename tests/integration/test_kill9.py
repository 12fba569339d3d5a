"""Kill the app mid-save and check no acknowledged save is lost; check every connection's settings.

Recipes T4 and T5a of the security reference (section 10). The reference runs T4 fifty
times with 200 saves each; here it runs RUNS times, each child saving as fast as it can
until it is killed at a random moment, so the suite stays quick on a shared 2-core machine.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest

import womenscentre
from womenscentre.store import engine as store_engine
from womenscentre.vault.kdf import TEST_POLICY_ENV

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
RUNS = 10
SEED = 20260105

SAVER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path

    from womenscentre.domain.notes import ContactMode, NoteContent, SessionType
    from womenscentre.paths import VaultPaths
    from womenscentre.services.lifecycle import unlock

    vault = unlock(VaultPaths.for_dir(Path(sys.argv[1])), sys.argv[2], sys.argv[3])
    case_id = sys.argv[4]

    def content(i):
        body = f"Draft line {i}: she talked about the bus pass and the library. " * (1 + i % 7)
        return NoteContent(
            date(2026, 1, 5).isoformat(), 30, SessionType.ONE_TO_ONE, ContactMode.PHONE, body
        )

    note = None
    i = 0
    while True:
        i += 1
        if note is None or i % 6 == 0:
            note = vault.notes.start(case_id, content(i))
        else:
            note = vault.notes.save_draft(note.id, content(i), expected_version=note.version)
        # Acknowledged only now, after the save call (and its commit) has returned.
        sys.stdout.write(f"{note.id} {note.version}\\n")
        sys.stdout.flush()
    """
)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    assert env.get(TEST_POLICY_ENV) == "1", "the autouse fixture sets the fast KDF switch"
    import_root = str(Path(womenscentre.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [import_root, env.get("PYTHONPATH")]))
    return env


def _run_and_kill(args: list[str], delay: float) -> tuple[list[tuple[str, int]], str]:
    """Start the saver, let it run ``delay`` seconds past its first save, then SIGKILL it."""
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_child_env())
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        rest, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert first, f"the saver never saved anything: {err.decode()[-2000:]}"
    assert child.returncode == -signal.SIGKILL, f"the saver died by itself: {err.decode()[-2000:]}"
    complete_lines = (first + rest).split(b"\n")[:-1]  # a torn last line was never acknowledged
    acked = []
    for line in complete_lines:
        note_id, version = line.decode().split()
        acked.append((note_id, int(version)))
    return acked, err.decode()


@pytest.mark.slow
def test_no_acknowledged_save_is_lost_when_the_app_is_killed(new_vault, reopen, make, tmp_path):
    """T4: SIGKILL a draft-saving process at random moments (RUNS=10 times); no acked save lost."""
    manager = new_vault.vault
    person = manager.people.add(make.person("Rosa"), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    db = manager.paths.database
    root = manager.paths.root
    manager.lock()
    script = tmp_path / "saver.py"
    script.write_text(SAVER)
    args = [sys.executable, str(script), str(root), MANAGER, MANAGER_PASSPHRASE, case.id]
    rng = random.Random(SEED)
    total_acked = 0
    for run in range(RUNS):
        delay = rng.uniform(0.0, 0.25)
        acked, _err = _run_and_kill(args, delay)
        assert acked, f"run {run}: nothing acknowledged"
        total_acked += len(acked)
        with closing(sqlite3.connect(db)) as con:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"run {run}"
        vault = reopen(MANAGER, MANAGER_PASSPHRASE)
        saved = {note.id: note.version for note in vault.notes.my_drafts()}
        for note_id, version in acked:
            assert note_id in saved, f"run {run} (delay {delay:.3f}s): note {note_id} lost"
            assert saved[note_id] >= version, f"run {run}: {note_id} rolled back below v{version}"
        assert store_engine.integrity_check(vault.engine) == []
        vault.lock()
    assert total_acked >= RUNS


# -- T5a -------------------------------------------------------------------------------

EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,
    "secure_delete": 1,
    "temp_store": 2,
    "foreign_keys": 1,
    "trusted_schema": 0,
}


def _pragmas(connection) -> dict[str, object]:
    return {
        name: connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS
    }


def test_every_pooled_connection_has_the_security_settings(manager):
    """T5a: hold many pooled connections at once, from threads too; each reports every pragma."""
    engine = manager.engine
    writer = store_engine.writer(engine)
    # One writer at a time (its transactions begin IMMEDIATE), readers alongside it.
    held = [writer.connect()] + [engine.connect() for _ in range(6)]
    try:
        raw_ids = {id(connection.connection.dbapi_connection) for connection in held}
        assert len(raw_ids) == len(held), "each held connection is a separate SQLite connection"
        for connection in held:
            assert _pragmas(connection) == EXPECTED_PRAGMAS
    finally:
        for connection in held:
            connection.close()

    def in_thread(_n: int) -> dict[str, object]:
        with engine.connect() as connection:
            time.sleep(0.01)  # overlap with the other threads
            return _pragmas(connection)

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(in_thread, range(12)))
    assert all(result == EXPECTED_PRAGMAS for result in results)


def test_settings_survive_lock_and_unlock(new_vault, reopen):
    """T5a: after lock and unlock the new engine's connections are configured the same way."""
    new_vault.vault.lock()
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    with vault.engine.connect() as first, vault.engine.connect() as second:
        assert _pragmas(first) == EXPECTED_PRAGMAS
        assert _pragmas(second) == EXPECTED_PRAGMAS
