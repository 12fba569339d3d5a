"""Backups as a service: the folder on exit, rotation, reminders, and bad surroundings."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

import womenscentre
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.settings import CentreSettings
from womenscentre.errors import InvalidInput
from womenscentre.services.backup import BackupNotWritten
from womenscentre.services.backup_file import read_header_of
from womenscentre.store import engine as store_engine
from womenscentre.store.models import AuditEntry
from womenscentre.vault.kdf import TEST_POLICY_ENV

DAY = 24 * 3600


def test_backup_to_folder_keeps_the_newest_and_never_touches_other_files(
    new_vault, tmp_path, clock
):
    """Five backups with keep=3: the three newest stay; other files and vaults are left alone."""
    vault = new_vault.vault
    folder = tmp_path / "usb"
    folder.mkdir()
    unrelated = folder / "womenscentre-backup-20200101-000000.wcbackup"
    unrelated.write_bytes(b"not really a backup")
    shopping = folder / "shopping.txt"
    shopping.write_text("milk")
    made = []
    for _ in range(5):
        made.append(vault.backups.backup_to_folder(folder, keep=3))
        clock.advance(DAY)
    kept = sorted(p.name for p in folder.iterdir())
    assert [r.path.name for r in made[-3:]] == [n for n in kept if n.endswith("wcbackup")][1:]
    assert unrelated.exists() and shopping.read_text() == "milk"
    assert {p.name for r in made for p in r.removed} == {r.path.name for r in made[:2]}
    assert all(read_header_of(r.path).vault_id == vault.vault_id for r in made[-3:])
    with pytest.raises(InvalidInput):
        vault.backups.backup_to_folder(folder, keep=0)


def test_two_backups_in_the_same_second_get_different_names(new_vault, tmp_path):
    """The clock doesn't move between two backups: the second gets its own name."""
    first = new_vault.vault.backups.backup_to_folder(tmp_path, keep=5)
    second = new_vault.vault.backups.backup_to_folder(tmp_path, keep=5)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_backup_on_exit_goes_to_the_managers_folder(new_vault, tmp_path):
    """No folder chosen: nothing happens. A chosen folder gets a rotated backup."""
    vault = new_vault.vault
    assert vault.backups.backup_on_exit() is None
    folder = tmp_path / "chosen"
    folder.mkdir()
    vault.settings.update(replace(vault.settings.get(), backup_folder=str(folder), backup_keep=2))
    result = vault.backups.backup_on_exit()
    assert result is not None and result.path.parent == folder
    with vault.read() as session:
        last = session.query(AuditEntry).order_by(AuditEntry.seq.desc()).first()
        assert last is not None and last.action == AuditAction.BACKUP.value


def test_reminder_follows_the_managers_setting_and_the_injected_clock(new_vault, tmp_path, clock):
    """No backup yet: remind. Fresh: quiet. Older than the setting: remind. Setting 0: never."""
    vault = new_vault.vault
    today = clock.now().date()
    first = vault.backups.reminder_due(today)
    assert (
        first is not None
        and first.last_backup is None
        and "hasn't been backed up" in (first.message)
    )
    vault.backups.backup_to(tmp_path / "b.wcbackup")
    assert vault.backups.last_backup() is not None
    assert vault.backups.reminder_due(today) is None
    assert vault.backups.reminder_due(today + timedelta(days=6)) is None
    due = vault.backups.reminder_due(today + timedelta(days=7))
    assert due is not None and due.days_since == 7 and "7 days ago" in due.message
    vault.settings.update(replace(vault.settings.get(), backup_reminder_days=0))
    assert vault.backups.reminder_due(today + timedelta(days=400)) is None


def test_settings_round_trip_and_refuse_nonsense():
    """Backup and retention settings survive JSON and refuse impossible values."""
    chosen = CentreSettings(
        backup_folder="/media/usb/backups",
        backup_keep=12,
        backup_reminder_days=3,
        retention_years=(("closed_case", 7), ("deleted_record", 2)),
    )
    assert CentreSettings.from_json(chosen.to_json()) == chosen
    assert CentreSettings.from_json({}) == CentreSettings()
    assert CentreSettings().retention_for("closed_case") == 6
    for bad in (
        {"backup_keep": 0},
        {"backup_reminder_days": -1},
        {"retention_years": (("closed_case", 101),)},
        {"retention_years": (("shoe_size", 3),)},
    ):
        with pytest.raises(ValueError):
            CentreSettings(**bad)  # type: ignore[arg-type]


def test_an_existing_file_or_a_missing_folder_is_refused_and_left_alone(new_vault, tmp_path):
    """Never overwrite a file; never create a folder that isn't there (an unplugged USB)."""
    vault = new_vault.vault
    existing = tmp_path / "taken.wcbackup"
    existing.write_bytes(b"precious")
    with pytest.raises(InvalidInput):
        vault.backups.backup_to(existing)
    assert existing.read_bytes() == b"precious"
    with pytest.raises(InvalidInput):
        vault.backups.backup_to(tmp_path)
    missing = tmp_path / "unplugged" / "backups"
    with pytest.raises(BackupNotWritten) as raised:
        vault.backups.backup_to(missing / "b.wcbackup")
    assert "can't be found" in raised.value.message
    with pytest.raises(BackupNotWritten):
        vault.backups.backup_to_folder(missing, keep=3)
    assert not (tmp_path / "unplugged").exists()


def _unwritable_folder(tmp_path: Path) -> Path:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if not Path("/sys/kernel").is_dir():
            pytest.skip("root can write anywhere, and there is no /sys to try instead")
        return Path("/sys/kernel")  # root can't create files in sysfs either
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_unwritable_folder_gets_a_kind_message_and_no_partial_file(new_vault, tmp_path):
    """A folder this account can't write to: BackupNotWritten, nothing left, vault unchanged."""
    vault = new_vault.vault
    folder = _unwritable_folder(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    try:
        with pytest.raises(BackupNotWritten) as raised:
            vault.backups.backup_to(folder / "b.wcbackup")
    finally:
        if folder.is_relative_to(tmp_path):
            folder.chmod(0o700)
    assert "can't save files" in raised.value.message
    assert sorted(p.name for p in folder.iterdir()) == before
    assert vault.backups.last_backup() is None


FILLER = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path

    from womenscentre.paths import VaultPaths
    from womenscentre.services.lifecycle import unlock

    vault = unlock(VaultPaths.for_dir(Path(sys.argv[1])), "morgan", "plum kettle harbour")
    target = Path(sys.argv[2])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, hard))
    try:
        vault.backups.backup_to(target)
        print("written", flush=True)
    except Exception as exc:
        print(type(exc).__name__, flush=True)
        print(getattr(exc, "message", ""), flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    vault.lock()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file-size limits")
def test_a_full_disk_gets_a_kind_message_and_no_partial_file(new_vault, tmp_path, make):
    """Cap file size (RLIMIT_FSIZE) in a child: BackupNotWritten, no partial, vault intact."""
    vault = new_vault.vault
    vault.people.add(make.person("Rosa"), referral_source="self")
    root = vault.paths.root
    vault.lock()
    folder = tmp_path / "small-usb"
    folder.mkdir()
    script = tmp_path / "filler.py"
    script.write_text(FILLER)
    env = dict(os.environ)
    assert env.get(TEST_POLICY_ENV) == "1"
    import_root = str(Path(womenscentre.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [import_root, env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, str(script), str(root), str(folder / "b.wcbackup")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0] == BackupNotWritten.__name__, result.stdout
    assert "full" in lines[1] and "No partial file" in lines[1]
    assert list(folder.iterdir()) == []
    engine = store_engine.make_engine(root / "vault.sqlite3")
    try:
        assert store_engine.integrity_check(engine) == []
    finally:
        engine.dispose()


def test_default_names_sort_by_time(new_vault, tmp_path, clock):
    """Automatic backups are named by their time, so a folder listing reads in order."""
    vault = new_vault.vault
    first = vault.backups.backup_to_folder(tmp_path, keep=9).path.name
    clock.advance(61)
    second = vault.backups.backup_to_folder(tmp_path, keep=9).path.name
    assert first < second and first.startswith("womenscentre-backup-20260105-0900")
    assert date(2026, 1, 5).strftime("%Y%m%d") in first
