"""The "Consent" section of her record: what she has agreed to share, with whom, and why.

The ledger shows the latest version of each agreement and its state today. From here a
keyworker records a new agreement, changes one (a new version; nothing is overwritten),
records a withdrawal (it takes effect at once), looks back through an agreement's
versions, and shows her "what you agreed" in plain words, to read or keep as a PDF.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui.consent_dialogs import ConsentDialog, WithdrawDialog
from ui.dialogs import run_dialog
from ui.her_copy_view import save_pdf
from ui.models.consent import ConsentHistoryModel, ConsentLedgerModel
from ui.record_tab import RecordTab, button_row, list_table
from ui.widgets import button, heading, show_status, status_line
from womenscentre.domain.consent import ConsentStatus
from womenscentre.exports.document import from_her_copy
from womenscentre.exports.her_copy import HerCopy
from womenscentre.i18n import N_, tr
from womenscentre.services.consent import LedgerEntry

SECTION_TITLE = N_("&Consent")
NO_CONSENT = N_(
    "Nothing recorded yet. Before anything is shared, record what she agrees to, with whom "
    "and what for."
)


def _table(model: QAbstractItemModel, name: str) -> QTableView:
    """Agreements are long sentences: wrap them, and let her widen the columns."""
    return list_table(model, name, wrap=True, resize=QHeaderView.ResizeMode.Interactive)


class ReadBackDialog(QDialog):
    """ "What you agreed", as she will read it, with Save as PDF."""

    def __init__(
        self, copy: HerCopy, parent: QWidget | None = None, *, log_dir: Path | None = None
    ):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("What you agreed"))
        self.setAccessibleName(tr("What you agreed"))
        self.copy = copy
        self._log_dir = log_dir
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("What you agreed, as she will read it"))
        self.preview.setPlainText(copy.plain_text())
        self.status = status_line(tr("What you agreed: message"))
        self.save_button = button(tr("&Save as PDF…"), tr("Save what you agreed as a PDF"))
        close = button(tr("&Close"), tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("How this reads to her")))
        layout.addWidget(self.preview, stretch=1)
        layout.addWidget(self.status)
        layout.addLayout(button_row([self.save_button], after_stretch=[close]))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        close.clicked.connect(self.reject)
        self.resize(700, 600)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        path = save_pdf(self, from_her_copy(self.copy), tr("what-i-agreed.pdf"), self._log_dir)
        if path is not None:
            show_status(self.status, tr("Saved as {file}.").format(file=path.name))


class ConsentTab(RecordTab):
    """Her consent ledger, for one woman's record."""

    section_name = N_("Consent")
    empty_text = NO_CONSENT

    def _build(self) -> None:
        self.today = date.today()
        self.model = ConsentLedgerModel(self)
        self.history = ConsentHistoryModel(self)
        self.table = _table(self.model, tr("What she has agreed, newest first"))
        self.history_table = _table(self.history, tr("Every version of the chosen agreement"))
        self.history_table.setVisible(False)
        self.new_button = button(tr("&Record what she agreed…"), tr("Record what she agreed"))
        self.change_button = button(tr("C&hange…"), tr("Change the chosen agreement"))
        self.withdraw_button = button(tr("&Withdrawn…"), tr("Record that she has withdrawn"))
        self.history_button = button(tr("Earlier &versions"), tr("Show earlier versions"))
        self.read_back_button = button(tr("What she &agreed, for her…"), tr("What you agreed"))
        buttons = (
            self.new_button,
            self.change_button,
            self.withdraw_button,
            self.history_button,
            self.read_back_button,
        )
        self._lay_out([(self.table, 2), (self.history_table, 1)], button_row(buttons))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_button_clicked)
        self.history_button.clicked.connect(self._on_history_button_clicked)
        self.read_back_button.clicked.connect(self._on_read_back_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row_changed)

    def reload(self, select: str | None = None) -> None:
        vault, person_id = self._vault, self.person_id

        def job() -> tuple[list[LedgerEntry], date, dict[str, str]]:
            names = {u.id: u.username for u in vault.users.active()}
            return vault.consent.ledger(person_id), vault.clock.now().date(), names

        self._run(job, lambda found: self._show(found, select))

    def _show(
        self, found: tuple[list[LedgerEntry], date, dict[str, str]], select: str | None
    ) -> None:
        entries, self.today, self.history.names = found
        self.model.set_entries(entries, self.today)
        self.history.clear()
        self.history_table.setVisible(False)
        row = next((i for i, e in enumerate(entries) if e.chain_id == select), 0)
        if entries:
            self.table.selectRow(row)
        self._on_table_row_changed()
        self._counted(len(entries))

    def wipe(self) -> None:
        self.model.clear()
        self.history.clear()

    def chosen(self) -> LedgerEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    @Slot()
    def _on_table_row_changed(self, *_args: object) -> None:
        entry = self.chosen()
        live = entry is not None and entry.consent.status is not ConsentStatus.WITHDRAWN
        self.change_button.setEnabled(live)
        self.withdraw_button.setEnabled(
            live and entry is not None and entry.consent.status is ConsentStatus.ACTIVE
        )
        self.history_button.setEnabled(entry is not None)
        self.read_back_button.setEnabled(self.model.rowCount() > 0)

    @Slot()
    def new_consent(self) -> None:
        """Record a new agreement (the button and the "Record what she agreed" action)."""
        self._on_new_button_clicked()

    @Slot()
    def _on_new_button_clicked(self) -> None:
        vault, person_id = self._vault, self.person_id
        run_dialog(
            ConsentDialog(self, self.today),
            self._tasks,
            lambda consent: vault.consent.record(person_id, consent),
            self._after_change,
            log_dir=self._log_dir,
        )

    @Slot()
    def _on_change_button_clicked(self) -> None:
        entry, vault = self.chosen(), self._vault
        if entry is None:
            return
        run_dialog(
            ConsentDialog(self, self.today, entry.consent),
            self._tasks,
            lambda consent: vault.consent.revise(entry.consent.id, consent),
            self._after_change,
            log_dir=self._log_dir,
        )

    @Slot()
    def _on_withdraw_button_clicked(self) -> None:
        entry, vault = self.chosen(), self._vault
        if entry is None:
            return

        def job(value: Any) -> LedgerEntry:
            withdrawal, cannot_be_undone = value
            return vault.consent.withdraw(
                entry.consent.id, withdrawal, cannot_be_undone=cannot_be_undone
            )

        run_dialog(
            WithdrawDialog(self, self.today, entry.consent),
            self._tasks,
            job,
            self._after_change,
            log_dir=self._log_dir,
        )

    def _after_change(self, entry: LedgerEntry) -> None:
        if isValid(self):
            self.reload(select=entry.chain_id)

    @Slot()
    def _on_history_button_clicked(self) -> None:
        entry, vault = self.chosen(), self._vault
        if entry is None:
            return

        def done(entries: list[LedgerEntry]) -> None:
            self.history.set_rows(entries)
            self.history_table.setVisible(True)

        self._run(lambda: vault.consent.history(entry.consent.id), done)

    @Slot()
    def _on_read_back_button_clicked(self) -> None:
        vault, person_id = self._vault, self.person_id

        def done(copy: HerCopy) -> None:
            ReadBackDialog(copy, self, log_dir=self._log_dir).open()

        self._run(lambda: vault.consent.read_back(person_id), done)
