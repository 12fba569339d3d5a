"""A finalised note's addenda: reading them, and adding a dated one.

A finalised note is never changed; a correction or addition is an addendum with its own
author and date. What she types here is sealed as an addendum draft as she goes (the note
editor's autosave and lock handle that), and comes back if she left it unfinished.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from ui import messages
from ui.clipboard import ClipboardGuard, GuardedPlainTextEdit
from ui.drafts import DraftState
from ui.tasks import TaskRunner
from ui.widgets import button
from womenscentre.diagnostics import log_unexpected
from womenscentre.domain.notes import SessionNote
from womenscentre.i18n import N_, tr
from womenscentre.services.unlocked import UnlockedVault

WRITE_FIRST = N_("Please write the correction or addition first.")
RESTORED = N_("Your unfinished addendum is back, just as you left it.")


class AddendaBox(QWidget):
    """The addenda so far, and a box for a new one.

    Signals:
        added(object): the ``SessionNote`` as it stands with the new addendum.
        noted(str): a short sentence for the editor's status line.
    """

    added = Signal(object)
    noted = Signal(str)

    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        state: DraftState,
        clipboard: ClipboardGuard,
        log_dir: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault, self._tasks, self._state, self._log_dir = vault, tasks, state, log_dir
        self.view = GuardedPlainTextEdit(clipboard)
        self.view.setReadOnly(True)
        self.view.setAccessibleName(tr("Addenda"))
        self.edit = GuardedPlainTextEdit(clipboard)
        self.edit.setAccessibleName(tr("New addendum"))
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(tr("A correction or an addition, dated today"))
        self.button = button(tr("Add &addendum"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("Addenda")))
        layout.addWidget(self.view)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._on_button_clicked)

    @Slot()
    def _on_button_clicked(self) -> None:
        body = self.edit.toPlainText().strip()
        note = self._state.note
        if not body or note is None:
            self.noted.emit(tr(WRITE_FIRST))
            return
        self.button.setEnabled(False)
        state, vault = self._state, self._vault
        self._tasks.run(lambda: state.add_addendum(vault, body), self._on_added, self._on_failed)

    def restore(self) -> None:
        """Put back an addendum she had started on this note before a lock or crash."""
        try:
            body = self._state.restore_addendum(self._vault)
        except Exception as exc:  # showing the note matters more; the log says what happened
            log_unexpected(exc, self._log_dir)
            return
        if body:
            self.edit.blockSignals(True)
            self.edit.setPlainText(body)
            self.edit.blockSignals(False)
            self.noted.emit(tr(RESTORED))

    def _on_added(self, note: SessionNote) -> None:
        if not isValid(self):
            return
        self.edit.clear()
        self.button.setEnabled(True)
        self.added.emit(note)

    def _on_failed(self, exc: BaseException) -> None:
        if isValid(self):
            self.button.setEnabled(True)
            self.noted.emit(messages.describe(exc, self._log_dir))
