"""The subject-access pack: complete (a canary from every record kind), flagged, audited, atomic."""

from __future__ import annotations

import json
import os

import pytest
from sqlalchemy import select

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.users import Role
from womenscentre.errors import NotPermitted
from womenscentre.exports.files import OutputFolderProblem
from womenscentre.services import audit
from womenscentre.services.retention import her_rows
from womenscentre.store.models import AuditEntry


def _fields(pack_json):
    for section in pack_json["sections"]:
        for item in section["items"]:
            for field in item["fields"]:
                yield section["key"], item, field


def test_the_pack_holds_a_canary_from_every_record_kind_in_json_and_pdf(full_record, kit, tmp_path):
    """Every kind of record she has reaches both files; so does every table her rows are in."""
    vault = full_record.vault
    out = tmp_path / "sar"
    out.mkdir()
    result = vault.subject_access.write(full_record.person_id, out, kit.text_pdf)
    assert sorted(p.name for p in out.iterdir()) == sorted(result.files)
    pdf = next(p for p in result.files.values() if p.suffix == ".pdf")
    raw_json = next(p for p in result.files.values() if p.suffix == ".json")
    text = kit.pdf_text(pdf.read_bytes())
    as_json = raw_json.read_text(encoding="utf-8")
    missing_json = [k for k, v in full_record.canaries.items() if v not in as_json]
    missing_pdf = [k for k, v in full_record.canaries.items() if v not in text]
    assert missing_json == [] and missing_pdf == []
    pack = json.loads(as_json)
    kinds = {item["kind"] for s in pack["sections"] for item in s["items"]}
    with vault.read() as session:
        tables = {t for t, rows in her_rows(session, full_record.person_id).items() if rows}
    assert tables - {"note_addenda"} <= kinds  # addenda sit inside their note
    assert {"safety_plan_versions", "exports", "unsent_packs", "audit_log"} <= kinds
    versions = [
        i for s in pack["sections"] for i in s["items"] if i["kind"] == "safety_plan_versions"
    ]
    assert [v["title"][-9:] for v in versions] == ["version 1", "version 2"]
    assert full_record.canaries["plan first version"] in json.dumps(versions[0])
    assert oct(pdf.stat().st_mode & 0o777) == oct(0o600)
    assert full_record.canaries["preferred name"] not in pdf.name  # no name in file names


def test_third_party_details_are_flagged_per_field_and_marked_in_the_pdf(
    full_record, kit, tmp_path
):
    """Her own words aren't flagged; the other person's, her list's, agencies' and staff's are."""
    vault = full_record.vault
    pack = vault.subject_access.build(full_record.person_id)
    as_json = pack.to_json()
    flagged = {k for k, v in full_record.canaries.items() for _, item, f in _fields(as_json)
               if v in f["value"] and f["check_before_release"] and f["why"]}  # fmt: skip
    assert full_record.third_party <= flagged
    for own in ("note body", "her view", "check phrase", "full name", "plan ordinary"):
        assert own not in flagged, own
    for _, item, f in _fields(as_json):
        if f["check_before_release"]:
            assert item["check_before_release"] and f["why"] in item["why"]
    audit_items = [i for s in as_json["sections"] if s["key"] == "audit" for i in s["items"]]
    assert audit_items and all(i["check_before_release"] for i in audit_items)
    who = {f["value"] for i in audit_items for f in i["fields"] if f["label"] == "Who"}
    assert kit.MANAGER in who
    actions = {f["value"] for i in audit_items for f in i["fields"] if f["label"] == "What"}
    assert {"View", "Export", "Create"} <= actions
    assert as_json["items_to_check"] == sum(
        1 for s in as_json["sections"] for i in s["items"] if i["check_before_release"]
    )
    from womenscentre.exports.subject_access import to_document

    document = to_document(pack).plain_text()
    for key in full_record.third_party:
        lines = [ln for ln in document.splitlines() if full_record.canaries[key] in ln]
        assert any("[check before release]" in ln for ln in lines), key
    assert document.count("Check before release") >= len(full_record.third_party)
    audit_lines = [ln for ln in document.splitlines() if ln.startswith("2026-01-05T09:00")]
    assert len(audit_lines) == len(audit_items)  # one line per audit entry in the PDF
    assert all(kit.MANAGER in ln and "[check before release]" in ln for ln in audit_lines)


def test_making_the_pack_is_audited_once_and_only_managers_can(full_record, kit, reopen, tmp_path):
    vault = full_record.vault
    with vault.read() as session:
        before = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()))
    pack = vault.subject_access.build(full_record.person_id)
    with vault.read() as session:
        assert session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc())) == before
    out = tmp_path / "sar"
    out.mkdir()
    result = vault.subject_access.write(full_record.person_id, out, kit.text_pdf)
    with vault.read() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.seq > before)).all()
        details = audit.open_details(vault.keyring, entry)
    assert entry.action == AuditAction.EXPORT.value and entry.record_id == full_record.person_id
    assert details["kind"] == "subject_access" and set(details["files"]) == set(result.files)
    assert not [k for k, v in full_record.canaries.items() if v in json.dumps(details)]
    assert pack.reference == result.reference
    vault.users.add(kit.KEYWORKER, Role.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    vault.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    with pytest.raises(NotPermitted):
        ash.subject_access.build(full_record.person_id)


def test_an_unusable_folder_leaves_no_partial_files_and_no_audit(full_record, kit, tmp_path):
    """A file where the folder should be, a missing folder and (not as root) a read-only one."""
    vault = full_record.vault
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    with vault.read() as session:
        before = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()))
    targets = [not_a_folder, tmp_path / "nowhere" / "folder"]
    if os.name == "posix" and os.geteuid() != 0:
        targets.append(locked)
    try:
        for target in targets:
            with pytest.raises(OutputFolderProblem, match="Nothing has been saved there"):
                vault.subject_access.write(full_record.person_id, target, kit.text_pdf)
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("vault")) == [
        "a-file",
        "locked",
        "referral-out",
    ]
    with vault.read() as session:
        after = session.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()))
    assert after == before  # nothing exported, nothing audited as exported


def test_a_clash_with_an_existing_file_removes_both_new_files(full_record, kit, tmp_path):
    """If the second rename can't happen, the first file placed is taken away again."""
    vault = full_record.vault
    out = tmp_path / "sar"
    out.mkdir()
    first = vault.subject_access.write(full_record.person_id, out, kit.text_pdf)
    json_name = next(n for n in first.files if n.endswith(".json"))
    (out / next(n for n in first.files if n.endswith(".pdf"))).unlink()
    with pytest.raises(OutputFolderProblem, match="same name"):
        vault.subject_access.write(full_record.person_id, out, kit.text_pdf)
    assert sorted(p.name for p in out.iterdir()) == [json_name]


def test_a_damaged_row_is_listed_and_a_deleted_record_is_still_held(full_record):
    """A blob that won't open is named, not skipped; a tombstoned record is still her data."""
    from sqlalchemy import update

    from womenscentre.store.models import SessionNoteRow

    vault = full_record.vault
    with vault.read() as session:
        row = session.scalars(
            select(SessionNoteRow).where(
                SessionNoteRow.person_id == full_record.person_id, SessionNoteRow.status == "final"
            )
        ).one()
        note_id, blob = row.id, bytearray(row.sealed)
    blob[len(blob) // 2] ^= 1
    with vault.write() as session:
        session.execute(
            update(SessionNoteRow).where(SessionNoteRow.id == note_id).values(sealed=bytes(blob))
        )
    vault.people.delete(full_record.person_id, "Added twice by mistake, this is the copy.")
    pack = vault.subject_access.build(full_record.person_id).to_json()
    items = {i["record_id"]: i for s in pack["sections"] for i in s["items"]}
    damaged = items[note_id]
    assert any("couldn't be opened" in f["value"] for f in damaged["fields"])
    details = items[full_record.person_id]
    assert {"label": "Deleted", "value": "Yes: kept until the centre's review date"}.items() <= {
        k: v for f in details["fields"] if f["label"] == "Deleted" for k, v in f.items()
    }.items()
    assert full_record.canaries["note body"] not in json.dumps(pack)
    assert full_record.canaries["addendum"] in json.dumps(damaged)  # its addenda still read


def test_her_documents_go_with_the_pack_as_the_original_files(full_record, kit, tmp_path):
    """The evidence she asked us to hold reaches her unchanged, and the audit names its hash."""
    import hashlib

    vault = full_record.vault
    original = tmp_path / "photo-of-the-door.png"
    original.write_bytes(b"\x89PNG\r\n\x1a\n" + b"invented evidence bytes " * 50)
    added = vault.attachments.add(full_record.person_id, original, note="Taken that morning")
    out = tmp_path / "sar-files"
    out.mkdir()
    result = vault.subject_access.write(full_record.person_id, out, kit.text_pdf)
    beside = [p for p in out.iterdir() if p.suffix == ".png"]
    assert len(beside) == 1 and beside[0].read_bytes() == original.read_bytes()
    assert sorted(p.name for p in out.iterdir()) == sorted(result.files)
    with vault.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT.value)
        ).all()[-1]
        details = audit.open_details(vault.keyring, entry)
    assert added.sha256 == hashlib.sha256(original.read_bytes()).hexdigest()
    assert added.sha256 in details["files"].values()
