"""Fixtures for backup, restore, retention and import tests: a small fictional centre.

``canary_centre`` plants a unique ``CANARY-<uuid>`` in every kind of sealed field the app
has (her details, case, notes, addendum, risk record, consent, support list, audit reasons
and the centre's settings), so a grep over any file the app writes proves none leaked.
``kit`` carries the helpers test modules share (they can't import a conftest).
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from womenscentre.domain.answers import Answer
from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Purpose,
    Recipient,
    RecipientKind,
)
from womenscentre.domain.people import ContactMethod, PersonDetails, SafeContact
from womenscentre.domain.plans import EntryKind
from womenscentre.domain.risk import MaracCriteria, RiskDetails
from womenscentre.services.unlocked import UnlockedVault

MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"
TODAY = date(2026, 1, 5)


def canary() -> str:
    return f"CANARY-{uuid.uuid4()}"


def forms(secret: str) -> list[bytes]:
    """UTF-8, UTF-16LE and base64 (at every offset) forms of a secret."""
    raw = secret.encode()
    out = [raw, secret.encode("utf-16-le")]
    for shift in range(3):
        encoded = base64.b64encode(bytes(shift) + raw)
        out.append(encoded[4 if shift else 0 : 4 * ((shift + len(raw)) // 3)])
    return out


def grep(paths: list[Path], secrets: dict[str, str]) -> list[str]:
    hits = []
    for path in paths:
        if not path.is_file():
            continue
        data = path.read_bytes()
        hits += [
            f"{path.name}: {label}" for label, s in secrets.items() for f in forms(s) if f in data
        ]
    return hits


def table_hashes(database: Path, *, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """SHA-256 of every row of every table, in key order: equal means the same data."""
    uri = database.absolute().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in skip
        ]
        digests = {}
        for table in tables:
            digest = hashlib.sha256()
            for text in sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"')):
                digest.update(text.encode())
            digests[table] = digest.hexdigest()
    return digests


@dataclass
class Centre:
    vault: UnlockedVault
    recovery_key: str
    person_id: str
    other_id: str
    secrets: dict[str, str]


def _consent(secrets: dict[str, str]) -> ConsentToShare:
    return ConsentToShare(
        id="",
        version=0,
        categories=frozenset({DataCategory.CONTACT_DETAILS}),
        recipients=(Recipient(RecipientKind.GP, secrets["gp surgery"], "Practice nurse"),),
        purposes=frozenset({Purpose.REFERRAL}),
        direction=Direction.WE_SEND,
        how_obtained=secrets["how obtained"],
        what_she_was_told="If someone is in immediate danger we may share without asking.",
        capacity_considered=True,
        interpreter_used=False,
        starts_on=TODAY - timedelta(days=10),
        review_by=TODAY + timedelta(days=170),
        expires_on=TODAY + timedelta(days=355),
        extra={"her_words": secrets["her words"]},
    )


@pytest.fixture
def canary_centre(new_vault, make) -> Centre:
    """A manager's vault holding two fictional women, with a canary in every sealed field."""
    vault = new_vault.vault
    labels = (
        "preferred name", "full name", "pronouns", "language", "interpreter", "access needs",
        "safe times", "check phrase", "someone else answers", "asked us to know",
        "preferred term", "referral source", "draft body", "note body", "addendum body",
        "her view", "afraid of", "gp surgery", "how obtained", "her words", "support name",
        "organisation", "other woman", "deletion reason",
    )  # fmt: skip
    secrets = {label: canary() for label in labels}
    details = PersonDetails(
        preferred_name=secrets["preferred name"],
        full_name=Answer.of(secrets["full name"]),
        pronouns=Answer.of(secrets["pronouns"]),
        date_of_birth=Answer.of("1911-07-23"),
        languages=(secrets["language"],),
        interpreter=Answer.of(secrets["interpreter"]),
        access_needs=Answer.of(secrets["access needs"]),
        safe_contact=SafeContact(
            (ContactMethod.TEXT,),
            secrets["safe times"],
            False,
            secrets["check phrase"],
            secrets["someone else answers"],
        ),
        asked_us_to_know=(secrets["asked us to know"],),
        preferred_terms=(secrets["preferred term"],),
    )
    person = vault.people.add(details, referral_source=secrets["referral source"])
    [case] = vault.cases.for_person(person.id)
    note = vault.notes.start(case.id, make.note(secrets["draft body"]))
    note = vault.notes.save_draft(
        note.id, make.note(secrets["note body"]), expected_version=note.version
    )
    note = vault.notes.finalise(note.id, expected_version=note.version)
    vault.notes.add_addendum(note.id, secrets["addendum body"])
    vault.risk.record(
        person.id,
        RiskDetails(
            date(2026, 1, 2),
            "Morgan, keyworker",
            True,
            True,
            score=15,
            criteria=MaracCriteria(visible_high_risk=True),
            her_view=Answer.of(secrets["her view"]),
            afraid_of=Answer.of(secrets["afraid of"]),
        ),
    )
    vault.consent.record(person.id, _consent(secrets))
    vault.plans.add_to_support_list(person.id, EntryKind.PERSON, secrets["support name"])
    vault.settings.update(
        replace(vault.settings.get(), organisation_name=secrets["organisation"][:120])
    )
    other = vault.people.add(make.person(secrets["other woman"]), referral_source="self")
    deleted = vault.people.add(make.person("Nia"), referral_source="self")
    vault.people.delete(deleted.id, secrets["deletion reason"])
    return Centre(vault, new_vault.recovery_key, person.id, other.id, secrets)


class Kit:
    """Helpers for test modules, which can't import this conftest directly."""

    MANAGER = MANAGER
    MANAGER_PASSPHRASE = MANAGER_PASSPHRASE
    KEYWORKER = KEYWORKER
    KEYWORKER_PASSPHRASE = KEYWORKER_PASSPHRASE
    TODAY = TODAY
    canary = staticmethod(canary)
    forms = staticmethod(forms)
    grep = staticmethod(grep)
    table_hashes = staticmethod(table_hashes)


@pytest.fixture
def kit() -> type[Kit]:
    return Kit
