"""The window's "Her record" menu: her record's actions, listed as well as keyed.

Her record's actions (new safety plan, new risk record, what she agreed, referral pack, who
has her information, and a manager's subject access and erasure) belong to her record's
view, with their keys (Ctrl+Shift+P, K, A, R, I, E, J) live there. This menu lists those very
actions, :attr:`~ui.record_sections.RecordSections.menu_actions`, so they can be found
without knowing the keys: one action each, so the menu, the key and the view always agree
(what is hidden from a keyworker in the view is hidden here too). The menu is enabled only
while her record is the screen showing, and empty otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.person_view import PersonView
from ui.record_sections import RecordSections
from womenscentre.i18n import N_, tr

if TYPE_CHECKING:
    from ui.workspace import Workspace

MENU_TITLE = N_("Her rec&ord")


class RecordMenu(QObject):
    """The "Her record" menu for one window; follows whichever screen is showing."""

    def __init__(
        self,
        window: QMainWindow,
        workspace_of: Callable[[], Workspace | None],
        privacy_on: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(window)
        self._workspace_of = workspace_of
        self._privacy_on = privacy_on
        title = tr(MENU_TITLE)
        self.menu = QMenu(title, window)
        self.menu.setAccessibleName(title.replace("&", ""))
        bar = window.menuBar()
        help_title = tr("&Help")  # the menus are built in the reader's language too
        help_menu = next((a for a in bar.actions() if a.text() == help_title), None)
        if help_menu is None:
            bar.addMenu(self.menu)
        else:
            bar.insertMenu(help_menu, self.menu)
        self.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def sections(self) -> RecordSections | None:
        """Her record's sections, when her record is the screen showing."""
        workspace = self._workspace_of()
        view = workspace.current_view() if workspace is not None else None
        if not isinstance(view, PersonView):
            return None
        found = view.findChildren(RecordSections)
        return found[0] if found else None

    def watch(self, workspace: Workspace) -> None:
        """Follow this (freshly unlocked) workspace's screens."""
        workspace.views.currentChanged.connect(self.refresh)
        # When the workspace goes (lock, or the window closing) the window may be half torn
        # down, so don't ask it anything: just empty the menu.
        workspace.destroyed.connect(self._forget)
        self.refresh()

    @Slot()
    def _forget(self) -> None:
        self.menu.clear()
        self.menu.menuAction().setEnabled(False)

    @property
    def actions(self) -> list[QAction]:
        """What the menu lists now (her record's own actions, or nothing)."""
        return self.menu.actions()

    @Slot()
    def refresh(self) -> None:
        sections = None if self._privacy_on() else self.sections()
        wanted = sections.menu_actions if sections is not None else []
        if self.menu.actions() != wanted:
            self.menu.clear()  # her record's actions stay with her record's view
            self.menu.addActions(wanted)
        self.menu.menuAction().setEnabled(sections is not None)
