"""``womenscentre backup``, ``restore`` and ``import`` end to end, in child processes.

Exit codes per design §3: 0 done, 1 a dry run found problems, 2 a usage or input problem
with one line on stderr and no traceback. Until ``cli/main.py`` registers these commands,
the child adds them itself through ``add_backup_commands`` (the same function main uses),
so these tests exercise the real parser, handlers and error handling either way.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import womenscentre
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import create_vault, unlock
from womenscentre.vault.kdf import INSECURE_TEST_POLICY, TEST_POLICY_ENV

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"

HARNESS = textwrap.dedent(
    """
    import argparse, sys
    from womenscentre.cli import main as cli
    from womenscentre.cli.backup import add_backup_commands

    original = cli.build_parser

    def build_parser(*args, **kwargs):
        parser = original(*args, **kwargs)
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "backup" not in sub.choices:
            add_backup_commands(sub, cli._common_options())
        return parser

    cli.build_parser = build_parser
    sys.exit(cli.main(sys.argv[1:]))
    """
)


@pytest.fixture
def run(tmp_path):
    script = tmp_path / "harness.py"
    script.write_text(HARNESS)
    env = dict(os.environ)
    assert env.get(TEST_POLICY_ENV) == "1"
    import_root = str(Path(womenscentre.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [import_root, env.get("PYTHONPATH")]))
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(MANAGER_PASSPHRASE + "\n")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        common = ("--user", MANAGER, "--passphrase-file", str(passphrase))
        return subprocess.run(
            [sys.executable, str(script), *common, *args],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,
            check=False,
        )

    return run


def kind_refusal(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_restore_and_import_from_the_command_line(run, tmp_path, clock, make):
    """Back up, restore to a new folder with the recovery key, replace only with --yes."""
    office = VaultPaths.for_dir(tmp_path / "office")
    created = create_vault(
        office, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    rosa = created.vault.people.add(make.person("Rosa"), referral_source="self")
    created.vault.lock()
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(created.recovery_key + "\n")
    backup = tmp_path / "usb" / "office.wcbackup"
    backup.parent.mkdir()

    made = run("--data-dir", str(office.root), "backup", "--out", str(backup))
    assert made.returncode == 0, made.stderr
    assert "Backup written" in made.stdout and backup.exists()
    again = run("--data-dir", str(office.root), "backup", "--out", str(backup))
    assert "already a file" in kind_refusal(again)

    laptop = tmp_path / "new-laptop"
    restored = run(
        "--data-dir", str(laptop), "restore", str(backup), "--recovery-key-file", str(key_file)
    )
    assert restored.returncode == 0, restored.stderr
    assert "The backup checks out" in restored.stdout and restored.stderr == ""
    before = digest(laptop / "vault.sqlite3")
    refused = run(
        "--data-dir", str(laptop), "restore", str(backup), "--recovery-key-file", str(key_file)
    )
    assert "--yes" in kind_refusal(refused)
    assert digest(laptop / "vault.sqlite3") == before
    assert not list(laptop.glob(".restore-*")), "the checked working file was removed"

    replaced = run("--data-dir", str(laptop), "restore", str(backup), "--yes")
    assert replaced.returncode == 0, replaced.stderr
    assert re.search(r"kept, sealed, in .*replaced-by-restore-.*\.wcbackup", replaced.stdout)

    damaged = tmp_path / "damaged.wcbackup"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(bytes(data))
    flipped = run(
        "--data-dir", str(tmp_path / "x"), "restore", str(damaged), "--recovery-key-file",
        str(key_file),
    )  # fmt: skip
    assert "damaged" in kind_refusal(flipped)
    assert not (tmp_path / "x" / "vault.sqlite3").exists()

    vault = unlock(
        VaultPaths.for_dir(laptop), MANAGER, MANAGER_PASSPHRASE, policy=INSECURE_TEST_POLICY
    )
    try:
        assert [p.id for p in vault.people.visible()] == [rosa.id]
    finally:
        vault.lock()


def test_import_dry_run_refusal_and_success(run, tmp_path, clock):
    """--dry-run exits 1 naming row and column; a real import of a bad file exits 2; then 0."""
    office = VaultPaths.for_dir(tmp_path / "office")
    create_vault(
        office, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    ).vault.lock()
    sheet = tmp_path / "people.csv"
    sheet.write_text("Known as,DOB\nZoë,21/03/1990\nAmira,31/02/1985\n", encoding="utf-8")
    data = ("--data-dir", str(office.root))

    dry = run(*data, "import", str(sheet), "--dry-run")
    assert dry.returncode == 1, dry.stderr
    assert "people.csv, row 3, column 'DOB' (B)" in dry.stdout and "dry run" in dry.stdout
    assert "Amira" not in dry.stdout, "reports name rows and columns, never what they hold"

    refused = run(*data, "import", str(sheet))
    assert "Nothing has been imported" in kind_refusal(refused)
    assert "row 3" in refused.stdout

    sheet.write_text("Who,DOB\nZoë,21/03/1990\nAmira,28/02/1985\n", encoding="utf-8")
    done = run(*data, "import", str(sheet), "--map", "Who=preferred_name")
    assert done.returncode == 0, done.stderr
    assert "Added 2 women" in done.stdout
