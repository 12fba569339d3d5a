"""The sections of her record that arrived with safety plans, risk and consent (issues 5, 6).

:class:`RecordSections` makes the "Safety plans", "Risk identification" and "Consent"
sections for a freshly made
:class:`~ui.person_view.PersonView` and loads them in the background. A section joins her
record as a tab only once it has something in it (no empty tabs); until then, and always,
the view's actions start one:

- "New safety plan…" (Ctrl+Shift+P);
- "Record what she agreed…" (Ctrl+Shift+A);
- "Referral pack…" (Ctrl+Shift+R): the wizard (managers export; keyworkers save a draft);
- "Who has her information?" (Ctrl+Shift+I): her disclosure history;
- "New risk record…" (Ctrl+Shift+K): a risk identification record;
- "Subject access pack…" (Ctrl+Shift+J) and "Erase her record…": managers only
  (:mod:`ui.subject_access_view`).
- "Add a document or evidence…" (Ctrl+Shift+E): a file sealed into her record; the
  "Documents and evidence" tab (:mod:`ui.attachments_list`) joins once she has one.
- "Her outcomes…" (Ctrl+Shift+O): check-ins, goals, wellbeing and her journey
  (:mod:`ui.outcomes_tab`); the tab joins once she has an entry, or when asked for.

The same actions are listed in the window's "Her record" menu (:mod:`ui.record_menu`),
through :attr:`RecordSections.menu_actions`.

The sections are children of the view, so they go when the view is dropped as the vault
locks; :meth:`RecordSections.wipe` empties their models first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.attachments_list import SECTION_TITLE as ATTACHMENTS_TITLE
from ui.attachments_list import AttachmentsTab
from ui.consent_tab import SECTION_TITLE as CONSENT_TITLE
from ui.consent_tab import ConsentTab
from ui.disclosures_view import DisclosuresDialog
from ui.outcomes_tab import SECTION_TITLE as OUTCOMES_TITLE
from ui.outcomes_tab import OutcomesTab
from ui.plans_tab import SECTION_TITLE as PLANS_TITLE
from ui.plans_tab import PlansTab
from ui.referral_wizard import ReferralWizard
from ui.risk_tab import SECTION_TITLE as RISK_TITLE
from ui.risk_tab import RiskTab
from ui.subject_access_view import open_erasure, open_subject_access
from womenscentre.i18n import tr

if TYPE_CHECKING:
    from ui.context import Desk
    from ui.person_view import PersonView

NEW_PLAN_KEYS = QKeySequence("Ctrl+Shift+P")
NEW_CONSENT_KEYS = QKeySequence("Ctrl+Shift+A")
REFERRAL_KEYS = QKeySequence("Ctrl+Shift+R")
DISCLOSURES_KEYS = QKeySequence("Ctrl+Shift+I")
NEW_RISK_KEYS = QKeySequence("Ctrl+Shift+K")
SUBJECT_ACCESS_KEYS = QKeySequence("Ctrl+Shift+J")
ADD_FILE_KEYS = QKeySequence("Ctrl+Shift+E")
OUTCOMES_KEYS = QKeySequence("Ctrl+Shift+O")


class RecordSections(QObject):
    """Her safety plans, risk records and consent ledger, for one view of her record."""

    #: Her whole record was erased (her id): the record desk drops this view.
    erased = Signal(str)

    def __init__(self, view: PersonView, desk: Desk, person_id: str) -> None:
        super().__init__(view)
        self._view = view
        self._desk = desk
        self.person_id = person_id
        self.plans = PlansTab(desk.vault, desk.tasks, person_id, view, log_dir=desk.log_dir)
        self.risk = RiskTab(desk.vault, desk.tasks, person_id, view, log_dir=desk.log_dir)
        self.consent = ConsentTab(desk.vault, desk.tasks, person_id, view, log_dir=desk.log_dir)
        self._shown: set[QWidget] = set()
        tabs = ((self.plans, PLANS_TITLE), (self.risk, RISK_TITLE), (self.consent, CONSENT_TITLE))
        for tab, title in tabs:
            tab.setVisible(False)
            tab.on_count = self._shower(tab, title)
        self.new_plan_action = self._action(tr("New safety plan…"), NEW_PLAN_KEYS)
        self.new_consent_action = self._action(tr("Record what she agreed…"), NEW_CONSENT_KEYS)
        self.new_plan_action.triggered.connect(self.plans.new_plan)
        self.new_consent_action.triggered.connect(self.consent.new_consent)
        self.referral_action = self._action(tr("Referral pack…"), REFERRAL_KEYS)
        self.disclosures_action = self._action(tr("Who has her information?"), DISCLOSURES_KEYS)
        self.referral_action.triggered.connect(self.open_referral_wizard)
        self.disclosures_action.triggered.connect(self.open_disclosures)
        self.new_risk_action = self._action(tr("New risk record…"), NEW_RISK_KEYS)
        self.new_risk_action.triggered.connect(self.risk.new_record)
        # Her rights over her record (issue 7): managers only, and the services check again.
        manager = bool(getattr(desk.vault.user, "is_manager", False))
        self.subject_access_action = self._action(tr("Subject access pack…"), SUBJECT_ACCESS_KEYS)
        self.erase_action = self._action(tr("Erase her record…"), QKeySequence())
        for action in (self.subject_access_action, self.erase_action):
            action.setVisible(manager)
            action.setEnabled(manager)
        self.subject_access_action.triggered.connect(self.open_subject_access)
        self.erase_action.triggered.connect(self.open_erasure)
        # Documents and evidence (issue 11): a tab once she has a file, and an action to add one.
        self.attachments = AttachmentsTab(
            desk.vault, desk.tasks, person_id, view, log_dir=desk.log_dir
        )
        self.attachments.setVisible(False)
        self.attachments.on_count = self._shower(self.attachments, ATTACHMENTS_TITLE)
        self.add_file_action = self._action(tr("Add a document or evidence…"), ADD_FILE_KEYS)
        self.add_file_action.triggered.connect(self.attachments.add_file)
        # Her outcomes (issue 10): a tab once she has an entry; the action opens it anyway.
        self.outcomes = OutcomesTab(desk.vault, desk.tasks, person_id, view, log_dir=desk.log_dir)
        self.outcomes.setVisible(False)
        self.outcomes.on_count = self._shower(self.outcomes, OUTCOMES_TITLE)
        self.outcomes_action = self._action(tr("Her outcomes…"), OUTCOMES_KEYS)
        self.outcomes_action.triggered.connect(self.open_outcomes)

    @property
    def menu_actions(self) -> list[QAction]:
        """Her record's actions, in the order the "Her record" menu lists them."""
        return [
            self.new_plan_action,
            self.new_risk_action,
            self.new_consent_action,
            self.referral_action,
            self.disclosures_action,
            self.add_file_action,
            self.outcomes_action,
            self.subject_access_action,
            self.erase_action,
        ]

    def open_outcomes(self) -> OutcomesTab:
        """Show her outcomes, adding the tab if she has nothing recorded yet."""
        if self.outcomes not in self._shown:
            self._shown.add(self.outcomes)
            self._view.add_section(tr(OUTCOMES_TITLE), self.outcomes)
        self._view.tabs.setCurrentWidget(self.outcomes)
        return self.outcomes

    def open_referral_wizard(self) -> ReferralWizard:
        desk = self._desk
        wizard = ReferralWizard(
            desk.vault, desk.tasks, self.person_id, self._view, log_dir=desk.log_dir
        )
        wizard.open()
        return wizard

    def open_disclosures(self) -> DisclosuresDialog:
        desk = self._desk
        dialog = DisclosuresDialog(
            desk.vault, desk.tasks, self.person_id, self._view, log_dir=desk.log_dir
        )
        dialog.open()
        return dialog

    def open_subject_access(self) -> QWidget:
        desk = self._desk
        return open_subject_access(
            self._view, desk.vault, desk.tasks, self.person_id, log_dir=desk.log_dir
        )

    def open_erasure(self) -> QWidget:
        desk, view = self._desk, self._view

        def erased(_certificate: object) -> None:
            # Her record is gone: empty what this view shows so nothing of hers stays on screen.
            self.wipe()
            view.wipe()
            view.setEnabled(False)
            self.erased.emit(self.person_id)

        return open_erasure(
            view, desk.vault, desk.tasks, self.person_id, log_dir=desk.log_dir, on_erased=erased
        )

    def _action(self, text: str, keys: QKeySequence) -> QAction:
        action = QAction(text, self._view)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._view.addAction(action)
        return action

    def _shower(self, tab: QWidget, title: str):  # type: ignore[no-untyped-def]
        def on_count(count: int) -> None:
            if count and tab not in self._shown:
                self._shown.add(tab)
                self._view.add_section(tr(title), tab)

        return on_count

    def wipe(self) -> None:
        """Drop everything decrypted in these sections; called as the vault locks."""
        self.plans.wipe()
        self.risk.wipe()
        self.consent.wipe()
        self.attachments.wipe()
        self.outcomes.wipe()


def add_record_sections(view: PersonView, desk: Desk, person_id: str) -> RecordSections:
    """Add her safety plans, risk records and consent ledger to her record, as each has content."""
    return RecordSections(view, desk, person_id)


def wipe_record_sections(view: PersonView) -> None:
    """Empty these sections' models; called as the vault locks."""
    for sections in view.findChildren(RecordSections):
        sections.wipe()
