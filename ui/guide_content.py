"""What the language-guide window and its PDF handout say about each rule.

Both read the loaded :class:`~womenscentre.guidance.Guide`: every rule of every pack, by
category, with its reason, suggestions, examples that are flagged and examples that are
left alone, and its sources. A rule has no title of its own, so it is named by the words it
finds in its first flagged example (what a trainer would point at), or failing that by a
readable form of its first pattern. Rules a centre must switch on (``opt_in``) or has
switched off are listed too, marked as off, so the guide shows the whole set.

Each source is shown in full (who published it, when, its title and where to find it), as
the guide has read it from the packs' ``sources.toml`` (:meth:`Guide.sources_of`): a
trainer asked "says who?" can point to the publication, not to a bare key such as ``S14``.
A key the guide has no entry for (a centre's own pack citing its own key) is shown as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from womenscentre.exports.document import Block, Bullets, Document, Paragraph, Rows
from womenscentre.guidance import Action, Category, Guide, Rule, Severity, Source
from womenscentre.i18n import N_, tr

#: The app's own names for the categories and levels (translated where shown); the rules'
#: reasons, suggestions and examples are English content from ``resources/language/``.
CATEGORY_NAMES = {
    Category.BLAMING: N_("Blaming her"),
    Category.MINIMISING_ABUSE: N_("Minimising abuse"),
    Category.PASSIVE_PERPETRATOR: N_("Hiding who did it"),
    Category.STIGMATISING_LABEL: N_("Stigmatising labels"),
    Category.DIAGNOSTIC_LABEL: N_("Diagnostic labels"),
    Category.DEFICIT: N_("Deficit language"),
    Category.DEHUMANISING: N_("Dehumanising words"),
    Category.JARGON: N_("Jargon"),
}
LEVEL_NAMES = {
    Severity.WARNING: N_("Worth changing (underlined with a wavy line)"),
    Severity.HINT: N_("Worth a thought (underlined with dots): it depends on context or on her"),
}
SWITCHED_OFF = N_("Off unless your centre switches it on.")

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
    #: The publications the rule draws on, in full, in the order it cites them.
    sources: tuple[Source, ...] = ()


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
            entry = GuideEntry(rule, rule_words(guide, rule), rule.id in on, guide.sources_of(rule))
            by_category.setdefault(rule.category, []).append(entry)
    return [
        GuideSection(
            category,
            tr(CATEGORY_NAMES[category]) if category in CATEGORY_NAMES else str(category),
            tuple(sorted(entries, key=lambda e: e.words.lower())),
        )
        for category, entries in by_category.items()
        if entries
    ]


def source_lines(entry: GuideEntry) -> list[str]:
    """Each source as one line: the citation, then its web addresses."""
    known = {source.key: source for source in entry.sources}
    lines = []
    for key in entry.rule.sources:
        source = known.get(key)
        if source is None:
            lines.append(key)
            continue
        lines.append(" ".join((source.citation, *source.urls)))
    return lines


def entry_blocks(entry: GuideEntry) -> tuple[Block, ...]:
    """One rule as document blocks, shared by the guide window and the PDF handout."""
    rule = entry.rule
    level = tr(LEVEL_NAMES[rule.level])
    if not entry.on:
        level = tr("{level}. {switched_off}").format(level=level, switched_off=tr(SWITCHED_OFF))
    rows: list[tuple[str, str]] = [(tr("Why"), rule.reason)]
    if rule.action is Action.ASK:
        instead = tr("a question for the writer, never a rewrite: {questions}").format(
            questions=" ".join(rule.suggestions)
        )
        rows.append((tr("Instead"), instead))
    elif rule.action is Action.REPHRASE:
        rewrites = "; ".join(f"“{s}”" for s in rule.suggestions)
        rows.append(
            (
                tr("For example"),
                tr("{rewrites} (the sentence around it changes too)").format(rewrites=rewrites),
            )
        )
    elif rule.suggestions:
        rows.append((tr("You might write"), "; ".join(rule.suggestions)))
    if rule.examples_prefers:
        rows.append((tr("Only when she prefers"), ", ".join(rule.examples_prefers)))
    if rule.note:
        rows.append((tr("For trainers"), rule.note))
    blocks: list[Block] = [Paragraph(level, emphasis=True), Rows(tuple(rows))]
    for title, examples in (
        (tr("Would be underlined:"), rule.examples_flag),
        (tr("Left alone:"), rule.examples_pass),
    ):
        if examples:
            blocks += [Paragraph(title), Bullets(tuple(examples))]
    if rule.sources:
        blocks += [Paragraph(tr("Sources:")), Bullets(tuple(source_lines(entry)))]
    return tuple(blocks)


def entry_document(entry: GuideEntry) -> Document:
    """One rule on its own, as the guide window shows it."""
    return Document(tr("“{words}”").format(words=entry.words), entry_blocks(entry))
