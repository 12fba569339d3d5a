"""The centre's sharing settings, for a manager: the lawful bases it shares on.

Two bases, each an Article 6 basis with its Article 9 condition (and DPA 2018 Schedule 1
condition where that needs one) and its Article 10 condition:

- for a share she agreed to: the centre's policy, shown read-only in the referral wizard;
- for sharing without her agreement: where the wizard starts; the manager sharing can
  change it for that one decision, and it can never rest on her consent.

They are part of the centre's settings, so they are sealed and signed with the manager key:
a basis changed by editing the database file counts for nothing and the safe defaults apply.
Reached from the Centre menu.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ui import messages
from ui.context import Desk
from ui.dialogs import FormDialog, run_dialog
from ui.referral_wizard_forms import LawfulBasisBox
from ui.widgets import paragraph
from womenscentre.domain.settings import CentreSettings
from womenscentre.i18n import N_, tr

if TYPE_CHECKING:
    from ui.workspace import Workspace

TITLE = N_("Sharing and the lawful basis")
INTRO = N_(
    "The lawful basis the centre relies on when it shares information. Each needs a "
    "condition for health and similar information and one for information about contact "
    "with the justice system, because a referral can hold either."
)
WITH_NOTE = N_("When she has agreed to the share (shown to everyone preparing a pack):")
WITHOUT_NOTE = N_(
    "When a manager shares without her agreement (where the choice starts; it can't be her "
    "consent, and a second manager still has to authorise each share):"
)
TAMPERED = N_(
    "The saved settings couldn't be checked, so the safe defaults are shown. Saving here sets "
    "them again."
)


class SharingSettingsDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, current: CentreSettings, *, tampered: bool = False
    ) -> None:
        super().__init__(parent, title=tr(TITLE), intro=tr(INTRO), ok_text=tr("&Save"), scroll=True)
        self._current = current
        self.with_consent = LawfulBasisBox()
        self.with_consent.set_basis(current.basis_with_consent)
        self.without_consent = LawfulBasisBox()
        self.without_consent.set_basis(current.basis_without_consent)
        if tampered:
            self.form.addRow(
                paragraph(tr(TAMPERED), name=tr("{section}: check").format(section=tr(TITLE)))
            )
        self.form.addRow(paragraph(tr(WITH_NOTE), name=tr("With her agreement")))
        self.form.addRow(self.with_consent)
        self.form.addRow(paragraph(tr(WITHOUT_NOTE), name=tr("Without her agreement")))
        self.form.addRow(self.without_consent)

    def problem(self) -> str | None:
        for box in (self.with_consent, self.without_consent):
            found = box.basis().complete_problems()
            if found:
                return found[0]
        if self.without_consent.basis().relies_on_consent:
            return tr(
                "Sharing without her agreement can't rest on her consent. Please choose "
                "another basis or condition for it."
            )
        return None

    def value(self) -> CentreSettings:
        return replace(
            self._current,
            basis_with_consent=self.with_consent.basis(),
            basis_without_consent=self.without_consent.basis(),
        )


def open_sharing_settings(
    parent: QWidget, desk: Desk, on_saved: Callable[[CentreSettings], Any] | None = None
) -> None:
    """Read the settings on the worker, then open the dialog; saving signs them again."""
    settings = desk.vault.settings

    def read() -> tuple[CentreSettings, bool]:
        return settings.get(), settings.tampered

    def save(new: CentreSettings) -> CentreSettings:
        settings.update(new)
        return new

    def opened(found: tuple[CentreSettings, bool]) -> None:
        current, tampered = found
        dialog = SharingSettingsDialog(parent, current, tampered=tampered)
        run_dialog(dialog, desk.tasks, save, on_saved, log_dir=desk.log_dir)

    desk.tasks.run(read, opened, lambda e: messages.show_error(parent, e, desk.log_dir))


def open_sharing_settings_over(workspace: Workspace) -> None:
    """The Centre menu's entry: open the dialog over the workspace for its vault."""
    open_sharing_settings(workspace, workspace.desk, workspace.settings_changed.emit)
