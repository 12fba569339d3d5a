"""Bad input and bad surroundings: every failure is a kind, specific message and loses nothing.

Wrong and empty passphrases, a missing or damaged vault file, a vault from a newer app, a
data folder that can't be used, a full disk, a second window on the same vault, and the
``womenscentre`` command end to end (exit codes 0/1/2, one line on stderr, no traceback).
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

import womenscentre
from womenscentre.errors import (
    DiskProblem,
    UnlockFailed,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultFromNewerVersion,
    VaultMissing,
)
from womenscentre.paths import DataDirError, VaultPaths
from womenscentre.services.lifecycle import create_vault, reset_with_recovery, unlock
from womenscentre.services.verify import verify_vault
from womenscentre.store import engine as store_engine
from womenscentre.vault.kdf import INSECURE_TEST_POLICY, TEST_POLICY_ENV
from womenscentre.vault.recovery_key import format_recovery_key, parse_recovery_key

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
UNLOCK_FAILED_MESSAGE = UnlockFailed().message


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    assert env.get(TEST_POLICY_ENV) == "1", "the autouse fixture sets the fast KDF switch"
    import_root = str(Path(womenscentre.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [import_root, env.get("PYTHONPATH")]))
    return env


@pytest.fixture
def locked(new_vault) -> VaultPaths:
    paths = new_vault.vault.paths
    new_vault.vault.lock()
    return paths


# -- passphrases -----------------------------------------------------------------------


def test_wrong_or_empty_passphrase_gets_the_kind_generic_message(locked, reopen, clock):
    """Unlock with wrong, empty, blank, case-changed, huge or NUL passphrases: UnlockFailed."""
    for passphrase in (
        "plum kettle harbour!",
        "",
        " ",
        "PLUM KETTLE HARBOUR",
        "x" * 10_000,
        "\x00" * 16,
    ):
        with pytest.raises(UnlockFailed) as raised:
            reopen(MANAGER, passphrase)
        assert raised.value.message == UNLOCK_FAILED_MESSAGE, repr(passphrase[:20])
        assert "Traceback" not in str(raised.value)
        assert raised.value.__cause__ is None and raised.value.__context__ is None
        clock.advance(3600)  # past any delay the failures earned
    reopen(MANAGER, MANAGER_PASSPHRASE).lock()


@pytest.mark.parametrize(
    ("username", "passphrase"),
    [(MANAGER, "plum kettle \udcff harbour"), ("mor\udcffgan", MANAGER_PASSPHRASE)],
)
def test_text_that_is_not_valid_unicode_fails_like_a_wrong_passphrase(
    locked, reopen, username, passphrase
):
    """Unlock with a lone surrogate (as from a non-UTF-8 environment variable): UnlockFailed."""
    with pytest.raises(UnlockFailed):
        reopen(username, passphrase)


# -- the vault file --------------------------------------------------------------------


def test_missing_vault_is_named_plainly(tmp_path, clock):
    """Unlock and recover where no vault exists (empty folder, and no folder): VaultMissing."""
    empty = tmp_path / "empty"
    empty.mkdir()
    for root in (empty, tmp_path / "never-made"):
        paths = VaultPaths.for_dir(root)
        with pytest.raises(VaultMissing):
            unlock(paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY)
        assert not paths.database.exists()
    with pytest.raises(VaultMissing):
        reset_with_recovery(
            VaultPaths.for_dir(empty),
            format_recovery_key(os.urandom(32)),
            MANAGER,
            "fresh meadow compass",
            clock=clock,
            policy=INSECURE_TEST_POLICY,
        )
    assert not (empty / "vault.sqlite3").exists()


def test_data_dir_that_is_a_file_is_refused_with_a_data_dir_error(tmp_path, clock):
    """Point the vault at a regular file, and at a path beneath one: DataDirError, not OSError."""
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("a shopping list")
    for root in (a_file, a_file / "vault"):
        paths = VaultPaths.for_dir(root)
        with pytest.raises(DataDirError) as raised:
            create_vault(
                paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
            )
        assert str(raised.value) and "Errno" not in str(raised.value)
        with pytest.raises(DataDirError):
            unlock(paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY)
    assert a_file.read_text() == "a shopping list"


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root can write into read-only folders, so chmod can't make one for this test",
)
@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_data_dir_is_refused_with_a_data_dir_error(tmp_path, clock):
    """Make the data folder read-only: creating or opening a vault gives DataDirError."""
    root = tmp_path / "read-only"
    root.mkdir()
    root.chmod(0o500)
    try:
        with pytest.raises(DataDirError):
            create_vault(
                VaultPaths.for_dir(root),
                MANAGER,
                MANAGER_PASSPHRASE,
                clock=clock,
                policy=INSECURE_TEST_POLICY,
            )
    finally:
        root.chmod(0o700)


def _damage_garbage(good: bytes) -> bytes:
    return os.urandom(len(good))


def _damage_half(good: bytes) -> bytes:
    return good[: len(good) // 2]


def _damage_empty(_good: bytes) -> bytes:
    return b""


def _damage_body(good: bytes) -> bytes:
    return good[:100] + os.urandom(len(good) - 100)  # a real SQLite header, garbage after


def test_damaged_database_is_refused_and_left_exactly_as_it_was(locked, reopen):
    """Replace the file with garbage, half of itself, nothing, or a header plus garbage."""
    good = locked.database.read_bytes()
    for damage in (_damage_garbage, _damage_half, _damage_empty, _damage_body):
        damaged = damage(good)
        locked.database.write_bytes(damaged)
        before = _digest(locked.database)
        with pytest.raises(VaultDamaged) as raised:
            reopen(MANAGER, MANAGER_PASSPHRASE)
        assert "nothing has been changed" in str(raised.value), damage.__name__
        assert _digest(locked.database) == before, damage.__name__
        assert locked.database.stat().st_size == len(damaged)
    locked.database.write_bytes(good)
    reopen(MANAGER, MANAGER_PASSPHRASE).lock()


def test_vault_from_a_newer_app_is_refused_and_left_alone(locked, reopen):
    """Set alembic_version to a revision this app doesn't know: VaultFromNewerVersion."""
    with closing(sqlite3.connect(locked.database)) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.commit()
    before = _digest(locked.database)
    with pytest.raises(VaultFromNewerVersion):
        reopen(MANAGER, MANAGER_PASSPHRASE)
    assert _digest(locked.database) == before
    assert not locked.snapshots.exists()


def test_second_copy_of_the_app_gets_vault_busy(new_vault, reopen, vault_paths, clock):
    """While one copy has the vault unlocked, a second unlock, init or recovery gets VaultBusy."""
    with pytest.raises(VaultBusy):
        reopen(MANAGER, MANAGER_PASSPHRASE)
    with pytest.raises(VaultBusy):
        create_vault(
            vault_paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
        )
    with pytest.raises(VaultBusy):
        reset_with_recovery(
            vault_paths,
            new_vault.recovery_key,
            MANAGER,
            "fresh meadow compass",
            clock=clock,
            policy=INSECURE_TEST_POLICY,
        )
    assert new_vault.vault.people.visible() == []  # the first copy is unaffected
    new_vault.vault.lock()
    reopen(MANAGER, MANAGER_PASSPHRASE).lock()
    with pytest.raises(VaultExists):
        create_vault(
            vault_paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
        )


# -- a full disk -----------------------------------------------------------------------

FILLER = textwrap.dedent(
    """
    import os, resource, signal, sys
    from datetime import date
    from pathlib import Path

    from womenscentre.domain.notes import ContactMode, NoteContent, SessionType
    from womenscentre.paths import VaultPaths
    from womenscentre.services.lifecycle import unlock

    def content(body):
        return NoteContent(
            date(2026, 1, 5).isoformat(), 30, SessionType.ONE_TO_ONE, ContactMode.PHONE, body
        )

    paths = VaultPaths.for_dir(Path(sys.argv[1]))
    vault = unlock(paths, sys.argv[2], sys.argv[3])
    case_id = sys.argv[4]
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    biggest = max(p.stat().st_size for p in paths.root.iterdir() if p.is_file())
    resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 64 * 1024, hard))
    try:
        vault.notes.start(case_id, content(os.urandom(1_000_000).hex()))
        print("saved", flush=True)
    except Exception as exc:
        print(type(exc).__name__, flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space freed up again
    note = vault.notes.start(case_id, content("Written after space was freed."))
    print("saved-after", note.id, flush=True)
    vault.lock()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file-size limits")
def test_full_disk_gives_disk_problem_and_loses_nothing(new_vault, reopen, make, tmp_path):
    """Cap file size (RLIMIT_FSIZE) in a child, save a huge note: DiskProblem, all else intact."""
    manager = new_vault.vault
    person = manager.people.add(make.person("Rosa"), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    earlier = [
        manager.notes.start(case.id, make.note(f"Earlier note {n}: she's settling in well."))
        for n in range(3)
    ]
    root = manager.paths.root
    manager.lock()
    script = tmp_path / "filler.py"
    script.write_text(FILLER)
    result = subprocess.run(
        [sys.executable, str(script), str(root), MANAGER, MANAGER_PASSPHRASE, case.id],
        capture_output=True,
        text=True,
        env=_child_env(),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert lines[0] == DiskProblem.__name__, result.stdout
    assert lines[1].startswith("saved-after ")
    after_id = lines[1].split()[1]
    with closing(sqlite3.connect(root / "vault.sqlite3")) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    bodies = {note.id: note.content.body for note in vault.notes.for_person(person.id)}
    for n, note in enumerate(earlier):
        assert bodies[note.id] == f"Earlier note {n}: she's settling in well."
    assert bodies[after_id] == "Written after space was freed."
    assert len(bodies) == len(earlier) + 1, "the note that didn't fit was not half-saved"
    assert verify_vault(vault).ok
    assert store_engine.integrity_check(vault.engine) == []


# -- the command line, end to end -----------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        capture_output=True,
        text=True,
        env=_child_env(),
        timeout=120,
        check=False,
    )


def _assert_one_kind_line(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.fixture
def passphrase_files(tmp_path) -> dict[str, Path]:
    files = {}
    for name, text in (("right", MANAGER_PASSPHRASE), ("wrong", "plum kettle harbor")):
        path = tmp_path / f"{name}.txt"
        path.write_text(text + "\n")
        files[name] = path
    return files


def test_cli_init_verify_and_bad_input(tmp_path, passphrase_files):
    """CLI: init prints a recovery key; a second init, a wrong passphrase exit 2 without traces."""
    data = str(tmp_path / "cli-vault")
    common = ("--data-dir", data, "--user", MANAGER)
    created = _cli(*common, "init", "--passphrase-file", str(passphrase_files["right"]))
    assert created.returncode == 0, created.stderr
    [key] = re.findall(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){13}\b", created.stdout)
    assert len(parse_recovery_key(key)) == 32
    assert key not in created.stderr

    again = _cli(*common, "init", "--passphrase-file", str(passphrase_files["right"]))
    _assert_one_kind_line(again)
    assert again.stderr.strip() == VaultExists().message

    checked = _cli(*common, "verify", "--passphrase-file", str(passphrase_files["right"]))
    assert checked.returncode == 0, checked.stderr
    assert "All checks passed." in checked.stdout

    wrong = _cli(*common, "verify", "--passphrase-file", str(passphrase_files["wrong"]))
    _assert_one_kind_line(wrong)
    assert wrong.stderr.strip() == UNLOCK_FAILED_MESSAGE
    assert MANAGER_PASSPHRASE not in wrong.stderr and "harbor" not in wrong.stderr


def test_cli_verify_names_a_damaged_record(tmp_path, passphrase_files, clock, make):
    """CLI: flip a byte in one woman's sealed blob; verify exits 1 naming the record, not her."""
    paths = VaultPaths.for_dir(tmp_path / "cli-vault")
    created = create_vault(
        paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    victim = created.vault.people.add(make.person("Rosa"), referral_source="self")
    untouched = created.vault.people.add(make.person("Nia"), referral_source="self")
    created.vault.lock()
    with closing(sqlite3.connect(paths.database)) as con:
        [(blob,)] = con.execute("SELECT sealed FROM people WHERE id = ?", (victim.id,)).fetchall()
        flipped = bytearray(blob)
        flipped[len(flipped) // 2] ^= 0x01
        con.execute("UPDATE people SET sealed = ? WHERE id = ?", (bytes(flipped), victim.id))
        con.commit()
    result = _cli(
        "--data-dir",
        str(paths.root),
        "--user",
        MANAGER,
        "verify",
        "--passphrase-file",
        str(passphrase_files["right"]),
    )
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    damaged = [line for line in result.stdout.splitlines() if "damaged" in line]
    assert damaged == [f"  - damaged: people {victim.id}"]
    assert untouched.id not in result.stdout
    assert "Rosa" not in result.stdout and "Nia" not in result.stdout
    assert "All checks passed." not in result.stdout
