"""Attachments leaving in packs: subject access carries all; referrals only what consent permits."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest

from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Purpose,
    Recipient,
    RecipientKind,
    Withdrawal,
)
from womenscentre.exports.files import staged
from womenscentre.services.attachment_errors import AttachmentDamaged
from womenscentre.services.attachment_export import (
    her_attachments,
    shareable,
    stage_originals,
)

from .conftest import tiny_png

GP = Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse")


def _consent(today: date, categories: set[DataCategory]) -> ConsentToShare:
    return ConsentToShare(
        "",
        0,
        frozenset(categories),
        (GP,),
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


def test_every_file_goes_beside_a_pack_and_is_placed_with_it(rosa, files, tmp_path):
    vault = rosa.vault
    big = files.canary_file("court order.bin", chunks=2.2)
    first = vault.attachments.add(rosa.person_id, big)
    second = vault.attachments.add(rosa.person_id, files.write("photo.png", tiny_png()))
    folder = tmp_path / "pack"
    folder.mkdir()
    with vault.read() as session:
        found = her_attachments(vault, session, rosa.person_id)
        with staged(folder, {"subject-access.json": b"{}"}) as staging:
            hashes = stage_originals(vault, session, staging, found)
            placed = staging.place_all()
    assert {a.id for a in found} == {first.id, second.id}
    by_hash = {a.sha256: a.file_name for a in found}
    assert set(placed) == {"subject-access.json"} | set(hashes)
    for name, digest in hashes.items():
        assert name.startswith("attachment-0") and name.endswith(by_hash[digest])
        assert hashlib.sha256(placed[name].read_bytes()).hexdigest() == digest
    assert big.read_bytes() in {placed[n].read_bytes() for n in hashes}
    assert sorted(p.name for p in folder.iterdir()) == sorted(placed)  # no temporary files


def test_a_damaged_file_stops_the_pack_and_leaves_nothing_behind(rosa, files, tmp_path):
    vault = rosa.vault
    added = vault.attachments.add(rosa.person_id, files.canary_file(chunks=2.5))
    with closing(sqlite3.connect(vault.paths.database)) as con:
        con.execute(
            "DELETE FROM attachment_chunks WHERE attachment_id = ? AND idx = 1", (added.id,)
        )
        con.commit()
    folder = tmp_path / "pack"
    folder.mkdir()
    with pytest.raises(AttachmentDamaged), vault.read() as session:
        found = her_attachments(vault, session, rosa.person_id)
        with staged(folder, {"pack.json": b"{}"}) as staging:
            stage_originals(vault, session, staging, found)
            staging.place_all()
    assert list(folder.iterdir()) == []


def test_a_referral_carries_only_files_whose_category_her_consent_permits(rosa, files):
    vault = rosa.vault
    today = vault.clock.now().date()
    png = files.write("a.png", tiny_png())
    safe = vault.attachments.add(rosa.person_id, png, category=DataCategory.SAFE_CONTACT)
    vault.attachments.add(rosa.person_id, png, category=DataCategory.ADDRESS)
    vault.attachments.add(rosa.person_id, png)  # no category: never in a referral
    entry = vault.consent.record(rosa.person_id, _consent(today, {DataCategory.SAFE_CONTACT}))
    with vault.read() as session:
        found = her_attachments(vault, session, rosa.person_id)
        ledger = vault.consent.current_for(session, rosa.person_id)
    chosen = shareable(found, ledger, recipient=GP, purpose=Purpose.REFERRAL, today=today)
    assert [a.id for a in chosen] == [safe.id]
    police = Recipient(RecipientKind.POLICE, "Harbour Police", "Officer")
    assert shareable(found, ledger, recipient=police, purpose=Purpose.REFERRAL, today=today) == []
    vault.consent.withdraw(entry.consent.id, Withdrawal(today, "By phone"))
    with vault.read() as session:
        ledger = vault.consent.current_for(session, rosa.person_id)
    assert shareable(found, ledger, recipient=GP, purpose=Purpose.REFERRAL, today=today) == []
