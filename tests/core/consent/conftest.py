"""Fixtures for consent, sharing and referral packs: a small fictional centre, no Qt.

The core can't typeset PDFs, so these tests pass :func:`text_pdf` as ``render_pdf``: it makes
a real (if plain) PDF holding every line of the document, so text extraction, password
protection and canary greps all work on a genuine PDF. ``tests/ui/test_pdf.py`` checks the
real renderer against the same document model.
"""

from __future__ import annotations

import io
import json
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

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
from womenscentre.domain.risk import MaracCriteria, RiskDetails
from womenscentre.domain.users import Role
from womenscentre.exports.document import Document

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
SECOND_MANAGER = "riley"
SECOND_MANAGER_PASSPHRASE = "amber canal thistle"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"

#: The date of the ManualClock the vault fixtures use.
TODAY = date(2026, 1, 5)

GP = Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse")
MH = Recipient(RecipientKind.MENTAL_HEALTH, "Fictional NHS Trust", "Community mental health team")
PROBATION = Recipient(RecipientKind.PROBATION, "Fictional Probation Office", "Practitioner")
MARAC = Recipient(RecipientKind.MARAC, "Fictional Marac", "Marac coordinator")
IDVA = Recipient(RecipientKind.IDVA, "Fictional IDVA Service", "IDVA")


def text_pdf(document: Document) -> bytes:
    """A genuine PDF whose text is the document's lines (Helvetica, Latin-1)."""
    writer = PdfWriter()
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
    ops = ["BT", "/F1 8 Tf", "20 820 Td", "10 TL"]
    for line in document.lines():
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({safe}) Tj T*")
    ops.append("ET")
    stream = StreamObject()
    stream.set_data("\n".join(ops).encode("latin-1", "replace"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_text(data: bytes, password: str | None = None) -> str:
    """All the text of a PDF, with whitespace and ligatures tidied for searching."""
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


def consent(
    *recipients: Recipient,
    categories: set[DataCategory],
    purposes: set[Purpose] | None = None,
    today: date = TODAY,
    **overrides: object,
) -> ConsentToShare:
    fields: dict[str, object] = {
        "id": "",
        "version": 0,
        "categories": frozenset(categories),
        "recipients": recipients or (GP,),
        "purposes": frozenset(purposes or {Purpose.REFERRAL}),
        "direction": Direction.WE_SEND,
        "how_obtained": "Written, signed with her keyworker",
        "what_she_was_told": "If someone is in immediate danger we may share without asking.",
        "capacity_considered": True,
        "interpreter_used": False,
        "starts_on": today - timedelta(days=10),
        "review_by": today + timedelta(days=170),
        "expires_on": today + timedelta(days=355),
        "extra": {"her_words": "I'm happy for the nurse to know, not my family."},
    }
    fields.update(overrides)
    return ConsentToShare(**fields)  # type: ignore[arg-type]


@dataclass
class Centre:
    vault: object
    person_id: str
    keyworker_id: str
    second_manager_id: str
    canaries: dict[str, str]


@pytest.fixture
def centre(manager, make) -> Centre:
    """A manager, a second manager, a keyworker and Rosa, with canaries in her record."""
    keyworker = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    riley = manager.users.add(SECOND_MANAGER, Role.MANAGER, SECOND_MANAGER_PASSPHRASE)
    canaries = {
        "check_phrase": "CANARY-CHECKPHRASE",
        "someone_else": "CANARY-SOMEONEELSE",
        "afraid_of": "CANARY-AFRAIDOF",
        "her_view": "CANARY-HERVIEW",
        "access": "CANARY-ACCESS",
    }
    details = make.person(
        "Rosa",
        safe_contact=SafeContact(
            (ContactMethod.TEXT,),
            "after 6pm",
            False,
            canaries["check_phrase"],
            canaries["someone_else"],
        ),
        access_needs=Answer.of(canaries["access"]),
    )
    person = manager.people.add(
        details, referral_source="self", keyworker_ids=(keyworker.id, manager.user.id)
    )
    manager.risk.record(
        person.id,
        RiskDetails(
            date(2026, 1, 2),
            "Morgan, keyworker",
            True,
            True,
            score=15,
            criteria=MaracCriteria(visible_high_risk=True),
            her_view=Answer.of(canaries["her_view"]),
            afraid_of=Answer.of(canaries["afraid_of"]),
        ),
    )
    return Centre(manager, person.id, keyworker.id, riley.id, canaries)


def read_json(path: Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8"))


class Kit:
    """Helpers and fictional names for test modules (which can't import a conftest)."""

    TODAY = TODAY
    GP = GP
    MH = MH
    PROBATION = PROBATION
    MARAC = MARAC
    IDVA = IDVA
    MANAGER = MANAGER
    MANAGER_PASSPHRASE = MANAGER_PASSPHRASE
    SECOND_MANAGER = SECOND_MANAGER
    SECOND_MANAGER_PASSPHRASE = SECOND_MANAGER_PASSPHRASE
    KEYWORKER = KEYWORKER
    KEYWORKER_PASSPHRASE = KEYWORKER_PASSPHRASE
    text_pdf = staticmethod(text_pdf)
    pdf_text = staticmethod(pdf_text)
    consent = staticmethod(consent)
    read_json = staticmethod(read_json)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for exported files (tmp_path also holds the vault)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def kit() -> type[Kit]:
    return Kit
