"""The woman the centre supports, and how to reach her safely."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from womenscentre.domain.answers import Answer
from womenscentre.i18n import N_, tr


class ContactMethod(StrEnum):
    PHONE_CALL = "phone_call"
    TEXT = "text"
    EMAIL = "email"
    LETTER = "letter"
    VIDEO = "video"
    IN_PERSON = "in_person"


CONTACT_METHOD_LABELS = {
    ContactMethod.PHONE_CALL: N_("Phone call"),
    ContactMethod.TEXT: N_("Text"),
    ContactMethod.EMAIL: N_("Email"),
    ContactMethod.LETTER: N_("Letter"),
    ContactMethod.VIDEO: N_("Video call"),
    ContactMethod.IN_PERSON: N_("In person"),
}


@dataclass(frozen=True, slots=True)
class SafeContact:
    """How she has told us it is safe to get in touch."""

    safe_methods: tuple[ContactMethod, ...] = ()
    safe_times: str = ""
    voicemail_safe: bool | None = None
    check_phrase: str = ""
    if_someone_else_answers: str = ""

    def summary(self) -> str:
        """One line for the banner, e.g. "Text only, after 6pm. No voicemail."""
        parts: list[str] = []
        if self.safe_methods:
            names = [tr(CONTACT_METHOD_LABELS[m]) for m in self.safe_methods]
            if len(names) == 1:
                parts.append(tr("{method} only").format(method=names[0]))
            else:
                parts.append(
                    tr("{methods} or {last}").format(methods=", ".join(names[:-1]), last=names[-1])
                )
        if self.safe_times:
            parts.append(self.safe_times)
        lead = ", ".join(parts)
        sentences = [lead[0].upper() + lead[1:] + "."] if lead else []
        if self.voicemail_safe is False:
            sentences.append(tr("No voicemail."))
        elif self.voicemail_safe:
            sentences.append(tr("Voicemail is OK."))
        if not sentences:
            return tr("No safe-contact plan recorded yet.")
        return " ".join(sentences)

    def to_json(self) -> dict[str, Any]:
        return {
            "safe_methods": [m.value for m in self.safe_methods],
            "safe_times": self.safe_times,
            "voicemail_safe": self.voicemail_safe,
            "check_phrase": self.check_phrase,
            "if_someone_else_answers": self.if_someone_else_answers,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SafeContact:
        return cls(
            safe_methods=tuple(ContactMethod(m) for m in raw.get("safe_methods", [])),
            safe_times=raw.get("safe_times", ""),
            voicemail_safe=raw.get("voicemail_safe"),
            check_phrase=raw.get("check_phrase", ""),
            if_someone_else_answers=raw.get("if_someone_else_answers", ""),
        )


@dataclass(frozen=True, slots=True)
class PersonDetails:
    """Everything about her that is sealed. Her preferred name comes first, always."""

    preferred_name: str
    full_name: Answer[str] = field(default_factory=Answer)
    pronouns: Answer[str] = field(default_factory=Answer)
    date_of_birth: Answer[str] = field(default_factory=Answer)
    languages: tuple[str, ...] = ()
    interpreter: Answer[str] = field(default_factory=Answer)
    access_needs: Answer[str] = field(default_factory=Answer)
    safe_contact: SafeContact = field(default_factory=SafeContact)
    asked_us_to_know: tuple[str, ...] = ()
    #: Words she uses for herself and her experience; guidance never flags them for her.
    preferred_terms: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.preferred_name.strip():
            raise ValueError("a preferred name is needed")
        dob = self.date_of_birth.value
        if dob is not None:
            date.fromisoformat(dob)

    def to_json(self) -> dict[str, Any]:
        return {
            "preferred_name": self.preferred_name,
            "full_name": self.full_name.to_json(),
            "pronouns": self.pronouns.to_json(),
            "date_of_birth": self.date_of_birth.to_json(),
            "languages": list(self.languages),
            "interpreter": self.interpreter.to_json(),
            "access_needs": self.access_needs.to_json(),
            "safe_contact": self.safe_contact.to_json(),
            "asked_us_to_know": list(self.asked_us_to_know),
            "preferred_terms": list(self.preferred_terms),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> PersonDetails:
        return cls(
            preferred_name=raw["preferred_name"],
            full_name=Answer.from_json(raw.get("full_name")),
            pronouns=Answer.from_json(raw.get("pronouns")),
            date_of_birth=Answer.from_json(raw.get("date_of_birth")),
            languages=tuple(raw.get("languages", [])),
            interpreter=Answer.from_json(raw.get("interpreter")),
            access_needs=Answer.from_json(raw.get("access_needs")),
            safe_contact=SafeContact.from_json(raw.get("safe_contact", {})),
            asked_us_to_know=tuple(raw.get("asked_us_to_know", [])),
            preferred_terms=tuple(raw.get("preferred_terms", [])),
        )


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    details: PersonDetails
    version: int
    updated_at: str

    @property
    def preferred_name(self) -> str:
        return self.details.preferred_name
