"""Safety plans: co-produced, versioned, shared people, her own copy, reviews due.

Each plan is a header row (a small sealed summary, for lists and the caseload) and one row
per saved version (the answers, the plan's settings, and a snapshot of the template it was
made with). Saving never overwrites: it adds a version and re-seals the header. Her people
and services live in one sealed list per woman, which every plan's reference fields use.

The work is split so each part stays small: :mod:`~womenscentre.services.support` keeps her
list, :mod:`~womenscentre.services.plan_checks` checks a draft against its template and her
list, and :mod:`~womenscentre.services.plan_rows` reads and writes the sealed rows.

Every create, edit and view is audited; every call checks she is on the user's caseload
(or that the user has broken glass, or is a manager).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from womenscentre.domain.answers import Answer
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
from womenscentre.i18n import tr
from womenscentre.services import records
from womenscentre.services.codec import open_json
from womenscentre.services.directory import CentreDirectory
from womenscentre.services.listing_cache import fingerprint_of
from womenscentre.services.plan_checks import MAX_TITLE_CHARS, check_draft, referenced_ids
from womenscentre.services.plan_rows import (
    PLANS,
    VERSIONS,
    add_version,
    header_row,
    headers_for,
    latest_version_row,
    summary_of,
    summary_payload,
    template_of,
    to_plan,
    version_row,
)
from womenscentre.services.support import SUPPORT, SupportLists, require_person, support_in
from womenscentre.store.models import SafetyPlanRow, SafetyPlanVersionRow
from womenscentre.templates.library import TemplateLibrary, import_file
from womenscentre.vault.aead import SealError

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault

__all__ = ["MAX_TITLE_CHARS", "PLANS", "SUPPORT", "VERSIONS", "Plans"]


class Plans:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault
        self._library: TemplateLibrary | None = None
        self.support = SupportLists(vault)
        #: Helplines and local services; a manager's edits reload the library.
        self.directory = CentreDirectory(vault, self.forget_library)

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

    def forget_library(self) -> None:
        """Load the templates and directory afresh next time (after the centre's files change)."""
        self._library = None

    def import_template(self, source: Path) -> TemplateLibrary:
        """A manager adds a customised template, prompt set or directory file.

        The file is checked completely first; if anything is wrong a ``TemplateFileError``
        names the file, line and field, and nothing is copied or loaded.
        """
        self._vault.access.require_manager(
            message=tr("Only a manager can import a template. Please ask a manager to help.")
        )
        self._library = import_file(source, self.local_templates_dir, self.library)
        with self._vault.write() as session:
            self._vault.log(session, AuditAction.EDIT, None, {"kind": "template_import"})
        return self._library

    # -- her people and services (:mod:`womenscentre.services.support`) ----------------
    def support_list(self, person_id: str) -> SupportList:
        """Her people and services (empty, version 0, until first saved). Audited."""
        return self.support.get(person_id)

    def save_support_list(self, support: SupportList, *, expected_version: int) -> SupportList:
        """Save her whole list; ``expected_version`` 0 means it is being created."""
        return self.support.save(support, expected_version=expected_version)

    def add_to_support_list(
        self, person_id: str, kind: EntryKind, name: str, **details: Any
    ) -> SupportEntry:
        """Add one person or service to her list and save it. Returns the new entry."""
        return self.support.add(person_id, kind, name, **details)

    def update_support_entry(
        self, person_id: str, entry: SupportEntry, *, expected_version: int
    ) -> SupportList:
        """Change one entry on her list; every plan that uses it shows the change."""
        return self.support.update(person_id, entry, expected_version=expected_version)

    def remove_from_support_list(
        self, person_id: str, entry_id: str, *, expected_version: int
    ) -> SupportList:
        """Take one entry off her list; plans keep working (see :meth:`plans_using`)."""
        return self.support.remove(person_id, entry_id, expected_version=expected_version)

    def plans_using(self, person_id: str, entry_id: str) -> list[PlanSummary]:
        """Her plans whose latest version points to this entry, so she can be asked first."""
        self._vault.access.require(person_id)
        found: list[PlanSummary] = []
        with self._vault.write() as session:
            for header in headers_for(session, person_id):
                latest = latest_version_row(session, header)
                plan = to_plan(self._vault, header, latest)
                if entry_id in referenced_ids(plan.template, plan.answers):
                    found.append(summary_of(self._vault, header))
            self._vault.log(session, AuditAction.VIEW, person_id, {"kind": "plans_using_entry"})
        found.sort(key=lambda s: s.title)
        return found

    # -- plans -----------------------------------------------------------------------
    def create(
        self, person_id: str, template_id: str, draft: PlanDraft | None = None
    ) -> SafetyPlan:
        """Start a plan from a template; its first version is saved straight away."""
        self._vault.access.require(person_id)
        try:
            template = self.library.safety_plan(template_id)
        except KeyError:
            raise InvalidInput(tr("That safety-plan template isn't available.")) from None
        draft = draft or PlanDraft()
        with self._vault.write() as session:
            require_person(session, person_id)
            support = support_in(self._vault, session, person_id)
            draft = check_draft(template, draft, support, self._vault.clock.now().date())
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
            records.seal_into(self._vault, header, PLANS, summary_payload(template, draft, 1))
            session.add(header)
            session.flush()
            records.journal(self._vault, session, PLANS, header, "create")
            version = add_version(self._vault, session, header, template, draft, 1)
            self._vault.log(session, AuditAction.CREATE, header.id, {"kind": "safety_plan"})
            return to_plan(self._vault, header, version)

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
            header = header_row(session, plan_id)
            self._vault.access.require(header.person_id)
            latest = latest_version_row(session, header)
            template = template_of(self._vault, latest)
            if use_latest_template:
                newer = self.library.safety_plans.get(template.id)
                if newer is not None and newer.version > template.version:
                    template = newer
                    known = {f.id for f in template.fields()}
                    kept = {k: v for k, v in draft.answers.items() if k in known}
                    draft = replace(draft, answers=kept)
            support = support_in(self._vault, session, header.person_id)
            draft = check_draft(template, draft, support, self._vault.clock.now().date())
            records.bump(self._vault, header, expected_version)
            number = latest.number + 1
            records.seal_into(self._vault, header, PLANS, summary_payload(template, draft, number))
            records.journal(self._vault, session, PLANS, header, "update")
            version = add_version(self._vault, session, header, template, draft, number)
            self._vault.log(
                session, AuditAction.EDIT, plan_id, {"kind": "safety_plan", "number": number}
            )
            return to_plan(self._vault, header, version)

    def get(self, plan_id: str, number: int | None = None) -> SafetyPlan:
        """Open the latest version, or any earlier one by its number. Audited."""
        with self._vault.write() as session:
            header = header_row(session, plan_id)
            self._vault.access.require(header.person_id)
            row = (
                latest_version_row(session, header)
                if number is None
                else version_row(session, plan_id, number)
            )
            plan = to_plan(self._vault, header, row)
            self._vault.log(
                session, AuditAction.VIEW, plan_id, {"kind": "safety_plan", "number": plan.number}
            )
        return plan

    def history(self, plan_id: str) -> list[PlanVersionInfo]:
        """Every saved version, oldest first. Audited as a view."""
        with self._vault.write() as session:
            header = header_row(session, plan_id)
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
            summaries = [summary_of(self._vault, r) for r in rows]
        summaries.sort(key=lambda s: s.updated_at, reverse=True)
        return summaries

    def archive(self, plan_id: str, reason: str) -> None:
        """A plan she no longer uses: kept, with its history, but off the review list."""
        if len(reason.strip()) < 5:
            raise InvalidInput(tr("Please give a short reason for putting this plan away."))
        with self._vault.write() as session:
            header = header_row(session, plan_id)
            self._vault.access.require(header.person_id)
            header.status = PlanStatus.ARCHIVED.value
            records.bump(self._vault, header, None)
            records.journal(self._vault, session, PLANS, header, "update")
            self._vault.log(
                session, AuditAction.EDIT, plan_id, {"kind": "safety_plan", "archived": reason}
            )

    def next_reviews(self) -> dict[str, str]:
        """Each woman's soonest review date (ISO) among her active plans on this caseload.

        Every caseload row shows it, so plans whose blobs are unchanged since the last
        unlock come from the sealed caseload cache rather than being opened again.
        """
        listed = self._vault.access.listed()
        with self._vault.read() as session:
            rows = session.execute(
                select(
                    SafetyPlanRow.id, SafetyPlanRow.person_id, fingerprint_of(SafetyPlanRow.sealed)
                ).where(
                    SafetyPlanRow.deleted.is_(False),
                    SafetyPlanRow.status == PlanStatus.ACTIVE.value,
                )
            ).all()
        wanted = [row for row in rows if listed(row[1])]
        days = self._vault.listing_cache.entries(
            "plans",
            [(plan_id, print_) for plan_id, _p, print_ in wanted],
            SafetyPlanRow,
            self._review_day,
        )
        soonest: dict[str, str] = {}
        for plan_id, person_id, _print in wanted:
            day = days.get(plan_id)
            if day is None:
                self._vault.report_damage(plan_id)
            elif day < soonest.get(person_id, "9999-12-31"):
                soonest[person_id] = day
        return soonest

    def _review_day(self, plan_id: str, sealed: bytes) -> str | None:
        try:
            payload = open_json(self._vault.keyring, PLANS, plan_id, sealed)
            return date.fromisoformat(payload["review_date"]).isoformat()
        except (SealError, KeyError, ValueError, TypeError):
            return None

    def reviews_due(self, before: date) -> list[ReviewDue]:
        """Active plans on this user's caseload due for review on or before ``before``."""
        listed = self._vault.access.listed()
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
                if not listed(row.person_id):
                    continue
                try:
                    summary = summary_of(self._vault, row)
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
            header = header_row(session, plan_id)
            self._vault.access.require(header.person_id)
            row = (
                latest_version_row(session, header)
                if number is None
                else version_row(session, plan_id, number)
            )
            plan = to_plan(self._vault, header, row)
            support = support_in(self._vault, session, header.person_id)
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
                    tr(
                        "One of the private details chosen for her copy isn't part of this plan. "
                        "Please choose again."
                    )
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
            raise InvalidInput(tr("This plan has no checklist to make."))
        support = self.support_list(plan.person_id)

        def show(spec: Any, value: Any) -> str:
            return describe(spec, value, support)

        fresh = template.generate_checklist(answers, show)
        # The same tasks as the template file words them, so a checklist made in one
        # language and made again in another doesn't gain a second copy of each task.
        written = template.as_written.generate_checklist(answers, show)
        current = answers.get(template.generated.field, Answer())
        rows: list[dict[str, Any]] = list(current.value or [])
        have = {row.get("task") for row in rows}
        rows += [
            row
            for row, as_written in zip(fresh, written, strict=True)
            if row["task"] not in have and as_written["task"] not in have
        ]
        return Answer.of(rows)
