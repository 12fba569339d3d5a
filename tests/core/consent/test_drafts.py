"""Saved draft packs: kept sealed, reopened with her consent read again, never trusted."""

from __future__ import annotations

import pytest

from womenscentre.domain.consent import DataCategory, Purpose, RecipientKind, Withdrawal
from womenscentre.domain.sharing import WithoutConsentReason
from womenscentre.exports.referral import Step
from womenscentre.services import records
from womenscentre.services.referral_drafts import SavedDraft

WISH = "CANARY-DRAFT-WISH help with sleep"
PHONE = "07700 900123"


def _two_agreements(centre, kit):
    """One agreement for her wishes and safe contact, a separate one for her number."""
    vault = centre.vault
    vault.consent.record(
        centre.person_id,
        kit.consent(kit.GP, categories={DataCategory.SESSION_SUMMARY, DataCategory.SAFE_CONTACT}),
    )
    vault.consent.record(
        centre.person_id, kit.consent(kit.GP, categories={DataCategory.CONTACT_DETAILS})
    )


def _keyworker_draft(centre, kit, reopen):
    _two_agreements(centre, kit)
    centre.vault.lock()
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    flow = ash.referrals.start(centre.person_id, RecipientKind.GP, Purpose.REFERRAL)
    flow.set_answer("what-she-would-like", "words", WISH)
    flow.set_answer("contact", "phone", PHONE)
    assert "contact" in flow.included_ids
    draft_id = ash.referrals.save_draft(flow)
    ash.lock()
    return draft_id


def test_a_consent_withdrawn_after_the_draft_blocks_that_section_on_reopening(
    centre, kit, reopen, out
):
    draft_id = _keyworker_draft(centre, kit, reopen)
    morgan = reopen(kit.MANAGER, kit.MANAGER_PASSPHRASE)
    number = next(
        e.consent
        for e in morgan.consent.ledger(centre.person_id)
        if DataCategory.CONTACT_DETAILS in e.consent.categories
    )
    morgan.consent.withdraw(number.id, Withdrawal(kit.TODAY, "Told her keyworker by phone"))
    flow = morgan.referrals.reopen(centre.person_id, draft_id)
    assert flow.draft_id == draft_id and flow.step is Step.SECTIONS
    assert flow.answers["what-she-would-like"]["words"] == WISH
    assert "contact" not in flow.included_ids
    assert "what-she-would-like" in flow.included_ids
    assert flow.held_since_draft == (
        ("Contact details", "She has withdrawn her agreement to share this."),
    )
    view = {v.section.id: v for v in flow.sections}["contact"]
    assert view.state == "withdrawn" and not view.can_include
    # The pack goes without the withdrawn section, and the draft is used up.
    preview = flow.preview()
    assert PHONE not in str(preview.shown)
    morgan.referrals.step_up(flow, kit.MANAGER_PASSPHRASE)
    result = morgan.referrals.export(
        flow, out, kit.text_pdf, rationale="She asked for this referral to her GP."
    )
    text = kit.pdf_text(next(p for p in result.files.values() if p.suffix == ".pdf").read_bytes())
    assert "CANARY-DRAFT-WISH" in text and PHONE not in text
    assert morgan.referrals.drafts(centre.person_id) == []
    with pytest.raises(records.NotFound):
        morgan.referrals.reopen(centre.person_id, draft_id)


def test_reopening_without_changes_keeps_everything_chosen(centre, kit, reopen):
    draft_id = _keyworker_draft(centre, kit, reopen)
    ash = reopen(kit.KEYWORKER, kit.KEYWORKER_PASSPHRASE)
    flow = ash.referrals.reopen(centre.person_id, draft_id)
    assert flow.held_since_draft == ()
    assert {"what-she-would-like", "contact"} <= flow.included_ids
    assert flow.answers["contact"]["phone"] == PHONE


def test_a_draft_is_only_reopened_for_her_own_record(centre, kit, reopen, make):
    draft_id = _keyworker_draft(centre, kit, reopen)
    morgan = reopen(kit.MANAGER, kit.MANAGER_PASSPHRASE)
    someone_else = morgan.people.add(
        make.person("Priya"), referral_source="self", keyworker_ids=(morgan.user.id,)
    ).id
    with pytest.raises(records.NotFound):
        morgan.referrals.reopen(someone_else, draft_id)
    with pytest.raises(records.NotFound):
        morgan.referrals.reopen(centre.person_id, "not-a-draft")


def test_a_choice_to_share_without_consent_comes_back_but_needs_authorising_again(centre, kit):
    vault = centre.vault
    flow = vault.referrals.start(
        centre.person_id,
        RecipientKind.MARAC,
        Purpose.MARAC,
        organisation=kit.MARAC.organisation,
        role=kit.MARAC.role,
    )
    flow.share_without_consent(WithoutConsentReason.URGENT, {DataCategory.SAFE_CONTACT})
    flow.preview()
    vault.referrals.authorise_without_consent(
        flow, kit.SECOND_MANAGER, kit.SECOND_MANAGER_PASSPHRASE
    )
    draft_id = vault.referrals.save_draft(flow)
    again = vault.referrals.reopen(centre.person_id, draft_id)
    assert again.without_consent is WithoutConsentReason.URGENT
    assert again.without_consent_categories == {DataCategory.SAFE_CONTACT}
    assert again.authorised_by is None and again.stepped_up_by is None
    assert "safe-contact" in again.included_ids


def test_drafts_saved_before_without_consent_was_kept_still_open():
    saved = SavedDraft.from_json(
        {
            "template": {},
            "recipient": {"kind": "gp", "organisation": "Harbour Lane Surgery", "role": "Nurse"},
            "purpose": "referral",
            "answers": {"contact": {"phone": PHONE}},
            "included": ["contact"],
        }
    )
    assert saved.without_consent is None and saved.included == ["contact"]
