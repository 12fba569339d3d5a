"""Answers that respect a woman's choice not to say, or a worker's choice not to ask.

"She chose not to answer" and "not asked: not safe or right to ask now" are real
answers, recorded as such, so nobody has to ask a painful question again just
because a field looks empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from womenscentre.i18n import N_, tr

T = TypeVar("T")


class AnswerStatus(StrEnum):
    ANSWERED = "answered"
    DECLINED = "declined"
    NOT_ASKED = "not_asked"
    UNKNOWN = "unknown"


#: Marked for the catalogue only: show them through :func:`answer_label` (or ``tr``).
ANSWER_LABELS = {
    AnswerStatus.DECLINED: N_("She chose not to answer"),
    AnswerStatus.NOT_ASKED: N_("Not asked: not safe or right to ask now"),
    AnswerStatus.UNKNOWN: N_("Not recorded yet"),
}


def answer_label(status: AnswerStatus) -> str:
    """What an unanswered field says, in the reader's language."""
    return tr(ANSWER_LABELS[status])


@dataclass(frozen=True, slots=True)
class Answer(Generic[T]):
    status: AnswerStatus = AnswerStatus.UNKNOWN
    value: T | None = None

    @classmethod
    def of(cls, value: T) -> Answer[T]:
        return cls(AnswerStatus.ANSWERED, value)

    @classmethod
    def declined(cls) -> Answer[T]:
        return cls(AnswerStatus.DECLINED)

    @classmethod
    def not_asked(cls) -> Answer[T]:
        return cls(AnswerStatus.NOT_ASKED)

    def __post_init__(self) -> None:
        if (self.status is AnswerStatus.ANSWERED) != (self.value is not None):
            raise ValueError("an answer has a value exactly when its status is 'answered'")

    def display(self) -> str:
        if self.status is AnswerStatus.ANSWERED:
            return str(self.value)
        return answer_label(self.status)

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status.value, "value": self.value}

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None) -> Answer[Any]:
        if raw is None:
            return cls()
        return cls(AnswerStatus(raw["status"]), raw.get("value"))
