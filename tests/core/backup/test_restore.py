"""Restoring over a vault: confirmation first, a sealed copy kept, every record checked."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from womenscentre.domain.audit import AuditAction
from womenscentre.errors import InvalidInput, VaultBusy
from womenscentre.paths import VaultPaths
from womenscentre.services import audit
from womenscentre.services.backup_file import BackupDamaged
from womenscentre.services.lifecycle import unlock
from womenscentre.services.restore import (
    CONFIRM_WORD,
    ExistingVault,
    RestoreFlow,
    RestoreOutOfOrder,
    RestoreStage,
)
from womenscentre.services.verify import verify_vault
from womenscentre.store.models import AuditEntry
from womenscentre.vault.kdf import INSECURE_TEST_POLICY


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_over_a_vault_needs_confirmation_and_keeps_a_sealed_copy(
    canary_centre, tmp_path, clock, make, kit
):
    """Refused without "replace"; with it, the old vault is kept sealed and opens again."""
    vault = canary_centre.vault
    paths = vault.paths
    backup = tmp_path / "monday.wcbackup"
    vault.backups.backup_to(backup)
    later = vault.people.add(make.person(kit.canary()), referral_source="self")
    vault.lock()
    current = kit.table_hashes(paths.database)
    flow = RestoreFlow(backup, paths, clock=clock)
    assert flow.existing is not None and flow.existing.same_vault
    flow.unlock_with_recovery_key(canary_centre.recovery_key)
    flow.check()
    assert flow.stage is RestoreStage.NEEDS_CONFIRMATION
    with pytest.raises(RestoreOutOfOrder):
        flow.replace()
    for typed in ("", "yes", "y", "REPLACE it"):
        with pytest.raises(InvalidInput):
            flow.confirm(typed)
    assert kit.table_hashes(paths.database) == current, "nothing changed before confirming"
    flow.confirm(f"  {CONFIRM_WORD.upper()} ")
    result = flow.replace()
    assert result.sealed_copy is not None and result.sealed_copy.parent == paths.snapshots
    assert kit.grep([result.sealed_copy], canary_centre.secrets) == []
    assert not list(paths.root.glob(".restore-*"))

    restored = unlock(
        paths, kit.MANAGER, kit.MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert later.id not in {p.id for p in restored.people.visible()}
        report = verify_vault(restored)
        assert report.ok, report.lines()
        with restored.read() as session:
            last = session.query(AuditEntry).order_by(AuditEntry.seq.desc()).limit(3).all()
            actions = [entry.action for entry in last]
            assert AuditAction.RESTORE.value in actions
            restore_entry = next(e for e in last if e.action == AuditAction.RESTORE.value)
            details = audit.open_details(restored.keyring, restore_entry)
        assert details["replaced_copy"] == result.sealed_copy.name
    finally:
        restored.lock()

    # The sealed copy is the replaced vault, in the backup format: it restores elsewhere.
    elsewhere = VaultPaths.for_dir(tmp_path / "elsewhere")
    copy_flow = RestoreFlow(result.sealed_copy, elsewhere, clock=clock)
    copy_flow.unlock_with_recovery_key(canary_centre.recovery_key)
    copy_flow.check()
    copy_flow.replace()
    old = unlock(
        elsewhere, kit.MANAGER, kit.MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert later.id in {p.id for p in old.people.visible()}
    finally:
        old.lock()


def test_a_manager_restores_in_place_after_locking(canary_centre, tmp_path, clock, kit):
    """Manager path: her keys open the backup; replacing waits (and can retry) until locked."""
    vault = canary_centre.vault
    backup = tmp_path / "b.wcbackup"
    vault.backups.backup_to(backup)
    flow = RestoreFlow(backup, vault.paths, clock=clock)
    flow.unlock_with_vault(vault)
    flow.check()
    flow.confirm(CONFIRM_WORD)
    with pytest.raises(VaultBusy):
        flow.replace()  # still unlocked in this process: the instance lock is held
    assert flow.stage is RestoreStage.READY_TO_REPLACE, "checked work is kept for a retry"
    vault.lock()
    assert flow.replace().sealed_copy is not None
    again = unlock(
        vault.paths, kit.MANAGER, kit.MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert verify_vault(again).ok
    finally:
        again.lock()


def test_a_backup_holding_a_damaged_record_is_refused(new_vault, tmp_path, clock, make, kit):
    """Every record must open: a backup of a vault with one tampered blob is refused."""
    vault = new_vault.vault
    person = vault.people.add(make.person("Rosa"), referral_source="self")
    database = vault.paths.database
    with closing(sqlite3.connect(database)) as connection:
        [(blob,)] = connection.execute("SELECT sealed FROM people WHERE id = ?", (person.id,))
        flipped = bytearray(blob)
        flipped[-5] ^= 1
        connection.execute("UPDATE people SET sealed = ? WHERE id = ?", (bytes(flipped), person.id))
        connection.commit()
    backup = tmp_path / "b.wcbackup"
    vault.backups.backup_to(backup)
    target = VaultPaths.for_dir(tmp_path / "t")
    flow = RestoreFlow(backup, target, clock=clock)
    flow.unlock_with_recovery_key(new_vault.recovery_key)
    with pytest.raises(BackupDamaged) as raised:
        flow.check()
    assert "records don't open" in raised.value.message
    assert [p.name for p in target.root.iterdir()] == []
    flow.close()


def test_restore_includes_what_was_saved_but_not_yet_checkpointed(new_vault, tmp_path, clock, make):
    """A backup taken while the app is open includes the latest commit still in the WAL."""
    vault = new_vault.vault
    person = vault.people.add(make.person("Rosa"), referral_source="self")
    [case] = vault.cases.for_person(person.id)
    note = vault.notes.start(case.id, make.note("Saved a moment ago."))
    wal = Path(f"{vault.paths.database}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    backup = tmp_path / "b.wcbackup"
    vault.backups.backup_to(backup)
    here = RestoreFlow(backup, vault.paths, clock=clock).existing
    assert here == ExistingVault(vault.vault_id, True), "read through the open vault's WAL"
    target = VaultPaths.for_dir(tmp_path / "t")
    flow = RestoreFlow(backup, target, clock=clock)
    flow.unlock_with_recovery_key(new_vault.recovery_key)
    flow.check()
    flow.replace()
    vault.lock()
    again = unlock(
        target, "morgan", "plum kettle harbour", clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        [draft] = again.notes.my_drafts()
        assert draft.id == note.id and draft.content.body == "Saved a moment ago."
    finally:
        again.lock()


def test_progress_is_reported_for_backup_and_restore(new_vault, tmp_path, clock):
    """Both jobs call the progress callback with stages that reach their totals."""
    vault = new_vault.vault
    seen = []
    backup = tmp_path / "b.wcbackup"
    vault.backups.backup_to(backup, progress=seen.append)
    assert {"snapshot", "seal"} <= {p.stage for p in seen}
    assert seen[-1].done == seen[-1].total
    seen.clear()
    flow = RestoreFlow(
        backup, VaultPaths.for_dir(tmp_path / "t"), clock=clock, progress=seen.append
    )
    flow.unlock_with_recovery_key(new_vault.recovery_key)
    flow.check()
    flow.replace()
    assert [s for s in ("decrypt", "check", "replace") if s in {p.stage for p in seen}] == [
        "decrypt",
        "check",
        "replace",
    ]
    assert all(0 <= p.done <= p.total for p in seen)


def test_a_damaged_vault_being_replaced_is_still_kept_sealed(new_vault, tmp_path, clock):
    """Restoring over a file SQLite can't read: its bytes are sealed to the restored keys."""
    import os

    from womenscentre.services.backup_file import open_with_recovery, read_header
    from womenscentre.store.snapshot import open_stream
    from womenscentre.vault.recovery_key import parse_recovery_key

    vault = new_vault.vault
    backup = tmp_path / "b.wcbackup"
    vault.backups.backup_to(backup)
    vault.lock()
    target = VaultPaths.for_dir(tmp_path / "broken")
    target.root.mkdir()
    garbage = os.urandom(50_000)
    target.database.write_bytes(garbage)
    flow = RestoreFlow(backup, target, clock=clock)
    assert flow.existing == ExistingVault(None, False)
    flow.unlock_with_recovery_key(new_vault.recovery_key)
    flow.check()
    flow.confirm(CONFIRM_WORD)
    copy = flow.replace().sealed_copy
    assert copy is not None and garbage not in copy.read_bytes()
    kept = bytearray()
    with open(copy, "rb") as handle:
        header = read_header(handle)
        key, _private = open_with_recovery(header, parse_recovery_key(new_vault.recovery_key))
        open_stream(
            handle, kept.extend, key=key, context=header.digest, chunk_bytes=header.chunk_bytes
        )
    assert bytes(kept) == garbage
    again = unlock(
        target, "morgan", "plum kettle harbour", clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert verify_vault(again).ok
    finally:
        again.lock()
