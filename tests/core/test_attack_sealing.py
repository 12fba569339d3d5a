"""Attacks on sealed records, their headers, the schema and the crypto self-test.

Recipes T6, T7, T8, T20, T21 and T29 of the security reference (section 10), plus the
production key-derivation floor. The attacks on stored data edit the SQLite file directly
with the standard ``sqlite3`` module while the vault is locked, the way someone with a copy
of the file and a database browser would, then unlock through the services and check the
vault refuses what was changed and still opens everything else.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import cryptography
import pytest

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.users import Role
from womenscentre.errors import CryptoUnavailable, UnlockFailed
from womenscentre.services.codec import seal_json
from womenscentre.services.records import RecordDamaged
from womenscentre.services.verify import verify_vault
from womenscentre.store.models import SEALED_TABLES
from womenscentre.vault import aead, selftest
from womenscentre.vault.aead import SealContext
from womenscentre.vault.kdf import (
    INSECURE_TEST_POLICY,
    PRODUCTION_POLICY,
    SALT_BYTES,
    KdfParams,
)
from womenscentre.vault.keys import random_key
from womenscentre.vault.selftest import run_self_test

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"
UNLOCK_FAILED_MESSAGE = UnlockFailed().message


# -- helpers ---------------------------------------------------------------------------


def _read_blob(db: Path, table: str, record_id: str, column: str = "sealed") -> bytes:
    with closing(sqlite3.connect(db)) as con:
        row = con.execute(f"SELECT {column} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    assert row is not None, f"no {table} row {record_id}"
    return bytes(row[0])


def _write_blob(db: Path, table: str, record_id: str, blob: bytes, column: str = "sealed") -> None:
    with closing(sqlite3.connect(db)) as con:
        cursor = con.execute(
            f"UPDATE {table} SET {column} = ? WHERE id = ?",
            (blob, record_id),
        )
        assert cursor.rowcount == 1
        con.commit()


def _execute(db: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    with closing(sqlite3.connect(db)) as con:
        con.execute(sql, params)
        con.commit()


def _flipped(blob: bytes, position: int, mask: int) -> bytes:
    changed = bytearray(blob)
    changed[position] ^= mask
    return bytes(changed)


@dataclass
class Populated:
    """A small fictional centre: three women, a finalised note with an addendum, a draft."""

    db: Path
    people: dict[str, str]  # preferred name -> person id
    cases: dict[str, str]  # preferred name -> case id
    final_note: str
    addendum: str
    draft_note: str
    keyworker_id: str


@pytest.fixture
def populated(manager, make) -> Populated:
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    people: dict[str, str] = {}
    cases: dict[str, str] = {}
    for name in ("Rosa", "Nia", "Bea"):
        person = manager.people.add(
            make.person(name),
            referral_source="self",
            keyworker_ids=(keyworker.id, manager.user.id),
        )
        people[name] = person.id
        [case] = manager.cases.for_person(person.id)
        cases[name] = case.id
    note = manager.notes.start(cases["Nia"], make.note("Nia talked about her new flat."))
    final = manager.notes.finalise(note.id, expected_version=note.version)
    addendum = manager.notes.add_addendum(final.id, "Correction: it was a Tuesday.")
    draft = manager.notes.start(cases["Bea"], make.note("Bea's draft, not finished."))
    db = manager.paths.database
    manager.lock()
    return Populated(db, people, cases, final.id, addendum.id, draft.id, keyworker.id)


def _assert_everything_else_opens(vault, world: Populated, make, damaged: set[str]) -> None:
    """Each person, note and addendum not in ``damaged`` opens with its content intact."""
    for name, person_id in world.people.items():
        if person_id in damaged:
            continue
        assert vault.people.get(person_id).details == make.person(name)
    if not damaged & {world.final_note, world.addendum}:
        final = vault.notes.get(world.final_note)
        assert final.content.body == "Nia talked about her new flat."
        assert [a.body for a in final.addenda] == ["Correction: it was a Tuesday."]
    if world.draft_note not in damaged:
        assert vault.notes.get(world.draft_note).content.body == "Bea's draft, not finished."


# -- T6: byte flips --------------------------------------------------------------------


def _flip_positions(length: int, key_id_len: int) -> list[tuple[str, int, int]]:
    nonce_at = 3 + key_id_len
    body_at = nonce_at + aead.NONCE_BYTES
    tag_at = length - aead.TAG_BYTES
    return [
        ("version", 0, 0x01),
        ("version", 0, 0xFF),
        ("algorithm", 1, 0x01),
        ("key id length", 2, 0x01),
        ("key id length", 2, 0x80),
        ("key id first byte", 3, 0x01),
        ("key id last byte", nonce_at - 1, 0x02),
        ("nonce first byte", nonce_at, 0x01),
        ("nonce middle", nonce_at + 6, 0x40),
        ("nonce last byte", body_at - 1, 0xFF),
        ("ciphertext first byte", body_at, 0x01),
        ("ciphertext second byte", body_at + 1, 0x80),
        ("ciphertext middle", (body_at + tag_at) // 2, 0x10),
        ("ciphertext last byte", tag_at - 1, 0x01),
        ("tag first byte", tag_at, 0x01),
        ("tag middle", tag_at + 8, 0xFF),
        ("tag last byte", length - 1, 0x80),
    ]


def test_every_sampled_byte_flip_in_a_person_blob_is_reported_and_others_still_open(
    populated, reopen, make
):
    """T6: flip single bytes across header, nonce, ciphertext and tag of one woman's blob."""
    victim = populated.people["Rosa"]
    original = _read_blob(populated.db, "people", victim)
    key_id = aead.blob_key_id(original)
    positions = _flip_positions(len(original), len(key_id))
    assert len({pos for _, pos, _ in positions}) >= 14
    for label, position, mask in positions:
        _write_blob(populated.db, "people", victim, _flipped(original, position, mask))
        vault = reopen(MANAGER, MANAGER_PASSPHRASE)
        with pytest.raises(RecordDamaged) as raised:
            vault.people.get(victim)
        assert raised.value.record_id == victim, label
        assert "Rosa" not in str(raised.value), f"{label}: no partial plaintext in the message"
        report = verify_vault(vault)
        assert report.damaged_records == [("people", victim)], label
        assert report.integrity == [], label
        _assert_everything_else_opens(vault, populated, make, {victim})
        vault.lock()
        _write_blob(populated.db, "people", victim, original)
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    assert vault.people.get(victim).details == make.person("Rosa")
    assert verify_vault(vault).ok


@pytest.mark.parametrize(
    ("table", "which"),
    [
        ("cases", "case"),
        ("session_notes", "final_note"),
        ("session_notes", "draft_note"),
        ("note_addenda", "addendum"),
    ],
)
def test_byte_flip_in_each_kind_of_sealed_record_is_reported(populated, reopen, make, table, which):
    """T6: flip one ciphertext byte of a case, note, draft or addendum; verify names it."""
    record_id = populated.cases["Rosa"] if which == "case" else getattr(populated, which)
    blob = _read_blob(populated.db, table, record_id)
    _write_blob(populated.db, table, record_id, _flipped(blob, len(blob) // 2, 0x04))
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    report = verify_vault(vault)
    assert report.damaged_records == [(table, record_id)]
    assert not report.ok
    if table == "session_notes":
        with pytest.raises(RecordDamaged):
            vault.notes.get(record_id)
    elif table == "note_addenda":
        with pytest.raises(RecordDamaged):
            vault.notes.get(populated.final_note)
    damaged = {record_id, populated.final_note} if table == "note_addenda" else {record_id}
    _assert_everything_else_opens(vault, populated, make, damaged)


def test_caseload_list_still_shows_the_other_women_when_one_record_is_damaged(populated, reopen):
    """T6: flip a byte in one woman's blob; the caseload list must still show the others."""
    victim = populated.people["Rosa"]
    blob = _read_blob(populated.db, "people", victim)
    _write_blob(populated.db, "people", victim, _flipped(blob, len(blob) - 1, 0x01))
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    listed = {summary.id for summary in vault.people.visible()}
    assert {populated.people["Nia"], populated.people["Bea"]} <= listed


def test_one_damaged_case_does_not_lock_a_keyworker_out_of_her_other_women(populated, reopen, make):
    """T6: flip a byte in one case blob; the keyworker can still open her other women."""
    blob = _read_blob(populated.db, "cases", populated.cases["Rosa"])
    _write_blob(populated.db, "cases", populated.cases["Rosa"], _flipped(blob, 40, 0x01))
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    assert ash.people.get(populated.people["Nia"]).details == make.person("Nia")
    assert populated.people["Bea"] in {summary.id for summary in ash.people.visible()}


def test_opening_a_damaged_record_is_written_to_the_audit_log(populated, reopen):
    """T6: open a tampered record; a record_damaged audit entry names it (reference 9.2)."""
    victim = populated.people["Bea"]
    blob = _read_blob(populated.db, "people", victim)
    _write_blob(populated.db, "people", victim, _flipped(blob, 30, 0x01))
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    with pytest.raises(RecordDamaged):
        vault.people.get(victim)
    vault.lock()
    with closing(sqlite3.connect(populated.db)) as con:
        entries = con.execute(
            "SELECT record_id FROM audit_log WHERE action = ?",
            (AuditAction.RECORD_DAMAGED.value,),
        ).fetchall()
    assert entries == [(victim,)]


# -- T7: blobs moved between rows ------------------------------------------------------


def test_swapping_blobs_between_two_people_is_refused_for_both(populated, reopen, make):
    """T7: swap the sealed blobs of two women's rows; neither opens as the other."""
    rosa, nia = populated.people["Rosa"], populated.people["Nia"]
    rosa_blob = _read_blob(populated.db, "people", rosa)
    nia_blob = _read_blob(populated.db, "people", nia)
    _write_blob(populated.db, "people", rosa, nia_blob)
    _write_blob(populated.db, "people", nia, rosa_blob)
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    for victim in (rosa, nia):
        with pytest.raises(RecordDamaged) as raised:
            vault.people.get(victim)
        assert raised.value.record_id == victim
    report = verify_vault(vault)
    assert sorted(report.damaged_records) == sorted([("people", rosa), ("people", nia)])
    assert vault.people.get(populated.people["Bea"]).details == make.person("Bea")


def test_copying_a_person_blob_into_a_case_row_is_refused(populated, reopen, make):
    """T7: paste a woman's sealed blob over a case row's blob (another table and group)."""
    person_blob = _read_blob(populated.db, "people", populated.people["Nia"])
    case_id = populated.cases["Nia"]
    _write_blob(populated.db, "cases", case_id, person_blob)
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    # The damaged case is left out (it grants no access) and named, rather than hiding all.
    assert case_id not in [c.id for c in vault.cases.for_person(populated.people["Nia"])]
    assert vault.cases.damaged_ids == {case_id}
    report = verify_vault(vault)
    assert report.damaged_records == [("cases", case_id)]
    assert vault.people.get(populated.people["Nia"]).details == make.person("Nia")


def test_copying_a_note_blob_onto_another_note_is_refused(populated, reopen):
    """T7: overwrite the draft note's blob with the finalised note's blob (same table)."""
    final_blob = _read_blob(populated.db, "session_notes", populated.final_note)
    _write_blob(populated.db, "session_notes", populated.draft_note, final_blob)
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    with pytest.raises(RecordDamaged):
        vault.notes.get(populated.draft_note)
    assert verify_vault(vault).damaged_records == [("session_notes", populated.draft_note)]


def test_blob_opened_under_another_field_group_or_table_is_refused(manager):
    """T7: a blob sealed for one (table, id, group) fails to open for any other context."""
    keyring = manager.keyring
    record_id = str(uuid.uuid4())
    context = SealContext("people", record_id, "record")
    _, blob = keyring.seal(context, b'{"preferred_name":"Rosa"}')
    assert keyring.open(context, blob) == b'{"preferred_name":"Rosa"}'
    for other in (
        SealContext("people", record_id, "contact"),
        SealContext("cases", record_id, "record"),
        SealContext("people", str(uuid.uuid4()), "record"),
        SealContext("audit_log", record_id, "details"),
    ):
        with pytest.raises(aead.DamagedBlob):
            keyring.open(other, blob)


# -- T8: rewritten headers and weakened key-derivation parameters ----------------------


def _with_header(blob: bytes, *, version: int | None = None, alg: int | None = None) -> bytes:
    changed = bytearray(blob)
    if version is not None:
        changed[0] = version
    if alg is not None:
        changed[1] = alg
    return bytes(changed)


def _with_key_id(blob: bytes, new_key_id: str) -> bytes:
    old_len = blob[2]
    raw = new_key_id.encode("ascii")
    return blob[:2] + bytes([len(raw)]) + raw + blob[3 + old_len :]


def test_rewritten_header_version_algorithm_or_key_id_is_refused_by_the_cipher():
    """T8: change ver, alg or key id in a sealed header; opening refuses, never guesses."""
    keys = {"ik-1": random_key(), "ik-2": random_key()}
    context = SealContext("session_notes", str(uuid.uuid4()), "record")
    blob = aead.seal(keys["ik-1"], "ik-1", context, b"She is safe at her sister's.")
    assert aead.open_blob(keys, context, blob) == b"She is safe at her sister's."
    for version in (0, 2, 255):
        with pytest.raises(aead.UnsupportedFormat):
            aead.open_blob(keys, context, _with_header(blob, version=version))
    for alg in (0, 2, 255):
        with pytest.raises(aead.UnsupportedFormat):
            aead.open_blob(keys, context, _with_header(blob, alg=alg))
    with pytest.raises(aead.DamagedBlob):
        aead.open_blob(keys, context, _with_key_id(blob, "ik-2"))
    with pytest.raises(aead.SealError):
        aead.open_blob(keys, context, _with_key_id(blob, "ik-7"))
    # The same blob under the other key's id but with the other key's bytes swapped in:
    swapped = {"ik-1": keys["ik-2"], "ik-2": keys["ik-1"]}
    with pytest.raises(aead.DamagedBlob):
        aead.open_blob(swapped, context, blob)


def test_rewritten_header_in_the_file_is_reported_as_damage(populated, reopen, make):
    """T8: after a key rotation, relabel an ik-1 record as ik-2 (and a bogus ik-9) in the file."""
    manager = reopen(MANAGER, MANAGER_PASSPHRASE)
    manager.users.remove(populated.keyworker_id, "Left the centre for another job")
    manager.lock()
    rosa, nia, bea = (populated.people[name] for name in ("Rosa", "Nia", "Bea"))
    rosa_blob = _read_blob(populated.db, "people", rosa)
    assert aead.blob_key_id(rosa_blob) == "ik-1"
    _write_blob(populated.db, "people", rosa, _with_key_id(rosa_blob, "ik-2"))
    _execute(populated.db, "UPDATE people SET key_id = 'ik-2' WHERE id = ?", (rosa,))
    nia_blob = _read_blob(populated.db, "people", nia)
    _write_blob(populated.db, "people", nia, _with_key_id(nia_blob, "ik-9"))
    bea_blob = _read_blob(populated.db, "people", bea)
    _write_blob(populated.db, "people", bea, _with_header(bea_blob, version=2))
    vault = reopen(MANAGER, MANAGER_PASSPHRASE)
    for victim in (rosa, nia, bea):
        with pytest.raises(RecordDamaged):
            vault.people.get(victim)
    report = verify_vault(vault)
    assert sorted(report.damaged_records) == sorted(("people", p) for p in (rosa, nia, bea))
    assert vault.notes.get(populated.final_note).content.body == "Nia talked about her new flat."


def _slot_params(db: Path, username: str) -> tuple[str, dict[str, object]]:
    with closing(sqlite3.connect(db)) as con:
        holder_id, params = con.execute(
            "SELECT k.holder_id, k.kdf_params FROM key_slots k JOIN users u ON u.id = k.holder_id"
            " WHERE u.username = ?",
            (username,),
        ).fetchone()
    return holder_id, json.loads(params)


def _set_slot_params(db: Path, holder_id: str, params: dict[str, object]) -> None:
    canonical = json.dumps(params, sort_keys=True, separators=(",", ":"))
    _execute(db, "UPDATE key_slots SET kdf_params = ? WHERE holder_id = ?", (canonical, holder_id))


SLOT_PARAM_EDITS = [
    ("less memory, still above the test floor", {"memory_kib": 512}),
    ("memory below the floor", {"memory_kib": 4}),
    ("no iterations", {"iterations": 0}),
    ("no lanes", {"lanes": 0}),
    ("weaker algorithm", {"algorithm": "argon2i"}),
    ("more memory", {"memory_kib": 2048}),
    ("more iterations", {"iterations": 2}),
    ("another salt", {"salt": "00" * SALT_BYTES}),
]


def test_edited_kdf_parameters_in_a_key_slot_make_unlock_fail_generically(new_vault, reopen, clock):
    """T8: lower (or raise) the KDF parameters in a key_slots row; unlock fails, same message."""
    db = new_vault.vault.paths.database
    new_vault.vault.lock()
    holder_id, original = _slot_params(db, MANAGER)
    assert original["memory_kib"] == INSECURE_TEST_POLICY.default_memory_kib
    for label, change in SLOT_PARAM_EDITS:
        _set_slot_params(db, holder_id, {**original, **change})
        with pytest.raises(UnlockFailed) as raised:
            reopen(MANAGER, MANAGER_PASSPHRASE)
        assert type(raised.value) is UnlockFailed, label
        assert str(raised.value) == UNLOCK_FAILED_MESSAGE, label
        clock.advance(3600)  # past any delay the failures earned
    _set_slot_params(db, holder_id, original)
    reopen(MANAGER, MANAGER_PASSPHRASE).lock()


def test_production_app_refuses_a_slot_with_test_strength_parameters(new_vault, clock):
    """T8: a slot whose parameters are below the production floor never opens in production."""
    from womenscentre.services.lifecycle import unlock

    paths = new_vault.vault.paths
    new_vault.vault.lock()
    with pytest.raises(UnlockFailed):
        unlock(paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=PRODUCTION_POLICY)


# -- T20: schema guard -----------------------------------------------------------------

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
MINUTE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\dZ$")
KEY_ID = re.compile(r"^(ik|mk|ak|ar)-\d+$")
RECORD_STATUSES = {"active", "archived", "open", "closed", "draft", "final"}
#: Consent entries, sharing decisions, unsent packs and export records add these.
RECORD_STATUSES |= {
    "refused",
    "withdrawn",
    "superseded",
    "shared",
    "not_shared",
    "used",
    "exported",
}
META_KEYS = {
    "vault_id",
    "format",
    "current_item_key",
    "current_manager_key",
    "authority_public",
    "training",
    "training_signature",
    "current_audit_reader",
    "audit_reader_public",
    "failed_unlocks",
    "failed_unlock_last",
    "failed_unlock_pending",
}


def _is_uuid(value: object) -> bool:
    return isinstance(value, str) and bool(UUID.match(value))


def _is_minute(value: object) -> bool:
    return isinstance(value, str) and bool(MINUTE.match(value))


def _is_flag(value: object) -> bool:
    return value in (0, 1)


def _is_int(value: object) -> bool:
    return isinstance(value, int)


def _is_key_id(value: object) -> bool:
    return isinstance(value, str) and bool(KEY_ID.match(value))


def _is_bytes(value: object) -> bool:
    return isinstance(value, bytes)


def _is_timestamp(value: object) -> bool:
    return isinstance(value, str) and datetime.fromisoformat(value).tzinfo is not None


def _is_optional_date(value: object) -> bool:
    return value is None or (isinstance(value, str) and bool(date.fromisoformat(value)))


def _is_kdf_params(value: object) -> bool:
    if value == "":
        return True  # the recovery slot
    params = KdfParams.from_canonical(str(value))
    return params.canonical() == value


def _sealed_record_budget(**extra: object) -> dict[str, object]:
    return {
        "id": _is_uuid,
        "status": lambda v: v in RECORD_STATUSES,
        "created_at": _is_minute,
        "updated_at": _is_minute,
        "version": _is_int,
        "deleted": _is_flag,
        "purge_after": _is_optional_date,
        "key_id": _is_key_id,
        **extra,
    }


#: Every plaintext column allowed in the vault (design §2 "plaintext budget"), each with
#: a check of what its values may look like. Any column not listed here must be a
#: sealed BLOB whose every value starts with the format byte 0x01.
PLAINTEXT_BUDGET: dict[str, dict[str, object]] = {
    "alembic_version": {"version_num": lambda v: bool(re.fullmatch(r"\d{4}", v))},
    "meta": {"key": lambda v: v in META_KEYS, "value": lambda v: isinstance(v, str)},
    "users": {
        "id": _is_uuid,
        "username": lambda v: isinstance(v, str),  # staff sign-in names, not the women's
        "role": lambda v: v in {r.value for r in Role},
        "status": lambda v: v in {"active", "removed"},
        "role_signature": lambda v: _is_bytes(v) and len(v) == 64,  # Ed25519 signature
        "must_change_passphrase": _is_flag,
        "created_at": _is_minute,
        "updated_at": _is_minute,
        "version": _is_int,
    },
    "key_slots": {
        "holder_id": lambda v: _is_uuid(v) or v == "recovery",
        "kdf_params": _is_kdf_params,
        "public_key": lambda v: _is_bytes(v) and len(v) == 32,
        "sealed_private": lambda v: _is_bytes(v) and len(v) == 12 + 32 + 16,  # wrapped key
        "updated_at": _is_minute,
        "version": _is_int,
    },
    "key_grants": {
        "key_id": _is_key_id,
        "holder_id": lambda v: _is_uuid(v) or v == "recovery",
        "created_at": _is_minute,
    },
    "people": _sealed_record_budget(),
    "cases": _sealed_record_budget(person_id=_is_uuid),
    "session_notes": _sealed_record_budget(
        case_id=_is_uuid, person_id=_is_uuid, author_id=_is_uuid
    ),
    "note_addenda": _sealed_record_budget(note_id=_is_uuid, author_id=_is_uuid),
    "safety_plans": _sealed_record_budget(person_id=_is_uuid),
    "safety_plan_versions": _sealed_record_budget(
        plan_id=_is_uuid, person_id=_is_uuid, author_id=_is_uuid, number=_is_int
    ),
    "support_lists": _sealed_record_budget(person_id=_is_uuid),
    "risk_records": _sealed_record_budget(person_id=_is_uuid, author_id=_is_uuid),
    # Recipients, categories, purposes, bases and rationale are all inside ``sealed``.
    "consents": _sealed_record_budget(
        person_id=_is_uuid, chain_id=_is_uuid, number=_is_int, author_id=_is_uuid
    ),
    "unsent_packs": _sealed_record_budget(person_id=_is_uuid, author_id=_is_uuid),
    "sharing_decisions": _sealed_record_budget(
        person_id=_is_uuid, author_id=_is_uuid, authoriser_id=lambda v: v is None or _is_uuid(v)
    ),
    "exports": _sealed_record_budget(person_id=_is_uuid, author_id=_is_uuid, decision_id=_is_uuid),
    # Readings, goals, ONS4 answers and her statistics choice are all inside ``sealed``.
    "outcomes": _sealed_record_budget(person_id=_is_uuid),
    # File names, types, sizes, hashes, notes and the record they hang off are sealed.
    "attachments": _sealed_record_budget(person_id=_is_uuid, chunk_count=_is_int),
    "attachment_chunks": {"attachment_id": _is_uuid, "idx": _is_int, "key_id": _is_key_id},
    "audit_log": {
        "seq": _is_int,
        "ts": _is_timestamp,
        "actor_id": lambda v: v is None or _is_uuid(v),
        "action": lambda v: v in {a.value for a in AuditAction},
        "record_id": lambda v: v is None or _is_uuid(v),
        "key_id": _is_key_id,
        "prev_mac": lambda v: _is_bytes(v) and len(v) == 32,
        "mac": lambda v: _is_bytes(v) and len(v) == 32,
    },
    "change_journal": {
        "seq": _is_int,
        "table_name": lambda v: v in SEALED_TABLES,
        "record_id": _is_uuid,
        "version": _is_int,
        "op": lambda v: v in {"create", "update", "delete", "finalise"},
        "at": _is_minute,
    },
}


@pytest.fixture
def busy_vault(populated, reopen, make):
    """The populated vault after a removal, a role change, a deletion and a failed unlock."""
    with pytest.raises(UnlockFailed):
        reopen(MANAGER, "not the right passphrase")
    manager = reopen(MANAGER, MANAGER_PASSPHRASE)
    trainer = manager.users.add("tutor", Role.TRAINER, "quiet paper lighthouse")
    manager.users.change_role(trainer.id, Role.KEYWORKER)
    manager.users.remove(populated.keyworker_id, "Moved to another centre")
    manager.cases.close_case(populated.cases["Bea"], closing_summary="Moved away, doing well")
    manager.people.delete(populated.people["Rosa"], "Added twice by mistake")
    manager.people.add(make.person("Ola"), referral_source="Housing officer")
    _add_plan_and_risk_record(manager, populated.people["Nia"])
    _add_consent_and_sharing(manager, populated.people["Nia"])
    _add_outcomes(manager, populated.people["Nia"])
    _add_attachment(manager, populated.people["Nia"], populated.db.parent.parent)
    manager.lock()
    return populated


def _add_plan_and_risk_record(vault, person_id: str) -> None:
    """Fill the safety-plan and risk tables too, so the guard has rows to inspect there."""
    from womenscentre.domain.answers import Answer
    from womenscentre.domain.plans import EntryKind, PlanDraft
    from womenscentre.domain.risk import RiskDetails

    sister = vault.plans.add_to_support_list(person_id, EntryKind.PERSON, "Tess", how_to_reach="x")
    plan = vault.plans.create(
        person_id,
        "domestic-abuse",
        PlanDraft(
            {"trusted_people": Answer.of([sister.id]), "safe_address": Answer.of("1 Fake St")}
        ),
    )
    vault.plans.save(plan.id, plan.draft(), expected_version=plan.record_version)
    vault.risk.record(
        person_id, RiskDetails(date(2026, 1, 5), "Morgan, keyworker", True, True, score=3)
    )


def _add_attachment(vault, person_id: str, folder: Path) -> None:
    """Fill the attachment tables too: a two-chunk file kept with her record."""
    source = folder / "attached-letter.bin"
    source.write_bytes(b"%PDF-1.4\n" + bytes(1 << 20))
    vault.attachments.add(person_id, source, note="A letter she asked us to keep.")


def _add_outcomes(vault, person_id: str) -> None:
    """Fill the outcomes table for the guard."""
    from womenscentre.domain.answers import Answer
    from womenscentre.domain.outcomes import AreaReading, Occasion

    today = vault.clock.now().date()
    vault.outcomes.record_check_in(
        person_id, today, Occasion.INTAKE, [AreaReading("feeling-safe", Answer.of(2), 3)]
    )
    vault.outcomes.set_goal(person_id, "Find a flat near my sister", today)
    vault.outcomes.record_statistics_choice(person_id, True, today)


def _add_consent_and_sharing(vault, person_id: str) -> None:
    """Fill the consent, decision, unsent-pack and export tables for the guard."""
    from datetime import timedelta

    from womenscentre.domain.consent import (
        ConsentToShare,
        DataCategory,
        Direction,
        Purpose,
        Recipient,
        RecipientKind,
        Withdrawal,
    )
    from womenscentre.domain.sharing import ToldHer

    today = vault.clock.now().date()
    gp = Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse")
    agreed = ConsentToShare(
        "",
        0,
        frozenset({DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY}),
        (gp,),
        frozenset({Purpose.REFERRAL}),
        Direction.WE_SEND,
        "Written",
        "Privacy notice v1",
        True,
        False,
        today - timedelta(days=1),
        today + timedelta(days=90),
        today + timedelta(days=180),
    )
    vault.consent.record(person_id, agreed)
    from dataclasses import replace

    gone = vault.consent.record(
        person_id, replace(agreed, categories=frozenset({DataCategory.ADDRESS}))
    )
    vault.consent.withdraw(gone.consent.id, Withdrawal(today, "By phone"))
    flow = vault.referrals.start(person_id, RecipientKind.GP, Purpose.REFERRAL)
    flow.set_answer("what-she-would-like", "words", "Support with her health.")
    vault.referrals.save_draft(vault.referrals.start(person_id, RecipientKind.GP, Purpose.REFERRAL))
    flow.preview()
    vault.referrals.step_up(flow, MANAGER_PASSPHRASE)
    out = vault.paths.root.parent / "exports-out"
    out.mkdir()
    vault.referrals.export(
        flow, out, lambda _doc: b"%PDF-1.4 test", rationale="She asked for this referral."
    )
    vault.sharing.record_not_shared(
        person_id,
        gp,
        Purpose.JOINT_CASE_PLANNING,
        rationale="Not needed for her care at the moment.",
        told_her=ToldHer(True, "Told her at the session."),
    )


def test_schema_guard_every_column_is_on_the_budget_or_sealed(busy_vault):
    """T20: introspect every table; a column off the plaintext budget must hold sealed blobs."""
    sealed_columns_seen: set[tuple[str, str]] = set()
    with closing(sqlite3.connect(busy_vault.db)) as con:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        assert set(SEALED_TABLES) <= set(tables)
        for table in tables:
            budget = PLAINTEXT_BUDGET.get(table, {})
            columns = con.execute(f'PRAGMA table_info("{table}")').fetchall()
            rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
            assert rows or table not in PLAINTEXT_BUDGET, f"{table} is empty: test is too weak"
            for index, (_cid, column, declared, *_rest) in enumerate(columns):
                values = [row[index] for row in rows]
                check = budget.get(column)
                if check is not None:
                    bad = [v for v in values if not check(v)]
                    assert not bad, f"{table}.{column} holds values off its budget: {bad[:3]!r}"
                    continue
                assert declared.upper() == "BLOB", f"{table}.{column} is not on the budget"
                for value in values:
                    assert isinstance(value, bytes) and value[:1] == b"\x01", (
                        f"{table}.{column} holds a value that is not a sealed blob"
                    )
                sealed_columns_seen.add((table, column))
    expected_sealed = {(t, "sealed") for t in SEALED_TABLES}
    expected_sealed |= {("key_grants", "sealed"), ("audit_log", "details")}
    expected_sealed |= {("attachment_chunks", "sealed")}
    assert sealed_columns_seen == expected_sealed


def test_schema_guard_no_fts_tables_and_no_index_on_a_sealed_column(busy_vault):
    """T20: no full-text tables exist and no index covers a blob column."""
    with closing(sqlite3.connect(busy_vault.db)) as con:
        objects = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        for kind, name, _table, sql in objects:
            # FTS shadow tables are named <table>_fts / _content / _data; "drafts" is fine.
            assert not re.search(r"(^|_)fts\d*($|_)", name.lower()), name
            assert "VIRTUAL TABLE" not in (sql or "").upper(), name
            assert kind in {"table", "index"}, f"unexpected {kind} {name}"
        for kind, _name, table, _sql in objects:
            if kind != "table" or table.startswith("sqlite_"):
                continue
            types = {
                column: declared.upper()
                for _cid, column, declared, *_rest in con.execute(f'PRAGMA table_info("{table}")')
            }
            for _seq, index_name, *_rest in con.execute(f'PRAGMA index_list("{table}")'):
                for _rank, _cid, column in con.execute(f'PRAGMA index_info("{index_name}")'):
                    assert column is not None, f"{index_name} indexes an expression"
                    assert types[column] != "BLOB", f"{index_name} indexes {table}.{column}"


# -- T21: padding ----------------------------------------------------------------------


def _padded_length(blob: bytes) -> int:
    key_id = aead.blob_key_id(blob)
    return len(blob) - 3 - len(key_id) - aead.NONCE_BYTES - aead.TAG_BYTES


def test_note_ciphertext_lengths_only_take_bucket_sizes(manager, make):
    """T21: seal notes of 1..2000 characters; every ciphertext length is a whole bucket."""
    lengths: dict[int, set[int]] = {}
    note_id = str(uuid.uuid4())
    for size in range(1, 2001):
        for body in ("a" * size, "é" * size, "😊" * size):
            payload = {"content": make.note(body).to_json(), "finalised_at": None}
            _, blob = seal_json(manager.keyring, "session_notes", note_id, payload)
            padded = _padded_length(blob)
            assert padded % aead.BUCKET_BYTES == 0, (size, padded)
            lengths.setdefault(padded, set()).add(size)
    largest = max(lengths)
    assert set(lengths) <= set(range(aead.BUCKET_BYTES, largest + 1, aead.BUCKET_BYTES))
    # Many different note lengths share each bucket, so length leaks only roughly.
    assert all(len(sizes) > 1 for sizes in lengths.values())


def test_stored_note_blobs_are_padded_to_buckets(manager, make):
    """T21: notes saved through the service land in the file with bucket-sized ciphertext."""
    person = manager.people.add(make.person(), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    ids = [manager.notes.start(case.id, make.note("x" * size)).id for size in (1, 37, 800, 2000)]
    db = manager.paths.database
    for note_id in ids:
        padded = _padded_length(_read_blob(db, "session_notes", note_id))
        assert padded > 0 and padded % aead.BUCKET_BYTES == 0
    short = _read_blob(db, "session_notes", ids[0])
    nearly_as_short = _read_blob(db, "session_notes", ids[1])
    assert len(short) == len(nearly_as_short)


# -- T29 and the production KDF floor --------------------------------------------------


@pytest.fixture
def fresh_self_test():
    run_self_test.cache_clear()
    yield
    run_self_test.cache_clear()


def test_crypto_self_test_passes_on_this_machine(fresh_self_test):
    """T29: the installed cryptography passes the version, Argon2id and AES-GCM checks."""
    run_self_test.__wrapped__()
    assert run_self_test() is None


@pytest.mark.parametrize("version", ["43.0.3", "3.4.8", "42.0.0rc1"])
def test_crypto_self_test_refuses_an_old_cryptography(fresh_self_test, monkeypatch, version):
    """T29: pretend cryptography is older than 44; the self-test refuses clearly."""
    monkeypatch.setattr(cryptography, "__version__", version)
    with pytest.raises(CryptoUnavailable) as raised:
        run_self_test.__wrapped__()
    assert version in str(raised.value)


def test_crypto_self_test_refuses_when_argon2id_is_missing(fresh_self_test, monkeypatch):
    """T29: make Argon2id raise as on an OpenSSL older than 3.2; no fallback is used."""
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives.kdf import argon2

    class NoArgon2id:
        def __init__(self, **_kwargs: object) -> None:
            raise UnsupportedAlgorithm("argon2id is not supported by this OpenSSL")

    monkeypatch.setattr(argon2, "Argon2id", NoArgon2id)
    with pytest.raises(CryptoUnavailable, match="Argon2id"):
        run_self_test.__wrapped__()


def test_crypto_self_test_refuses_a_wrong_aes_gcm_answer(fresh_self_test, monkeypatch):
    """T29: an AES-GCM that gives a wrong known answer is refused."""

    class BrokenAESGCM:
        def __init__(self, _key: bytes) -> None:
            pass

        def encrypt(self, _nonce: bytes, data: bytes, _aad: bytes | None) -> bytes:
            return bytes(len(data) + 16)

    monkeypatch.setattr(selftest, "AESGCM", BrokenAESGCM)
    with pytest.raises(CryptoUnavailable, match="AES-GCM"):
        run_self_test.__wrapped__()


def test_no_vault_is_created_or_opened_when_the_self_test_fails(
    fresh_self_test, new_vault, monkeypatch, vault_paths, tmp_path, clock
):
    """T29: with a too-old cryptography, create and unlock both refuse and write nothing."""
    from womenscentre.paths import VaultPaths
    from womenscentre.services.lifecycle import create_vault, unlock

    new_vault.vault.lock()
    monkeypatch.setattr(cryptography, "__version__", "43.0.0")
    run_self_test.cache_clear()  # the fixture's vault already ran (and cached) a passing test
    elsewhere = VaultPaths.for_dir(tmp_path / "second-vault")
    with pytest.raises(CryptoUnavailable):
        create_vault(elsewhere, MANAGER, MANAGER_PASSPHRASE, policy=INSECURE_TEST_POLICY)
    assert not elsewhere.database.exists()
    with pytest.raises(CryptoUnavailable):
        unlock(vault_paths, MANAGER, MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY)


def test_production_kdf_parameters_meet_the_floor():
    """T10: new production slots use Argon2id with m>=64 MiB, t>=3, p>=4 (calibrates ~0.5-1 s)."""
    params = PRODUCTION_POLICY.new_params()
    assert params.algorithm == "argon2id"
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 3
    assert params.lanes >= 4
    assert len(params.salt) == SALT_BYTES
    assert PRODUCTION_POLICY.meets_floor(params)
    assert PRODUCTION_POLICY.new_params().salt != params.salt


@pytest.mark.parametrize(
    "weaker",
    [
        {"memory_kib": 64 * 1024 - 1},
        {"iterations": 2},
        {"lanes": 3},
        {"algorithm": "argon2i"},
        {"algorithm": "argon2d"},
        {"algorithm": "pbkdf2"},
        {"salt": bytes(8)},
    ],
)
def test_production_floor_rejects_anything_weaker(weaker):
    """T8/T10: each parameter just under the production floor is refused."""
    floor = {
        "memory_kib": 64 * 1024,
        "iterations": 3,
        "lanes": 4,
        "salt": bytes(SALT_BYTES),
        "algorithm": "argon2id",
    }
    assert PRODUCTION_POLICY.meets_floor(KdfParams(**floor))
    assert not PRODUCTION_POLICY.meets_floor(KdfParams(**{**floor, **weaker}))


def test_the_app_uses_production_parameters_unless_the_test_switch_is_set(monkeypatch):
    """T10: without the loudly named variable, the policy is production, whatever else is set."""
    from womenscentre.vault.kdf import TEST_POLICY_ENV, policy_from_environment

    assert policy_from_environment() is INSECURE_TEST_POLICY  # the autouse fixture set it
    for value in ("0", "true", "yes", ""):
        monkeypatch.setenv(TEST_POLICY_ENV, value)
        assert policy_from_environment() is PRODUCTION_POLICY
    monkeypatch.delenv(TEST_POLICY_ENV)
    assert policy_from_environment() is PRODUCTION_POLICY
