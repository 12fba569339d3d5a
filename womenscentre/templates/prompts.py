"""Session prompt sets: the sections a keyworker may use for one kind of session.

A prompt set is structure plus examples. Workers choose, reword or skip; nothing here is a
script. Each section has example questions (strengths-based and solution-focused, never
"why"), a short guidance note for the keyworker (why it matters, what to avoid, and what is
already known so she is not asked again), and the fields it records. Guidance is for the
worker only and is never saved into a note.

Every set opens with the shared safety-and-consent check and ends with the shared recording
check. Those two live once, in a ``kind = "shared_sections"`` file, and a set refers to them
with ``use = "safety-and-consent"``; the loader insists they come first and last.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.notes import SessionType
from womenscentre.i18n import N_, tr
from womenscentre.templates.checker import Checker, read_toml
from womenscentre.templates.fields import FieldSpec, read_field, unique_ids
from womenscentre.templates.lines import KeyPath

OPENING: Final = "safety-and-consent"
CLOSING: Final = "recording-check"
SECTION_KEYS: Final = {"id", "title", "questions", "guidance", "field", "use"}
GUIDANCE_KEYS: Final = {"why", "avoid", "tell_it_once"}
#: "Why" questions tend to sound blaming; the practice reference §3.2 asks for none.
_WHY_RE: Final = re.compile(r"\bwhy\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Guidance:
    """For the keyworker only: shown gently, collapsible, never saved into a note."""

    why: str
    avoid: str
    tell_it_once: str


@dataclass(frozen=True, slots=True)
class PromptSection:
    id: str
    title: str
    questions: tuple[str, ...]
    guidance: Guidance
    fields: tuple[FieldSpec, ...]
    #: True for the shared opening and closing sections.
    shared: bool = False


@dataclass(frozen=True, slots=True)
class PromptSet:
    id: str
    version: int
    session_type: SessionType
    title: str
    purpose: str
    sections: tuple[PromptSection, ...]
    source: Path

    def fields(self) -> list[FieldSpec]:
        return [f for section in self.sections for f in section.fields]

    def field(self, field_id: str) -> FieldSpec:
        for spec in self.fields():
            if spec.id == field_id:
                return spec
        raise KeyError(field_id)


def already_known(
    prompt_set: PromptSet, earlier: Sequence[Mapping[str, Answer[Any]]]
) -> dict[str, Answer[Any]]:
    """What earlier sessions already recorded, newest first in ``earlier``, for "tell it once".

    Only fields marked ``carry_forward`` are offered. An answer, or a recorded "she chose not
    to answer" or "not asked", counts as known: the point is that nobody asks again just
    because a field looks empty. ``UNKNOWN`` never hides an older answer.
    """
    known: dict[str, Answer[Any]] = {}
    wanted = {f.id for f in prompt_set.fields() if f.carry_forward}
    for answers in earlier:
        for field_id, answer in answers.items():
            fresh = field_id in wanted and field_id not in known
            if fresh and answer.status is not AnswerStatus.UNKNOWN:
                known[field_id] = answer
    return known


# -- reading ---------------------------------------------------------------------------


def load_shared_sections(path: Path) -> dict[str, PromptSection]:
    text, data = read_toml(path)
    check = Checker(path, text)
    check.header(data, "shared_sections")
    check.keys(data, (), {"format", "kind", "section"}, {"section"})
    sections = [
        _read_section(check, raw, ("section", i), shared=True)
        for i, raw in check.tables(data, "section", ())
    ]
    found = {s.id: s for s in sections}
    for needed in (OPENING, CLOSING):
        if needed not in found:
            check.problem(("section",), tr('needs a section with id = "{id}"').format(id=needed))
    check.finish()
    return found


def load_prompt_set(path: Path, shared: Mapping[str, PromptSection]) -> PromptSet:
    """Read and check one set; raises ``TemplateFileError`` listing every problem."""
    text, data = read_toml(path)
    check = Checker(path, text)
    check.header(data, "prompt_set")
    check.keys(
        data,
        (),
        {"format", "kind", "id", "version", "session_type", "title", "purpose", "section"},
        {"id", "version", "session_type", "title", "purpose", "section"},
    )
    types = [t.value for t in SessionType]
    session_type = SessionType(
        check.choice(data, "session_type", (), types, SessionType.OTHER.value)
    )
    sections: list[PromptSection] = []
    for index, raw in check.tables(data, "section", ()):
        where: KeyPath = ("section", index)
        if "use" in raw:
            check.keys(raw, where, {"use"}, {"use"})
            use = raw["use"]
            if use in shared:
                sections.append(shared[use])
            else:
                names = ", ".join(f'"{k}"' for k in sorted(shared))
                check.problem(
                    (*where, "use"), tr("must name a shared section ({names})").format(names=names)
                )
            continue
        sections.append(_read_section(check, raw, where, shared=False))
    if not sections or sections[0].id != OPENING:
        check.problem(
            ("section",),
            tr('must start with a section that says use = "{id}"').format(id=OPENING),
        )
    if not sections or sections[-1].id != CLOSING:
        check.problem(
            ("section",), tr('must end with a section that says use = "{id}"').format(id=CLOSING)
        )
    unique_ids(
        check,
        [s.id for s in sections],
        ("section",),
        N_('uses the id "{id}" twice: each section needs its own'),
    )
    _check_field_ids(check, data, shared)
    result = PromptSet(
        id=check.ident(data, "id", ()),
        version=check.integer(data, "version", (), 1, 10_000, 1),
        session_type=session_type,
        title=check.text(data, "title", (), max_chars=120),
        purpose=check.text(data, "purpose", (), max_chars=600),
        sections=tuple(sections),
        source=path,
    )
    check.finish()
    return result


def _check_field_ids(
    check: Checker, data: dict[str, Any], shared: Mapping[str, PromptSection]
) -> None:
    """A field id may appear once per set, counting the shared sections it uses."""
    seen: set[str] = set()
    for index, raw in enumerate(data.get("section", [])):
        if not isinstance(raw, dict):
            continue
        if isinstance(raw.get("use"), str) and raw["use"] in shared:
            seen |= {f.id for f in shared[raw["use"]].fields}
            continue
        for f_index, field in enumerate(raw.get("field", [])):
            field_id = field.get("id") if isinstance(field, dict) else None
            if isinstance(field_id, str) and field_id in seen:
                check.problem(
                    ("section", index, "field", f_index, "id"),
                    tr(
                        'uses the field id "{id}" again: each field in a set needs its own id'
                    ).format(id=field_id),
                )
            if isinstance(field_id, str):
                seen.add(field_id)


def _read_section(
    check: Checker, raw: dict[str, Any], path: KeyPath, *, shared: bool
) -> PromptSection:
    check.keys(raw, path, SECTION_KEYS - {"use"}, {"id", "title", "questions", "guidance"})
    questions = check.strings(raw, "questions", path, least=1)
    for index, question in enumerate(questions):
        if _WHY_RE.search(question):
            check.problem(
                (*path, "questions", index),
                tr(
                    'asks "why". Why-questions can sound like blame, so please ask "what" or '
                    '"how" instead (for example "What helped?" or "How did you manage?")'
                ),
            )
    guidance_raw = raw.get("guidance")
    if not isinstance(guidance_raw, dict):
        check.problem((*path, "guidance"), tr("needs a [section.guidance] block"))
        guidance_raw = {}
    where = (*path, "guidance")
    check.keys(guidance_raw, where, set(GUIDANCE_KEYS), set(GUIDANCE_KEYS))
    guidance = Guidance(
        why=check.text(guidance_raw, "why", where, max_chars=500),
        avoid=check.text(guidance_raw, "avoid", where, max_chars=500),
        tell_it_once=check.text(guidance_raw, "tell_it_once", where, max_chars=500),
    )
    fields = tuple(
        read_field(check, f, (*path, "field", i)) for i, f in check.tables(raw, "field", path)
    )
    return PromptSection(
        id=check.ident(raw, "id", path),
        title=check.text(raw, "title", path, max_chars=120),
        questions=questions,
        guidance=guidance,
        fields=fields,
        shared=shared,
    )
