"""Sharing decisions: every share, and every decision not to share (golden rule 7).

A ``SharingDecision`` records who decided and on what basis: her agreement (linked to the
consent entries that cover it), or sharing without her agreement for one of a fixed list of
reasons, which needs a second manager's authorisation. Beside that basis it always records
the lawful basis under UK GDPR and the DPA 2018, set separately because "she agreed" (the
confidentiality layer) is never the same thing as the Article 6 basis:

- an Article 6 basis for every share;
- an Article 9 condition, with its DPA 2018 Schedule 1 condition where Article 9 needs one,
  whenever special-category data (health, sex life) is shared;
- an Article 10 condition (a Schedule 1 condition, DPA 2018 s10(5)) whenever criminal
  offence data is shared: the ``justice_status`` category.

A rationale is always required, and so is whether she was told or why not. Recipients,
categories, bases and the rationale are sealed; only ids and the shared/not-shared status
are in the clear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Final

from womenscentre.domain.consent import DataCategory, Purpose, Recipient
from womenscentre.i18n import N_, tr
from womenscentre.labels import Labels

MIN_RATIONALE_CHARS: Final = 20

#: Health and sex-life data: special category under UK GDPR Art. 9. Abuse history is
#: included because it so often reveals injuries, health or sexual abuse.
SPECIAL_CATEGORIES: Final = frozenset(
    {
        DataCategory.MENTAL_HEALTH,
        DataCategory.PHYSICAL_HEALTH,
        DataCategory.SUBSTANCE_USE,
        DataCategory.SEXUAL_HEALTH,
        DataCategory.ABUSE_HISTORY_AND_RISK,
    }
)
#: Criminal offence data: UK GDPR Art. 10.
OFFENCE_CATEGORIES: Final = frozenset({DataCategory.JUSTICE_STATUS})


class DecisionStatus(StrEnum):
    SHARED = "shared"
    NOT_SHARED = "not_shared"


class Basis(StrEnum):
    WITH_CONSENT = "with_consent"
    WITHOUT_CONSENT = "without_consent"


class WithoutConsentReason(StrEnum):
    UNSAFE_TO_ASK = "unsafe_to_ask"
    WOULD_PREJUDICE_SAFETY = "would_prejudice_safety"
    REFUSED_BUT_OVERRIDDEN = "refused_but_overridden"
    URGENT = "urgent"
    LEGAL_DUTY = "legal_duty"


WITHOUT_CONSENT_WORDS: Final = Labels(
    {
        WithoutConsentReason.UNSAFE_TO_ASK: N_("It wasn't safe to ask her"),
        WithoutConsentReason.WOULD_PREJUDICE_SAFETY: (
            N_("Asking her would have put her or someone else in more danger")
        ),
        WithoutConsentReason.REFUSED_BUT_OVERRIDDEN: (
            N_("She said no, and the risk of harm was judged to outweigh her wishes")
        ),
        WithoutConsentReason.URGENT: N_("It was urgent and there was no time to ask her"),
        WithoutConsentReason.LEGAL_DUTY: N_("The law required it"),
    }
)


class Art6Basis(StrEnum):
    CONSENT = "6_1_a_consent"
    CONTRACT = "6_1_b_contract"
    LEGAL_OBLIGATION = "6_1_c_legal_obligation"
    VITAL_INTERESTS = "6_1_d_vital_interests"
    PUBLIC_TASK = "6_1_e_public_task"
    LEGITIMATE_INTERESTS = "6_1_f_legitimate_interests"


class Art9Condition(StrEnum):
    EXPLICIT_CONSENT = "9_2_a_explicit_consent"
    SOCIAL_PROTECTION = "9_2_b_employment_social_security_social_protection"
    VITAL_INTERESTS = "9_2_c_vital_interests"
    NOT_FOR_PROFIT = "9_2_d_not_for_profit_body"
    LEGAL_CLAIMS = "9_2_f_legal_claims"
    SUBSTANTIAL_PUBLIC_INTEREST = "9_2_g_substantial_public_interest"
    HEALTH_OR_SOCIAL_CARE = "9_2_h_health_or_social_care"
    PUBLIC_HEALTH = "9_2_i_public_health"


class Schedule1Condition(StrEnum):
    """DPA 2018 Schedule 1 conditions a women's centre is likely to rely on."""

    EMPLOYMENT_SOCIAL_PROTECTION = "sch1_pt1_para1_employment_social_protection"
    HEALTH_OR_SOCIAL_CARE = "sch1_pt1_para2_health_or_social_care"
    PUBLIC_HEALTH = "sch1_pt1_para3_public_health"
    STATUTORY_PURPOSES = "sch1_pt2_para6_statutory_and_government_purposes"
    PREVENTING_UNLAWFUL_ACTS = "sch1_pt2_para10_preventing_or_detecting_unlawful_acts"
    COUNSELLING = "sch1_pt2_para17_counselling"
    SAFEGUARDING = "sch1_pt2_para18_safeguarding_children_and_individuals_at_risk"
    ECONOMIC_WELLBEING = "sch1_pt2_para19_safeguarding_economic_wellbeing"
    CONSENT = "sch1_pt3_para29_consent"
    VITAL_INTERESTS = "sch1_pt3_para30_vital_interests"
    NOT_FOR_PROFIT = "sch1_pt3_para31_not_for_profit_bodies"
    LEGAL_CLAIMS = "sch1_pt3_para33_legal_claims"

    @property
    def part(self) -> int:
        return int(self.value.split("_")[1].removeprefix("pt"))


#: Which Schedule 1 part an Art. 9 condition must be paired with (DPA 2018 s10(2), (3)).
_ART9_NEEDS: Final = {
    Art9Condition.SOCIAL_PROTECTION: {Schedule1Condition.EMPLOYMENT_SOCIAL_PROTECTION},
    Art9Condition.HEALTH_OR_SOCIAL_CARE: {Schedule1Condition.HEALTH_OR_SOCIAL_CARE},
    Art9Condition.PUBLIC_HEALTH: {Schedule1Condition.PUBLIC_HEALTH},
    Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST: {c for c in Schedule1Condition if c.part == 2},
}


def schedule1_needed(art9: Art9Condition | None) -> frozenset[Schedule1Condition]:
    """The Schedule 1 conditions that can go with ``art9``; empty when it needs none."""
    if art9 is None:
        return frozenset()
    return frozenset(_ART9_NEEDS.get(art9, ()))


class AdviceSource(StrEnum):
    MANAGER = "manager"
    SAFEGUARDING_LEAD = "safeguarding_lead"
    DATA_PROTECTION_OFFICER = "data_protection_officer"
    CALDICOTT_GUARDIAN = "caldicott_guardian"
    LEGAL = "legal"


class Channel(StrEnum):
    NHSMAIL = "nhsmail"
    CJSM = "cjsm"
    SECURE_PORTAL = "secure_portal"
    OTHER_SECURE_EMAIL = "other_secure_email"
    PHONE = "phone"
    MARAC_MEETING = "marac_meeting"
    BY_HAND = "by_hand"


@dataclass(frozen=True, slots=True)
class LawfulBasis:
    art6: Art6Basis
    art9: Art9Condition | None = None
    art9_schedule1: Schedule1Condition | None = None
    art10: Schedule1Condition | None = None

    def problems(self, categories: frozenset[DataCategory]) -> list[str]:
        """What's missing for sharing these categories, in plain words."""
        found: list[str] = []
        if categories & SPECIAL_CATEGORIES and self.art9 is None:
            found.append(
                tr(
                    "Health or other special-category information is included, so please choose "
                    "the Article 9 condition that applies."
                )
            )
        needs = _ART9_NEEDS.get(self.art9) if self.art9 is not None else None
        if needs is not None and self.art9_schedule1 not in needs:
            found.append(
                tr(
                    "This Article 9 condition needs a matching DPA 2018 Schedule 1 condition. "
                    "Please choose one."
                )
            )
        if categories & OFFENCE_CATEGORIES and self.art10 is None:
            found.append(
                tr(
                    "Information about her contact with the justice system is included, so "
                    "please choose the Article 10 condition (from DPA 2018 Schedule 1) that "
                    "applies."
                )
            )
        return found

    @property
    def relies_on_consent(self) -> bool:
        """True if any part of it rests on her consent, which a share without it can't."""
        return (
            self.art6 is Art6Basis.CONSENT
            or self.art9 is Art9Condition.EXPLICIT_CONSENT
            or Schedule1Condition.CONSENT in (self.art9_schedule1, self.art10)
        )

    def complete_problems(self) -> list[str]:
        """What's missing for a centre default, which must cover every kind of information."""
        return self.problems(SPECIAL_CATEGORIES | OFFENCE_CATEGORIES)

    def for_categories(self, categories: frozenset[DataCategory]) -> LawfulBasis:
        """Only the parts that apply: no Article 9 or 10 condition where none is needed."""
        special = bool(categories & SPECIAL_CATEGORIES)
        return LawfulBasis(
            self.art6,
            self.art9 if special else None,
            self.art9_schedule1 if special else None,
            self.art10 if categories & OFFENCE_CATEGORIES else None,
        )

    def to_json(self) -> dict[str, str | None]:
        return {
            "art6": self.art6.value,
            "art9": None if self.art9 is None else self.art9.value,
            "art9_schedule1": None if self.art9_schedule1 is None else self.art9_schedule1.value,
            "art10": None if self.art10 is None else self.art10.value,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> LawfulBasis:
        def opt(kind: type[StrEnum], key: str) -> Any:
            value = raw.get(key)
            return None if value is None else kind(value)

        return cls(
            Art6Basis(raw["art6"]),
            opt(Art9Condition, "art9"),
            opt(Schedule1Condition, "art9_schedule1"),
            opt(Schedule1Condition, "art10"),
        )


#: The safe default for a share she agreed to, until a manager sets the centre's own
#: (``CentreSettings.basis_with_consent``): a charity's legitimate interests, her explicit
#: agreement for special-category data, and consent for offence data (Sch. 1 para 29).
#: Every decision records the basis actually used.
WITH_CONSENT_DEFAULT: Final = LawfulBasis(
    Art6Basis.LEGITIMATE_INTERESTS,
    Art9Condition.EXPLICIT_CONSENT,
    None,
    Schedule1Condition.CONSENT,
)
#: The usual basis for safeguarding without her agreement (practice reference §4.1); the
#: manager sharing chooses the one that applies, starting from the centre's setting.
WITHOUT_CONSENT_DEFAULT: Final = LawfulBasis(
    Art6Basis.LEGITIMATE_INTERESTS,
    Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
    Schedule1Condition.SAFEGUARDING,
    Schedule1Condition.SAFEGUARDING,
)


class ToldState(StrEnum):
    TOLD_BEFORE = "told_before"
    WILL_BE_TOLD = "will_be_told"
    NOT_TOLD = "not_told"


@dataclass(frozen=True, slots=True)
class ToldHer:
    """Whether she was told about this share before it went, will be told, or why not.

    ``told`` is True when she knows or will know; ``later`` says it is still to happen.
    Not telling her needs a reason (for example that telling her would raise the risk),
    because her copy of "who has my information?" leaves such a share off until a manager
    has checked whether an exemption applies.
    """

    told: bool
    when_or_why_not: str = ""
    later: bool = False

    @classmethod
    def of(cls, state: ToldState, words: str = "") -> ToldHer:
        return cls(state is not ToldState.NOT_TOLD, words.strip(), state is ToldState.WILL_BE_TOLD)

    @property
    def state(self) -> ToldState:
        if not self.told:
            return ToldState.NOT_TOLD
        return ToldState.WILL_BE_TOLD if self.later else ToldState.TOLD_BEFORE

    def problems(self) -> list[str]:
        if not self.told and len(self.when_or_why_not.strip()) < 10:
            return [tr("Please say why she won't be told about this, in a short sentence.")]
        if self.later and not self.told:
            return [tr("Please choose whether she will be told or not.")]
        return []

    def to_json(self) -> dict[str, Any]:
        return {
            "told": self.told,
            "when_or_why_not": self.when_or_why_not,
            "state": self.state.value,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ToldHer:
        words = str(raw.get("when_or_why_not", ""))
        if "state" in raw:  # decisions recorded before the three states only had "told"
            return cls.of(ToldState(raw["state"]), words)
        return cls(bool(raw["told"]), words)


@dataclass(frozen=True, slots=True)
class SharingDecision:
    id: str
    person_id: str
    decided_at: datetime
    decided_by: str
    shared: bool
    recipient: Recipient
    purpose: Purpose
    #: None for a decision not to share.
    basis: Basis | None
    rationale: str
    told_her: ToldHer
    categories: frozenset[DataCategory] = frozenset()
    consent_ids: tuple[str, ...] = ()
    without_consent_reason: WithoutConsentReason | None = None
    without_consent_categories: frozenset[DataCategory] = frozenset()
    authorised_by: str | None = None
    lawful_basis: LawfulBasis | None = None
    advice_sought: tuple[AdviceSource, ...] = ()
    advice_note: str = ""
    channel: Channel | None = None
    recipient_reference: str = ""
    #: File name -> SHA-256 (hex) of each artefact written.
    artefact_hashes: dict[str, str] = field(default_factory=dict)
    #: What was held back to protect her or others, e.g. "address".
    identities_protected: tuple[str, ...] = ()
    export_id: str | None = None

    def problems(self) -> list[str]:
        """Plain reasons this decision can't be recorded as it is; empty when it's fine."""
        found: list[str] = []
        if len(self.rationale.strip()) < MIN_RATIONALE_CHARS:
            found.append(
                tr(
                    "Please write the reason for this decision in a sentence or two, so anyone "
                    "reading the record later understands it."
                )
            )
        found += self.told_her.problems()
        if not self.shared:
            return found
        if not self.categories:
            found.append(tr("Nothing was chosen to share. Please choose at least one section."))
        if self.lawful_basis is None:
            found.append(tr("Please record the lawful basis for this share."))
        else:
            found += self.lawful_basis.problems(self.categories)
        if self.channel is None:
            found.append(tr("Please say how it will be sent, for example NHSmail or CJSM."))
        if self.basis is None:
            found.append(tr("Please say whether this share has her agreement."))
        elif self.basis is Basis.WITHOUT_CONSENT:
            if self.lawful_basis is not None and self.lawful_basis.relies_on_consent:
                found.append(
                    tr(
                        "This is shared without her agreement, so its lawful basis can't be her "
                        "consent. Please choose another basis or condition."
                    )
                )
            if self.without_consent_reason is None:
                found.append(tr("Please choose the reason for sharing without her agreement."))
            if self.authorised_by is None:
                found.append(
                    tr("Sharing without her agreement needs a second manager to authorise it.")
                )
            elif self.authorised_by == self.decided_by:
                found.append(tr("The second manager must be a different person."))
        elif not self.consent_ids:
            found.append(tr("A share with her agreement must link to the agreement it relies on."))
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "decided_at": self.decided_at.isoformat(),
            "decided_by": self.decided_by,
            "shared": self.shared,
            "recipient": self.recipient.to_json(),
            "purpose": self.purpose.value,
            "basis": None if self.basis is None else self.basis.value,
            "rationale": self.rationale,
            "told_her": self.told_her.to_json(),
            "categories": sorted(c.value for c in self.categories),
            "consent_ids": list(self.consent_ids),
            "without_consent_reason": (
                None if self.without_consent_reason is None else self.without_consent_reason.value
            ),
            "without_consent_categories": sorted(c.value for c in self.without_consent_categories),
            "authorised_by": self.authorised_by,
            "lawful_basis": None if self.lawful_basis is None else self.lawful_basis.to_json(),
            "advice_sought": [a.value for a in self.advice_sought],
            "advice_note": self.advice_note,
            "channel": None if self.channel is None else self.channel.value,
            "recipient_reference": self.recipient_reference,
            "artefact_hashes": dict(self.artefact_hashes),
            "identities_protected": list(self.identities_protected),
            "export_id": self.export_id,
        }

    @classmethod
    def from_json(cls, decision_id: str, person_id: str, raw: dict[str, Any]) -> SharingDecision:
        reason = raw.get("without_consent_reason")
        basis = raw.get("lawful_basis")
        channel = raw.get("channel")
        kind = raw.get("basis")
        return cls(
            id=decision_id,
            person_id=person_id,
            decided_at=datetime.fromisoformat(raw["decided_at"]),
            decided_by=raw["decided_by"],
            shared=bool(raw["shared"]),
            recipient=Recipient.from_json(raw["recipient"]),
            purpose=Purpose(raw["purpose"]),
            basis=None if kind is None else Basis(kind),
            rationale=raw["rationale"],
            told_her=ToldHer.from_json(raw["told_her"]),
            categories=frozenset(DataCategory(c) for c in raw.get("categories", [])),
            consent_ids=tuple(raw.get("consent_ids", [])),
            without_consent_reason=None if reason is None else WithoutConsentReason(reason),
            without_consent_categories=frozenset(
                DataCategory(c) for c in raw.get("without_consent_categories", [])
            ),
            authorised_by=raw.get("authorised_by"),
            lawful_basis=None if basis is None else LawfulBasis.from_json(basis),
            advice_sought=tuple(AdviceSource(a) for a in raw.get("advice_sought", [])),
            advice_note=raw.get("advice_note", ""),
            channel=None if channel is None else Channel(channel),
            recipient_reference=raw.get("recipient_reference", ""),
            artefact_hashes=dict(raw.get("artefact_hashes", {})),
            identities_protected=tuple(raw.get("identities_protected", [])),
            export_id=raw.get("export_id"),
        )
