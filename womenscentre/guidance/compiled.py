"""Rule packs compiled for matching: one trie, and each rule's conditions as numbers.

Compiling is the slow part of loading a guide (every pattern is parsed and its inflections
generated), and it depends only on the pack files. So it is done over *every* rule of every
pack, switched off or not, and the result can be kept in the start-up cache
(:mod:`.cache`) whatever an organisation has switched on or off; the guide simply ignores
the matches of rules that are off.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from womenscentre.guidance.matcher import CONDITION, RULE, Trie
from womenscentre.guidance.model import RulePack, RulePackError, Source
from womenscentre.guidance.text import tokenise


@dataclass(frozen=True, slots=True)
class Conditions:
    """A rule's ``requires``/``unless`` conditions as ids of trie entries."""

    #: Every entry must be present in the sentence (each entry may itself be a cue or a
    #: pattern with alternatives, which gives "all of these, any of those").
    requires: frozenset[int]
    unless: frozenset[int]
    before: frozenset[int]
    after: frozenset[int]
    #: Her preferred terms (normalised) that switch the rule on.
    when: frozenset[str]


@dataclass(frozen=True, slots=True)
class CompiledRules:
    """The trie over every rule of ``packs`` and one :class:`Conditions` per rule, in order."""

    trie: Trie
    conditions: tuple[Conditions, ...]


@dataclass(frozen=True, slots=True)
class LoadedPacks:
    """Everything a guide is built from: the packs, their problems, compiled, and sources."""

    packs: list[RulePack]
    problems: list[RulePackError]
    compiled: CompiledRules
    sources: dict[str, Source]


def compile_packs(packs: Sequence[RulePack]) -> CompiledRules:
    """Compile every rule of ``packs``; a rule's index is its place in pack order."""
    trie = Trie()
    numbers: dict[str, int] = {}

    def condition_ids(items: Iterable[str]) -> frozenset[int]:
        ids = set()
        for item in items:
            if item not in numbers:
                numbers[item] = len(numbers)
                if not item.startswith("@"):
                    trie.add(item, CONDITION, numbers[item])
            ids.add(numbers[item])
        return frozenset(ids)

    for pack in packs:
        for name, cue_patterns in pack.cues.items():
            (cue_id,) = condition_ids([f"@{name}"])
            for pattern in cue_patterns:
                trie.add(pattern, CONDITION, cue_id)
    conditions = []
    rules = [rule for pack in packs for rule in pack.rules]
    for index, rule in enumerate(rules):
        for pattern in rule.patterns:
            trie.add(pattern, RULE, index)
        conditions.append(
            Conditions(
                condition_ids(rule.requires),
                condition_ids(rule.unless),
                condition_ids(rule.unless_before),
                condition_ids(rule.unless_after),
                frozenset(phrase_key(term) for term in rule.when_she_prefers),
            )
        )
    return CompiledRules(trie, tuple(conditions))


def phrase_key(phrase: str) -> str:
    """A phrase in the form her preferred terms are compared in."""
    return " ".join(t.norm for t in tokenise(phrase))
