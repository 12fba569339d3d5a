"""Attacks on the audit trail: is every action logged, without content, and is it tamper-evident?

Recipes T23 and T24 of the security reference (section 10). Tampering is done with the
standard ``sqlite3`` module on the locked vault file, as someone with a copy of the file and
a database browser would; the vault check must then name the first bad entry, and catch
cut-off tails and rolled-back copies against the anchor written at lock.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from womenscentre.domain.answers import Answer
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.people import ContactMethod, SafeContact
from womenscentre.domain.users import Role
from womenscentre.services import audit
from womenscentre.services.verify import verify_vault
from womenscentre.store.models import AuditEntry

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"


def _canary() -> str:
    return f"CANARY-{uuid.uuid4()}"


def _execute(db: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    with closing(sqlite3.connect(db)) as con:
        con.execute(sql, params)
        con.commit()


def _rows(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute(sql, params).fetchall()


@dataclass(frozen=True)
class Logged:
    seq: int
    ts: str
    actor: str | None
    action: str
    record: str | None
    details: dict[str, object] | None


def _details(vault, row) -> dict[str, object] | None:
    """Details open for managers; for anyone else they are hidden (None)."""
    try:
        return audit.open_details(vault.keyring, row)
    except audit.DetailsHidden:
        return None


def _entries(vault, after_seq: int = 0) -> list[Logged]:
    """Audit entries after ``after_seq``, with their sealed details opened."""
    with vault.read() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > after_seq).order_by(AuditEntry.seq)
        ).all()
        return [
            Logged(
                row.seq,
                row.ts,
                row.actor_id,
                row.action,
                row.record_id,
                _details(vault, row),
            )
            for row in rows
        ]


def _last_seq(vault) -> int:
    entries = _entries(vault)
    return entries[-1].seq if entries else 0


# -- T23: one entry per action, and no content in the details --------------------------


def test_every_scripted_action_writes_exactly_one_entry_and_no_content(
    new_vault, reopen, clock, make
):
    """T23: script create, view, edit, note, draft edit, finalise, addendum, break-glass, delete."""
    manager = new_vault.vault
    canaries = {
        label: _canary()
        for label in (
            *("name", "full", "phrase", "referral", "note"),
            *("name2", "draft", "addendum", "summary"),
        )
    }
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    elsewhere = manager.people.add(make.person("Bea"), referral_source="self")
    morgan, ash_id = manager.user.id, keyworker.id
    current = [manager]

    def act(action, expected):
        """Run one scripted action a minute later; it must log exactly ``expected(result)``."""
        vault = current[0]
        clock.advance(60)
        before = _last_seq(vault)
        result = action()
        logged = _entries(vault, before)
        wanted = [(actor, kind.value, record) for actor, kind, record in expected(result)]
        assert [(e.actor, e.action, e.record) for e in logged] == wanted
        for entry in logged:
            assert entry.ts == clock.now().isoformat()
        assert clock.now().utcoffset() == timedelta(0)
        return result

    details = make.person(
        canaries["name"],
        full_name=Answer.of(canaries["full"]),
        safe_contact=SafeContact((ContactMethod.TEXT,), "evenings", False, canaries["phrase"]),
    )
    person = act(
        lambda: manager.people.add(details, referral_source=canaries["referral"]),
        lambda p: [
            (morgan, AuditAction.CREATE, p.id),
            (morgan, AuditAction.CREATE, manager.cases.for_person(p.id)[0].id),
        ],
    )
    [case] = manager.cases.for_person(person.id)
    act(lambda: manager.people.get(person.id), lambda p: [(morgan, AuditAction.VIEW, p.id)])
    act(
        lambda: manager.people.update(
            person.id, make.person(canaries["name2"]), expected_version=person.version
        ),
        lambda p: [(morgan, AuditAction.EDIT, p.id)],
    )
    note = act(
        lambda: manager.notes.start(case.id, make.note(canaries["note"])),
        lambda n: [(morgan, AuditAction.CREATE, n.id)],
    )
    # She comes back to the draft after a break: the first save of this unlock is an edit.
    # (Autosaves within one unlock are logged once, by design, so as not to flood the log.)
    manager.lock()
    manager = current[0] = reopen(MANAGER, MANAGER_PASSPHRASE)
    note = act(
        lambda: manager.notes.save_draft(
            note.id, make.note(canaries["draft"]), expected_version=note.version
        ),
        lambda n: [(morgan, AuditAction.EDIT, n.id)],
    )
    note = act(
        lambda: manager.notes.finalise(note.id, expected_version=note.version),
        lambda n: [(morgan, AuditAction.FINALISE, n.id)],
    )
    addendum = act(
        lambda: manager.notes.add_addendum(note.id, canaries["addendum"]),
        lambda a: [(morgan, AuditAction.ADDENDUM, a.note_id)],
    )
    act(
        lambda: manager.cases.close_case(case.id, closing_summary=canaries["summary"]),
        lambda c: [(morgan, AuditAction.EDIT, c.id)],
    )
    manager.lock()
    ash = current[0] = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    reason = "Covering the duty line while Morgan is away"
    act(
        lambda: ash.access.break_glass(elsewhere.id, reason),
        lambda _: [(ash_id, AuditAction.BREAK_GLASS, elsewhere.id)],
    )
    act(
        lambda: ash.people.get(elsewhere.id),
        lambda p: [(ash_id, AuditAction.VIEW, p.id)],
    )
    assert all(entry.details is None for entry in _entries(ash)), "a keyworker read details"
    ash.lock()
    manager = current[0] = reopen(MANAGER, MANAGER_PASSPHRASE)
    act(
        lambda: manager.people.delete(person.id, "Added twice by mistake at intake"),
        lambda _: [(morgan, AuditAction.DELETE, person.id)],
    )

    everything = _entries(manager)
    [glass] = [e for e in everything if e.action == AuditAction.BREAK_GLASS.value]
    assert glass.details == {"reason": reason}
    [added] = [e for e in everything if e.action == AuditAction.ADDENDUM.value]
    assert added.details == {"addendum": addendum.id}
    for entry in everything:
        text = json.dumps(entry.details, ensure_ascii=False) + repr(entry)
        leaked = [label for label, canary in canaries.items() if canary in text]
        assert not leaked, f"audit entry {entry.seq} ({entry.action}) carries {leaked}"
    with closing(sqlite3.connect(manager.paths.database)) as con:
        for row in con.execute("SELECT * FROM audit_log"):
            raw = b"".join(v if isinstance(v, bytes) else str(v).encode() for v in row)
            assert not any(c.encode() in raw for c in canaries.values())


# -- T24: tampering with the chain -----------------------------------------------------


@dataclass
class Logged24:
    db: Path
    anchor: Path
    last_seq: int


@pytest.fixture
def logged(manager, make) -> Logged24:
    """A vault with a couple of dozen audit entries, locked so the anchor is written."""
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    for name in ("Rosa", "Nia", "Bea"):
        person = manager.people.add(
            make.person(name), referral_source="self", keyworker_ids=(keyworker.id,)
        )
        manager.people.get(person.id)
        [case] = manager.cases.for_person(person.id)
        note = manager.notes.start(case.id, make.note(f"{name} came in for a chat."))
        manager.notes.finalise(note.id, expected_version=note.version)
    db, anchor = manager.paths.database, manager.paths.audit_anchor
    manager.lock()
    [(last,)] = _rows(db, "SELECT max(seq) FROM audit_log")
    assert int(last) >= 15
    assert json.loads(anchor.read_text())["seq"] == last
    return Logged24(db, anchor, int(last))


def _audit_problems(reopen) -> list[str]:
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    report = verify_vault(vault)
    assert report.integrity == []
    return report.audit


def test_untouched_chain_verifies(logged, reopen):
    """T24 control: with no tampering the chain and the anchor both check out."""
    assert _audit_problems(reopen) == []


AUDIT_FIELD_EDITS = [
    ("action", AuditAction.LOCK.value),
    ("actor_id", str(uuid.uuid4())),
    ("actor_id", None),
    ("record_id", str(uuid.uuid4())),
    ("ts", "2025-12-31T23:59:00+00:00"),
]


def test_editing_a_middle_entry_names_that_entry(logged, reopen):
    """T24: change the action, actor, record or time of entry 7 in the file; verify names 7."""
    for column, value in AUDIT_FIELD_EDITS:
        [(original,)] = _rows(logged.db, f"SELECT {column} FROM audit_log WHERE seq = 7")
        _execute(logged.db, f"UPDATE audit_log SET {column} = ? WHERE seq = 7", (value,))
        vault = reopen(MANAGER, MANAGER_PASSPHRASE)
        problems = verify_vault(vault).audit
        vault.lock()
        assert problems[:1] == ["audit entry 7 has been altered"], column
        _execute(logged.db, f"UPDATE audit_log SET {column} = ? WHERE seq = 7", (original,))
    assert _audit_problems(reopen) == []


def test_swapping_details_between_entries_is_caught(logged, reopen):
    """T24: swap the sealed details of entries 6 and 8; verify names entry 6."""
    [(six,)] = _rows(logged.db, "SELECT details FROM audit_log WHERE seq = 6")
    [(eight,)] = _rows(logged.db, "SELECT details FROM audit_log WHERE seq = 8")
    _execute(logged.db, "UPDATE audit_log SET details = ? WHERE seq = 6", (eight,))
    _execute(logged.db, "UPDATE audit_log SET details = ? WHERE seq = 8", (six,))
    assert _audit_problems(reopen)[0] == "audit entry 6 has been altered"


def test_deleting_a_middle_entry_breaks_the_chain_there(logged, reopen):
    """T24: delete entry 7; verify says the chain is broken at the gap."""
    _execute(logged.db, "DELETE FROM audit_log WHERE seq = 7")
    problems = _audit_problems(reopen)
    # Entry 7 is missing and entry 8 no longer links back: either number names the gap.
    assert re.fullmatch(r"audit chain broken at entry [78]", problems[0]), problems


def test_reordering_two_entries_breaks_the_chain_at_the_first(logged, reopen):
    """T24: swap the sequence numbers of entries 7 and 8; verify names entry 7."""
    _execute(logged.db, "UPDATE audit_log SET seq = -1 WHERE seq = 7")
    _execute(logged.db, "UPDATE audit_log SET seq = 7 WHERE seq = 8")
    _execute(logged.db, "UPDATE audit_log SET seq = 8 WHERE seq = -1")
    assert _audit_problems(reopen)[0] == "audit chain broken at entry 7"


@pytest.mark.parametrize("cut", [1, 3])
def test_truncating_the_tail_is_caught_against_the_anchor(logged, reopen, cut):
    """T24: delete the newest entries (a chain still valid by itself); the anchor catches it."""
    _execute(logged.db, "DELETE FROM audit_log WHERE seq > ?", (logged.last_seq - cut,))
    problems = _audit_problems(reopen)
    assert problems, "truncation went unnoticed"
    assert "anchor" in problems[0]
    assert str(logged.last_seq) in problems[0]


def test_restoring_an_older_copy_of_the_database_is_caught(logged, reopen, make, tmp_path):
    """T24: keep a copy of the file, do more work, lock, put the old copy back."""
    old_copy = tmp_path / "old-vault.sqlite3"
    shutil.copy2(logged.db, old_copy)
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    vault.people.add(make.person("Ola"), referral_source="Housing officer")
    vault.lock()
    assert json.loads(logged.anchor.read_text())["seq"] > logged.last_seq
    for leftover in (Path(f"{logged.db}-wal"), Path(f"{logged.db}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy2(old_copy, logged.db)
    problems = _audit_problems(reopen)
    assert problems and "anchor" in problems[0], problems


def test_a_copied_anchor_catches_truncation_even_if_the_anchor_file_is_rewritten(
    logged, reopen, tmp_path
):
    """T24: cut the tail and rewrite audit-anchor.json to match; an outside copy catches it."""
    kept = tmp_path / "usb-stick-anchor.json"
    shutil.copy2(logged.anchor, kept)
    cut_to = logged.last_seq - 2
    _execute(logged.db, "DELETE FROM audit_log WHERE seq > ?", (cut_to,))
    [(mac,)] = _rows(logged.db, "SELECT mac FROM audit_log WHERE seq = ?", (cut_to,))
    logged.anchor.write_text(json.dumps({"seq": cut_to, "mac": bytes(mac).hex()}))
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    with vault.read() as session:
        against_copy = audit.verify_chain(session, vault.keyring, audit.Anchor.read(kept))
    assert against_copy and "anchor" in against_copy[0]


def test_deleting_the_anchor_file_to_hide_a_truncation_is_reported(logged, reopen):
    """T24: cut the tail and delete audit-anchor.json; a vault locked before misses its anchor."""
    _execute(logged.db, "DELETE FROM audit_log WHERE seq > ?", (logged.last_seq - 3,))
    logged.anchor.unlink()
    assert _audit_problems(reopen), "truncation hidden by deleting the anchor went unnoticed"
