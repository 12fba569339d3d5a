"""Retention by attack: an injected clock decides what is due; a purge leaves nothing behind."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.retention import PurgeBasis, RetentionKind
from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.services import audit
from womenscentre.services.lifecycle import unlock
from womenscentre.services.verify import verify_vault
from womenscentre.store.models import AuditEntry
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

YEAR = 365 * 24 * 3600
REASON = "Six years since her last case closed; reviewed at the team meeting."


def close_all(vault, person_id: str, on: date | None = None) -> None:
    for case in vault.cases.for_person(person_id):
        vault.cases.close_case(case.id, closing_summary="Support ended well.", closed_on=on)


def test_review_list_follows_the_policy_and_the_clock(manager, clock, make):
    """Closed case: due six years after closing. Open case: never. Deleted: after one year."""
    closed = manager.people.add(make.person("Rosa"), referral_source="self")
    still_open = manager.people.add(make.person("Nia"), referral_source="self")
    deleted = manager.people.add(make.person("Amira"), referral_source="self")
    close_all(manager, closed.id, on=date(2026, 1, 5))
    manager.people.delete(deleted.id, "Added twice by mistake, this is the copy.")
    assert manager.retention.review_list() == []
    clock.advance(YEAR + 2 * 24 * 3600)
    [due] = manager.retention.review_list()
    assert due.person_id == deleted.id and due.kind is RetentionKind.DELETED_RECORD
    clock.advance(5 * YEAR)
    due_ids = {d.person_id: d for d in manager.retention.review_list()}
    assert set(due_ids) == {deleted.id, closed.id}
    rosa = due_ids[closed.id]
    assert rosa.kind is RetentionKind.CLOSED_CASE and rosa.due_on == date(2032, 1, 5)
    assert rosa.preferred_name == "Rosa" and dict(rosa.counts)["cases"] == 1
    assert still_open.id not in due_ids


def test_policy_is_a_managers_choice_and_zero_means_never(manager, clock, make, reopen, kit):
    """A manager sets years per kind; 0 switches review off; a keyworker may not change it."""
    rosa = manager.people.add(make.person("Rosa"), referral_source="self")
    close_all(manager, rosa.id)
    manager.retention.set_policy(RetentionKind.CLOSED_CASE, 2)
    assert manager.retention.policy()[RetentionKind.CLOSED_CASE] == 2
    assert manager.retention.review_list(date(2028, 1, 5))[0].person_id == rosa.id
    manager.retention.set_policy(RetentionKind.CLOSED_CASE, 0)
    assert manager.retention.review_list(date(2099, 1, 1)) == []
    with pytest.raises(InvalidInput):
        manager.retention.set_policy(RetentionKind.CLOSED_CASE, 500)
    manager.users.add(kit.KEYWORKER, Role.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    manager.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    with pytest.raises(NotPermitted):
        ash.retention.set_policy(RetentionKind.CLOSED_CASE, 1)
    with pytest.raises(NotPermitted):
        ash.retention.review_list()


def test_a_hold_moves_the_review_date_and_purge_waits_for_it(manager, clock, make):
    """A manager's review date wins over the policy; purging before it is refused."""
    rosa = manager.people.add(make.person("Rosa"), referral_source="self")
    close_all(manager, rosa.id)
    manager.retention.hold_until(rosa.id, date(2040, 1, 1), "Court case still running here.")
    assert manager.retention.review_list(date(2035, 1, 1)) == []
    clock.advance(10 * YEAR)
    with pytest.raises(InvalidInput):
        manager.retention.purge(rosa.id, REASON)
    [held] = manager.retention.review_list(date(2040, 1, 1))
    assert held.held and held.due_on == date(2040, 1, 1)
    with pytest.raises(InvalidInput):
        manager.retention.purge(rosa.id, "too short")
    assert manager.people.get(rosa.id).preferred_name == "Rosa"


def _blob_slices(database: Path, person_id: str) -> dict[str, str]:
    """A 24-byte slice from the middle of each of her sealed blobs, as hex, to grep for."""
    slices = {}
    with closing(sqlite3.connect(database)) as connection:
        for table, column in (
            ("people", "id"),
            ("cases", "person_id"),
            ("session_notes", "person_id"),
            ("risk_records", "person_id"),
            ("consents", "person_id"),
            ("support_lists", "person_id"),
        ):
            for record_id, blob in connection.execute(
                f"SELECT id, sealed FROM {table} WHERE {column} = ?",
                (person_id,),
            ):
                middle = len(blob) // 2
                slices[f"{table} {record_id}"] = bytes(blob[middle : middle + 24]).hex()
    return slices


def _grep_bytes(paths: list[Path], slices: dict[str, str]) -> list[str]:
    hits = []
    for path in paths:
        if path.exists():
            data = path.read_bytes()
            hits += [f"{path.name}: {k}" for k, v in slices.items() if bytes.fromhex(v) in data]
    return hits


def test_purge_deletes_every_row_of_hers_and_leaves_no_trace_in_db_or_wal(
    canary_centre, clock, kit
):
    """T26: rows gone in every table, her ciphertext gone from db and WAL, others intact."""
    vault = canary_centre.vault
    database = vault.paths.database
    close_all(vault, canary_centre.person_id)
    hers = _blob_slices(database, canary_centre.person_id)
    others = _blob_slices(database, canary_centre.other_id)
    assert {k.split()[0] for k in hers} >= {"people", "cases", "session_notes", "consents"}
    files = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
    assert _grep_bytes(files, hers), "control: her ciphertext is on disk before the purge"
    clock.advance(7 * YEAR)
    certificate = vault.retention.purge(canary_centre.person_id, REASON)
    assert certificate.wal_checkpointed
    assert Path(f"{database}-wal").stat().st_size == 0
    assert _grep_bytes(files, hers) == []
    assert len(_grep_bytes(files, others)) == len(others), "control: the other woman stays"
    assert kit.grep(files, canary_centre.secrets) == []
    with closing(sqlite3.connect(database)) as connection:
        for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            columns = [c[1] for c in connection.execute(f"PRAGMA table_info({table})")]
            if "person_id" in columns:
                assert not connection.execute(
                    f"SELECT 1 FROM {table} WHERE person_id = ?",
                    (canary_centre.person_id,),
                ).fetchall(), table
        ops = connection.execute(
            "SELECT op, count(*) FROM change_journal WHERE op = 'purge' GROUP BY op"
        ).fetchall()
    assert ops and ops[0][1] == sum(n for _, n in certificate.counts)
    vault.lock()
    again = unlock(
        vault.paths, kit.MANAGER, kit.MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        report = verify_vault(again)
        assert report.ok, report.lines()
        assert {p.id for p in again.people.visible()} == {canary_centre.other_id}
    finally:
        again.lock()


def test_the_certificate_says_what_when_who_and_why_and_holds_no_content(canary_centre, clock, kit):
    """The certificate (text and JSON) and its audit entry: counts and reason, no canaries."""
    vault = canary_centre.vault
    close_all(vault, canary_centre.person_id)
    clock.advance(7 * YEAR)
    certificate = vault.retention.purge(canary_centre.person_id, REASON)
    text, as_json = certificate.to_text(), certificate.to_json_text()
    counts = dict(certificate.counts)
    assert counts["people"] == 1 and counts["session_notes"] == 1 and counts["note_addenda"] == 1
    assert counts["risk_records"] == 1 and counts["consents"] == 1
    for document in (text, as_json):
        assert not [label for label, s in canary_centre.secrets.items() if s in document]
        assert REASON in document and kit.MANAGER in document
        assert canary_centre.person_id in document and "retention" in document
    assert "1 session note" in text and certificate.purged_at.startswith("2033-01-03")
    with vault.read() as session:
        entry = session.get(AuditEntry, certificate.audit_seq)
        assert entry is not None and entry.action == AuditAction.PURGE.value
        assert entry.record_id == canary_centre.person_id
        details = audit.open_details(vault.keyring, entry)
    assert details["certificate_id"] == certificate.certificate_id
    assert details["reason"] == REASON


def test_erasure_basis_purges_before_the_policy_date_and_keyworkers_cannot(
    manager, make, reopen, kit
):
    """Her erasure request (for the subject-access work) needs no due date; managers only."""
    rosa = manager.people.add(make.person("Rosa"), referral_source="self")
    manager.users.add(kit.KEYWORKER, Role.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    manager.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    with pytest.raises(NotPermitted):
        ash.retention.purge(rosa.id, REASON, basis=PurgeBasis.ERASURE)
    ash.lock()
    morgan = reopen(kit.MANAGER, kit.MANAGER_PASSPHRASE)
    certificate = morgan.retention.purge(
        rosa.id, "She asked us to erase her record; it applies here.", basis=PurgeBasis.ERASURE
    )
    assert certificate.basis is PurgeBasis.ERASURE and certificate.due_on is None
    assert "her request for erasure" in certificate.to_text()
    assert morgan.people.visible() == []
    with pytest.raises(Exception, match="couldn't be found"):
        morgan.retention.purge(rosa.id, REASON, basis=PurgeBasis.ERASURE)


def test_leap_day_closures_fall_due_on_the_28th(manager, make):
    """Closed on 29 February: due on 28 February six years on, never an error."""
    rosa = manager.people.add(
        make.person("Rosa"), referral_source="self", opened_on=date(2024, 1, 1)
    )
    close_all(manager, rosa.id, on=date(2024, 2, 29))
    [due] = manager.retention.review_list(date(2030, 2, 28))
    assert due.due_on == date(2030, 2, 28)
    assert manager.retention.review_list(date(2030, 2, 28) - timedelta(days=1)) == []


def test_tables_added_later_are_purged_through_their_foreign_keys(manager, make):
    """A future table linking to her (with or without an id) is found and emptied of her rows."""
    from sqlalchemy import Column, ForeignKey, String, Table, select

    from womenscentre.store.models import Base

    tags = Table(
        "test_future_tags",
        Base.metadata,
        Column("id", String(36), primary_key=True),
        Column("person_id", ForeignKey("people.id")),
    )
    links = Table(
        "test_future_links",
        Base.metadata,
        Column("tag_id", ForeignKey("test_future_tags.id")),
        Column("note", String(10)),
    )
    try:
        tags.create(manager.engine)
        links.create(manager.engine)
        rosa = manager.people.add(make.person("Rosa"), referral_source="self")
        nia = manager.people.add(make.person("Nia"), referral_source="self")
        with manager.write() as session:
            session.execute(tags.insert(), [{"id": "t1", "person_id": rosa.id}])
            session.execute(tags.insert(), [{"id": "t2", "person_id": nia.id}])
            session.execute(links.insert(), [{"tag_id": "t1", "note": "a"}])
            session.execute(links.insert(), [{"tag_id": "t2", "note": "b"}])
        certificate = manager.retention.purge(rosa.id, REASON, basis=PurgeBasis.ERASURE)
        assert dict(certificate.counts)["test_future_tags"] == 1
        with manager.read() as session:
            assert session.execute(select(tags.c.id)).scalars().all() == ["t2"]
            assert session.execute(select(links.c.tag_id)).scalars().all() == ["t2"]
    finally:
        Base.metadata.remove(links)
        Base.metadata.remove(tags)
