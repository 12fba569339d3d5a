"""Attachments through the service: round trips, limits, kinds, parents, audit, delete."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from womenscentre.domain.attachments import MAX_ATTACHMENT_BYTES, AttachedTo, ViewKind
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Purpose,
    Recipient,
    RecipientKind,
)
from womenscentre.domain.plans import PlanDraft
from womenscentre.errors import NotPermitted
from womenscentre.services import audit
from womenscentre.services.attachment_errors import (
    AttachmentEmpty,
    AttachmentNotViewable,
    AttachmentTooLarge,
    AttachmentUnreadable,
    SaveOutProblem,
)
from womenscentre.services.records import NotFound
from womenscentre.store.models import AttachmentChunkRow, AuditEntry

from .conftest import tiny_png


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_multi_chunk_file_round_trips_with_matching_hashes(rosa, files, tmp_path):
    source = files.canary_file(chunks=2.5)
    added = rosa.vault.attachments.add(rosa.person_id, source, note="The letter from court.")
    assert added.sha256 == _sha(source)
    assert added.chunk_count == 3 and added.size == source.stat().st_size
    assert added.file_name == "court-order.bin" and added.view_kind is ViewKind.OTHER
    listed = rosa.vault.attachments.for_person(rosa.person_id)
    assert [a.id for a in listed] == [added.id]
    assert listed[0].note == "The letter from court." and listed[0].added_by == "morgan"
    assert rosa.vault.attachments.check(added.id).sha256 == added.sha256
    out = tmp_path / "given-to-solicitor.bin"
    rosa.vault.attachments.save_out(added.id, out)
    assert out.read_bytes() == source.read_bytes()
    assert _sha(out) == added.sha256


def test_a_file_exactly_one_chunk_long_and_a_one_byte_file_round_trip(rosa, files, tmp_path):
    for name, data in (("exact.bin", os.urandom(1 << 20)), ("one.bin", b"x")):
        added = rosa.vault.attachments.add(rosa.person_id, files.write(name, data))
        assert added.chunk_count == 1
        rosa.vault.attachments.save_out(added.id, tmp_path / f"out-{name}")
        assert (tmp_path / f"out-{name}").read_bytes() == data


def test_images_and_pdfs_are_known_by_their_bytes_not_their_names(rosa, files):
    png = rosa.vault.attachments.add(rosa.person_id, files.write("scan.dat", tiny_png()))
    pdf = rosa.vault.attachments.add(rosa.person_id, files.write("x", b"%PDF-1.4\n%%EOF\n"))
    fake = rosa.vault.attachments.add(rosa.person_id, files.write("photo.jpg", b"just text"))
    assert (png.view_kind, png.media_type) == (ViewKind.IMAGE, "image/png")
    assert (pdf.view_kind, pdf.media_type) == (ViewKind.PDF, "application/pdf")
    assert fake.view_kind is ViewKind.OTHER
    assert rosa.vault.attachments.read_for_viewing(png.id) == tiny_png()
    with pytest.raises(AttachmentNotViewable) as raised:
        rosa.vault.attachments.read_for_viewing(fake.id)
    assert "saved to a place you choose" in raised.value.message


def test_a_file_over_the_limit_gets_a_kind_message_and_nothing_is_added(rosa, files):
    big = files.folder / "video.mp4"
    with open(big, "wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)  # sparse: no real disk used
    with pytest.raises(AttachmentTooLarge) as raised:
        rosa.vault.attachments.add(rosa.person_id, big)
    assert "250 MB" in raised.value.message and "smaller copy" in raised.value.message
    assert rosa.vault.attachments.for_person(rosa.person_id) == []
    with pytest.raises(AttachmentEmpty):
        rosa.vault.attachments.add(rosa.person_id, files.write("empty.txt", b""))
    with pytest.raises(AttachmentUnreadable):
        rosa.vault.attachments.add(rosa.person_id, files.folder / "not-there.pdf")
    with pytest.raises(AttachmentUnreadable):
        rosa.vault.attachments.add(rosa.person_id, files.folder)
    assert rosa.vault.attachments.for_person(rosa.person_id) == []


def test_file_names_are_cleaned_to_a_plain_last_part(rosa, files):
    path = files.write("report.txt", b"hello")
    added = rosa.vault.attachments.add(rosa.person_id, path)
    assert added.file_name == "report.txt"
    from womenscentre.domain.attachments import clean_file_name

    assert clean_file_name("../../etc/pass\nwd") == "passwd"
    assert clean_file_name("C:\\Users\\x\\letter.pdf") == "letter.pdf"
    assert clean_file_name("\x00") == "attachment"


def test_files_hang_off_her_note_plan_and_consent_and_never_someone_elses(rosa, files, make):
    vault = rosa.vault
    case_id = vault.cases.for_person(rosa.person_id)[0].id
    note = vault.notes.start(case_id, make.note())
    plan = vault.plans.create(rosa.person_id, "domestic-abuse", PlanDraft({}))
    gp = Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse")
    today = vault.clock.now().date()
    consent = vault.consent.record(
        rosa.person_id,
        ConsentToShare(
            "",
            0,
            frozenset({DataCategory.SAFE_CONTACT}),
            (gp,),
            frozenset({Purpose.REFERRAL}),
            Direction.WE_SEND,
            "Written",
            "Privacy notice v1",
            True,
            False,
            today,
            date(today.year + 1, 1, 1),
            date(today.year + 1, 6, 1),
        ),
    )
    path = files.write("signed-form.pdf", b"%PDF-1.4\n%%EOF\n")
    on_note = vault.attachments.add(
        rosa.person_id, path, attached_to=AttachedTo.SESSION_NOTE, record_id=note.id
    )
    evidence = vault.attachments.add(
        rosa.person_id, path, attached_to=AttachedTo.SAFETY_PLAN, record_id=plan.id
    )
    on_consent = vault.attachments.add(
        rosa.person_id, path, attached_to=AttachedTo.CONSENT, record_id=consent.consent.id
    )
    assert evidence.is_evidence and not on_note.is_evidence
    assert on_consent.record_id == consent.chain_id
    assert [
        a.id for a in vault.attachments.for_record(rosa.person_id, AttachedTo.SAFETY_PLAN, plan.id)
    ] == [evidence.id]
    other = vault.people.add(make.person("Nia"), referral_source="GP")
    with pytest.raises(NotPermitted):
        vault.attachments.add(
            other.id, path, attached_to=AttachedTo.SESSION_NOTE, record_id=note.id
        )
    assert vault.attachments.for_person(other.id) == []


def test_add_view_save_out_and_delete_are_each_audited(rosa, files, tmp_path):
    vault = rosa.vault
    added = vault.attachments.add(rosa.person_id, files.write("photo.png", tiny_png()))
    vault.attachments.read_for_viewing(added.id)
    vault.attachments.save_out(added.id, tmp_path / "copy.png")
    vault.attachments.delete(added.id, expected_version=added.version)
    with vault.read() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == added.id).order_by(AuditEntry.seq)
        ).all()
        actions = [e.action for e in entries]
        saved = audit.open_details(vault.keyring, entries[2])
    assert actions == [
        AuditAction.CREATE.value,
        AuditAction.VIEW.value,
        AuditAction.EXPORT.value,
        AuditAction.DELETE.value,
    ]
    assert saved is not None and saved["sha256"] == added.sha256


def test_delete_removes_the_content_for_good(rosa, files):
    vault = rosa.vault
    added = vault.attachments.add(rosa.person_id, files.canary_file())
    vault.attachments.delete(added.id)
    assert vault.attachments.for_person(rosa.person_id) == []
    with vault.read() as session:
        left = session.scalar(
            select(func.count()).where(AttachmentChunkRow.attachment_id == added.id)
        )
    assert left == 0
    with pytest.raises(NotFound):
        vault.attachments.read_for_viewing(added.id)


def test_a_keyworker_may_not_delete_a_file_a_colleague_added(rosa, files, reopen):
    from womenscentre.domain.users import Role

    vault = rosa.vault
    added = vault.attachments.add(rosa.person_id, files.write("a.png", tiny_png()))
    worker = vault.users.add("ash", Role.KEYWORKER, "velvet orbit lantern")
    case = vault.cases.for_person(rosa.person_id)[0]
    vault.cases.assign(case.id, (vault.user.id, worker.id))
    vault.lock()
    ash = reopen("ash", "velvet orbit lantern")
    with pytest.raises(NotPermitted):
        ash.attachments.delete(added.id)
    assert [a.id for a in ash.attachments.for_person(rosa.person_id)] == [added.id]


def test_saving_to_a_folder_that_is_not_there_writes_nothing_and_is_not_audited(
    rosa, files, tmp_path
):
    vault = rosa.vault
    added = vault.attachments.add(rosa.person_id, files.write("a.png", tiny_png()))
    with pytest.raises(SaveOutProblem):
        vault.attachments.save_out(added.id, tmp_path / "unplugged-usb" / "a.png")
    assert not (tmp_path / "unplugged-usb").exists()
    with vault.read() as session:
        exports = session.scalar(
            select(func.count()).where(
                AuditEntry.record_id == added.id, AuditEntry.action == AuditAction.EXPORT.value
            )
        )
    assert exports == 0
