"""Her own copy of a safety plan, as plain structured text for the UI to typeset.

The copy is written for her: first-person labels from the template, plain words for every
value ("Not sure yet", "A copy is kept somewhere else"), and nothing for the worker (no help
text, no "she chose not to answer", no risk wording). Fields without an answer are simply
left out.

Private details are never on it unless she chooses them: a field or table column marked
``sensitive`` in the template, and what each person on her list knows or their code word,
appear only when their key is in ``include_sensitive``.

**Discreet mode** is for a copy that may be seen by the person harming her: her own disguised
title, no centre name, no date it was made, the template's discreet wording for headings,
labels and options, no review triggers, and services only under a discreet name she has
given them. ``notes_for_worker`` says what was left off and why, for the "how this reads to
her" preview; it is never printed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from womenscentre.domain.answers import AnswerStatus
from womenscentre.domain.plans import SUPPORT_SENSITIVE, EntryKind, SafetyPlan, SupportList
from womenscentre.exports.wording import day_words
from womenscentre.i18n import N_, tr
from womenscentre.labels import Labels
from womenscentre.templates.checker import BANNED_LABELS
from womenscentre.templates.fields import ChecklistState, FieldSpec, FieldType, YesNoUnsure

STANDARD_POINT_SIZE: Final = 12
LARGE_PRINT_POINT_SIZE: Final = 18

YES_NO_UNSURE_WORDS: Final = Labels(
    {
        YesNoUnsure.YES.value: N_("Yes"),
        YesNoUnsure.NO.value: N_("No"),
        YesNoUnsure.UNSURE.value: N_("Not sure yet"),
    }
)
CHECKLIST_WORDS: Final = Labels(
    {
        ChecklistState.HAVE_IT.value: N_("I have this"),
        ChecklistState.COPY_ELSEWHERE.value: N_("A copy is kept somewhere else"),
    }
)
STILL_TO_SORT: Final = N_("Still to sort")


@dataclass(frozen=True, slots=True)
class CopyLine:
    """One labelled entry: a line of text, a list of items, or both."""

    label: str
    text: str = ""
    items: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CopySection:
    title: str
    intro: str
    lines: tuple[CopyLine, ...]


@dataclass(frozen=True, slots=True)
class HerCopy:
    title: str
    subtitle: str
    #: The centre's name for a letterhead; always empty in discreet mode.
    branding: str
    sections: tuple[CopySection, ...]
    discreet: bool
    large_print: bool
    point_size: int
    #: For the worker's preview only, never printed: what was left off, and why.
    notes_for_worker: tuple[str, ...] = ()

    def printed_lines(self) -> list[str]:
        """Every piece of text that will be printed, in order."""
        out = [t for t in (self.branding, self.title, self.subtitle) if t]
        for section in self.sections:
            out += [t for t in (section.title, section.intro) if t]
            for line in section.lines:
                out += [t for t in (line.label, line.text) if t]
                out += list(line.items)
        return out

    def plain_text(self) -> str:
        return "\n".join(self.printed_lines())


def format_day(day: date) -> str:
    """A date as people write it in the UK: "Friday 3 April 2026"."""
    return day_words(day)


class _Writer:
    def __init__(self, support: SupportList, discreet: bool, include: frozenset[str]) -> None:
        self.support = support
        self.discreet = discreet
        self.include = include
        self.notes: list[str] = []
        self.private_left_off = 0
        #: Show people and services by name alone, as in a generated task.
        self.names_only = False

    def label(self, spec: FieldSpec) -> str:
        return spec.discreet_label if self.discreet and spec.discreet_label else spec.label

    def wanted(self, key: str, sensitive: bool) -> bool:
        if sensitive and key not in self.include:
            self.private_left_off += 1
            return False
        return True

    def value(self, spec: FieldSpec, value: Any) -> tuple[str, tuple[str, ...]]:
        kind = spec.type
        if kind is FieldType.TEXT:
            return str(value).strip(), ()
        if kind is FieldType.LIST:
            return "", tuple(v.strip() for v in value if v.strip())
        if kind is FieldType.DATE:
            return format_day(date.fromisoformat(value)), ()
        if kind is FieldType.YES_NO_UNSURE:
            return YES_NO_UNSURE_WORDS[value], ()
        if kind is FieldType.SCALE:
            return tr("{value} out of {most}").format(value=value, most=spec.scale_max), ()
        if kind is FieldType.CHOICE:
            for option in spec.options:
                if option.id == value:
                    shown = option.discreet_label if self.discreet else ""
                    return shown or option.label, ()
            return "", ()
        if kind is FieldType.REFERENCE:
            return "", tuple(self.entries(value))
        if kind is FieldType.CHECKLIST:
            return "", tuple(self.checklist(spec, value))
        return "", tuple(self.rows(spec, value))

    def entries(self, ids: Iterable[str]) -> list[str]:
        shown: list[str] = []
        for entry_id in ids:
            entry = self.support.get(entry_id)
            if entry is None or entry.removed:
                continue
            name = entry.name
            if self.discreet:
                if entry.discreet_name:
                    name = entry.discreet_name
                elif entry.kind is EntryKind.SERVICE:
                    self.notes.append(
                        tr(
                            "{name} is left off the discreet copy because it has no discreet "
                            "name. Add one to her list if she'd like it included."
                        ).format(name=entry.name)
                    )
                    continue
            if self.names_only:
                shown.append(name)
                continue
            parts = [name]
            if entry.relationship and not (self.discreet and entry.discreet_name):
                parts[0] += f" ({entry.relationship})"
            parts += [p for p in (entry.how_to_reach, entry.when_to_use) if p]
            if entry.what_they_know and self.wanted("support.what_they_know", True):
                parts.append(tr("Knows: {what}").format(what=entry.what_they_know))
            if entry.code_word and self.wanted("support.code_word", True):
                parts.append(tr("Code word: {word}").format(word=entry.code_word))
            shown.append(" - ".join(parts))
        return shown

    def checklist(self, spec: FieldSpec, marks: dict[str, str]) -> list[str]:
        shown = []
        for item in spec.items:
            state = marks.get(item.id)
            if state == ChecklistState.NOT_NEEDED.value:
                continue
            words = CHECKLIST_WORDS.get(state or "", tr(STILL_TO_SORT))
            label = item.discreet_label if self.discreet and item.discreet_label else item.label
            shown.append(f"{label}: {words}")
        return shown

    def rows(self, spec: FieldSpec, rows: list[dict[str, Any]]) -> list[str]:
        shown = []
        columns = [c for c in spec.columns if self.wanted(f"{spec.id}.{c.id}", c.sensitive)]
        # ``wanted`` counted each left-off column once per table, not per row: fine for a note.
        for row in rows:
            parts = []
            for index, column in enumerate(columns):
                cell = row.get(column.id)
                if cell is None or cell == "" or cell == []:
                    continue
                text, items = self.value(column, cell)
                words = text or ", ".join(items)
                if not words:
                    continue
                parts.append(words if index == 0 else f"{self.label(column)}: {words}")
            if parts:
                shown.append(" - ".join(parts))
        return shown


def describe(spec: FieldSpec, value: Any, support: SupportList) -> str:
    """One answered value in a few plain words; people and services by name only."""
    writer = _Writer(support, discreet=False, include=frozenset())
    writer.names_only = True
    text, items = writer.value(spec, value)
    return text or ", ".join(items)


def build_her_copy(
    plan: SafetyPlan,
    support: SupportList,
    *,
    discreet: bool,
    large_print: bool,
    include_sensitive: frozenset[str] = frozenset(),
    centre_name: str = "",
) -> HerCopy:
    """Her copy of one plan version. Raises ``ValueError`` for an unknown sensitive key."""
    template = plan.template
    allowed = {key for key, _label in template.sensitive_choices()} | set(SUPPORT_SENSITIVE)
    unknown = include_sensitive - allowed
    if unknown:
        raise ValueError(f"these aren't private details of this plan: {sorted(unknown)}")
    writer = _Writer(support, discreet, include_sensitive)
    sections: list[CopySection] = []
    for section in template.sections_for(plan.view):
        lines: list[CopyLine] = []
        for spec in section.fields:
            answer = plan.answers.get(spec.id)
            if answer is None or answer.status is not AnswerStatus.ANSWERED:
                continue
            if not writer.wanted(spec.id, spec.sensitive):
                continue
            text, items = writer.value(spec, answer.value)
            if text or items:
                lines.append(CopyLine(writer.label(spec), text, items))
        if lines:
            title = section.discreet_title if discreet else section.title
            intro = section.discreet_intro if discreet else section.intro
            sections.append(CopySection(title, intro, tuple(lines)))
    sections.append(_review_section(plan, discreet))
    if writer.private_left_off:
        writer.notes.append(
            tr("Private details she hasn't chosen to include are left off this copy.")
        )
    copy = HerCopy(
        title=(plan.disguised_title or template.discreet_title) if discreet else template.title,
        subtitle="" if discreet else _made(plan, centre_name),
        branding="" if discreet else centre_name,
        sections=tuple(sections),
        discreet=discreet,
        large_print=large_print,
        point_size=LARGE_PRINT_POINT_SIZE if large_print else STANDARD_POINT_SIZE,
        notes_for_worker=tuple(dict.fromkeys(writer.notes)),
    )
    return _with_label_warnings(copy)


def _made(plan: SafetyPlan, centre_name: str) -> str:
    saved = plan.saved_at[:10]
    try:
        when = format_day(date.fromisoformat(saved))
    except ValueError:
        when = saved
    if centre_name:
        return tr("Made with {centre}. Last updated {day}.").format(centre=centre_name, day=when)
    return tr("Last updated {day}.").format(day=when)


def _review_section(plan: SafetyPlan, discreet: bool) -> CopySection:
    day = format_day(plan.review_date)
    if discreet:
        return CopySection(tr("Next look"), "", (CopyLine(tr("Look at this again by"), day),))
    labels = {t.id: t.label for t in plan.template.review_triggers}
    triggers = tuple(labels[t] for t in plan.review_triggers if t in labels)
    lines = [CopyLine(tr("We'll look at this together again by"), day)]
    if triggers:
        lines.append(CopyLine(tr("Or sooner if"), "", triggers))
    return CopySection(tr("Looking at this again"), "", tuple(lines))


def _with_label_warnings(copy: HerCopy) -> HerCopy:
    """Warn the worker if anything typed into the plan reads as a risk label."""
    text = " ".join(copy.plain_text().lower().split())
    found = [label for label in BANNED_LABELS if label in text]
    if not found:
        return copy
    warning = tr(
        'This copy includes the words "{words}". Labels like this are never shown to her: '
        "please reword that part of the plan before printing."
    ).format(words=found[0])
    return HerCopy(
        copy.title,
        copy.subtitle,
        copy.branding,
        copy.sections,
        copy.discreet,
        copy.large_print,
        copy.point_size,
        (*copy.notes_for_worker, warning),
    )
