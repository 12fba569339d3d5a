"""Fixtures for safety plans, prompt sets, the directory and risk records.

Every name, place and number here is invented. ``answered`` builds a valid answer for any
field, so tests can fill a whole template without knowing its fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from womenscentre.domain.answers import Answer
from womenscentre.domain.plans import EntryKind, SupportEntry
from womenscentre.domain.users import Role
from womenscentre.templates import FieldSpec, FieldType, TemplateLibrary

KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"


@pytest.fixture(scope="session")
def library() -> TemplateLibrary:
    return TemplateLibrary.load()


def sample_value(spec: FieldSpec, text: str = "sample", refs: dict[str, str] | None = None) -> Any:
    """A valid answered value for ``spec``; ``text`` goes into every free-text part."""
    refs = refs or {}
    kind = spec.type
    if kind is FieldType.TEXT:
        return text
    if kind is FieldType.LIST:
        return [text, f"{text} again"]
    if kind is FieldType.DATE:
        return "2026-03-06"
    if kind is FieldType.YES_NO_UNSURE:
        return "unsure"
    if kind is FieldType.CHOICE:
        return spec.options[-1].id
    if kind is FieldType.SCALE:
        return spec.scale_max - 1
    if kind is FieldType.CHECKLIST:
        states = ["have_it", "copy_elsewhere", "not_needed"]
        return {item.id: states[i % 3] for i, item in enumerate(spec.items[:-1])}
    if kind is FieldType.REFERENCE:
        wanted = "service" if spec.refers_to.value == "service" else "person"
        return [refs[wanted]]
    return [
        {c.id: sample_value(c, f"{text} {c.id}", refs) for c in spec.columns},
        {spec.columns[0].id: sample_value(spec.columns[0], f"{text} row two", refs)},
    ]


def answered(
    spec: FieldSpec, text: str = "sample", refs: dict[str, str] | None = None
) -> Answer[Any]:
    return Answer.of(sample_value(spec, text, refs))


@dataclass
class Her:
    """A fictional woman on the manager's caseload, with a sister and a helpline on her list."""

    person_id: str
    sister: SupportEntry
    helpline: SupportEntry

    @property
    def refs(self) -> dict[str, str]:
        return {"person": self.sister.id, "service": self.helpline.id}


@pytest.fixture
def her(manager, make) -> Her:
    person = manager.people.add(make.person("Rosa"), referral_source="self")
    sister = manager.plans.add_to_support_list(
        person.id,
        EntryKind.PERSON,
        "Tess",
        relationship="my sister",
        how_to_reach="0000 111 2222",
        agreed=None,
    )
    helpline = manager.plans.add_to_support_list(
        person.id,
        EntryKind.SERVICE,
        "Example listening line",
        how_to_reach="0000 000 0001",
        discreet_name="Jan",
    )
    return Her(person.id, sister, helpline)


@pytest.fixture
def keyworker(manager):
    return manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
