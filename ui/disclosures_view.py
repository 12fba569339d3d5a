"""'Who has my information?': every share about her, and every decision not to share.

The list is ready for a subject access request: when, shared or not, with whom, what for
and what kinds of information. Her own copy, in plain words, can be saved as a PDF through
the one typesetter (:mod:`ui.pdf`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.her_copy_view import save_pdf
from ui.models.referrals import DisclosuresModel
from ui.tasks import TaskRunner
from ui.widgets import button, heading, paragraph, show_status, status_line
from womenscentre.domain.sharing import SharingDecision
from womenscentre.exports.document import from_her_copy
from womenscentre.exports.her_copy import HerCopy

TITLE = "Who has my information?"
NONE_YET = "Nothing has been shared about her, and no decision about sharing has been made."


class DisclosuresDialog(QDialog):
    """Her disclosure history, with her own copy as a PDF."""

    def __init__(
        self,
        vault: Any,
        tasks: TaskRunner,
        person_id: str,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self._vault = vault
        self._tasks = tasks
        self._log_dir = log_dir
        self.person_id = person_id
        self.model = DisclosuresModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Every share and decision, newest first")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = paragraph(NONE_YET, name="Disclosures note")
        self.empty.setVisible(False)
        self.status = status_line(f"{TITLE}: message")
        self.save_button = button("&Her copy as a PDF…", "Save her copy as a PDF")
        close = button("&Close", "Close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(TITLE))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        close.clicked.connect(self.reject)
        self.resize(850, 500)
        self._run(lambda: vault.sharing.disclosures(person_id), self._show)

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def succeeded(result: Any) -> None:
            if isValid(self):
                done(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                show_status(self.status, messages.describe(exc, self._log_dir))

        self._tasks.run(job, succeeded, failed)

    def _show(self, decisions: list[SharingDecision]) -> None:
        self.model.set_rows(decisions)
        self.empty.setVisible(not decisions)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        vault, person_id = self._vault, self.person_id

        def done(copy: HerCopy) -> None:
            path = save_pdf(self, from_her_copy(copy), "who-has-my-information.pdf")
            if path is not None:
                show_status(self.status, f"Saved as {path.name}.")

        self._run(lambda: vault.sharing.disclosure_copy(person_id), done)
