"""The fields a prompt set or safety plan records, and what each kind of value looks like.

Every field's value is held in an :class:`~womenscentre.domain.answers.Answer`, so every
field accepts "she chose not to answer" and "not asked: not safe or right to ask now". Only
an answered value is checked against the field's type. Values are plain JSON:

============== ==========================================================================
type           answered value
============== ==========================================================================
text           a string
list           a list of strings
table          a list of rows; each row maps column ids to a value of the column's type
               (or null for a blank cell)
checklist      a map of item id to "have_it", "copy_elsewhere" or "not_needed"; an item
               not in the map is still to sort
date           "YYYY-MM-DD"
yes_no_unsure  "yes", "no" or "unsure"
reference      a list of ids from her own list of people and services
choice         one option id
scale          a whole number within the field's range (0 to 10 unless it says)
============== ==========================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Final

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.i18n import N_, tr
from womenscentre.templates.checker import Checker
from womenscentre.templates.lines import KeyPath


class FieldType(StrEnum):
    TEXT = "text"
    LIST = "list"
    TABLE = "table"
    CHECKLIST = "checklist"
    DATE = "date"
    YES_NO_UNSURE = "yes_no_unsure"
    REFERENCE = "reference"
    CHOICE = "choice"
    SCALE = "scale"


class YesNoUnsure(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


class ChecklistState(StrEnum):
    HAVE_IT = "have_it"
    COPY_ELSEWHERE = "copy_elsewhere"
    NOT_NEEDED = "not_needed"


class RefersTo(StrEnum):
    PERSON = "person"
    SERVICE = "service"
    ANY = "any"


#: Column types a repeating table may use: one value per cell.
CELL_TYPES: Final = frozenset(
    {
        FieldType.TEXT,
        FieldType.DATE,
        FieldType.YES_NO_UNSURE,
        FieldType.CHOICE,
        FieldType.SCALE,
        FieldType.REFERENCE,
    }
)
FIELD_KEYS: Final = frozenset(
    {
        "id",
        "label",
        "type",
        "help",
        "sensitive",
        "discreet_label",
        "multiline",
        "options",
        "items",
        "columns",
        "refers_to",
        "min",
        "max",
        "carry_forward",
    }
)
OPTION_KEYS: Final = frozenset({"id", "label", "discreet_label"})
MAX_TABLE_ROWS: Final = 200


@dataclass(frozen=True, slots=True)
class Option:
    """A choice, or a checklist item: a stable id and the words shown for it."""

    id: str
    label: str
    discreet_label: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "discreet_label": self.discreet_label}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Option:
        return cls(raw["id"], raw["label"], raw.get("discreet_label", ""))


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One thing to record. ``label`` is written so it reads well on her copy too."""

    id: str
    label: str
    type: FieldType
    help: str = ""
    #: Never on her copy unless she chooses (a safe address, his details, where the bag is).
    sensitive: bool = False
    #: How the label reads on a discreet copy; the plain label is used when empty.
    discreet_label: str = ""
    multiline: bool = False
    options: tuple[Option, ...] = ()
    items: tuple[Option, ...] = ()
    columns: tuple[FieldSpec, ...] = ()
    refers_to: RefersTo = RefersTo.ANY
    scale_min: int = 0
    scale_max: int = 10
    #: Shown at the next session as already known, so no one asks it again.
    carry_forward: bool = False

    def column(self, column_id: str) -> FieldSpec:
        for column in self.columns:
            if column.id == column_id:
                return column
        raise KeyError(column_id)

    # -- values ----------------------------------------------------------------------
    def check_answer(self, answer: Answer[Any]) -> None:
        """Raise ``ValueError`` with a plain reason if an answered value doesn't fit."""
        if answer.status is AnswerStatus.ANSWERED:
            self.check_value(answer.value)

    def check_value(self, value: object) -> None:
        kind = self.type
        if kind is FieldType.TEXT:
            _need(isinstance(value, str), self, N_('"{label}" should be text.'))
        elif kind is FieldType.LIST:
            _need(
                isinstance(value, list) and all(isinstance(v, str) for v in value),
                self,
                N_('"{label}" should be a list of text.'),
            )
        elif kind is FieldType.DATE:
            _need(_is_date(value), self, N_('"{label}" should be a date.'))
        elif kind is FieldType.YES_NO_UNSURE:
            _need(value in set(YesNoUnsure), self, N_('"{label}" should be yes, no or unsure.'))
        elif kind is FieldType.CHOICE:
            _need(
                value in {o.id for o in self.options},
                self,
                N_('"{label}" should be one of its options.'),
            )
        elif kind is FieldType.SCALE:
            _need(
                isinstance(value, int)
                and not isinstance(value, bool)
                and self.scale_min <= value <= self.scale_max,
                self,
                N_('"{label}" should be a number from {low} to {high}.'),
                low=self.scale_min,
                high=self.scale_max,
            )
        elif kind is FieldType.REFERENCE:
            _need(
                isinstance(value, list) and all(isinstance(v, str) and v for v in value),
                self,
                N_('"{label}" should point to people or services on her list.'),
            )
        elif kind is FieldType.CHECKLIST:
            items = {i.id for i in self.items}
            _need(
                isinstance(value, dict)
                and set(value) <= items
                and all(v in set(ChecklistState) for v in value.values()),
                self,
                N_('"{label}" should mark its own items as have it, copy elsewhere or not needed.'),
            )
        elif kind is FieldType.TABLE:
            self._check_rows(value)

    def _check_rows(self, value: object) -> None:
        rows_ok = isinstance(value, list) and len(value) <= MAX_TABLE_ROWS
        _need(rows_ok, self, N_('"{label}" should be rows.'))
        assert isinstance(value, list)
        columns = {c.id: c for c in self.columns}
        for row in value:
            _need(
                isinstance(row, dict) and set(row) <= set(columns),
                self,
                N_('"{label}" has a row that doesn\'t fit its columns.'),
            )
            for column_id, cell in row.items():
                if cell is not None:
                    columns[column_id].check_value(cell)

    def references(self, value: object) -> list[str]:
        """Ids of her people and services this answered value points to."""
        if self.type is FieldType.REFERENCE and isinstance(value, list):
            return [v for v in value if isinstance(v, str)]
        found: list[str] = []
        if self.type is FieldType.TABLE and isinstance(value, list):
            for row in value:
                for column in self.columns:
                    found += column.references(row.get(column.id))
        return found

    # -- snapshot kept inside each plan version ----------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "type": self.type.value,
            "help": self.help,
            "sensitive": self.sensitive,
            "discreet_label": self.discreet_label,
            "multiline": self.multiline,
            "options": [o.to_json() for o in self.options],
            "items": [i.to_json() for i in self.items],
            "columns": [c.to_json() for c in self.columns],
            "refers_to": self.refers_to.value,
            "min": self.scale_min,
            "max": self.scale_max,
            "carry_forward": self.carry_forward,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> FieldSpec:
        return cls(
            id=raw["id"],
            label=raw["label"],
            type=FieldType(raw["type"]),
            help=raw.get("help", ""),
            sensitive=bool(raw.get("sensitive", False)),
            discreet_label=raw.get("discreet_label", ""),
            multiline=bool(raw.get("multiline", False)),
            options=tuple(Option.from_json(o) for o in raw.get("options", [])),
            items=tuple(Option.from_json(i) for i in raw.get("items", [])),
            columns=tuple(cls.from_json(c) for c in raw.get("columns", [])),
            refers_to=RefersTo(raw.get("refers_to", RefersTo.ANY.value)),
            scale_min=int(raw.get("min", 0)),
            scale_max=int(raw.get("max", 10)),
            carry_forward=bool(raw.get("carry_forward", False)),
        )


def _need(ok: bool, spec: FieldSpec, reason: str, **values: object) -> None:
    """``reason`` is a whole sentence marked with ``N_``, naming the field as ``{label}``."""
    if not ok:
        raise ValueError(tr(reason).format(label=spec.label, **values))


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


# -- reading from a file -------------------------------------------------------------


def read_field(
    check: Checker, raw: dict[str, Any], path: KeyPath, *, cell: bool = False
) -> FieldSpec:
    """One ``[[...field]]`` block (or one table column when ``cell``), checked."""
    check.keys(raw, path, set(FIELD_KEYS), {"id", "label", "type"})
    allowed = sorted(t.value for t in CELL_TYPES) if cell else [t.value for t in FieldType]
    kind = FieldType(check.choice(raw, "type", path, allowed, FieldType.TEXT.value))
    options = _options(check, raw, "options", path) if kind is FieldType.CHOICE else ()
    items = _options(check, raw, "items", path) if kind is FieldType.CHECKLIST else ()
    columns: tuple[FieldSpec, ...] = ()
    if kind is FieldType.TABLE:
        found = [
            read_field(check, c, (*path, "columns", i), cell=True)
            for i, c in check.tables(raw, "columns", path)
        ]
        unique_ids(
            check,
            [c.id for c in found],
            (*path, "columns"),
            N_('uses the id "{id}" twice: each column needs its own'),
        )
        if not found:
            check.problem((*path, "columns"), tr("a table needs at least one column"))
        columns = tuple(found)
    for key, needed in (("options", FieldType.CHOICE), ("items", FieldType.CHECKLIST)):
        if key in raw and kind is not needed:
            check.problem(
                (*path, key),
                tr('only a "{kind}" field has {key}').format(kind=needed.value, key=key),
            )
    if "columns" in raw and kind is not FieldType.TABLE:
        check.problem((*path, "columns"), tr('only a "table" field has columns'))
    refers = RefersTo(
        check.choice(raw, "refers_to", path, [r.value for r in RefersTo], RefersTo.ANY.value)
    )
    low = check.integer(raw, "min", path, 0, 100, 0)
    high = check.integer(raw, "max", path, 1, 100, 10)
    if low >= high:
        check.problem((*path, "max"), tr("must be more than min"))
    return FieldSpec(
        id=check.ident(raw, "id", path),
        label=check.text(raw, "label", path, max_chars=200),
        type=kind,
        help=check.text(raw, "help", path, required=False, max_chars=600),
        sensitive=check.flag(raw, "sensitive", path),
        discreet_label=check.text(raw, "discreet_label", path, required=False, max_chars=200),
        multiline=check.flag(raw, "multiline", path),
        options=options,
        items=items,
        columns=columns,
        refers_to=refers,
        scale_min=low,
        scale_max=high,
        carry_forward=check.flag(raw, "carry_forward", path),
    )


def _options(check: Checker, raw: dict[str, Any], key: str, path: KeyPath) -> tuple[Option, ...]:
    found: list[Option] = []
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        check.problem(
            (*path, key),
            tr("needs a list of {key}, like {example}").format(
                key=key, example='[{ id = "x", label = "X" }]'
            ),
        )
        return ()
    for index, item in enumerate(value):
        where = (*path, key, index)
        if not isinstance(item, dict):
            check.problem(where, tr('{ id = "...", label = "..." } is needed here'))
            continue
        check.keys(item, where, set(OPTION_KEYS), {"id", "label"})
        found.append(
            Option(
                check.ident(item, "id", where),
                check.text(item, "label", where, max_chars=200),
                check.text(item, "discreet_label", where, required=False, max_chars=200),
            )
        )
    unique_ids(
        check,
        [o.id for o in found],
        (*path, key),
        N_('uses the id "{id}" twice: each entry needs its own'),
    )
    return tuple(found)


def unique_ids(check: Checker, ids: list[str], path: KeyPath, problem: str) -> None:
    """``problem`` is marked with ``N_`` and names the repeated id as ``{id}``."""
    seen: set[str] = set()
    for index, item in enumerate(ids):
        if item and item in seen:
            check.problem((*path, index), tr(problem).format(id=item))
        seen.add(item)
