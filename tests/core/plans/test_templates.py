"""Every built-in prompt set, safety-plan template and directory file loads and is kind.

These run over the shipped files (``resources/``), the same ones a centre gets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from womenscentre.domain.answers import Answer
from womenscentre.domain.notes import SessionType
from womenscentre.templates import (
    FieldType,
    PlanKind,
    SafetyPlanTemplate,
    TemplateLibrary,
    already_known,
)
from womenscentre.templates.lines import key_lines, line_of
from womenscentre.templates.prompts import CLOSING, OPENING

from .conftest import answered

PLACEHOLDER_NUMBER = re.compile(r"0000 000 000\d|00000")
WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
#: Words that would give a discreet copy away if they appeared in its fixed wording.
GIVEAWAY_WORDS = re.compile(
    r"\b(abuse|abusive|abuser|violence|violent|safety|suicid\w*|self-harm|harm\w*|hurt|"
    r"refuge|police|stalk\w*|overdose\w*|naloxone|drugs?|alcohol|probation|prison|custody|"
    r"court|marac|domestic|escape|emergency|leaving|danger\w*|risk\w*|evidence)\b",
    re.IGNORECASE,
)


def test_every_session_type_has_one_prompt_set(library):
    """Six sets, one per session type the issue lists."""
    wanted = set(SessionType) - {SessionType.GROUP, SessionType.OTHER}
    assert set(library.prompt_sets) == wanted
    assert len({p.id for p in library.prompt_sets.values()}) == 6


def test_every_prompt_set_opens_with_consent_and_ends_with_the_recording_check(library):
    for prompt_set in library.prompt_sets.values():
        assert prompt_set.sections[0].id == OPENING, prompt_set.id
        assert prompt_set.sections[-1].id == CLOSING, prompt_set.id
        assert prompt_set.sections[0].shared and prompt_set.sections[-1].shared
        assert len(prompt_set.sections) >= 4, "a set needs sections of its own"


def test_every_section_has_questions_guidance_and_fields(library):
    for prompt_set in library.prompt_sets.values():
        for section in prompt_set.sections:
            assert section.questions, (prompt_set.id, section.id)
            guidance = section.guidance
            assert guidance.why and guidance.avoid and guidance.tell_it_once, section.id
            assert section.fields, (prompt_set.id, section.id)


def test_no_example_question_asks_why(library):
    """Why-questions can sound blaming (practice reference §3.2)."""
    questions = [q for p in library.prompt_sets.values() for s in p.sections for q in s.questions]
    assert len(questions) > 60
    assert [q for q in questions if WHY.search(q)] == []


def test_questions_are_questions_and_guidance_is_short(library):
    for prompt_set in library.prompt_sets.values():
        for section in prompt_set.sections:
            for question in section.questions:
                assert question.endswith("?"), question
            for note in (section.guidance.why, section.guidance.avoid):
                assert len(note) <= 300, note


def test_there_are_five_safety_plan_templates_with_the_required_shape(library):
    kinds = {t.plan_kind for t in library.safety_plans.values()}
    assert kinds == set(PlanKind) - {PlanKind.OTHER}
    da = library.safety_plan("domestic-abuse")
    assert [v.id for v in da.views] == ["living-together", "preparing-to-leave", "after-leaving"]
    custody = library.safety_plan("leaving-custody")
    assert custody.generated is not None and custody.generated.field == "first_72_hours"
    for template in library.safety_plans.values():
        assert template.review_triggers, template.id
        assert template.discreet_title and template.version >= 1


def test_every_field_type_is_used_by_some_template(library):
    used = {f.type for t in library.safety_plans.values() for f in t.fields()}
    used |= {c.type for t in library.safety_plans.values() for f in t.fields() for c in f.columns}
    assert used == set(FieldType)


def test_the_hard_times_plan_has_no_score_field(library):
    """Our own structure, and no risk score (NICE advises against predicting with one)."""
    plan = library.safety_plan("very-hard-times")
    labels = " ".join(f.label.lower() for f in plan.fields())
    assert "risk" not in labels and "score" not in labels
    scales = [f.id for f in plan.fields() if f.type is FieldType.SCALE]
    assert scales == ["likely_to_use"], "the only number is how likely she is to use the plan"


def test_the_named_sensitive_fields_are_marked(library):
    da = library.safety_plan("domestic-abuse")
    for field_id in ("safe_address", "bag_where", "other_person_name", "code_word"):
        assert da.field(field_id).sensitive, field_id


@pytest.mark.parametrize("status", [Answer.declined(), Answer.not_asked(), Answer()])
def test_every_field_accepts_declined_and_not_asked(library, status):
    """'She chose not to answer' and 'not asked' are answers every field takes."""
    fields = [f for t in library.safety_plans.values() for f in t.fields()]
    fields += [f for p in library.prompt_sets.values() for f in p.fields()]
    for spec in fields:
        spec.check_answer(status)


def test_every_field_accepts_a_sample_answer(library):
    refs = {"person": "p-1", "service": "s-1"}
    for template in library.safety_plans.values():
        for spec in template.fields():
            spec.check_answer(answered(spec, refs=refs))


def test_template_snapshot_round_trips_through_json(library):
    for template in library.safety_plans.values():
        again = SafetyPlanTemplate.from_json(json.loads(json.dumps(template.to_json())))
        assert again == template


def test_discreet_wording_gives_nothing_away(library):
    """Headings, labels and options that reach a discreet copy use neutral words."""
    problems = []
    for template in library.safety_plans.values():
        texts = [template.discreet_title]
        for section in template.sections:
            texts += [section.discreet_title, section.discreet_intro]
            for spec in section.fields:
                if spec.sensitive:
                    continue
                texts.append(spec.discreet_label or spec.label)
                for column in spec.columns:
                    if not column.sensitive:
                        texts.append(column.discreet_label or column.label)
                        texts += [o.discreet_label or o.label for o in column.options]
                texts += [o.discreet_label or o.label for o in (*spec.options, *spec.items)]
        problems += [(template.id, t) for t in texts if t and GIVEAWAY_WORDS.search(t)]
    assert problems == []


def test_carry_forward_shows_what_is_already_known(library):
    """Tell it once: the newest recorded answer, including 'declined', is offered."""
    first = library.prompt_set(SessionType.FIRST_MEETING)
    earlier = [
        {"her_priorities": Answer(), "pause_signal": Answer.declined()},
        {"her_priorities": Answer.of(["A flat of my own"]), "what_brought_her": Answer.of("x")},
    ]
    known = already_known(first, earlier)
    assert known["her_priorities"].value == ["A flat of my own"]
    assert known["pause_signal"] == Answer.declined()
    assert "what_brought_her" not in known, "only fields marked carry_forward"


def test_the_directory_holds_only_clearly_marked_examples(library):
    entries = library.directory.entries
    assert len(entries) >= 5 and all(e.example for e in entries)
    for entry in entries:
        assert "replace" in entry.name.lower()
        for number in (entry.phone, entry.text_number):
            assert not number or PLACEHOLDER_NUMBER.fullmatch(number), (entry.id, number)
        for address in (entry.email, entry.website):
            assert not address or ".invalid" in address
        assert entry.last_verified.year >= 2026
    assert library.directory.has_examples


def test_no_code_hard_codes_a_phone_number():
    """Numbers come only from the directory: none in the plan, risk, template or copy code."""
    import womenscentre

    core = Path(womenscentre.__file__).parent
    files = [
        *(core / "templates").glob("*.py"),
        *(core / "exports").glob("*.py"),
        core / "services" / "plans.py",
        core / "services" / "plan_checks.py",
        core / "services" / "plan_rows.py",
        core / "services" / "support.py",
        core / "services" / "directory.py",
        core / "services" / "risk.py",
        core / "domain" / "plans.py",
        core / "domain" / "risk.py",
    ]
    number = re.compile(r"\b0[1-9]\d{2,3} ?\d{3} ?\d{3,4}\b|\b(?:999|116 ?123|85258)\b")
    assert [str(f) for f in files if number.search(f.read_text("utf-8"))] == []


def test_line_finder_follows_nested_arrays_of_tables():
    text = (
        'id = "x"\n'
        "[[section]]\n"
        'id = "a"\n'
        "questions = [\n"
        '  "One?",\n'
        '  "Two?",\n'
        "]\n"
        "[[section.field]]\n"
        'id = "f"\n'
        "[[section]]\n"
        'id = "b"\n'
        "[[section.field]]\n"
        'id = "g"\n'
        'options = [{ id = "o", label = "O" },\n'
        '  { id = "p", label = "P" }]\n'
    )
    lines = key_lines(text)
    assert lines[("section", 0, "questions", 1)] == 6
    assert lines[("section", 1, "field", 0, "id")] == 13
    assert lines[("section", 1, "field", 0, "options", 1, "label")] == 15
    assert line_of(lines, ("section", 1, "field", 0, "nothing-here")) == 12


def test_library_reloads_to_the_same_content():
    assert TemplateLibrary.load() == TemplateLibrary.load()


def test_line_finder_places_every_id_in_the_shipped_files():
    """On the real files, each block's recorded line for its id holds that very id."""
    import tomllib

    from womenscentre.paths import resources_dir as root

    checked = 0
    for path in sorted(root().glob("*/*.toml")):
        if path.parent.name not in {"prompts", "safety_plans", "directory"}:
            continue
        text = path.read_text("utf-8")
        lines, rows = key_lines(text), text.splitlines()
        stack: list[tuple[object, tuple]] = [(tomllib.loads(text), ())]
        while stack:
            node, here = stack.pop()
            if isinstance(node, dict):
                if isinstance(node.get("id"), str):
                    line = rows[lines[(*here, "id")] - 1]
                    assert f'"{node["id"]}"' in line, (path.name, here, line)
                    checked += 1
                stack += [(value, (*here, key)) for key, value in node.items()]
            elif isinstance(node, list):
                stack += [(value, (*here, index)) for index, value in enumerate(node)]
    assert checked > 500
