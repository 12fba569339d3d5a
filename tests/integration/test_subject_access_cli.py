"""``womenscentre subject-access`` and ``erase`` end to end, in child processes.

The child runs the real entry point (``ui.launcher.main``, which hands in the real PDF
typesetter, offscreen), so these tests exercise the real parser, handlers, error handling
and genuine PDFs. Exit codes per design §3: 0 done, 1 erasure
doesn't apply, 2 a usage or input problem with one kind line on stderr.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

import womenscentre
from womenscentre.domain.answers import Answer
from womenscentre.domain.users import Role
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import create_vault, unlock
from womenscentre.vault.kdf import INSECURE_TEST_POLICY, TEST_POLICY_ENV

MANAGER, MANAGER_PASSPHRASE = "morgan", "plum kettle harbour"
KEYWORKER, KEYWORKER_PASSPHRASE = "ash", "velvet orbit lantern"
REASON = "She asked in writing for her record to be erased; checked with the lead."

HARNESS = textwrap.dedent(
    """
    import sys
    from ui.launcher import main

    sys.exit(main(sys.argv[1:]))
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
    env["QT_QPA_PLATFORM"] = "offscreen"
    files = {}
    for user, secret in ((MANAGER, MANAGER_PASSPHRASE), (KEYWORKER, KEYWORKER_PASSPHRASE)):
        files[user] = tmp_path / f"{user}.txt"
        files[user].write_text(secret + "\n")

    def run(*args: str, user: str = MANAGER) -> subprocess.CompletedProcess[str]:
        common = ("--user", user, "--passphrase-file", str(files[user]))
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


def one_kind_line(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def pdf_text(data: bytes) -> str:
    raw = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return "".join(unicodedata.normalize("NFKC", raw).split())


def test_subject_access_and_erasure_from_the_command_line(run, tmp_path, clock, make):
    office = VaultPaths.for_dir(tmp_path / "office")
    created = create_vault(
        office, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    vault = created.vault
    vault.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    canaries = {"name": "CANARY-CLINAME-5d1e", "note": "CANARY-CLINOTE-77ab"}
    rosa = vault.people.add(
        make.person(canaries["name"], full_name=Answer.of("Rosa Example-Fictional")),
        referral_source="self",
    )
    [case] = vault.cases.for_person(rosa.id)
    note = vault.notes.start(case.id, make.note(canaries["note"]))
    vault.notes.finalise(note.id, expected_version=note.version)
    vault.lock()
    reference = rosa.id.replace("-", "")[:8]
    data = ("--data-dir", str(office.root))
    out = tmp_path / "sar"
    out.mkdir()

    made = run(*data, "subject-access", "--person", reference, "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert "subject access pack" in made.stdout and made.stderr == ""
    pdf = next(out.glob("*.pdf"))
    text = pdf_text(pdf.read_bytes())
    assert canaries["name"] in text and canaries["note"] in text
    assert "Checkbeforerelease" in text  # the audit names colleagues
    pack = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert pack["person_id"] == rosa.id and canaries["note"] in json.dumps(pack)

    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    assert "Nothing has been saved" in one_kind_line(
        run(*data, "subject-access", "--person", reference, "--out", str(a_file))
    )
    assert "No record has the reference" in one_kind_line(
        run(*data, "subject-access", "--person", "ffffffff", "--out", str(out))
    )
    assert "Only a manager" in one_kind_line(
        run(*data, "subject-access", "--person", reference, "--out", str(out), user=KEYWORKER)
    )

    erase = (*data, "erase", "--person", reference, "--reason", REASON)
    kept = run(*erase, "--grounds", "consent_withdrawn", "--yes")
    assert "close her case" in one_kind_line(kept, code=1)
    assert "--grounds" in one_kind_line(run(*erase, "--yes"))
    assert "isn't one of the grounds" in one_kind_line(run(*erase, "--grounds", "whim", "--yes"))

    vault = unlock(office, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY)
    vault.cases.close_case(case.id, closing_summary="Support ended well.")
    vault.lock()
    unconfirmed = run(*erase, "--grounds", "consent_withdrawn")
    assert "--yes" in one_kind_line(unconfirmed)
    erased = run(*erase, "--grounds", "consent_withdrawn", "--yes")
    assert erased.returncode == 0, erased.stderr
    assert "Deletion certificate" in erased.stdout and "her request for erasure" in erased.stdout
    assert canaries["name"] not in erased.stdout
    vault = unlock(office, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY)
    try:
        assert vault.people.visible() == []
    finally:
        vault.lock()
    database = office.database.read_bytes()
    assert canaries["name"].encode() not in database and canaries["note"].encode() not in database
