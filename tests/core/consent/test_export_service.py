"""Exporting a referral pack through the services: files, decision, audit, the rules around it."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest

from womenscentre.domain.audit import AuditAction
from womenscentre.domain.consent import DataCategory, Purpose, RecipientKind, Withdrawal
from womenscentre.domain.sharing import Basis, ToldHer, WithoutConsentReason
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.exports.files import OutputFolderProblem
from womenscentre.exports.referral import ConsentChanged, FlowOutOfOrder
from womenscentre.services import audit
from womenscentre.services.sharing import PassphraseNotConfirmed, SecondManagerNotConfirmed

RATIONALE = "She asked for this referral to get support with her health."
GP_CATEGORIES = {
    DataCategory.SAFE_CONTACT,
    DataCategory.CONTACT_DETAILS,
    DataCategory.SESSION_SUMMARY,
    DataCategory.PHYSICAL_HEALTH,
}


def _gp_pack(centre, kit, **answers):
    vault = centre.vault
    vault.consent.record(centre.person_id, kit.consent(kit.GP, categories=GP_CATEGORIES))
    flow = vault.referrals.start(centre.person_id, RecipientKind.GP, Purpose.REFERRAL)
    flow.set_answer("what-she-would-like", "words", "CANARY-TELLITONCE help with sleep")
    flow.set_answer("contact", "phone", "07700 900123")
    flow.set_answer("how-she-is-feeling", "words", "CANARY-MENTALHEALTH low mood")
    for (section, field), text in answers.items():
        flow.set_answer(section, field, text)
    return flow


def _export(centre, kit, flow, folder, **options):
    vault = centre.vault
    flow.preview()
    vault.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
    return vault.referrals.export(flow, folder, kit.text_pdf, rationale=RATIONALE, **options)


def _audit_actions(vault):
    with vault.read() as session:
        from sqlalchemy import select

        from womenscentre.store.models import AuditEntry

        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [(row.action, audit.open_details(vault.keyring, row)) for row in rows]


def test_an_export_writes_the_files_the_decision_and_an_audit_entry(centre, kit, out):
    """One export: PDF, JSON and FHIR in the folder, hashes recorded, audited, nothing else."""
    flow = _gp_pack(centre, kit)
    result = _export(centre, kit, flow, out, fhir=True)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(result.files)
    assert len(names) == 3 and all(n.startswith("referral-gp-") for n in names)
    assert not any("Rosa" in n for n in names)
    pdf = next(p for p in result.files.values() if p.suffix == ".pdf")
    text = kit.pdf_text(pdf.read_bytes())
    assert "Shared with her agreement" in text
    assert "CANARY-TELLITONCE" in text
    assert "CANARY-MENTALHEALTH" not in text  # mental health isn't in her agreement
    assert centre.canaries["check_phrase"] not in text  # the GP template doesn't ask for it
    assert centre.canaries["afraid_of"] not in text
    [decision] = centre.vault.sharing.disclosures(centre.person_id)
    assert decision.shared and decision.basis is Basis.WITH_CONSENT
    assert decision.artefact_hashes == result.hashes
    assert decision.export_id == result.export_id
    assert DataCategory.MENTAL_HEALTH not in decision.categories
    actions = _audit_actions(centre.vault)
    shares = [d for a, d in actions if a == AuditAction.SHARE.value]
    exports = [d for a, d in actions if a == AuditAction.EXPORT.value]
    assert len(shares) == 1 and shares[0]["recipient"]["organisation"] == kit.GP.organisation
    assert len(exports) == 1 and exports[0]["files"] == result.hashes
    assert oct(pdf.stat().st_mode & 0o777) == oct(0o600)


def test_a_keyworker_can_prepare_a_draft_but_only_a_manager_exports(centre, kit, reopen, out):
    """Keyworkers prepare and save a draft; step-up and export need the manager role."""
    centre.vault.consent.record(centre.person_id, kit.consent(kit.GP, categories=GP_CATEGORIES))
    centre.vault.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    flow = ash.referrals.start(centre.person_id, RecipientKind.GP, Purpose.REFERRAL)
    flow.set_answer("what-she-would-like", "words", "Help with sleep, in her words.")
    flow.preview()
    with pytest.raises(NotPermitted):
        ash.referrals.step_up(flow, kit.KEYWORKER_PASSPHRASE)
    draft_id = ash.referrals.save_draft(flow)
    ash.lock()
    morgan = reopen(kit.MANAGER, kit.MANAGER_PASSPHRASE)
    [summary] = morgan.referrals.drafts(centre.person_id)
    assert summary.id == draft_id
    flow = morgan.referrals.start(
        centre.person_id, RecipientKind.GP, Purpose.REFERRAL, draft_id=draft_id
    )
    flow.preview()
    morgan.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
    result = morgan.referrals.export(flow, out, kit.text_pdf, rationale=RATIONALE)
    text = kit.pdf_text(next(iter(result.files.values())).read_bytes())
    assert "Help with sleep, in her words." in text
    assert morgan.referrals.drafts(centre.person_id) == []


def test_export_needs_a_fresh_step_up_with_the_right_passphrase(centre, kit, out, clock):
    """No export before step-up; a wrong passphrase is refused; a stale step-up expires."""
    vault = centre.vault
    flow = _gp_pack(centre, kit)
    flow.preview()
    with pytest.raises(NotPermitted):
        vault.referrals.export(flow, out, kit.text_pdf, rationale=RATIONALE)
    with pytest.raises(PassphraseNotConfirmed):
        vault.referrals.step_up(flow, "not my passphrase at all")
    vault.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
    clock.advance(3600)
    with pytest.raises(NotPermitted):
        vault.referrals.export(flow, out, kit.text_pdf, rationale=RATIONALE)
    assert list(out.iterdir()) == []
    failed = [d for a, d in _audit_actions(vault) if a == AuditAction.UNLOCK_FAILED.value]
    assert failed == [{"kind": "step_up"}]


def test_a_change_after_preview_needs_a_new_preview_and_step_up(centre, kit, out):
    flow = _gp_pack(centre, kit)
    flow.preview()
    centre.vault.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
    flow.set_answer("contact", "phone", "07700 900999")
    with pytest.raises(NotPermitted):
        centre.vault.referrals.export(flow, out, kit.text_pdf, rationale=RATIONALE)
    with pytest.raises(FlowOutOfOrder):
        flow.stepped_up("someone", 0.0)


def test_withdrawal_takes_effect_at_once_even_between_preview_and_export(centre, kit, out):
    """Withdraw after the preview: the export refuses, writes nothing and records nothing."""
    vault = centre.vault
    flow = _gp_pack(centre, kit)
    flow.preview()
    vault.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
    [entry] = vault.consent.ledger(centre.person_id)
    vault.consent.withdraw(
        entry.consent.id, Withdrawal(kit.TODAY, "Told her keyworker by phone", ("GP",))
    )
    with pytest.raises(ConsentChanged) as raised:
        vault.referrals.export(flow, out, kit.text_pdf, rationale=RATIONALE)
    assert "can't go now" in raised.value.message
    assert list(out.iterdir()) == []
    assert vault.sharing.disclosures(centre.person_id) == []
    fresh = vault.referrals.start(centre.person_id, RecipientKind.GP, Purpose.REFERRAL)
    states = {v.section.id: v for v in fresh.sections}
    assert states["contact"].state == "withdrawn"
    assert states["contact"].reason == "She has withdrawn her agreement to share this."
    assert not states["contact"].can_include


def test_expired_consent_blocks_the_section_with_a_clear_reason(centre, kit, clock):
    vault = centre.vault
    vault.consent.record(
        centre.person_id,
        kit.consent(
            kit.GP,
            categories=GP_CATEGORIES,
            starts_on=kit.TODAY - timedelta(days=400),
            review_by=kit.TODAY - timedelta(days=200),
            expires_on=kit.TODAY - timedelta(days=1),
        ),
    )
    flow = vault.referrals.start(centre.person_id, RecipientKind.GP, Purpose.REFERRAL)
    view = {v.section.id: v for v in flow.sections}["safe-contact"]
    assert view.state == "expired"
    assert view.reason == "Her agreement to share this has come to its end date."
    with pytest.raises(InvalidInput, match="can't be included"):
        flow.include("safe-contact")
    with pytest.raises(InvalidInput, match="nothing that can be sent"):
        flow.preview()


def test_missing_or_unknown_recipient_and_purpose_get_clear_errors(centre, kit):
    from womenscentre.services.referrals import parse_purpose, parse_recipient_kind

    vault = centre.vault
    with pytest.raises(InvalidInput, match="hasn't named a gp practice"):
        vault.referrals.start(centre.person_id, RecipientKind.GP, Purpose.REFERRAL)
    with pytest.raises(InvalidInput, match=r"isn.t a kind of recipient\. Please use one of: gp"):
        parse_recipient_kind("dentist")
    with pytest.raises(InvalidInput, match="isn't a purpose"):
        parse_purpose("curiosity")
    vault.consent.record(centre.person_id, kit.consent(kit.GP, categories=GP_CATEGORIES))
    with pytest.raises(InvalidInput, match="can be for"):
        vault.referrals.start(centre.person_id, RecipientKind.GP, Purpose.MARAC)
    with pytest.raises(InvalidInput, match="isn't a referral template for police"):
        vault.referrals.start(centre.person_id, RecipientKind.POLICE, Purpose.REFERRAL)


def test_an_unwritable_folder_is_reported_kindly_and_leaves_nothing(centre, kit, out):
    """A file where the folder should be, and a folder that doesn't exist."""
    vault = centre.vault
    flow = _gp_pack(centre, kit)
    not_a_folder = out / "a-file"
    not_a_folder.write_text("x")
    for target in (not_a_folder, out / "missing" / "folder"):
        flow.preview()
        vault.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
        with pytest.raises(OutputFolderProblem) as raised:
            vault.referrals.export(flow, target, kit.text_pdf, rationale=RATIONALE)
        assert "Nothing has been saved there and nothing has been shared" in raised.value.message
    assert sorted(p.name for p in out.iterdir()) == ["a-file"]
    assert vault.sharing.disclosures(centre.person_id) == []


def test_a_failure_while_putting_files_in_place_leaves_no_partial_files(
    centre, kit, out, monkeypatch
):
    """The second rename fails (as on a full or removed disk): nothing stays, nothing is logged."""
    vault = centre.vault
    flow = _gp_pack(centre, kit)
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OutputFolderProblem, match="full"):
        _export(centre, kit, flow, out, fhir=True)
    assert list(out.iterdir()) == []
    assert len(calls) == 2
    assert vault.sharing.disclosures(centre.person_id) == []
    assert not [a for a, _ in _audit_actions(vault) if a == AuditAction.EXPORT.value]


def test_a_database_failure_after_the_files_are_placed_removes_them(centre, kit, out, monkeypatch):
    """If the transaction can't commit, the files already renamed into place are removed."""
    from womenscentre.services.referrals import Referrals

    flow = _gp_pack(centre, kit)
    real = Referrals._add_export

    def then_fail(self, session, *args):
        real(self, session, *args)
        session.info["fail"] = True

    from sqlalchemy import event
    from sqlalchemy.orm import Session

    def before_commit(session):
        if session.info.get("fail"):
            raise RuntimeError("disk went away")

    monkeypatch.setattr(Referrals, "_add_export", then_fail)
    event.listen(Session, "before_commit", before_commit)
    try:
        with pytest.raises(RuntimeError):
            _export(centre, kit, flow, out)
    finally:
        event.remove(Session, "before_commit", before_commit)
    assert list(out.iterdir()) == []


def test_pdf_password_protects_the_pdf(centre, kit, out):
    from pypdf import PdfReader

    flow = _gp_pack(centre, kit)
    result = _export(centre, kit, flow, out, pdf_password="lantern violet ferry")
    pdf = next(p for p in result.files.values() if p.suffix == ".pdf")
    reader = PdfReader(pdf)
    assert reader.is_encrypted
    assert not reader.decrypt("wrong password")
    assert "Shared with her agreement" in kit.pdf_text(pdf.read_bytes(), "lantern violet ferry")
    with pytest.raises(InvalidInput, match="at least 10 characters"):
        _export(centre, kit, _gp_pack(centre, kit), out, pdf_password="short")


def _marac_flow(centre, kit):
    vault = centre.vault
    flow = vault.referrals.start(
        centre.person_id,
        RecipientKind.MARAC,
        Purpose.MARAC,
        organisation=kit.MARAC.organisation,
        role=kit.MARAC.role,
    )
    flow.share_without_consent(
        WithoutConsentReason.WOULD_PREJUDICE_SAFETY,
        {DataCategory.ABUSE_HISTORY_AND_RISK, DataCategory.SAFE_CONTACT},
    )
    flow.preview()
    vault.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
    return flow


def test_sharing_without_consent_needs_a_second_different_manager(centre, kit, out, reopen):
    """Same manager twice, a keyworker, and a wrong passphrase are all refused."""
    vault = centre.vault
    flow = _marac_flow(centre, kit)
    told = ToldHer(False, "Telling her now would put her at more risk.")
    with pytest.raises(FlowOutOfOrder, match="second manager"):
        vault.referrals.export(flow, out, kit.text_pdf, rationale=RATIONALE, told_her=told)
    with pytest.raises(InvalidInput, match="must be someone else"):
        vault.referrals.authorise_without_consent(flow, kit.MANAGER, kit.MANAGER_PASSPHRASE)
    with pytest.raises(SecondManagerNotConfirmed):
        vault.referrals.authorise_without_consent(flow, kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    with pytest.raises(SecondManagerNotConfirmed):
        vault.referrals.authorise_without_consent(flow, kit.SECOND_MANAGER, "not their passphrase")
    with pytest.raises(SecondManagerNotConfirmed):
        vault.referrals.authorise_without_consent(flow, "nobody", kit.SECOND_MANAGER_PASSPHRASE)
    assert flow.authorised_by is None
    vault.referrals.authorise_without_consent(
        flow, kit.SECOND_MANAGER, kit.SECOND_MANAGER_PASSPHRASE
    )
    result = vault.referrals.export(
        flow, out, kit.text_pdf, rationale="High risk: visible high risk at 15.", told_her=told
    )
    text = kit.pdf_text(
        result.files[next(n for n in result.files if n.endswith(".pdf"))].read_bytes()
    )
    assert "Shared without her agreement: lawful basis recorded" in text
    assert "Article 9(2)(g) substantial public interest" in text
    assert centre.canaries["afraid_of"] in text
    [decision] = vault.sharing.disclosures(centre.person_id)
    assert decision.basis is Basis.WITHOUT_CONSENT
    assert decision.authorised_by == centre.second_manager_id
    assert decision.without_consent_reason is WithoutConsentReason.WOULD_PREJUDICE_SAFETY
    with closing(sqlite3.connect(vault.paths.database)) as db:
        assert db.execute("SELECT authoriser_id FROM sharing_decisions").fetchall() == [
            (centre.second_manager_id,)
        ]


def test_a_keyworker_cannot_authorise_or_share_without_consent(centre, kit, reopen):
    centre.vault.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    flow = ash.referrals.start(
        centre.person_id,
        RecipientKind.MARAC,
        Purpose.MARAC,
        organisation=kit.MARAC.organisation,
        role=kit.MARAC.role,
    )
    flow.share_without_consent(WithoutConsentReason.URGENT, {DataCategory.SAFE_CONTACT})
    flow.preview()
    with pytest.raises(NotPermitted):
        ash.referrals.authorise_without_consent(
            flow, kit.SECOND_MANAGER, kit.SECOND_MANAGER_PASSPHRASE
        )


def test_too_many_wrong_passphrases_pause_the_checks(centre, kit):
    flow = _marac_flow(centre, kit)
    for _ in range(5):
        with pytest.raises(SecondManagerNotConfirmed):
            centre.vault.referrals.authorise_without_consent(flow, kit.SECOND_MANAGER, "wrong")
    with pytest.raises(NotPermitted, match="paused"):
        centre.vault.referrals.authorise_without_consent(
            flow, kit.SECOND_MANAGER, kit.SECOND_MANAGER_PASSPHRASE
        )


def test_a_decision_not_to_share_is_recorded_and_shown_in_her_history(centre, kit, out):
    vault = centre.vault
    vault.sharing.record_not_shared(
        centre.person_id,
        kit.PROBATION,
        Purpose.JOINT_CASE_PLANNING,
        rationale="She said no, and nothing suggests a risk that would outweigh that.",
        told_her=ToldHer(True, "Told her at the session."),
    )
    _export(centre, kit, _gp_pack(centre, kit), out)
    history = vault.sharing.disclosures(centre.person_id)
    assert [d.shared for d in history] == [True, False] or [d.shared for d in history] == [
        False,
        True,
    ]
    copy = vault.sharing.disclosure_copy(centre.person_id, centre_name="Fictional Women's Centre")
    text = copy.plain_text()
    assert "Who has your information" in text
    assert "Practice nurse, Harbour Lane Surgery" in text
    assert "We decided not to share your information with" in text
    with pytest.raises(InvalidInput, match="reason"):
        vault.sharing.record_not_shared(
            centre.person_id, kit.GP, Purpose.REFERRAL, rationale="no", told_her=ToldHer(True)
        )


def test_a_share_she_was_not_told_about_is_held_back_from_her_copy(centre, kit, out):
    vault = centre.vault
    flow = _marac_flow(centre, kit)
    vault.referrals.authorise_without_consent(
        flow, kit.SECOND_MANAGER, kit.SECOND_MANAGER_PASSPHRASE
    )
    vault.referrals.export(
        flow,
        out,
        kit.text_pdf,
        rationale="High risk: visible high risk at 15.",
        told_her=ToldHer(False, "Telling her now would put her at more risk."),
    )
    copy = vault.sharing.disclosure_copy(centre.person_id)
    assert "Fictional Marac" not in copy.plain_text()
    assert any("wasn't told" in note for note in copy.notes_for_worker)


def test_a_pack_carries_only_the_documents_her_consent_permits(centre, kit, out, tmp_path):
    """A letter in a category she agreed to share goes; one in a category she didn't, doesn't."""
    vault = centre.vault
    shared = tmp_path / "gp-letter.txt"
    shared.write_bytes(b"An invented letter about her sleep, CANARY-LETTER-OK")
    private = tmp_path / "mh-letter.txt"
    private.write_bytes(b"An invented letter about her mood, CANARY-LETTER-NO")
    vault.attachments.add(centre.person_id, shared, category=DataCategory.PHYSICAL_HEALTH)
    vault.attachments.add(centre.person_id, private, category=DataCategory.MENTAL_HEALTH)
    flow = _gp_pack(centre, kit)
    flow.set_answer("her-health-story", "words", "Sleep has been hard")
    result = _export(centre, kit, flow, out)
    contents = b"".join(p.read_bytes() for p in out.iterdir())
    assert b"CANARY-LETTER-OK" in contents
    assert b"CANARY-LETTER-NO" not in contents
    assert sorted(p.name for p in out.iterdir()) == sorted(result.files)
    [decision] = vault.sharing.disclosures(centre.person_id)
    assert set(decision.artefact_hashes) == set(result.hashes) and len(result.hashes) == 3
