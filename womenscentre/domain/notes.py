"""Session notes: a draft until its author finalises it, then only ever added to."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from womenscentre.domain.answers import Answer, AnswerStatus


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
class PromptSetRef:
    """Which prompt set, at which version, a note's answers were recorded against.

    Kept with the note so its answers can always be read with the labels they were given,
    even after the centre changes the set.
    """

    id: str
    version: int


@dataclass(frozen=True, slots=True)
class NoteContent:
    """What a session note records, sealed as one.

    ``answers`` holds the prompt set's fields by field id. Only real answers are kept: an
    answer, "she chose not to answer" or "not asked"; a field left alone is simply absent.
    Guidance and example questions belong to the prompt set, never to the note.
    """

    session_date: str
    duration_minutes: int
    session_type: SessionType
    contact_mode: ContactMode
    body: str
    prompt_set: PromptSetRef | None = None
    answers: Mapping[str, Answer[Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 <= self.duration_minutes <= 24 * 60:
            raise ValueError("duration must be between 0 minutes and a day")
        if self.answers and self.prompt_set is None:
            raise ValueError("answers need the prompt set they were recorded against")
        if any(a.status is AnswerStatus.UNKNOWN for a in self.answers.values()):
            raise ValueError("a field with nothing recorded is left out, not stored")

    @property
    def is_empty(self) -> bool:
        """Nothing written and nothing recorded: not worth a draft, nor a final note."""
        return not self.body.strip() and not self.answers

    def searchable_text(self) -> str:
        """The body and every answered value in words, for the in-memory search index."""
        parts = [self.body]
        for answer in self.answers.values():
            if answer.status is AnswerStatus.ANSWERED:
                parts.extend(_words_in(answer.value))
        return "\n".join(p for p in parts if p)

    def to_json(self) -> dict[str, Any]:
        raw: dict[str, Any] = {
            "session_date": self.session_date,
            "duration_minutes": self.duration_minutes,
            "session_type": self.session_type.value,
            "contact_mode": self.contact_mode.value,
            "body": self.body,
        }
        if self.prompt_set is not None:
            raw["prompt_set"] = {"id": self.prompt_set.id, "version": self.prompt_set.version}
            raw["answers"] = {key: a.to_json() for key, a in sorted(self.answers.items())}
        return raw

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> NoteContent:
        """Notes sealed before prompt sets existed (no set, no answers) open unchanged."""
        ref = raw.get("prompt_set")
        answers = raw.get("answers") or {}
        if not isinstance(answers, dict):
            raise TypeError("answers should be a map of field id to answer")
        return cls(
            session_date=raw["session_date"],
            duration_minutes=int(raw["duration_minutes"]),
            session_type=SessionType(raw["session_type"]),
            contact_mode=ContactMode(raw["contact_mode"]),
            body=raw["body"],
            prompt_set=None if ref is None else PromptSetRef(str(ref["id"]), int(ref["version"])),
            answers={str(k): Answer.from_json(v) for k, v in answers.items()},
        )


def _words_in(value: object) -> list[str]:
    """Every piece of text inside an answered value (text, lists, table rows)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [w for item in value for w in _words_in(item)]
    if isinstance(value, dict):
        return [w for item in value.values() for w in _words_in(item)]
    return []


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
