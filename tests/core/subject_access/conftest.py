"""Fixtures for subject access and erasure: one fictional woman with a canary in every kind.

``full_record`` gives Rosa a record touching every table that can hold something of hers:
her details, a case, a draft and a finalised session note with an addendum (and an
unfinished one), a safety plan saved twice (a private field and an ordinary one), her list
of people, a risk identification record, a consent, a decision not to share, and a referral
pack saved as a draft and then exported (a sharing decision and an export record). Each
carries its own ``CANARY-...`` string; ``third_party`` names the canaries that describe
someone else and must come out flagged for redaction review. ``text_pdf`` makes a genuine
PDF from a document's lines, so the core tests need no Qt.
"""

from __future__ import annotations

import io
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, StreamObject

from womenscentre.domain.answers import Answer
from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Purpose,
    Recipient,
    RecipientKind,
)
from womenscentre.domain.people import ContactMethod, SafeContact
from womenscentre.domain.plans import EntryKind, PlanDraft
from womenscentre.domain.risk import MaracCriteria, RiskDetails
from womenscentre.domain.sharing import ToldHer
from womenscentre.exports.document import Document
from womenscentre.services.unlocked import UnlockedVault
from womenscentre.templates.fields import FieldType

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"
TODAY = date(2026, 1, 5)
RATIONALE = "She asked for this referral to get support with her health."


def text_pdf(document: Document) -> bytes:
    """A genuine PDF whose text is the document's lines (Helvetica, Latin-1)."""
    writer = PdfWriter()
    lines = document.lines()
    for start in range(0, max(len(lines), 1), 70):
        page = writer.add_blank_page(595, 842)
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
        )
        ops = ["BT", "/F1 7 Tf", "20 820 Td", "11 TL"]
        for line in lines[start : start + 70]:
            safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({safe}) Tj T*")
        ops.append("ET")
        stream = StreamObject()
        stream.set_data("\n".join(ops).encode("latin-1", "replace"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_text(data: bytes) -> str:
    """All the text of a PDF with every space and line break removed, for searching."""
    reader = PdfReader(io.BytesIO(data))
    raw = "".join(page.extract_text() for page in reader.pages)
    return "".join(unicodedata.normalize("NFKC", raw).split())


def canary(label: str) -> str:
    return f"CANARY-{label.upper().replace(' ', '')}-{uuid.uuid4().hex[:10]}"


@dataclass
class FullRecord:
    vault: UnlockedVault
    person_id: str
    other_id: str
    canaries: dict[str, str]
    third_party: set[str] = field(default_factory=set)


def _text_fields(template, *, sensitive: bool):
    for spec in template.fields():
        if spec.type is FieldType.TEXT and spec.sensitive is sensitive:
            yield spec


def build_full_record(vault: UnlockedVault, make) -> FullRecord:
    labels = (
        "preferred name", "full name", "check phrase", "referral source", "draft note",
        "note body", "addendum", "unfinished addendum", "plan ordinary", "plan private",
        "plan first version", "support name", "support knows", "her view", "afraid of",
        "gp surgery", "how obtained", "not shared org", "not shared rationale", "pack answer",
    )  # fmt: skip
    c = {label: canary(label) for label in labels}
    details = make.person(
        c["preferred name"],
        full_name=Answer.of(c["full name"]),
        safe_contact=SafeContact(
            (ContactMethod.TEXT,), "after 6pm", False, c["check phrase"], "Say wrong number"
        ),
    )
    person = vault.people.add(details, referral_source=c["referral source"])
    [case] = vault.cases.for_person(person.id)
    draft = vault.notes.start(case.id, make.note(c["draft note"]))
    note = vault.notes.start(case.id, make.note(c["note body"]))
    note = vault.notes.finalise(note.id, expected_version=note.version)
    vault.notes.add_addendum(note.id, c["addendum"])
    vault.notes.save_addendum_draft(note.id, c["unfinished addendum"])
    assert draft.id != note.id
    vault.plans.add_to_support_list(
        person.id, EntryKind.PERSON, c["support name"], what_they_know=c["support knows"]
    )
    template = vault.plans.library.safety_plan("domestic-abuse")
    ordinary = next(_text_fields(template, sensitive=False))
    private = next(_text_fields(template, sensitive=True))
    plan = vault.plans.create(
        person.id,
        template.id,
        PlanDraft(answers={ordinary.id: Answer.of(c["plan first version"])}),
    )
    vault.plans.save(
        plan.id,
        PlanDraft(
            answers={
                ordinary.id: Answer.of(c["plan ordinary"]),
                private.id: Answer.of(c["plan private"]),
            }
        ),
        expected_version=plan.record_version,
    )
    vault.risk.record(
        person.id,
        RiskDetails(
            date(2026, 1, 2),
            "Morgan, keyworker",
            True,
            True,
            score=15,
            criteria=MaracCriteria(visible_high_risk=True),
            her_view=Answer.of(c["her view"]),
            afraid_of=Answer.of(c["afraid of"]),
        ),
    )
    gp = Recipient(RecipientKind.GP, c["gp surgery"], "Practice nurse")
    vault.consent.record(
        person.id,
        ConsentToShare(
            id="",
            version=0,
            categories=frozenset({DataCategory.CONTACT_DETAILS, DataCategory.SAFE_CONTACT}),
            recipients=(gp,),
            purposes=frozenset({Purpose.REFERRAL}),
            direction=Direction.WE_SEND,
            how_obtained=c["how obtained"],
            what_she_was_told="If someone is in immediate danger we may share without asking.",
            capacity_considered=True,
            interpreter_used=False,
            starts_on=TODAY - timedelta(days=10),
            review_by=TODAY + timedelta(days=170),
            expires_on=TODAY + timedelta(days=355),
        ),
    )
    vault.sharing.record_not_shared(
        person.id,
        Recipient(RecipientKind.HOUSING, c["not shared org"], "Housing officer"),
        Purpose.REFERRAL,
        rationale=f"She said not yet: {c['not shared rationale']}",
        told_her=ToldHer(True, "She was told at the session."),
    )
    flow = vault.referrals.start(person.id, RecipientKind.GP, Purpose.REFERRAL)
    flow.set_answer("what-she-would-like", "words", c["pack answer"])
    vault.referrals.save_draft(flow)
    flow.preview()
    vault.referrals.step_up(flow, MANAGER_PASSPHRASE)
    folder = vault.paths.root.parent / "referral-out"
    folder.mkdir()
    vault.referrals.export(flow, folder, text_pdf, rationale=RATIONALE)
    other = vault.people.add(make.person("Nia"), referral_source="self")
    third_party = {"plan private", "support name", "support knows", "afraid of", "gp surgery"}
    third_party |= {"not shared org", "referral source"}
    return FullRecord(vault, person.id, other.id, c, third_party)


@pytest.fixture
def full_record(manager, make) -> FullRecord:
    return build_full_record(manager, make)


class Kit:
    MANAGER = MANAGER
    MANAGER_PASSPHRASE = MANAGER_PASSPHRASE
    KEYWORKER = KEYWORKER
    KEYWORKER_PASSPHRASE = KEYWORKER_PASSPHRASE
    text_pdf = staticmethod(text_pdf)
    pdf_text = staticmethod(pdf_text)


@pytest.fixture
def kit() -> type[Kit]:
    return Kit
