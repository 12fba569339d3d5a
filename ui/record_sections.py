"""The sections of her record that arrived with safety plans and consent (issues 5 and 6).

:class:`RecordSections` makes the "Safety plans" and "Consent" sections for a freshly made
:class:`~ui.person_view.PersonView` and loads them in the background. A section joins her
record as a tab only once it has something in it (no empty tabs); until then, and always,
the view's actions start one:

- "New safety plan…" (Ctrl+Shift+P);
- "Record what she agreed…" (Ctrl+Shift+A);
- "Referral pack…" (Ctrl+Shift+R): the wizard (managers export; keyworkers save a draft);
- "Who has her information?" (Ctrl+Shift+I): her disclosure history.

The sections are children of the view, so they go when the view is dropped as the vault
locks; :meth:`RecordSections.wipe` empties their models first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.consent_tab import SECTION_TITLE as CONSENT_TITLE
from ui.consent_tab import ConsentTab
from ui.disclosures_view import DisclosuresDialog
from ui.plans_tab import SECTION_TITLE as PLANS_TITLE
from ui.plans_tab import PlansTab
from ui.referral_wizard import ReferralWizard

if TYPE_CHECKING:
    from ui.context import Desk
    from ui.person_view import PersonView

NEW_PLAN_KEYS = QKeySequence("Ctrl+Shift+P")
NEW_CONSENT_KEYS = QKeySequence("Ctrl+Shift+A")
REFERRAL_KEYS = QKeySequence("Ctrl+Shift+R")
DISCLOSURES_KEYS = QKeySequence("Ctrl+Shift+I")


class RecordSections(QObject):
    """Her safety plans and consent ledger, for one view of her record."""

    def __init__(self, view: PersonView, desk: Desk, person_id: str) -> None:
        super().__init__(view)
        self._view = view
        self._desk = desk
        self.person_id = person_id
        self.plans = PlansTab(desk.vault, desk.tasks, person_id, view, log_dir=desk.log_dir)
        self.consent = ConsentTab(desk.vault, desk.tasks, person_id, view, log_dir=desk.log_dir)
        self._shown: set[QWidget] = set()
        for tab, title in ((self.plans, PLANS_TITLE), (self.consent, CONSENT_TITLE)):
            tab.setVisible(False)
            tab.on_count = self._shower(tab, title)
        self.new_plan_action = self._action("New safety plan…", NEW_PLAN_KEYS)
        self.new_consent_action = self._action("Record what she agreed…", NEW_CONSENT_KEYS)
        self.new_plan_action.triggered.connect(self.plans.new_plan)
        self.new_consent_action.triggered.connect(self.consent.new_consent)
        self.referral_action = self._action("Referral pack…", REFERRAL_KEYS)
        self.disclosures_action = self._action("Who has her information?", DISCLOSURES_KEYS)
        self.referral_action.triggered.connect(self.open_referral_wizard)
        self.disclosures_action.triggered.connect(self.open_disclosures)

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
                self._view.add_section(title, tab)

        return on_count

    def wipe(self) -> None:
        """Drop everything decrypted in these sections; called as the vault locks."""
        self.plans.wipe()
        self.consent.wipe()


def add_record_sections(view: PersonView, desk: Desk, person_id: str) -> RecordSections:
    """Add her safety plans and her consent ledger to her record, as each has content."""
    return RecordSections(view, desk, person_id)


def wipe_record_sections(view: PersonView) -> None:
    """Empty these sections' models; called as the vault locks."""
    for sections in view.findChildren(RecordSections):
        sections.wipe()
