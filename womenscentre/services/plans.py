"""Safety plans: co-produced, versioned, shared people, her own copy, reviews due.

Each plan is a header row (a small sealed summary, for lists and the caseload) and one row
per saved version (the answers, the plan's settings, and a snapshot of the template it was
made with). Saving never overwrites: it adds a version and re-seals the header. Her people
and services live in one sealed list per woman, which every plan's reference fields use.

Every create, edit and view is audited; every call checks she is on the user's caseload
(or that the user has broken glass, or is a manager).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from sqlalchemy import select

from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.plans import (
    EntryKind,
    PlanDraft,
    PlanStatus,
    PlanSummary,
    PlanVersionInfo,
    ReviewDue,
    SafetyPlan,
    SupportEntry,
    SupportList,
)
from womenscentre.errors import InvalidInput
from womenscentre.exports.her_copy import HerCopy, build_her_copy, describe
from womenscentre.services import records
from womenscentre.store.models import (
    PersonRow,
    SafetyPlanRow,
    SafetyPlanVersionRow,
    SupportListRow,
)
from womenscentre.templates.fields import FieldSpec, FieldType, RefersTo
from womenscentre.templates.library import TemplateLibrary, import_file
from womenscentre.templates.safety_plans import SafetyPlanTemplate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from womenscentre.services.unlocked import UnlockedVault

PLANS: Final = "safety_plans"
VERSIONS: Final = "safety_plan_versions"
SUPPORT: Final = "support_lists"
MAX_TITLE_CHARS: Final = 80


class Plans:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._library: TemplateLibrary | None = None

    # -- templates -------------------------------------------------------------------
    @property
    def local_templates_dir(self) -> Path:
        return Path(self._vault.paths.local_templates)

    @property
    def library(self) -> TemplateLibrary:
        """Built-in templates plus the centre's own; loaded once per unlock."""
        if self._library is None:
            self._library = TemplateLibrary.load(self.local_templates_dir)
        return self._library

    def import_template(self, source: Path) -> TemplateLibrary:
        """A manager adds a customised template, prompt set or directory file.

        The file is checked completely first; if anything is wrong a ``TemplateFileError``
        names the file, line and field, and nothing is copied or loaded.
        """
        self._vault.access.require_manager("import a template")
        self._library = import_file(source, self.local_templates_dir, self.library)
        with self._vault.write() as session:
            self._vault.log(session, AuditAction.EDIT, None, {"kind": "template_import"})
        return self._library

    # -- her people and services -----------------------------------------------------
    def support_list(self, person_id: str) -> SupportList:
        """Her people and services (empty, version 0, until first saved). Audited."""
        self._vault.access.require(person_id)
        with self._vault.write() as session:
            support = self._support_in(session, person_id)
            self._vault.log(session, AuditAction.VIEW, person_id, {"kind": "support_list"})
        return support

    def save_support_list(self, support: SupportList, *, expected_version: int) -> SupportList:
        """Save her whole list; ``expected_version`` 0 means it is being created."""
        person_id = support.person_id
        self._vault.access.require(person_id)
        ids = [e.id for e in support.entries]
        if len(ids) != len(set(ids)):
            raise InvalidInput("Two entries on her list share an id. Please add them again.")
        payload = {"entries": [e.to_json() for e in support.entries]}
        with self._vault.write() as session:
            _require_person(session, person_id)
            row = self._support_row(session, person_id)
            if row is None:
                if expected_version != 0:
                    raise records.EditConflict
                now = self._vault.now_minute()
                row = SupportListRow(
                    id=str(uuid.uuid4()),
                    person_id=person_id,
                    status="active",
                    created_at=now,
                    updated_at=now,
                    version=1,
                    deleted=False,
                )
                records.seal_into(self._vault, row, SUPPORT, payload)
                session.add(row)
                session.flush()
                records.journal(self._vault, session, SUPPORT, row, "create")
                self._vault.log(session, AuditAction.CREATE, row.id, {"kind": "support_list"})
            else:
                records.bump(self._vault, row, expected_version)
                records.seal_into(self._vault, row, SUPPORT, payload)
                records.journal(self._vault, session, SUPPORT, row, "update")
                self._vault.log(session, AuditAction.EDIT, row.id, {"kind": "support_list"})
            return SupportList(person_id, support.entries, row.version)

    def add_to_support_list(
        self,
        person_id: str,
        kind: EntryKind,
        name: str,
        **details: Any,
    ) -> SupportEntry:
        """Add one person or service to her list and save it. Returns the new entry."""
        current = self.support_list(person_id)
        entry = SupportEntry(str(uuid.uuid4()), kind, name, **details)
        self.save_support_list(current.with_entry(entry), expected_version=current.version)
        return entry

    def _support_row(self, session: Session, person_id: str) -> SupportListRow | None:
        return session.scalars(
            select(SupportListRow).where(
                SupportListRow.person_id == person_id, SupportListRow.deleted.is_(False)
            )
        ).first()

    def _support_in(self, session: Session, person_id: str) -> SupportList:
        row = self._support_row(session, person_id)
        if row is None:
            return SupportList(person_id)
        payload = records.open_row(self._vault, row, SUPPORT)
        try:
            entries = tuple(SupportEntry.from_json(e) for e in payload["entries"])
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc
        return SupportList(person_id, entries, row.version)

    # -- plans -----------------------------------------------------------------------
    def create(
        self, person_id: str, template_id: str, draft: PlanDraft | None = None
    ) -> SafetyPlan:
        """Start a plan from a template; its first version is saved straight away."""
        self._vault.access.require(person_id)
        try:
            template = self.library.safety_plan(template_id)
        except KeyError:
            raise InvalidInput("That safety-plan template isn't available.") from None
        draft = draft or PlanDraft()
        with self._vault.write() as session:
            _require_person(session, person_id)
            support = self._support_in(session, person_id)
            draft = self._checked(template, draft, support)
            now = self._vault.now_minute()
            header = SafetyPlanRow(
                id=str(uuid.uuid4()),
                person_id=person_id,
                status=PlanStatus.ACTIVE.value,
                created_at=now,
                updated_at=now,
                version=1,
                deleted=False,
            )
            records.seal_into(self._vault, header, PLANS, _summary(template, draft, 1))
            session.add(header)
            session.flush()
            records.journal(self._vault, session, PLANS, header, "create")
            version = self._add_version(session, header, template, draft, 1)
            self._vault.log(session, AuditAction.CREATE, header.id, {"kind": "safety_plan"})
            return self._to_plan(header, version)

    def save(
        self,
        plan_id: str,
        draft: PlanDraft,
        *,
        expected_version: int,
        use_latest_template: bool = False,
    ) -> SafetyPlan:
        """Save a new version. Nothing is overwritten; older versions stay readable.

        The plan keeps the template version it was made with, unless
        ``use_latest_template`` moves it to the centre's current version of that template;
        answers to fields the newer template no longer has stay in the older versions.
        """
        with self._vault.write() as session:
            header = self._header(session, plan_id)
            self._vault.access.require(header.person_id)
            latest = self._latest_version_row(session, header)
            template = self._template_of(latest)
            if use_latest_template:
                newer = self.library.safety_plans.get(template.id)
                if newer is not None and newer.version > template.version:
                    template = newer
                    known = {f.id for f in template.fields()}
                    kept = {k: v for k, v in draft.answers.items() if k in known}
                    draft = replace(draft, answers=kept)
            support = self._support_in(session, header.person_id)
            draft = self._checked(template, draft, support)
            records.bump(self._vault, header, expected_version)
            number = latest.number + 1
            records.seal_into(self._vault, header, PLANS, _summary(template, draft, number))
            records.journal(self._vault, session, PLANS, header, "update")
            version = self._add_version(session, header, template, draft, number)
            self._vault.log(
                session, AuditAction.EDIT, plan_id, {"kind": "safety_plan", "number": number}
            )
            return self._to_plan(header, version)

    def get(self, plan_id: str, number: int | None = None) -> SafetyPlan:
        """Open the latest version, or any earlier one by its number. Audited."""
        with self._vault.write() as session:
            header = self._header(session, plan_id)
            self._vault.access.require(header.person_id)
            row = (
                self._latest_version_row(session, header)
                if number is None
                else self._version_row(session, plan_id, number)
            )
            plan = self._to_plan(header, row)
            self._vault.log(
                session, AuditAction.VIEW, plan_id, {"kind": "safety_plan", "number": plan.number}
            )
        return plan

    def history(self, plan_id: str) -> list[PlanVersionInfo]:
        """Every saved version, oldest first. Audited as a view."""
        with self._vault.write() as session:
            header = self._header(session, plan_id)
            self._vault.access.require(header.person_id)
            rows = session.scalars(
                select(SafetyPlanVersionRow)
                .where(SafetyPlanVersionRow.plan_id == plan_id)
                .order_by(SafetyPlanVersionRow.number)
            ).all()
            infos = []
            for row in rows:
                payload = records.open_row(self._vault, row, VERSIONS)
                infos.append(
                    PlanVersionInfo(
                        row.number,
                        payload["saved_at"],
                        row.author_id,
                        payload.get("change_note", ""),
                        payload["template"]["id"],
                        int(payload["template"]["version"]),
                    )
                )
            self._vault.log(session, AuditAction.VIEW, plan_id, {"kind": "safety_plan_history"})
        return infos

    def for_person(self, person_id: str) -> list[PlanSummary]:
        """Her plans as summaries, newest first (open one with :meth:`get`)."""
        self._vault.access.require(person_id)
        with self._vault.read() as session:
            rows = session.scalars(
                select(SafetyPlanRow).where(
                    SafetyPlanRow.person_id == person_id, SafetyPlanRow.deleted.is_(False)
                )
            ).all()
            summaries = [self._summary_of(r) for r in rows]
        summaries.sort(key=lambda s: s.updated_at, reverse=True)
        return summaries

    def archive(self, plan_id: str, reason: str) -> None:
        """A plan she no longer uses: kept, with its history, but off the review list."""
        if len(reason.strip()) < 5:
            raise InvalidInput("Please give a short reason for putting this plan away.")
        with self._vault.write() as session:
            header = self._header(session, plan_id)
            self._vault.access.require(header.person_id)
            header.status = PlanStatus.ARCHIVED.value
            records.bump(self._vault, header, None)
            records.journal(self._vault, session, PLANS, header, "update")
            self._vault.log(
                session, AuditAction.EDIT, plan_id, {"kind": "safety_plan", "archived": reason}
            )

    def reviews_due(self, before: date) -> list[ReviewDue]:
        """Active plans on this user's caseload due for review on or before ``before``."""
        self._vault.access.require_record_access()
        everyone = self._vault.access.sees_everyone()
        mine = self._vault.cases.person_ids_for_keyworker(self._vault.user.id)
        today = self._vault.clock.now().date()
        due: list[ReviewDue] = []
        with self._vault.read() as session:
            rows = session.scalars(
                select(SafetyPlanRow).where(
                    SafetyPlanRow.deleted.is_(False),
                    SafetyPlanRow.status == PlanStatus.ACTIVE.value,
                )
            ).all()
            for row in rows:
                if not everyone and row.person_id not in mine:
                    continue
                try:
                    summary = self._summary_of(row)
                except records.RecordDamaged:
                    self._vault.report_damage(row.id)
                    continue
                if summary.review_date <= before:
                    due.append(
                        ReviewDue(
                            row.id,
                            row.person_id,
                            summary.title,
                            summary.review_date,
                            summary.review_date < today,
                        )
                    )
        due.sort(key=lambda d: d.review_date)
        return due

    # -- her copy and the generated checklist ------------------------------------------
    def her_copy(
        self,
        plan_id: str,
        *,
        discreet: bool,
        large_print: bool,
        include_sensitive: frozenset[str] | set[str] = frozenset(),
        number: int | None = None,
        centre_name: str = "",
    ) -> HerCopy:
        """Her copy as plain structured text for the preview, printing or a PDF. Audited."""
        with self._vault.write() as session:
            header = self._header(session, plan_id)
            self._vault.access.require(header.person_id)
            row = (
                self._latest_version_row(session, header)
                if number is None
                else self._version_row(session, plan_id, number)
            )
            plan = self._to_plan(header, row)
            support = self._support_in(session, header.person_id)
            try:
                copy = build_her_copy(
                    plan,
                    support,
                    discreet=discreet,
                    large_print=large_print,
                    include_sensitive=frozenset(include_sensitive),
                    centre_name=centre_name,
                )
            except ValueError as exc:
                raise InvalidInput(
                    "One of the private details chosen for her copy isn't part of this plan. "
                    "Please choose again."
                ) from exc
            self._vault.log(
                session,
                AuditAction.VIEW,
                plan_id,
                {"kind": "her_copy", "number": plan.number, "discreet": discreet},
            )
        return copy

    def make_checklist(self, plan: SafetyPlan, answers: Mapping[str, Answer[Any]]) -> Answer[Any]:
        """The generated checklist (e.g. first 72 hours) merged into what is already there.

        Rows already in the table are kept as they are (with their "done" marks); a generated
        task that isn't there yet is added. Nothing is saved: the editor puts the result in
        the draft, and she and her worker change it together.
        """
        template = plan.template
        if template.generated is None:
            raise InvalidInput("This plan has no checklist to make.")
        support = self.support_list(plan.person_id)
        fresh = template.generate_checklist(
            answers, lambda spec, value: describe(spec, value, support)
        )
        current = answers.get(template.generated.field, Answer())
        rows: list[dict[str, Any]] = list(current.value or [])
        have = {row.get("task") for row in rows}
        rows += [row for row in fresh if row["task"] not in have]
        return Answer.of(rows)

    # -- helpers -----------------------------------------------------------------------
    def _checked(
        self, template: SafetyPlanTemplate, draft: PlanDraft, support: SupportList
    ) -> PlanDraft:
        """Check a draft against its template and her list; fill in a default review date."""
        fields = {f.id: f for f in template.fields()}
        for field_id, answer in draft.answers.items():
            spec = fields.get(field_id)
            if spec is None:
                raise InvalidInput(
                    "This plan has an answer for a question that isn't in its template. "
                    "Please reopen the plan and try again."
                )
            try:
                spec.check_answer(answer)
            except ValueError as exc:
                raise InvalidInput(f"{exc} Please check it and save again.") from exc
            _check_references(spec, answer, support)
        if draft.view and draft.view not in {v.id for v in template.views}:
            raise InvalidInput("Please choose one of this plan's views.")
        triggers = {t.id for t in template.review_triggers}
        if not set(draft.review_triggers) <= triggers:
            raise InvalidInput("One of the review triggers isn't part of this plan.")
        if len(draft.disguised_title) > MAX_TITLE_CHARS:
            raise InvalidInput(f"Please keep her title under {MAX_TITLE_CHARS} characters.")
        if draft.review_date is None:
            today = self._vault.clock.now().date()
            review = today + timedelta(days=template.default_review_days)
            return replace(draft, review_date=review)
        return draft

    def _add_version(
        self,
        session: Session,
        header: SafetyPlanRow,
        template: SafetyPlanTemplate,
        draft: PlanDraft,
        number: int,
    ) -> SafetyPlanVersionRow:
        now = self._vault.now_minute()
        row = SafetyPlanVersionRow(
            id=str(uuid.uuid4()),
            plan_id=header.id,
            person_id=header.person_id,
            author_id=self._vault.user.id,
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
            "saved_at": self._vault.clock.now().isoformat(timespec="minutes"),
        }
        records.seal_into(self._vault, row, VERSIONS, payload)
        session.add(row)
        session.flush()
        records.journal(self._vault, session, VERSIONS, row, "create")
        return row

    @staticmethod
    def _header(session: Session, plan_id: str) -> SafetyPlanRow:
        row = session.get(SafetyPlanRow, plan_id)
        if row is None or row.deleted:
            raise records.NotFound
        return row

    @staticmethod
    def _version_row(session: Session, plan_id: str, number: int) -> SafetyPlanVersionRow:
        row = session.scalars(
            select(SafetyPlanVersionRow).where(
                SafetyPlanVersionRow.plan_id == plan_id, SafetyPlanVersionRow.number == number
            )
        ).first()
        if row is None:
            raise records.NotFound
        return row

    @staticmethod
    def _latest_version_row(session: Session, header: SafetyPlanRow) -> SafetyPlanVersionRow:
        row = session.scalars(
            select(SafetyPlanVersionRow)
            .where(SafetyPlanVersionRow.plan_id == header.id)
            .order_by(SafetyPlanVersionRow.number.desc())
        ).first()
        if row is None:
            raise records.RecordDamaged(header.id)
        return row

    def _template_of(self, row: SafetyPlanVersionRow) -> SafetyPlanTemplate:
        payload = records.open_row(self._vault, row, VERSIONS)
        try:
            return SafetyPlanTemplate.from_json(payload["template"])
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc

    def _summary_of(self, row: SafetyPlanRow) -> PlanSummary:
        payload = records.open_row(self._vault, row, PLANS)
        try:
            return PlanSummary(
                row.id,
                row.person_id,
                PlanStatus(row.status),
                payload["template_id"],
                int(payload["template_version"]),
                payload["title"],
                date.fromisoformat(payload["review_date"]),
                int(payload["latest_number"]),
                row.updated_at,
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise records.RecordDamaged(row.id) from exc

    def _to_plan(self, header: SafetyPlanRow, row: SafetyPlanVersionRow) -> SafetyPlan:
        summary = self._summary_of(header)
        payload = records.open_row(self._vault, row, VERSIONS)
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


def _summary(template: SafetyPlanTemplate, draft: PlanDraft, number: int) -> dict[str, Any]:
    assert draft.review_date is not None
    return {
        "template_id": template.id,
        "template_version": template.version,
        "title": template.title,
        "review_date": draft.review_date.isoformat(),
        "latest_number": number,
    }


def _check_references(spec: FieldSpec, answer: Answer[Any], support: SupportList) -> None:
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
                    f'"{spec.label}" points to someone who isn\'t on her list any more. '
                    "Please choose again from her people and services."
                )
            if target.refers_to is not RefersTo.ANY and entry.kind.value != target.refers_to:
                raise InvalidInput(
                    f'"{target.label}" is for {target.refers_to.value}s on her list, and '
                    f"{entry.name} is listed as a {entry.kind.value}. Please choose again."
                )


def _require_person(session: Session, person_id: str) -> None:
    row = session.get(PersonRow, person_id)
    if row is None or row.deleted:
        raise records.NotFound
