"""By attack: a backup or an export killed with SIGKILL mid-write leaves a temporary file,
and the next backup (or export) to that folder removes it.

Nothing in the writers is patched. The backup child pauses inside its own progress callback
(part of the backup API); the export child is held at the point where its files are staged
by a write transaction the test keeps open on the vault, so it is waiting in SQLite's busy
handler when it is killed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from contextlib import closing
from pathlib import Path

import pytest

import womenscentre
from womenscentre.exports.files import (
    STALE_AFTER_SECONDS,
    TEMP_PREFIX,
    remove_stale_exports,
    staged,
    temporary_name,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")

BACKUP_CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from womenscentre.paths import VaultPaths
    from womenscentre.services.lifecycle import unlock

    vault = unlock(VaultPaths.for_dir(Path(sys.argv[1])), sys.argv[2], sys.argv[3])

    def progress(step):
        if step.stage == "seal":
            print("sealing", flush=True)
            time.sleep(60)

    vault.backups.backup_to_folder(Path(sys.argv[4]), keep=3, progress=progress)
    """
)

EXPORT_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from womenscentre.paths import VaultPaths
    from womenscentre.services.lifecycle import unlock

    vault = unlock(VaultPaths.for_dir(Path(sys.argv[1])), sys.argv[2], sys.argv[3])
    print("ready", flush=True)
    sys.stdin.readline()
    render = lambda document: "\\n".join(document.lines()).encode()
    vault.subject_access.write(sys.argv[4], Path(sys.argv[5]), render)
    print("finished", flush=True)
    """
)


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    root = str(Path(womenscentre.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def _wait_for(folder: Path, pattern: str, count: int, seconds: float = 4.0) -> list[Path]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = sorted(folder.glob(pattern))
        if len(found) >= count:
            return found
        time.sleep(0.01)
    return sorted(folder.glob(pattern))


def test_a_backup_killed_mid_write_is_cleaned_up_by_the_next_backup(
    new_vault, reopen, tmp_path, kit
):
    paths = new_vault.vault.paths
    new_vault.vault.lock()
    folder = tmp_path / "backups"
    folder.mkdir()
    unrelated = folder / ".notes.txt.1.partial"  # pid 1 is always running: left alone
    unrelated.write_text("someone else's file")
    child = _child(BACKUP_CHILD, str(paths.root), kit.MANAGER, kit.MANAGER_PASSPHRASE, str(folder))
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "sealing", (
            child.stderr.read() if child.stderr else ""
        )
    finally:
        _kill(child)
    [left] = folder.glob(".womenscentre-backup-*.partial")
    assert left.name.endswith(f".{child.pid}.partial") and left.stat().st_size > 0
    assert not list(folder.glob("womenscentre-backup-*"))

    vault = reopen(kit.MANAGER, kit.MANAGER_PASSPHRASE)
    result = vault.backups.backup_to_folder(folder, keep=3)
    assert not left.exists(), "the killed backup's temporary file is gone"
    assert unrelated.exists()
    assert [p.name for p in folder.glob("womenscentre-backup-*")] == [result.path.name]


def test_an_export_killed_mid_write_leaves_plain_text_the_next_export_removes(
    new_vault, reopen, make, tmp_path, kit
):
    vault = new_vault.vault
    secret = kit.canary()
    rosa = vault.people.add(make.person(secret), referral_source="self")
    other = vault.people.add(make.person("Nia"), referral_source="self")
    paths = vault.paths
    vault.lock()
    folder = tmp_path / "exports"
    folder.mkdir()
    child = _child(
        EXPORT_CHILD,
        str(paths.root),
        kit.MANAGER,
        kit.MANAGER_PASSPHRASE,
        rosa.id,
        str(folder),
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "ready"
        # Hold the vault's write lock, so the child waits with its files staged.
        with closing(sqlite3.connect(paths.database, timeout=10)) as blocker:
            blocker.execute("BEGIN IMMEDIATE")
            child.stdin.write("go\n")
            child.stdin.flush()
            left = _wait_for(folder, f"{TEMP_PREFIX}*", 2)
            _kill(child)
            blocker.rollback()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    assert len(left) == 2 and all(p.exists() for p in left)
    assert all(p.name.startswith(f"{TEMP_PREFIX}{child.pid}-") for p in left)
    assert kit.grep(left, {"her name": secret}), "control: the temporary files hold plain text"
    assert not [p for p in folder.iterdir() if not p.name.startswith(".")], "nothing placed"

    again = reopen(kit.MANAGER, kit.MANAGER_PASSPHRASE)
    result = again.subject_access.write(
        other.id, folder, lambda document: "\n".join(document.lines()).encode()
    )
    assert not [p for p in left if p.exists()]
    assert sorted(folder.iterdir()) == sorted(result.files.values())
    assert kit.grep(sorted(folder.iterdir()), {"her name": secret}) == []


def test_a_live_exports_temporary_file_stays_and_an_old_one_goes(tmp_path):
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f"{TEMP_PREFIX}{sleeper.pid}-0123456789ab-pack.json"
        live.write_text("{}")
        mine = tmp_path / temporary_name("pack.pdf")
        mine.write_text("%PDF")
        unnamed = tmp_path / f"{TEMP_PREFIX}0123456789ab-pack.json"  # no process id
        unnamed.write_text("{}")
        folder_like = tmp_path / f"{TEMP_PREFIX}{sleeper.pid + 1}-0123456789ab-dir"
        folder_like.mkdir()
        assert remove_stale_exports(tmp_path) == []
        later = time.time() + STALE_AFTER_SECONDS + 60
        removed = remove_stale_exports(tmp_path, now=later)
        assert sorted(removed) == sorted([live, mine, unnamed])
        assert folder_like.is_dir()
    finally:
        sleeper.kill()
        sleeper.wait(timeout=30)


def test_a_bad_file_name_stages_nothing(tmp_path):
    with pytest.raises(ValueError), staged(tmp_path, {"a.json": b"{}", "../b.json": b"{}"}):
        pass
    assert list(tmp_path.iterdir()) == []
