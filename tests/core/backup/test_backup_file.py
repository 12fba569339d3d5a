"""The backup file by attack: round trip, canary grep, byte flips, cuts, swaps, versions, keys.

A backup is sealed in 64 KiB chunks here (the app uses 1 MiB) so the small test vault
spans several chunks and every per-chunk region can be attacked.
"""

from __future__ import annotations

import hashlib
import itertools
import struct
from pathlib import Path

import pytest

from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput, NotPermitted, UserFacingError
from womenscentre.paths import VaultPaths
from womenscentre.services import backup_file
from womenscentre.services.backup_file import (
    BackupDamaged,
    BackupForAnotherVault,
    BackupFromNewerVersion,
    BackupNotRecognised,
    BackupWrongKey,
)
from womenscentre.services.lifecycle import create_vault, unlock
from womenscentre.services.restore import RestoreFlow, RestoreStage
from womenscentre.services.verify import verify_vault
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

REJECTIONS = (BackupDamaged, BackupNotRecognised, BackupFromNewerVersion, BackupWrongKey)
SMALL_CHUNKS = 64 * 1024


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    monkeypatch.setattr(backup_file, "CHUNK_BYTES", SMALL_CHUNKS)


@pytest.fixture
def backup(canary_centre, tmp_path) -> Path:
    target = tmp_path / "out" / "centre.wcbackup"
    target.parent.mkdir()
    canary_centre.vault.backups.backup_to(target)
    return target


def layout(data: bytes) -> dict[str, tuple[int, int]]:
    """Named byte ranges [start, end) of every region of a backup file."""
    regions = {"magic": (0, 8), "version": (8, 10), "header length": (10, 14)}
    (size,) = struct.unpack_from(">I", data, 10)
    offset, part = 14, 0
    while offset < 14 + size:
        (length,) = struct.unpack_from(">H", data, offset)
        regions[f"header part {part}"] = (offset, offset + 2 + length)
        offset, part = offset + 2 + length, part + 1
    regions["header checksum"] = (offset, offset + 32)
    offset += 32
    index = 0
    while data[offset : offset + 1] in (b"C", b"F"):
        (length,) = struct.unpack_from(">I", data, offset + 1)
        regions[f"chunk {index} kind"] = (offset, offset + 1)
        regions[f"chunk {index} length"] = (offset + 1, offset + 5)
        regions[f"chunk {index} nonce"] = (offset + 5, offset + 17)
        regions[f"chunk {index} ciphertext"] = (offset + 17, offset + 17 + length - 16)
        regions[f"chunk {index} tag"] = (offset + 1 + length, offset + 17 + length)
        offset, index = offset + 17 + length, index + 1
    for name, size_ in (("magic", 8), ("count", 8), ("length", 8), ("mac", 32)):
        regions[f"end {name}"] = (offset, offset + size_)
        offset += size_
    assert offset == len(data), "the layout covers the whole file"
    return regions


def frames(data: bytes) -> tuple[bytes, list[bytes], bytes]:
    regions = layout(data)
    head_end = regions["header checksum"][1]
    starts = [start for name, (start, _) in regions.items() if name.endswith(" kind")]
    end_start = regions["end magic"][0]
    bounds = [*starts, end_start]
    return (
        data[:head_end],
        [data[a:b] for a, b in itertools.pairwise(bounds)],
        data[end_start:],
    )


def restore_check(path: Path, key: str, root: Path) -> RestoreFlow:
    flow = RestoreFlow(path, VaultPaths.for_dir(root))
    flow.unlock_with_recovery_key(key)
    flow.check()
    return flow


def assert_rejected(path: Path, key: str, root: Path, what: str) -> UserFacingError:
    with pytest.raises(REJECTIONS) as raised:
        flow = restore_check(path, key, root)
        flow.close()
    assert "nothing has been changed" in raised.value.message.lower(), what
    assert "Traceback" not in raised.value.message
    leftovers = [p.name for p in root.iterdir()] if root.exists() else []
    assert [n for n in leftovers if n not in ("vault.lock",)] == [], (what, leftovers)
    return raised.value


# -- round trip -----------------------------------------------------------------------


def test_round_trip_restores_identical_data_on_a_fresh_data_dir(
    canary_centre, tmp_path, clock, kit
):
    """T27: back up, restore with the recovery key on a clean folder: every row identical."""
    vault = canary_centre.vault
    before = kit.table_hashes(vault.paths.database)
    target = tmp_path / "centre.wcbackup"
    result = vault.backups.backup_to(target)
    assert result.size_bytes == target.stat().st_size
    fresh = VaultPaths.for_dir(tmp_path / "new-laptop")
    flow = RestoreFlow(target, fresh, clock=clock)
    assert flow.existing is None and flow.facts.vault_id == vault.vault_id
    flow.unlock_with_recovery_key(canary_centre.recovery_key)
    check = flow.check()
    assert flow.stage is RestoreStage.READY_TO_REPLACE
    assert check.people == 2 and check.notes == 1
    restored = flow.replace()
    assert restored.sealed_copy is None
    after = kit.table_hashes(fresh.database)
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"
    }
    again = unlock(
        fresh, kit.MANAGER, kit.MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert (
            again.people.get(canary_centre.person_id).preferred_name
            == (canary_centre.secrets["preferred name"])
        )
        report = verify_vault(again)
        assert report.ok, report.lines()
    finally:
        again.lock()
    assert sorted(p.name for p in fresh.root.iterdir() if p.name.startswith(".")) == []


def test_backup_file_holds_no_canary_and_no_plaintext_budget(canary_centre, backup, kit):
    """Canary grep of the backup: no sealed field, no SQLite header, no names or record ids."""
    assert kit.grep([backup], canary_centre.secrets) == []
    data = backup.read_bytes()
    assert b"SQLite format 3" not in data
    vault = canary_centre.vault
    for plain in (kit.MANAGER, canary_centre.person_id, canary_centre.other_id, vault.user.id):
        assert plain.encode() not in data, plain
    assert vault.vault_id.encode() in data  # the header names its vault, by design


# -- byte flips -----------------------------------------------------------------------


def test_every_region_of_a_backup_rejects_a_flipped_byte(canary_centre, backup, tmp_path):
    """Flip the first, middle and last byte of every region: each copy is refused."""
    data = backup.read_bytes()
    regions = layout(data)
    assert sum(1 for name in regions if name.endswith(" kind")) >= 3
    seen: set[str] = set()
    for name, (start, end) in regions.items():
        for offset in sorted({start, (start + end) // 2, end - 1}):
            damaged = bytearray(data)
            damaged[offset] ^= 0x40
            copy = tmp_path / "flipped.wcbackup"
            copy.write_bytes(bytes(damaged))
            error = assert_rejected(copy, canary_centre.recovery_key, tmp_path / "t", name)
            seen.add(type(error).__name__)
    assert {"BackupDamaged", "BackupNotRecognised"} <= seen


def test_cut_short_extended_or_empty_backups_are_refused(canary_centre, backup, tmp_path):
    """Cut at every frame boundary, mid-chunk, before the end marker, or add a byte."""
    data = backup.read_bytes()
    regions = layout(data)
    cuts = {0, 5, 14, regions["header checksum"][1], len(data) - 1, regions["end magic"][0]}
    cuts |= {start for name, (start, _end) in regions.items() if name.endswith(" kind")}
    cuts |= {(a + b) // 2 for name, (a, b) in regions.items() if name.endswith("ciphertext")}
    copy = tmp_path / "cut.wcbackup"
    for cut in sorted(cuts):
        copy.write_bytes(data[:cut])
        assert_rejected(copy, canary_centre.recovery_key, tmp_path / "t", f"cut at {cut}")
    copy.write_bytes(data + b"\0")
    assert_rejected(copy, canary_centre.recovery_key, tmp_path / "t", "extra byte")


def test_reordered_dropped_repeated_or_swapped_chunks_are_refused(canary_centre, backup, tmp_path):
    """Swap chunks within a backup, or with another backup of the same vault: refused."""
    other = tmp_path / "out" / "second.wcbackup"
    canary_centre.vault.backups.backup_to(other)
    head, chunks, end = frames(backup.read_bytes())
    other_head, other_chunks, other_end = frames(other.read_bytes())
    assert len(chunks) == len(other_chunks) >= 3
    variants = {
        "reordered": [chunks[1], chunks[0], *chunks[2:]],
        "dropped": [chunks[0], *chunks[2:]],
        "repeated": [chunks[0], chunks[0], *chunks[1:]],
        "last dropped": chunks[:-1],
    }
    copy = tmp_path / "swapped.wcbackup"
    for name, body in variants.items():
        copy.write_bytes(head + b"".join(body) + end)
        assert_rejected(copy, canary_centre.recovery_key, tmp_path / "t", name)
    swapped = [chunks[0], other_chunks[1], *chunks[2:]]
    copy.write_bytes(head + b"".join(swapped) + end)
    assert_rejected(copy, canary_centre.recovery_key, tmp_path / "t", "chunk from another")
    copy.write_bytes(head + b"".join(chunks) + other_end)
    assert_rejected(copy, canary_centre.recovery_key, tmp_path / "t", "end from another")
    copy.write_bytes(other_head + b"".join(chunks) + end)
    assert_rejected(copy, canary_centre.recovery_key, tmp_path / "t", "header from another")


# -- versions, foreign files and keys ---------------------------------------------------


def test_a_backup_from_a_newer_version_is_refused_kindly(canary_centre, backup, tmp_path):
    """Raise the format version (with and without a matching checksum): BackupFromNewerVersion."""
    data = bytearray(backup.read_bytes())
    regions = layout(bytes(data))
    data[8:10] = struct.pack(">H", backup_file.FORMAT_VERSION + 1)
    head_end = regions["header checksum"][0]
    resealed = bytes(data[:head_end]) + hashlib.sha256(data[:head_end]).digest()
    for variant in (bytes(data), resealed + bytes(data[head_end + 32 :])):
        copy = tmp_path / "newer.wcbackup"
        copy.write_bytes(variant)
        with pytest.raises(BackupFromNewerVersion) as raised:
            RestoreFlow(copy, VaultPaths.for_dir(tmp_path / "t"))
        assert "newer version of womenscentre" in raised.value.message


def test_files_that_are_not_backups_are_named_plainly(canary_centre, tmp_path):
    """A CSV, a SQLite file, an empty file or a folder given as a backup: BackupNotRecognised."""
    samples = {
        "notes.csv": b"Name,DOB\nRosa,01/02/1990\n",
        "vault.sqlite3": canary_centre.vault.paths.database.read_bytes()[:4096],
        "empty.wcbackup": b"",
    }
    for name, content in samples.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(BackupNotRecognised):
            RestoreFlow(tmp_path / name, VaultPaths.for_dir(tmp_path / "t"))
    with pytest.raises(BackupNotRecognised):
        RestoreFlow(tmp_path, VaultPaths.for_dir(tmp_path / "t"))
    with pytest.raises(backup_file.BackupFileMissing):
        RestoreFlow(tmp_path / "missing.wcbackup", VaultPaths.for_dir(tmp_path / "t"))


def test_wrong_keys_are_refused_and_nothing_is_written(canary_centre, backup, tmp_path, clock):
    """Another vault's recovery key, a mistyped key, another vault's manager, a keyworker."""
    other = create_vault(
        VaultPaths.for_dir(tmp_path / "other"),
        "riley",
        "amber canal thistle",
        clock=clock,
        policy=INSECURE_TEST_POLICY,
    )
    target = VaultPaths.for_dir(tmp_path / "t")
    flow = RestoreFlow(backup, target)
    with pytest.raises(BackupWrongKey):
        flow.unlock_with_recovery_key(other.recovery_key)
    with pytest.raises(InvalidInput):
        flow.unlock_with_recovery_key("ABCD-EFGH")
    with pytest.raises(BackupForAnotherVault):
        flow.unlock_with_vault(other.vault)
    other.vault.lock()
    canary_centre.vault.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    canary_centre.vault.lock()
    ash = unlock(
        canary_centre.vault.paths,
        "ash",
        "velvet orbit lantern",
        clock=clock,
        policy=INSECURE_TEST_POLICY,
    )
    try:
        with pytest.raises(NotPermitted):
            flow.unlock_with_vault(ash)
    finally:
        ash.lock()
    assert flow.stage is RestoreStage.NEEDS_KEY
    assert not target.root.exists()


def test_any_manager_of_the_vault_can_open_its_backup(canary_centre, backup, tmp_path):
    """A manager's unlocked keys open the backup (through the audit reader), no recovery key."""
    flow = RestoreFlow(backup, VaultPaths.for_dir(tmp_path / "t"))
    flow.unlock_with_vault(canary_centre.vault)
    assert flow.check().people == 2
    flow.close()
    assert flow.stage is RestoreStage.CANCELLED
    assert [p.name for p in (tmp_path / "t").iterdir()] == []
