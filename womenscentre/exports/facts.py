"""What her record can fill in on a referral pack: who she is, and values for ``source`` keys.

Kept apart from the pack flow so the flow stays about steps and consent. The values come from
her person record (names, safe contact, access needs) and her latest risk identification
record (the summary, criteria and her own words); a template decides where they may appear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from womenscentre.domain.answers import AnswerStatus
from womenscentre.domain.people import PersonDetails
from womenscentre.domain.risk import RiskDetails
from womenscentre.exports.wording import day_words
from womenscentre.i18n import tr


@dataclass(frozen=True, slots=True)
class Identity:
    """Who the pack is about. It heads every pack: no referral can be made without it."""

    preferred_name: str
    full_name: str = ""
    date_of_birth: str = ""
    pronouns: str = ""
    languages: tuple[str, ...] = ()
    interpreter: str = ""

    def rows(self) -> tuple[tuple[str, str], ...]:
        rows = [(tr("Name she likes to be called"), self.preferred_name)]
        rows += [
            (label, value)
            for label, value in (
                (tr("Full name"), self.full_name),
                (tr("Date of birth"), _day(self.date_of_birth)),
                (tr("Pronouns"), self.pronouns),
                (tr("Languages"), ", ".join(self.languages)),
                (tr("Interpreter"), self.interpreter),
            )
            if value
        ]
        return tuple(rows)


@dataclass(frozen=True, slots=True)
class RecordFacts:
    """What her record can fill in: who she is, and values for template ``source`` keys."""

    identity: Identity
    sourced: dict[str, str] = field(default_factory=dict)


def facts_from(details: PersonDetails, risk: RiskDetails | None) -> RecordFacts:
    def answered(value: object) -> str:
        return str(value) if value is not None else ""

    identity = Identity(
        details.preferred_name,
        answered(details.full_name.value),
        answered(details.date_of_birth.value),
        answered(details.pronouns.value),
        details.languages,
        answered(details.interpreter.value),
    )
    safe = details.safe_contact
    voicemail = ""
    if safe.voicemail_safe is not None:
        voicemail = (
            tr("Voicemail is OK") if safe.voicemail_safe else tr("Please don't leave voicemail")
        )
    sourced = {
        "safe_contact.summary": safe.summary() if (safe.safe_methods or safe.safe_times) else "",
        "safe_contact.times": safe.safe_times,
        "safe_contact.voicemail": voicemail,
        "safe_contact.check_phrase": safe.check_phrase,
        "safe_contact.if_someone_else_answers": safe.if_someone_else_answers,
        "person.access_needs": answered(details.access_needs.value),
    }
    if risk is not None:
        sourced.update(_risk_facts(risk))
    return RecordFacts(identity, {k: v for k, v in sourced.items() if v})


def _risk_facts(risk: RiskDetails) -> dict[str, str]:
    day = day_words(risk.completed_on)
    if risk.score is None:
        summary = tr("Checklist completed on {day}.").format(day=day)
    else:
        summary = tr("Checklist completed on {day}, {score} yes answers.").format(
            day=day, score=risk.score
        )
    criteria = [
        label
        for met, label in (
            (risk.criteria.visible_high_risk, tr("Visible high risk")),
            (risk.criteria.professional_judgement, tr("Professional judgement")),
            (risk.criteria.escalation, tr("Escalation")),
            (risk.criteria.repeat, tr("Repeat referral")),
        )
        if met
    ]
    facts = {
        "risk.summary": summary,
        "risk.criteria": ", ".join(criteria),
        "risk.incidents": ""
        if risk.incidents_last_12_months is None
        else str(risk.incidents_last_12_months),
    }
    if risk.criteria.professional_judgement and risk.rationale:
        judgement = tr("Professional judgement: {why}").format(why=risk.rationale)
        facts["risk.criteria"] += f". {judgement}"
    for key, answer in (("risk.her_view", risk.her_view), ("risk.afraid_of", risk.afraid_of)):
        if answer.status is AnswerStatus.ANSWERED and answer.value:
            facts[key] = str(answer.value)
    return facts


def _day(value: str) -> str:
    try:
        return day_words(date.fromisoformat(value))
    except ValueError:
        return value
