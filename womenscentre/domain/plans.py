"""Safety plans and her own list of people and services.

A ``SafetyPlan`` is built from a ``SafetyPlanTemplate`` and co-produced with her. Every save
is a new version: nothing is overwritten, every version can be opened, and each keeps a
snapshot of the template it was made with. Her people and services are kept once, in one
list per woman (``SupportList``), and every plan's reference fields point into it, so she
tells us about her sister once and her sister appears in every plan.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, Final

from womenscentre.domain.answers import Answer
from womenscentre.i18n import N_
from womenscentre.templates.fields import YesNoUnsure
from womenscentre.templates.safety_plans import SafetyPlanTemplate


class PlanStatus(StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


class EntryKind(StrEnum):
    PERSON = "person"
    SERVICE = "service"


#: Keys she can choose to include on her copy for details kept on her list (labels: ``tr`` them).
SUPPORT_SENSITIVE: Final = {
    "support.what_they_know": N_("What each person knows"),
    "support.code_word": N_("Code words"),
}


@dataclass(frozen=True, slots=True)
class SupportEntry:
    """Someone she trusts, or a service she uses: entered once, used by every plan."""

    id: str
    kind: EntryKind
    name: str
    relationship: str = ""
    how_to_reach: str = ""
    when_to_use: str = ""
    #: Sensitive: never on her copy unless she chooses.
    what_they_know: str = ""
    #: Sensitive: never on her copy unless she chooses.
    code_word: str = ""
    agreed: YesNoUnsure | None = None
    #: How this entry appears on a discreet copy; a service with none is left off it.
    discreet_name: str = ""
    directory_id: str = ""
    #: Removed from her list; kept so that older plan versions still read correctly.
    removed: bool = False

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("each person or service on her list needs a name")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "name": self.name,
            "relationship": self.relationship,
            "how_to_reach": self.how_to_reach,
            "when_to_use": self.when_to_use,
            "what_they_know": self.what_they_know,
            "code_word": self.code_word,
            "agreed": None if self.agreed is None else self.agreed.value,
            "discreet_name": self.discreet_name,
            "directory_id": self.directory_id,
            "removed": self.removed,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SupportEntry:
        agreed = raw.get("agreed")
        return cls(
            id=raw["id"],
            kind=EntryKind(raw["kind"]),
            name=raw["name"],
            relationship=raw.get("relationship", ""),
            how_to_reach=raw.get("how_to_reach", ""),
            when_to_use=raw.get("when_to_use", ""),
            what_they_know=raw.get("what_they_know", ""),
            code_word=raw.get("code_word", ""),
            agreed=None if agreed is None else YesNoUnsure(agreed),
            discreet_name=raw.get("discreet_name", ""),
            directory_id=raw.get("directory_id", ""),
            removed=bool(raw.get("removed", False)),
        )


@dataclass(frozen=True, slots=True)
class SupportList:
    """Her people and services. ``version`` is 0 until the list is first saved."""

    person_id: str
    entries: tuple[SupportEntry, ...] = ()
    version: int = 0

    def get(self, entry_id: str) -> SupportEntry | None:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        return None

    def current(self) -> list[SupportEntry]:
        return [e for e in self.entries if not e.removed]

    def people(self) -> list[SupportEntry]:
        return [e for e in self.current() if e.kind is EntryKind.PERSON]

    def services(self) -> list[SupportEntry]:
        return [e for e in self.current() if e.kind is EntryKind.SERVICE]

    def with_entry(self, entry: SupportEntry) -> SupportList:
        """A copy with ``entry`` added, or replacing the entry with its id."""
        if self.get(entry.id) is None:
            return replace(self, entries=(*self.entries, entry))
        return replace(self, entries=tuple(entry if e.id == entry.id else e for e in self.entries))


@dataclass(frozen=True, slots=True)
class PlanDraft:
    """What the editor hands to ``plans.save``: the answers and the plan's own settings."""

    answers: Mapping[str, Answer[Any]] = field(default_factory=dict)
    review_date: date | None = None
    review_triggers: tuple[str, ...] = ()
    view: str = ""
    #: Her own disguised title for a discreet copy, such as "Shopping list".
    disguised_title: str = ""
    #: A short note about what changed in this version, for the history list.
    change_note: str = ""


@dataclass(frozen=True, slots=True)
class SafetyPlan:
    """One version of a plan, opened. ``record_version`` is for ``expected_version``."""

    id: str
    person_id: str
    status: PlanStatus
    template: SafetyPlanTemplate
    number: int
    latest_number: int
    answers: Mapping[str, Answer[Any]]
    review_date: date
    review_triggers: tuple[str, ...]
    view: str
    disguised_title: str
    change_note: str
    saved_at: str
    saved_by: str
    record_version: int

    @property
    def is_latest(self) -> bool:
        return self.number == self.latest_number

    def draft(self) -> PlanDraft:
        """Start the next version from this one."""
        return PlanDraft(
            dict(self.answers),
            self.review_date,
            self.review_triggers,
            self.view,
            self.disguised_title,
            "",
        )


@dataclass(frozen=True, slots=True)
class PlanVersionInfo:
    """One line of a plan's history."""

    number: int
    saved_at: str
    saved_by: str
    change_note: str
    template_id: str
    template_version: int


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """What a list of her plans, or the caseload, needs without opening a version."""

    id: str
    person_id: str
    status: PlanStatus
    template_id: str
    template_version: int
    title: str
    review_date: date
    latest_number: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class ReviewDue:
    plan_id: str
    person_id: str
    title: str
    review_date: date
    overdue: bool
