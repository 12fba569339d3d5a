"""Her record and her notes: opening them (with break-glass when needed), and what follows.

:class:`RecordDesk` is the workspace's go-between for one woman's record at a time: it runs
the jobs that open and change it, shows :class:`~ui.person_view.PersonView` and
:class:`~ui.note_editor.NoteEditor`, and opens the small dialogs for editing her details,
closing or opening a case, and break-glass. A keyworker opening a record that isn't on her
caseload is asked, kindly, for a reason; it is audited by the core, and the record opens.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ui import messages
from ui.case_dialogs import BreakGlassDialog, CloseCaseDialog, OpenCaseDialog, ReferenceDialog
from ui.context import Desk
from ui.dialogs import run_dialog
from ui.drafts import DraftState
from ui.note_editor import NoteEditor
from ui.person_dialog import NewPerson, PersonDialog
from ui.person_view import PersonView
from ui.record_sections import add_record_sections, wipe_record_sections
from ui.records import PersonRecord, break_glass_and_load, find_by_reference, load_person
from ui.wording import long_date
from womenscentre.domain.notes import SessionNote
from womenscentre.domain.people import Person
from womenscentre.domain.users import Role, StaffUser
from womenscentre.i18n import N_, tr, trn
from womenscentre.services.access import NeedsBreakGlass
from womenscentre.services.records import EditConflict

if TYPE_CHECKING:
    from ui.workspace import Workspace

DRAFT_OFFER = N_("You have an unfinished note from {date}, about {name}. Carry on with it?")
SOMEONE_ELSE = N_("someone not on your caseload")


class RecordDesk(QObject):
    def __init__(self, workspace: Workspace, desk: Desk) -> None:
        super().__init__(workspace)
        self._ws = workspace
        self._desk = desk
        self.person_view: PersonView | None = None
        self.editor: NoteEditor | None = None
        self.record: PersonRecord | None = None

    def _run(self, job: Any, done: Any) -> None:
        self._desk.tasks.run(job, done, self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        messages.show_error(self._ws, exc, self._desk.log_dir)

    # -- opening her record ----------------------------------------------------------------
    @Slot(str)
    def open_person(self, person_id: str, note_id: str | None = None) -> None:
        """Open her record (and the note, if given), asking for a reason if it isn't hers."""
        if self.record is not None and self.record.id == person_id and self.person_view:
            self._ws.show_view(self.person_view)
            self._after_open(note_id)
            return
        vault = self._desk.vault
        self._desk.tasks.run(
            lambda: load_person(vault, person_id),
            lambda record: self._show_person(record, note_id),
            lambda exc: self._on_open_failed(exc, person_id, note_id),
        )

    def _on_open_failed(self, exc: BaseException, person_id: str, note_id: str | None) -> None:
        if not isinstance(exc, NeedsBreakGlass):
            self._show_error(exc)
            return
        vault = self._desk.vault
        run_dialog(
            BreakGlassDialog(self._ws),
            self._desk.tasks,
            lambda reason: break_glass_and_load(vault, person_id, reason),
            lambda record: self._show_person(record, note_id),
            log_dir=self._desk.log_dir,
        )

    def _show_person(self, record: PersonRecord, note_id: str | None = None) -> None:
        self._close_editor()
        if self.person_view is not None and self.person_view.record.id != record.id:
            self._drop_person_view()
        if self.person_view is None:
            view = PersonView(record, self._desk.models.timeline)
            view.note_requested.connect(self.open_note)
            view.new_note_requested.connect(self.new_note)
            view.edit_requested.connect(self.edit_person)
            view.case_requested.connect(self.change_case)
            sections = add_record_sections(view, self._desk, record.id)
            sections.erased.connect(self._on_sections_erased)
            self.person_view = view
        else:
            self.person_view.show_record(record)
        self.record = record
        self._ws.show_view(self.person_view)
        self._after_open(note_id)

    def _after_open(self, note_id: str | None) -> None:
        if note_id:
            self.open_note(note_id)
        elif self.person_view is not None:
            self.person_view.focus_timeline()

    def _drop_person_view(self) -> None:
        view, self.person_view, self.record = self.person_view, None, None
        if view is not None:
            wipe_record_sections(view)
            view.wipe()
            self._ws.drop_view(view)
        self._desk.models.timeline.clear()

    @Slot(str)
    def _on_sections_erased(self, person_id: str) -> None:
        """Her record was erased: close her note and her record, and list the caseload anew.

        The view is wiped and destroyed, so nothing of hers stays on screen or in a model,
        and opening her again goes to the vault (which says kindly that she isn't there).
        """
        if self.record is not None and self.record.id == person_id:
            self._close_editor()
            self._drop_person_view()
        self._ws.caseload_changed.emit()

    def refresh(self, record: PersonRecord) -> None:
        self.record = record
        if self.person_view is not None:
            self.person_view.show_record(record)

    def refresh_timeline(self) -> None:
        record, vault = self.record, self._desk.vault
        if record is None:
            return

        def done(notes: list[SessionNote]) -> None:
            if self.record is not None and self.record.id == record.id:
                self.refresh(replace(self.record, notes=tuple(notes)))

        self._run(lambda: vault.notes.for_person(record.id), done)

    # -- notes -----------------------------------------------------------------------------
    @Slot(str)
    def open_note(self, note_id: str) -> None:
        vault = self._desk.vault

        def done(note: SessionNote) -> None:
            self._show_editor(DraftState(note.person_id, note.case_id, note, note.content))

        self._run(lambda: vault.notes.get(note_id), done)

    @Slot()
    def new_note(self) -> None:
        record = self.record
        case = record.open_case if record is not None else None
        if record is None or case is None:
            return
        self._show_editor(DraftState(record.id, case.id))

    def _show_editor(self, state: DraftState) -> None:
        if self.record is None:
            return
        self._close_editor()
        desk = self._desk
        editor = NoteEditor(
            desk.vault,
            desk.tasks,
            state=state,
            her_name=self.record.person.preferred_name,
            clipboard=desk.clipboard,
            clock=desk.clock,
            usernames=self.record.usernames,
            autosave_ms=desk.autosave_ms,
            log_dir=desk.log_dir,
            preferred_terms=self.record.person.details.preferred_terms,
        )
        editor.person_changed.connect(self._on_editor_person_changed)
        self.editor = editor
        self._ws.show_view(editor)
        editor.focus_body()

    @Slot(object)
    def _on_editor_person_changed(self, person: Person) -> None:
        """Her preferred terms were saved from a note: keep the record's version current."""
        if self.record is not None and self.record.id == person.id:
            self.refresh(replace(self.record, person=person))

    def _close_editor(self) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.finish()
            editor.wipe()
            self._ws.drop_view(editor)

    # -- her details and her case ----------------------------------------------------------
    def _with_colleagues(self, then: Any) -> None:
        """Call ``then(me, colleagues)``; a manager chooses among them, a keyworker is herself."""
        vault = self._desk.vault
        me = vault.user
        if me.role is not Role.MANAGER:
            then(me, [me])
            return

        def done(users: list[StaffUser]) -> None:
            then(me, [u for u in users if u.role is not Role.TRAINER])

        self._run(vault.users.active, done)

    @Slot()
    def add_person(self) -> None:
        self._with_colleagues(self._open_add_dialog)

    def _open_add_dialog(self, me: StaffUser, colleagues: list[StaffUser]) -> None:
        vault = self._desk.vault

        def add(new: NewPerson) -> str:
            return vault.people.add(
                new.details, referral_source=new.referral_source, keyworker_ids=new.keyworker_ids
            ).id

        def done(person_id: str) -> None:
            self._ws.caseload_changed.emit()
            self.open_person(person_id)

        dialog = PersonDialog(self._ws, me=me, keyworkers=colleagues)
        run_dialog(dialog, self._desk.tasks, add, done, log_dir=self._desk.log_dir)

    @Slot()
    def edit_person(self) -> None:
        record, vault = self.record, self._desk.vault
        if record is None:
            return
        person = record.person

        def failed(exc: BaseException) -> None:
            if isinstance(exc, EditConflict):  # show the latest, so she can add her changes
                self._run(lambda: load_person(vault, person.id), self._show_person)

        run_dialog(
            PersonDialog(self._ws, details=person.details),
            self._desk.tasks,
            lambda details: vault.people.update(
                person.id, details, expected_version=person.version
            ),
            lambda updated: self._on_changed(replace(record, person=updated)),
            log_dir=self._desk.log_dir,
            failed=failed,
        )

    def _on_changed(self, record: PersonRecord) -> None:
        if self.record is not None and self.record.id == record.id:
            self.refresh(replace(record, notes=self.record.notes))
        self._ws.caseload_changed.emit()

    @Slot()
    def change_case(self) -> None:
        record = self.record
        if record is None:
            return
        case = record.open_case
        vault = self._desk.vault

        def with_cases(change: Any) -> Any:
            def job(value: Any) -> PersonRecord:
                change(value)
                return replace(record, cases=tuple(vault.cases.for_person(record.id)))

            return job

        if case is not None:
            close = with_cases(
                lambda summary: vault.cases.close_case(case.id, closing_summary=summary)
            )

            def ask(due: object) -> None:
                dialog = CloseCaseDialog(self._ws, exit_wellbeing_due=due is not None)
                run_dialog(
                    dialog, self._desk.tasks, close, self._on_changed, log_dir=self._desk.log_dir
                )

            # Whether her exit wellbeing readings are still to take; if that can't be read,
            # the case can still close (the reminder is a kindness, not a gate).
            self._desk.tasks.run(
                lambda: vault.outcomes.ons4_due(record.id, closing=True),
                ask,
                lambda _exc: ask(None),
            )
            return

        def open_dialog(me: StaffUser, colleagues: list[StaffUser]) -> None:
            open_case = with_cases(
                lambda new: vault.cases.open_case(
                    record.id,
                    referral_source=new.referral_source,
                    keyworker_ids=new.keyworker_ids,
                )
            )
            run_dialog(
                OpenCaseDialog(self._ws, me, colleagues), self._desk.tasks, open_case,
                self._on_changed, log_dir=self._desk.log_dir,
            )  # fmt: skip

        self._with_colleagues(open_dialog)

    @Slot()
    def open_reference(self) -> None:
        vault = self._desk.vault
        run_dialog(
            ReferenceDialog(self._ws),
            self._desk.tasks,
            lambda reference: find_by_reference(vault, reference),
            self.open_person,
            log_dir=self._desk.log_dir,
        )

    # -- drafts left from last time --------------------------------------------------------
    def offer_drafts(self, names: dict[str, str]) -> None:
        """Offer back the newest unfinished note, after a crash or a lock."""
        vault = self._desk.vault
        self._run(vault.notes.my_drafts, lambda drafts: self._offer(drafts, names))

    def _offer(self, drafts: list[SessionNote], names: dict[str, str]) -> None:
        if not drafts or not isValid(self._ws):
            return
        newest = max(drafts, key=lambda note: (note.updated_at, note.content.session_date))
        text = tr(DRAFT_OFFER).format(
            date=long_date(newest.content.session_date),
            name=names.get(newest.person_id, tr(SOMEONE_ELSE)),
        )
        if len(drafts) > 1:
            text += " " + trn(
                "(There is %n other unfinished note in the timelines too.)",
                "(There are %n other unfinished notes in the timelines too.)",
                len(drafts) - 1,
            )
        carry_on = messages.question(self._ws, text, yes=tr("Carry on with it"), no=tr("Not now"))
        if carry_on and isValid(self._ws) and not self._desk.vault.is_locked:
            self.open_person(newest.person_id, newest.id)

    # -- navigation and locking ------------------------------------------------------------
    def leave(self, view: QWidget) -> bool:
        """Close ``view`` if it is hers (the record or a note); say if it was."""
        if view is self.editor:
            self._close_editor()
            return True
        if view is self.person_view:
            self._close_editor()
            self._drop_person_view()
            return True
        return False

    def returned_to(self, view: QWidget) -> None:
        if view is self.person_view and self.person_view is not None:
            self.refresh_timeline()
            self.person_view.focus_timeline()
        elif view is self.editor and self.editor is not None:
            self.editor.focus_body()

    def flush_sync(self) -> None:
        if self.editor is not None:
            self.editor.flush_sync()

    def wipe(self) -> None:
        if self.editor is not None:
            self.editor.wipe()
        if self.person_view is not None:
            self.person_view.wipe()
