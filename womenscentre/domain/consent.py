"""Consent to share, and the rule for what may be shared.

"Consent to share" here means *her agreement and wishes* (the confidentiality
layer). It sits beside, never instead of, a lawful basis for each share (UK GDPR
Art. 6, Art. 9 with a DPA 2018 Schedule 1 condition, Art. 10 for offence data).
Entries are versioned and never overwritten: a change is a new version that
supersedes the old one, and a withdrawal takes effect the moment it is recorded.

``permission`` is the single answer to "may this category go to this recipient
for this purpose today?", used by the pack builder and the CLI alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from womenscentre.i18n import N_, tr


class DataCategory(StrEnum):
    CONTACT_DETAILS = "contact_details"
    ADDRESS = "address"
    ABUSE_HISTORY_AND_RISK = "abuse_history_and_risk"
    MENTAL_HEALTH = "mental_health"
    PHYSICAL_HEALTH = "physical_health"
    SUBSTANCE_USE = "substance_use"
    SEXUAL_HEALTH = "sexual_health"
    JUSTICE_STATUS = "justice_status"
    CHILDREN_AND_FAMILY = "children_and_family"
    IMMIGRATION_STATUS = "immigration_status"
    MONEY_AND_BENEFITS = "money_and_benefits"
    OUTCOMES = "outcomes"
    SAFE_CONTACT = "safe_contact"
    SESSION_SUMMARY = "session_summary"


class Purpose(StrEnum):
    REFERRAL = "referral"
    JOINT_CASE_PLANNING = "joint_case_planning"
    MARAC = "marac"
    COURT_OR_REPORT = "court_or_report"
    RESETTLEMENT = "resettlement"
    HEALTH_CONTINUITY = "health_continuity"
    EVALUATION = "evaluation"


class RecipientKind(StrEnum):
    GP = "gp"
    MENTAL_HEALTH = "mental_health"
    DRUG_AND_ALCOHOL = "drug_and_alcohol"
    PROBATION = "probation"
    MARAC = "marac"
    POLICE = "police"
    HOUSING = "housing"
    IDVA = "idva"


class Direction(StrEnum):
    WE_SEND = "we_send"
    WE_RECEIVE = "we_receive"
    BOTH = "both"


class ConsentStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"


class PermissionState(StrEnum):
    PERMITTED = "permitted"
    NEEDS_REVIEW = "needs_review"
    ASK_HER_FIRST = "ask_her_first"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    EXCLUDED = "excluded"
    NOT_PERMITTED = "not_permitted"


@dataclass(frozen=True, slots=True)
class Recipient:
    """A named organisation and role: never "all agencies"."""

    kind: RecipientKind
    organisation: str
    role: str

    def __post_init__(self) -> None:
        if not self.organisation.strip() or not self.role.strip():
            raise ValueError("a recipient needs an organisation and a role")

    def matches(self, other: Recipient) -> bool:
        return (
            self.kind is other.kind
            and self.organisation.casefold().strip() == other.organisation.casefold().strip()
            and self.role.casefold().strip() == other.role.casefold().strip()
        )

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind.value, "organisation": self.organisation, "role": self.role}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Recipient:
        return cls(RecipientKind(raw["kind"]), raw["organisation"], raw["role"])


@dataclass(frozen=True, slots=True)
class Exclusion:
    """ "Never share my new address with …": a deny that beats any permit."""

    category: DataCategory
    recipient: Recipient | None = None  # None: with anyone
    note: str = ""


@dataclass(frozen=True, slots=True)
class Withdrawal:
    withdrawn_on: date
    how_communicated: str
    recipients_told: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ConsentToShare:
    id: str
    version: int
    categories: frozenset[DataCategory]
    recipients: tuple[Recipient, ...]
    purposes: frozenset[Purpose]
    direction: Direction
    how_obtained: str
    what_she_was_told: str
    capacity_considered: bool
    interpreter_used: bool
    starts_on: date
    review_by: date
    expires_on: date
    status: ConsentStatus = ConsentStatus.ACTIVE
    exclusions: tuple[Exclusion, ...] = ()
    ask_each_time: bool = False
    withdrawal: Withdrawal | None = None
    supersedes: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.recipients:
            raise ValueError("name at least one recipient organisation and role")
        if not (self.starts_on <= self.review_by <= self.expires_on):
            raise ValueError("start, review and expiry dates must be in that order")


@dataclass(frozen=True, slots=True)
class Permission:
    state: PermissionState
    reason: str
    consent_id: str | None = None

    @property
    def may_share(self) -> bool:
        return self.state in (PermissionState.PERMITTED, PermissionState.NEEDS_REVIEW)


_PLAIN = {
    PermissionState.PERMITTED: N_("She agreed to share this with them for this purpose."),
    PermissionState.NEEDS_REVIEW: (
        N_("She agreed, and it's time to check with her that this still stands.")
    ),
    PermissionState.ASK_HER_FIRST: N_("She asked to be asked each time before this is shared."),
    PermissionState.EXPIRED: N_("Her agreement to share this has come to its end date."),
    PermissionState.WITHDRAWN: N_("She has withdrawn her agreement to share this."),
    PermissionState.EXCLUDED: N_("She asked for this never to be shared with them."),
    PermissionState.NOT_PERMITTED: N_(
        "She hasn't agreed to share this with them for this purpose."
    ),
}


def permission(
    ledger: Iterable[ConsentToShare],
    *,
    recipient: Recipient,
    purpose: Purpose,
    category: DataCategory,
    today: date,
) -> Permission:
    """Whether one category may go to one recipient for one purpose, and why.

    An exclusion or a withdrawal anywhere in the current entries wins over any
    permit: when her wishes disagree, the more protective one holds.
    """
    current = [c for c in ledger if c.status is not ConsentStatus.SUPERSEDED]
    for consent in current:
        if any(
            e.category is category and (e.recipient is None or e.recipient.matches(recipient))
            for e in consent.exclusions
        ):
            return Permission(
                PermissionState.EXCLUDED, tr(_PLAIN[PermissionState.EXCLUDED]), consent.id
            )
    covering = [
        c
        for c in current
        if category in c.categories
        and purpose in c.purposes
        and any(r.matches(recipient) for r in c.recipients)
        and c.direction is not Direction.WE_RECEIVE
    ]
    for consent in covering:
        if consent.status is ConsentStatus.WITHDRAWN or (
            consent.withdrawal is not None and consent.withdrawal.withdrawn_on <= today
        ):
            return Permission(
                PermissionState.WITHDRAWN, tr(_PLAIN[PermissionState.WITHDRAWN]), consent.id
            )
    if not covering:
        return Permission(PermissionState.NOT_PERMITTED, tr(_PLAIN[PermissionState.NOT_PERMITTED]))
    best = min(covering, key=lambda c: _rank(_state_of(c, today)))
    state = _state_of(best, today)
    return Permission(state, tr(_PLAIN[state]), best.id)


def _state_of(consent: ConsentToShare, today: date) -> PermissionState:
    if consent.status is not ConsentStatus.ACTIVE or today < consent.starts_on:
        return PermissionState.NOT_PERMITTED
    if today > consent.expires_on:
        return PermissionState.EXPIRED
    if consent.ask_each_time:
        return PermissionState.ASK_HER_FIRST
    if today > consent.review_by:
        return PermissionState.NEEDS_REVIEW
    return PermissionState.PERMITTED


_ORDER = (
    PermissionState.PERMITTED,
    PermissionState.NEEDS_REVIEW,
    PermissionState.ASK_HER_FIRST,
    PermissionState.EXPIRED,
    PermissionState.NOT_PERMITTED,
)


def _rank(state: PermissionState) -> int:
    return _ORDER.index(state) if state in _ORDER else len(_ORDER)
