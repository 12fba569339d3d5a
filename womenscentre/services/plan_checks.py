"""Checking a plan draft against its template and her list of people and services.

A draft is refused, with a plain reason, when an answer doesn't fit its field, names a view
or review trigger the template doesn't have, or points to someone who isn't on her list.
Someone she has taken off her list is a special case: her plans keep working, so the draft
simply leaves that person out (older versions, which were true when saved, still name them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Final

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.plans import PlanDraft, SupportList
from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr
from womenscentre.templates.fields import FieldSpec, FieldType, RefersTo
from womenscentre.templates.safety_plans import SafetyPlanTemplate

MAX_TITLE_CHARS: Final = 80


def check_draft(
    template: SafetyPlanTemplate, draft: PlanDraft, support: SupportList, today: date
) -> PlanDraft:
    """The draft, checked, without removed people, and with a default review date."""
    fields = {f.id: f for f in template.fields()}
    answers: dict[str, Answer[Any]] = {}
    for field_id, answer in draft.answers.items():
        spec = fields.get(field_id)
        if spec is None:
            raise InvalidInput(
                tr(
                    "This plan has an answer for a question that isn't in its template. "
                    "Please reopen the plan and try again."
                )
            )
        try:
            spec.check_answer(answer)
        except ValueError as exc:
            again = tr("Please check it and save again.")
            raise InvalidInput(f"{exc} {again}") from exc
        kept = without_removed(spec, answer, support)
        check_references(spec, kept, support)
        if kept.status is AnswerStatus.UNKNOWN and answer.status is AnswerStatus.ANSWERED:
            continue  # everyone it named has been taken off her list
        answers[field_id] = kept
    draft = replace(draft, answers=answers)
    if draft.view and draft.view not in {v.id for v in template.views}:
        raise InvalidInput(tr("Please choose one of this plan's views."))
    triggers = {t.id for t in template.review_triggers}
    if not set(draft.review_triggers) <= triggers:
        raise InvalidInput(tr("One of the review triggers isn't part of this plan."))
    if len(draft.disguised_title) > MAX_TITLE_CHARS:
        raise InvalidInput(
            tr("Please keep her title under {count} characters.").format(count=MAX_TITLE_CHARS)
        )
    if draft.review_date is None:
        review = today + timedelta(days=template.default_review_days)
        return replace(draft, review_date=review)
    return draft


def without_removed(spec: FieldSpec, answer: Answer[Any], support: SupportList) -> Answer[Any]:
    """The answer with anyone taken off her list left out; unanswered if no one is left."""
    if answer.status is not AnswerStatus.ANSWERED or answer.value is None:
        return answer

    def kept(ids: Any) -> Any:
        if not isinstance(ids, list):
            return ids
        left = [i for i in ids if not _is_removed(support, i)]
        return left or None

    if spec.type is FieldType.REFERENCE:
        value = kept(answer.value)
        return Answer() if value is None else Answer.of(value)
    if spec.type is FieldType.TABLE and isinstance(answer.value, list):
        columns = [c.id for c in spec.columns if c.type is FieldType.REFERENCE]
        rows = [
            {k: (kept(v) if k in columns else v) for k, v in row.items()}
            if isinstance(row, dict)
            else row
            for row in answer.value
        ]
        return Answer.of(rows)
    return answer


def _is_removed(support: SupportList, entry_id: Any) -> bool:
    entry = support.get(entry_id) if isinstance(entry_id, str) else None
    return entry is not None and entry.removed


def check_references(spec: FieldSpec, answer: Answer[Any], support: SupportList) -> None:
    """Every person or service a field points to is on her list, and of the right kind."""
    if answer.status is not AnswerStatus.ANSWERED or answer.value is None:
        return
    pairs: list[tuple[FieldSpec, Any]] = []
    if spec.type is FieldType.REFERENCE:
        pairs.append((spec, answer.value))
    elif spec.type is FieldType.TABLE:
        for row in answer.value:
            pairs += [
                (column, row[column.id])
                for column in spec.columns
                if column.type is FieldType.REFERENCE and row.get(column.id) is not None
            ]
    for target, value in pairs:
        for entry_id in target.references(value):
            entry = support.get(entry_id)
            if entry is None or entry.removed:
                raise InvalidInput(
                    tr(
                        '"{field}" points to someone who isn\'t on her list any more. '
                        "Please choose again from her people and services."
                    ).format(field=spec.label)
                )
            if target.refers_to is not RefersTo.ANY and entry.kind.value != target.refers_to:
                if target.refers_to is RefersTo.PERSON:
                    wrong_kind = tr(
                        '"{field}" is for people on her list, and {name} is listed '
                        "as a service. Please choose again."
                    )
                else:
                    wrong_kind = tr(
                        '"{field}" is for services on her list, and {name} is listed '
                        "as a person. Please choose again."
                    )
                raise InvalidInput(wrong_kind.format(field=target.label, name=entry.name))


def referenced_ids(template: SafetyPlanTemplate, answers: Mapping[str, Answer[Any]]) -> set[str]:
    """Every entry on her list that these answers point to."""
    found: set[str] = set()
    for spec in template.fields():
        answer = answers.get(spec.id)
        if answer is not None and answer.status is AnswerStatus.ANSWERED:
            found.update(spec.references(answer.value))
    return found
