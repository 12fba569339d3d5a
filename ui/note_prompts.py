"""The note editor's session prompts: loading them, and changing the session type safely.

:class:`SessionPrompts` wraps :class:`~ui.prompt_sections.PromptSections` in a scroll area and
follows the session-type box. Choosing another type lays out that type's prompt set. Every
answer the new set also has a field for is kept; answers it has no place for are set aside
only after she says so, and if she would rather not, the type goes back to what it was.

The centre's prompt sets and her earlier notes are read on the task worker; until they
arrive, the answers already saved are carried unchanged, so an early autosave loses nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QWidget
from shiboken6 import isValid

from ui import messages
from ui.prompt_sections import PromptContext, PromptSections, load_prompt_context
from ui.tasks import TaskRunner
from ui.wording import session_type_label
from womenscentre.diagnostics import log_unexpected
from womenscentre.domain.answers import Answer
from womenscentre.domain.notes import NoteContent, SessionType
from womenscentre.i18n import N_, tr
from womenscentre.services.unlocked import UnlockedVault

SET_ASIDE_ASK = N_(
    "Change the session type to “{new}”? These answers have no place in its prompts and "
    "would be set aside: {labels}. Every answer its prompts also ask for is kept."
)
PROMPTS_NOT_LOADED = N_(
    "The session prompts couldn't be opened just now, so only the note itself is shown. "
    "Anything already recorded in them is kept."
)


class SessionPrompts(QScrollArea):
    """The prompts for the session type chosen in ``type_box``.

    Signals:
        changed(): an answer changed, or the prompts were laid out for a new session type.
        loaded(): the prompt sets and what is already known have arrived.
        not_loaded(str): they couldn't be read; carries a kind sentence for the status line.
    """

    changed = Signal()
    loaded = Signal()
    not_loaded = Signal(str)

    def __init__(self, type_box: QComboBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Session prompts"))
        self.sections = PromptSections()
        self.setWidget(self.sections)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._type_box = type_box
        self.session_type = SessionType(type_box.currentData())
        type_box.currentIndexChanged.connect(self._on_session_type_changed)
        self.sections.changed.connect(self.changed)

    @property
    def is_loaded(self) -> bool:
        return self.sections.loaded

    def load(
        self,
        tasks: TaskRunner,
        vault: UnlockedVault,
        person_id: str,
        note_id: str | None,
        answers: Mapping[str, Answer[Any]],
        log_dir: Path | None,
    ) -> None:
        """Read the prompt sets and her earlier notes on the worker, then lay them out."""

        def done(context: PromptContext) -> None:
            if isValid(self):
                self._type_box.setEnabled(True)
                self.sections.set_context(context)
                self.show_answers(self.session_type, answers)
                self.loaded.emit()

        def failed(exc: BaseException) -> None:
            log_unexpected(exc, log_dir)  # she can still write the note itself
            if isValid(self):
                self._type_box.setEnabled(True)
                self.not_loaded.emit(tr(PROMPTS_NOT_LOADED))

        # Until the prompts arrive, a change of type couldn't keep its answers safely.
        self._type_box.setEnabled(False)
        tasks.run(lambda: load_prompt_context(vault, person_id, note_id), done, failed)

    def show_answers(self, session_type: SessionType, answers: Mapping[str, Answer[Any]]) -> None:
        """Lay out ``session_type``'s prompts holding ``answers``, without counting a change."""
        self.session_type = session_type
        if self.is_loaded:
            self.sections.blockSignals(True)
            self.sections.lay_out(session_type, answers)
            self.sections.blockSignals(False)

    def with_answers(self, content: NoteContent, saved: NoteContent | None) -> NoteContent:
        """``content`` with the answers on screen and the prompt set they belong to.

        Before the prompts load, the saved answers ride along unchanged.
        """
        if self.is_loaded:
            answers = self.sections.answers()
            ref = self.sections.ref() if answers else None
            return replace(content, prompt_set=ref, answers=answers)
        if saved is None or content.session_type != saved.session_type:
            return content
        return replace(content, prompt_set=saved.prompt_set, answers=saved.answers)

    def clear(self) -> None:
        """Empty it of her answers and what is known about her, for a lock."""
        self.sections.wipe()

    # -- changing the session type ---------------------------------------------------------
    @Slot(int)
    def _on_session_type_changed(self, _index: int) -> None:
        new_type = SessionType(self._type_box.currentData())
        if new_type == self.session_type or not self.is_loaded:
            self.session_type = new_type
            return
        answers = self.sections.answers()
        new_set = self.sections.prompt_set_for(new_type)
        new_ids = {f.id for f in new_set.fields()} if new_set is not None else set()
        dropped = [field_id for field_id in answers if field_id not in new_ids]
        if dropped and not self._may_set_aside(new_type, dropped):
            if isValid(self):
                self._type_box.blockSignals(True)
                self._type_box.setCurrentIndex(self._type_box.findData(self.session_type))
                self._type_box.blockSignals(False)
            return
        if not isValid(self):
            return
        self.show_answers(new_type, {k: v for k, v in answers.items() if k in new_ids})
        self.changed.emit()

    def _may_set_aside(self, new_type: SessionType, dropped: list[str]) -> bool:
        labels = "; ".join(self.sections.label_of(field_id) for field_id in dropped)
        new_name = session_type_label(new_type)
        old_name = session_type_label(self.session_type)
        return messages.question(
            self.window(),
            tr(SET_ASIDE_ASK).format(new=new_name, labels=labels),
            yes=tr("Change and set them aside"),
            no=tr("Keep “{name}”").format(name=old_name),
        )
