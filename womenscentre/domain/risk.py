"""The risk identification record: that a recognised checklist was done, and what followed.

It records the facts around a checklist (such as the SafeLives Dash) without reproducing any
of its questions: when, by whom, whether the assessor was trained, whether it was safe to
talk, the score, which Marac referral criteria were met, the rationale for professional
judgement, her own view of the risk in her words, and the actions taken.

Two guardrails live here so every caller gets them:

- professional judgement always needs a written rationale;
- a record that meets any Marac criterion (a score of 14 or more is "visible high risk")
  can't be closed until a Marac decision is recorded.

There is deliberately no band or level: nothing here produces a label such as "low", and
nothing from this record is ever shown to her as one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, Final

from womenscentre.domain.answers import Answer
from womenscentre.i18n import tr

#: The number of "yes" answers at which a Dash checklist meets "visible high risk".
VISIBLE_HIGH_RISK_SCORE: Final = 14
MAX_SCORE: Final = 100
MIN_RATIONALE_CHARS: Final = 20


class RiskStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ChecklistTool(StrEnum):
    SAFELIVES_DASH = "safelives_dash"
    POLICE_GRADING = "police_grading"
    OTHER = "other"


class ActionKind(StrEnum):
    MARAC_REFERRAL = "marac_referral"
    IDVA_REFERRAL = "idva_referral"
    POLICE_REPORT = "police_report"
    CHILDREN_SAFEGUARDING = "children_safeguarding"
    ADULT_SAFEGUARDING = "adult_safeguarding"
    SAFETY_PLAN_UPDATED = "safety_plan_updated"
    OTHER = "other"


class MaracOutcome(StrEnum):
    REFERRED = "referred"
    ALREADY_OPEN = "already_open"
    NOT_REFERRING = "not_referring"


class Awareness(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_YET_SAFE = "not_yet_safe"


@dataclass(frozen=True, slots=True)
class MaracCriteria:
    visible_high_risk: bool = False
    professional_judgement: bool = False
    escalation: bool = False
    repeat: bool = False

    @property
    def any(self) -> bool:
        return (
            self.visible_high_risk or self.professional_judgement or self.escalation or self.repeat
        )

    def to_json(self) -> dict[str, bool]:
        return {
            "visible_high_risk": self.visible_high_risk,
            "professional_judgement": self.professional_judgement,
            "escalation": self.escalation,
            "repeat": self.repeat,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> MaracCriteria:
        return cls(
            visible_high_risk=bool(raw.get("visible_high_risk", False)),
            professional_judgement=bool(raw.get("professional_judgement", False)),
            escalation=bool(raw.get("escalation", False)),
            repeat=bool(raw.get("repeat", False)),
        )


@dataclass(frozen=True, slots=True)
class RiskAction:
    kind: ActionKind
    on: date | None = None
    detail: str = ""
    reference: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "on": None if self.on is None else self.on.isoformat(),
            "detail": self.detail,
            "reference": self.reference,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> RiskAction:
        on = raw.get("on")
        return cls(
            ActionKind(raw["kind"]),
            None if on is None else date.fromisoformat(on),
            raw.get("detail", ""),
            raw.get("reference", ""),
        )


@dataclass(frozen=True, slots=True)
class MaracDecision:
    """What was decided about a Marac referral, by whom, and whether she knows."""

    outcome: MaracOutcome
    decided_on: date
    decided_by: str
    reason: str = ""
    marac_area: str = ""
    reference: str = ""
    she_knows: Awareness = Awareness.NOT_YET_SAFE
    she_consents: Answer[bool] = field(default_factory=Answer)

    def problems(self) -> list[str]:
        found = []
        if not self.decided_by.strip():
            found.append(tr("Please say who made the Marac decision."))
        if self.outcome is MaracOutcome.NOT_REFERRING and len(self.reason.strip()) < (
            MIN_RATIONALE_CHARS
        ):
            found.append(
                tr(
                    "Deciding not to refer to Marac needs a reason, written in a sentence or two, "
                    "so anyone reading the record later understands it."
                )
            )
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "decided_on": self.decided_on.isoformat(),
            "decided_by": self.decided_by,
            "reason": self.reason,
            "marac_area": self.marac_area,
            "reference": self.reference,
            "she_knows": self.she_knows.value,
            "she_consents": self.she_consents.to_json(),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> MaracDecision:
        return cls(
            MaracOutcome(raw["outcome"]),
            date.fromisoformat(raw["decided_on"]),
            raw["decided_by"],
            raw.get("reason", ""),
            raw.get("marac_area", ""),
            raw.get("reference", ""),
            Awareness(raw.get("she_knows", Awareness.NOT_YET_SAFE.value)),
            Answer.from_json(raw.get("she_consents")),
        )


@dataclass(frozen=True, slots=True)
class RiskDetails:
    """Everything sealed in a risk identification record. No question text, ever."""

    completed_on: date
    assessor: str
    trained: bool
    safe_to_talk: bool
    tool: ChecklistTool = ChecklistTool.SAFELIVES_DASH
    tool_name: str = ""
    training: str = ""
    #: The number of "yes" answers, or ``None`` when it couldn't be finished.
    score: int | None = None
    criteria: MaracCriteria = field(default_factory=MaracCriteria)
    #: Required whenever professional judgement is one of the criteria.
    rationale: str = ""
    incidents_last_12_months: int | None = None
    her_view: Answer[str] = field(default_factory=Answer)
    afraid_of: Answer[str] = field(default_factory=Answer)
    actions: tuple[RiskAction, ...] = ()
    marac: MaracDecision | None = None
    next_review: date | None = None
    linked_plan_ids: tuple[str, ...] = ()

    @property
    def needs_marac_decision(self) -> bool:
        """Any Marac criterion met, including a score at or above the visible-high-risk line."""
        return self.criteria.any or (
            self.score is not None and self.score >= VISIBLE_HIGH_RISK_SCORE
        )

    def with_derived_criteria(self) -> RiskDetails:
        """Visible high risk follows the Dash score, so it can't be set against the score."""
        if self.tool is not ChecklistTool.SAFELIVES_DASH or self.score is None:
            return self
        visible = self.score >= VISIBLE_HIGH_RISK_SCORE
        if visible == self.criteria.visible_high_risk:
            return self
        c = self.criteria
        criteria = MaracCriteria(visible, c.professional_judgement, c.escalation, c.repeat)
        return replace(self, criteria=criteria)

    def problems(self) -> list[str]:
        """Plain reasons this record can't be saved as it is; empty when it's fine."""
        found: list[str] = []
        if not self.assessor.strip():
            found.append(tr("Please say who completed the checklist."))
        if self.score is not None and not 0 <= self.score <= MAX_SCORE:
            found.append(tr("The score should be the number of 'yes' answers."))
        if self.tool is ChecklistTool.OTHER and not self.tool_name.strip():
            found.append(tr("Please name the checklist that was used."))
        if self.criteria.professional_judgement and len(self.rationale.strip()) < (
            MIN_RATIONALE_CHARS
        ):
            found.append(
                tr(
                    "Professional judgement needs a rationale: please explain the concern in a "
                    "sentence or two, so the Marac and anyone reading later can understand it."
                )
            )
        if self.incidents_last_12_months is not None and self.incidents_last_12_months < 0:
            found.append(tr("The number of incidents can't be negative."))
        if self.marac is not None:
            found += self.marac.problems()
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "completed_on": self.completed_on.isoformat(),
            "assessor": self.assessor,
            "trained": self.trained,
            "safe_to_talk": self.safe_to_talk,
            "tool": self.tool.value,
            "tool_name": self.tool_name,
            "training": self.training,
            "score": self.score,
            "criteria": self.criteria.to_json(),
            "rationale": self.rationale,
            "incidents_last_12_months": self.incidents_last_12_months,
            "her_view": self.her_view.to_json(),
            "afraid_of": self.afraid_of.to_json(),
            "actions": [a.to_json() for a in self.actions],
            "marac": None if self.marac is None else self.marac.to_json(),
            "next_review": None if self.next_review is None else self.next_review.isoformat(),
            "linked_plan_ids": list(self.linked_plan_ids),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> RiskDetails:
        marac = raw.get("marac")
        review = raw.get("next_review")
        return cls(
            completed_on=date.fromisoformat(raw["completed_on"]),
            assessor=raw["assessor"],
            trained=bool(raw["trained"]),
            safe_to_talk=bool(raw["safe_to_talk"]),
            tool=ChecklistTool(raw.get("tool", ChecklistTool.SAFELIVES_DASH.value)),
            tool_name=raw.get("tool_name", ""),
            training=raw.get("training", ""),
            score=raw.get("score"),
            criteria=MaracCriteria.from_json(raw.get("criteria", {})),
            rationale=raw.get("rationale", ""),
            incidents_last_12_months=raw.get("incidents_last_12_months"),
            her_view=Answer.from_json(raw.get("her_view")),
            afraid_of=Answer.from_json(raw.get("afraid_of")),
            actions=tuple(RiskAction.from_json(a) for a in raw.get("actions", [])),
            marac=None if marac is None else MaracDecision.from_json(marac),
            next_review=None if review is None else date.fromisoformat(review),
            linked_plan_ids=tuple(raw.get("linked_plan_ids", [])),
        )


@dataclass(frozen=True, slots=True)
class RiskRecord:
    id: str
    person_id: str
    author_id: str
    status: RiskStatus
    details: RiskDetails
    version: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class RiskReviewDue:
    """An open risk record whose "look at it again" date is near or has passed."""

    record_id: str
    person_id: str
    review_date: date
    overdue: bool
