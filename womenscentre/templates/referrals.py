"""Referral templates: one per kind of recipient, the sections of a pack and their defaults.

A template lists the pack's sections. Each section belongs to exactly one data category from
her consent ledger, so the one rule (``womenscentre.domain.consent.permission``) decides
whether it may go. ``default = true`` marks the data-minimised set offered first; the worker
can add or take away sections, never beyond what the rule allows. A field may be filled from
her record (``source``); a source can only sit in a section of the category its data
belongs to, so a template can't slip, say, risk information into a "contact" section.

The "tell it once" block is her story in her words, as she agreed, in parts that are each
gated by their own category, so she need not tell it again.

Who the pack is about (her names, date of birth, pronouns and language) is not a section: it
heads every pack, because no referral can be made without it. That is why a pack needs her
agreement to at least one section, or an authorised decision to share without it.

Files are TOML, checked completely by the same :class:`Checker` as every other template:
any problem refuses the whole file, named by file, line and field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from womenscentre import paths
from womenscentre.domain.consent import DataCategory, Purpose, RecipientKind
from womenscentre.domain.sharing import Channel
from womenscentre.i18n import N_, tr
from womenscentre.templates.checker import Checker, read_toml
from womenscentre.templates.errors import TemplateFileError, TemplateProblem
from womenscentre.templates.fields import unique_ids
from womenscentre.templates.lines import KeyPath
from womenscentre.templates.translation import translated

FOLDER: Final = "referral_templates"
KIND: Final = "referral_template"
TOP_KEYS: Final = {
    "format",
    "kind",
    "id",
    "version",
    "recipient_kind",
    "title",
    "intro",
    "purposes",
    "default_channel",
    "tell_it_once",
    "section",
}
SECTION_KEYS: Final = {"id", "title", "category", "default", "intro", "field"}
FIELD_KEYS: Final = {"id", "label", "source", "prompt"}
TELL_KEYS: Final = {"title", "intro", "part"}
PART_KEYS: Final = {"id", "label", "category", "default", "prompt"}

_ABUSE = frozenset({DataCategory.ABUSE_HISTORY_AND_RISK})
_SAFE = frozenset({DataCategory.SAFE_CONTACT})
#: Record data a field may be filled from, and the categories that data belongs to.
SOURCES: Final[dict[str, frozenset[DataCategory]]] = {
    "safe_contact.summary": _SAFE,
    "safe_contact.times": _SAFE,
    "safe_contact.voicemail": _SAFE,
    "safe_contact.check_phrase": _SAFE,
    "safe_contact.if_someone_else_answers": _SAFE,
    "person.access_needs": frozenset(
        {DataCategory.PHYSICAL_HEALTH, DataCategory.MENTAL_HEALTH, DataCategory.SESSION_SUMMARY}
    ),
    "risk.summary": _ABUSE,
    "risk.criteria": _ABUSE,
    "risk.her_view": _ABUSE,
    "risk.afraid_of": _ABUSE,
    "risk.incidents": _ABUSE,
}


@dataclass(frozen=True, slots=True)
class PackField:
    id: str
    label: str
    source: str = ""
    prompt: str = ""


@dataclass(frozen=True, slots=True)
class PackSection:
    id: str
    title: str
    category: DataCategory
    default: bool
    fields: tuple[PackField, ...]
    intro: str = ""
    #: True for the parts of the "tell it once" block.
    tell_it_once: bool = False


@dataclass(frozen=True, slots=True)
class ReferralTemplate:
    id: str
    version: int
    recipient_kind: RecipientKind
    title: str
    intro: str
    purposes: tuple[Purpose, ...]
    default_channel: Channel
    tell_it_once_title: str
    tell_it_once_intro: str
    sections: tuple[PackSection, ...]
    source: Path

    def section(self, section_id: str) -> PackSection:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "recipient_kind": self.recipient_kind}


def load_referral_template(path: Path) -> ReferralTemplate:
    text, data = read_toml(path)
    check = Checker(path, text)
    check.header(data, KIND)
    check.keys(data, (), TOP_KEYS, TOP_KEYS - {"intro"})
    kinds = [k.value for k in RecipientKind]
    recipient_kind = check.choice(data, "recipient_kind", (), kinds, RecipientKind.GP.value)
    purposes = _purposes(check, data)
    channel = check.choice(
        data, "default_channel", (), [c.value for c in Channel], Channel.NHSMAIL.value
    )
    sections: list[PackSection] = []
    where_of: list[KeyPath] = []
    for index, raw in check.tables(data, "section", ()):
        sections.append(_section(check, raw, ("section", index)))
        where_of.append(("section", index, "id"))
    if not sections:
        check.problem((), tr("a referral template needs at least one [[section]]"))
    tell = data.get("tell_it_once")
    tell_title, tell_intro = "", ""
    if not isinstance(tell, dict):
        check.problem(("tell_it_once",), tr("must be a [tell_it_once] block with its parts"))
    else:
        where: KeyPath = ("tell_it_once",)
        check.keys(tell, where, TELL_KEYS, {"title", "part"})
        tell_title = check.text(tell, "title", where, max_chars=120)
        tell_intro = check.text(tell, "intro", where, required=False, max_chars=600)
        parts = 0
        for index, raw in check.tables(tell, "part", where):
            sections.append(_part(check, raw, (*where, "part", index)))
            where_of.append((*where, "part", index, "id"))
            parts += 1
        if not parts:
            check.problem(
                where, tr("the tell-it-once block needs at least one [[tell_it_once.part]]")
            )
    seen: set[str] = set()
    for section, place in zip(sections, where_of, strict=True):
        if section.id and section.id in seen:
            check.problem(
                place,
                tr('uses the id "{id}" again: each section needs its own').format(id=section.id),
            )
        seen.add(section.id)
    template = ReferralTemplate(
        id=check.ident(data, "id", ()),
        version=check.integer(data, "version", (), 1, 10_000, 1),
        recipient_kind=RecipientKind(recipient_kind),
        title=check.text(data, "title", (), max_chars=120),
        intro=check.text(data, "intro", (), required=False, max_chars=800),
        purposes=purposes,
        default_channel=Channel(channel),
        tell_it_once_title=tell_title,
        tell_it_once_intro=tell_intro,
        sections=tuple(sections),
        source=path,
    )
    check.finish()
    return template


def load_referral_templates(folder: Path | None = None) -> dict[RecipientKind, ReferralTemplate]:
    """The built-in templates, one per recipient kind; any fault here is a packaging fault.

    Their text is in the language in use (``load_referral_template`` gives it as written).
    A pack keeps only its template's id and version, so a draft reopens in any language.
    """
    base = folder if folder is not None else paths.resources_dir() / FOLDER
    found: dict[RecipientKind, ReferralTemplate] = {}
    for path in sorted(base.glob("*.toml")):
        template = load_referral_template(path)
        if template.recipient_kind in found:
            raise TemplateFileError(
                [
                    _problem(
                        path,
                        tr(
                            "is a second template for {kind}; each kind of recipient has one "
                            "template"
                        ).format(kind=template.recipient_kind.value),
                    )
                ]
            )
        found[template.recipient_kind] = translated(template)
    return found


def _problem(path: Path, text: str) -> TemplateProblem:
    return TemplateProblem(path, 1, "recipient_kind", text)


def _purposes(check: Checker, data: dict[str, Any]) -> tuple[Purpose, ...]:
    allowed = {p.value for p in Purpose}
    found: list[Purpose] = []
    for index, value in enumerate(check.strings(data, "purposes", (), least=1)):
        if value in allowed:
            found.append(Purpose(value))
        else:
            options = ", ".join(f'"{p}"' for p in sorted(allowed))
            check.problem(
                ("purposes", index),
                tr('must be one of {options}, not "{value}"').format(options=options, value=value),
            )
    return tuple(found)


def _category(check: Checker, raw: dict[str, Any], path: KeyPath) -> DataCategory:
    value = check.choice(
        raw, "category", path, [c.value for c in DataCategory], DataCategory.SESSION_SUMMARY.value
    )
    return DataCategory(value)


def _fields(
    check: Checker, raw: dict[str, Any], path: KeyPath, category: DataCategory
) -> tuple[PackField, ...]:
    fields: list[PackField] = []
    for index, item in check.tables(raw, "field", path):
        where: KeyPath = (*path, "field", index)
        check.keys(item, where, FIELD_KEYS, {"id", "label"})
        source = check.text(item, "source", where, required=False, max_chars=60)
        if source and source not in SOURCES:
            options = ", ".join(f'"{s}"' for s in sorted(SOURCES))
            check.problem(
                (*where, "source"), tr("must be one of {options}").format(options=options)
            )
        elif source and category not in SOURCES[source]:
            allowed = ", ".join(sorted(c.value for c in SOURCES[source]))
            check.problem(
                (*where, "source"),
                tr(
                    "fills in information of another kind, so it can only go in a section whose "
                    "category is {allowed}"
                ).format(allowed=allowed),
            )
        fields.append(
            PackField(
                check.ident(item, "id", where),
                check.text(item, "label", where, max_chars=120),
                source,
                check.text(item, "prompt", where, required=False, max_chars=400),
            )
        )
    if not fields:
        check.problem(path, tr("a section needs at least one [[section.field]]"))
    unique_ids(
        check,
        [f.id for f in fields],
        (*path, "field"),
        N_('uses the id "{id}" twice: each field needs its own'),
    )
    return tuple(fields)


def _section(check: Checker, raw: dict[str, Any], path: KeyPath) -> PackSection:
    check.keys(raw, path, SECTION_KEYS, {"id", "title", "category", "field"})
    category = _category(check, raw, path)
    return PackSection(
        id=check.ident(raw, "id", path),
        title=check.text(raw, "title", path, max_chars=120),
        category=category,
        default=check.flag(raw, "default", path),
        fields=_fields(check, raw, path, category),
        intro=check.text(raw, "intro", path, required=False, max_chars=600),
    )


def _part(check: Checker, raw: dict[str, Any], path: KeyPath) -> PackSection:
    """One part of the "tell it once" block: a single field in her words."""
    check.keys(raw, path, PART_KEYS, {"id", "label", "category"})
    part_id = check.ident(raw, "id", path)
    label = check.text(raw, "label", path, max_chars=120)
    return PackSection(
        id=part_id,
        title=label,
        category=_category(check, raw, path),
        default=check.flag(raw, "default", path),
        fields=(PackField("words", label, "", check.text(raw, "prompt", path, required=False)),),
        tell_it_once=True,
    )
