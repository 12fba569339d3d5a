"""What the language-guide window and its PDF handout say about each rule.

Both read the loaded :class:`~womenscentre.guidance.Guide`: every rule of every pack, by
category, with its reason, suggestions, examples that are flagged and examples that are
left alone, and its sources. A rule has no title of its own, so it is named by the words it
finds in its first flagged example (what a trainer would point at), or failing that by a
readable form of its first pattern. Rules a centre must switch on (``opt_in``) or has
switched off are listed too, marked as off, so the guide shows the whole set.

Sources are keys into the language reference (``S14``). If a ``language/sources.toml``
resource is ever shipped, with a ``[sources.S14]`` table holding ``title`` and ``url`` for
each key, the guide shows the titles; until then it shows the keys.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from womenscentre.exports.document import Block, Bullets, Document, Paragraph, Rows
from womenscentre.guidance import Action, Category, Guide, Rule, Severity
from womenscentre.paths import read_resource_text

CATEGORY_NAMES = {
    Category.BLAMING: "Blaming her",
    Category.MINIMISING_ABUSE: "Minimising abuse",
    Category.PASSIVE_PERPETRATOR: "Hiding who did it",
    Category.STIGMATISING_LABEL: "Stigmatising labels",
    Category.DIAGNOSTIC_LABEL: "Diagnostic labels",
    Category.DEFICIT: "Deficit language",
    Category.DEHUMANISING: "Dehumanising words",
    Category.JARGON: "Jargon",
}
LEVEL_NAMES = {
    Severity.WARNING: "Worth changing (underlined with a wavy line)",
    Severity.HINT: "Worth a thought (underlined with dots): it depends on context or on her",
}
SWITCHED_OFF = "Off unless your centre switches it on."

_SLOT = re.compile(r"\[(?:n|v|pp):([^\]]+)\]")
_GROUP = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class GuideEntry:
    """One rule as the guide shows it."""

    rule: Rule
    #: The words it looks for, as a trainer would say them.
    words: str
    #: False for a rule the centre has switched off, or must switch on first.
    on: bool


@dataclass(frozen=True)
class GuideSection:
    category: Category
    title: str
    entries: tuple[GuideEntry, ...]


def readable_pattern(pattern: str) -> str:
    """``{volatile|stormy} [n:relationship]`` as ``volatile/stormy relationship``."""
    text = _SLOT.sub(lambda m: m.group(1).replace("|", "/"), pattern)
    text = _GROUP.sub(lambda m: "/".join(a for a in m.group(1).split("|") if a), text)
    text = text.replace("?", "").replace(" * ", " … ").replace("@", "")
    return " ".join(text.split())


def rule_words(guide: Guide, rule: Rule) -> str:
    """The words the rule finds in its first flagged example, or its first pattern."""
    for example in rule.examples_flag:
        for finding in guide.check(example, preferred_terms=rule.examples_prefers):
            if finding.rule == rule.id:
                return finding.text
    return readable_pattern(rule.patterns[0]) if rule.patterns else rule.id


def sections(guide: Guide) -> list[GuideSection]:
    """Every rule of every loaded pack, by category in :data:`CATEGORY_NAMES` order."""
    on = {rule.id for rule in guide.rules}
    by_category: dict[Category, list[GuideEntry]] = {c: [] for c in CATEGORY_NAMES}
    for pack in guide.packs:
        for rule in pack.rules:
            entry = GuideEntry(rule, rule_words(guide, rule), rule.id in on)
            by_category.setdefault(rule.category, []).append(entry)
    return [
        GuideSection(
            category,
            CATEGORY_NAMES.get(category, str(category)),
            tuple(sorted(entries, key=lambda e: e.words.lower())),
        )
        for category, entries in by_category.items()
        if entries
    ]


@functools.cache
def source_titles() -> dict[str, str]:
    """Key to a readable citation, from ``language/sources.toml`` if it is there."""
    try:
        data = tomllib.loads(read_resource_text("language/sources.toml"))
    except (OSError, ValueError, tomllib.TOMLDecodeError):
        return {}
    titles = {}
    for key, source in data.get("sources", {}).items():
        if isinstance(source, dict) and source.get("title"):
            url = f" ({source['url']})" if source.get("url") else ""
            titles[str(key)] = f"{source['title']}{url}"
    return titles


def source_lines(rule: Rule) -> list[str]:
    titles = source_titles()
    return [f"{key}: {titles[key]}" if key in titles else key for key in rule.sources]


def entry_blocks(entry: GuideEntry) -> tuple[Block, ...]:
    """One rule as document blocks, shared by the guide window and the PDF handout."""
    rule = entry.rule
    level = LEVEL_NAMES[rule.level]
    if not entry.on:
        level += f". {SWITCHED_OFF}"
    rows: list[tuple[str, str]] = [("Why", rule.reason)]
    if rule.action is Action.ASK:
        rows.append(
            ("Instead", "a question for the writer, never a rewrite: " + " ".join(rule.suggestions))
        )
    elif rule.suggestions:
        rows.append(("You might write", "; ".join(rule.suggestions)))
    if rule.examples_prefers:
        rows.append(("Only when she prefers", ", ".join(rule.examples_prefers)))
    if rule.note:
        rows.append(("For trainers", rule.note))
    rows.append(("Sources", "; ".join(source_lines(rule))))
    blocks: list[Block] = [Paragraph(level, emphasis=True), Rows(tuple(rows))]
    for title, examples in (
        ("Would be underlined:", rule.examples_flag),
        ("Left alone:", rule.examples_pass),
    ):
        if examples:
            blocks += [Paragraph(title), Bullets(tuple(examples))]
    return tuple(blocks)


def entry_document(entry: GuideEntry) -> Document:
    """One rule on its own, as the guide window shows it."""
    return Document(f"“{entry.words}”", entry_blocks(entry))
