"""A safety-plan template's generated checklist: rules that turn answers into tasks.

The leaving custody plan's first 72 hours are the example: ``[generated_checklist]`` names
a table field with a ``task`` column, and each ``[[generated_checklist.rule]]`` adds a task
when its condition holds. A task may name a field in braces, ``{gp_practice}``, to include
its answer. The rules' words (``task``, ``who``, ``by_when``) are shown, so they are
translated with the rest of the template; ids and conditions never are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Final

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.i18n import N_, tr
from womenscentre.templates.checker import Checker
from womenscentre.templates.fields import FieldSpec, FieldType, YesNoUnsure, unique_ids
from womenscentre.templates.lines import KeyPath

RULE_KEYS: Final = {"id", "task", "who", "by_when", "when"}
WHEN_KEYS: Final = {"field", "is", "is_not", "answered"}
#: ``{field_id}`` inside a task.
PLACEHOLDER_RE: Final = re.compile(r"\{([a-z0-9_-]+)\}")


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


def read_generated(
    check: Checker, data: dict[str, Any], fields: dict[str, FieldSpec]
) -> GeneratedChecklist | None:
    raw = data.get("generated_checklist")
    if raw is None:
        return None
    path: KeyPath = ("generated_checklist",)
    if not isinstance(raw, dict):
        check.problem(path, tr("must be a [generated_checklist] block"))
        return None
    check.keys(raw, path, {"field", "rule"}, {"field", "rule"})
    target = raw.get("field")
    spec = fields.get(target) if isinstance(target, str) else None
    if (
        spec is None
        or spec.type is not FieldType.TABLE
        or "task" not in {c.id for c in spec.columns}
    ):
        check.problem(
            (*path, "field"), tr('must name a "table" field here that has a "task" column')
        )
    rules: list[ChecklistRule] = []
    for index, rule in check.tables(raw, "rule", path):
        where: KeyPath = (*path, "rule", index)
        check.keys(rule, where, RULE_KEYS, {"id", "task"})
        task = check.text(rule, "task", where, max_chars=300)
        for name in PLACEHOLDER_RE.findall(task):
            if name not in fields:
                check.problem(
                    (*where, "task"),
                    tr("mentions {placeholder}, which isn't a field here").format(
                        placeholder="{" + name + "}"
                    ),
                )
        rules.append(
            ChecklistRule(
                check.ident(rule, "id", where),
                task,
                check.text(rule, "who", where, required=False, max_chars=80),
                check.text(rule, "by_when", where, required=False, max_chars=80),
                _read_condition(check, rule.get("when"), (*where, "when"), fields),
            )
        )
    unique_ids(
        check,
        [r.id for r in rules],
        (*path, "rule"),
        N_('uses the id "{id}" twice: each rule needs its own'),
    )
    return GeneratedChecklist(str(target), tuple(rules))


def _read_condition(
    check: Checker, raw: object, path: KeyPath, fields: dict[str, FieldSpec]
) -> Condition | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        check.problem(path, tr('must look like { field = "x", is = "yes" }'))
        return None
    check.keys(raw, path, WHEN_KEYS, {"field"})
    name = raw.get("field")
    if not isinstance(name, str) or name not in fields:
        check.problem((*path, "field"), tr("must name a field in this template"))
    tests = [k for k in ("is", "is_not", "answered") if k in raw]
    if len(tests) != 1:
        check.problem(
            path, tr('needs exactly one of is = "...", is_not = "..." or answered = true')
        )
        return None
    spec = fields.get(name) if isinstance(name, str) else None
    for key in ("is", "is_not"):
        if key not in raw:
            continue
        allowed = _comparable_values(spec) if spec is not None else None
        if not isinstance(raw[key], str) or (allowed is not None and raw[key] not in allowed):
            shown = ", ".join(f'"{a}"' for a in sorted(allowed or []))
            check.problem(
                (*path, key),
                tr("must be one of the field's values ({values})").format(values=shown),
            )
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
