"""Attacks on attachments: grep for canaries, and chunks cut, moved, swapped or flipped.

The chunk attacks edit the SQLite file with the standard ``sqlite3`` module while the vault
is locked, as someone holding a copy of the file would, then unlock and check the app
refuses the changed file (with a kind message, writing nothing out) and still opens others.
"""

from __future__ import annotations

import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.retention import PurgeBasis
from womenscentre.services.attachment_errors import AttachmentDamaged
from womenscentre.services.records import RecordDamaged
from womenscentre.services.retention import her_rows
from womenscentre.store.models import AuditEntry

from .conftest import MANAGER, MANAGER_PASSPHRASE, tiny_png


def _every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _hits(paths: list[Path], needle: bytes) -> list[str]:
    return [str(p) for p in paths if needle in p.read_bytes()]


def _chunks(db: Path, attachment_id: str) -> list[tuple[int, bytes]]:
    with closing(sqlite3.connect(db)) as con:
        rows = con.execute(
            "SELECT idx, sealed FROM attachment_chunks WHERE attachment_id = ? ORDER BY idx",
            (attachment_id,),
        ).fetchall()
    return [(int(i), bytes(b)) for i, b in rows]


def _execute(db: Path, sql: str, params: tuple[object, ...]) -> None:
    with closing(sqlite3.connect(db)) as con:
        con.execute(sql, params)
        con.commit()


def test_canary_never_reaches_the_database_wal_temp_files_or_a_backup(
    rosa, files, tmp_path, monkeypatch
):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    vault = rosa.vault
    source = files.canary_file(chunks=3.2)
    image = files.write("canary.png", tiny_png() + files.canary)
    added = vault.attachments.add(rosa.person_id, source, note="kept safe")
    shown = vault.attachments.add(rosa.person_id, image)
    assert files.canary in vault.attachments.read_for_viewing(shown.id)
    vault.attachments.check(added.id)
    backup = tmp_path / "backups" / "centre.wcbackup"
    backup.parent.mkdir()
    vault.backups.backup_to(backup)
    vault_dir = vault.paths.database.parent
    # While unlocked (WAL not yet checkpointed) and after locking.
    assert _hits(_every_file(vault_dir) + _every_file(temp) + [backup], files.canary) == []
    vault.lock()
    assert _hits(_every_file(vault_dir) + _every_file(temp) + [backup], files.canary) == []
    # The name and note are sealed too.
    everything = b"".join(p.read_bytes() for p in _every_file(vault_dir))
    assert b"court-order" not in everything and b"kept safe" not in everything


@pytest.fixture
def two_files(rosa, files):
    """Two 3-chunk files added, then the vault locked; (database path, ids, sources)."""
    vault = rosa.vault
    first = files.canary_file("first.bin", chunks=2.5)
    second = files.canary_file("second.bin", chunks=2.5)
    ids = [vault.attachments.add(rosa.person_id, p).id for p in (first, second)]
    db = vault.paths.database
    vault.lock()
    return db, ids


def _reopen_and_expect_damage(reopen, attachment_id: str, tmp_path: Path) -> None:
    """Save out first (inside a write transaction), then check: both refuse, kindly."""
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    target = tmp_path / "out" / "copy.bin"
    target.parent.mkdir(exist_ok=True)
    with pytest.raises(AttachmentDamaged) as raised:
        vault.attachments.save_out(attachment_id, target)
    assert "can't be shown or saved" in raised.value.message
    assert list(target.parent.iterdir()) == []  # no copy, no partial file
    with vault.read() as session:
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.record_id).where(
                AuditEntry.record_id == attachment_id
            )
        ).all()
    actions = [action for action, _ in entries]
    # The damage is audited (after the rollback), and no save-out entry survived it.
    assert AuditAction.RECORD_DAMAGED.value in actions
    assert AuditAction.EXPORT.value not in actions
    with pytest.raises(AttachmentDamaged):
        vault.attachments.check(attachment_id)


def test_a_missing_last_chunk_is_refused(two_files, reopen, tmp_path):
    db, (first, second) = two_files
    _execute(db, "DELETE FROM attachment_chunks WHERE attachment_id = ? AND idx = 2", (first,))
    _reopen_and_expect_damage(reopen, first, tmp_path)
    reopen.opened[-1].attachments.check(second)  # the other file still opens


def test_truncation_that_also_lowers_the_clear_count_is_refused(two_files, reopen, tmp_path):
    db, (first, _second) = two_files
    _execute(db, "DELETE FROM attachment_chunks WHERE attachment_id = ? AND idx = 2", (first,))
    _execute(db, "UPDATE attachments SET chunk_count = 2 WHERE id = ?", (first,))
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    with pytest.raises(RecordDamaged):
        vault.attachments.check(first)


def test_reordered_chunks_are_refused(two_files, reopen, tmp_path):
    db, (first, _second) = two_files
    chunks = dict(_chunks(db, first))
    _execute(
        db,
        "UPDATE attachment_chunks SET sealed = ? WHERE attachment_id = ? AND idx = 0",
        (chunks[1], first),
    )
    _execute(
        db,
        "UPDATE attachment_chunks SET sealed = ? WHERE attachment_id = ? AND idx = 1",
        (chunks[0], first),
    )
    _reopen_and_expect_damage(reopen, first, tmp_path)


def test_a_chunk_swapped_in_from_another_attachment_is_refused(two_files, reopen, tmp_path):
    db, (first, second) = two_files
    theirs = dict(_chunks(db, second))
    _execute(
        db,
        "UPDATE attachment_chunks SET sealed = ? WHERE attachment_id = ? AND idx = 1",
        (theirs[1], first),
    )
    _reopen_and_expect_damage(reopen, first, tmp_path)


def test_a_middle_chunk_moved_to_the_end_position_is_refused(two_files, reopen, tmp_path):
    """The last-chunk flag and the count are bound: a full chunk can't pose as the last."""
    db, (first, _second) = two_files
    chunks = dict(_chunks(db, first))
    _execute(
        db,
        "UPDATE attachment_chunks SET sealed = ? WHERE attachment_id = ? AND idx = 2",
        (chunks[1], first),
    )
    _reopen_and_expect_damage(reopen, first, tmp_path)


def test_a_flipped_byte_in_a_chunk_is_refused(two_files, reopen, tmp_path):
    db, (first, _second) = two_files
    blob = bytearray(dict(_chunks(db, first))[0])
    blob[len(blob) // 2] ^= 0x01
    _execute(
        db,
        "UPDATE attachment_chunks SET sealed = ? WHERE attachment_id = ? AND idx = 0",
        (bytes(blob), first),
    )
    _reopen_and_expect_damage(reopen, first, tmp_path)


def test_metadata_moved_to_another_attachment_row_is_refused(two_files, reopen):
    db, (first, second) = two_files
    with closing(sqlite3.connect(db)) as con:
        (theirs,) = con.execute("SELECT sealed FROM attachments WHERE id = ?", (second,)).fetchone()
    _execute(db, "UPDATE attachments SET sealed = ? WHERE id = ?", (theirs, first))
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    with pytest.raises(RecordDamaged):
        vault.attachments.check(first)


def test_her_rows_find_attachments_and_erasure_removes_every_chunk(rosa, files):
    vault = rosa.vault
    added = vault.attachments.add(rosa.person_id, files.canary_file())
    with vault.read() as session:
        assert (added.id, 1) in her_rows(session, rosa.person_id)["attachments"]
    chunk_sample = _chunks(vault.paths.database, added.id)[1][1][100:132]
    certificate = vault.retention.purge(
        rosa.person_id, "She asked for her record to be erased.", basis=PurgeBasis.ERASURE
    )
    assert ("attachments", 1) in certificate.counts
    assert _chunks(vault.paths.database, added.id) == []
    database = vault.paths.database
    leftover = [
        p
        for p in (database, Path(f"{database}-wal"))
        if p.exists() and chunk_sample in p.read_bytes()
    ]
    assert leftover == []


def test_her_subject_access_pack_lists_each_file_with_its_hash(rosa, files):
    vault = rosa.vault
    added = vault.attachments.add(
        rosa.person_id, files.write("letter.pdf", b"%PDF-1.4\n%%EOF\n"), note="From the court"
    )
    pack = vault.subject_access.build(rosa.person_id)
    text = repr([item for item in pack.items() if item.record_id == added.id])
    assert "letter.pdf" in text and added.sha256 in text and "From the court" in text


def test_an_extra_chunk_added_to_the_end_is_refused(two_files, reopen, tmp_path):
    db, (first, _second) = two_files
    last = dict(_chunks(db, first))[2]
    with closing(sqlite3.connect(db)) as con:
        key_id = con.execute("SELECT key_id FROM attachments WHERE id = ?", (first,)).fetchone()[0]
        con.execute(
            "INSERT INTO attachment_chunks (attachment_id, idx, key_id, sealed) VALUES (?,?,?,?)",
            (first, 3, key_id, last),
        )
        con.commit()
    _reopen_and_expect_damage(reopen, first, tmp_path)


def test_adding_and_opening_hold_one_chunk_at_a_time_not_the_file(rosa, files, tmp_path):
    """Python's own allocations stay a few chunks high while a 24 MiB file goes in and out."""
    import tracemalloc

    source = files.canary_file("large.bin", chunks=24)
    vault = rosa.vault
    tracemalloc.start()
    try:
        added = vault.attachments.add(rosa.person_id, source)
        _now, add_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        vault.attachments.save_out(added.id, tmp_path / "copy.bin")
        _now, save_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    limit = 8 << 20
    assert add_peak < limit and save_peak < limit, (add_peak, save_peak)
    assert (tmp_path / "copy.bin").stat().st_size == source.stat().st_size


def test_a_whole_vault_check_names_only_the_damaged_file(two_files, reopen):
    """``damaged_attachments`` (for verify and restore) finds the one file that was changed."""
    from womenscentre.services.attachment_chunks import damaged_attachments

    db, (first, second) = two_files
    blob = bytearray(dict(_chunks(db, second))[2])
    blob[-1] ^= 0x80
    _execute(
        db,
        "UPDATE attachment_chunks SET sealed = ? WHERE attachment_id = ? AND idx = 2",
        (bytes(blob), second),
    )
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    with vault.read() as session:
        assert damaged_attachments(session, vault.keyring) == [second]
    vault.attachments.check(first)


def test_small_files_of_different_sizes_store_chunks_of_the_same_length(rosa, files):
    """The last chunk is padded to a 16 KiB bucket, so stored size shows length only roughly."""
    vault = rosa.vault
    lengths = set()
    for size in (1, 700, 9000, 16 * 1024):
        added = vault.attachments.add(rosa.person_id, files.write(f"f{size}", b"y" * size))
        (blob,) = [b for _i, b in _chunks(vault.paths.database, added.id)]
        lengths.add(len(blob))
    assert len(lengths) == 1


def test_verify_names_a_file_whose_chunk_was_removed(two_files, reopen):
    """`womenscentre verify` checks every chunk, not only the file's sealed details."""
    from womenscentre.services.verify import verify_vault

    db, (first, second) = two_files
    with closing(sqlite3.connect(db)) as con:
        con.execute("DELETE FROM attachment_chunks WHERE attachment_id = ? AND idx = 1", (first,))
        con.commit()
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    report = verify_vault(vault)
    assert not report.ok
    assert ("attachments", first) in report.damaged_records
    assert ("attachments", second) not in report.damaged_records
    assert any(first in line for line in report.lines())
