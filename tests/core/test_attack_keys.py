"""Attacks on unlocking, passphrases, the recovery key, removal and signed roles.

Recipes T9, T11, T12 and T14 of the security reference (section 10), the growing delay
after failed unlocks, and direct edits of roles and the authority key in the SQLite file.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.users import Role
from womenscentre.errors import UnlockFailed, UnlockThrottled
from womenscentre.services import keyset
from womenscentre.services.lifecycle import AccountNeedsAttention, reset_with_recovery
from womenscentre.services.verify import verify_vault
from womenscentre.store.models import KeySlot
from womenscentre.vault import aead, kdf, keys
from womenscentre.vault.aead import SealContext
from womenscentre.vault.kdf import INSECURE_TEST_POLICY
from womenscentre.vault.recovery_key import parse_recovery_key

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"
UNLOCK_FAILED_MESSAGE = UnlockFailed().message


# -- helpers ---------------------------------------------------------------------------


def _rows(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(db)) as con:
        return con.execute(sql, params).fetchall()


def _execute(db: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    with closing(sqlite3.connect(db)) as con:
        con.execute(sql, params)
        con.commit()


def _row_digests(db: Path, exclude: set[str]) -> dict[str, list[str]]:
    """Every table's rows, each hashed, sorted: a fingerprint of the whole file's content."""
    digests: dict[str, list[str]] = {}
    with closing(sqlite3.connect(db)) as con:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            if table in exclude:
                continue
            rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
            digests[table] = sorted(hashlib.sha256(repr(row).encode()).hexdigest() for row in rows)
    return digests


def _audit(db: Path) -> list[tuple[int, str | None, str, str | None]]:
    """(seq, actor, action, record id) of every audit entry, read straight from the file."""
    return [
        (int(seq), actor, str(action), record)
        for seq, actor, action, record in _rows(
            db, "SELECT seq, actor_id, action, record_id FROM audit_log ORDER BY seq"
        )
    ]


def _all_files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file())


# -- T9: an unknown name looks exactly like a wrong passphrase -------------------------


@pytest.fixture
def kdf_spy(monkeypatch):
    """Wrap the real derive_key, wherever it was imported, and record each call's cost."""
    calls: list[tuple[int, int, int]] = []
    real = kdf.derive_key

    def spying(passphrase: str, params: kdf.KdfParams) -> bytearray:
        calls.append((params.memory_kib, params.iterations, params.lanes))
        return real(passphrase, params)

    monkeypatch.setattr(kdf, "derive_key", spying)
    monkeypatch.setattr(keyset, "derive_key", spying)
    return calls


def test_unknown_user_and_wrong_passphrase_fail_identically_after_one_kdf_each(
    manager, reopen, kdf_spy
):
    """T9: try a name that doesn't exist and a wrong passphrase; same error, one KDF each."""
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    manager.users.remove(keyworker.id, "Left the centre in the summer")
    manager.lock()
    failures: dict[str, UnlockFailed] = {}
    costs: dict[str, list[tuple[int, int, int]]] = {}
    for label, name, passphrase in (
        ("wrong passphrase", MANAGER, "plum kettle harbours"),
        ("unknown name", "nobody-here", MANAGER_PASSPHRASE),
        ("removed colleague", KEYWORKER, KEYWORKER_PASSPHRASE),
    ):
        kdf_spy.clear()
        with pytest.raises(UnlockFailed) as raised:
            reopen(name, passphrase)
        assert type(raised.value) is UnlockFailed, label
        failures[label] = raised.value
        costs[label] = list(kdf_spy)
    messages = {str(error) for error in failures.values()}
    assert messages == {UNLOCK_FAILED_MESSAGE}
    assert all("nobody-here" not in m and MANAGER not in m for m in messages)
    assert all(len(calls) == 1 for calls in costs.values()), costs
    assert len({calls[0] for calls in costs.values()}) == 1, "every failure costs the same KDF"


# -- throttling ------------------------------------------------------------------------


def test_failed_unlocks_are_throttled_with_a_growing_delay(new_vault, reopen, clock, kdf_spy):
    """Guess passphrases repeatedly; after 3 failures the waits grow 1, 2, 4 seconds."""
    db = new_vault.vault.paths.database
    new_vault.vault.lock()
    guesses = iter(f"guess number {n} here" for n in range(10))
    for name in (MANAGER, "somebody-else", MANAGER):  # unknown names count too
        with pytest.raises(UnlockFailed):
            reopen(name, next(guesses))
    for expected_wait in (1, 2, 4):
        kdf_spy.clear()
        for passphrase in (next(guesses), MANAGER_PASSPHRASE):  # even the right one waits
            with pytest.raises(UnlockThrottled) as raised:
                reopen(MANAGER, passphrase)
            assert raised.value.wait_seconds == expected_wait
        assert kdf_spy == [], "no key work while throttled"
        clock.advance(expected_wait - 0.5)
        with pytest.raises(UnlockThrottled):
            reopen(MANAGER, MANAGER_PASSPHRASE)
        clock.advance(0.5)
        with pytest.raises(UnlockFailed):
            reopen(MANAGER, next(guesses))
    with pytest.raises(UnlockThrottled) as raised:
        reopen(MANAGER, MANAGER_PASSPHRASE)
    assert raised.value.wait_seconds == 8
    clock.advance(8)
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    vault.lock()
    failed = [entry for entry in _audit(db) if entry[2] == AuditAction.UNLOCK_FAILED.value]
    assert len(failed) == 6
    assert all(actor is None and record is None for _seq, actor, _action, record in failed)
    [last_unlock_seq] = [
        seq for seq, _a, action, _r in _audit(db) if action == AuditAction.UNLOCK.value
    ][-1:]
    assert all(seq < last_unlock_seq for seq, *_ in failed)
    # A success clears the counter: the next mistake is not delayed.
    with pytest.raises(UnlockFailed):
        reopen(MANAGER, "one more honest typo")
    reopen(MANAGER, MANAGER_PASSPHRASE).lock()


# -- T11: changing a passphrase touches one slot only ----------------------------------


def test_passphrase_change_rewraps_one_slot_and_nothing_else(new_vault, reopen, make):
    """T11: hash every row before and after a passphrase change; only her slot differs."""
    manager = new_vault.vault
    db = manager.paths.database
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    person = manager.people.add(
        make.person("Rosa"), referral_source="self", keyworker_ids=(manager.user.id, keyworker.id)
    )
    [case] = manager.cases.for_person(person.id)
    manager.notes.start(case.id, make.note("Rosa wants to join the Thursday group."))
    skip = {"key_slots", "audit_log", "change_journal", "users"}
    before = _row_digests(db, skip)
    slots_before = dict(
        _rows(db, "SELECT holder_id, kdf_params || hex(sealed_private) FROM key_slots")
    )
    publics_before = _rows(db, "SELECT holder_id, public_key FROM key_slots ORDER BY holder_id")
    new_passphrase = "copper meadow violin"
    manager.users.change_own_passphrase(MANAGER_PASSPHRASE, new_passphrase)
    assert _row_digests(db, skip) == before
    slots_after = dict(
        _rows(db, "SELECT holder_id, kdf_params || hex(sealed_private) FROM key_slots")
    )
    changed = {holder for holder in slots_before if slots_before[holder] != slots_after[holder]}
    assert changed == {manager.user.id}
    assert set(slots_after) == set(slots_before)
    assert _rows(db, "SELECT holder_id, public_key FROM key_slots ORDER BY holder_id") == (
        publics_before
    )
    manager.lock()
    with pytest.raises(UnlockFailed):
        reopen(MANAGER, MANAGER_PASSPHRASE)
    again = reopen(MANAGER, new_passphrase)
    assert again.people.get(person.id).details == make.person("Rosa")
    again.lock()
    reset_with_recovery(
        again.paths,
        new_vault.recovery_key,
        MANAGER,
        "lemon harbour signal",
        clock=again.clock,
        policy=INSECURE_TEST_POLICY,
    )
    recovered = reopen(MANAGER, "lemon harbour signal")
    assert recovered.people.get(person.id).details == make.person("Rosa")
    # Still a real manager: she can sign a new colleague's role.
    recovered.users.add("kit", Role.KEYWORKER, "amber canal whistle")


# -- T12: the recovery key resets a passphrase and is never written down --------------


def _recovery_key_forms(recovery_key: str) -> dict[str, bytes]:
    raw = bytes(parse_recovery_key(recovery_key))
    assert len(raw) == 32
    plain = recovery_key.replace("-", "")
    forms = {
        "as shown": recovery_key.encode(),
        "as shown, lower case": recovery_key.lower().encode(),
        "without dashes": plain.encode(),
        "without dashes, lower case": plain.lower().encode(),
        "with spaces": recovery_key.replace("-", " ").encode(),
        "as shown, UTF-16LE": recovery_key.encode("utf-16-le"),
        "without dashes, UTF-16LE": plain.encode("utf-16-le"),
        "raw bytes": raw,
        "hex": raw.hex().encode(),
        "HEX": raw.hex().upper().encode(),
        "base64": base64.b64encode(raw),
        "base64 unpadded": base64.b64encode(raw).rstrip(b"="),
        "urlsafe base64": base64.urlsafe_b64encode(raw).rstrip(b"="),
        "base32": base64.b32encode(raw).rstrip(b"="),
    }
    # The first groups alone are long enough to be unmistakable if any part is stored.
    forms["first half of the text"] = plain[: len(plain) // 2].encode()
    forms["first 16 raw bytes"] = raw[:16]
    return forms


def _grep(root: Path, forms: dict[str, bytes]) -> list[str]:
    hits = []
    for path in _all_files(root):
        data = path.read_bytes()
        hits += [f"{path.name}: {label}" for label, form in forms.items() if form in data]
    return hits


def test_recovery_reset_works_is_audited_and_the_key_is_never_on_disk(new_vault, reopen, make):
    """T12: reset a keyworker with the recovery key, then grep every vault file for the key."""
    manager = new_vault.vault
    root = manager.paths.root
    forms = _recovery_key_forms(new_vault.recovery_key)
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    person = manager.people.add(
        make.person("Nia"), referral_source="self", keyworker_ids=(keyworker.id,)
    )
    manager.lock()
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    ash.users.change_own_passphrase(KEYWORKER_PASSPHRASE, "river pebble cardigan")
    ash.lock()
    reset_with_recovery(
        manager.paths,
        new_vault.recovery_key,
        KEYWORKER,
        "fresh meadow compass",
        clock=manager.clock,
        policy=INSECURE_TEST_POLICY,
    )
    with pytest.raises(UnlockFailed):
        reopen(KEYWORKER, "river pebble cardigan")
    ash = reopen(KEYWORKER, "fresh meadow compass")
    assert ash.must_change_passphrase
    assert ash.people.get(person.id).details == make.person("Nia")
    assert ash.user.role is Role.KEYWORKER
    assert _grep(root, forms) == [], "recovery key found while unlocked (db, -wal, -shm)"
    ash.lock()
    recovery_entries = [
        (actor, record)
        for _seq, actor, action, record in _audit(manager.paths.database)
        if action == AuditAction.RECOVERY_USE.value
    ]
    assert recovery_entries == [(None, keyworker.id)]
    files = {path.name for path in _all_files(root)}
    assert "vault.sqlite3" in files and "audit-anchor.json" in files
    assert _grep(root, forms) == []


def test_grep_for_the_recovery_key_would_find_it(tmp_path, new_vault):
    """T12 control: the grep used above does find each form when it is written to a file."""
    forms = _recovery_key_forms(new_vault.recovery_key)
    for label, form in forms.items():
        planted = tmp_path / "planted"
        planted.mkdir(exist_ok=True)
        (planted / "leak.bin").write_bytes(b"prefix " + form + b" suffix")
        assert _grep(planted, {label: form}) == [f"leak.bin: {label}"]


# -- T14: removing a keyworker --------------------------------------------------------


def test_removed_keyworker_is_locked_out_and_new_records_use_a_rotated_key(
    new_vault, reopen, make, tmp_path
):
    """T14: remove a keyworker; her passphrase, grants and any stolen old copy stop working."""
    manager = new_vault.vault
    db = manager.paths.database
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    person = manager.people.add(
        make.person("Rosa"), referral_source="self", keyworker_ids=(manager.user.id, keyworker.id)
    )
    [case] = manager.cases.for_person(person.id)
    before_note = manager.notes.start(case.id, make.note("Written before Ash left."))
    assert _rows(db, "SELECT value FROM meta WHERE key = 'current_item_key'") == [("ik-1",)]
    # She keeps a copy of the file on a USB stick before she goes.
    stolen = tmp_path / "stolen.sqlite3"
    with closing(sqlite3.connect(db)) as source, closing(sqlite3.connect(stolen)) as copy:
        source.backup(copy)
    manager.users.remove(keyworker.id, "Left the centre in the summer")
    after_note = manager.notes.start(case.id, make.note("Written after Ash left."))
    newcomer = manager.people.add(make.person("Ola"), referral_source="self")

    assert _rows(db, "SELECT value FROM meta WHERE key = 'current_item_key'") == [("ik-2",)]
    assert _rows(db, "SELECT count(*) FROM key_grants WHERE holder_id = ?", (keyworker.id,)) == [
        (0,)
    ]
    assert _rows(db, "SELECT count(*) FROM key_slots WHERE holder_id = ?", (keyworker.id,)) == [
        (0,)
    ]
    holders_of_new_key = {
        holder for (holder,) in _rows(db, "SELECT holder_id FROM key_grants WHERE key_id = 'ik-2'")
    }
    assert holders_of_new_key == {manager.user.id, "recovery"}
    for table, record_id in (
        ("session_notes", after_note.id),
        ("people", newcomer.id),
    ):
        assert _rows(db, f"SELECT key_id FROM {table} WHERE id = ?", (record_id,)) == [("ik-2",)]
    assert _rows(db, "SELECT key_id FROM session_notes WHERE id = ?", (before_note.id,)) == [
        ("ik-1",)
    ]
    actions = [(action, record) for _s, _a, action, record in _audit(db)]
    assert (AuditAction.USER_REMOVED.value, keyworker.id) in actions
    assert (AuditAction.KEY_ROTATION.value, None) in actions
    manager.lock()

    with pytest.raises(UnlockFailed) as raised:
        reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    assert str(raised.value) == UNLOCK_FAILED_MESSAGE
    morgan = reopen(MANAGER, MANAGER_PASSPHRASE)
    assert morgan.notes.get(before_note.id).content.body == "Written before Ash left."
    assert morgan.notes.get(after_note.id).content.body == "Written after Ash left."
    assert verify_vault(morgan).ok
    morgan.lock()

    # With her passphrase and her stolen copy she gets ik-1, never ik-2.
    vault_id, slot_params, slot_sealed = _rows(
        stolen,
        "SELECT (SELECT value FROM meta WHERE key = 'vault_id'), kdf_params, sealed_private"
        " FROM key_slots WHERE holder_id = ?",
        (keyworker.id,),
    )[0]
    slot = KeySlot(holder_id=keyworker.id, kdf_params=slot_params, sealed_private=slot_sealed)
    private = keyset.open_passphrase_slot(
        slot, vault_id=str(vault_id), passphrase=KEYWORKER_PASSPHRASE, policy=INSECURE_TEST_POLICY
    )
    her_keys = {
        str(key_id): keys.open_grant(
            private, bytes(sealed), keys.grant_aad(str(vault_id), str(key_id), keyworker.id)
        )
        for key_id, sealed in _rows(
            stolen, "SELECT key_id, sealed FROM key_grants WHERE holder_id = ?", (keyworker.id,)
        )
    }
    assert "ik-1" in her_keys and "ik-2" not in her_keys
    [(old_blob,)] = _rows(db, "SELECT sealed FROM session_notes WHERE id = ?", (before_note.id,))
    [(new_blob,)] = _rows(db, "SELECT sealed FROM session_notes WHERE id = ?", (after_note.id,))
    old_context = SealContext("session_notes", before_note.id, "record")
    assert b"Written before" in aead.open_blob(her_keys, old_context, bytes(old_blob))
    with pytest.raises(aead.UnknownKey):
        aead.open_blob(her_keys, SealContext("session_notes", after_note.id, "record"), new_blob)


# -- signed roles and the authority key ------------------------------------------------


@pytest.fixture
def with_keyworker(new_vault, make):
    manager = new_vault.vault
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    person = manager.people.add(make.person("Bea"), referral_source="self")
    db = manager.paths.database
    manager.lock()
    return db, keyworker.id, person.id


def test_editing_a_role_in_the_file_is_refused_and_reported(with_keyworker, reopen):
    """Role tamper: set users.role to manager for a keyworker; she is refused, verify reports."""
    db, keyworker_id, person_id = with_keyworker
    _execute(db, "UPDATE users SET role = 'manager' WHERE id = ?", (keyworker_id,))
    with pytest.raises(AccountNeedsAttention):
        reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    morgan = reopen(MANAGER, MANAGER_PASSPHRASE)
    report = verify_vault(morgan)
    assert not report.ok
    assert len(report.accounts) == 1 and keyworker_id in report.accounts[0]
    assert morgan.people.get(person_id).preferred_name == "Bea"


def test_editing_a_role_down_or_a_status_is_also_refused(with_keyworker, reopen):
    """Role tamper: demote the manager to trainer in the file; her unlock is refused too."""
    db, _keyworker_id, _person_id = with_keyworker
    _execute(db, "UPDATE users SET role = 'trainer' WHERE username = ?", (MANAGER,))
    with pytest.raises(AccountNeedsAttention):
        reopen(MANAGER, MANAGER_PASSPHRASE)
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    assert ash.user.role is Role.KEYWORKER


def test_replacing_the_authority_key_and_resigning_roles_is_detected(with_keyworker, reopen):
    """Authority swap: put an attacker's key in meta.authority_public and re-sign every role."""
    db, keyworker_id, _person_id = with_keyworker
    attacker = Ed25519PrivateKey.generate()
    attacker_public = attacker.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    [(vault_id,)] = _rows(db, "SELECT value FROM meta WHERE key = 'vault_id'")
    _execute(db, "UPDATE users SET role = 'manager' WHERE id = ?", (keyworker_id,))
    for user_id, username, role, status, public in _rows(
        db,
        "SELECT u.id, u.username, u.role, u.status, k.public_key"
        " FROM users u JOIN key_slots k ON k.holder_id = u.id",
    ):
        statement = keys.role_statement(
            str(vault_id), str(user_id), str(username), str(role), str(status), bytes(public)
        )
        _execute(
            db,
            "UPDATE users SET role_signature = ? WHERE id = ?",
            (attacker.sign(statement), user_id),
        )
    _execute(
        db, "UPDATE meta SET value = ? WHERE key = 'authority_public'", (attacker_public.hex(),)
    )
    with pytest.raises(AccountNeedsAttention):
        reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    with pytest.raises(AccountNeedsAttention):
        reopen(MANAGER, MANAGER_PASSPHRASE)


def test_replacing_only_the_authority_key_is_detected_when_a_manager_unlocks(
    with_keyworker, reopen
):
    """Authority swap: replace meta.authority_public alone; the manager's unlock refuses."""
    db, _keyworker_id, _person_id = with_keyworker
    stranger = Ed25519PrivateKey.generate().public_key()
    raw = stranger.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    _execute(db, "UPDATE meta SET value = ? WHERE key = 'authority_public'", (raw.hex(),))
    with pytest.raises(AccountNeedsAttention):
        reopen(MANAGER, MANAGER_PASSPHRASE)
