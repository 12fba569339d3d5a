"""Plant canaries in every part of a plan, her list and a risk record; lock; grep the files.

If any canary is found in the database, its WAL or shared-memory file, or anything else the
vault wrote, plaintext reached the disk. Each canary is searched for in UTF-8, UTF-16LE and
base64 at every alignment.
"""

from __future__ import annotations

import base64
import uuid
from datetime import date

from womenscentre.domain.answers import Answer
from womenscentre.domain.plans import EntryKind, PlanDraft
from womenscentre.domain.risk import (
    ActionKind,
    MaracCriteria,
    MaracDecision,
    MaracOutcome,
    RiskAction,
    RiskDetails,
)
from womenscentre.templates import FieldType

from .conftest import sample_value


def forms(secret: str) -> list[bytes]:
    raw = secret.encode("utf-8")
    found = [raw, secret.encode("utf-16-le")]
    for shift in range(3):
        encoded = base64.b64encode(bytes(shift) + raw)
        core = encoded[4 if shift else 0 : 4 * ((shift + len(raw)) // 3)]
        found += [core, core.replace(b"+", b"-").replace(b"/", b"_")]
    return found


def test_no_canary_from_a_plan_list_or_risk_record_reaches_the_disk(
    manager, make, library, vault_paths
):
    canaries: list[str] = []

    def mark() -> str:
        canaries.append(f"CANARY-{uuid.uuid4()}")
        return canaries[-1]

    person = manager.people.add(make.person("Rosa"), referral_source="self")
    sister = manager.plans.add_to_support_list(
        person.id,
        EntryKind.PERSON,
        mark(),
        relationship=mark(),
        how_to_reach=mark(),
        what_they_know=mark(),
        code_word=mark(),
        discreet_name=mark(),
    )
    service = manager.plans.add_to_support_list(
        person.id, EntryKind.SERVICE, mark(), how_to_reach=mark()
    )
    refs = {"person": sister.id, "service": service.id}
    plan_ids = []
    for template in library.safety_plans.values():
        answers = {}
        for spec in template.fields():
            if spec.type is FieldType.TEXT:
                answers[spec.id] = Answer.of(mark())
            elif spec.type is FieldType.LIST:
                answers[spec.id] = Answer.of([mark(), mark()])
            elif spec.type is FieldType.TABLE:
                row = {
                    c.id: mark() if c.type is FieldType.TEXT else sample_value(c, refs=refs)
                    for c in spec.columns
                }
                answers[spec.id] = Answer.of([row])
            else:
                answers[spec.id] = Answer.of(sample_value(spec, refs=refs))
        plan = manager.plans.create(
            person.id,
            template.id,
            PlanDraft(answers, disguised_title=mark(), change_note=mark()),
        )
        saved = manager.plans.save(
            plan.id,
            PlanDraft(answers, disguised_title=mark(), change_note=mark()),
            expected_version=plan.record_version,
        )
        copy = manager.plans.her_copy(
            saved.id,
            discreet=False,
            large_print=True,
            include_sensitive={k for k, _ in template.sensitive_choices()},
        )
        if template.id == "domestic-abuse":  # control: her copy really did hold plaintext
            assert sister.name in copy.plain_text()
        plan_ids.append(plan.id)
    record = manager.risk.record(
        person.id,
        RiskDetails(
            date(2026, 1, 5),
            mark(),
            True,
            True,
            training=mark(),
            score=16,
            criteria=MaracCriteria(professional_judgement=True),
            rationale=mark(),
            her_view=Answer.of(mark()),
            afraid_of=Answer.of(mark()),
            actions=(RiskAction(ActionKind.MARAC_REFERRAL, date(2026, 1, 6), mark(), mark()),),
            linked_plan_ids=tuple(plan_ids[:1]),
        ),
    )
    decided = manager.risk.record_marac_decision(
        record.id,
        MaracDecision(MaracOutcome.REFERRED, date(2026, 1, 6), mark(), mark(), mark(), mark()),
        expected_version=record.version,
    )
    manager.risk.close(record.id, expected_version=decided.version)
    manager.plans.reviews_due(before=date(2027, 1, 1))
    manager.lock()

    files = [p for p in vault_paths.root.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert "vault.sqlite3" in names
    assert len(canaries) > 150
    hits = []
    for path in files:
        data = path.read_bytes()
        for canary in canaries:
            if any(form in data for form in forms(canary)):
                hits.append(f"{path.name}: {canary}")
    assert hits == []
