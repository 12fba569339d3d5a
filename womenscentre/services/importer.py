"""Importing women and session notes from spreadsheets: a dry run, then all or nothing.

``plan()`` reads every file and checks every row without writing anything: the report
names each problem by file, row and column, lists which columns were used, and finds the
same woman twice (same preferred name and date of birth) within the files or already in
the vault. ``apply()`` refuses a plan with any problem, then writes everything in one
transaction: a failure anywhere rolls back all of it, so the vault is exactly as it was.

A row with only her details adds her (with an open case). A row that also has a session
date and note adds that note to her record, whether she is new in this import or already
in the vault, so a centre can bring in a people sheet and a notes sheet together. Imported
notes are final, and say inside their sealed payload which file and row they came from.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from womenscentre.domain.answers import Answer
from womenscentre.domain.audit import AuditAction
from womenscentre.domain.cases import CaseDetails, CaseStatus
from womenscentre.domain.notes import ContactMode, NoteContent, NoteStatus, SessionType
from womenscentre.domain.people import PersonDetails, SafeContact
from womenscentre.errors import InvalidInput
from womenscentre.i18n import tr
from womenscentre.imports import fields as f
from womenscentre.imports.fields import Field
from womenscentre.imports.plan import (
    ImportPlan,
    ImportProblem,
    ImportRefused,
    ImportResult,
    Key,
    PlannedNote,
    PlannedWoman,
    column_letter,
    name_key,
)
from womenscentre.imports.readers import REFUSED, FileProblem, read_sheet
from womenscentre.services import records
from womenscentre.services.progress import Progress, ProgressCallback
from womenscentre.store.models import CaseRow, PersonRow, SessionNoteRow

if TYPE_CHECKING:
    from womenscentre.services.unlocked import UnlockedVault


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Importer:
    def __init__(self, vault: UnlockedVault) -> None:
        self._vault = vault

    # -- the dry run ---------------------------------------------------------------
    def plan(self, files: Sequence[Path], mapping: Mapping[str, str] | None = None) -> ImportPlan:
        """Read and check every row of every file; nothing is written."""
        self._vault.access.require_manager(
            message=tr("Only a manager can import records. Please ask a manager to help.")
        )
        overrides: dict[str, Field | None] = {}
        for heading, target in (mapping or {}).items():
            try:
                overrides[f.normalise_heading(heading)] = f.parse_field(target)
            except f.CellProblem as exc:
                raise InvalidInput(str(exc)) from None
        plan = ImportPlan()
        index = self._vault_index()
        users = {u.username.casefold(): u.id for u in self._vault.users.active()}
        seen_headings: set[str] = set()
        for path in files:
            path = Path(path)
            name = path.name
            plan.files.append(name)
            try:
                sheet = read_sheet(path)
                plan.sources.append((path, _digest(path)))
            except FileProblem as exc:
                plan.problems.append(ImportProblem(name, None, None, str(exc)))
                continue
            except OSError:
                plan.problems.append(
                    ImportProblem(name, None, None, tr("this file can't be read."))
                )
                continue
            seen_headings |= {f.normalise_heading(h) for h in sheet.headings}
            columns = self._columns(plan, name, sheet.headings, overrides)
            plan.remarks += [f"{name}: {note}" for note in sheet.notes]
            for problem in sheet.problems:
                label = self._label(sheet.headings, problem.column)
                plan.problems.append(ImportProblem(name, problem.row, label, str(problem)))
            if columns is None:
                continue
            for number, cells in sheet.rows:
                self._row(plan, index, users, name, number, cells, columns, sheet.headings)
        for heading in overrides:
            if heading not in seen_headings:
                plan.problems.append(
                    ImportProblem(
                        "--map", None, None, tr("a column given there isn't in any file.")
                    )
                )
        return plan

    def _vault_index(self) -> dict[Key, list[str]]:
        """Preferred name and date of birth of every woman in the vault, for duplicates."""
        index: dict[Key, list[str]] = {}
        with self._vault.read() as session:
            for row in session.scalars(select(PersonRow).where(PersonRow.deleted.is_(False))):
                try:
                    details = PersonDetails.from_json(records.open_row(self._vault, row, "people"))
                except (records.RecordDamaged, KeyError, ValueError, TypeError):
                    continue
                key = (name_key(details.preferred_name), details.date_of_birth.value or "")
                index.setdefault(key, []).append(row.id)
        return index

    @staticmethod
    def _label(headings: list[str], column: int | None) -> str | None:
        if column is None:
            return None
        heading = headings[column - 1] if column <= len(headings) else ""
        letter = column_letter(column - 1)
        return f"'{heading}' ({letter})" if heading else letter

    def _columns(
        self, plan: ImportPlan, name: str, headings: list[str], overrides: dict[str, Field | None]
    ) -> dict[Field, int] | None:
        used: dict[Field, int] = {}
        ignored: list[str] = []
        for position, heading in enumerate(headings):
            norm = f.normalise_heading(heading)
            if norm in overrides:
                target = overrides[norm]
            else:
                target = next((k for k, v in f.ALIASES.items() if norm in v), None)
            if target is None:
                ignored.append(heading or column_letter(position))
            elif target in used:
                plan.problems.append(
                    ImportProblem(
                        name,
                        1,
                        self._label(headings, position + 1),
                        tr(
                            "two columns look like '{field}'. Please choose one with --map "
                            "'heading=ignore' for the other."
                        ).format(field=target.value),
                    )
                )
            else:
                used[target] = position
        missing = []
        if Field.PREFERRED_NAME not in used:
            missing.append(tr("her preferred name"))
        if used.keys() & f.NOTE_FIELDS:
            if Field.SESSION_DATE not in used:
                missing.append(tr("the session date (notes need one)"))
            if Field.NOTE not in used:
                missing.append(tr("the note itself"))
        if missing:
            plan.problems.append(
                ImportProblem(
                    name,
                    None,
                    None,
                    tr(
                        "there is no column for {missing}. Please add it, or say which column "
                        "holds it with --map 'heading=field'."
                    ).format(missing=" or ".join(missing)),
                )
            )
            return None
        described = ", ".join(
            f"{headings[p] or column_letter(p)} → {k.value}" for k, p in used.items()
        )
        plan.summaries.append(
            tr("{name}: columns used: {described}").format(name=name, described=described)
        )
        if ignored:
            plan.summaries.append(
                tr("{name}: not imported: {columns}").format(name=name, columns=", ".join(ignored))
            )
        return used

    def _row(
        self,
        plan: ImportPlan,
        index: dict[Key, list[str]],
        users: dict[str, str],
        name: str,
        number: int,
        cells: list[object],
        columns: dict[Field, int],
        headings: list[str],
    ) -> None:
        today = self._vault.clock.now().date()
        before = len(plan.problems)
        refused: set[Field] = set()

        def cell(which: Field, read: Any, *args: Any, **kwargs: Any) -> Any:
            position = columns.get(which)
            value = cells[position] if position is not None and position < len(cells) else None
            if value is REFUSED:
                refused.add(which)
                return None
            try:
                return read(value, *args, **kwargs)
            except f.CellProblem as exc:
                label = self._label(headings, (position or 0) + 1)
                plan.problems.append(ImportProblem(name, number, label, str(exc)))
                return None

        preferred = cell(Field.PREFERRED_NAME, f.text_of) or ""
        dob = cell(Field.DATE_OF_BIRTH, f.date_of, today=today, what=tr("the date of birth"))
        languages = cell(Field.LANGUAGES, f.text_of) or ""
        keyworker = cell(Field.KEYWORKER, f.text_of) or ""
        details = {
            "full_name": cell(Field.FULL_NAME, f.answer_of),
            "pronouns": cell(Field.PRONOUNS, f.answer_of),
            "interpreter": cell(Field.INTERPRETER, f.answer_of),
            "access_needs": cell(Field.ACCESS_NEEDS, f.answer_of),
        }
        referral = cell(Field.REFERRAL_SOURCE, f.text_of) or ""
        opened = cell(Field.OPENED_ON, f.date_of, today=today, what=tr("the case opening date"))
        safe_times = cell(Field.SAFE_TIMES, f.text_of) or ""
        note = self._note(cell, today) if columns.keys() & f.NOTE_FIELDS else None
        if not preferred and Field.PREFERRED_NAME not in refused:
            label = self._label(headings, columns[Field.PREFERRED_NAME] + 1)
            plan.problems.append(
                ImportProblem(name, number, label, tr("a preferred name is needed on every row."))
            )
        keyworker_id = users.get(keyworker.casefold()) if keyworker else self._vault.user.id
        if keyworker and keyworker_id is None:
            label = self._label(headings, columns[Field.KEYWORKER] + 1)
            plan.problems.append(
                ImportProblem(
                    name, number, label, tr("there's no active user with this user name.")
                )
            )
        if len(plan.problems) > before or refused:
            return
        key = (name_key(preferred), dob.isoformat() if dob else "")
        where = f"{name} row {number}"
        if key not in plan.women:
            matches = index.get(key, [])
            if len(matches) > 1:
                plan.problems.append(
                    ImportProblem(
                        name,
                        number,
                        None,
                        tr(
                            "more than one woman in the vault has this preferred name and date of "
                            "birth, so this row can't be matched safely. Please add it in the app."
                        ),
                    )
                )
                return
            spoken = [part.strip() for part in languages.replace(";", ",").split(",")]
            plan.women[key] = PlannedWoman(
                PersonDetails(
                    preferred_name=preferred,
                    date_of_birth=Answer.of(dob.isoformat()) if dob else Answer(),
                    languages=tuple(part for part in spoken if part),
                    safe_contact=SafeContact(safe_times=safe_times),
                    **{k: v for k, v in details.items() if v is not None},
                ),
                referral,
                opened,
                (keyworker_id or self._vault.user.id,),
                matches[0] if matches else None,
            )
            if matches and note is None:
                plan.in_vault.append(where)
        elif note is None:
            plan.repeated.append(where)
        if note is not None:
            plan.notes.append(PlannedNote(key, name, number, note))

    @staticmethod
    def _note(cell: Any, today: date) -> NoteContent | None:
        session_date = cell(Field.SESSION_DATE, f.date_of, today=today, what=tr("the session date"))
        body = cell(Field.NOTE, f.text_of, limit=f.MAX_NOTE) or ""
        minutes = cell(Field.DURATION, f.minutes_of) or 0
        kind = cell(Field.SESSION_TYPE, lambda v: f.choice_of(v, f.SESSION_TYPES) if v else None)
        mode = cell(Field.CONTACT_MODE, lambda v: f.choice_of(v, f.CONTACT_MODES) if v else None)
        if session_date is None and not body:
            return None
        if session_date is None or not body:
            cell(Field.NOTE if not body else Field.SESSION_DATE, _needs_both)
            return None
        return NoteContent(
            session_date.isoformat(),
            minutes,
            SessionType(kind or SessionType.OTHER.value),
            ContactMode(mode or ContactMode.IN_PERSON.value),
            body,
        )

    # -- the import ------------------------------------------------------------------
    def apply(self, plan: ImportPlan, *, progress: ProgressCallback | None = None) -> ImportResult:
        """Write the whole plan in one transaction, or nothing at all."""
        report = _Reporter(progress, sum(w.existing_id is None for w in plan.women.values()))
        report.total += len(plan.notes)
        vault = self._vault
        vault.access.require_manager(
            message=tr("Only a manager can import records. Please ask a manager to help.")
        )
        if not plan.ok:
            raise ImportRefused(plan)
        for path, digest in plan.sources:
            try:
                unchanged = _digest(path) == digest
            except OSError:
                unchanged = False
            if not unchanged:
                raise InvalidInput(
                    tr(
                        "{name} has changed since it was checked, so nothing has been "
                        "imported. Please check the files again, then import."
                    ).format(name=path.name)
                )
        report.step("import", 0, report.total)
        now = vault.now_minute()
        stamp = vault.clock.now().isoformat(timespec="minutes")
        me = vault.user.id
        latest: dict[Key, str] = {}
        for note in plan.notes:
            day = note.content.session_date
            latest[note.key] = max(latest.get(note.key, day), day)
        with vault.write() as session:
            people: dict[Key, tuple[str, str]] = {}
            created: list[tuple[str, Any]] = []
            for key, woman in plan.women.items():
                if woman.existing_id is not None:
                    people[key] = (woman.existing_id, self._case_for(woman.existing_id))
                    continue
                person = self._new_row(PersonRow, now, status="active")
                records.seal_into(vault, person, "people", woman.details.to_json())
                case = self._new_row(CaseRow, now, status=CaseStatus.OPEN.value)
                case.person_id = person.id
                details = CaseDetails(
                    opened_on=(woman.opened_on.isoformat() if woman.opened_on else stamp[:10]),
                    referral_source=woman.referral_source,
                    keyworker_ids=woman.keyworker_ids,
                    last_contact=latest.get(key),
                )
                records.seal_into(vault, case, "cases", details.to_json())
                created += [("people", person), ("cases", case)]
                people[key] = (person.id, case.id)
                report.sealed()
            for note in plan.notes:
                row = self._new_row(SessionNoteRow, now, status=NoteStatus.FINAL.value)
                row.person_id, row.case_id = people[note.key]
                row.author_id = me
                imported = {"source_file": note.source_file, "row": note.row}
                imported |= {"imported_at": stamp, "imported_by": me}
                payload = {
                    "content": note.content.to_json(),
                    "finalised_at": stamp,
                    "imported": imported,
                }
                records.seal_into(vault, row, "session_notes", payload)
                created.append(("session_notes", row))
                report.sealed()
            report.step("save", 0, 1)
            for table in ("people", "cases", "session_notes"):  # parents before children
                session.add_all([row for name, row in created if name == table])
                session.flush()
            for table, row in created:
                records.journal(vault, session, table, row, "create")
            for key, woman in plan.women.items():
                if woman.existing_id is not None and key in latest:
                    vault.cases.record_contact_in(session, people[key][1], latest[key])
            vault.log(
                session,
                AuditAction.IMPORT,
                None,
                {
                    "files": [p.name for p, _ in plan.sources],
                    "sha256": [d for _, d in plan.sources],
                    "women": plan.women_to_add,
                    "notes": len(plan.notes),
                },
            )
        vault.cases.forget()
        vault.search.forget()
        report.step("save", 1, 1)
        return ImportResult(
            plan.women_to_add, len(plan.notes), tuple(p.name for p, _ in plan.sources)
        )

    @staticmethod
    def _new_row(model: Any, now: str, *, status: str) -> Any:
        row = model(id=str(uuid.uuid4()), status=status, created_at=now, updated_at=now)
        row.version, row.deleted = 1, False
        return row

    def _case_for(self, person_id: str) -> str:
        """Her open case, newest first; else her latest case."""
        cases = self._vault.cases.for_person(person_id)
        open_cases = [c for c in cases if c.status is CaseStatus.OPEN]
        chosen = (open_cases or cases)[-1:] if cases else []
        if not chosen:
            raise InvalidInput(tr("A woman already in the vault has no case to add notes to."))
        return chosen[0].id


class _Reporter:
    """Reports sealing as it goes, about a hundred times however many rows there are."""

    def __init__(self, progress: ProgressCallback | None, total: int) -> None:
        self._progress = progress
        self.total = total
        self._done = 0

    def step(self, stage: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(Progress(stage, done, total))

    def sealed(self) -> None:
        self._done += 1
        every = max(1, self.total // 100)
        if self._done % every == 0 or self._done == self.total:
            self.step("import", self._done, self.total)


def _needs_both(_value: object) -> None:
    raise f.CellProblem(tr("a note needs both its session date and what was written."))
