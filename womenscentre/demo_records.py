"""Safety plans, consents, a referral and outcome readings for the training vault.

Trainers need to show the whole journey, not only notes: her people and services, a plan
made with her, what she agreed to share (and one agreement she later withdrew), a referral
pack waiting for a manager, a decision not to share, and a few check-ins for the journey
chart. All of it is data in ``resources/demo/training-vault.toml``.

The file is read completely before the vault is made, so a mistake in it is reported by
line and field (like a template file) and no half-built training vault is left behind.
Dates are given as days from the day the vault is built, so the demo never goes stale.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from womenscentre.domain.answers import Answer
from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Exclusion,
    Purpose,
    Recipient,
    RecipientKind,
    Withdrawal,
)
from womenscentre.domain.outcomes import AreaReading, Occasion
from womenscentre.domain.plans import EntryKind, PlanDraft, SupportEntry, SupportList
from womenscentre.domain.sharing import ToldHer
from womenscentre.errors import UserFacingError
from womenscentre.i18n import tr
from womenscentre.templates import FieldSpec, FieldType, TemplateLibrary
from womenscentre.templates.fields import YesNoUnsure
from womenscentre.templates.lines import KeyPath, key_lines, line_of
from womenscentre.templates.referrals import load_referral_templates

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

T = TypeVar("T")
_SUPPORT_DETAILS = ("relationship", "how_to_reach", "when_to_use", "what_they_know", "code_word")


class DemoFileError(UserFacingError):
    """The training-vault file has a mistake; nothing has been built from it."""

    def __init__(self, file_name: str, line: int, where: str, problem: str) -> None:
        self.line = line
        self.where = where
        super().__init__(
            tr(
                "The training vault couldn't be set up: {file_name}, line {line}, "
                "{where}: {problem} Please correct the file and start the training "
                "vault again."
            ).format(file_name=file_name, line=line, where=where, problem=problem)
        )


class _Reader:
    """Reads values out of the parsed file, naming the line and field of any mistake."""

    def __init__(self, file_name: str, text: str, today: date) -> None:
        self.file_name = file_name
        self.lines = key_lines(text)
        self.today = today

    def fail(self, path: KeyPath, problem: str) -> NoReturn:
        where = ".".join(str(p) for p in path if isinstance(p, str)) or tr("the file")
        raise DemoFileError(self.file_name, line_of(self.lines, path), where, problem)

    def get(self, table: Mapping[str, Any], path: KeyPath, key: str, kind: type[T]) -> T:
        if key not in table:
            self.fail(path, tr("{key} is missing.").format(key=key))
        return self.check(table[key], (*path, key), kind)

    def check(self, value: Any, path: KeyPath, kind: type[T]) -> T:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(
                path,
                tr("expected {expected}, found {found}.").format(
                    expected=kind.__name__, found=type(value).__name__
                ),
            )
        return value

    def choice(self, convert: Callable[[str], T], value: Any, path: KeyPath) -> T:
        try:
            return convert(self.check(value, path, str))
        except (ValueError, KeyError):
            self.fail(
                path, tr("{value!r} isn't one of the values allowed here.").format(value=value)
            )

    def day(self, table: Mapping[str, Any], path: KeyPath, key: str) -> date:
        """A date written as days from today (negative for the past)."""
        return self.today + timedelta(days=self.get(table, path, key, int))

    def items(self, data: Mapping[str, Any], key: str) -> Iterator[tuple[KeyPath, dict[str, Any]]]:
        for index, item in enumerate(self.check(data.get(key, []), (key,), list)):
            yield (key, index), self.check(item, (key, index), dict)


@dataclass
class WomanRecords:
    """Everything beyond her notes, checked and ready to add once her record exists."""

    support: list[SupportEntry] = field(default_factory=list)
    plans: list[tuple[KeyPath, str, PlanDraft]] = field(default_factory=list)
    consents: list[tuple[ConsentToShare, Withdrawal | None]] = field(default_factory=list)
    referrals: list[tuple[RecipientKind, Purpose, Recipient, dict[str, dict[str, str]]]] = field(
        default_factory=list
    )
    not_shared: list[tuple[Recipient, Purpose, str, ToldHer]] = field(default_factory=list)
    check_ins: list[tuple[KeyPath, date, Occasion, tuple[AreaReading, ...]]] = field(
        default_factory=list
    )


@dataclass(frozen=True)
class DemoRecords:
    """Every woman's records, by preferred name, and where in the file each came from."""

    by_woman: dict[str, WomanRecords]
    fail: Callable[[KeyPath, str], NoReturn]

    def add(self, vault: UnlockedVault, name: str, person_id: str) -> None:
        add_records(vault, person_id, self.by_woman[name], self.fail)


def read_records(file_name: str, text: str, data: Mapping[str, Any], today: date) -> DemoRecords:
    """Read and check every record; a mistake raises :class:`DemoFileError`."""
    reader = _Reader(file_name, text, today)
    names = [w["preferred_name"] for w in data.get("women", [])]
    found = {name: WomanRecords() for name in names}
    keys: dict[str, dict[str, str]] = {name: {} for name in names}

    def owner(path: KeyPath, item: Mapping[str, Any]) -> WomanRecords:
        name = reader.get(item, path, "woman", str)
        if name not in found:
            reader.fail(
                (*path, "woman"),
                tr("there is no woman called {name!r} in this file.").format(name=name),
            )
        return found[name]

    for path, item in reader.items(data, "support"):
        records = owner(path, item)
        entry = _support_entry(reader, path, item)
        her_keys = keys[item["woman"]]
        key = reader.get(item, path, "key", str)
        if key in her_keys:
            reader.fail((*path, "key"), tr("{key!r} is already on her list.").format(key=key))
        her_keys[key] = entry.id
        records.support.append(entry)
    library = TemplateLibrary.load()
    for path, item in reader.items(data, "plans"):
        owner(path, item).plans.append(_plan(reader, path, item, library, keys[item["woman"]]))
    for path, item in reader.items(data, "consents"):
        owner(path, item).consents.append(_consent(reader, path, item))
    templates = load_referral_templates()
    for path, item in reader.items(data, "referrals"):
        kind = reader.choice(RecipientKind, item.get("recipient"), (*path, "recipient"))
        purpose = reader.choice(Purpose, item.get("purpose"), (*path, "purpose"))
        if kind not in templates:
            reader.fail((*path, "recipient"), tr("there is no referral template for it."))
        sections = {s.id: {f.id for f in s.fields} for s in templates[kind].sections}
        answers: dict[str, dict[str, str]] = {}
        for section, fields in reader.get(item, path, "answers", dict).items():
            where = (*path, "answers", section)
            for field_id, words in reader.check(fields, where, dict).items():
                if field_id not in sections.get(section, set()):
                    reader.fail(
                        where,
                        tr("{section}.{field_id} isn't part of this template.").format(
                            section=section, field_id=field_id
                        ),
                    )
                answers.setdefault(section, {})[field_id] = reader.check(words, where, str)
        recipient = Recipient(
            kind,
            reader.get(item, path, "organisation", str),
            reader.get(item, path, "role", str),
        )
        owner(path, item).referrals.append((kind, purpose, recipient, answers))
    for path, item in reader.items(data, "not_shared"):
        owner(path, item).not_shared.append(
            (
                _recipient(reader, (*path, "recipient"), item.get("recipient")),
                reader.choice(Purpose, item.get("purpose"), (*path, "purpose")),
                reader.get(item, path, "rationale", str),
                ToldHer(True, reader.get(item, path, "told_her", str)),
            )
        )
    for path, item in reader.items(data, "check_ins"):
        readings = tuple(
            AreaReading(area, Answer.of(reader.check(value, (*path, "hers", area), int)))
            for area, value in reader.get(item, path, "hers", dict).items()
        )
        occasion = reader.choice(Occasion, item.get("occasion"), (*path, "occasion"))
        when = reader.day(item, path, "on")
        owner(path, item).check_ins.append(((*path, "hers"), when, occasion, readings))
    return DemoRecords(found, reader.fail)


def add_records(
    vault: UnlockedVault,
    person_id: str,
    records: WomanRecords,
    fail: Callable[[KeyPath, str], NoReturn],
) -> None:
    """Add her list, plans, consents, referral drafts, decisions and check-ins.

    ``fail(path, problem)`` turns a rejection by the vault into a :class:`DemoFileError`.
    """
    if records.support:
        vault.plans.save_support_list(
            SupportList(person_id, tuple(records.support)), expected_version=0
        )
    for path, template_id, draft in records.plans:
        try:
            vault.plans.create(person_id, template_id, draft)
        except UserFacingError as error:
            fail(path, str(error))
    for consent, withdrawal in records.consents:
        entry = vault.consent.record(person_id, consent)
        if withdrawal is not None:
            vault.consent.withdraw(entry.consent.id, withdrawal)
    for kind, purpose, recipient, answers in records.referrals:
        flow = vault.referrals.start(
            person_id, kind, purpose, organisation=recipient.organisation, role=recipient.role
        )
        for section, fields in answers.items():
            for field_id, words in fields.items():
                flow.set_answer(section, field_id, words)
        vault.referrals.save_draft(flow)
    for recipient, purpose, rationale, told_her in records.not_shared:
        vault.sharing.record_not_shared(
            person_id, recipient, purpose, rationale=rationale, told_her=told_her
        )
    for path, when, occasion, readings in records.check_ins:
        try:
            vault.outcomes.record_check_in(person_id, when, occasion, readings)
        except UserFacingError as error:
            fail(path, str(error))


def _support_entry(reader: _Reader, path: KeyPath, item: Mapping[str, Any]) -> SupportEntry:
    kind = reader.choice(EntryKind, item.get("kind"), (*path, "kind"))
    details = {k: reader.check(item.get(k, ""), (*path, k), str) for k in _SUPPORT_DETAILS}
    agreed = None
    if "agreed" in item:
        agreed = reader.choice(YesNoUnsure, item["agreed"], (*path, "agreed"))
    name = reader.get(item, path, "name", str)
    if not name.strip():
        reader.fail((*path, "name"), tr("each person or service on her list needs a name."))
    return SupportEntry(
        str(uuid.uuid4()),
        kind,
        name,
        relationship=details["relationship"],
        how_to_reach=details["how_to_reach"],
        when_to_use=details["when_to_use"],
        what_they_know=details["what_they_know"],
        code_word=details["code_word"],
        agreed=agreed,
    )


def _plan(
    reader: _Reader,
    path: KeyPath,
    item: Mapping[str, Any],
    library: TemplateLibrary,
    refs: Mapping[str, str],
) -> tuple[KeyPath, str, PlanDraft]:
    template_id = reader.get(item, path, "template", str)
    template = library.safety_plans.get(template_id)
    if template is None:
        reader.fail(
            (*path, "template"),
            tr("there is no safety-plan template {template_id!r}.").format(template_id=template_id),
        )
    specs = {f.id: f for f in template.fields()}
    answers: dict[str, Answer[Any]] = {}
    for field_id, raw in reader.get(item, path, "answers", dict).items():
        where = (*path, "answers", field_id)
        if field_id not in specs:
            reader.fail(
                where,
                tr("{template_id} has no field {field_id!r}.").format(
                    template_id=template_id, field_id=field_id
                ),
            )
        answers[field_id] = Answer.of(_value(reader, where, specs[field_id], raw, refs))
    triggers = tuple(
        reader.check(t, (*path, "review_triggers"), str) for t in item.get("review_triggers", [])
    )
    draft = PlanDraft(
        answers,
        reader.day(item, path, "review_in_days") if "review_in_days" in item else None,
        triggers,
        str(item.get("view", "")),
        str(item.get("disguised_title", "")),
        str(item.get("change_note", "")),
    )
    return path, template_id, draft


def _value(
    reader: _Reader, path: KeyPath, spec: FieldSpec, raw: Any, refs: Mapping[str, str]
) -> Any:
    """One answer as the plan keeps it: dates from day offsets, people from list keys."""
    if spec.type is FieldType.DATE:
        return (reader.today + timedelta(days=reader.check(raw, path, int))).isoformat()
    if spec.type is FieldType.REFERENCE:
        ids = []
        for key in reader.check(raw, path, list):
            if key not in refs:
                reader.fail(
                    path, tr("{key!r} isn't on her list of people and services.").format(key=key)
                )
            ids.append(refs[key])
        return ids
    if spec.type is FieldType.TABLE:
        columns = {c.id: c for c in spec.columns}
        rows = []
        for row in reader.check(raw, path, list):
            for column in reader.check(row, path, dict):
                if column not in columns:
                    reader.fail(
                        path, tr("this table has no column {column!r}.").format(column=column)
                    )
            rows.append({k: _value(reader, path, columns[k], v, refs) for k, v in row.items()})
        return rows
    return raw


def _recipient(reader: _Reader, path: KeyPath, raw: Any) -> Recipient:
    table = reader.check(raw, path, dict)
    kind = reader.choice(RecipientKind, table.get("kind"), (*path, "kind"))
    organisation = reader.get(table, path, "organisation", str)
    role = reader.get(table, path, "role", str)
    if not organisation.strip() or not role.strip():
        reader.fail(path, tr("a recipient needs an organisation and a role."))
    return Recipient(kind, organisation, role)


def _consent(
    reader: _Reader, path: KeyPath, item: Mapping[str, Any]
) -> tuple[ConsentToShare, Withdrawal | None]:
    recipients = tuple(
        _recipient(reader, (*path, "recipients", i), raw)
        for i, raw in enumerate(reader.get(item, path, "recipients", list))
    )
    exclusions = []
    for i, raw in enumerate(item.get("exclusions", [])):
        where = (*path, "exclusions", i)
        table = reader.check(raw, where, dict)
        exclusions.append(
            Exclusion(
                reader.choice(DataCategory, table.get("category"), (*where, "category")),
                _recipient(reader, (*where, "recipient"), table["recipient"])
                if "recipient" in table
                else None,
                str(table.get("note", "")),
            )
        )
    try:
        consent = ConsentToShare(
            id="",
            version=0,
            categories=frozenset(
                reader.choice(DataCategory, c, (*path, "categories"))
                for c in reader.get(item, path, "categories", list)
            ),
            recipients=recipients,
            purposes=frozenset(
                reader.choice(Purpose, p, (*path, "purposes"))
                for p in reader.get(item, path, "purposes", list)
            ),
            direction=reader.choice(Direction, item.get("direction"), (*path, "direction")),
            how_obtained=reader.get(item, path, "how_obtained", str),
            what_she_was_told=reader.get(item, path, "what_she_was_told", str),
            capacity_considered=True,
            interpreter_used=bool(item.get("interpreter_used", False)),
            starts_on=reader.day(item, path, "starts"),
            review_by=reader.day(item, path, "review_by"),
            expires_on=reader.day(item, path, "expires"),
            exclusions=tuple(exclusions),
            ask_each_time=bool(item.get("ask_each_time", False)),
            extra={"her_words": str(item["her_words"])} if "her_words" in item else {},
        )
    except ValueError as error:
        reader.fail(path, f"{error}.")
    withdrawal = None
    if "withdrawn" in item:
        where = (*path, "withdrawn")
        table = reader.check(item["withdrawn"], where, dict)
        withdrawal = Withdrawal(
            reader.day(table, where, "on"),
            reader.get(table, where, "how", str),
            tuple(str(r) for r in table.get("recipients_told", [])),
        )
        if withdrawal.withdrawn_on > reader.today:
            reader.fail((*where, "on"), tr("a withdrawal can't be dated in the future."))
    return consent, withdrawal
