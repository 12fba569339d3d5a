"""The manager's dashboard (Centre → Dashboard…): what needs looking at across the centre.

Every figure comes from :meth:`DashboardService.build` on the task worker, each time the
window opens or is refreshed; none is stored. Plain cards give the counts (open and closed
cases, open cases with no keyworker, the last backup) and three tables give open cases per
colleague, what is coming up with its date, and shares made by kind of service. The window
is emptied when it closes, and the main window closes it as the vault locks.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ui import messages
from ui.dialogs import ToolWindow
from ui.models.base import RowsModel
from ui.models.dashboard import (
    AttentionModel,
    KeyworkerLoadModel,
    ReferralsModel,
    attention_rows,
    long_date,
)
from ui.tasks import TaskRunner
from ui.widgets import busy_bar, button, heading, paragraph, show_status, status_line
from womenscentre.i18n import N_, tr
from womenscentre.services.dashboard import Dashboard

if TYPE_CHECKING:
    from ui.workspace import Workspace
    from womenscentre.services.unlocked import UnlockedVault

TITLE = N_("Centre dashboard")
INTRO = N_(
    "What needs looking at across the centre, worked out just now from the records. "
    "Nothing on this page is saved anywhere."
)
LOADING = N_("Gathering the figures…")
BACKUP_FINE = N_("Backups are up to date.")


class Card(QFrame):
    """A plain box with a number (or a short line) and what it counts."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = label
        self.value = QLabel("")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setWordWrap(True)
        self.caption = QLabel(label)
        self.caption.setWordWrap(True)
        self.setAccessibleName(label)
        column = QVBoxLayout(self)
        column.addWidget(self.value)
        column.addWidget(self.caption)

    def show_value(self, text: str) -> None:
        self.value.setText(text)
        described = tr("{label}: {value}").format(label=self.label, value=text)
        self.setAccessibleDescription(described if text else "")


def _table(model: RowsModel[Any], name: str) -> QTableView:
    table = QTableView()
    table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class DashboardWindow(ToolWindow):
    def __init__(
        self,
        vault: UnlockedVault,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        log_dir: Path | None = None,
    ) -> None:
        super().__init__(vault, tasks, parent, title=tr(TITLE), log_dir=log_dir)
        self.dashboard: Dashboard | None = None
        self.open_cases = Card(tr("Open cases"))
        self.closed_cases = Card(tr("Closed cases"))
        self.without_keyworker = Card(tr("Open cases with no keyworker"))
        self.backup = Card(tr("Backups"))
        cards = QGridLayout()
        for place, card in enumerate(
            (self.open_cases, self.closed_cases, self.without_keyworker, self.backup)
        ):
            cards.addWidget(card, 0, place)
        self.caseload = KeyworkerLoadModel(self)
        self.attention = AttentionModel(self)
        self.referrals = ReferralsModel(self)
        self.caseload_table = _table(self.caseload, tr("Open cases per colleague"))
        self.attention_table = _table(self.attention, tr("Coming up, soonest first"))
        self.referrals_table = _table(self.referrals, tr("Information shared, by kind of service"))
        self.referrals_heading = heading(tr("Information shared"))
        self.status = status_line(tr("{title}: message").format(title=tr(TITLE)))
        self.busy = busy_bar(tr("{title}: working on it").format(title=tr(TITLE)))
        self.refresh_button = button(tr("&Refresh"), tr("Work out the figures again"))
        close = button(tr("&Close", "window"), tr("Close", "window"))
        tables = QGridLayout()
        tables.addWidget(heading(tr("Coming up")), 0, 0)
        tables.addWidget(self.attention_table, 1, 0, 3, 1)
        tables.addWidget(heading(tr("Open cases per colleague")), 0, 1)
        tables.addWidget(self.caseload_table, 1, 1)
        tables.addWidget(self.referrals_heading, 2, 1)
        tables.addWidget(self.referrals_table, 3, 1)
        tables.setColumnStretch(0, 3)
        tables.setColumnStretch(1, 2)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch()
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(TITLE)))
        layout.addWidget(paragraph(tr(INTRO), name=tr("About the dashboard")))
        layout.addLayout(cards)
        layout.addLayout(tables, stretch=1)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(row)
        self.refresh_button.clicked.connect(self.reload)
        close.clicked.connect(self.accept)
        self.resize(1000, 640)
        self.reload()

    @Slot()
    def reload(self) -> None:
        vault = self._vault

        def job() -> tuple[Dashboard, dict[str, str]]:
            built = vault.dashboard.build()
            names = {p.id: p.preferred_name for p in vault.people.visible() if not p.damaged}
            return built, names

        def succeeded(result: tuple[Dashboard, dict[str, str]]) -> None:
            if isValid(self):
                self.busy.setVisible(False)
                show_status(self.status, "")
                self.show_dashboard(*result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.busy.setVisible(False)
                show_status(self.status, messages.describe(exc, self._log_dir))

        self.busy.setVisible(True)
        show_status(self.status, tr(LOADING))
        self._tasks.run(job, succeeded, failed)

    def show_dashboard(self, dashboard: Dashboard, names: Mapping[str, str]) -> None:
        self.dashboard = dashboard
        self.open_cases.show_value(str(dashboard.open_cases))
        self.closed_cases.show_value(str(dashboard.closed_cases))
        self.without_keyworker.show_value(str(dashboard.open_cases_without_keyworker))
        reminder = dashboard.backup
        self.backup.show_value(tr(BACKUP_FINE) if reminder is None else reminder.message)
        self.caseload.set_rows(dashboard.caseload)
        self.attention.set_rows(attention_rows(dashboard, names))
        self.referrals.set_rows(sorted(dashboard.referrals_by_kind.items(), key=lambda kv: -kv[1]))
        self.referrals_heading.setText(
            tr("Information shared since {date}").format(date=long_date(dashboard.referrals_since))
        )

    def wipe(self) -> None:
        self.dashboard = None
        for model in (self.caseload, self.attention, self.referrals):
            model.clear()
        for card in (self.open_cases, self.closed_cases, self.without_keyworker, self.backup):
            card.show_value("")

    def done(self, code: int) -> None:
        """Closing (and so locking) empties every figure and name."""
        self.wipe()
        super().done(code)


def open_dashboard(workspace: Workspace) -> DashboardWindow:
    desk = workspace.desk
    window = DashboardWindow(desk.vault, desk.tasks, workspace, log_dir=desk.log_dir)
    window.open()
    return window
