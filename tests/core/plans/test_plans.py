"""Safety plans through the vault: sealed round trips, versions, shared people, reviews.

Everything here is fictional.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.plans import EntryKind, PlanDraft, PlanStatus, SupportEntry
from womenscentre.errors import InvalidInput
from womenscentre.services import audit
from womenscentre.services.access import NeedsBreakGlass
from womenscentre.services.records import EditConflict
from womenscentre.store.models import AuditEntry
from womenscentre.templates import FieldType

from .conftest import KEYWORKER, KEYWORKER_PASSPHRASE, answered


def audit_trail(vault) -> list[tuple[str, str | None, dict]]:
    with vault.read() as session:
        return [
            (e.action, e.record_id, audit.open_details(vault.keyring, e))
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]


def all_fields_answered(template, her, text="sample"):
    return {f.id: answered(f, f"{text} {f.id}", her.refs) for f in template.fields()}


@pytest.mark.parametrize(
    "template_id",
    [
        "domestic-abuse",
        "very-hard-times",
        "drugs-and-alcohol",
        "leaving-custody",
        "tech-and-stalking",
    ],
)
def test_every_field_round_trips_through_seal_and_open(manager, her, library, template_id):
    """Each field type, answered, survives sealing, a lock and unlocking again."""
    template = library.safety_plan(template_id)
    answers = all_fields_answered(template, her)
    plan = manager.plans.create(her.person_id, template_id, PlanDraft(answers))
    again = manager.plans.get(plan.id)
    assert again.answers == answers
    assert again.template == template
    assert {f.type for f in template.fields()} <= set(FieldType)


def test_every_field_type_round_trips_with_declined_and_not_asked(manager, her, library, reopen):
    template = library.safety_plan("domestic-abuse")
    by_type = {}
    for spec in template.fields():
        by_type.setdefault(spec.type, spec)
    assert len(by_type) >= 7
    answers = {}
    for index, spec in enumerate(by_type.values()):
        answers[spec.id] = [Answer.declined(), Answer.not_asked()][index % 2]
    plan = manager.plans.create(her.person_id, "domestic-abuse", PlanDraft(answers))
    manager.lock()
    vault = reopen("morgan", "plum kettle harbour")
    opened = vault.plans.get(plan.id)
    assert opened.answers == answers
    statuses = {a.status for a in opened.answers.values()}
    assert statuses == {AnswerStatus.DECLINED, AnswerStatus.NOT_ASKED}


def test_a_value_of_the_wrong_type_is_refused_kindly(manager, her):
    with pytest.raises(InvalidInput) as error:
        manager.plans.create(
            her.person_id, "domestic-abuse", PlanDraft({"voicemail_ok": Answer.of("perhaps")})
        )
    assert "voicemail" in error.value.message and "yes, no or unsure" in error.value.message
    with pytest.raises(InvalidInput):
        manager.plans.create(
            her.person_id, "domestic-abuse", PlanDraft({"no_such": Answer.of("x")})
        )


def test_every_save_is_a_new_version_and_history_opens_each(manager, her, clock):
    plan = manager.plans.create(
        her.person_id,
        "very-hard-times",
        PlanDraft({"self_help": Answer.of(["A walk by the canal"])}, change_note="First plan"),
    )
    clock.advance(3600)
    draft = plan.draft()
    second = manager.plans.save(
        plan.id,
        PlanDraft(
            {**draft.answers, "self_help": Answer.of(["A walk", "Music"])},
            draft.review_date,
            ("after-crisis",),
            change_note="Added music",
        ),
        expected_version=plan.record_version,
    )
    assert (second.number, second.latest_number) == (2, 2)
    history = manager.plans.history(plan.id)
    assert [(h.number, h.change_note) for h in history] == [(1, "First plan"), (2, "Added music")]
    assert history[0].saved_at < history[1].saved_at
    first = manager.plans.get(plan.id, number=1)
    assert first.answers["self_help"].value == ["A walk by the canal"] and not first.is_latest
    assert manager.plans.get(plan.id).answers["self_help"].value == ["A walk", "Music"]
    with pytest.raises(EditConflict):
        manager.plans.save(plan.id, draft, expected_version=plan.record_version)


def test_a_plan_keeps_the_template_version_it_was_made_with(manager, her, library, tmp_path):
    plan = manager.plans.create(her.person_id, "very-hard-times", PlanDraft())
    text = (
        __import__("womenscentre.paths", fromlist=["x"])
        .read_resource_text("safety_plans/very-hard-times.toml")
        .replace("version = 1", "version = 2")
        .replace('title = "Staying safe when things are very hard"', 'title = "Our newer plan"')
    )
    source = tmp_path / "very-hard-times.toml"
    source.write_text(text, encoding="utf-8")
    manager.plans.import_template(source)
    kept = manager.plans.save(plan.id, plan.draft(), expected_version=plan.record_version)
    assert (kept.template.version, kept.template.title) == (
        1,
        library.safety_plan("very-hard-times").title,
    )
    moved = manager.plans.save(
        plan.id, kept.draft(), expected_version=kept.record_version, use_latest_template=True
    )
    assert (moved.template.version, moved.template.title) == (2, "Our newer plan")
    assert [h.template_version for h in manager.plans.history(plan.id)] == [1, 1, 2]


def test_her_people_are_entered_once_and_appear_in_every_plan(manager, her):
    """One list per woman; each plan points into it, so a change shows everywhere."""
    da = manager.plans.create(
        her.person_id,
        "domestic-abuse",
        PlanDraft({"trusted_people": Answer.of([her.sister.id])}),
    )
    hard = manager.plans.create(
        her.person_id,
        "very-hard-times",
        PlanDraft(
            {
                "people_to_tell": Answer.of([her.sister.id]),
                "services": Answer.of([her.helpline.id]),
            }
        ),
    )
    drugs = manager.plans.create(
        her.person_id,
        "drugs-and-alcohol",
        PlanDraft({"check_in_people": Answer.of([her.sister.id])}),
    )
    for plan in (da, hard, drugs):
        copy = manager.plans.her_copy(plan.id, discreet=False, large_print=False)
        assert "Tess (my sister) - 0000 111 2222" in copy.plain_text()
    support = manager.plans.support_list(her.person_id)
    moved = SupportEntry(
        her.sister.id, EntryKind.PERSON, "Tess", "my sister", how_to_reach="0000 999 8888"
    )
    manager.plans.save_support_list(support.with_entry(moved), expected_version=support.version)
    for plan in (da, hard, drugs):
        text = manager.plans.her_copy(plan.id, discreet=False, large_print=False).plain_text()
        assert "0000 999 8888" in text and "0000 111 2222" not in text
    assert [e.name for e in manager.plans.support_list(her.person_id).people()] == ["Tess"]


def test_references_must_be_on_her_list_and_of_the_right_kind(manager, her, make):
    with pytest.raises(InvalidInput) as error:
        manager.plans.create(
            her.person_id,
            "domestic-abuse",
            PlanDraft({"trusted_people": Answer.of([her.helpline.id])}),
        )
    assert "Example listening line" in error.value.message
    other = manager.people.add(make.person("Nia"), referral_source="self")
    stranger = manager.plans.add_to_support_list(other.id, EntryKind.PERSON, "Jo")
    with pytest.raises(InvalidInput):
        manager.plans.create(
            her.person_id, "domestic-abuse", PlanDraft({"trusted_people": Answer.of([stranger.id])})
        )
    rows = [{"name": "Sam", "safe_adult": [her.sister.id]}]
    plan = manager.plans.create(
        her.person_id, "domestic-abuse", PlanDraft({"children": Answer.of(rows)})
    )
    assert plan.answers["children"].value == rows


def test_reviews_due_lists_her_caseload_by_date(manager, her, make, clock, reopen, keyworker):
    today = clock.now().date()
    soon = manager.plans.create(
        her.person_id, "domestic-abuse", PlanDraft(review_date=today + timedelta(days=3))
    )
    late = manager.plans.create(
        her.person_id, "very-hard-times", PlanDraft(review_date=today - timedelta(days=2))
    )
    later = manager.plans.create(her.person_id, "tech-and-stalking", PlanDraft())
    assert later.review_date == today + timedelta(days=28)
    due = manager.plans.reviews_due(before=today + timedelta(days=7))
    assert [(d.plan_id, d.overdue) for d in due] == [(late.id, True), (soon.id, False)]
    manager.plans.archive(late.id, "She has moved on from this plan")
    assert [d.plan_id for d in manager.plans.reviews_due(before=today + timedelta(days=7))] == [
        soon.id
    ]
    assert manager.plans.get(late.id).status is PlanStatus.ARCHIVED
    manager.lock()
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    assert ash.plans.reviews_due(before=today + timedelta(days=60)) == []


def test_plans_need_caseload_access_like_every_record(manager, her, keyworker, reopen):
    plan = manager.plans.create(her.person_id, "domestic-abuse", PlanDraft())
    manager.lock()
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    for attempt in (
        lambda: ash.plans.get(plan.id),
        lambda: ash.plans.history(plan.id),
        lambda: ash.plans.support_list(her.person_id),
        lambda: ash.plans.her_copy(plan.id, discreet=True, large_print=False),
        lambda: ash.plans.create(her.person_id, "domestic-abuse"),
        lambda: ash.plans.for_person(her.person_id),
    ):
        with pytest.raises(NeedsBreakGlass):
            attempt()
    ash.access.break_glass(her.person_id, "Covering the duty line for Morgan today")
    assert ash.plans.get(plan.id).id == plan.id


def test_creating_editing_and_viewing_are_audited(manager, her):
    plan = manager.plans.create(her.person_id, "domestic-abuse", PlanDraft())
    manager.plans.save(plan.id, plan.draft(), expected_version=plan.record_version)
    manager.plans.get(plan.id)
    manager.plans.history(plan.id)
    manager.plans.her_copy(plan.id, discreet=True, large_print=True)
    trail = [(a, r, d.get("kind")) for a, r, d in audit_trail(manager)]
    for expected in (
        (AuditAction.CREATE, plan.id, "safety_plan"),
        (AuditAction.EDIT, plan.id, "safety_plan"),
        (AuditAction.VIEW, plan.id, "safety_plan"),
        (AuditAction.VIEW, plan.id, "safety_plan_history"),
        (AuditAction.VIEW, plan.id, "her_copy"),
        (AuditAction.VIEW, her.person_id, "support_list"),
    ):
        assert expected in trail, expected
    assert any(a == AuditAction.CREATE and k == "support_list" for a, _r, k in trail)


def test_the_first_72_hours_checklist_is_made_from_her_answers(manager, her, library):
    answers = {
        "who_meets_me": Answer.of("Tess"),
        "first_night_confirmed": Answer.of("yes"),
        "bridging_prescription": Answer.of("yes"),
        "pharmacy": Answer.of([her.helpline.id]),
        "first_pick_up": Answer.of("2026-03-06"),
        "gp_registered": Answer.of("no"),
        "naloxone_given": Answer.of("yes"),
        "first_72_hours": Answer.of([{"task": "Ring Mum", "who": "Me", "done": "yes"}]),
    }
    plan = manager.plans.create(her.person_id, "leaving-custody", PlanDraft(answers))
    checklist = manager.plans.make_checklist(plan, plan.answers)
    tasks = [row["task"] for row in checklist.value]
    assert tasks[0] == "Ring Mum" and checklist.value[0]["done"] == "yes"
    assert "Meet Tess at the gate" in tasks
    assert "Pick up my medication from Example listening line on Friday 6 March 2026" in tasks
    assert "Register with a GP" in tasks
    assert "Find out when my first probation appointment is" in tasks
    assert "Get a naloxone kit" not in tasks
    assert "Confirm where I'm sleeping tonight" not in tasks
    again = manager.plans.make_checklist(plan, {**plan.answers, "first_72_hours": checklist})
    assert again.value == checklist.value, "making it twice adds nothing new"
    saved = manager.plans.save(
        plan.id,
        PlanDraft({**plan.answers, "first_72_hours": checklist}),
        expected_version=plan.record_version,
    )
    assert saved.answers["first_72_hours"] == checklist
    with pytest.raises(InvalidInput):
        manager.plans.make_checklist(manager.plans.create(her.person_id, "domestic-abuse"), {})


def test_views_and_triggers_must_belong_to_the_template(manager, her):
    plan = manager.plans.create(
        her.person_id,
        "domestic-abuse",
        PlanDraft(view="after-leaving", review_triggers=("court-date", "moving")),
    )
    assert plan.view == "after-leaving"
    with pytest.raises(InvalidInput):
        manager.plans.create(her.person_id, "domestic-abuse", PlanDraft(view="somewhere"))
    with pytest.raises(InvalidInput):
        manager.plans.create(
            her.person_id, "domestic-abuse", PlanDraft(review_triggers=("full-moon",))
        )
