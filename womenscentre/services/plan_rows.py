"""Reading and writing a plan's rows: the sealed header and one sealed row per version.

The header holds a small summary (template, title, review date, latest version number) so
lists and the caseload never open a version; each version row holds the answers, the plan's
settings and a snapshot of the template it was made with. Nothing here checks access or
writes the audit log: :class:`~womenscentre.services.plans.Plans` does both around these.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select

from womenscentre.domain.answers import Answer
from womenscentre.domain.plans import PlanDraft, PlanStatus, PlanSummary, SafetyPlan
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.store.models import SafetyPlanRow, SafetyPlanVersionRow
from womenscentre.templates.safety_plans import SafetyPlanTemplate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

PLANS: Final = "safety_plans"
VERSIONS: Final = "safety_plan_versions"


def summary_payload(template: SafetyPlanTemplate, draft: PlanDraft, number: int) -> dict[str, Any]:
    assert draft.review_date is not None
    return {
        "template_id": template.id,
        "template_version": template.version,
        # stored as the template file has it; summary_of translates it for the screen
        "title": template.as_written.title,
        "review_date": draft.review_date.isoformat(),
        "latest_number": number,
    }


def add_version(
    vault: UnlockedVault,
    session: Session,
    header: SafetyPlanRow,
    template: SafetyPlanTemplate,
    draft: PlanDraft,
    number: int,
) -> SafetyPlanVersionRow:
    now = vault.now_minute()
    row = SafetyPlanVersionRow(
        id=str(uuid.uuid4()),
        plan_id=header.id,
        person_id=header.person_id,
        author_id=vault.user.id,
        number=number,
        status="final",
        created_at=now,
        updated_at=now,
        version=1,
        deleted=False,
    )
    assert draft.review_date is not None
    payload = {
        "template": template.to_json(),
        "answers": {k: v.to_json() for k, v in draft.answers.items()},
        "review_date": draft.review_date.isoformat(),
        "review_triggers": list(draft.review_triggers),
        "view": draft.view,
        "disguised_title": draft.disguised_title,
        "change_note": draft.change_note,
        "saved_at": vault.clock.now().isoformat(timespec="minutes"),
    }
    records.seal_into(vault, row, VERSIONS, payload)
    session.add(row)
    session.flush()
    records.journal(vault, session, VERSIONS, row, "create")
    return row


def header_row(session: Session, plan_id: str) -> SafetyPlanRow:
    row = session.get(SafetyPlanRow, plan_id)
    if row is None or row.deleted:
        raise records.NotFound
    return row


def headers_for(session: Session, person_id: str) -> list[SafetyPlanRow]:
    return list(
        session.scalars(
            select(SafetyPlanRow).where(
                SafetyPlanRow.person_id == person_id, SafetyPlanRow.deleted.is_(False)
            )
        ).all()
    )


def version_row(session: Session, plan_id: str, number: int) -> SafetyPlanVersionRow:
    row = session.scalars(
        select(SafetyPlanVersionRow).where(
            SafetyPlanVersionRow.plan_id == plan_id, SafetyPlanVersionRow.number == number
        )
    ).first()
    if row is None:
        raise records.NotFound
    return row


def latest_version_row(session: Session, header: SafetyPlanRow) -> SafetyPlanVersionRow:
    row = session.scalars(
        select(SafetyPlanVersionRow)
        .where(SafetyPlanVersionRow.plan_id == header.id)
        .order_by(SafetyPlanVersionRow.number.desc())
    ).first()
    if row is None:
        raise records.RecordDamaged(header.id)
    return row


def template_of(vault: UnlockedVault, row: SafetyPlanVersionRow) -> SafetyPlanTemplate:
    payload = records.open_row(vault, row, VERSIONS)
    try:
        return SafetyPlanTemplate.from_json(payload["template"])
    except (KeyError, ValueError, TypeError) as exc:
        raise records.RecordDamaged(row.id) from exc


def summary_of(vault: UnlockedVault, row: SafetyPlanRow) -> PlanSummary:
    payload = records.open_row(vault, row, PLANS)
    try:
        return PlanSummary(
            row.id,
            row.person_id,
            PlanStatus(row.status),
            payload["template_id"],
            int(payload["template_version"]),
            tr(payload["title"]),
            date.fromisoformat(payload["review_date"]),
            int(payload["latest_number"]),
            row.updated_at,
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise records.RecordDamaged(row.id) from exc


def to_plan(vault: UnlockedVault, header: SafetyPlanRow, row: SafetyPlanVersionRow) -> SafetyPlan:
    summary = summary_of(vault, header)
    payload = records.open_row(vault, row, VERSIONS)
    try:
        return SafetyPlan(
            id=header.id,
            person_id=header.person_id,
            status=PlanStatus(header.status),
            template=SafetyPlanTemplate.from_json(payload["template"]),
            number=row.number,
            latest_number=summary.latest_number,
            answers={k: Answer.from_json(v) for k, v in payload["answers"].items()},
            review_date=date.fromisoformat(payload["review_date"]),
            review_triggers=tuple(payload["review_triggers"]),
            view=payload["view"],
            disguised_title=payload["disguised_title"],
            change_note=payload.get("change_note", ""),
            saved_at=payload["saved_at"],
            saved_by=row.author_id,
            record_version=header.version,
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise records.RecordDamaged(row.id) from exc
