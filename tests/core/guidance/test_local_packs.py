"""Organisations' local packs: extra rules work, and a malformed pack is named and skipped.

Every malformed pack must give an error naming the file, the line and the field, and the
built-in rules must keep working beside it (design §5: feed malformed rule packs).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from womenscentre.guidance import Guide, RulePackError
from womenscentre.guidance.packs import key_lines

GOOD_RULE = """\
format = 1
language = "en-GB"
group = "local"
title = "Our centre's own words"

[[rule]]
id = "local.service-user"
category = "dehumanising"
level = "hint"
patterns = ["[n:service user]"]
requires = ["@abuse"]
suggestions = ["the woman", "[her name]"]
reason = "We agreed as a team to use her name."
sources = ["S14"]
examples.flag = ["The service user said he hit her."]
examples.pass = ["Sam said he hit her."]
"""


def write(tmp_path: Path, text: str, name: str = "local.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def load_with(path: Path) -> Guide:
    guide = Guide.load(local_packs=[path])
    # The built-in rules still work whatever happened to the local pack.
    assert [f.rule for f in guide.check("She is a junkie.")] == ["sub.addict"]
    return guide


def only_problem(guide: Guide) -> RulePackError:
    assert len(guide.problems) == 1, [str(p) for p in guide.problems]
    return guide.problems[0]


def test_a_good_local_pack_adds_its_rules_and_uses_built_in_cues(tmp_path: Path) -> None:
    guide = load_with(write(tmp_path, GOOD_RULE))
    assert guide.problems == ()
    assert [f.rule for f in guide.check("The service users said he hit her.")] == [
        "local.service-user"
    ]
    assert guide.check("The service user came in.") == []


def test_a_local_pack_can_be_switched_off_rule_by_rule(tmp_path: Path) -> None:
    guide = Guide.load(local_packs=[write(tmp_path, GOOD_RULE)], disabled=["local.service-user"])
    assert guide.check("The service user said he hit her.") == []


@pytest.mark.parametrize(
    ("old", "new", "line", "field", "words"),
    [
        ('level = "hint"', 'level = "warn"', 9, "level", '"warning", "hint"'),
        ('category = "dehumanising"', 'category = "rude"', 8, "category", "must be one of"),
        ('reason = "We agreed as a team to use her name."', "reason = 3", 13, "reason", "text"),
        (
            'patterns = ["[n:service user]"]',
            'patterns = ["{service user"]',
            10,
            "patterns",
            "never closed",
        ),
        ('requires = ["@abuse"]', 'requires = ["@abusive"]', 11, "requires", "'@abusive'"),
        ('sources = ["S14"]', "sources = []", 14, "sources", "at least 1"),
        (
            'suggestions = ["the woman", "[her name]"]',
            'suggestions = ["a", "b", "c", "d"]',
            12,
            "suggestions",
            "between 1 and 3",
        ),
        ('id = "local.service-user"', 'id = "Service User"', 7, "id", "lower case"),
        ('examples.pass = ["Sam said he hit her."]', "", 6, "examples.pass", "list"),
        ('level = "hint"', 'level = "hint"\nsugestions = ["x"]', 10, "sugestions", "misspelt"),
        ("format = 1", "format = 2", 1, "format", "must be 1"),
    ],
)
def test_a_malformed_pack_names_file_line_and_field(
    tmp_path: Path, old: str, new: str, line: int, field: str, words: str
) -> None:
    path = write(tmp_path, GOOD_RULE.replace(old, new))
    problem = only_problem(load_with(path))
    assert (problem.path, problem.line, problem.field) == (str(path), line, field)
    assert words in problem.problem
    assert str(path) in str(problem) and f"line {line}" in str(problem)
    assert "local.service-user" not in {r.id for r in load_with(path).rules}


def test_a_toml_syntax_error_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_RULE.replace('level = "hint"', "level = hint"))
    problem = only_problem(load_with(path))
    assert problem.line == 9
    assert "isn't valid TOML" in problem.problem


def test_a_bad_item_in_a_multi_line_list_names_its_own_line(tmp_path: Path) -> None:
    text = GOOD_RULE.replace(
        'patterns = ["[n:service user]"]',
        'patterns = [\n  "[n:service user]",\n  "[q:client]",\n]',
    )
    problem = only_problem(load_with(write(tmp_path, text)))
    assert (problem.line, problem.field) == (12, "patterns")


def test_an_id_clashing_with_a_built_in_rule_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_RULE.replace("local.service-user", "sub.addict"))
    problem = only_problem(load_with(path))
    assert (problem.line, problem.field) == (7, "id")
    assert "already used" in problem.problem


def test_a_built_in_cue_cannot_be_redefined(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_RULE + '\n[cues]\nabuse = ["shouting"]\n')
    problem = only_problem(load_with(path))
    assert (problem.line, problem.field) == (19, "cues.abuse")


def test_unreadable_and_non_utf8_packs(tmp_path: Path) -> None:
    missing = tmp_path / "missing.toml"
    assert "can't be read" in only_problem(load_with(missing)).problem
    latin = tmp_path / "latin.toml"
    latin.write_bytes(GOOD_RULE.replace("We agreed", "Caf\xe9 team agreed").encode("latin-1"))
    assert "UTF-8" in only_problem(load_with(latin)).problem


def test_every_problem_in_a_pack_is_listed(tmp_path: Path) -> None:
    text = GOOD_RULE.replace('level = "hint"', 'level = "loud"').replace("S14", "")
    guide = load_with(write(tmp_path, text))
    assert [(p.line, p.field) for p in guide.problems] == [(9, "level"), (14, "sources")]


def test_one_bad_pack_does_not_stop_another_good_one(tmp_path: Path) -> None:
    bad = write(tmp_path, "this is not toml", "bad.toml")
    good = write(tmp_path, GOOD_RULE, "good.toml")
    guide = Guide.load(local_packs=[bad, good])
    assert len(guide.problems) == 1
    assert "local.service-user" in {r.id for r in guide.rules}


def test_key_lines_understands_dotted_inline_and_multi_line_values() -> None:
    text = textwrap.dedent(
        '''\
        format = 1
        [[rule]]
        id = "a.b"
        reason = """
        id = "not a key"
        """
        examples = { flag = ["x"], pass = ["y"] }
        [[rule]]
        examples.flag = [
          "z",
        ]
        '''
    )
    lines = key_lines(text)
    assert lines[("rule", 0, "id")] == 3
    assert lines[("rule", 0, "examples", "pass")] == 7
    assert lines[("rule", 1)] == 8
    assert lines[("rule", 1, "examples", "flag")] == 9
