"""'Who has my information?': every share about her, and every decision not to share.

The list is ready for a subject access request: when, the decision (shared with her
agreement, shared without it, or a decision not to share), with whom, what for and what
kinds of information. Her own copy, in plain words, can be saved as a PDF through the one
typesetter (:mod:`ui.pdf`).

Below it are the referral packs still being prepared for her. Anyone who can see her record
can continue one in the wizard; her consent is checked again as it opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.dialogs import ToolWindow
from ui.her_copy_view import save_pdf
from ui.models.referrals import DisclosuresModel, DraftPacksModel
from ui.referral_wizard import ReferralWizard
from ui.tasks import TaskRunner
from ui.widgets import button, heading, paragraph, show_status, status_line
from womenscentre.domain.sharing import SharingDecision
from womenscentre.exports.document import from_her_copy
from womenscentre.exports.her_copy import HerCopy
from womenscentre.i18n import N_, tr
from womenscentre.services.referral_drafts import DraftSummary

TITLE = N_("Who has my information?")
NONE_YET = N_("Nothing has been shared about her, and no decision about sharing has been made.")
DRAFTS_NOTE = N_("Referral packs being prepared for her (not sent):")


class DisclosuresDialog(ToolWindow):
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
        super().__init__(vault, tasks, parent, title=tr(TITLE), log_dir=log_dir)
        self.person_id = person_id
        self.model = DisclosuresModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Every share and decision, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.drafts = DraftPacksModel(self)
        self.drafts_table = QTableView()
        self.drafts_table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
        self.drafts_table.setModel(self.drafts)
        self.drafts_table.setAccessibleName(tr("Referral packs being prepared"))
        self.drafts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drafts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drafts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drafts_table.verticalHeader().setVisible(False)
        self.drafts_table.horizontalHeader().setStretchLastSection(True)
        self.drafts_note = paragraph(tr(DRAFTS_NOTE), name=tr("Packs being prepared"))
        self.continue_button = button(tr("C&ontinue this pack…"), tr("Continue the chosen pack"))
        self.wizard: ReferralWizard | None = None
        self.empty = paragraph(tr(NONE_YET), name=tr("Disclosures note"))
        self.empty.setVisible(False)
        self.status = status_line(tr("{section}: message").format(section=tr(TITLE)))
        self.save_button = button(tr("&Her copy as a PDF…"), tr("Save her copy as a PDF"))
        close = button(tr("&Close"), tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(TITLE)))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, stretch=2)
        layout.addWidget(self.drafts_note)
        layout.addWidget(self.drafts_table, stretch=1)
        continue_row = QHBoxLayout()
        continue_row.addWidget(self.continue_button)
        continue_row.addStretch()
        layout.addLayout(continue_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        close.clicked.connect(self.reject)
        self.resize(850, 600)
        self._run(lambda: vault.sharing.disclosures(person_id), self._show)
        self.load_drafts()

    def load_drafts(self) -> None:
        vault, person_id = self._vault, self.person_id
        self._run(lambda: vault.referrals.drafts(person_id), self._show_drafts)

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

    def _show_drafts(self, drafts: list[DraftSummary]) -> None:
        self.drafts.set_rows(drafts)
        for widget in (self.drafts_note, self.drafts_table, self.continue_button):
            widget.setVisible(bool(drafts))
        if drafts:
            self.drafts_table.selectRow(0)

    @Slot()
    def _on_continue_button_clicked(self) -> None:
        index = self.drafts_table.currentIndex()
        if not index.isValid():
            show_status(self.status, tr("Please choose a pack to continue."))
            return
        draft = self.drafts.row_at(index.row())
        wizard = ReferralWizard(
            self._vault,
            self._tasks,
            self.person_id,
            self,
            log_dir=self._log_dir,
            draft_id=draft.id,
        )
        wizard.finished.connect(self._on_wizard_finished)
        self.wizard = wizard
        wizard.open()

    @Slot()
    def _on_wizard_finished(self) -> None:
        self.wizard = None
        self._run(lambda: self._vault.sharing.disclosures(self.person_id), self._show)
        self.load_drafts()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        vault, person_id = self._vault, self.person_id

        def done(copy: HerCopy) -> None:
            path = save_pdf(self, from_her_copy(copy), tr("who-has-my-information.pdf"))
            if path is not None:
                show_status(self.status, tr("Saved as {file}.").format(file=path.name))

        self._run(lambda: vault.sharing.disclosure_copy(person_id), done)
