"""Erasure by attack: kind when it doesn't apply; when it does, nothing of hers stays on disk."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.consent import DataCategory, Purpose, Recipient, RecipientKind
from womenscentre.domain.erasure import ErasureGround
from womenscentre.domain.retention import PurgeBasis
from womenscentre.domain.risk import MaracDecision, MaracOutcome
from womenscentre.domain.sharing import (
    WITHOUT_CONSENT_DEFAULT,
    Basis,
    Channel,
    SharingDecision,
    ToldHer,
    WithoutConsentReason,
)
from womenscentre.domain.users import Role
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.services import audit
from womenscentre.services.erasure import ErasureDoesNotApply
from womenscentre.services.lifecycle import unlock
from womenscentre.services.retention import her_rows
from womenscentre.services.verify import verify_vault
from womenscentre.store.models import SEALED_TABLES, AuditEntry
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

REASON = "She asked in writing for her record to be erased; checked with the lead."


def _finish_support(vault, person_id: str) -> None:
    """Close her case and her risk record (with its Marac decision), as a centre would."""
    for case in vault.cases.for_person(person_id):
        vault.cases.close_case(case.id, closing_summary="Support ended well.")
    for record in vault.risk.for_person(person_id):
        decided = vault.risk.record_marac_decision(
            record.id,
            MaracDecision(MaracOutcome.REFERRED, date(2026, 1, 3), "Morgan"),
            expected_version=record.version,
        )
        vault.risk.close(record.id, expected_version=decided.version)


def _row_count(vault, person_id: str) -> int:
    with vault.read() as session:
        return sum(len(rows) for rows in her_rows(session, person_id).values())


def _her_ciphertext(database: Path, vault, person_id: str) -> dict[str, bytes]:
    """A 24-byte slice from the middle of every sealed blob of hers, to grep for."""
    with vault.read() as session:
        found = her_rows(session, person_id)
    slices = {}
    with closing(sqlite3.connect(database)) as connection:
        for table, rows in found.items():
            if table not in SEALED_TABLES:
                continue
            for record_id, _ in rows:
                (blob,) = connection.execute(
                    f"SELECT sealed FROM {table} WHERE id = ?", (record_id,)
                ).fetchone()
                middle = len(blob) // 2
                slices[f"{table} {record_id}"] = bytes(blob[middle : middle + 24])
    return slices


def _grep(paths: list[Path], needles: dict[str, bytes]) -> list[str]:
    hits = []
    for path in paths:
        if path.exists():
            data = path.read_bytes()
            hits += [f"{path.name}: {label}" for label, n in needles.items() if n in data]
    return hits


def test_erasure_does_not_apply_while_support_is_open_and_says_why(full_record):
    """An open case and an open risk record: a kind reason for each, and nothing deleted."""
    vault = full_record.vault
    before = _row_count(vault, full_record.person_id)
    reasons = vault.erasure.reasons_to_keep(full_record.person_id)
    assert len(reasons) == 2
    with pytest.raises(ErasureDoesNotApply) as raised:
        vault.erasure.erase(full_record.person_id, ErasureGround.CONSENT_WITHDRAWN, REASON)
    message = raised.value.message
    assert (
        "close her case" in message and "Marac" in message and "Nothing has been changed" in message
    )
    assert not any(word in message.lower() for word in ("failed", "refused", "denied"))
    assert _row_count(vault, full_record.person_id) == before


def test_a_hold_and_a_share_without_her_agreement_keep_the_record(manager, make, kit):
    """A later review date set by a manager, then a share made without consent, each keep it."""
    rosa = manager.people.add(make.person("Rosa"), referral_source="self")
    _finish_support(manager, rosa.id)
    manager.retention.hold_until(rosa.id, date(2030, 1, 1), "Court case is still running here.")
    with pytest.raises(ErasureDoesNotApply, match="kept until 2030-01-01"):
        manager.erasure.erase(rosa.id, ErasureGround.NO_LONGER_NEEDED, REASON)
    manager.retention.hold_until(rosa.id, date(2026, 1, 1), "The court case has now ended.")
    assert manager.erasure.reasons_to_keep(rosa.id) == []
    riley = manager.users.add("riley", Role.MANAGER, "amber canal thistle")
    decision = SharingDecision(
        id=str(uuid.uuid4()),
        person_id=rosa.id,
        decided_at=manager.clock.now(),
        decided_by=manager.user.id,
        shared=True,
        recipient=Recipient(RecipientKind.MARAC, "Fictional Marac", "Coordinator"),
        purpose=Purpose.MARAC,
        basis=Basis.WITHOUT_CONSENT,
        rationale="Serious risk of harm to her and the children; judged to outweigh her wishes.",
        told_her=ToldHer(False, "Telling her now would put her at more risk."),
        categories=frozenset({DataCategory.SAFE_CONTACT}),
        without_consent_reason=WithoutConsentReason.WOULD_PREJUDICE_SAFETY,
        authorised_by=riley.id,
        lawful_basis=WITHOUT_CONSENT_DEFAULT,
        channel=Channel.MARAC_MEETING,
    )
    with manager.write() as session:
        manager.sharing.insert_in(session, decision)
    with pytest.raises(ErasureDoesNotApply, match="account for that share"):
        manager.erasure.erase(rosa.id, ErasureGround.NO_LONGER_NEEDED, REASON)
    assert manager.people.get(rosa.id).preferred_name == "Rosa"


def test_only_managers_erase_and_a_reason_is_needed(manager, make, reopen, kit):
    rosa = manager.people.add(make.person("Rosa"), referral_source="self")
    _finish_support(manager, rosa.id)
    with pytest.raises(InvalidInput, match="reason"):
        manager.erasure.erase(rosa.id, ErasureGround.NO_LONGER_NEEDED, "short")
    manager.users.add(kit.KEYWORKER, Role.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    manager.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    with pytest.raises(NotPermitted):
        ash.erasure.erase(rosa.id, ErasureGround.NO_LONGER_NEEDED, REASON)
    with pytest.raises(NotPermitted):
        ash.erasure.reasons_to_keep(rosa.id)


def test_after_erasure_no_canary_or_ciphertext_of_hers_is_in_the_db_or_wal(full_record, clock, kit):
    """T26 for erasure: every record kind's canary and blob gone; the audit chain verifies."""
    vault = full_record.vault
    database = vault.paths.database
    _finish_support(vault, full_record.person_id)
    hers = _her_ciphertext(database, vault, full_record.person_id)
    others = _her_ciphertext(database, vault, full_record.other_id)
    tables = {label.split()[0] for label in hers}
    assert tables >= {
        "people", "cases", "session_notes", "note_addenda", "safety_plans",
        "safety_plan_versions", "support_lists", "risk_records", "consents",
        "sharing_decisions", "unsent_packs", "exports",
    }  # fmt: skip
    files = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
    assert _grep(files, hers), "control: her ciphertext is on disk before erasure"
    certificate = vault.erasure.erase(
        full_record.person_id, ErasureGround.CONSENT_WITHDRAWN, REASON
    )
    assert certificate.basis is PurgeBasis.ERASURE and certificate.wal_checkpointed
    assert "withdrawn the agreement" in certificate.to_text()
    assert Path(f"{database}-wal").stat().st_size == 0
    assert _grep(files, hers) == []
    assert len(_grep(files, others)) == len(others), "control: the other woman stays"
    plain = {k: v.encode() for k, v in full_record.canaries.items()}
    plain |= {f"{k} utf16": v.encode("utf-16-le") for k, v in full_record.canaries.items()}
    assert _grep(files, plain) == []
    counts = dict(certificate.counts)
    assert counts["session_notes"] == 2 and counts["note_addenda"] == 2
    assert counts["safety_plan_versions"] == 2 and counts["exports"] == 1
    with vault.read() as session:
        assert all(not rows for rows in her_rows(session, full_record.person_id).values())
        entry = session.get(AuditEntry, certificate.audit_seq)
        assert entry is not None and entry.action == AuditAction.PURGE.value
        details = audit.open_details(vault.keyring, entry)
        assert session.scalar(select(func.count()).select_from(AuditEntry)) > 10
    assert details["basis"] == "erasure" and details["reason"] == REASON
    text = certificate.to_text() + certificate.to_json_text() + str(details)
    assert not [k for k, v in full_record.canaries.items() if v in text]
    vault.lock()
    again = unlock(
        vault.paths, kit.MANAGER, kit.MANAGER_PASSPHRASE, clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        report = verify_vault(again)
        assert report.ok, report.lines()
        assert [p.id for p in again.people.visible()] == [full_record.other_id]
    finally:
        again.lock()
