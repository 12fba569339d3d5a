"""Plant unique canaries in every sealed field, then grep every byte the app could have written.

Recipes T1 and T2 of the security reference (section 10). A canary is ``CANARY-<uuid>``:
if any file holds one, in plain UTF-8, UTF-16LE or base64 at any alignment, plaintext
has reached the disk. T2 does the same after ``kill -9`` in the middle of editing, before
anything has had the chance to tidy up.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path

import womenscentre
from womenscentre.domain.answers import Answer
from womenscentre.domain.people import ContactMethod, PersonDetails, SafeContact
from womenscentre.domain.users import Role
from womenscentre.services.lifecycle import create_vault, unlock
from womenscentre.services.verify import verify_vault
from womenscentre.store import engine as store_engine
from womenscentre.vault.kdf import INSECURE_TEST_POLICY, TEST_POLICY_ENV

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"
#: Dates of birth must be real dates, so this one is simply distinctive.
CANARY_DOB = "1911-07-23"
MAX_GREP_BYTES = 64 * 1024 * 1024


def _canary() -> str:
    return f"CANARY-{uuid.uuid4()}"


def _base64_forms(data: bytes) -> list[bytes]:
    """How ``data`` looks inside any base64 text, whatever its offset there."""
    forms = []
    for shift in range(3):
        encoded = base64.b64encode(bytes(shift) + data)
        core = encoded[4 if shift else 0 : 4 * ((shift + len(data)) // 3)]
        forms += [core, core.replace(b"+", b"-").replace(b"/", b"_")]
    return forms


def _forms(secret: str) -> dict[str, bytes]:
    raw = secret.encode("utf-8")
    forms = {"utf-8": raw, "utf-16le": secret.encode("utf-16-le")}
    for index, form in enumerate(_base64_forms(raw)):
        forms[f"base64 #{index}"] = form
    return forms


def _files_under(root: Path, since: float | None = None) -> list[Path]:
    found = []
    for dirpath, _dirs, names in os.walk(root, onerror=lambda _e: None):
        for name in names:
            path = Path(dirpath) / name
            try:
                stat = path.lstat()
            except OSError:
                continue
            if not path.is_file() or path.is_symlink() or stat.st_size > MAX_GREP_BYTES:
                continue
            if since is not None and max(stat.st_mtime, stat.st_ctime) < since:
                continue
            found.append(path)
    return found


def _grep(files: list[Path], secrets: dict[str, str]) -> list[str]:
    patterns = {
        f"{label} ({encoding})": form
        for label, secret in secrets.items()
        for encoding, form in _forms(secret).items()
    }
    hits = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        hits += [f"{path}: {what}" for what, form in patterns.items() if form in data]
    return hits


def _child_env() -> dict[str, str]:
    """The environment for a child process: fast test keys, and this copy of the code."""
    env = dict(os.environ)
    assert env.get(TEST_POLICY_ENV) == "1", "the autouse fixture sets the fast KDF switch"
    import_root = str(Path(womenscentre.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [import_root, env.get("PYTHONPATH")]))
    return env


# -- T1 --------------------------------------------------------------------------------


def test_grep_finds_every_encoding_of_a_planted_canary(tmp_path):
    """T1 control: the grep below finds a canary in UTF-8, UTF-16LE and base64 at any offset."""
    canary = _canary()
    samples = {
        "plain.txt": b"note: " + canary.encode(),
        "wide.txt": ("note: " + canary).encode("utf-16-le"),
        **{
            f"b64-{pad}.txt": base64.b64encode(bytes(pad) + canary.encode() + b"tail")
            for pad in range(3)
        },
        "urlsafe.txt": base64.urlsafe_b64encode(b"x" + canary.encode()),
    }
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
        assert _grep([tmp_path / name], {"canary": canary}), name


def test_no_canary_from_any_sealed_field_reaches_any_file(
    tmp_path, vault_paths, clock, monkeypatch, make
):
    """T1: fill every sealed field with canaries, lock, grep vault, logs and temp dirs: 0 hits."""
    started = time.time() - 1
    system_temp = Path(tempfile.gettempdir())
    private_temp = tmp_path / "tmp"
    private_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    secrets = {
        label: _canary()
        for label in (
            "preferred name",
            "full name",
            "pronouns",
            "language 1",
            "language 2",
            "interpreter",
            "access needs",
            "safe times",
            "check phrase",
            "if someone else answers",
            "asked us to know 1",
            "asked us to know 2",
            "referral source",
            "closing summary",
            "note body",
            "earlier draft body",
            "addendum body",
            "break-glass reason",
            "removal reason",
            "deletion reason",
            "second woman's name",
        )
    }
    secrets["date of birth"] = CANARY_DOB
    details = PersonDetails(
        preferred_name=secrets["preferred name"],
        full_name=Answer.of(secrets["full name"]),
        pronouns=Answer.of(secrets["pronouns"]),
        date_of_birth=Answer.of(CANARY_DOB),
        languages=(secrets["language 1"], secrets["language 2"]),
        interpreter=Answer.of(secrets["interpreter"]),
        access_needs=Answer.of(secrets["access needs"]),
        safe_contact=SafeContact(
            (ContactMethod.TEXT, ContactMethod.LETTER),
            secrets["safe times"],
            False,
            secrets["check phrase"],
            secrets["if someone else answers"],
        ),
        asked_us_to_know=(secrets["asked us to know 1"], secrets["asked us to know 2"]),
    )
    created = create_vault(
        vault_paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    manager = created.vault
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    person = manager.people.add(details, referral_source=secrets["referral source"])
    other = manager.people.add(make.person(secrets["second woman's name"]), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    draft = manager.notes.start(case.id, make.note(secrets["earlier draft body"]))
    draft = manager.notes.save_draft(
        draft.id, make.note(secrets["note body"]), expected_version=draft.version
    )
    final = manager.notes.finalise(draft.id, expected_version=draft.version)
    manager.notes.add_addendum(final.id, secrets["addendum body"])
    manager.cases.close_case(case.id, closing_summary=secrets["closing summary"])
    assert manager.people.get(person.id).details == details
    manager.lock()
    ash = unlock(
        vault_paths, KEYWORKER, KEYWORKER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    ash.access.break_glass(other.id, secrets["break-glass reason"])
    ash.lock()
    manager = unlock(
        vault_paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    manager.users.remove(keyworker.id, secrets["removal reason"])
    manager.people.delete(other.id, secrets["deletion reason"])
    reread = manager.notes.get(final.id)
    assert reread.content.body == secrets["note body"]
    assert [a.body for a in reread.addenda] == [secrets["addendum body"]]
    manager.lock()

    files = _files_under(tmp_path)  # vault, its logs, the data-home and the private temp dir
    files += _files_under(vault_paths.logs) if vault_paths.logs.exists() else []
    for shared in (system_temp, Path("/var/tmp")):
        if shared.is_dir():
            files += _files_under(shared, since=started)
    assert any(path.name == "vault.sqlite3" for path in files)
    assert _grep(files, secrets) == []


# -- T2 --------------------------------------------------------------------------------

EDITOR = textwrap.dedent(
    """
    import json, sys
    from datetime import date
    from pathlib import Path

    from womenscentre.domain.notes import ContactMode, NoteContent, SessionType
    from womenscentre.paths import VaultPaths
    from womenscentre.services.lifecycle import unlock

    secrets = json.loads(sys.stdin.readline())
    vault = unlock(VaultPaths.for_dir(Path(sys.argv[1])), sys.argv[2], sys.argv[3])
    [summary] = vault.people.visible()
    person = vault.people.get(summary.id)  # her record is open on screen
    [case] = vault.cases.for_person(person.id)

    def content(body):
        return NoteContent(
            date(2026, 1, 5).isoformat(), 50, SessionType.CRISIS, ContactMode.PHONE, body
        )

    note = vault.notes.start(case.id, content(secrets["draft"]))
    print("started", note.id, note.version, flush=True)
    i = 0
    while True:
        i += 1
        body = f"{secrets['draft']} {i} " + secrets["draft"] * (i % 5)
        note = vault.notes.save_draft(note.id, content(body), expected_version=note.version)
        print("saved", note.id, note.version, flush=True)
    """
)


def test_kill_9_while_editing_leaves_no_canary_in_db_wal_or_shm(vault_paths, clock, tmp_path, make):
    """T2: kill -9 a process mid-edit of a canary draft; grep db, -wal, -shm before restart."""
    secrets = {"draft": _canary(), "name": _canary(), "phrase": _canary()}
    created = create_vault(
        vault_paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    created.vault.people.add(
        make.person(
            secrets["name"],
            safe_contact=SafeContact((ContactMethod.TEXT,), "mornings", False, secrets["phrase"]),
        ),
        referral_source="self",
    )
    created.vault.lock()
    script = tmp_path / "editor.py"
    script.write_text(EDITOR)
    child = subprocess.Popen(
        [sys.executable, str(script), str(vault_paths.root), MANAGER, MANAGER_PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_env(),
    )
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(json.dumps(secrets).encode() + b"\n")
        child.stdin.flush()
        acknowledged = []
        deadline = time.monotonic() + 60
        while len(acknowledged) < 8 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            acknowledged.append(line.split())
        assert len(acknowledged) >= 8, child.stderr.read().decode() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, err.decode()

    wal = Path(f"{vault_paths.database}-wal")
    written = [vault_paths.database, wal, Path(f"{vault_paths.database}-shm")]
    assert wal.exists() and wal.stat().st_size > 0, "the kill left an uncheckpointed WAL"
    assert _grep([path for path in written if path.exists()], secrets) == []
    assert _grep(_files_under(vault_paths.root), secrets) == []

    _kind, note_id, version = acknowledged[-1]
    vault = unlock(
        vault_paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert store_engine.integrity_check(vault.engine) == []
        [draft] = vault.notes.my_drafts()
        assert draft.id == note_id.decode()
        assert draft.version >= int(version)
        assert draft.content.body.startswith(secrets["draft"])
        assert verify_vault(vault).ok
    finally:
        vault.lock()
    assert _grep(_files_under(vault_paths.root), secrets) == []
