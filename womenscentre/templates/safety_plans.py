"""Safety-plan templates: the structure a plan is co-produced in.

A template is a list of sections of fields (see :mod:`.fields`), plus:

- ``[[view]]`` blocks: named selections of sections, such as "still living with him",
  "preparing to leave" and "after leaving" for the domestic abuse plan;
- ``[[review_trigger]]`` blocks: changes that mean the plan should be looked at again;
- an optional ``[generated_checklist]`` with ``[[generated_checklist.rule]]`` blocks, which
  turn answers into tasks (the leaving custody plan's first 72 hours); see
  :mod:`.generated_checklist`.

A plan keeps a snapshot of the template it was made with (:meth:`to_json`), so an older
plan still opens and prints exactly as it was written after the template changes. The
snapshot holds the text as the file wrote it, whatever language was on screen; reopening it
(:meth:`from_json`) shows it in the language in use then (:mod:`.translation`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.i18n import N_, tr
from womenscentre.templates.checker import Checker, read_toml
from womenscentre.templates.fields import FieldSpec, read_field, unique_ids
from womenscentre.templates.generated_checklist import (
    PLACEHOLDER_RE,
    ChecklistRule,
    Condition,
    GeneratedChecklist,
    read_generated,
)
from womenscentre.templates.lines import KeyPath
from womenscentre.templates.translation import translated

TOP_KEYS: Final = {
    "format",
    "kind",
    "id",
    "version",
    "plan_kind",
    "title",
    "summary",
    "discreet_title",
    "default_review_days",
    "credit",
    "view",
    "review_trigger",
    "section",
    "generated_checklist",
}
SECTION_KEYS: Final = {"id", "title", "discreet_title", "intro", "discreet_intro", "field"}
VIEW_KEYS: Final = {"id", "title", "sections", "reminder"}


class PlanKind(StrEnum):
    DOMESTIC_ABUSE = "domestic_abuse"
    VERY_HARD_TIMES = "very_hard_times"
    DRUGS_AND_ALCOHOL = "drugs_and_alcohol"
    LEAVING_CUSTODY = "leaving_custody"
    TECH_AND_STALKING = "tech_and_stalking"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class PlanSection:
    id: str
    title: str
    discreet_title: str
    intro: str
    fields: tuple[FieldSpec, ...]
    #: Shown on a discreet copy instead of ``intro``; a discreet copy shows no intro if empty.
    discreet_intro: str = ""


@dataclass(frozen=True, slots=True)
class PlanView:
    id: str
    title: str
    section_ids: tuple[str, ...]
    #: A line for the keyworker when this view is chosen (e.g. leaving is a risky time).
    reminder: str = ""


@dataclass(frozen=True, slots=True)
class ReviewTrigger:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class SafetyPlanTemplate:
    id: str
    version: int
    plan_kind: PlanKind
    title: str
    summary: str
    discreet_title: str
    default_review_days: int
    credit: str
    views: tuple[PlanView, ...]
    review_triggers: tuple[ReviewTrigger, ...]
    sections: tuple[PlanSection, ...]
    generated: GeneratedChecklist | None = None
    #: The file it was read from; not part of a plan's snapshot.
    source: Path | None = field(default=None, compare=False)
    #: On a translated copy, the template as written; a snapshot always stores that.
    written: SafetyPlanTemplate | None = field(default=None, compare=False, repr=False)

    @property
    def as_written(self) -> SafetyPlanTemplate:
        """The text as the file has it, for storing: never the language on screen."""
        return self.written if self.written is not None else self

    def fields(self) -> Iterator[FieldSpec]:
        for section in self.sections:
            yield from section.fields

    def field(self, field_id: str) -> FieldSpec:
        for spec in self.fields():
            if spec.id == field_id:
                return spec
        raise KeyError(field_id)

    def sections_for(self, view_id: str = "") -> tuple[PlanSection, ...]:
        """The sections one view shows, in template order; every section when no view."""
        if not view_id:
            return self.sections
        for view in self.views:
            if view.id == view_id:
                wanted = set(view.section_ids)
                return tuple(s for s in self.sections if s.id in wanted)
        raise KeyError(view_id)

    def sensitive_choices(self) -> list[tuple[str, str]]:
        """(key, label) of everything she may choose to include on her copy."""
        found: list[tuple[str, str]] = []
        for spec in self.fields():
            if spec.sensitive:
                found.append((spec.id, spec.label))
            for column in spec.columns:
                if column.sensitive and not spec.sensitive:
                    found.append((f"{spec.id}.{column.id}", f"{spec.label}: {column.label}"))
        return found

    def generate_checklist(
        self, answers: Mapping[str, Answer[Any]], show: Callable[[FieldSpec, Any], str]
    ) -> list[dict[str, Any]]:
        """Rows for the generated table from the answers so far (nothing is saved here).

        ``show`` turns an answered value into words (the plan service passes one that knows
        her people and services). A field named in braces that has no answer yet reads "to
        be arranged", so the task still makes sense.
        """
        if self.generated is None:
            return []
        target = self.field(self.generated.field)
        column_ids = {c.id for c in target.columns}
        rows: list[dict[str, Any]] = []
        for rule in self.generated.rules:
            if rule.when is not None and not rule.when.holds(
                answers.get(rule.when.field, Answer())
            ):
                continue

            def fill(match: re.Match[str]) -> str:
                answer = answers.get(match.group(1), Answer())
                if answer.status is not AnswerStatus.ANSWERED:
                    return tr("(to be arranged)")
                return show(self.field(match.group(1)), answer.value)

            row = {"task": PLACEHOLDER_RE.sub(fill, rule.task)}
            if "who" in column_ids and rule.who:
                row["who"] = rule.who
            if "by_when" in column_ids and rule.by_when:
                row["by_when"] = rule.by_when
            rows.append(row)
        return rows

    # -- snapshot ----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The snapshot a plan version keeps, in the words the template file was written in."""
        if self.written is not None:
            return self.written.to_json()
        generated = None
        if self.generated is not None:
            generated = {
                "field": self.generated.field,
                "rules": [
                    {
                        "id": r.id,
                        "task": r.task,
                        "who": r.who,
                        "by_when": r.by_when,
                        "when": None
                        if r.when is None
                        else {
                            "field": r.when.field,
                            "is": r.when.is_,
                            "is_not": r.when.is_not,
                            "answered": r.when.answered,
                        },
                    }
                    for r in self.generated.rules
                ],
            }
        return {
            "id": self.id,
            "version": self.version,
            "plan_kind": self.plan_kind.value,
            "title": self.title,
            "summary": self.summary,
            "discreet_title": self.discreet_title,
            "default_review_days": self.default_review_days,
            "credit": self.credit,
            "views": [
                {
                    "id": v.id,
                    "title": v.title,
                    "sections": list(v.section_ids),
                    "reminder": v.reminder,
                }
                for v in self.views
            ],
            "review_triggers": [{"id": t.id, "label": t.label} for t in self.review_triggers],
            "sections": [
                {
                    "id": s.id,
                    "title": s.title,
                    "discreet_title": s.discreet_title,
                    "intro": s.intro,
                    "discreet_intro": s.discreet_intro,
                    "fields": [f.to_json() for f in s.fields],
                }
                for s in self.sections
            ],
            "generated": generated,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SafetyPlanTemplate:
        """A plan's snapshot, ready to show: its text in the current language."""
        return translated(cls.from_json_as_written(raw))

    @classmethod
    def from_json_as_written(cls, raw: dict[str, Any]) -> SafetyPlanTemplate:
        generated = raw.get("generated")
        return cls(
            id=raw["id"],
            version=int(raw["version"]),
            plan_kind=PlanKind(raw["plan_kind"]),
            title=raw["title"],
            summary=raw.get("summary", ""),
            discreet_title=raw.get("discreet_title", ""),
            default_review_days=int(raw.get("default_review_days", 28)),
            credit=raw.get("credit", ""),
            views=tuple(
                PlanView(v["id"], v["title"], tuple(v["sections"]), v.get("reminder", ""))
                for v in raw.get("views", [])
            ),
            review_triggers=tuple(
                ReviewTrigger(t["id"], t["label"]) for t in raw.get("review_triggers", [])
            ),
            sections=tuple(
                PlanSection(
                    s["id"],
                    s["title"],
                    s.get("discreet_title", ""),
                    s.get("intro", ""),
                    tuple(FieldSpec.from_json(f) for f in s["fields"]),
                    s.get("discreet_intro", ""),
                )
                for s in raw["sections"]
            ),
            generated=None
            if generated is None
            else GeneratedChecklist(
                generated["field"],
                tuple(
                    ChecklistRule(
                        r["id"],
                        r["task"],
                        r.get("who", ""),
                        r.get("by_when", ""),
                        None
                        if r.get("when") is None
                        else Condition(
                            r["when"]["field"],
                            r["when"].get("is"),
                            r["when"].get("is_not"),
                            r["when"].get("answered"),
                        ),
                    )
                    for r in generated["rules"]
                ),
            ),
        )


# -- reading ---------------------------------------------------------------------------


def load_safety_plan(path: Path) -> SafetyPlanTemplate:
    """Read and check one template file; raises ``TemplateFileError`` listing every problem."""
    text, data = read_toml(path)
    check = Checker(path, text)
    check.header(data, "safety_plan")
    check.keys(
        data,
        (),
        TOP_KEYS,
        {"id", "version", "plan_kind", "title", "summary", "discreet_title", "section"},
    )
    sections = [
        _read_section(check, raw, ("section", i)) for i, raw in check.tables(data, "section", ())
    ]
    if not sections:
        check.problem(("section",), tr("a template needs at least one [[section]]"))
    unique_ids(
        check,
        [s.id for s in sections],
        ("section",),
        N_('uses the id "{id}" twice: each section needs its own'),
    )
    fields = {f.id: f for s in sections for f in s.fields}
    _check_field_ids_unique(check, sections)
    section_ids = {s.id for s in sections}
    views = tuple(
        _read_view(check, raw, ("view", i), section_ids)
        for i, raw in check.tables(data, "view", ())
    )
    unique_ids(
        check,
        [v.id for v in views],
        ("view",),
        N_('uses the id "{id}" twice: each view needs its own'),
    )
    triggers: list[ReviewTrigger] = []
    for index, raw in check.tables(data, "review_trigger", ()):
        where: KeyPath = ("review_trigger", index)
        check.keys(raw, where, {"id", "label"}, {"id", "label"})
        triggers.append(
            ReviewTrigger(
                check.ident(raw, "id", where), check.text(raw, "label", where, max_chars=200)
            )
        )
    unique_ids(
        check,
        [t.id for t in triggers],
        ("review_trigger",),
        N_('uses the id "{id}" twice: each review trigger needs its own'),
    )
    template = SafetyPlanTemplate(
        id=check.ident(data, "id", ()),
        version=check.integer(data, "version", (), 1, 10_000, 1),
        plan_kind=PlanKind(
            check.choice(data, "plan_kind", (), [k.value for k in PlanKind], PlanKind.OTHER.value)
        ),
        title=check.text(data, "title", (), max_chars=120),
        summary=check.text(data, "summary", (), max_chars=800),
        discreet_title=check.text(data, "discreet_title", (), max_chars=80),
        default_review_days=check.integer(data, "default_review_days", (), 1, 366, 28),
        credit=check.text(data, "credit", (), required=False, max_chars=800),
        views=views,
        review_triggers=tuple(triggers),
        sections=tuple(sections),
        generated=read_generated(check, data, fields),
        source=path,
    )
    check.finish()
    return template


def _read_section(check: Checker, raw: dict[str, Any], path: KeyPath) -> PlanSection:
    check.keys(raw, path, SECTION_KEYS, {"id", "title", "discreet_title", "field"})
    fields = tuple(
        read_field(check, f, (*path, "field", i)) for i, f in check.tables(raw, "field", path)
    )
    if not fields:
        check.problem(path, tr("a section needs at least one [[section.field]]"))
    return PlanSection(
        id=check.ident(raw, "id", path),
        title=check.text(raw, "title", path, max_chars=120),
        discreet_title=check.text(raw, "discreet_title", path, max_chars=120),
        intro=check.text(raw, "intro", path, required=False, max_chars=600),
        fields=fields,
        discreet_intro=check.text(raw, "discreet_intro", path, required=False, max_chars=600),
    )


def _check_field_ids_unique(check: Checker, sections: list[PlanSection]) -> None:
    seen: set[str] = set()
    for s_index, section in enumerate(sections):
        for f_index, spec in enumerate(section.fields):
            if spec.id and spec.id in seen:
                check.problem(
                    ("section", s_index, "field", f_index, "id"),
                    tr(
                        'uses the field id "{id}" again: every field in a template needs its '
                        "own id, because her answers are kept by it"
                    ).format(id=spec.id),
                )
            seen.add(spec.id)


def _read_view(
    check: Checker, raw: dict[str, Any], path: KeyPath, section_ids: set[str]
) -> PlanView:
    check.keys(raw, path, VIEW_KEYS, {"id", "title", "sections"})
    wanted = check.strings(raw, "sections", path, least=1)
    for index, section_id in enumerate(wanted):
        if section_id not in section_ids:
            check.problem(
                (*path, "sections", index),
                tr('names "{id}", which isn\'t a section here').format(id=section_id),
            )
    return PlanView(
        check.ident(raw, "id", path),
        check.text(raw, "title", path, max_chars=120),
        wanted,
        check.text(raw, "reminder", path, required=False, max_chars=400),
    )
