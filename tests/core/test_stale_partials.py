"""Temporary files a crash leaves mid-write are cleaned up when the vault is next opened.

By attack: a child process is killed with SIGKILL in the middle of an atomic write, so the
leftover is exactly what a crash leaves. A write still going on in a live process is left
alone (unless it is impossibly old), and nothing that isn't one of the app's temporary
files is touched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import womenscentre
from womenscentre.store.snapshot import STALE_AFTER_SECONDS, remove_stale_partials

MANAGER, MANAGER_PASSPHRASE = "morgan", "plum kettle harbour"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs POSIX signals")

WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from womenscentre.store.snapshot import write_atomically_with

    def fill(handle):
        handle.write(b"half a snapshot " * 4096)
        handle.flush()
        print("writing", flush=True)
        time.sleep(60)

    write_atomically_with(Path(sys.argv[1]), fill)
    """
)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    root = str(Path(womenscentre.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return env


def _killed_mid_write(target: Path) -> int:
    """Start an atomic write of ``target`` in a child, SIGKILL it mid-write; its pid."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    return child.pid


def test_a_write_killed_mid_way_leaves_a_partial_that_unlock_removes(new_vault, reopen):
    paths = new_vault.vault.paths
    new_vault.vault.lock()
    target = paths.snapshots / "before-migration-test.wcsnap"
    pid = _killed_mid_write(target)
    left = [paths.snapshots / f".{target.name}.{pid}.partial"]
    restore_work = paths.root / f".restore-{pid}-0a1b2c3d.partial"
    restore_work.write_bytes(b"a checked backup, half written")
    left.append(restore_work)
    assert all(p.exists() for p in left) and not target.exists()
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    assert [p for p in left if p.exists()] == []
    assert not target.exists()
    assert vault.people.visible() == []  # the vault itself is untouched and opens


def test_a_write_still_going_on_elsewhere_is_left_alone(new_vault, reopen):
    """A live writer's fresh file stays; the same file a day and more old goes."""
    paths = new_vault.vault.paths
    new_vault.vault.lock()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        fresh = paths.root / f".audit-anchor.json.{sleeper.pid}.partial"
        fresh.write_bytes(b"{}")
        paths.snapshots.mkdir(exist_ok=True)
        old = paths.snapshots / f".old.wcsnap.{sleeper.pid}.partial"
        old.write_bytes(b"x")
        long_ago = time.time() - STALE_AFTER_SECONDS - 60
        os.utime(old, (long_ago, long_ago))
        reopen(MANAGER, MANAGER_PASSPHRASE)
        assert fresh.exists() and not old.exists()
    finally:
        sleeper.kill()
        sleeper.wait(timeout=30)


def test_only_the_apps_own_temporary_files_are_touched(tmp_path):
    dead = _killed_mid_write(tmp_path / "target.bin")
    keep = [
        tmp_path / "notes.partial",  # not hidden: someone's own file
        tmp_path / ".notes.partial",  # no process id in the name
        tmp_path / f".{os.getpid()}.partial",
    ]
    for path in keep:
        path.write_bytes(b"mine")
    folder_named_like_one = tmp_path / f".box.{dead}.partial"
    folder_named_like_one.mkdir()
    own = tmp_path / f".in-progress.bin.{os.getpid()}.partial"
    own.write_bytes(b"being written by this process")
    removed = remove_stale_partials([tmp_path, tmp_path / "missing-folder"])
    assert removed == [tmp_path / f".target.bin.{dead}.partial"]
    assert all(p.exists() for p in keep) and folder_named_like_one.is_dir() and own.exists()
