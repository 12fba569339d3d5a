"""Session notes: a draft until its author finalises it, then only ever added to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class NoteStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class SessionType(StrEnum):
    FIRST_MEETING = "first_meeting"
    ONE_TO_ONE = "one_to_one"
    CRISIS = "crisis"
    AFTER_DISCLOSURE = "after_disclosure"
    LEAVING_CUSTODY = "leaving_custody"
    REVIEW_CLOSING = "review_closing"
    GROUP = "group"
    OTHER = "other"


class ContactMode(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    OUTREACH = "outreach"


@dataclass(frozen=True, slots=True)
class NoteContent:
    session_date: str
    duration_minutes: int
    session_type: SessionType
    contact_mode: ContactMode
    body: str

    def __post_init__(self) -> None:
        if not 0 <= self.duration_minutes <= 24 * 60:
            raise ValueError("duration must be between 0 minutes and a day")

    def to_json(self) -> dict[str, Any]:
        return {
            "session_date": self.session_date,
            "duration_minutes": self.duration_minutes,
            "session_type": self.session_type.value,
            "contact_mode": self.contact_mode.value,
            "body": self.body,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> NoteContent:
        return cls(
            session_date=raw["session_date"],
            duration_minutes=int(raw["duration_minutes"]),
            session_type=SessionType(raw["session_type"]),
            contact_mode=ContactMode(raw["contact_mode"]),
            body=raw["body"],
        )


@dataclass(frozen=True, slots=True)
class Addendum:
    id: str
    note_id: str
    author_id: str
    written_at: str
    body: str


@dataclass(frozen=True, slots=True)
class SessionNote:
    id: str
    case_id: str
    person_id: str
    author_id: str
    status: NoteStatus
    content: NoteContent
    version: int
    updated_at: str
    finalised_at: str | None
    addenda: tuple[Addendum, ...] = ()
    #: The spreadsheet a note was imported from (sealed with it), or None if typed here.
    imported_from: str | None = None
