"""The one window: set-up, unlock and the workspace, as pages of a ``QStackedWidget``.

The window owns what must outlive an unlock (the task runner, the item models, the clipboard
guard, the auto-lock triggers) and makes what must not (the workspace, its views and editors)
afresh after each unlock. At unlock it applies the centre's settings (idle-lock minutes and
clipboard seconds), asks her to choose her own passphrase first if the core says she must,
then loads the caseload, offers back any unfinished note, and builds the search index in the
background. :meth:`MainWindow.lock_now` carries out design §2's order:

1. save drafts sealed: wait for the job in flight (its result is dropped), then the note
   editor seals what is typed;
2. close the database (``vault.lock()``), after closing any dialog left open;
3. reset every model, so none holds decrypted content (and empty the quick filter);
4. destroy the views and editors;
5. drop the reference to the vault;
6. clear the clipboard if it still holds what the app put there;
7. show the unlock screen again.

The title is always "womenscentre" (plus a training note in demo mode) and never anything
about a woman: it shows in the taskbar and window switcher, on screens other people see.

In training mode (``--demo``) a banner above every page says the data is fictional, and the
window refuses to open a vault that is not flagged as training. Help → Language guide opens
the rules, the practice pad and the handout (:mod:`ui.guide_window`) for anyone.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.autolock import DEFAULT_IDLE_SECONDS, DEFAULT_TICK_MS, AutoLock
from ui.clipboard import ClipboardGuard
from ui.language_choice import LanguageMenu
from ui.menus import PRIVACY_KEYS, build_menus, shortcuts_help
from ui.palette import HighContrastToggle
from ui.privacy import PrivacyPanel
from ui.tasks import TaskRunner
from ui.training import NOT_A_TRAINING_VAULT, training_banner
from ui.unlock import UnlockPage
from ui.widgets import busy_bar
from womenscentre.clock import Clock, SystemClock
from womenscentre.diagnostics import log_unexpected
from womenscentre.i18n import N_, tr
from womenscentre.paths import VaultPaths

# Only the unlock page is imported up front, so the window shows fast (issue #9's cold
# start budget). The workspace, the backups, the managers' tools and the database layer
# under them are imported where they are first needed: at the first unlock, or when a menu
# item opens one of them.
if TYPE_CHECKING:
    from ui.backup_view import BackupDesk
    from ui.context import AppModels
    from ui.first_run import FirstRunPage
    from ui.guide_window import LanguageGuideWindow
    from ui.models.caseload import CaseloadFilter, CaseloadModel, CaseloadRow
    from ui.record_menu import RecordMenu
    from ui.signals import VaultEvents
    from ui.workspace import Workspace
    from womenscentre.domain.settings import CentreSettings
    from womenscentre.services.unlocked import UnlockedVault

APP_TITLE = "womenscentre"
TRAINING_NOTE = N_("Training: fictional data")
#: Show the window's progress bar only for jobs that take longer than this.
BUSY_AFTER_MS = 400
#: What the first unlock builds, imported while its key derivation runs.
WORKSPACE_MODULES = (
    "ui.context",
    "ui.note_editor",
    "ui.workspace",
    "ui.backup_view",
    "ui.record_menu",
    "ui.models.caseload",
)
IMPORT_AFTER_MS = 50
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
RESET_NEEDS_LOCK = N_(
    "Resetting a passphrase with the recovery key needs the vault locked first. "
    "Lock now and carry on?"
)


def window_title(demo: bool) -> str:
    return f"{APP_TITLE} — {tr(TRAINING_NOTE)}" if demo else APP_TITLE


class MainWindow(QMainWindow):
    """The app's only window.

    Signals:
        locked(): the lock sequence has finished and the unlock screen is showing.
    """

    locked = Signal()

    def __init__(
        self,
        paths: VaultPaths,
        *,
        demo: bool = False,
        clock: Clock | None = None,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        tick_ms: int = DEFAULT_TICK_MS,
        watch_session: bool = True,
        lock_on_minimise: bool = True,
        autosave_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._demo = demo
        self._clock = clock or SystemClock()
        self._lock_on_minimise = lock_on_minimise
        self._autosave_ms = autosave_ms
        self._vault: UnlockedVault | None = None
        self._locking = False
        self._before_privacy: QWidget | None = None
        self._caseload_load = 0
        #: Who the search index was built for (id and name), so a reload that changes
        #: neither doesn't rebuild it: notes saved since are added to it as they are saved.
        self._indexed_for: frozenset[tuple[str, str]] | None = None
        self.setWindowTitle(window_title(demo))
        self.setAccessibleName(APP_TITLE)
        self.tasks = TaskRunner(self)
        self.tasks.failed.connect(self._on_tasks_failed)
        self.tasks.busy_changed.connect(self._on_tasks_busy_changed)
        self._vault_events: VaultEvents | None = None
        self.clipboard = ClipboardGuard(self)
        self._models: AppModels | None = None
        self.autolock = AutoLock(
            self._clock, self, idle_seconds=idle_seconds, tick_ms=tick_ms,
            watch_session=watch_session,
        )  # fmt: skip
        self.autolock.lock_requested.connect(self._on_autolock_lock_requested)
        self.pages = QStackedWidget()
        self.pages.setAccessibleName(tr("womenscentre screens"))
        self.training_banner = training_banner()
        self.training_banner.setVisible(demo)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.training_banner)
        self._column = column
        self._backups: BackupDesk | None = None
        column.addWidget(self.pages, stretch=1)
        self.setCentralWidget(central)
        self.language_guide: LanguageGuideWindow | None = None
        self._guide_hidden_for_privacy = False
        self.unlock_page = UnlockPage(paths, self.tasks, clock=self._clock)
        self.unlock_page.unlocked.connect(self._on_unlock_page_unlocked)
        self.unlock_page.restore_requested.connect(self._on_restore_requested)
        self.unlock_page.attempt_started.connect(self._on_unlock_page_attempt_started)
        self.privacy_panel = PrivacyPanel(PRIVACY_KEYS)
        self.pages.addWidget(self.unlock_page)
        self.pages.addWidget(self.privacy_panel)
        self.first_run_page: FirstRunPage | None = None
        self.workspace: Workspace | None = None
        self._build_status_bar()
        self.menu_actions = build_menus(self, self._slots())
        self._record_menu: RecordMenu | None = None
        self.high_contrast = HighContrastToggle(self, paths.settings, paths.logs)
        self.language_menu = LanguageMenu(self, self.high_contrast.menu, paths.settings, paths.logs)
        self.lock_action, self.privacy_action = self.menu_actions.lock, self.menu_actions.privacy
        self.quit_action, self.find_action = self.menu_actions.quit, self.menu_actions.find
        self._set_unlocked_actions(False)
        if paths.database.exists():
            self._show_unlock()
        else:
            self._show_first_run()
        self.resize(1024, 700)

    # -- made when first needed -------------------------------------------------------------
    @property
    def models(self) -> AppModels:
        """The item models, made at the first unlock (or first asked for) and kept after."""
        if self._models is None:
            from ui.context import AppModels

            self._models = AppModels(self)
        return self._models

    @property
    def caseload_model(self) -> CaseloadModel:
        return self.models.caseload_model

    @property
    def caseload(self) -> CaseloadFilter:
        return self.models.caseload

    @property
    def vault_events(self) -> VaultEvents:
        if self._vault_events is None:
            from ui.signals import VaultEvents

            self._vault_events = VaultEvents(self)
            self._vault_events.locked.connect(self._on_vault_events_locked)
        return self._vault_events

    @property
    def backups(self) -> BackupDesk:
        """Backups and restore: made at the first unlock, or when a restore is asked for."""
        if self._backups is None:
            from ui.backup_view import BackupDesk

            self._backups = BackupDesk(self, self.tasks, self._clock, self.paths.logs)
            # The reminder strip sits between the training banner and the screens.
            self._column.insertWidget(self._column.indexOf(self.pages), self._backups.banner)
        return self._backups

    @property
    def record_menu(self) -> RecordMenu:
        """The "Her record" menu: added to the menu bar at the first unlock."""
        if self._record_menu is None:
            from ui.record_menu import RecordMenu

            self._record_menu = RecordMenu(self, lambda: self.workspace, lambda: self.privacy_on)
        return self._record_menu

    @Slot()
    def _on_unlock_page_attempt_started(self) -> None:
        # After the page has painted its progress bar, not before.
        QTimer.singleShot(IMPORT_AFTER_MS, self._import_workspace)

    def _import_workspace(self) -> None:
        """Import the workspace's modules while the worker derives the key, not after.

        Widget modules are imported on this (the GUI) thread; it takes a few tenths of a
        second, once, while the unlock page's progress bar is showing anyway.
        """
        for module in WORKSPACE_MODULES:
            importlib.import_module(module)

    @Slot()
    def _on_restore_requested(self) -> None:
        self.backups.open_restore()

    # -- actions ---------------------------------------------------------------------------
    def _slots(self) -> dict[str, Callable[[], object]]:
        def on_workspace(method: str) -> Callable[[], None]:
            """A slot that calls ``method`` on the workspace, if unlocked and not hidden."""

            def slot() -> None:
                if self.workspace is not None and not self.privacy_on:
                    target: Any = self.workspace
                    for part in method.split("."):
                        target = getattr(target, part)
                    target()

            return slot

        tool = self._manager_tool
        return {
            "lock": self.lock_now,
            "privacy": lambda: self.set_privacy(not self.privacy_on),
            "quit": self.close,
            "shortcuts": lambda: messages.information(self, shortcuts_help()),
            "language_guide": self.open_language_guide,
            "find": on_workspace("focus_filter"),
            "search": on_workspace("open_search"),
            "back": on_workspace("back"),
            "add_person": on_workspace("records.add_person"),
            "open_reference": on_workspace("records.open_reference"),
            "users": on_workspace("manager.show_users"),
            "settings": on_workspace("manager.edit_settings"),
            "recovery_key": on_workspace("manager.new_recovery_key"),
            "change_passphrase": on_workspace("manager.change_passphrase"),
            "back_up": lambda: self.backups.back_up_now(),
            "restore": lambda: self.backups.open_restore(),
            **{name: tool(module, opener) for name, (module, opener) in MANAGER_TOOLS.items()},
        }

    def _manager_tool(self, module: str, opener: str) -> Callable[[], None]:
        """A slot calling ``module.opener(workspace)``; the tool is imported when first opened."""

        def slot() -> None:
            manager = self._vault is not None and self._vault.user.is_manager
            if self.workspace is not None and not self.privacy_on and manager:
                getattr(importlib.import_module(module), opener)(self.workspace)

        return slot

    def _set_unlocked_actions(self, unlocked: bool, *, working: bool | None = None) -> None:
        working = unlocked if working is None else working
        self.menu_actions.lock.setEnabled(unlocked)
        self.menu_actions.change_passphrase.setEnabled(working)
        for action in self.menu_actions.work():
            action.setEnabled(working)
        manager = self._vault is not None and self._vault.user.is_manager
        for action in self.menu_actions.managing():
            action.setEnabled(working and manager)
        if self.menu_actions.centre_menu is not None:
            self.menu_actions.centre_menu.menuAction().setVisible(manager or not unlocked)
        self.menu_actions.restore.setEnabled((working and manager) or not unlocked)

    def _build_status_bar(self) -> None:
        self.busy = busy_bar(tr("Working on it"))
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().setAccessibleName(tr("Status"))
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(self.tasks.busy))

    @Slot(bool)
    def _on_tasks_busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.setVisible(False)

    # -- pages -----------------------------------------------------------------------------
    @property
    def vault(self) -> UnlockedVault | None:
        return self._vault

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def _show_first_run(self) -> None:
        from ui.first_run import FirstRunPage

        page = FirstRunPage(self.paths, self.tasks, clock=self._clock, training=self._demo)
        page.finished.connect(self._on_first_run_page_finished)
        page.restore_requested.connect(self._on_restore_requested)
        self.first_run_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        page.name_edit.setFocus()

    def _show_unlock(self) -> None:
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.focus_first_empty()

    def show_unlock_after_restore(self) -> None:
        """A backup was restored: leave set-up if it was showing, and ask who is here."""
        page, self.first_run_page = self.first_run_page, None
        if page is not None:
            page.discard()
            self.pages.removeWidget(page)
            page.deleteLater()
        self._set_unlocked_actions(False)
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.show_locked()

    @Slot(object)
    def _on_first_run_page_finished(self, vault: UnlockedVault) -> None:
        page, self.first_run_page = self.first_run_page, None
        if page is not None:
            self.pages.removeWidget(page)
            page.deleteLater()
        self._enter(vault)

    @Slot(object)
    def _on_unlock_page_unlocked(self, vault: UnlockedVault) -> None:
        self._enter(vault)

    def _enter(self, vault: UnlockedVault) -> None:
        """Open the workspace for a freshly unlocked vault and start watching for idleness."""
        if self._demo and not vault.is_training_vault:
            # Training mode must never show real records: close it again at once.
            try:
                vault.lock()
            except Exception as exc:  # it is dropped either way; the log says why
                log_unexpected(exc, self.paths.logs)
            messages.warning(self, tr(NOT_A_TRAINING_VAULT))
            self.pages.setCurrentWidget(self.unlock_page)
            self.unlock_page.show_locked()
            return
        from ui.context import Desk
        from ui.note_editor import DEFAULT_AUTOSAVE_MS
        from ui.workspace import Workspace

        self._vault = vault
        self.vault_events.attach(vault)
        backups = self.backups  # made now, so closing while unlocked backs up first
        self.training_banner.setVisible(self._demo or vault.is_training_vault)
        autosave_ms = DEFAULT_AUTOSAVE_MS if self._autosave_ms is None else self._autosave_ms
        desk = Desk(
            vault, self.tasks, self.models, self.clipboard, self._clock, autosave_ms,
            self.paths.logs,
        )  # fmt: skip
        # The window's banner says "training" on every page, so the workspace needn't.
        workspace = Workspace(desk, training=False)
        workspace.caseload_changed.connect(self._on_workspace_caseload_changed)
        workspace.settings_changed.connect(self.apply_settings)
        workspace.settings_changed.connect(lambda _s: backups.attach(vault))
        workspace.reset_requested.connect(self._on_workspace_reset_requested)
        workspace.lock_requested.connect(self.lock_now)
        workspace.ready.connect(self._start_work)
        self.workspace = workspace
        self.record_menu.watch(workspace)
        self.pages.addWidget(workspace)
        self.pages.setCurrentWidget(workspace)
        self.apply_settings(self._read_settings(vault))
        self.autolock.arm()
        if vault.must_change_passphrase:
            self._set_unlocked_actions(True, working=False)
            workspace.manager.change_passphrase(forced=True)
        else:
            self._start_work()

    def _read_settings(self, vault: UnlockedVault) -> CentreSettings:
        """The centre's settings: one small sealed record, read as the workspace opens."""
        try:
            return vault.settings.get()
        except Exception as exc:  # the safe defaults apply; the log says why
            from womenscentre.domain.settings import CentreSettings

            log_unexpected(exc, self.paths.logs)
            return CentreSettings()

    @Slot(object)
    def apply_settings(self, settings: CentreSettings) -> None:
        """Use the centre's idle-lock and clipboard times, and its guidance choices, from now on."""
        from ui.guidance_session import GuideChoices, set_choices

        set_choices(
            GuideChoices.for_centre(
                settings.disabled_rules,
                settings.allowed_phrases,
                self.paths.local_language,
                enabled=settings.enabled_rules,
            )
        )
        self.autolock.idle_seconds = settings.idle_lock_minutes * 60
        self.clipboard.set_clear_after_seconds(settings.clipboard_clear_seconds)
        if self.workspace is not None:
            self.workspace.set_organisation(settings.organisation_name)

    @Slot()
    def _start_work(self) -> None:
        self._set_unlocked_actions(True)
        if self.workspace is not None:
            self.workspace.table.setFocus()
        self.reload_caseload(first=True)
        if self._vault is not None:
            self.backups.attach(self._vault)

    def reload_caseload(self, *, first: bool = False) -> None:
        """Open the caseload rows on the worker; only the newest load's rows are shown."""
        from ui.models.caseload import load_caseload

        vault, workspace = self._vault, self.workspace
        if vault is None or workspace is None:
            return
        workspace.set_loading(True)
        self._caseload_load += 1
        load = self._caseload_load
        self.tasks.run(
            lambda: load_caseload(vault), lambda rows: self._on_caseload_loaded(load, rows, first)
        )

    def _on_caseload_loaded(self, load: int, rows: list[CaseloadRow], first: bool) -> None:
        if self._vault is None or self.workspace is None or load != self._caseload_load:
            return  # locked since, or a newer load is on its way
        self.caseload_model.set_rows(rows)
        self.workspace.set_loading(False)
        if first:  # unfinished notes first, then the search index in the background
            self.workspace.records.offer_drafts({r.person_id: r.preferred_name for r in rows})
        listed = frozenset((r.person_id, r.preferred_name) for r in rows)
        changed = listed != self._indexed_for
        if first or (self.workspace.search_ready and changed):
            self._indexed_for = listed
            self.workspace.build_search_index()

    @Slot()
    def _on_workspace_caseload_changed(self) -> None:
        self.reload_caseload()

    @Slot()
    def _on_workspace_reset_requested(self) -> None:
        if messages.question(
            self, tr(RESET_NEEDS_LOCK), yes=tr("Lock and carry on"), no=tr("Not now")
        ):
            self.lock_now()
            self.unlock_page.open_reset()

    @Slot(object)
    def _on_tasks_failed(self, exc: BaseException) -> None:
        if self.workspace is not None:
            self.workspace.set_loading(False)
        messages.show_error(self, exc, self.paths.logs)

    # -- the language guide ------------------------------------------------------------------
    def open_language_guide(self) -> None:
        """Show the language guide, making it the first time; anyone may open it."""
        if self.privacy_on:
            return
        from ui.guidance_session import load_guide

        guide = load_guide()  # the centre's rules once unlocked, the built-in ones before
        if self.language_guide is not None and self.language_guide.guide is not guide:
            self.language_guide.close()
            self.language_guide.deleteLater()
            self.language_guide = None
        if self.language_guide is None:
            from ui.guide_window import LanguageGuideWindow

            self.language_guide = LanguageGuideWindow(guide, clipboard=self.clipboard, parent=self)
            self.language_guide.setWindowFlag(Qt.WindowType.Window, True)
        self.language_guide.show()
        self.language_guide.raise_()
        self.language_guide.activateWindow()

    # -- the privacy screen ----------------------------------------------------------------
    @property
    def privacy_on(self) -> bool:
        return self.pages.currentWidget() is self.privacy_panel

    def set_privacy(self, on: bool) -> None:
        """Hide everything at once, or bring it back; nothing is locked or closed."""
        if on != self.privacy_on:
            if on:
                self._before_privacy = self.pages.currentWidget()
                self.pages.setCurrentWidget(self.privacy_panel)
                self.privacy_panel.setFocus()
                guide = self.language_guide
                self._guide_hidden_for_privacy = guide is not None and guide.isVisible()
                if guide is not None:
                    guide.hide()  # its own window: hide it too, pad and all
            else:
                if self._guide_hidden_for_privacy and self.language_guide is not None:
                    self.language_guide.show()
                self._guide_hidden_for_privacy = False
                back = self._before_privacy
                self._before_privacy = None
                if back is None or self.pages.indexOf(back) < 0:
                    back = self.unlock_page
                self.pages.setCurrentWidget(back)
                back.setFocus()
        self.privacy_action.setChecked(on)

    # -- locking ---------------------------------------------------------------------------
    @Slot(str)
    def _on_autolock_lock_requested(self, reason: str) -> None:
        self.lock_now()

    @Slot(object)
    def _on_vault_events_locked(self, vault: UnlockedVault) -> None:
        # The core locked the vault itself: follow it, unless this is our own lock_now.
        if vault is self._vault and not self._locking:
            self.lock_now()

    def lock_now(self) -> None:
        """Lock in design §2's order, leaving no decrypted content in any widget or model."""
        if self._vault is None or self._locking:
            return
        self._locking = True
        try:
            # 1. Drafts: the job in flight finishes (its result is thrown away), then the
            #    note editor seals what is typed, on this thread, while the worker is idle.
            self.tasks.drain()
            if self.workspace is not None:
                self.workspace.flush_drafts()
            # 2. Close any dialog over the window, then the database.
            self._close_dialogs()
            try:
                self._vault.lock()
            except Exception as exc:  # the vault must still be dropped below
                log_unexpected(exc, self.paths.logs)
            # 3. Reset every model; the guidance goes back to the built-in rules.
            self.models.clear_all()
            from ui.guidance_session import DEFAULT_CHOICES, set_choices

            set_choices(DEFAULT_CHOICES)
            # 4. Destroy views and editors.
            self._destroy_workspace()
            # 5. Drop the vault.
            self._vault = None
            # 6. Take back anything the app put on the clipboard.
            self.clipboard.clear_if_ours()
            # 7. Back to the unlock screen.
            self.autolock.disarm()
            self._set_unlocked_actions(False)
            self._before_privacy = None
            self._guide_hidden_for_privacy = False
            self.privacy_action.setChecked(False)
            self.training_banner.setVisible(self._demo)
            self.pages.setCurrentWidget(self.unlock_page)
            self.unlock_page.show_locked()
        finally:
            self._locking = False
        self.locked.emit()

    def _close_dialogs(self) -> None:
        """Close any dialog left open over the window: it may show a woman's details.

        ``done`` rather than ``reject``, so no dialog can ask a question on the way out.
        """
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)

    def _destroy_workspace(self) -> None:
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        workspace.wipe()
        self.pages.removeWidget(workspace)
        workspace.hide()
        workspace.deleteLater()

    def shutdown(self) -> None:
        """Lock and let go of everything; safe to call more than once."""
        self.lock_now()
        if self.first_run_page is not None:
            self.first_run_page.discard()
        self.tasks.shutdown()
        self.clipboard.clear_if_ours()

    # -- Qt overrides ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # The automatic backup runs first, then closes again (the desk exists once unlocked).
        if self._backups is not None and self._backups.hold_close():
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self._lock_on_minimise
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            self.lock_now()
