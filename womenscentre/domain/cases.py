"""A case: one period of support, with who is working with her."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class CaseDetails:
    opened_on: str
    referral_source: str
    keyworker_ids: tuple[str, ...]
    closed_on: str | None = None
    closing_summary: str = ""
    #: Date of the latest finalised session, kept here so the caseload needn't open notes.
    last_contact: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "opened_on": self.opened_on,
            "referral_source": self.referral_source,
            "keyworker_ids": list(self.keyworker_ids),
            "closed_on": self.closed_on,
            "closing_summary": self.closing_summary,
            "last_contact": self.last_contact,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> CaseDetails:
        return cls(
            opened_on=raw["opened_on"],
            referral_source=raw.get("referral_source", ""),
            keyworker_ids=tuple(raw.get("keyworker_ids", [])),
            closed_on=raw.get("closed_on"),
            closing_summary=raw.get("closing_summary", ""),
            last_contact=raw.get("last_contact"),
        )


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    person_id: str
    status: CaseStatus
    details: CaseDetails
    version: int
