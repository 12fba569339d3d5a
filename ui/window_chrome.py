"""The main window's chrome: its menus, status bar, privacy screen and watchers.

They are made on the turn after the window is first drawn (:meth:`ui.main_window.MainWindow
._on_first_drawn`), not before, so the unlock form is on screen without waiting for them:
their modules, their Qt classes and Qt's own namespace of enums (about 20 ms on its own)
cost more than drawing the form. The menu bar arrives a few tens of milliseconds later, under
two frames. Anything that asks for one of these parts sooner gets it made there and then
(``MainWindow.__getattr__``), so no caller has to know. The high-contrast palette, if chosen,
is applied before the first draw, so nobody who needs it sees a flash of the other palette.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from ui import messages
from womenscentre.i18n import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: What :func:`make_chrome` sets on the window; asking for any of them first makes them all.
MADE_AFTER_FIRST_DRAW = frozenset(
    {
        "clipboard",
        "autolock",
        "privacy_panel",
        "busy",
        "_busy_timer",
        "menu_actions",
        "high_contrast",
        "language_menu",
        "lock_action",
        "privacy_action",
        "quit_action",
        "find_action",
    }
)
#: Show the window's progress bar only for jobs that take longer than this.
BUSY_AFTER_MS = 400
#: The managers' tools by menu slot: (module, function taking the workspace), each imported
#: the first time it is opened.
MANAGER_TOOLS = {
    "import_spreadsheet": ("ui.import_wizard", "open_import_wizard"),
    "retention_review": ("ui.retention_view", "open_retention_review"),
    "centre_language": ("ui.guidance_settings", "open_centre_language_over"),
    "sharing_settings": ("ui.sharing_settings", "open_sharing_settings_over"),
    "directory": ("ui.directory_editor", "open_directory_editor_over"),
    "dashboard": ("ui.dashboard_view", "open_dashboard"),
    "funder_report": ("ui.funder_report_dialog", "open_funder_report"),
}


def make_chrome(
    window: MainWindow,
    *,
    idle_seconds: float | None,
    tick_ms: int | None,
    watch_session: bool,
) -> None:
    """Give ``window`` its clipboard guard, lock watchers, privacy screen, status bar and menus."""
    from ui.autolock import AutoLock
    from ui.clipboard import ClipboardGuard
    from ui.language_choice import LanguageMenu
    from ui.menus import PRIVACY_KEYS, build_menus
    from ui.palette import HighContrastToggle
    from ui.privacy import PrivacyPanel

    window.clipboard = ClipboardGuard(window)
    timing = {"idle_seconds": idle_seconds, "tick_ms": tick_ms}
    window.autolock = AutoLock(
        window.clock,
        window,
        watch_session=watch_session,
        **{name: value for name, value in timing.items() if value is not None},
    )
    window.autolock.lock_requested.connect(window.on_autolock_lock_requested)
    window.privacy_panel = PrivacyPanel(PRIVACY_KEYS)
    window.pages.addWidget(window.privacy_panel)
    _build_status_bar(window)
    actions = build_menus(window, _slots(window))
    window.menu_actions = actions
    paths = window.paths
    window.high_contrast = HighContrastToggle(window, paths.settings, paths.logs)
    window.language_menu = LanguageMenu(
        window, window.high_contrast.menu, paths.settings, paths.logs
    )
    window.lock_action, window.privacy_action = actions.lock, actions.privacy
    window.quit_action, window.find_action = actions.quit, actions.find
    set_unlocked_actions(window, window.vault is not None)


def set_unlocked_actions(
    window: MainWindow, unlocked: bool, *, working: bool | None = None
) -> None:
    """Enable what the person at the keyboard may use now: locked, unlocked, or a manager."""
    actions = window.menu_actions
    working = unlocked if working is None else working
    actions.lock.setEnabled(unlocked)
    actions.change_passphrase.setEnabled(working)
    for action in actions.work():
        action.setEnabled(working)
    manager = window.vault is not None and window.vault.user.is_manager
    for action in actions.managing():
        action.setEnabled(working and manager)
    if actions.centre_menu is not None:
        actions.centre_menu.menuAction().setVisible(manager or not unlocked)
    actions.restore.setEnabled((working and manager) or not unlocked)


def _build_status_bar(window: MainWindow) -> None:
    from ui.widgets import busy_bar

    window.busy = busy_bar(tr("Working on it"))
    window.busy.setMaximumWidth(window.fontMetrics().averageCharWidth() * 16)
    window.statusBar().addPermanentWidget(window.busy)
    window.statusBar().setAccessibleName(tr("Status"))
    timer = QTimer(window)
    timer.setSingleShot(True)
    timer.setInterval(BUSY_AFTER_MS)
    timer.timeout.connect(lambda: window.busy.setVisible(window.tasks.busy))
    window._busy_timer = timer


def _slots(window: MainWindow) -> dict[str, Callable[[], object]]:
    """What each menu item does, by its name in :func:`ui.menus.build_menus`."""

    def on_workspace(method: str) -> Callable[[], None]:
        """A slot that calls ``method`` on the workspace, if unlocked and not hidden."""

        def slot() -> None:
            if window.workspace is not None and not window.privacy_on:
                target: Any = window.workspace
                for part in method.split("."):
                    target = getattr(target, part)
                target()

        return slot

    return {
        "lock": window.lock_now,
        "privacy": lambda: window.set_privacy(not window.privacy_on),
        "quit": window.close,
        "shortcuts": lambda: _show_shortcuts(window),
        "language_guide": window.open_language_guide,
        "find": on_workspace("focus_filter"),
        "search": on_workspace("open_search"),
        "back": on_workspace("back"),
        "add_person": on_workspace("records.add_person"),
        "open_reference": on_workspace("records.open_reference"),
        "users": on_workspace("manager.show_users"),
        "settings": on_workspace("manager.edit_settings"),
        "recovery_key": on_workspace("manager.new_recovery_key"),
        "change_passphrase": on_workspace("manager.change_passphrase"),
        "back_up": lambda: window.backups.back_up_now(),
        "restore": lambda: window.backups.open_restore(),
        **{
            name: _manager_tool(window, module, opener)
            for name, (module, opener) in MANAGER_TOOLS.items()
        },
    }


def _show_shortcuts(window: MainWindow) -> None:
    from ui.menus import shortcuts_help

    messages.information(window, shortcuts_help())


def _manager_tool(window: MainWindow, module: str, opener: str) -> Callable[[], None]:
    """A slot calling ``module.opener(workspace)``; the tool is imported when first opened."""

    def slot() -> None:
        vault = window.vault
        manager = vault is not None and vault.user.is_manager
        if window.workspace is not None and not window.privacy_on and manager:
            getattr(importlib.import_module(module), opener)(window.workspace)

    return slot
