"""Her copy: plain words, private details only when she chooses, and a discreet mode.

Canaries are planted in every sensitive field (and sensitive column, and the sensitive parts
of her list); the copy is checked for them. This checks the text model the printed copy and
PDF are typeset from; the PDF itself is built elsewhere.
"""

from __future__ import annotations

import re
import uuid

import pytest

from womenscentre.domain.answers import Answer
from womenscentre.domain.plans import SUPPORT_SENSITIVE, EntryKind, PlanDraft
from womenscentre.errors import InvalidInput
from womenscentre.exports.her_copy import LARGE_PRINT_POINT_SIZE, STANDARD_POINT_SIZE
from womenscentre.templates import FieldType

from .conftest import sample_value
from .test_templates import GIVEAWAY_WORDS

TEMPLATES = [
    "domestic-abuse",
    "very-hard-times",
    "drugs-and-alcohol",
    "leaving-custody",
    "tech-and-stalking",
]
CENTRE = "Riverside Women's Centre (fictional)"


def canary() -> str:
    return f"CANARY-{uuid.uuid4().hex[:12]}"


def planted(template, her):
    """Answer every field; each sensitive field or column carries its own canary.

    Returns (answers, {sensitive key: canary}, [plain canaries in non-sensitive text]).
    """
    answers, secret, plain = {}, {}, []
    for spec in template.fields():
        if spec.type is FieldType.TABLE:
            row = {}
            for column in spec.columns:
                mark = canary()
                if column.type is FieldType.TEXT:
                    row[column.id] = mark
                    if spec.sensitive:
                        secret.setdefault(spec.id, mark)
                    elif column.sensitive:
                        secret[f"{spec.id}.{column.id}"] = mark
                    else:
                        plain.append(mark)
                else:
                    row[column.id] = sample_value(column, refs=her.refs)
            answers[spec.id] = Answer.of([row])
        elif spec.type in (FieldType.TEXT, FieldType.LIST):
            mark = canary()
            answers[spec.id] = Answer.of(mark if spec.type is FieldType.TEXT else [mark])
            (secret.__setitem__(spec.id, mark) if spec.sensitive else plain.append(mark))
        else:
            answers[spec.id] = Answer.of(sample_value(spec, refs=her.refs))
    return answers, secret, plain


@pytest.fixture
def secret_people(manager, her):
    """Her sister's code word and what she knows are sensitive parts of her list."""
    support = manager.plans.support_list(her.person_id)
    words = {"support.code_word": canary(), "support.what_they_know": canary()}
    sister = support.get(her.sister.id)
    from dataclasses import replace

    changed = replace(
        sister, code_word=words["support.code_word"], what_they_know=words["support.what_they_know"]
    )
    manager.plans.save_support_list(support.with_entry(changed), expected_version=support.version)
    return words


@pytest.mark.parametrize("template_id", TEMPLATES)
@pytest.mark.parametrize("discreet", [True, False])
def test_no_sensitive_field_is_on_her_copy_unless_she_chooses(
    manager, her, library, secret_people, template_id, discreet
):
    template = library.safety_plan(template_id)
    answers, secret, plain = planted(template, her)
    assert secret, f"{template_id} should have sensitive fields to test"
    plan = manager.plans.create(
        her.person_id, template_id, PlanDraft(answers, disguised_title="Shopping")
    )
    text = manager.plans.her_copy(plan.id, discreet=discreet, large_print=False).plain_text()
    for key, mark in {**secret, **secret_people}.items():
        assert mark not in text, f"{key} reached her copy without her choosing it"
    if not discreet:
        assert all(mark in text for mark in plain), "non-sensitive answers are on her copy"
    everything = manager.plans.her_copy(
        plan.id,
        discreet=discreet,
        large_print=False,
        include_sensitive=set(secret) | set(SUPPORT_SENSITIVE),
    ).plain_text()
    chosen = dict(secret)
    if "Tess" in everything:  # the plan points to her sister, whose private details follow
        chosen.update(secret_people)
    for key, mark in chosen.items():
        assert mark in everything, f"{key} chosen by her but missing"


def test_she_can_choose_one_private_detail_and_not_the_others(manager, her, library):
    template = library.safety_plan("domestic-abuse")
    answers, secret, _plain = planted(template, her)
    plan = manager.plans.create(her.person_id, "domestic-abuse", PlanDraft(answers))
    copy = manager.plans.her_copy(
        plan.id, discreet=False, large_print=False, include_sensitive={"safe_address"}
    )
    text = copy.plain_text()
    assert secret["safe_address"] in text
    assert [k for k, mark in secret.items() if mark in text] == ["safe_address"]
    assert any("Private details" in note for note in copy.notes_for_worker)
    assert all(note not in text for note in copy.notes_for_worker)


def test_discreet_copy_has_her_title_and_no_centre_or_giveaway_words(manager, her, library):
    template = library.safety_plan("domestic-abuse")
    answers = {
        spec.id: Answer.of(sample_value(spec, "x", her.refs))
        for spec in template.fields()
        if not spec.sensitive
    }
    plan = manager.plans.create(
        her.person_id,
        "domestic-abuse",
        PlanDraft(answers, disguised_title="Shopping list", review_triggers=("court-date",)),
    )
    copy = manager.plans.her_copy(plan.id, discreet=True, large_print=False, centre_name=CENTRE)
    text = copy.plain_text()
    assert copy.title == "Shopping list" and copy.branding == "" and copy.subtitle == ""
    assert CENTRE not in text and "safety plan" not in text.lower()
    assert "court" not in text.lower(), "review triggers are not on a discreet copy"
    names = set(GIVEAWAY_WORDS.findall(text))
    assert names == set(), names
    assert "Jan - 0000 000 0001" in text or "Jan" in text
    assert "Example listening line" not in text, "a service shows only by its discreet name"
    plain = manager.plans.her_copy(plan.id, discreet=False, large_print=False, centre_name=CENTRE)
    assert plain.title == "My safety plan" and plain.branding == CENTRE
    assert "Something new has happened" not in plain.plain_text()
    assert "A court date is coming up" in plain.plain_text()


def test_a_service_without_a_discreet_name_is_left_off_a_discreet_copy(manager, her):
    service = manager.plans.add_to_support_list(
        her.person_id, EntryKind.SERVICE, "Example domestic abuse line", how_to_reach="0000"
    )
    plan = manager.plans.create(
        her.person_id, "domestic-abuse", PlanDraft({"services_helping": Answer.of([service.id])})
    )
    copy = manager.plans.her_copy(plan.id, discreet=True, large_print=False)
    assert "Example domestic abuse line" not in copy.plain_text()
    assert any("no discreet name" in n for n in copy.notes_for_worker)


def test_her_copy_reads_plainly_and_never_as_staff_notes(manager, her):
    plan = manager.plans.create(
        her.person_id,
        "domestic-abuse",
        PlanDraft(
            {
                "voicemail_ok": Answer.of("unsure"),
                "if_someone_else_answers": Answer.declined(),
                "language_needs": Answer.not_asked(),
                "bag": Answer.of(
                    {"photo-id": "have_it", "passports": "copy_elsewhere", "keys": "not_needed"}
                ),
                "trusted_people": Answer.of([her.sister.id]),
            }
        ),
    )
    copy = manager.plans.her_copy(plan.id, discreet=False, large_print=False)
    text = copy.plain_text()
    assert "Not sure yet" in text
    assert "Photo ID: I have this" in text
    assert "Passports, mine and the children's: A copy is kept somewhere else" in text
    assert "Keys" not in text and "Some cash: Still to sort" in text
    for staff_words in ("She chose not to answer", "Not asked", "declined", "not_asked", "unsure"):
        assert staff_words not in text
    assert "We'll look at this together again by" in text


def test_large_print_is_flagged_for_typesetting(manager, her):
    plan = manager.plans.create(her.person_id, "very-hard-times", PlanDraft())
    big = manager.plans.her_copy(plan.id, discreet=False, large_print=True)
    small = manager.plans.her_copy(plan.id, discreet=False, large_print=False)
    assert (big.point_size, small.point_size) == (LARGE_PRINT_POINT_SIZE, STANDARD_POINT_SIZE)
    assert big.large_print and big.sections == small.sections


def test_her_copy_never_says_low_risk(manager, her, library):
    """No label such as 'low risk' on anything she sees; a typed one is flagged to the worker."""
    for template_id in TEMPLATES:
        template = library.safety_plan(template_id)
        answers, secret, _ = planted(template, her)
        plan = manager.plans.create(her.person_id, template_id, PlanDraft(answers))
        for discreet in (True, False):
            copy = manager.plans.her_copy(
                plan.id, discreet=discreet, large_print=False, include_sensitive=set(secret)
            )
            assert not re.search(r"\b(low|standard|medium) risk\b", copy.plain_text(), re.I)
    typed = manager.plans.create(
        her.person_id, "domestic-abuse", PlanDraft({"strengths": Answer.of("They said low risk")})
    )
    copy = manager.plans.her_copy(typed.id, discreet=False, large_print=False)
    assert any("low risk" in note for note in copy.notes_for_worker)


def test_an_unknown_private_detail_is_refused(manager, her):
    plan = manager.plans.create(her.person_id, "very-hard-times", PlanDraft())
    with pytest.raises(InvalidInput):
        manager.plans.her_copy(
            plan.id, discreet=True, large_print=False, include_sensitive={"safe_address"}
        )


def test_an_older_version_prints_as_it_was(manager, her):
    first = manager.plans.create(
        her.person_id, "very-hard-times", PlanDraft({"self_help": Answer.of(["Old idea"])})
    )
    manager.plans.save(
        first.id,
        PlanDraft({"self_help": Answer.of(["New idea"])}),
        expected_version=first.record_version,
    )
    old = manager.plans.her_copy(first.id, discreet=False, large_print=False, number=1)
    new = manager.plans.her_copy(first.id, discreet=False, large_print=False)
    assert "Old idea" in old.plain_text() and "New idea" in new.plain_text()
