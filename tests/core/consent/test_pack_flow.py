"""The pack builder's steps, with plain data: states, reasons, preview, and step order."""

from __future__ import annotations

from datetime import timedelta

import pytest

from womenscentre.domain.consent import DataCategory, Exclusion, Purpose, RecipientKind
from womenscentre.domain.sharing import WithoutConsentReason
from womenscentre.errors import InvalidInput
from womenscentre.exports.facts import Identity, RecordFacts
from womenscentre.exports.referral import FlowOutOfOrder, PackFlow, Step
from womenscentre.templates.referrals import load_referral_templates

TEMPLATES = load_referral_templates()
FACTS = RecordFacts(
    Identity("Rosa", "Rosa Example-Fictional", "1990-04-01"),
    {"safe_contact.summary": "Text only, after 6pm. No voicemail."},
)


def _flow(kit, ledger, **kwargs):
    return PackFlow(
        person_id="p-1",
        template=TEMPLATES[RecipientKind.GP],
        recipient=kit.GP,
        purpose=kwargs.pop("purpose", Purpose.REFERRAL),
        ledger=ledger,
        facts=FACTS,
        today=kwargs.pop("today", kit.TODAY),
        **kwargs,
    )


def _stored(kit, **fields):
    """A ledger entry as the service would hand it over (with an id)."""
    from dataclasses import replace

    return replace(kit.consent(kit.GP, **fields), id=fields.get("id", "c-1"), version=1)


def test_each_section_shows_its_state_and_plain_reason(kit):
    ledger = [
        _stored(kit, categories={DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY}),
        _stored(
            kit,
            id="c-2",
            categories={DataCategory.PHYSICAL_HEALTH},
            ask_each_time=True,
            exclusions=(Exclusion(DataCategory.CONTACT_DETAILS, kit.GP),),
        ),
        _stored(
            kit,
            id="c-3",
            categories={DataCategory.MENTAL_HEALTH},
            starts_on=kit.TODAY - timedelta(days=300),
            review_by=kit.TODAY - timedelta(days=200),
            expires_on=kit.TODAY - timedelta(days=1),
        ),
    ]
    views = {v.section.id: v for v in _flow(kit, ledger).sections}
    assert views["safe-contact"].state == "permitted" and views["safe-contact"].included
    assert views["contact"].state == "excluded"
    assert views["contact"].reason == "She asked for this never to be shared with them."
    assert views["her-health-story"].state == "ask_her_first"
    assert views["how-she-is-feeling"].state == "expired"
    assert views["drugs-and-alcohol"].state == "not_permitted"
    assert not views["how-she-is-feeling"].included
    assert not views["contact"].can_include


def test_ask_her_first_sections_go_only_when_she_agreed_today(kit):
    ledger = [_stored(kit, categories={DataCategory.PHYSICAL_HEALTH}, ask_each_time=True)]
    flow = _flow(kit, ledger)
    flow.set_answer("her-health-story", "words", "Her words about her back pain.")
    with pytest.raises(InvalidInput, match="can't be included"):
        flow.include("her-health-story")
    with pytest.raises(InvalidInput, match="doesn't need asking"):
        flow.confirm_asked_today("safe-contact")
    flow.confirm_asked_today("her-health-story")
    preview = flow.preview()
    assert [s.id for s in preview.shown] == ["her-health-story"]
    flow.stepped_up("u-1", 0.0)
    pack = flow.pack(ledger, kit.TODAY)
    assert pack.asked_today == ("her-health-story",)
    flow.stepped_up("u-1", 0.0)
    with pytest.raises(InvalidInput, match="has changed"):
        flow.pack(ledger, kit.TODAY + timedelta(days=1))  # asked yesterday isn't asked today


def test_preview_says_plainly_what_will_be_sent_and_what_is_held_back(kit):
    ledger = [
        _stored(
            kit,
            categories={DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY},
            review_by=kit.TODAY - timedelta(days=1),
        )
    ]
    flow = _flow(kit, ledger)
    flow.set_answer("what-she-would-like", "words", "Help to sleep.")
    preview = flow.preview()
    assert preview.summary.startswith(
        "This will go to Practice nurse, Harbour Lane Surgery, for: referral."
    )
    assert "safe ways to contact her" in preview.summary
    assert "the app doesn't send anything" in preview.summary
    held = dict(preview.held_back)
    assert held["Drugs and alcohol"] == (
        "She hasn't agreed to share this with them for this purpose."
    )
    assert any("time to check with her" in w for w in preview.warnings)
    assert flow.step is Step.PREVIEW


def test_steps_must_come_in_order(kit):
    ledger = [_stored(kit, categories={DataCategory.SAFE_CONTACT})]
    flow = _flow(kit, ledger)
    with pytest.raises(FlowOutOfOrder):
        flow.stepped_up("u-1", 0.0)
    with pytest.raises(FlowOutOfOrder):
        flow.pack(ledger, kit.TODAY)
    flow.preview()
    flow.stepped_up("u-1", 0.0)
    flow.include("safe-contact", False)
    assert flow.step is Step.SECTIONS and flow.stepped_up_by is None


def test_bad_choices_get_clear_errors(kit):
    flow = _flow(kit, [])
    with pytest.raises(InvalidInput, match="isn't part of this pack"):
        flow.include("no-such-section")
    with pytest.raises(InvalidInput, match="isn't one of this section's questions"):
        flow.set_answer("contact", "no-such-field", "x")
    with pytest.raises(InvalidInput, match="choose which of this pack's sections"):
        flow.share_without_consent(WithoutConsentReason.URGENT, {DataCategory.IMMIGRATION_STATUS})
    with pytest.raises(InvalidInput, match="can be for"):
        _flow(kit, [], purpose=Purpose.MARAC)


def test_without_consent_sections_need_authorising_before_the_pack_is_made(kit):
    flow = _flow(kit, [])
    flow.share_without_consent(WithoutConsentReason.URGENT, {DataCategory.SAFE_CONTACT})
    preview = flow.preview()
    assert [s.id for s in preview.shown] == ["safe-contact"]
    assert any("second manager" in w for w in preview.warnings)
    flow.stepped_up("u-1", 0.0)
    with pytest.raises(FlowOutOfOrder, match="second manager"):
        flow.pack([], kit.TODAY)
    flow.authorised("u-2")
    pack = flow.pack([], kit.TODAY)
    assert pack.without_consent_categories == {DataCategory.SAFE_CONTACT}
    assert pack.consents == ()
