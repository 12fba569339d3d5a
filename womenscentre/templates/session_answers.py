"""A session note's answers: checking them, reading them back, and "tell it once".

A note keeps the id and version of the prompt set it was written with (``PromptSetRef``) and
its answers by field id. This module joins the two again: to check answers against their
fields before they are sealed, to write them out readably on a finalised note, and to show,
at her next session, what earlier finalised notes already recorded, so nobody asks again.

Only fields a prompt set marks ``carry_forward`` are offered as already known. Most fields
are about today ("is it safe to talk now?", "how are you feeling now?") and must be asked
every time; showing last session's answer there would do harm, not good.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.notes import NoteContent, NoteStatus, SessionNote
from womenscentre.i18n import N_, tr, trn
from womenscentre.templates.fields import ChecklistState, FieldSpec, FieldType, YesNoUnsure
from womenscentre.templates.prompts import PromptSet

#: Words for stored values, marked for the catalogue and translated where they are shown.
YES_NO_WORDS = {
    YesNoUnsure.YES.value: N_("Yes"),
    YesNoUnsure.NO.value: N_("No"),
    YesNoUnsure.UNSURE.value: N_("Not sure yet"),
}
CHECKLIST_WORDS = {
    ChecklistState.HAVE_IT.value: N_("have it"),
    ChecklistState.COPY_ELSEWHERE.value: N_("copy kept elsewhere"),
    ChecklistState.NOT_NEEDED.value: N_("not needed"),
}
#: Said of a date-less earlier note, which should not happen but must not break anything.
SOME_TIME_AGO = N_("an earlier session")


@dataclass(frozen=True, slots=True)
class KnownAnswer:
    """One thing an earlier finalised note recorded, and the session it came from."""

    field_id: str
    label: str
    answer: Answer[Any]
    session_date: str
    text: str

    @property
    def when(self) -> str:
        return long_date(self.session_date)


@dataclass(frozen=True, slots=True)
class RecordedLine:
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class RecordedSection:
    title: str
    lines: tuple[RecordedLine, ...]


def long_date(iso_day: str) -> str:
    """ "3 March 2026", as the rest of the app writes a day."""
    try:
        day = date.fromisoformat(iso_day)
    except ValueError:
        return tr(SOME_TIME_AGO)
    return f"{day.day} {day:%B %Y}"


def find_prompt_set(prompt_sets: Iterable[PromptSet], set_id: str) -> PromptSet | None:
    """The loaded set with this id (whatever its version), if the centre still has it."""
    for prompt_set in prompt_sets:
        if prompt_set.id == set_id:
            return prompt_set
    return None


def check_answers(prompt_set: PromptSet, answers: Mapping[str, Answer[Any]]) -> None:
    """Raise ``ValueError`` with a plain reason if an answer doesn't fit its field."""
    for field_id, answer in answers.items():
        try:
            spec = prompt_set.field(field_id)
        except KeyError:
            raise ValueError(
                tr('This session\'s prompts have no field called "{field_id}".').format(
                    field_id=field_id
                )
            ) from None
        spec.check_answer(answer)


# -- reading answers back --------------------------------------------------------------


def describe(spec: FieldSpec | None, answer: Answer[Any]) -> str:
    """An answer in a few plain words; the two "not answered" kinds in their own words."""
    if answer.status is not AnswerStatus.ANSWERED:
        return answer.display()
    return _value_text(spec, answer.value)


def _value_text(spec: FieldSpec | None, value: Any) -> str:
    kind = spec.type if spec is not None else None
    if kind is FieldType.YES_NO_UNSURE:
        return _word(YES_NO_WORDS, value)
    if kind is FieldType.CHOICE and spec is not None:
        return next((o.label for o in spec.options if o.id == value), str(value))
    if kind is FieldType.SCALE and spec is not None:
        return tr("{value} out of {most}").format(value=value, most=spec.scale_max)
    if kind is FieldType.DATE:
        return long_date(str(value))
    if kind is FieldType.REFERENCE and isinstance(value, list):
        return trn(
            "%n from her list of people and services",
            "%n from her list of people and services",
            len(value),
        )
    if kind is FieldType.CHECKLIST and spec is not None and isinstance(value, dict):
        labels = {i.id: i.label for i in spec.items}
        return "; ".join(
            f"{labels.get(k, k)}: {_word(CHECKLIST_WORDS, v)}" for k, v in value.items()
        )
    if kind is FieldType.TABLE and spec is not None and isinstance(value, list):
        rows = []
        for row in value:
            cells = [
                f"{column.label}: {_value_text(column, row.get(column.id))}"
                for column in spec.columns
                if isinstance(row, dict) and row.get(column.id) is not None
            ]
            rows.append(", ".join(cells))
        return "; ".join(r for r in rows if r)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _word(words: Mapping[str, str], value: Any) -> str:
    """The shown word for a stored value; an unknown value shows as stored, never hidden."""
    marked = words.get(str(value))
    return tr(marked) if marked is not None else str(value)


def recorded_sections(
    prompt_set: PromptSet | None, answers: Mapping[str, Answer[Any]]
) -> list[RecordedSection]:
    """A note's answers, section by section in the set's order, for reading on screen.

    Answers whose field the set no longer has (a changed set) still show, under their own
    heading, labelled by their field id: nothing recorded is ever hidden.
    """
    shown: set[str] = set()
    sections: list[RecordedSection] = []
    for section in prompt_set.sections if prompt_set is not None else ():
        lines = []
        for spec in section.fields:
            answer = answers.get(spec.id)
            if answer is not None and answer.status is not AnswerStatus.UNKNOWN:
                lines.append(RecordedLine(spec.label, describe(spec, answer)))
                shown.add(spec.id)
        if lines:
            sections.append(RecordedSection(section.title, tuple(lines)))
    rest = [
        RecordedLine(field_id.replace("_", " ").capitalize(), describe(None, answer))
        for field_id, answer in sorted(answers.items())
        if field_id not in shown and answer.status is not AnswerStatus.UNKNOWN
    ]
    if rest:
        sections.append(RecordedSection(tr("Also recorded"), tuple(rest)))
    return sections


def recorded_summary(content: NoteContent) -> str:
    """A few words for her timeline: how much the session's prompts recorded."""
    answered = sum(a.status is AnswerStatus.ANSWERED for a in content.answers.values())
    declined = sum(a.status is AnswerStatus.DECLINED for a in content.answers.values())
    not_asked = sum(a.status is AnswerStatus.NOT_ASKED for a in content.answers.values())
    parts = []
    if answered:
        parts.append(trn("%n answered", "%n answered", answered))
    if declined:
        parts.append(trn("%n she chose not to answer", "%n she chose not to answer", declined))
    if not_asked:
        parts.append(trn("%n not asked", "%n not asked", not_asked))
    return ", ".join(parts) or tr("None")


def recorded_text(prompt_sets: Iterable[PromptSet], content: NoteContent) -> str:
    """All of a note's answers as plain text, or "" when it has none."""
    if not content.answers or content.prompt_set is None:
        return ""
    prompt_set = find_prompt_set(prompt_sets, content.prompt_set.id)
    blocks = []
    for section in recorded_sections(prompt_set, content.answers):
        lines = "\n".join(f"{line.label}: {line.text}" for line in section.lines)
        blocks.append(f"{section.title}\n{lines}")
    return "\n\n".join(blocks)


# -- tell it once ------------------------------------------------------------------------


def known_before(
    prompt_sets: Iterable[PromptSet], notes: Sequence[SessionNote], *, exclude: str | None = None
) -> dict[str, KnownAnswer]:
    """What her earlier finalised notes recorded for carried-forward fields, newest first.

    A recorded answer, "she chose not to answer" and "not asked" all count as known, so
    nobody asks again just because a field looks empty. Drafts never count, and nor does
    the note being written (``exclude``).
    """
    carried: dict[str, FieldSpec] = {}
    for prompt_set in prompt_sets:
        for spec in prompt_set.fields():
            if spec.carry_forward:
                carried.setdefault(spec.id, spec)
    finals = [
        n for n in notes if n.status is NoteStatus.FINAL and n.id != exclude and n.content.answers
    ]
    finals.sort(key=lambda n: (n.content.session_date, n.finalised_at or ""), reverse=True)
    known: dict[str, KnownAnswer] = {}
    for note in finals:
        for field_id, answer in note.content.answers.items():
            carried_spec = carried.get(field_id)
            if carried_spec is None or field_id in known:
                continue
            if answer.status is AnswerStatus.UNKNOWN:
                continue
            known[field_id] = KnownAnswer(
                field_id,
                carried_spec.label,
                answer,
                note.content.session_date,
                describe(carried_spec, answer),
            )
    return known
