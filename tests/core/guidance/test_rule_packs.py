"""The built-in rule packs: every example runs as a test, and the packs meet issue 4's bar."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from womenscentre.guidance import Action, Category, Guide, Rule, Severity
from womenscentre.guidance.patterns import expand

_ALL = Guide.load()
_ALL = Guide.load(enabled=[r.id for p in _ALL.packs for r in p.rules if r.opt_in])
RULES = _ALL.rules
SOURCE_KEYS = {f"S{n}" for n in range(1, 31)} | {"S16b", "S25b", "S25c", "S26b", "S27b"}
GROUPS = {
    "domestic-abuse",
    "sexual-violence",
    "substance-use",
    "mental-health",
    "engagement",
    "justice-and-immigration",
    "children-and-care",
    "jargon",
    "identity",
}


def _examples(kind: str) -> list[tuple[Rule, str]]:
    return [
        (rule, text)
        for rule in RULES
        for text in (rule.examples_flag if kind == "flag" else rule.examples_pass)
    ]


@pytest.mark.parametrize(
    ("rule", "text"), _examples("flag"), ids=lambda v: v.id if isinstance(v, Rule) else ""
)
def test_flag_example_is_flagged(full_guide: Guide, rule: Rule, text: str) -> None:
    """Every examples.flag sentence raises its own rule."""
    found = full_guide.check(text, preferred_terms=rule.examples_prefers)
    assert rule.id in [f.rule for f in found], f"{text!r} gave {[f.rule for f in found]}"


@pytest.mark.parametrize(
    ("rule", "text"), _examples("pass"), ids=lambda v: v.id if isinstance(v, Rule) else ""
)
def test_pass_example_is_not_flagged(full_guide: Guide, rule: Rule, text: str) -> None:
    """Every examples.pass sentence leaves its rule quiet."""
    found = full_guide.check(text, preferred_terms=rule.examples_prefers)
    assert rule.id not in [f.rule for f in found]


def test_built_in_packs_load_without_problems(guide: Guide) -> None:
    """A broken built-in pack would silently lose rules, so any problem fails here."""
    assert guide.problems == ()


def test_at_least_80_rules_across_the_groups() -> None:
    """Issue 4: at least 80 rules, across the reference's groups."""
    assert len(RULES) >= 80
    groups = Counter(pack.group for pack in _ALL.packs if pack.rules)
    assert set(groups) == GROUPS
    assert {rule.category for rule in RULES} == set(Category)


def test_ids_are_unique() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_complete(rule: Rule) -> None:
    """Each rule has 1-3 suggestions, a one-sentence reason, known sources and examples."""
    assert 1 <= len(rule.suggestions) <= 3
    assert rule.reason.endswith(".")
    assert not re.search(r"[.!?]\s+[A-Z]", rule.reason), "the reason is one sentence"
    assert set(rule.sources) <= SOURCE_KEYS
    assert rule.examples_flag and rule.examples_pass
    for pattern in rule.patterns:
        assert expand(pattern)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_context_dependent_rules_are_hints(rule: Rule) -> None:
    """Rules that depend on her preference or on who did it are never warnings."""
    if rule.when_she_prefers or rule.action is Action.ASK or rule.opt_in:
        assert rule.level is Severity.HINT
    if rule.category is Category.PASSIVE_PERPETRATOR:
        assert rule.level is Severity.HINT


def test_passive_rule_asks_who_did_it() -> None:
    """The agentless-passive rule asks a question and is never an automatic rewrite."""
    rule = _ALL.rule("pv.agentless-abuse-verb")
    assert rule.action is Action.ASK
    assert rule.level is Severity.HINT
    assert rule.suggestions[0].startswith("Who did this?")


def test_the_rules_speak_as_they_teach(guide: Guide) -> None:
    """The packs' own reasons, suggestions and notes raise no warning themselves."""
    for rule in RULES:
        for text in (rule.reason, rule.note, *rule.suggestions):
            warnings = [f for f in guide.check(text) if f.severity is Severity.WARNING]
            assert not warnings, f"{rule.id}: {text!r} -> {[f.rule for f in warnings]}"
