"""By attack: restoring a backup made before an erasure or purge never brings her back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.erasure import ErasureGround
from womenscentre.domain.retention import PurgeBasis
from womenscentre.domain.risk import MaracDecision, MaracOutcome
from womenscentre.paths import VaultPaths
from womenscentre.services import audit
from womenscentre.services.lifecycle import unlock
from womenscentre.services.restore import CONFIRM_WORD, RestoreFlow
from womenscentre.services.retention import her_rows
from womenscentre.services.verify import verify_vault
from womenscentre.store.models import AuditEntry
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

REASON = "She asked us to erase her record; agreed at the team meeting."
YEAR = 365 * 24 * 3600


def _finish_support(vault, person_id: str) -> None:
    for case in vault.cases.for_person(person_id):
        vault.cases.close_case(case.id, closing_summary="Support ended well.")
    for record in vault.risk.for_person(person_id):
        decided = vault.risk.record_marac_decision(
            record.id,
            MaracDecision(MaracOutcome.REFERRED, date(2026, 1, 3), "Morgan"),
            expected_version=record.version,
        )
        vault.risk.close(record.id, expected_version=decided.version)


def _her_ciphertext(database: Path, person_id: str) -> dict[str, bytes]:
    """A 24-byte slice from the middle of every sealed blob of hers (found by foreign key)."""
    slices = {}
    with closing(sqlite3.connect(database)) as connection:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            columns = {c[1] for c in connection.execute(f'PRAGMA table_info("{table}")')}
            if "sealed" not in columns:
                continue
            where = "id" if table == "people" else "person_id" if "person_id" in columns else None
            if where is None:
                continue
            query = f'SELECT id, sealed FROM "{table}" WHERE {where} = ?'
            for record_id, blob in connection.execute(query, (person_id,)):
                middle = len(blob) // 2
                slices[f"{table} {record_id}"] = bytes(blob[middle : middle + 24])
    return slices


def _hits(paths: list[Path], slices: dict[str, bytes]) -> list[str]:
    found = []
    for path in paths:
        if path.exists():
            data = path.read_bytes()
            found += [f"{path.name}: {label}" for label, piece in slices.items() if piece in data]
    return found


def _vault_files(paths: VaultPaths) -> list[Path]:
    database = paths.database
    return [database, Path(f"{database}-wal"), Path(f"{database}-shm")]


def _restore(backup: Path, paths: VaultPaths, recovery_key: str, clock):
    flow = RestoreFlow(backup, paths, clock=clock)
    flow.unlock_with_recovery_key(recovery_key)
    flow.check()
    if flow.existing is not None:
        flow.confirm(CONFIRM_WORD)
    return flow.replace()


def _open(paths: VaultPaths, clock, kit):
    return unlock(
        paths, kit.MANAGER, kit.MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )


def test_an_erased_woman_stays_erased_when_an_older_backup_is_restored(
    canary_centre, tmp_path, clock, kit
):
    """Back up, erase her, restore the older backup: she is gone again, with a certificate."""
    vault = canary_centre.vault
    paths = vault.paths
    her = canary_centre.person_id
    _finish_support(vault, her)
    hers = _her_ciphertext(paths.database, her)
    assert {label.split()[0] for label in hers} >= {"people", "cases", "session_notes", "consents"}
    older = tmp_path / "before-erasure.wcbackup"
    vault.backups.backup_to(older)
    erased = vault.erasure.erase(her, ErasureGround.CONSENT_WITHDRAWN, REASON)
    vault.lock()

    # Control: without the replaced vault's purge list, the older backup does bring her back.
    elsewhere = VaultPaths.for_dir(tmp_path / "new-laptop")
    _restore(older, elsewhere, canary_centre.recovery_key, clock)
    assert _hits(_vault_files(elsewhere), hers), "control: the older backup holds her record"

    result = _restore(older, paths, canary_centre.recovery_key, clock)
    [certificate] = result.purged_again
    assert not result.purge_list_unreadable
    assert certificate.record_id == her and certificate.basis is PurgeBasis.REPEATED_AFTER_RESTORE
    assert certificate.wal_checkpointed and "purged again after restore" in certificate.to_text()
    assert dict(certificate.counts) == dict(erased.counts)
    text = certificate.to_text() + certificate.to_json_text()
    assert not [label for label, secret in canary_centre.secrets.items() if secret in text]

    files = _vault_files(paths)
    assert _hits(files, hers) == [], "none of her ciphertext is in the database or its WAL"
    assert kit.grep(files, canary_centre.secrets) == []
    assert not list(paths.root.glob(".restore-*")), "no working file or its WAL is left"

    restored = _open(paths, clock, kit)
    try:
        listed = {p.id for p in restored.people.visible()}
        assert her not in listed and canary_centre.other_id in listed
        with restored.read() as session:
            assert all(not rows for rows in her_rows(session, her).values())
            entry = session.get(AuditEntry, certificate.audit_seq)
            assert entry is not None and entry.action == AuditAction.PURGE.value
            assert entry.record_id == her
            details = audit.open_details(restored.keyring, entry)
        assert details["basis"] == PurgeBasis.REPEATED_AFTER_RESTORE.value
        report = verify_vault(restored)
        assert report.ok, report.lines()
    finally:
        restored.lock()

    # The purge list came over too: restoring the same older backup again still keeps her out.
    again = _restore(older, paths, canary_centre.recovery_key, clock)
    assert [c.record_id for c in again.purged_again] == [her]
    assert _hits(_vault_files(paths), hers) == []


def test_a_retention_purge_is_repeated_when_a_manager_restores_in_place(
    canary_centre, tmp_path, clock, kit
):
    """The manager's own sign-in opens the backup; the certificate names her as who did it."""
    vault = canary_centre.vault
    paths = vault.paths
    her = canary_centre.person_id
    _finish_support(vault, her)
    hers = _her_ciphertext(paths.database, her)
    older = tmp_path / "older.wcbackup"
    vault.backups.backup_to(older)
    clock.advance(7 * YEAR)
    vault.retention.purge(her, "Six years since her last case closed; reviewed by the team.")
    flow = RestoreFlow(older, paths, clock=clock)
    flow.unlock_with_vault(vault)
    flow.check()
    flow.confirm(CONFIRM_WORD)
    vault.lock()
    result = flow.replace()
    [certificate] = result.purged_again
    assert certificate.purged_by == kit.MANAGER and certificate.purged_by_id
    assert _hits(_vault_files(paths), hers) == []
    restored = _open(paths, clock, kit)
    try:
        assert her not in {p.id for p in restored.people.visible()}
        assert verify_vault(restored).ok
    finally:
        restored.lock()


def test_nothing_is_purged_again_when_nothing_was_deleted(canary_centre, tmp_path, clock, kit):
    """A restore over a vault with no purges changes nothing but the restore itself."""
    vault = canary_centre.vault
    backup = tmp_path / "b.wcbackup"
    vault.backups.backup_to(backup)
    vault.lock()
    result = _restore(backup, vault.paths, canary_centre.recovery_key, clock)
    assert result.purged_again == () and not result.purge_list_unreadable
    restored = _open(vault.paths, clock, kit)
    try:
        assert canary_centre.person_id in {p.id for p in restored.people.visible()}
    finally:
        restored.lock()


def test_an_unreadable_purge_list_is_reported(canary_centre, tmp_path, clock, kit):
    """If the replaced vault's journal can't be read, the result says so for a manager."""
    vault = canary_centre.vault
    backup = tmp_path / "b.wcbackup"
    vault.backups.backup_to(backup)
    vault.lock()
    with closing(sqlite3.connect(vault.paths.database)) as connection:
        connection.execute("DROP TABLE change_journal")
        connection.commit()
    result = _restore(backup, vault.paths, canary_centre.recovery_key, clock)
    assert result.purge_list_unreadable and result.purged_again == ()
