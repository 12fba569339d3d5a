"""The training vault: fictional, flagged as training, and useful for teaching."""

from __future__ import annotations

import re
import time
import tomllib

import pytest

from womenscentre import demo
from womenscentre.demo import DEMO_RESOURCE, build_demo_vault, load_demo
from womenscentre.demo_records import DemoFileError, read_records
from womenscentre.domain.consent import (
    ConsentStatus,
    DataCategory,
    PermissionState,
    Purpose,
    RecipientKind,
    permission,
)
from womenscentre.guidance import Guide, Severity
from womenscentre.paths import VaultPaths, read_resource_text
from womenscentre.services.lifecycle import unlock
from womenscentre.vault.kdf import INSECURE_TEST_POLICY


def test_demo_vault_opens_for_the_trainer_with_every_woman(tmp_path, clock):
    paths = VaultPaths.for_dir(tmp_path / "demo")
    creds = build_demo_vault(paths, clock=clock, policy=INSECURE_TEST_POLICY)
    trainer = unlock(
        paths, creds.trainer, creds.passphrase, clock=clock, policy=INSECURE_TEST_POLICY
    )
    try:
        assert trainer.is_training_vault
        names = [p.preferred_name for p in trainer.people.visible()]
        assert len(names) == len(load_demo()["women"]) >= 12
        notes = [n for p in trainer.people.visible() for n in trainer.notes.for_person(p.id)]
        assert {n.content.session_type.value for n in notes} >= {
            "first_meeting",
            "one_to_one",
            "crisis",
            "after_disclosure",
            "leaving_custody",
            "review_closing",
        }
    finally:
        trainer.lock()


def test_practice_notes_give_the_guidance_something_to_catch_and_good_ones_do_not():
    guide = Guide.load()
    for woman in load_demo()["women"]:
        for note in woman["notes"]:
            warnings = [f for f in guide.check(note["body"]) if f.severity is Severity.WARNING]
            if note.get("practice"):
                assert warnings, f"practice note for {woman['preferred_name']} flags nothing"
            else:
                assert not warnings, f"{woman['preferred_name']}: {[w.text for w in warnings]}"


# -- safety plans, consents, a referral and readings -------------------------------------

#: A UK phone number of any kind (the same shape tests/core/plans/test_templates.py bars
#: from the plan code); the demo may only use the 07700 900xxx range set aside for fiction.
PHONE_LIKE = re.compile(r"\b0[1-9]\d{2,3} ?\d{3} ?\d{3,4}\b|\b(?:999|111|116 ?123|85258)\b")
DRAMA_RANGE = re.compile(r"07700 900\d{3}")
#: Places that would be a real person's: a postcode, an email address or a web address.
REAL_LOOKING = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|[\w.+-]+@[\w-]+\.\w+|https?://|www\.", re.IGNORECASE
)


@pytest.fixture(scope="module")
def demo_text() -> str:
    return read_resource_text(DEMO_RESOURCE)


@pytest.fixture
def lead(tmp_path, clock):
    paths = VaultPaths.for_dir(tmp_path / "demo")
    started = time.perf_counter()
    creds = build_demo_vault(paths, clock=clock, policy=INSECURE_TEST_POLICY)
    assert time.perf_counter() - started < 30, "the training vault should build in seconds"
    vault = unlock(paths, creds.lead, creds.passphrase, clock=clock, policy=INSECURE_TEST_POLICY)
    yield vault
    vault.lock()


def _by_name(vault) -> dict[str, str]:
    return {p.preferred_name: p.id for p in vault.people.visible()}


def test_women_have_plans_from_every_template_with_their_people_and_services(lead):
    people = _by_name(lead)
    templates = {s.template_id for pid in people.values() for s in lead.plans.for_person(pid)}
    assert templates >= {
        "domestic-abuse",
        "very-hard-times",
        "drugs-and-alcohol",
        "leaving-custody",
        "tech-and-stalking",
    }
    [rosas] = lead.plans.for_person(people["Rosa"])
    plan = lead.plans.get(rosas.id)
    support = lead.plans.support_list(people["Rosa"])
    named = {support.get(i).name for i in plan.answers["trusted_people"].value}
    assert named == {"Ana", "Mrs Example"}
    assert plan.view == "after-leaving" and plan.disguised_title == "Recipes to try"
    assert [s.name for s in support.services()] == ["Example Women's Outreach (fictional)"]


def test_consents_include_one_withdrawn_and_one_with_an_exclusion(lead, clock):
    people = _by_name(lead)
    ledger = [e.consent for pid in people.values() for e in lead.consent.ledger(pid)]
    assert len(ledger) >= 4
    assert any(c.status is ConsentStatus.WITHDRAWN and c.withdrawal for c in ledger)
    assert any(c.ask_each_time for c in ledger)
    [rosas] = lead.consent.ledger(people["Rosa"])
    assert rosas.consent.exclusions[0].category is DataCategory.ADDRESS
    gp = rosas.consent.recipients[0]
    today = clock.now().date()
    assert (
        permission(
            [rosas.consent],
            recipient=gp,
            purpose=Purpose.REFERRAL,
            category=DataCategory.ADDRESS,
            today=today,
        ).state
        is PermissionState.EXCLUDED
    )


def test_a_referral_draft_waits_for_a_manager_and_a_decision_not_to_share_is_kept(lead):
    people = _by_name(lead)
    [draft] = lead.referrals.drafts(people["Rosa"])
    assert draft.recipient.kind is RecipientKind.GP
    flow = lead.referrals.reopen(people["Rosa"], draft.id)
    assert "sleep" in flow.answers["what-she-would-like"]["words"]
    assert {"what-she-would-like", "contact"} <= flow.included_ids
    [decision] = lead.sharing.disclosures(people["Priya"])
    assert not decision.shared and decision.rationale


def test_the_journey_chart_has_readings_to_show(lead):
    people = _by_name(lead)
    assert len(lead.outcomes.get(people["Rosa"]).check_ins) == 3
    assert len(lead.outcomes.get(people["Morven"]).check_ins) == 2


def test_every_number_is_from_the_drama_range_and_nothing_looks_real(demo_text):
    numbers = PHONE_LIKE.findall(demo_text)
    assert numbers, "the demo should show how numbers are kept"
    assert [n for n in numbers if not DRAMA_RANGE.fullmatch(n)] == []
    assert REAL_LOOKING.findall(demo_text) == []
    data = load_demo()
    organisations = [r["organisation"] for c in data["consents"] for r in c["recipients"]] + [
        s["name"] for s in data["support"] if s["kind"] == "service"
    ]
    assert all("fictional" in o.lower() for o in organisations), organisations


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_plans_consents_and_referrals_speak_as_the_app_teaches():
    """Only notes marked practice are poorly worded; everything else passes the guidance."""
    guide = Guide.load()
    data = load_demo()
    sections = ("support", "plans", "consents", "referrals", "not_shared")
    problems = [
        (text, [f.text for f in guide.check(text) if f.severity is Severity.WARNING])
        for section in sections
        for text in _strings(data[section])
    ]
    assert [p for p in problems if p[1]] == []


def _broken(text: str, old: str, new: str) -> tuple[str, int]:
    assert text.count(old) == 1, old
    line = text[: text.index(old)].count("\n") + 1
    return text.replace(old, new), line


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('template = "tech-and-stalking"', 'template = "tech-and-stalkng"', "template"),
        ('people_to_tell = ["sister"]', 'people_to_tell = ["aunt"]', "people_to_tell"),
        ('woman = "Priya"', 'woman = "Pria"', "woman"),
        ("on = -85", 'on = "yesterday"', "on"),
        ('purposes = ["resettlement"]', 'purposes = ["resetlement"]', "purposes"),
    ],
)
def test_a_mistake_in_the_file_is_named_by_line_and_field(demo_text, clock, old, new, field):
    text, line = _broken(demo_text, old, new)
    with pytest.raises(DemoFileError) as caught:
        read_records("training-vault.toml", text, tomllib.loads(text), clock.now().date())
    assert caught.value.line == line
    assert caught.value.where.endswith(field)
    assert f"line {line}" in str(caught.value) and "Traceback" not in str(caught.value)


def test_a_mistake_leaves_no_half_built_vault(tmp_path, clock, monkeypatch, demo_text):
    text, _ = _broken(demo_text, 'agreed = "unsure"', 'agreed = "maybe"')
    monkeypatch.setattr(demo, "read_resource_text", lambda _name: text)
    paths = VaultPaths.for_dir(tmp_path / "demo")
    with pytest.raises(DemoFileError):
        build_demo_vault(paths, clock=clock, policy=INSECURE_TEST_POLICY)
    assert not paths.database.exists()


def test_a_reading_the_vault_turns_down_is_still_named_by_line(
    tmp_path, clock, monkeypatch, demo_text
):
    text, line = _broken(demo_text, "feeling-safe = 4", "feeling-safe = 9")
    monkeypatch.setattr(demo, "read_resource_text", lambda _name: text)
    with pytest.raises(DemoFileError) as caught:
        build_demo_vault(
            VaultPaths.for_dir(tmp_path / "demo"), clock=clock, policy=INSECURE_TEST_POLICY
        )
    assert (caught.value.line, caught.value.where) == (line, "check_ins.hers")
    assert "1 to 5" in str(caught.value)


def test_her_keyworker_sees_the_plans_and_the_draft_when_signed_in(tmp_path, clock):
    """Trainees sign in as sam.demo: her caseload shows the new records too."""
    paths = VaultPaths.for_dir(tmp_path / "demo")
    creds = build_demo_vault(paths, clock=clock, policy=INSECURE_TEST_POLICY)
    sam = unlock(paths, "sam.demo", creds.passphrase, clock=clock, policy=INSECURE_TEST_POLICY)
    try:
        people = _by_name(sam)
        assert {"Rosa", "Morven", "Joanne"} <= set(people)
        [plan] = sam.plans.for_person(people["Rosa"])
        assert sam.plans.get(plan.id).answers["strengths"].value
        assert len(sam.referrals.drafts(people["Rosa"])) == 1
        assert len(sam.consent.ledger(people["Joanne"])) == 1
    finally:
        sam.lock()
