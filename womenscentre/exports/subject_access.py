"""A subject-access pack: everything held about one woman, as a readable PDF and as JSON.

The pack is built by ``services/subject_access.py`` from every row that belongs to her; this
module only says how it reads. Each record becomes a :class:`PackItem` of label-and-value
fields. Anything that names or describes someone other than her (the person harming her,
her children, people on her list, other agencies, colleagues) is marked for redaction
review: per field and per item in the JSON (``check_before_release`` with the reasons), and
in the PDF as a visible "Check before release" box above the item and a mark on the field.
Nothing is removed automatically: what to redact is a person's judgement, so the manager
reads the marked items before anything is given to her.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Final

from womenscentre.exports.document import (
    Block,
    Box,
    BoxKind,
    Document,
    Heading,
    Paragraph,
    Rows,
)
from womenscentre.i18n import N_, tr

FORMAT: Final = "womenscentre-subject-access/1"
CHECK_MARK: Final = N_("Check before release")
AUDIT_SECTION: Final = "audit"
FIELD_MARK: Final = N_(" [check before release]")
FREE_TEXT_NOTE: Final = N_(
    "Session notes, addenda and other free text are in her worker's own words and may mention "
    "other people even where nothing is marked. Please read them before release too."
)
HOW_TO_READ: Final = N_(
    "This pack holds everything the centre keeps about her in this app: her details, cases, "
    "session notes with their addenda, safety plans with every earlier version, risk "
    "identification records, consents, sharing decisions, referral records and the record "
    "of who opened or exported her file. Items marked \u201cCheck before release\u201d hold "
    "details about someone else; please review them, and redact where needed, before the "
    "pack is given to her."
)


@dataclass(frozen=True, slots=True)
class PackField:
    label: str
    value: str
    #: Why this field needs a look before release ("" when it doesn't).
    check: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "value": self.value,
            "check_before_release": bool(self.check),
            "why": self.check,
        }


@dataclass(frozen=True, slots=True)
class PackItem:
    """One record (a note, a plan version, a consent entry...) as readable fields."""

    kind: str
    record_id: str
    title: str
    fields: tuple[PackField, ...]
    #: Reasons that apply to the item as a whole, beyond its marked fields.
    checks: tuple[str, ...] = ()

    @property
    def reasons(self) -> tuple[str, ...]:
        found = [*self.checks, *(f.check for f in self.fields if f.check)]
        return tuple(dict.fromkeys(found))

    @property
    def needs_check(self) -> bool:
        return bool(self.reasons)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "record_id": self.record_id,
            "title": self.title,
            "check_before_release": self.needs_check,
            "why": list(self.reasons),
            "fields": [f.to_json() for f in self.fields],
        }


@dataclass(frozen=True, slots=True)
class PackSection:
    key: str
    title: str
    items: tuple[PackItem, ...]


@dataclass(frozen=True, slots=True)
class SubjectAccessPack:
    person_id: str
    reference: str
    preferred_name: str
    made_at: str
    made_by: str
    centre_name: str
    sections: tuple[PackSection, ...]

    def items(self) -> list[PackItem]:
        return [item for section in self.sections for item in section.items]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "person_id": self.person_id,
            "reference": self.reference,
            "preferred_name": self.preferred_name,
            "made_at": self.made_at,
            "made_by": self.made_by,
            "centre": self.centre_name,
            "notes": [HOW_TO_READ, FREE_TEXT_NOTE],
            "items_to_check": sum(1 for item in self.items() if item.needs_check),
            "sections": [
                {
                    "key": section.key,
                    "title": section.title,
                    "items": [item.to_json() for item in section.items],
                }
                for section in self.sections
            ],
        }

    def to_json_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _item_blocks(item: PackItem) -> list[Block]:
    blocks: list[Block] = [Heading(item.title, 3)]
    if item.needs_check:
        reasons = "; ".join(item.reasons)
        blocks.append(Box(BoxKind.NOTE, tr(CHECK_MARK), (Paragraph(f"{reasons}."),)))
    rows = tuple(
        (f.label + (tr(FIELD_MARK) if f.check else ""), f.value or tr("(nothing recorded)"))
        for f in item.fields
    )
    if rows:
        blocks.append(Rows(rows))
    return blocks


def _audit_blocks(items: tuple[PackItem, ...]) -> list[Block]:
    """The audit as one line per entry: it can run to hundreds, each much like the last."""
    reasons = tuple(dict.fromkeys(r for item in items for r in item.reasons))
    blocks: list[Block] = []
    if reasons:
        blocks.append(Box(BoxKind.NOTE, tr(CHECK_MARK), (Paragraph(f"{'; '.join(reasons)}."),)))
    rows = []
    for item in items:
        fields = {f.label: f for f in item.fields}
        when_label, who_label = tr("When"), tr("Who")
        when, who = fields.get(when_label), fields.get(who_label)
        label = f"{when.value if when else ''}, {who.value if who else ''}"
        if any(f.check for f in item.fields):
            label += tr(FIELD_MARK)
        rest = [f for f in item.fields if f.label not in (when_label, who_label)]
        rows.append((label, "; ".join(f"{f.label}: {f.value}" for f in rest if f.value)))
    blocks.append(Rows(tuple(rows)))
    return blocks


def to_document(pack: SubjectAccessPack) -> Document:
    """The pack as a document for the injected PDF renderer."""
    flagged = sum(1 for item in pack.items() if item.needs_check)
    blocks: list[Block] = [
        Rows(
            (
                (tr("About"), pack.preferred_name),
                (tr("Record reference"), pack.reference),
                (tr("Made"), pack.made_at),
                (tr("Made by"), pack.made_by),
                (tr("Items to check before release"), str(flagged)),
            )
        ),
        Box(
            BoxKind.STAMP,
            tr("How to read this pack"),
            (Paragraph(tr(HOW_TO_READ)), Paragraph(tr(FREE_TEXT_NOTE))),
        ),
    ]
    for section in pack.sections:
        blocks.append(Heading(section.title, 2))
        if not section.items:
            blocks.append(Paragraph(tr("Nothing is held here."), emphasis=True))
        elif section.key == AUDIT_SECTION:
            blocks += _audit_blocks(section.items)
            continue
        for item in section.items:
            blocks += _item_blocks(item)
    if pack.centre_name:
        subtitle = tr("{centre}: subject access pack for {name}").format(
            centre=pack.centre_name, name=pack.preferred_name
        )
    else:
        subtitle = tr("Subject access pack for {name}").format(name=pack.preferred_name)
    return Document(
        title=tr("Everything we hold about her"),
        subtitle=subtitle,
        blocks=tuple(blocks),
        footer=tr("Confidential. Subject access pack {reference}, made {made}.").format(
            reference=pack.reference, made=pack.made_at
        ),
        point_size=10,
    )
