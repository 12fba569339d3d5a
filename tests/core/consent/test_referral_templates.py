"""Referral templates: one per recipient kind, minimised defaults, line-numbered errors."""

from __future__ import annotations

import textwrap

import pytest

from womenscentre.domain.consent import DataCategory, RecipientKind
from womenscentre.templates.errors import TemplateFileError
from womenscentre.templates.referrals import load_referral_template, load_referral_templates

EXPECTED = {
    RecipientKind.GP,
    RecipientKind.MENTAL_HEALTH,
    RecipientKind.DRUG_AND_ALCOHOL,
    RecipientKind.PROBATION,
    RecipientKind.MARAC,
    RecipientKind.HOUSING,
    RecipientKind.IDVA,
}
#: Never in a pack unless someone chooses it, for these recipients.
NOT_BY_DEFAULT = {
    RecipientKind.GP: {DataCategory.JUSTICE_STATUS, DataCategory.ADDRESS},
    RecipientKind.MENTAL_HEALTH: {DataCategory.JUSTICE_STATUS, DataCategory.SUBSTANCE_USE},
    RecipientKind.HOUSING: {DataCategory.IMMIGRATION_STATUS, DataCategory.ADDRESS},
    RecipientKind.PROBATION: {DataCategory.MENTAL_HEALTH, DataCategory.SUBSTANCE_USE},
}


def test_every_built_in_template_loads_with_a_tell_it_once_section():
    templates = load_referral_templates()
    assert set(templates) == EXPECTED
    for kind, template in templates.items():
        parts = [s for s in template.sections if s.tell_it_once]
        assert parts, kind
        assert any(p.default for p in parts), kind
        assert template.purposes
        defaults = {s.category for s in template.sections if s.default}
        assert not defaults & NOT_BY_DEFAULT.get(kind, set()), kind


def test_probation_and_marac_templates_carry_their_services_fields():
    templates = load_referral_templates()
    probation = {f.label for s in templates[RecipientKind.PROBATION].sections for f in s.fields}
    assert {"Kinds of support", "What she would like to be different"} <= probation
    assert "Sentence or licence end date" in probation
    marac = {f.label for s in templates[RecipientKind.MARAC].sections for f in s.fields}
    assert {
        "Who she is afraid of",
        "Marac criteria met",
        "Previous Marac (where and when)",
    } <= marac


def _write(tmp_path, body: str):
    path = tmp_path / "bad.toml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


GOOD_HEAD = """\
    format = 1
    kind = "referral_template"
    id = "test"
    version = 1
    recipient_kind = "gp"
    title = "A test template"
    purposes = ["referral"]
    default_channel = "nhsmail"

    [tell_it_once]
    title = "In her own words"

    [[tell_it_once.part]]
    id = "words"
    label = "What she would like"
    category = "session_summary"
    """


def test_a_source_in_a_section_of_another_category_is_refused_with_its_line(tmp_path):
    path = _write(
        tmp_path,
        GOOD_HEAD
        + """\

    [[section]]
    id = "contact"
    title = "Contact"
    category = "contact_details"

    [[section.field]]
    id = "risk"
    label = "Risk"
    source = "risk.afraid_of"
    """,
    )
    with pytest.raises(TemplateFileError) as raised:
        load_referral_template(path)
    [problem] = raised.value.problems
    assert problem.line == 26
    assert problem.field == 'section 1 ("contact") > field 1 ("risk") > source'
    assert "abuse_history_and_risk" in problem.problem


def test_every_problem_in_a_bad_file_is_named(tmp_path):
    path = _write(
        tmp_path,
        """\
    format = 1
    kind = "referral_template"
    id = "Bad Id"
    version = 1
    recipient_kind = "dentist"
    title = "A low risk template"
    purposes = ["gossip"]
    default_channel = "pigeon"
    colour = "blue"

    [[section]]
    id = "x"
    title = "X"
    category = "horoscope"
    """,
    )
    with pytest.raises(TemplateFileError) as raised:
        load_referral_template(path)
    text = raised.value.message
    for expected in (
        "bad.toml, line 3, id",
        "bad.toml, line 5, recipient_kind",
        'says "low risk"',
        "line 7, purposes 1",
        "line 8, default_channel",
        "line 9, colour: isn't a setting",
        "tell_it_once",
    ):
        assert expected in text, expected
    assert len(raised.value.problems) >= 8
