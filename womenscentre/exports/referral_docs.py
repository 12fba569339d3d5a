"""The readable PDF (as a document model) and the versioned JSON document of a referral pack.

Both are built from the confirmed :class:`~womenscentre.exports.referral.Pack` and the
``SharingDecision`` recorded with it, and nothing else, so neither can carry a section the
flow held back. The PDF opens with the consent stamp: the agreement it relies on (reference,
version, what it covers, when it ends) or "shared without her agreement" with the reason and
the lawful basis. The safe-contact box appears only when that section is part of the pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from womenscentre.domain.sharing import (
    WITHOUT_CONSENT_WORDS,
    Art6Basis,
    Art9Condition,
    LawfulBasis,
    Schedule1Condition,
    SharingDecision,
    ToldHer,
    ToldState,
)
from womenscentre.exports.document import (
    Block,
    Box,
    BoxKind,
    Bullets,
    Document,
    Heading,
    Paragraph,
    Rows,
)
from womenscentre.exports.referral import Pack, SectionContent
from womenscentre.exports.wording import (
    CATEGORY_LABELS,
    CHANNEL_LABELS,
    PURPOSE_LABELS,
    day_words,
    joined,
    recipient_words,
)
from womenscentre.i18n import N_, tr
from womenscentre.labels import Labels

JSON_FORMAT: Final = "womenscentre.referral-pack"
JSON_FORMAT_VERSION: Final = 1

ART6_WORDS: Final = Labels(
    {
        Art6Basis.CONSENT: N_("Article 6(1)(a) consent"),
        Art6Basis.CONTRACT: N_("Article 6(1)(b) contract"),
        Art6Basis.LEGAL_OBLIGATION: N_("Article 6(1)(c) legal obligation"),
        Art6Basis.VITAL_INTERESTS: N_("Article 6(1)(d) vital interests"),
        Art6Basis.PUBLIC_TASK: N_("Article 6(1)(e) public task"),
        Art6Basis.LEGITIMATE_INTERESTS: N_("Article 6(1)(f) legitimate interests"),
    }
)
ART9_WORDS: Final = Labels(
    {
        Art9Condition.EXPLICIT_CONSENT: N_("Article 9(2)(a) explicit consent"),
        Art9Condition.SOCIAL_PROTECTION: N_(
            "Article 9(2)(b) social security and social protection"
        ),
        Art9Condition.VITAL_INTERESTS: N_("Article 9(2)(c) vital interests"),
        Art9Condition.NOT_FOR_PROFIT: N_("Article 9(2)(d) not-for-profit body"),
        Art9Condition.LEGAL_CLAIMS: N_("Article 9(2)(f) legal claims"),
        Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST: N_(
            "Article 9(2)(g) substantial public interest"
        ),
        Art9Condition.HEALTH_OR_SOCIAL_CARE: N_("Article 9(2)(h) health or social care"),
        Art9Condition.PUBLIC_HEALTH: N_("Article 9(2)(i) public health"),
    }
)
SCHEDULE1_WORDS: Final = {
    c: "DPA 2018 Sch. 1 Pt {part} para {para}".format(
        part=c.part, para=c.value.split("_")[2].removeprefix("para")
    )
    for c in Schedule1Condition
}


@dataclass(frozen=True, slots=True)
class Sender:
    """Who the pack is from: the centre, and who to contact there."""

    organisation: str
    contact: str


def lawful_basis_words(basis: LawfulBasis) -> str:
    parts = [tr("UK GDPR {basis}").format(basis=ART6_WORDS[basis.art6])]
    if basis.art9 is not None:
        art9 = ART9_WORDS[basis.art9]
        if basis.art9_schedule1 is not None:
            art9 = tr("{condition} with {schedule}").format(
                condition=art9, schedule=SCHEDULE1_WORDS[basis.art9_schedule1]
            )
        parts.append(art9)
    if basis.art10 is not None:
        parts.append(tr("Article 10 with {schedule}").format(schedule=SCHEDULE1_WORDS[basis.art10]))
    return "; ".join(parts)


def told_words(told: ToldHer) -> str:
    """For the recipient, who must not be the one to let slip what she wasn't told."""
    words = told.when_or_why_not.strip().rstrip(".")
    if told.state is ToldState.NOT_TOLD:
        return tr("No, and please don't tell her: {why}").format(why=words)
    if told.state is ToldState.WILL_BE_TOLD:
        if words:
            return tr("Not yet: she will be told ({when})").format(when=words)
        return tr("Not yet: she will be told")
    return tr("Yes")


def reference(record_id: str) -> str:
    """A short reference to quote on the phone; the full id is in the JSON."""
    return record_id.split("-")[0].upper()


def _stamp(pack: Pack, decision: SharingDecision, export_id: str) -> Box:
    rows: list[tuple[str, str]] = []
    covered = joined(sorted({CATEGORY_LABELS[s.category] for s in pack.sections}))
    if pack.without_consent_reason is None:
        title = tr("Shared with her agreement")
        for consent in sorted(pack.consents, key=lambda c: c.id):
            rows.append(
                (
                    tr("Her agreement"),
                    tr("Reference {reference}, version {version}").format(
                        reference=reference(consent.id), version=consent.version
                    ),
                )
            )
        if pack.consents:
            ends = day_words(min(c.expires_on for c in pack.consents))
            rows.append((tr("Agreement ends"), ends))
        if pack.asked_today:
            rows.append(
                (tr("Asked today"), tr("She asked to be asked each time, and agreed today."))
            )
    else:
        title = tr("Shared without her agreement: lawful basis recorded")
        rows.append((tr("Reason"), WITHOUT_CONSENT_WORDS[pack.without_consent_reason]))
        rows.append((tr("Authorised"), tr("By a second manager at the centre")))
        without = joined(sorted(CATEGORY_LABELS[c] for c in pack.without_consent_categories))
        rows.append((tr("Shared without her agreement"), without))
    rows.append((tr("This pack covers"), covered))
    rows.append((tr("Purpose"), PURPOSE_LABELS[pack.purpose]))
    if decision.lawful_basis is not None:
        rows.append((tr("Lawful basis"), lawful_basis_words(decision.lawful_basis)))
    rows.append((tr("Does she know about this referral"), told_words(decision.told_her)))
    rows.append((tr("Pack reference"), reference(export_id)))
    return Box(BoxKind.STAMP, title, (Rows(tuple(rows)),))


def pack_document(
    pack: Pack, decision: SharingDecision, sender: Sender, export_id: str
) -> Document:
    """The readable referral, as a document for ``RenderPdf``."""
    blocks: list[Block] = [_stamp(pack, decision, export_id)]
    if pack.template.intro:
        blocks.append(Paragraph(pack.template.intro))
    blocks += [Heading(tr("About her"), 2), Rows(pack.identity.rows())]
    safe = pack.safe_contact
    if safe is not None:
        inner: list[Block] = [Rows(safe.rows)]
        if safe.intro:
            inner.insert(0, Paragraph(safe.intro))
        blocks.append(Box(BoxKind.SAFE_CONTACT, safe.title, tuple(inner)))
    for section in pack.sections:
        if section is safe or section.tell_it_once:
            continue
        blocks.append(Heading(section.title, 2))
        if section.intro:
            blocks.append(Paragraph(section.intro, emphasis=True))
        blocks.append(Rows(section.rows))
    parts = [s for s in pack.sections if s.tell_it_once]
    if parts:
        blocks.append(Heading(pack.template.tell_it_once_title, 2))
        if pack.template.tell_it_once_intro:
            blocks.append(Paragraph(pack.template.tell_it_once_intro, emphasis=True))
        for part in parts:
            blocks.append(Heading(part.title, 3))
            blocks += [Paragraph(value) for _label, value in part.rows]
    if pack.not_included:
        blocks.append(Heading(tr("Not part of this referral"), 2))
        blocks.append(
            Paragraph(
                tr(
                    "These sections aren't included. Please don't ask her about them unless "
                    "she raises them herself."
                )
            )
        )
        blocks.append(Bullets(pack.not_included))
    who = sender.organisation or tr("the centre")
    subtitle = tr("From {sender} to {recipient}, {day}.").format(
        sender=who, recipient=recipient_words(pack.recipient), day=day_words(pack.prepared_on)
    )
    if sender.contact:
        contact = tr("Contact: {contact}.").format(contact=sender.contact)
        subtitle = f"{subtitle} {contact}"
    return Document(
        title=pack.template.title,
        subtitle=subtitle,
        blocks=tuple(blocks),
        footer=tr(
            "Confidential. Pack {reference}. Please keep this secure and delete it "
            "when it is no longer needed."
        ).format(reference=reference(export_id)),
    )


def _section_json(section: SectionContent) -> dict[str, Any]:
    return {
        "id": section.id,
        "title": section.title,
        "category": section.category.value,
        "in_her_words": section.tell_it_once,
        "basis": section.basis.value,
        "fields": [{"label": label, "value": value} for label, value in section.rows],
    }


def pack_json(
    pack: Pack,
    decision: SharingDecision,
    sender: Sender,
    export_id: str,
    created_at: datetime,
) -> dict[str, Any]:
    """The versioned JSON document for the recipient's own system."""
    identity = pack.identity
    basis = decision.lawful_basis
    return {
        "format": JSON_FORMAT,
        "format_version": JSON_FORMAT_VERSION,
        "pack_id": export_id,
        "created_at": created_at.isoformat(timespec="minutes"),
        "template": {"id": pack.template.id, "version": pack.template.version},
        "from": {"organisation": sender.organisation, "contact": sender.contact},
        "to": pack.recipient.to_json(),
        "purpose": pack.purpose.value,
        "channel": None if decision.channel is None else CHANNEL_LABELS.english(decision.channel),
        "basis": {
            "kind": None if decision.basis is None else decision.basis.value,
            "consents": [
                {
                    "id": c.id,
                    "version": c.version,
                    "starts_on": c.starts_on.isoformat(),
                    "review_by": c.review_by.isoformat(),
                    "expires_on": c.expires_on.isoformat(),
                }
                for c in sorted(pack.consents, key=lambda c: c.id)
            ],
            "asked_her_today": list(pack.asked_today),
            "without_consent_reason": None
            if pack.without_consent_reason is None
            else pack.without_consent_reason.value,
            "authorised_by_second_manager": decision.authorised_by is not None,
            "lawful_basis": None if basis is None else basis.to_json(),
            "she_knows": decision.told_her.state is ToldState.TOLD_BEFORE,
            "telling_her": decision.told_her.state.value,
            "why_not_told": "" if decision.told_her.told else decision.told_her.when_or_why_not,
        },
        "about_her": {
            "preferred_name": identity.preferred_name,
            "full_name": identity.full_name,
            "date_of_birth": identity.date_of_birth,
            "pronouns": identity.pronouns,
            "languages": list(identity.languages),
            "interpreter": identity.interpreter,
        },
        "sections": [_section_json(s) for s in pack.sections],
        "not_included": list(pack.not_included),
    }
