"""The one PDF typesetter: real PDFs from the document model, offscreen, with a password."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, date, datetime

from pypdf import PdfReader

from ui.pdf import render, to_html
from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Purpose,
    Recipient,
    RecipientKind,
)
from womenscentre.domain.sharing import (
    WITH_CONSENT_DEFAULT,
    Basis,
    Channel,
    SharingDecision,
    ToldHer,
)
from womenscentre.exports.document import Box, BoxKind, Document, Paragraph
from womenscentre.exports.facts import Identity, RecordFacts
from womenscentre.exports.pdf_protect import protect
from womenscentre.exports.referral import PackFlow
from womenscentre.exports.referral_docs import Sender, pack_document
from womenscentre.templates.referrals import load_referral_templates

TODAY = date(2026, 1, 5)
GP = Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse")
PASSWORD = "lantern violet ferry"


def _text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        assert reader.decrypt(password)
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def _document(categories: set[DataCategory]) -> Document:
    agreed = ConsentToShare(
        id="0c1d2e3f-0000-4000-8000-000000000001",
        version=2,
        categories=frozenset(categories),
        recipients=(GP,),
        purposes=frozenset({Purpose.REFERRAL}),
        direction=Direction.WE_SEND,
        how_obtained="Written",
        what_she_was_told="Privacy notice v1",
        capacity_considered=True,
        interpreter_used=False,
        starts_on=date(2025, 12, 1),
        review_by=date(2026, 6, 1),
        expires_on=date(2026, 12, 1),
    )
    template = load_referral_templates()[RecipientKind.GP]
    flow = PackFlow(
        person_id="p-1",
        template=template,
        recipient=GP,
        purpose=Purpose.REFERRAL,
        ledger=[agreed],
        facts=RecordFacts(
            Identity("Rosa", "Rosa Example-Fictional", "1990-04-01", "she/her"),
            {"safe_contact.summary": "Text only, after 6pm. No voicemail."},
        ),
        today=TODAY,
    )
    for section in template.sections:
        for spec in section.fields:
            flow.set_answer(section.id, spec.id, f"CANARY-{section.id}-{spec.id}")
    flow.preview()
    flow.stepped_up("u-1", 0.0)
    pack = flow.pack([agreed], TODAY)
    decision = SharingDecision(
        id="d-1",
        person_id="p-1",
        decided_at=datetime(2026, 1, 5, 10, tzinfo=UTC),
        decided_by="u-1",
        shared=True,
        recipient=GP,
        purpose=Purpose.REFERRAL,
        basis=Basis.WITH_CONSENT,
        rationale="She asked for this referral herself.",
        told_her=ToldHer(True),
        categories=pack.categories,
        consent_ids=(agreed.id,),
        lawful_basis=WITH_CONSENT_DEFAULT.for_categories(pack.categories),
        channel=Channel.NHSMAIL,
    )
    export_id = "9a8b7c6d-0000-4000-8000-000000000002"
    return pack_document(pack, decision, Sender("Fictional Women's Centre", "morgan"), export_id)


def test_the_pdf_carries_the_stamp_and_only_what_she_agreed(qapp):
    """Typeset offscreen; the extracted text has the stamp, her name and no other canary."""
    document = _document(
        {DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY, DataCategory.CONTACT_DETAILS}
    )
    data = render(document)
    assert data.startswith(b"%PDF")
    text = _text(data)
    for expected in (
        "Referral to a GP practice",
        "Shared with her agreement",
        "Reference 0C1D2E3F, version 2",
        "Agreement ends",
        "Tuesday 1 December 2026",
        "Rosa Example-Fictional",
        "Contacting her safely",
        "CANARY-safe-contact-summary",
        "CANARY-what-she-would-like-words",
        "Pack 9A8B7C6D",
        "Page 1 of",
    ):
        assert expected in text, expected
    for absent in (
        "CANARY-how-she-is-feeling-words",
        "CANARY-her-health-story-words",
        "CANARY-safety-summary",
        "CANARY-drugs-and-alcohol-support",
    ):
        assert absent not in text, absent
    for line in document.lines():
        for word in line.replace(":", " ").split():
            assert word in text, word


def test_the_safe_contact_box_is_left_out_unless_she_agreed_to_it(qapp):
    document = _document({DataCategory.SESSION_SUMMARY})
    text = _text(render(document))
    assert "CANARY-safe-contact" not in text
    assert "Shared with her agreement" in text
    assert BoxKind.SAFE_CONTACT not in [b.kind for b in document.blocks if isinstance(b, Box)]
    assert "#fff6e0" not in to_html(document)  # the safe-contact box's colour


def test_a_password_protected_pdf_opens_only_with_its_password(qapp):
    data = protect(render(_document({DataCategory.SESSION_SUMMARY})), PASSWORD)
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256
    assert not reader.decrypt("not the password")
    assert b"Shared with her agreement" not in data
    assert "Shared with her agreement" in _text(data, PASSWORD)


def test_long_documents_run_over_pages_with_the_footer_on_each(qapp):
    document = Document(
        "A long test document",
        tuple(Paragraph(f"Paragraph {n} of fictional text that runs on. " * 6) for n in range(120)),
        footer="Confidential. Pack TEST.",
    )
    reader = PdfReader(io.BytesIO(render(document)))
    assert len(reader.pages) > 2
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        assert f"Page {number} of {len(reader.pages)}" in text
        assert "Confidential. Pack TEST." in text
