"""Turning each of her opened records into readable, flagged pack items.

Completeness comes first: most kinds are *flattened* (every key of the sealed payload
becomes a field, nested keys joined as "Recipient - Organisation"), so a field added to a
record later still reaches the pack without anyone remembering to add it here. Only
session notes, safety-plan versions and her list of people get hand-made layouts, because
their payloads need the template or the list to read well.

Flags follow the third-party rules of the subject-access issue: the other person's details
and children (safety plans' private fields, "who she is afraid of"), other agencies and
recipients, the people on her list, and colleagues named in the audit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.plans import SupportEntry, SupportList
from womenscentre.domain.retention import TABLE_LABELS
from womenscentre.exports.her_copy import describe
from womenscentre.exports.subject_access import PackField, PackItem
from womenscentre.i18n import N_, tr
from womenscentre.labels import Labels
from womenscentre.templates.fields import FieldSpec, FieldType
from womenscentre.templates.safety_plans import SafetyPlanTemplate

#: Why a field may need checking before release: marked here, translated where shown.
OTHER_AGENCY: Final = N_("names another agency or organisation")
OTHER_PERSON: Final = N_("may hold details of another person, such as the person harming her")
PRIVATE_PLAN_FIELD: Final = N_(
    "a private field in her plan: may hold details of another person or of her children"
)
HER_PEOPLE: Final = N_("details of someone on her list of people and services")
NAMES_HER_PEOPLE: Final = N_("names people from her list of people and services")
COLLEAGUE: Final = N_("names a colleague: usually released, but check for any concern first")
REFERRAL_SOURCE: Final = N_("may name the agency or person who referred her")

#: Keys (at any depth) whose values name or describe someone other than her.
FLAGGED_KEYS: Final = {
    "recipient": OTHER_AGENCY,
    "recipients": OTHER_AGENCY,
    "recipients_told": OTHER_AGENCY,
    "recipient_reference": OTHER_AGENCY,
    "marac_area": OTHER_AGENCY,
    "actions": OTHER_AGENCY,
    "afraid_of": OTHER_PERSON,
    "referral_source": REFERRAL_SOURCE,
}
#: Keys holding staff user ids: shown as names.
USER_KEYS: Final = frozenset({"decided_by", "authorised_by", "keyworker_ids"})
#: Keys never shown: a template snapshot (the questions, not her answers) and the record's
#: own links, which the item already carries.
SKIPPED_KEYS: Final = frozenset({"template", "person_id", "chain_id"})
_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+")

Names = Mapping[str, str]


#: Labels that read better than the stored key.
LABELS: Final = Labels({"keyworker_ids": N_("Keyworkers"), "decided_by": N_("Decided by")})


def label_of(key: str) -> str:
    return LABELS.get(key) or key.replace("_", " ").strip().capitalize() or key


def word_value(value: Any) -> str:
    """A stored value in plain words: booleans as Yes/No, enum keys without underscores."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    text = str(value)
    return text.replace("_", " ") if _SNAKE.fullmatch(text) else text


def _field(label: str, text: str, why: str) -> PackField:
    """A field; an empty one holds nobody's details, so it is never marked."""
    return PackField(label, text, tr(why) if text.strip() and why else "")


def _is_answer(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"status", "value"}


def flatten(
    payload: Mapping[str, Any],
    names: Names,
    *,
    prefix: str = "",
    check: str = "",
    skip: frozenset[str] = SKIPPED_KEYS,
) -> list[PackField]:
    """Every key of ``payload`` as a field; nested keys are joined into one label."""
    fields: list[PackField] = []
    for key, value in payload.items():
        if key in skip:
            continue
        label = f"{prefix} - {label_of(key)}" if prefix else label_of(key)
        why = check or FLAGGED_KEYS.get(key, "")
        if key in USER_KEYS:
            ids = value if isinstance(value, list) else [value]
            shown = ", ".join(names.get(str(i), str(i)) for i in ids if i)
            fields.append(_field(label, shown, why))
        elif _is_answer(value):
            try:
                fields.append(_field(label, Answer.from_json(value).display(), why))
            except ValueError:
                fields.append(_field(label, word_value(value.get("value")), why))
        elif isinstance(value, dict):
            if value:
                fields += flatten(value, names, prefix=label, check=why, skip=frozenset())
        elif isinstance(value, list):
            fields += _flatten_list(label, value, names, why)
        else:
            fields.append(_field(label, word_value(value), why))
    return fields


def _flatten_list(label: str, values: list[Any], names: Names, why: str) -> list[PackField]:
    if all(not isinstance(v, dict | list) for v in values):
        return [_field(label, "; ".join(word_value(v) for v in values), why)]
    fields: list[PackField] = []
    for number, value in enumerate(values, start=1):
        inner = f"{label} {number}"
        if isinstance(value, dict):
            fields += flatten(value, names, prefix=inner, check=why, skip=frozenset())
        else:
            fields.append(_field(inner, word_value(value), why))
    return fields


def row_fields(status: str, created_at: str, updated_at: str, deleted: bool) -> list[PackField]:
    fields = [
        PackField(tr("Status"), word_value(status)),
        PackField(tr("First recorded"), created_at),
        PackField(tr("Last changed"), updated_at),
    ]
    if deleted:
        fields.append(PackField(tr("Deleted"), tr("Yes: kept until the centre's review date")))
    return fields


def generic_item(
    table: str, record_id: str, payload: Mapping[str, Any], names: Names, meta: list[PackField]
) -> PackItem:
    return PackItem(
        table, record_id, title_for(table, payload), tuple(meta + flatten(payload, names))
    )


def title_for(table: str, payload: Mapping[str, Any]) -> str:
    """A heading that tells one item from the next: its kind and its own date or recipient."""
    label = TABLE_LABELS.get(table, label_of(table)).capitalize()
    consent = payload.get("consent")
    recipient = payload.get("recipient")
    if table == "people":
        return tr("Her details")
    if table == "cases":
        return tr("Case opened {day}").format(day=payload.get("opened_on", "")).strip()
    if table == "risk_records":
        return tr("Risk identification record, {day}").format(day=payload.get("completed_on", ""))
    if table == "consents" and isinstance(consent, dict):
        status = word_value(consent.get("status"))
        return tr("Consent to share, version {version} ({status})").format(
            version=consent.get("version", ""), status=status
        )
    if isinstance(recipient, dict) and recipient.get("organisation"):
        what = {
            "sharing_decisions": tr("Sharing decision"),
            "exports": tr("Referral pack exported"),
        }
        return f"{what.get(table, label)}: {recipient['organisation']}"
    return label


# -- hand-made layouts -------------------------------------------------------------------


def note_item(
    record_id: str,
    payload: Mapping[str, Any],
    author: str,
    addenda: Iterable[tuple[str, Mapping[str, Any], str]],
    meta: list[PackField],
) -> PackItem:
    """A session note with every addendum (and any unfinished one) beneath it."""
    content = payload.get("content", {})
    day = str(content.get("session_date", ""))
    fields = [
        *meta,
        PackField(tr("Written by"), author),
        *flatten(content, {}),
        *flatten(
            {k: v for k, v in payload.items() if k != "content"},
            {},
            skip=SKIPPED_KEYS,
        ),
    ]
    for status, body, writer in addenda:
        written = body.get("written_at")
        if status == "final" and written:
            label = tr("Addendum written {when} by {writer}").format(when=written, writer=writer)
        else:
            label = tr("Unfinished addendum by {writer}").format(writer=writer)
        fields.append(PackField(label, str(body.get("body", ""))))
    title = tr("Session note, {day}").format(day=day)
    return PackItem("session_notes", record_id, title, tuple(fields))


def support_items(
    record_id: str, payload: Mapping[str, Any], meta: list[PackField]
) -> list[PackItem]:
    """One item per person or service on her list: each one is someone else's details."""
    items = [
        PackItem("support_lists", record_id, tr("Her list of people and services"), tuple(meta))
    ]
    for raw in payload.get("entries", []):
        try:
            entry = SupportEntry.from_json(raw)
        except (KeyError, ValueError, TypeError):
            items.append(
                PackItem(
                    "support_lists",
                    record_id,
                    tr("An entry on her list"),
                    tuple(flatten(raw, {})),
                    (tr(HER_PEOPLE),),
                )
            )
            continue
        if entry.kind.value == "service":
            title = tr("Service: {name}").format(name=entry.name)
        else:
            title = tr("Person she trusts: {name}").format(name=entry.name)
        fields = [_field(label_of(k), word_value(v), HER_PEOPLE) for k, v in raw.items()]
        items.append(PackItem("support_lists", entry.id, title, tuple(fields), (tr(HER_PEOPLE),)))
    return items


def plan_version_item(
    record_id: str,
    plan_title: str,
    number: int,
    payload: Mapping[str, Any],
    author: str,
    support: SupportList,
    meta: list[PackField],
) -> PackItem:
    """One saved version of a safety plan, in the template's order and words."""
    try:
        template: SafetyPlanTemplate | None = SafetyPlanTemplate.from_json(payload["template"])
    except (KeyError, ValueError, TypeError):
        template = None
    answers: dict[str, Any] = dict(payload.get("answers", {}))
    fields = [*meta, PackField(tr("Saved by"), author)]
    specs = list(template.fields()) if template is not None else []
    for spec in specs:
        if spec.id in answers:
            fields.append(_plan_field(spec, answers.pop(spec.id), support))
    for key, raw in answers.items():
        fields.append(PackField(label_of(key), _answer_text(raw), tr(PRIVATE_PLAN_FIELD)))
    rest = {k: v for k, v in payload.items() if k not in ("answers", "template")}
    fields += flatten(rest, {})
    title = tr("Safety plan: {title}, version {number}").format(title=plan_title, number=number)
    return PackItem("safety_plan_versions", record_id, title, tuple(fields))


def _answer_text(raw: Any) -> str:
    if _is_answer(raw):
        value = raw.get("value")
        if raw.get("status") == AnswerStatus.ANSWERED.value and value is not None:
            return word_value(value) if not isinstance(value, list | dict) else str(value)
        try:
            return Answer.from_json(raw).display()
        except ValueError:
            return ""
    return str(raw)


def _plan_field(spec: FieldSpec, raw: Any, support: SupportList) -> PackField:
    sensitive = spec.sensitive or any(c.sensitive for c in spec.columns)
    why = PRIVATE_PLAN_FIELD if sensitive else ""
    try:
        answer = Answer.from_json(raw)
    except (KeyError, ValueError, TypeError):
        return PackField(spec.label, str(raw), tr(why or PRIVATE_PLAN_FIELD))
    if answer.status is not AnswerStatus.ANSWERED:
        return PackField(spec.label, answer.display())
    if spec.references(answer.value) and not why:
        why = NAMES_HER_PEOPLE
    try:
        if spec.type is FieldType.TABLE:
            text = _table_text(spec, list(answer.value or []), support)
        else:
            text = describe(spec, answer.value, support)
    except (KeyError, ValueError, TypeError, AttributeError):
        text = str(answer.value)
    return PackField(spec.label, text, tr(why))


def _table_text(spec: FieldSpec, rows: list[dict[str, Any]], support: SupportList) -> str:
    """Every column of every row: her copy leaves private columns off, this never does."""
    lines = []
    for row in rows:
        parts = []
        for column in spec.columns:
            cell = row.get(column.id)
            if cell is None or cell == "" or cell == []:
                continue
            parts.append(f"{column.label}: {describe(column, cell, support)}")
        if parts:
            lines.append("; ".join(parts))
    return "\n".join(lines)


# -- the audit -----------------------------------------------------------------------------


def audit_item(
    seq: int,
    ts: str,
    action: str,
    actor: str,
    record_kind: str,
    details: Mapping[str, Any] | None,
    colleague: bool,
) -> PackItem:
    """Who did what to her record, and when; details only where this manager can read them."""
    fields = [
        PackField(tr("When"), ts),
        PackField(tr("Who"), actor, tr(COLLEAGUE) if colleague else ""),
        PackField(tr("What"), word_value(action).capitalize()),
        PackField(tr("Which record"), record_kind),
    ]
    if details is None:
        fields.append(PackField(tr("Details"), tr("Sealed with a key this account doesn't hold")))
    else:
        fields += flatten(details, {}, prefix=tr("Details"), skip=frozenset({"person_id"}))
    title = f"{word_value(action).capitalize()}, {ts[:16].replace('T', ' ')}"
    return PackItem("audit_log", str(seq), title, tuple(fields))
