"""The risk identification record and its guardrails: rationale, the Marac guard, no labels."""

from __future__ import annotations

import ast
import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest

from womenscentre.domain.answers import Answer
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.plans import PlanDraft
from womenscentre.domain.risk import (
    ActionKind,
    Awareness,
    ChecklistTool,
    MaracCriteria,
    MaracDecision,
    MaracOutcome,
    RiskAction,
    RiskDetails,
    RiskStatus,
)
from womenscentre.errors import InvalidInput, NotPermitted
from womenscentre.services.access import NeedsBreakGlass
from womenscentre.services.risk import MaracDecisionNeeded

from .conftest import KEYWORKER, KEYWORKER_PASSPHRASE
from .test_plans import audit_trail


def details(**changes) -> RiskDetails:
    base = RiskDetails(
        completed_on=date(2026, 1, 5),
        assessor="Morgan (keyworker)",
        trained=True,
        safe_to_talk=True,
        score=6,
        her_view=Answer.of("I think he'll come back when he's out."),
        actions=(RiskAction(ActionKind.SAFETY_PLAN_UPDATED, date(2026, 1, 5)),),
    )
    return dataclasses.replace(base, **changes)


def decision(**changes) -> MaracDecision:
    base = MaracDecision(
        MaracOutcome.REFERRED,
        date(2026, 1, 6),
        "Morgan (keyworker) with the IDVA",
        marac_area="Example area",
        she_knows=Awareness.YES,
        she_consents=Answer.of(True),
    )
    return dataclasses.replace(base, **changes)


def test_a_record_round_trips_with_every_part(manager, her, reopen):
    plan = manager.plans.create(her.person_id, "domestic-abuse", PlanDraft())
    full = details(
        tool=ChecklistTool.OTHER,
        tool_name="A locally agreed checklist",
        training="Level 3, 2025",
        score=9,
        criteria=MaracCriteria(escalation=True),
        incidents_last_12_months=3,
        afraid_of=Answer.declined(),
        marac=decision(),
        next_review=date(2026, 2, 5),
        linked_plan_ids=(plan.id,),
    )
    record = manager.risk.record(her.person_id, full)
    manager.lock()
    vault = reopen("morgan", "plum kettle harbour")
    assert vault.risk.get(record.id).details == full
    assert [r.id for r in vault.risk.for_person(her.person_id)] == [record.id]


def test_professional_judgement_needs_a_rationale(manager, her):
    with pytest.raises(InvalidInput) as error:
        manager.risk.record(
            her.person_id, details(criteria=MaracCriteria(professional_judgement=True))
        )
    assert "rationale" in error.value.message
    ok = manager.risk.record(
        her.person_id,
        details(
            criteria=MaracCriteria(professional_judgement=True),
            rationale="Recent threats to kill and she believes him; separation last week.",
        ),
    )
    assert ok.details.criteria.professional_judgement


def test_visible_high_risk_follows_the_score(manager, her):
    high = manager.risk.record(her.person_id, details(score=14))
    assert high.details.criteria.visible_high_risk
    lower = manager.risk.record(
        her.person_id, details(score=13, criteria=MaracCriteria(visible_high_risk=True))
    )
    assert not lower.details.criteria.visible_high_risk, "the score decides, not a tick box"


@pytest.mark.parametrize(
    "changes",
    [
        {"score": 14},
        {"score": 24},
        {"score": 3, "criteria": MaracCriteria(escalation=True)},
        {"score": 3, "criteria": MaracCriteria(repeat=True)},
        {
            "score": None,
            "criteria": MaracCriteria(professional_judgement=True),
            "rationale": "Strangulation last month and stalking since she left.",
        },
    ],
)
def test_the_marac_guard_blocks_closing_without_a_decision(manager, her, changes):
    record = manager.risk.record(her.person_id, details(**changes))
    with pytest.raises(MaracDecisionNeeded) as error:
        manager.risk.close(record.id, expected_version=record.version)
    assert "Marac decision" in error.value.message
    assert manager.risk.get(record.id).status is RiskStatus.OPEN
    decided = manager.risk.record_marac_decision(
        record.id, decision(), expected_version=record.version
    )
    closed = manager.risk.close(record.id, expected_version=decided.version)
    assert closed.status is RiskStatus.CLOSED and closed.details.marac == decision()


def test_below_the_criteria_a_record_closes_without_a_marac_decision(manager, her):
    record = manager.risk.record(her.person_id, details(score=13))
    assert (
        manager.risk.close(record.id, expected_version=record.version).status is RiskStatus.CLOSED
    )


def test_not_referring_needs_a_reason(manager, her):
    record = manager.risk.record(her.person_id, details(score=15))
    with pytest.raises(InvalidInput):
        manager.risk.record_marac_decision(
            record.id, decision(outcome=MaracOutcome.NOT_REFERRING), expected_version=record.version
        )
    reasoned = decision(
        outcome=MaracOutcome.NOT_REFERRING,
        reason="Already heard at Marac last month; the IDVA has updated the action plan.",
    )
    done = manager.risk.record_marac_decision(record.id, reasoned, expected_version=record.version)
    assert manager.risk.close(record.id, expected_version=done.version).status is RiskStatus.CLOSED


def test_a_closed_record_is_not_changed(manager, her):
    record = manager.risk.record(her.person_id, details())
    closed = manager.risk.close(record.id, expected_version=record.version)
    with pytest.raises(NotPermitted):
        manager.risk.update(record.id, details(score=2), expected_version=closed.version)
    with pytest.raises(NotPermitted):
        manager.risk.close(record.id, expected_version=closed.version)


def test_other_checks(manager, her, make):
    with pytest.raises(InvalidInput):
        manager.risk.record(her.person_id, details(assessor=" "))
    with pytest.raises(InvalidInput):
        manager.risk.record(her.person_id, details(tool=ChecklistTool.OTHER))
    other = manager.people.add(make.person("Nia"), referral_source="self")
    their_plan = manager.plans.create(other.id, "domestic-abuse")
    with pytest.raises(InvalidInput):
        manager.risk.record(her.person_id, details(linked_plan_ids=(their_plan.id,)))


def test_risk_records_are_audited_and_need_caseload_access(manager, her, keyworker, reopen):
    record = manager.risk.record(her.person_id, details())
    manager.risk.update(record.id, details(score=4), expected_version=record.version)
    manager.risk.get(record.id)
    latest = manager.risk.get(record.id)
    manager.risk.close(record.id, expected_version=latest.version)
    actions = [(a, r) for a, r, d in audit_trail(manager) if d.get("kind") == "risk_record"]
    for action in (AuditAction.CREATE, AuditAction.EDIT, AuditAction.VIEW, AuditAction.FINALISE):
        assert (action, record.id) in actions
    manager.lock()
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    with pytest.raises(NeedsBreakGlass):
        ash.risk.get(record.id)
    with pytest.raises(NeedsBreakGlass):
        ash.risk.record(her.person_id, details())


def test_records_to_look_at_again_are_listed_only_while_open_and_only_on_her_caseload(
    manager, her, keyworker, reopen, make
):
    """Due by the date asked for, soonest first, marked once the date has passed; a closed
    record or one with no date never appears, and a keyworker sees only her own caseload."""
    today = manager.clock.now().date()
    later = manager.risk.record(her.person_id, details(next_review=today + timedelta(days=9)))
    passed = manager.risk.record(her.person_id, details(next_review=today - timedelta(days=2)))
    manager.risk.record(her.person_id, details(next_review=None))
    closed = manager.risk.record(her.person_id, details(next_review=today))
    manager.risk.close(closed.id, expected_version=closed.version)
    manager.risk.record(her.person_id, details(next_review=today + timedelta(days=40)))
    due = manager.risk.reviews_due(before=today + timedelta(days=14))
    assert [(d.record_id, d.overdue) for d in due] == [(passed.id, True), (later.id, False)]
    # Ash supports someone else: none of Rosa's records are listed for her.
    nia = manager.people.add(
        make.person("Nia"), referral_source="self", keyworker_ids=(keyworker.id,)
    )
    hers = manager.risk.record(nia.id, details(next_review=today + timedelta(days=1)))
    manager.lock()
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)
    assert [d.record_id for d in ash.risk.reviews_due(before=today + timedelta(days=14))] == [
        hers.id
    ]


def test_the_record_has_no_band_or_label():
    """Nothing in the record can become a 'low risk' label on anything she sees."""
    names = {f.name for f in dataclasses.fields(RiskDetails)}
    assert not names & {"band", "level", "risk_level", "grade", "label"}
    import womenscentre.domain.risk as domain
    import womenscentre.services.risk as service

    for module in (domain, service):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        strings = [
            node.value.lower()
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ]
        for label in ("low risk", "standard risk", "medium risk"):
            assert not [s for s in strings if label in s]
