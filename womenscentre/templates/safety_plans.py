"""Safety-plan templates: the structure a plan is co-produced in.

A template is a list of sections of fields (see :mod:`.fields`), plus:

- ``[[view]]`` blocks: named selections of sections, such as "still living with him",
  "preparing to leave" and "after leaving" for the domestic abuse plan;
- ``[[review_trigger]]`` blocks: changes that mean the plan should be looked at again;
- an optional ``[generated_checklist]`` with ``[[generated_checklist.rule]]`` blocks, which
  turn answers into tasks (the leaving custody plan's first 72 hours). A task may name a
  field in braces, ``{gp_practice}``, to include its answer.

A plan keeps a snapshot of the template it was made with (:meth:`to_json`), so an older
plan still opens and prints exactly as it was written after the template changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.templates.checker import Checker, read_toml
from womenscentre.templates.fields import FieldSpec, FieldType, YesNoUnsure, read_field, unique_ids
from womenscentre.templates.lines import KeyPath

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
RULE_KEYS: Final = {"id", "task", "who", "by_when", "when"}
WHEN_KEYS: Final = {"field", "is", "is_not", "answered"}
_PLACEHOLDER_RE: Final = re.compile(r"\{([a-z0-9_-]+)\}")


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
class Condition:
    """When a generated task applies: one field compared with one value, or answered."""

    field: str
    is_: str | None = None
    is_not: str | None = None
    answered: bool | None = None

    def holds(self, answer: Answer[Any]) -> bool:
        if self.answered is not None:
            return (answer.status is AnswerStatus.ANSWERED) == self.answered
        value = answer.value if answer.status is AnswerStatus.ANSWERED else None
        if self.is_ is not None:
            return value == self.is_
        return value != self.is_not


@dataclass(frozen=True, slots=True)
class ChecklistRule:
    id: str
    task: str
    who: str
    by_when: str
    when: Condition | None


@dataclass(frozen=True, slots=True)
class GeneratedChecklist:
    """Rules that turn a plan's answers into rows of one table field."""

    field: str
    rules: tuple[ChecklistRule, ...]


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
                    return "(to be arranged)"
                return show(self.field(match.group(1)), answer.value)

            row = {"task": _PLACEHOLDER_RE.sub(fill, rule.task)}
            if "who" in column_ids and rule.who:
                row["who"] = rule.who
            if "by_when" in column_ids and rule.by_when:
                row["by_when"] = rule.by_when
            rows.append(row)
        return rows

    # -- snapshot ----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
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
        check.problem(("section",), "a template needs at least one [[section]]")
    unique_ids(check, [s.id for s in sections], ("section",), "section")
    fields = {f.id: f for s in sections for f in s.fields}
    _check_field_ids_unique(check, sections)
    section_ids = {s.id for s in sections}
    views = tuple(
        _read_view(check, raw, ("view", i), section_ids)
        for i, raw in check.tables(data, "view", ())
    )
    unique_ids(check, [v.id for v in views], ("view",), "view")
    triggers: list[ReviewTrigger] = []
    for index, raw in check.tables(data, "review_trigger", ()):
        where: KeyPath = ("review_trigger", index)
        check.keys(raw, where, {"id", "label"}, {"id", "label"})
        triggers.append(
            ReviewTrigger(
                check.ident(raw, "id", where), check.text(raw, "label", where, max_chars=200)
            )
        )
    unique_ids(check, [t.id for t in triggers], ("review_trigger",), "review trigger")
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
        generated=_read_generated(check, data, fields),
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
        check.problem(path, "a section needs at least one [[section.field]]")
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
                    f'uses the field id "{spec.id}" again: every field in a template needs its '
                    "own id, because her answers are kept by it",
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
                (*path, "sections", index), f'names "{section_id}", which isn\'t a section here'
            )
    return PlanView(
        check.ident(raw, "id", path),
        check.text(raw, "title", path, max_chars=120),
        wanted,
        check.text(raw, "reminder", path, required=False, max_chars=400),
    )


def _read_generated(
    check: Checker, data: dict[str, Any], fields: dict[str, FieldSpec]
) -> GeneratedChecklist | None:
    raw = data.get("generated_checklist")
    if raw is None:
        return None
    path: KeyPath = ("generated_checklist",)
    if not isinstance(raw, dict):
        check.problem(path, "must be a [generated_checklist] block")
        return None
    check.keys(raw, path, {"field", "rule"}, {"field", "rule"})
    target = raw.get("field")
    spec = fields.get(target) if isinstance(target, str) else None
    if (
        spec is None
        or spec.type is not FieldType.TABLE
        or "task" not in {c.id for c in spec.columns}
    ):
        check.problem((*path, "field"), 'must name a "table" field here that has a "task" column')
    rules: list[ChecklistRule] = []
    for index, rule in check.tables(raw, "rule", path):
        where: KeyPath = (*path, "rule", index)
        check.keys(rule, where, RULE_KEYS, {"id", "task"})
        task = check.text(rule, "task", where, max_chars=300)
        for name in _PLACEHOLDER_RE.findall(task):
            if name not in fields:
                check.problem((*where, "task"), f"mentions {{{name}}}, which isn't a field here")
        rules.append(
            ChecklistRule(
                check.ident(rule, "id", where),
                task,
                check.text(rule, "who", where, required=False, max_chars=80),
                check.text(rule, "by_when", where, required=False, max_chars=80),
                _read_condition(check, rule.get("when"), (*where, "when"), fields),
            )
        )
    unique_ids(check, [r.id for r in rules], (*path, "rule"), "rule")
    return GeneratedChecklist(str(target), tuple(rules))


def _read_condition(
    check: Checker, raw: object, path: KeyPath, fields: dict[str, FieldSpec]
) -> Condition | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        check.problem(path, 'must look like { field = "x", is = "yes" }')
        return None
    check.keys(raw, path, WHEN_KEYS, {"field"})
    name = raw.get("field")
    if not isinstance(name, str) or name not in fields:
        check.problem((*path, "field"), "must name a field in this template")
    tests = [k for k in ("is", "is_not", "answered") if k in raw]
    if len(tests) != 1:
        check.problem(path, 'needs exactly one of is = "...", is_not = "..." or answered = true')
        return None
    spec = fields.get(name) if isinstance(name, str) else None
    for key in ("is", "is_not"):
        if key not in raw:
            continue
        allowed = _comparable_values(spec) if spec is not None else None
        if not isinstance(raw[key], str) or (allowed is not None and raw[key] not in allowed):
            shown = ", ".join(f'"{a}"' for a in sorted(allowed or []))
            check.problem((*path, key), f"must be one of the field's values ({shown})")
    return Condition(
        str(name),
        raw.get("is"),
        raw.get("is_not"),
        check.flag(raw, "answered", path) if "answered" in raw else None,
    )


def _comparable_values(spec: FieldSpec) -> set[str] | None:
    if spec.type is FieldType.YES_NO_UNSURE:
        return {v.value for v in YesNoUnsure}
    if spec.type is FieldType.CHOICE:
        return {o.id for o in spec.options}
    return None
