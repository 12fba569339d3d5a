"""Writing up a session: a plain-text note that saves itself, sealed, as she types.

- Session type, date, length and how they met; then that type's prompts, with what earlier
  sessions already recorded (:mod:`ui.note_prompts`); then the note itself in plain text.
- "Her words" (Ctrl+Shift+W) puts the selection between the ``[her words]`` marker lines the
  language guidance leaves alone, so what she said is kept as she said it.
- Undo and redo (Ctrl+Z, Ctrl+Shift+Z), one step per "her words" as well.
- **Language guidance** (:mod:`ui.guidance_highlighter`): after a short pause in typing, the
  changed paragraph is checked and kinder or clearer wording is gently underlined, with the
  reason on hover, choices in the context menu and a list beside the note. It lives only on
  the screen: nothing of it is saved in the note. "She prefers this term" saves the words to
  her record (her preferred terms), so no note of hers flags them again. A finalised note is
  not checked.
- **Autosave.** A few seconds after a change, the draft is sealed and committed on the task
  worker; when the window locks, it is saved first, before anything else happens. Nothing
  typed is lost to a crash or a lock, and next time she unlocks, the window offers it back.
- **Finalise** (Ctrl+Return, after a question) makes the note part of the record: read-only,
  its answers shown in words, and corrected or added to by dated addenda.

Saving goes through :class:`~ui.drafts.DraftState`, so saves never race each other. If the
draft was saved elsewhere meanwhile, her words are kept as a separate draft and she is told,
kindly, that nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget
from shiboken6 import isValid

from ui import messages
from ui.clipboard import ClipboardGuard, GuardedPlainTextEdit
from ui.drafts import EMPTY_NOTE, DraftState, wrap_her_words
from ui.guidance_highlighter import LiveGuidance
from ui.guidance_panel import GuidancePanel
from ui.guidance_session import load_guide, loaded_guide
from ui.note_addenda import AddendaBox
from ui.note_fields import NoteFields
from ui.note_final import add_preferred_term, addenda_text, answers_text, finalised_text
from ui.note_prompts import SessionPrompts
from ui.tasks import TaskRunner
from ui.widgets import button, heading, paragraph, show_status, status_line
from ui.wording import local_time
from womenscentre.clock import Clock
from womenscentre.diagnostics import log_unexpected
from womenscentre.domain.notes import NoteContent, NoteStatus, SessionNote
from womenscentre.domain.people import Person
from womenscentre.guidance import Guide
from womenscentre.i18n import N_, tr
from womenscentre.services.unlocked import UnlockedVault

DEFAULT_AUTOSAVE_MS = 3000
#: How much of the writing space the session's prompts take at first, in per cent.
PROMPTS_SHARE = 55
HER_WORDS_KEYS = QKeySequence("Ctrl+Shift+W")
SAVE_KEYS = QKeySequence("Ctrl+S")
FINALISE_KEYS = QKeySequence("Ctrl+Return")

FINALISE_ASK = N_(
    "Finalise this note? It then becomes part of her record and can't be changed, though "
    "you can always add a dated addendum to correct or add to it."
)
KEPT_SEPARATELY = N_(
    "This note was saved from somewhere else while you were writing. So that nothing is "
    "lost, your version has been kept as a separate draft, and that's the one open now. "
    "Both are in her timeline."
)
NOT_SAVED_YET = N_("Not saved yet: it will save itself in a moment.")
PREFERRED_SAVED = N_("Saved in her record: “{}” is a word she uses for herself.")
PREFERRED_NOT_SAVED = N_("Her word counts in this note, but it isn't in her record yet.")


class NoteEditor(QWidget):
    """One session note: a draft that saves itself, or a final note with its addenda.

    Signals:
        saved(object): the ``SessionNote`` as it now stands, after a save, finalise or addendum.
        person_changed(object): her ``Person`` record as saved, after a preferred term was
            added to it.
    """

    saved = Signal(object)
    person_changed = Signal(object)

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        *,
        state: DraftState,
        her_name: str,
        clipboard: ClipboardGuard,
        clock: Clock,
        usernames: dict[str, str],
        autosave_ms: int = DEFAULT_AUTOSAVE_MS,
        log_dir: Path | None = None,
        preferred_terms: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Session note"))
        self._vault, self._tasks, self._clock = vault, tasks, clock
        self._log_dir = log_dir
        self._usernames = usernames
        self.state = state
        self._saving = False
        self._again = False
        self.title = heading(tr("Session note: {name}").format(name=her_name))
        self.fields = NoteFields(clock)
        self.body = GuardedPlainTextEdit(clipboard)
        self.body.setAccessibleName(tr("What happened in the session"))
        self.body.setTabChangesFocus(True)
        self.final_note = paragraph("", name=tr("Finalised"))
        self.addenda_box = AddendaBox(vault, tasks, state, clipboard, log_dir)
        self.addenda_view = self.addenda_box.view
        self.addendum_edit = self.addenda_box.edit
        self.addendum_button = self.addenda_box.button
        self.status = status_line(tr("Saving"))
        self.busy_note = paragraph("", name=tr("Note status"))
        self.undo_button = button(tr("&Undo"), tr("Undo (Ctrl+Z)"))
        self.redo_button = button(tr("&Redo"), tr("Redo (Ctrl+Shift+Z)"))
        self.her_words_button = button(tr("&Her words (Ctrl+Shift+W)"), tr("Her words"))
        self.save_button = button(tr("&Save now (Ctrl+S)"), tr("Save now"))
        self.finalise_button = button(tr("&Finalise… (Ctrl+Return)"), tr("Finalise"))
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(autosave_ms)
        self.guidance = LiveGuidance(
            self.body, loaded_guide(), preferred_terms=set(preferred_terms)
        )
        self.guidance_panel = GuidancePanel(self.guidance)
        self.prompts = SessionPrompts(self.fields.type_box)
        self.prompts.sections.guide = self.guidance.guide
        self.prompts.sections.preferred_terms = self.guidance.preferred_terms
        self.recorded_view = GuardedPlainTextEdit(clipboard)
        self.recorded_view.setReadOnly(True)
        self.recorded_view.setAccessibleName(tr("Recorded in the session prompts"))
        self._lay_out()
        self._connect()
        self.show_note(state.note)
        if self.guidance.guide is None:
            tasks.run(load_guide, self._on_guide_loaded, self._on_guide_failed)
        saved_answers = state.saved.answers if state.saved is not None else {}
        note_id = state.note.id if state.note is not None else None
        self.prompts.load(tasks, vault, state.person_id, note_id, saved_answers, log_dir)

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button, self.her_words_button):
            tools.addWidget(widget)
        tools.addStretch()
        tools.addWidget(self.busy_note)
        actions = QHBoxLayout()
        actions.addWidget(self.status, stretch=1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.finalise_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.fields)
        layout.addWidget(self.final_note)
        beside = QSplitter(Qt.Orientation.Horizontal)
        beside.setChildrenCollapsible(False)
        beside.addWidget(self.body)
        beside.addWidget(self.guidance_panel)
        beside.setStretchFactor(0, 3)
        beside.setStretchFactor(1, 1)
        note_box = QWidget()
        note_column = QVBoxLayout(note_box)
        note_column.setContentsMargins(0, 0, 0, 0)
        note_column.addLayout(tools)
        note_column.addWidget(beside, stretch=1)
        self._above_below = above_below = QSplitter(Qt.Orientation.Vertical)
        above_below.setChildrenCollapsible(False)
        above_below.addWidget(self.prompts)
        above_below.addWidget(self.recorded_view)
        above_below.addWidget(note_box)
        above_below.setStretchFactor(0, PROMPTS_SHARE)
        above_below.setStretchFactor(2, 100 - PROMPTS_SHARE)
        height = 100 * self.fontMetrics().lineSpacing()  # scaled to fit when first shown
        above_below.setSizes([height * PROMPTS_SHARE, 0, height * (100 - PROMPTS_SHARE)])
        self.prompts.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        layout.addWidget(above_below, stretch=3)
        layout.addWidget(self.addenda_box, stretch=2)
        layout.addLayout(actions)

    def _connect(self) -> None:
        self.fields.changed.connect(self._on_changed)
        self.prompts.changed.connect(self._on_changed)
        self.prompts.loaded.connect(self._show_recorded)
        self.prompts.not_loaded.connect(self._on_guidance_noted)
        self.prompts.sections.noted.connect(self._on_guidance_noted)
        self.prompts.sections.preferred_term_added.connect(self._on_guidance_preferred_term_added)
        self.body.textChanged.connect(self._on_changed)
        self.addendum_edit.textChanged.connect(self._on_changed)
        self.body.undoAvailable.connect(self.undo_button.setEnabled)
        self.body.redoAvailable.connect(self.redo_button.setEnabled)
        self.undo_button.clicked.connect(self.body.undo)
        self.redo_button.clicked.connect(self.body.redo)
        self.her_words_button.clicked.connect(self.mark_her_words)
        self.save_button.clicked.connect(self.save_now)
        self.finalise_button.clicked.connect(self.finalise)
        self.addenda_box.added.connect(self._on_addendum_added)
        self.addenda_box.noted.connect(self._on_guidance_noted)
        self._autosave.timeout.connect(self.save_now)
        self.guidance.noted.connect(self._on_guidance_noted)
        self.guidance.preferred_term_added.connect(self._on_guidance_preferred_term_added)
        for keys, slot in (
            (HER_WORDS_KEYS, self.mark_her_words),
            (SAVE_KEYS, self.save_now),
            (FINALISE_KEYS, self.finalise),
        ):
            self._shortcut(keys, slot)

    def _shortcut(self, keys: QKeySequence, slot: Callable[[], None]) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # -- showing -------------------------------------------------------------------------
    @property
    def is_final(self) -> bool:
        note = self.state.note
        return note is not None and note.status is NoteStatus.FINAL

    def show_note(self, note: SessionNote | None) -> None:
        """Fill the widgets from ``note`` (None for a new note) without counting a change."""
        for widget in (self.fields, self.body):
            widget.blockSignals(True)
        if note is not None:
            self.fields.set_content(note.content)
            if self.body.toPlainText() != note.content.body:
                self.body.setPlainText(note.content.body)
        for widget in (self.fields, self.body):
            widget.blockSignals(False)
        if note is not None and self.state.saved is None:
            self.state.saved = note.content
        if note is not None:
            self.prompts.show_answers(note.content.session_type, note.content.answers)
        final = self.is_final
        self.body.setReadOnly(final)
        self.fields.setEnabled(not final)
        self.prompts.setVisible(not final)
        self.recorded_view.setVisible(final)
        for tool in (self.undo_button, self.redo_button, self.her_words_button):
            tool.setVisible(not final)
        self.undo_button.setEnabled(self.body.document().isUndoAvailable())
        self.redo_button.setEnabled(self.body.document().isRedoAvailable())
        self.save_button.setVisible(not final)
        self.finalise_button.setVisible(not final)
        self.addenda_box.setVisible(final)
        self.final_note.setVisible(final)
        self.guidance_panel.setVisible(not final)
        self.guidance.set_active(not final)
        if final and note is not None and not self.addendum_edit.toPlainText():
            self.addenda_box.restore()
        if final and note is not None:
            self.final_note.setText(finalised_text(note, self._usernames))
            self.addenda_view.setPlainText(addenda_text(note, self._usernames))
            self._show_recorded()
            self.busy_note.setText(tr("Final: read-only"))
        else:
            self.busy_note.setText(tr("Draft") if note is not None else tr("New note"))

    @Slot()
    def _show_recorded(self) -> None:
        """A final note's answers in words; labelled properly once the prompt sets arrive."""
        context, note = self.prompts.sections.context, self.state.note
        if self.is_final and note is not None:
            prompt_sets = context.prompt_sets.values() if context is not None else ()
            self.recorded_view.setPlainText(answers_text(note, prompt_sets))
            share = PROMPTS_SHARE if note.content.answers else 10  # room for what there is
            total = sum(self._above_below.sizes())
            self._above_below.setSizes([0, total * share // 100, total * (100 - share) // 100])

    # -- guidance --------------------------------------------------------------------------
    def _on_guide_loaded(self, guide: Guide) -> None:
        if isValid(self):
            self.guidance.set_guide(guide)
            self.prompts.sections.set_guide(guide)

    def _on_guide_failed(self, exc: BaseException) -> None:
        log_unexpected(exc, self._log_dir)  # she can still write; only the hints are missing

    @Slot(str)
    def _on_guidance_noted(self, text: str) -> None:
        show_status(self.status, text)

    @Slot(str)
    def _on_guidance_preferred_term_added(self, term: str) -> None:
        """Save the term to her record on the worker; it already counts in this note."""
        vault, person_id = self._vault, self.state.person_id
        self._tasks.run(
            lambda: add_preferred_term(vault, person_id, term),
            lambda person: self._on_preferred_term_saved(term, person),
            self._on_preferred_term_failed,
        )

    def _on_preferred_term_saved(self, term: str, person: Person) -> None:
        if isValid(self):
            show_status(self.status, tr(PREFERRED_SAVED).format(term))
            self.person_changed.emit(person)

    def _on_preferred_term_failed(self, exc: BaseException) -> None:
        if isValid(self):
            text = messages.describe(exc, self._log_dir)
            show_status(self.status, f"{tr(PREFERRED_NOT_SAVED)} {text}")

    # -- the draft -----------------------------------------------------------------------
    def content(self) -> NoteContent:
        """What is on the screen, as it would be sealed; never any guidance.

        Until the prompts have loaded, the answers already saved are carried as they were,
        so an early autosave can't lose them.
        """
        content = self.fields.content(self.body.toPlainText())
        return self.prompts.with_answers(content, self.state.saved)

    @property
    def is_saving(self) -> bool:
        """A save is on its way to the worker or back from it."""
        return self._saving

    @property
    def settled(self) -> bool:
        """Everything typed is saved, and the editor has heard so."""
        return self.state.note is not None and not self._saving and not self.dirty

    @property
    def dirty(self) -> bool:
        """True when something typed is not yet sealed in the vault."""
        if self.is_final:
            typed = self.addendum_edit.toPlainText()
            return bool(typed.strip()) and typed != self.state.addendum_saved
        content = self.content()
        if self.state.note is None and content.is_empty:
            return False  # nothing worth a draft yet
        return content != self.state.saved

    @Slot()
    def _on_changed(self) -> None:
        if not self._autosave.isActive() and self.dirty:
            show_status(self.status, tr(NOT_SAVED_YET))
            self._autosave.start()

    @Slot()
    def save_now(self) -> None:
        """Save the draft on the worker now, if anything has changed since the last save."""
        self._autosave.stop()
        if self._saving:
            self._again = True
            return
        if not self.dirty:
            return
        self._saving = True
        show_status(self.status, tr("Saving…"))
        state, vault = self.state, self._vault
        if self.is_final:
            body = self.addendum_edit.toPlainText()
            self._tasks.run(
                lambda: state.save_addendum(vault, body), self._on_saved, self._on_save_failed
            )
            return
        content = self.content()
        self._tasks.run(lambda: state.save(vault, content), self._on_saved, self._on_save_failed)

    def _on_saved(self, kept_separately: bool) -> None:
        if not isValid(self):
            return
        self._saving = False
        saved_at = (
            tr("Addendum draft saved at {time}.") if self.is_final else tr("Draft saved at {time}.")
        )
        show_status(self.status, saved_at.format(time=local_time(self._clock.now())))
        if not self.is_final:
            self.busy_note.setText(tr("Draft"))
        if kept_separately:
            messages.information(self, tr(KEPT_SEPARATELY))
        if self.state.note is not None:
            self.saved.emit(self.state.note)
        if self._again or self.dirty:
            self._again = False
            self._autosave.start()

    def _on_save_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._saving = False
        text = messages.describe(exc, self._log_dir)
        show_status(
            self.status,
            tr("Not saved just now. {reason} It will try again shortly.").format(reason=text),
        )
        self._autosave.start()

    def finish(self) -> None:
        """She is leaving the editor: queue a save of anything not yet sealed.

        The job holds the draft's state, not the widget, so it completes after the editor
        has gone; jobs run in order, so it never overwrites a newer save.
        """
        self._autosave.stop()
        state, vault = self.state, self._vault
        log_dir = self._log_dir
        if self.is_final:
            if self.dirty:
                body = self.addendum_edit.toPlainText()
                self._tasks.run(
                    lambda: state.save_addendum(vault, body),
                    lambda _none: None,
                    lambda exc: messages.show_error(None, exc, log_dir),
                )
            return
        content = self.content()
        if state.note is None and content.is_empty:
            return

        def job() -> bool:
            return state.save(vault, content) if content != state.saved else False

        self._tasks.run(
            job, lambda _kept: None, lambda exc: messages.show_error(None, exc, log_dir)
        )

    def flush_sync(self) -> None:
        """Seal what is typed, here and now; the window calls it first when locking.

        The worker is idle by then (the window drains it first), so this cannot race a job.
        """
        self._autosave.stop()
        if not self.dirty:
            return
        try:
            if self.is_final:
                self.state.save_addendum(self._vault, self.addendum_edit.toPlainText())
            else:
                self.state.save(self._vault, self.content())
        except Exception as exc:  # the lock must go on; the log says what happened
            log_unexpected(exc, self._log_dir)

    # -- her words -------------------------------------------------------------------------
    @Slot()
    def mark_her_words(self) -> None:
        if self.is_final:
            return
        cursor = self.body.textCursor()
        text = self.body.toPlainText()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        selected = cursor.selectedText().replace("\u2029", "\n")
        wrapped, inside = wrap_her_words(text[:start], selected, text[end:])
        cursor.beginEditBlock()
        cursor.insertText(wrapped)
        cursor.endEditBlock()
        cursor.setPosition(start + inside)
        self.body.setTextCursor(cursor)
        self.body.setFocus()

    # -- finalise and addenda --------------------------------------------------------------
    @Slot()
    def finalise(self) -> None:
        if self.is_final:
            return
        content = self.content()
        if content.is_empty:
            show_status(self.status, tr(EMPTY_NOTE))
            return
        if not messages.question(self, tr(FINALISE_ASK), yes=tr("Finalise it"), no=tr("Not yet")):
            return
        if not isValid(self) or self._vault.is_locked:
            return  # locked while the question was open
        self._autosave.stop()
        show_status(self.status, tr("Finalising…"))
        state, vault = self.state, self._vault
        self._tasks.run(
            lambda: state.finalise(vault, content), self._on_finalised, self._on_save_failed
        )

    def _on_finalised(self, note: SessionNote) -> None:
        if not isValid(self):
            return
        show_status(self.status, tr("Finalised. It's now part of her record."))
        self.show_note(note)
        self.saved.emit(note)

    def _on_addendum_added(self, note: SessionNote) -> None:
        show_status(self.status, tr("Addendum added."))
        self.show_note(note)
        self.saved.emit(note)

    def focus_body(self) -> None:
        (self.addendum_edit if self.is_final else self.body).setFocus()

    def wipe(self) -> None:
        """Empty every text box and its undo history; called as the vault locks."""
        self._autosave.stop()
        for box in (self.body, self.addenda_view, self.addendum_edit, self.recorded_view):
            box.clear()
        self.prompts.clear()
        self.guidance.clear()
        self.final_note.clear()
        self.title.clear()
