"""The fictional training vault behind ``womenscentre --demo``.

Trainers demonstrate on invented women only, so the training vault is a separate
vault in its own folder, flagged (and signed) as training, built from
``resources/demo/training-vault.toml``. Its passphrase is in that file and shown on
its unlock screen: it protects nothing real, and its notes include deliberately
poor wording for the language guidance to catch. Safety plans, consents, a referral
draft and outcome readings come from the same file through
:mod:`womenscentre.demo_records`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from womenscentre.clock import Clock, SystemClock
from womenscentre.domain.answers import Answer
from womenscentre.domain.notes import ContactMode, NoteContent, SessionType
from womenscentre.domain.people import ContactMethod, PersonDetails, SafeContact
from womenscentre.domain.users import Role
from womenscentre.paths import VaultPaths, read_resource_text
from womenscentre.services.lifecycle import create_vault
from womenscentre.vault.kdf import KdfPolicy

DEMO_RESOURCE = "demo/training-vault.toml"


@dataclass(frozen=True)
class DemoCredentials:
    lead: str
    trainer: str
    passphrase: str


def load_demo() -> dict[str, Any]:
    return tomllib.loads(read_resource_text(DEMO_RESOURCE))


def _file_name() -> str:
    return DEMO_RESOURCE.rsplit("/", 1)[-1]


def demo_credentials() -> DemoCredentials:
    staff = load_demo()["staff"]
    return DemoCredentials(
        staff["lead"]["username"], staff["trainer"]["username"], staff["passphrase"]
    )


def _answer(value: str | None) -> Answer[str]:
    return Answer.of(value) if value else Answer.not_asked()


def _details(woman: dict[str, Any]) -> PersonDetails:
    contact = woman.get("safe_contact", {})
    return PersonDetails(
        preferred_name=woman["preferred_name"],
        full_name=_answer(woman.get("full_name")),
        pronouns=_answer(woman.get("pronouns")),
        date_of_birth=_answer(woman.get("date_of_birth")),
        languages=tuple(woman.get("languages", ())),
        interpreter=Answer.declined(),
        access_needs=Answer.not_asked(),
        safe_contact=SafeContact(
            safe_methods=tuple(ContactMethod(m) for m in contact.get("methods", [])),
            safe_times=contact.get("times", ""),
            voicemail_safe=contact.get("voicemail"),
            check_phrase=contact.get("check_phrase", ""),
            if_someone_else_answers=contact.get("someone_else", ""),
        ),
        asked_us_to_know=tuple(woman.get("asked_us_to_know", ())),
    )


def build_demo_vault(
    paths: VaultPaths, *, clock: Clock | None = None, policy: KdfPolicy | None = None
) -> DemoCredentials:
    """Create the training vault in ``paths`` (which must be empty) and lock it."""
    # Plans, consents and referrals pull in the template loaders: only needed when building,
    # not for the unlock screen's demo_credentials().
    from womenscentre.demo_records import read_records

    clock = clock or SystemClock()
    text = read_resource_text(DEMO_RESOURCE)
    data = tomllib.loads(text)
    today = clock.now().date()
    # Read and check the whole file first, so a mistake leaves no half-built vault.
    records = read_records(_file_name(), text, data, today)
    staff = data["staff"]
    passphrase = staff["passphrase"]
    created = create_vault(
        paths, staff["lead"]["username"], passphrase, clock=clock, policy=policy, training=True
    )
    vault = created.vault
    try:
        ids = {staff["lead"]["username"]: vault.user.id}
        for member in [staff["trainer"], *staff["keyworkers"]]:
            ids[member["username"]] = vault.users.add(
                member["username"], Role(member["role"]), passphrase
            ).id
        for number, woman in enumerate(data["women"]):
            person = vault.people.add(
                _details(woman),
                referral_source=woman["referral_source"],
                keyworker_ids=(ids[woman["keyworker"]],),
                opened_on=today - timedelta(days=90 + 7 * number),
            )
            [case] = vault.cases.for_person(person.id)
            for offset, note in enumerate(woman.get("notes", [])):
                content = NoteContent(
                    session_date=(today - timedelta(days=3 + 11 * offset + number)).isoformat(),
                    duration_minutes=int(note["minutes"]),
                    session_type=SessionType(note["type"]),
                    contact_mode=ContactMode(note["mode"]),
                    body=note["body"],
                )
                draft = vault.notes.start(case.id, content)
                vault.notes.finalise(draft.id, expected_version=draft.version)
            records.add(vault, woman["preferred_name"], person.id)
    finally:
        vault.lock()
    return DemoCredentials(staff["lead"]["username"], staff["trainer"]["username"], passphrase)
