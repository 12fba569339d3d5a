"""Resource text reaches people in the language in use; ids, structure and stored data don't move.

A stand-in catalogue (every text comes back as "[cy] <text>") is installed for a test and the
previous lookup put back afterwards, so other tests see British English as before.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from womenscentre import i18n, paths
from womenscentre.domain.answers import Answer
from womenscentre.domain.notes import NoteContent, NoteStatus, PromptSetRef, SessionType
from womenscentre.domain.plans import PlanDraft
from womenscentre.services import records
from womenscentre.services.plan_rows import VERSIONS, header_row, latest_version_row
from womenscentre.templates import FieldSpec, PromptSet, SafetyPlanTemplate, TemplateLibrary
from womenscentre.templates.checker import read_toml
from womenscentre.templates.errors import TemplateFileError
from womenscentre.templates.outcome_areas import built_in_ons4, centre_life_areas
from womenscentre.templates.referrals import load_referral_templates
from womenscentre.templates.safety_plans import load_safety_plan
from womenscentre.templates.session_answers import describe, recorded_summary, recorded_text
from womenscentre.templates.translatable import (
    RESOURCE_FOLDERS,
    TRANSLATABLE_KEYS,
    translatable_strings,
)

MARK = "[cy] "


def pretend_welsh(text: str, _disambiguation: str | None, _count: int) -> str:
    return MARK + text


@pytest.fixture
def speak() -> Iterator[Callable[[i18n.Lookup | None], None]]:
    """Install a lookup for the rest of the test; whatever was there before comes back after."""
    before = i18n.install(None)
    i18n.install(before)
    yield i18n.install
    i18n.install(before)


def field_shape(spec: FieldSpec) -> tuple[Any, ...]:
    """Everything about a field except its words."""
    return (
        spec.id,
        spec.type,
        spec.sensitive,
        spec.multiline,
        tuple(o.id for o in spec.options),
        tuple(i.id for i in spec.items),
        tuple(field_shape(c) for c in spec.columns),
        spec.refers_to,
        spec.scale_min,
        spec.scale_max,
        spec.carry_forward,
    )


def prompt_shape(prompt_set: PromptSet) -> tuple[Any, ...]:
    return (
        prompt_set.id,
        prompt_set.version,
        prompt_set.session_type,
        tuple((s.id, s.shared, len(s.questions)) for s in prompt_set.sections),
        tuple(field_shape(f) for f in prompt_set.fields()),
    )


def plan_shape(template: SafetyPlanTemplate) -> tuple[Any, ...]:
    rules = template.generated.rules if template.generated else ()
    return (
        template.id,
        template.version,
        template.plan_kind,
        template.default_review_days,
        tuple((v.id, v.section_ids) for v in template.views),
        tuple(t.id for t in template.review_triggers),
        tuple(s.id for s in template.sections),
        tuple(field_shape(f) for f in template.fields()),
        tuple((r.id, r.when) for r in rules),
    )


def test_prompt_sets_come_back_translated_with_the_same_ids_and_shape(speak):
    library = TemplateLibrary.load()
    english = dict(library.prompt_sets)
    speak(pretend_welsh)
    welsh = library.prompt_sets
    assert set(welsh) == set(english)
    for session_type, prompt_set in welsh.items():
        before = english[session_type]
        assert prompt_shape(prompt_set) == prompt_shape(before)
        assert prompt_set.title == MARK + before.title
        assert prompt_set.purpose == MARK + before.purpose
        for section, old in zip(prompt_set.sections, before.sections, strict=True):
            assert section.title == MARK + old.title
            assert section.questions == tuple(MARK + q for q in old.questions)
            assert section.guidance.why == MARK + old.guidance.why
            assert section.guidance.tell_it_once == MARK + old.guidance.tell_it_once
        for spec, old_spec in zip(prompt_set.fields(), before.fields(), strict=True):
            assert spec.label == MARK + old_spec.label
            assert [o.label for o in spec.options] == [MARK + o.label for o in old_spec.options]
    one_to_one = welsh[SessionType.ONE_TO_ONE]
    assert library.prompt_set(SessionType.ONE_TO_ONE) is one_to_one, "kept, not redone per call"


def test_safety_plans_come_back_translated_with_the_same_ids_and_shape(speak):
    library = TemplateLibrary.load()
    english = dict(library.safety_plans)
    speak(pretend_welsh)
    for template_id, template in library.safety_plans.items():
        before = english[template_id]
        assert plan_shape(template) == plan_shape(before)
        assert template.title == MARK + before.title
        assert template.discreet_title == MARK + before.discreet_title
        assert [s.discreet_title for s in template.sections] == [
            MARK + s.discreet_title for s in before.sections
        ]
        assert [v.title for v in template.views] == [MARK + v.title for v in before.views]
        assert [t.label for t in template.review_triggers] == [
            MARK + t.label for t in before.review_triggers
        ]
        for spec, old in zip(template.fields(), before.fields(), strict=True):
            assert spec.label == MARK + old.label
            assert spec.discreet_label == (MARK + old.discreet_label if old.discreet_label else "")
            assert [i.label for i in spec.items] == [MARK + i.label for i in old.items]
        assert template.as_written == before
        assert template.to_json() == before.to_json(), "a snapshot is kept as written"
    custody = library.safety_plan("leaving-custody")
    assert custody.generated is not None
    assert all(r.task.startswith(MARK) for r in custody.generated.rules)


def test_a_language_chosen_after_loading_is_never_served_stale(speak):
    library = TemplateLibrary.load()  # loaded, and shown, before any language is chosen
    english_title = library.safety_plan("domestic-abuse").title
    speak(pretend_welsh)
    assert library.safety_plan("domestic-abuse").title == MARK + english_title
    speak(None)
    assert library.safety_plan("domestic-abuse").title == english_title


def test_the_checker_still_reads_the_file_as_written(speak, tmp_path):
    speak(pretend_welsh)
    source = paths.resources_dir() / "safety_plans" / "domestic-abuse.toml"
    template = load_safety_plan(source)
    _text, data = read_toml(source)
    assert template.title == data["title"], "the file loader gives the words as written"
    bad = tmp_path / "ours.toml"
    bad.write_text(
        source.read_text(encoding="utf-8").replace("version = ", 'version = "x" #', 1),
        encoding="utf-8",
    )
    with pytest.raises(TemplateFileError) as caught:
        load_safety_plan(bad)
    assert "version" in str(caught.value)


def test_referral_templates_life_areas_and_ons4_are_translated_and_keep_their_ids(speak, tmp_path):
    english_packs = load_referral_templates()
    english_areas = centre_life_areas(tmp_path).areas
    english_ons4 = built_in_ons4()
    speak(pretend_welsh)
    packs = load_referral_templates()
    for kind, pack in packs.items():
        before = english_packs[kind]
        assert (pack.id, pack.version, pack.purposes, pack.default_channel) == (
            before.id,
            before.version,
            before.purposes,
            before.default_channel,
        )
        assert pack.title == MARK + before.title
        assert pack.tell_it_once_title == MARK + before.tell_it_once_title
        for section, old in zip(pack.sections, before.sections, strict=True):
            assert (section.id, section.category, section.default) == (
                old.id,
                old.category,
                old.default,
            )
            assert section.title == MARK + old.title
            assert [(f.id, f.source) for f in section.fields] == [
                (f.id, f.source) for f in old.fields
            ]
        assert pack.to_json() == before.to_json()
    areas = centre_life_areas(tmp_path).areas
    assert [a.id for a in areas] == [a.id for a in english_areas]
    assert areas[0].title == MARK + english_areas[0].title
    assert areas[0].points == tuple(MARK + p for p in english_areas[0].points)
    ons4 = built_in_ons4()
    assert [q.question for q in ons4.questions] == [q.question for q in english_ons4.questions]
    assert ons4.questions[0].text == MARK + english_ons4.questions[0].text
    assert ons4.citation == MARK + english_ons4.citation


def test_the_loaders_translate_exactly_what_the_extractor_collects(speak, tmp_path):
    """Every string shown from a resource file is in the catalogue, and nothing else is asked."""
    asked: set[str] = set()

    def recording(text: str, _disambiguation: str | None, _count: int) -> str:
        asked.add(text)
        return ""

    speak(recording)
    library = TemplateLibrary.load()
    assert library.prompt_sets and library.safety_plans
    load_referral_templates()
    centre_life_areas(tmp_path)
    built_in_ons4()
    collected: set[str] = set()
    for folder in RESOURCE_FOLDERS:
        for path in sorted((paths.resources_dir() / folder).glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            collected |= set(translatable_strings(data))
    assert asked == collected
    assert not {"id", "kind", "type", "sections", "use"} & TRANSLATABLE_KEYS


def test_a_note_written_in_one_language_reopens_in_another_with_its_answers(speak, manager, make):
    person = manager.people.add(make.person(), referral_source="self")
    [case] = manager.cases.for_person(person.id)
    speak(pretend_welsh)
    prompt_set = manager.plans.library.prompt_set(SessionType.ONE_TO_ONE)
    assert prompt_set.title.startswith(MARK)
    answers = {
        "goal_focus": Answer.of("A flat of her own"),
        "where_now": Answer.of(6),
        "pause_signal": Answer.declined(),
    }
    content = replace(
        make.note("We talked about the flat."),
        prompt_set=PromptSetRef(prompt_set.id, prompt_set.version),
        answers=answers,
    )
    draft = manager.notes.start(case.id, content)
    final = manager.notes.finalise(draft.id, expected_version=draft.version)
    welsh_text = recorded_text(manager.plans.library.prompt_sets.values(), final.content)
    speak(None)
    reread = manager.notes.get(final.id)
    assert reread.status is NoteStatus.FINAL
    assert reread.content.prompt_set == PromptSetRef("one-to-one", 1)
    assert reread.content.answers == answers
    english_text = recorded_text(manager.plans.library.prompt_sets.values(), reread.content)
    assert "A flat of her own" in english_text and "A flat of her own" in welsh_text
    assert MARK not in english_text and MARK in welsh_text
    label = manager.plans.library.prompt_set(SessionType.ONE_TO_ONE).field("goal_focus").label
    assert f"{label}: A flat of her own" in english_text
    assert f"{MARK}{label}: A flat of her own" in welsh_text


def test_a_plan_saved_in_one_language_reopens_in_another_with_its_answers(speak, manager, her):
    speak(pretend_welsh)
    answers = {
        "company_people": Answer.of([her.sister.id]),
        "self_help": Answer.of(["A walk by the canal"]),
        "worker_hours": Answer.declined(),
    }
    plan = manager.plans.create(her.person_id, "very-hard-times", PlanDraft(answers))
    assert plan.template.title.startswith(MARK)
    with manager.read() as session:
        row = latest_version_row(session, header_row(session, plan.id))
        stored = records.open_row(manager, row, VERSIONS)
    english = TemplateLibrary.load().written_safety_plans["very-hard-times"]
    assert stored["template"] == english.to_json(), "the snapshot is stored as written"
    assert MARK not in str(stored)
    speak(None)
    reopened = manager.plans.get(plan.id)
    assert reopened.answers == answers
    assert reopened.template == english
    speak(pretend_welsh)
    again = manager.plans.get(plan.id)
    assert again.answers == answers
    assert again.template.title == MARK + english.title
    assert [f.id for f in again.template.fields()] == [f.id for f in english.fields()]


def test_generated_tasks_fill_in_the_translated_words(speak):
    template = TemplateLibrary.load().safety_plan("leaving-custody")
    speak(pretend_welsh)
    shown = SafetyPlanTemplate.from_json(template.to_json())
    answers = {"first_appointment_date": Answer.of("2026-03-06")}
    rows = shown.generate_checklist(answers, lambda _spec, value: str(value))
    assert rows and all(row["task"].startswith(MARK) for row in rows)
    assert any(
        "2026-03-06" in row["task"] and f"{MARK}(to be arranged)" in row["task"] for row in rows
    ), "the answer fills its place; a place with no answer yet says so in the language in use"


def test_resource_folders_exist_and_hold_only_text_under_translatable_keys():
    for folder in RESOURCE_FOLDERS:
        files = list((paths.resources_dir() / folder).glob("*.toml"))
        assert files, folder
        for path in files:
            assert all(
                isinstance(s, str) and s.strip()
                for s in translatable_strings(tomllib.loads(path.read_text(encoding="utf-8")))
            ), path


def test_answers_and_problems_read_in_the_language_in_use(speak, tmp_path):
    library = TemplateLibrary.load()
    spec = next(
        f
        for t in library.safety_plans.values()
        for f in t.fields()
        if f.type.value == "yes_no_unsure"
    )
    speak(pretend_welsh)
    assert describe(spec, Answer.of("unsure")) == MARK + "Not sure yet"
    assert (
        recorded_summary(
            replace(
                NoteContent.from_json(
                    {
                        "session_date": "2026-01-05",
                        "duration_minutes": 30,
                        "session_type": "one_to_one",
                        "contact_mode": "in_person",
                        "body": "",
                    }
                ),
                answers={"a": Answer.of("x")},
                prompt_set=PromptSetRef("one-to-one", 1),
            )
        )
        == MARK + "1 answered"
    )
    bad = tmp_path / "ours.toml"
    bad.write_text('format = 1\nkind = "safety_plan"\nid = "Not An Id"\n', encoding="utf-8")
    with pytest.raises(TemplateFileError) as caught:
        load_safety_plan(bad)
    assert str(caught.value).startswith(MARK + "ours.toml has ")
    assert all(p.problem.startswith(MARK) for p in caught.value.problems)


def test_a_checklist_made_in_english_and_made_again_in_another_language_gains_no_copies(
    speak, manager, her
):
    """Rows are matched on the template's own words too, not only the words on screen."""
    answers = {"who_meets_me": Answer.of("Tess"), "gp_registered": Answer.of("no")}
    plan = manager.plans.create(her.person_id, "leaving-custody", PlanDraft(answers))
    checklist = manager.plans.make_checklist(plan, plan.answers)
    assert "Register with a GP" in [row["task"] for row in checklist.value]
    speak(pretend_welsh)
    reopened = manager.plans.get(plan.id)
    again = manager.plans.make_checklist(
        reopened, {**reopened.answers, "first_72_hours": checklist}
    )
    assert again.value == checklist.value
