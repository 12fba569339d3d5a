"""The "Risk identification" section of her record: her records, and a new one.

Each row is one checklist completed: when, by whom, the score as a number, where the Marac
decision stands, and whether the record is open. A record can be changed until it is
closed. Closing waits for a Marac decision whenever the record meets the referral criteria
(a score of 14 or more among them): the core says so kindly, and this tab offers the way
forward at once, the Marac decision form, with everything already entered kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Slot
from shiboken6 import isValid

from ui import messages
from ui.dialogs import run_dialog
from ui.marac_form import MaracDecisionDialog
from ui.models.risk import RiskRecordsModel
from ui.record_tab import RecordTab, button_row, list_table, run_while_shown
from ui.risk_form import RiskRecordDialog, plan_choices
from ui.widgets import button, show_status
from womenscentre.domain.plans import PlanStatus, PlanSummary
from womenscentre.domain.risk import MaracDecision, RiskDetails, RiskRecord, RiskStatus
from womenscentre.i18n import N_, tr
from womenscentre.services.risk import MaracDecisionNeeded

SECTION_TITLE = N_("&Risk identification")
NO_RECORDS = N_("No risk identification records yet.")
CLOSE_QUESTION = N_(
    "Close this record? Once closed it can't be changed; if things change, a new record "
    "can be started at any time."
)
DECISION_OFFER = N_("Would you like to record the Marac decision now?")
CLOSED_NOTE = N_("The record is closed.")


class RiskTab(RecordTab):
    """Her risk identification records, for one woman's record."""

    section_name = N_("Risk identification")
    empty_text = NO_RECORDS

    def _build(self) -> None:
        self.dialog: RiskRecordDialog | MaracDecisionDialog | None = None
        self._plans: list[tuple[str, str]] = []
        self.model = RiskRecordsModel(self)
        self.table = list_table(self.model, tr("Her risk identification records, newest first"))
        self.new_button = button(tr("&New record…"), tr("New risk identification record"))
        self.open_button = button(tr("&Open the record"), tr("Open the chosen record"))
        self.marac_button = button(
            tr("Record the &Marac decision…"), tr("Record the Marac decision")
        )
        self.close_button = button(tr("C&lose the record…"), tr("Close the chosen record"))
        buttons = (self.new_button, self.open_button, self.marac_button, self.close_button)
        self._lay_out([(self.table, 1)], button_row(buttons))
        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.marac_button.clicked.connect(self._on_marac_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    # -- loading ---------------------------------------------------------------------------
    def reload(self, select: str = "") -> None:
        vault, person_id = self._vault, self.person_id

        def load() -> tuple[list[RiskRecord], list[PlanSummary]]:
            return vault.risk.for_person(person_id), vault.plans.for_person(person_id)

        self._run(load, lambda found: self._show(*found, select))

    def _show(self, records: list[RiskRecord], plans: list[PlanSummary], select: str) -> None:
        # Her plans, for the record form's "Safety plans it led to"; archived ones aren't
        # offered, though a link made before is kept.
        self._plans = plan_choices([p for p in plans if p.status is not PlanStatus.ARCHIVED])
        self.model.set_rows(records)
        row = next((i for i, r in enumerate(records) if r.id == select), 0)
        if records:
            self.table.selectRow(row)
        self._on_current_row_changed(self.table.currentIndex(), QModelIndex())
        self._counted(len(records))

    def chosen(self) -> RiskRecord | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def wipe(self) -> None:
        """Let go of everything decrypted; called as the vault locks."""
        self.model.clear()
        self._plans = []
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.done(0)
        self.dialog = None

    # -- actions ---------------------------------------------------------------------------
    @Slot()
    def new_record(self) -> RiskRecordDialog:
        """Start a new record (the "New risk record" button and action)."""
        vault, person_id = self._vault, self.person_id
        dialog = RiskRecordDialog(
            self, today=self._today(), assessor=vault.user.username, plans=self._plans
        )

        def job(details: RiskDetails) -> RiskRecord:
            return vault.risk.record(person_id, details)

        self._open_dialog(dialog, job)
        return dialog

    def open_record(self, record: RiskRecord) -> RiskRecordDialog:
        vault = self._vault
        dialog = RiskRecordDialog(
            self,
            today=self._today(),
            assessor=record.details.assessor,
            current=record.details,
            read_only=record.status is RiskStatus.CLOSED,
            plans=self._plans,
        )

        def job(details: RiskDetails) -> RiskRecord:
            return vault.risk.update(record.id, details, expected_version=record.version)

        self._open_dialog(dialog, job)
        return dialog

    def record_decision(self, record: RiskRecord) -> MaracDecisionDialog:
        vault = self._vault
        dialog = MaracDecisionDialog(self, today=self._today(), decided_by=vault.user.username)

        def job(decision: MaracDecision) -> RiskRecord:
            return vault.risk.record_marac_decision(
                record.id, decision, expected_version=record.version
            )

        self._open_dialog(dialog, job)
        return dialog

    def close_record(self, record: RiskRecord) -> None:
        if not messages.question(self, tr(CLOSE_QUESTION), yes=tr("Close it"), no=tr("Not yet")):
            return
        vault = self._vault

        def failed(exc: BaseException) -> None:
            if isinstance(exc, MaracDecisionNeeded):
                offer = f"{exc.message}\n\n{tr(DECISION_OFFER)}"
                if messages.question(self, offer, yes=tr("Record the decision"), no=tr("Not now")):
                    self.record_decision(record)
                return
            self._failed(exc)

        def done(closed: RiskRecord) -> None:
            self.reload(select=closed.id)
            show_status(self.status, tr(CLOSED_NOTE))

        run_while_shown(
            self,
            self._tasks,
            lambda: vault.risk.close(record.id, expected_version=record.version),
            done,
            failed,
        )

    def _open_dialog(
        self,
        dialog: RiskRecordDialog | MaracDecisionDialog,
        job: Callable[[Any], RiskRecord],
    ) -> None:
        def done(saved: RiskRecord) -> None:
            if isValid(self):
                self.reload(select=saved.id)

        self.dialog = dialog
        run_dialog(dialog, self._tasks, job, done, log_dir=self._log_dir)

    def _today(self) -> Any:
        return self._vault.clock.now().date()

    # -- slots -----------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.row_at(current.row()) if current.isValid() else None
        is_open = record is not None and record.status is RiskStatus.OPEN
        self.open_button.setEnabled(record is not None)
        self.marac_button.setEnabled(is_open)
        self.close_button.setEnabled(is_open)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self._with_chosen(self.open_record)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_record(self.model.row_at(index.row()))

    @Slot()
    def _on_marac_button_clicked(self) -> None:
        self._with_chosen(self.record_decision)

    @Slot()
    def _on_close_button_clicked(self) -> None:
        self._with_chosen(self.close_record)
