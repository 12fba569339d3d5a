"""The one window: set-up, unlock and the caseload, as pages of a ``QStackedWidget``.

The window owns what must outlive an unlock (the task runner, the item models, the
clipboard guard, the auto-lock triggers) and makes what must not (the workspace and its
views) afresh after each unlock. :meth:`MainWindow.lock_now` carries out design §2's order:

1. save drafts sealed (there is no draft editor yet; it will hook in here);
2. close the database: wait for a job in flight and drop its result, then ``vault.lock()``;
3. reset every model, so none holds decrypted content (and empty the quick filter);
4. destroy the views and editors;
5. drop the reference to the vault;
6. clear the clipboard if it still holds what the app put there;
7. show the unlock screen again.

The title is always "womenscentre" (plus a training note in demo mode) and never anything
about a woman: it shows in the taskbar and window switcher, on screens other people see.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from ui import messages
from ui.autolock import DEFAULT_IDLE_SECONDS, DEFAULT_TICK_MS, AutoLock
from ui.caseload_view import Workspace
from ui.clipboard import ClipboardGuard
from ui.first_run import FirstRunPage
from ui.models.caseload import CaseloadFilter, CaseloadModel, CaseloadRow, load_caseload
from ui.privacy import PrivacyPanel
from ui.signals import VaultEvents
from ui.tasks import TaskRunner
from ui.unlock import UnlockPage
from womenscentre.clock import Clock, SystemClock
from womenscentre.diagnostics import log_unexpected
from womenscentre.paths import VaultPaths
from womenscentre.services.unlocked import UnlockedVault

APP_TITLE = "womenscentre"
TRAINING_SUFFIX = " — Training: fictional data"

LOCK_KEYS = QKeySequence("Ctrl+L")
#: One documented key for the privacy screen; F-keys need an Fn key on many laptops.
PRIVACY_KEYS = QKeySequence("Ctrl+Shift+H")
QUIT_KEYS = QKeySequence("Ctrl+Q")
FIND_KEYS = QKeySequence("Ctrl+F")


def window_title(demo: bool) -> str:
    return APP_TITLE + (TRAINING_SUFFIX if demo else "")


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self._demo = demo
        self._clock = clock or SystemClock()
        self._lock_on_minimise = lock_on_minimise
        self._vault: UnlockedVault | None = None
        self._locking = False
        self._before_privacy: QWidget | None = None
        self._caseload_load = 0
        self.setWindowTitle(window_title(demo))
        self.setAccessibleName(APP_TITLE)
        self.tasks = TaskRunner(self)
        self.tasks.failed.connect(self._on_tasks_failed)
        self.vault_events = VaultEvents(self)
        self.vault_events.locked.connect(self._on_vault_events_locked)
        self.clipboard = ClipboardGuard(self)
        self.caseload_model = CaseloadModel(self)
        self.caseload = CaseloadFilter(self.caseload_model, self)
        self.autolock = AutoLock(
            self._clock, self, idle_seconds=idle_seconds, tick_ms=tick_ms,
            watch_session=watch_session,
        )  # fmt: skip
        self.autolock.lock_requested.connect(self._on_autolock_lock_requested)
        self.pages = QStackedWidget()
        self.pages.setAccessibleName("womenscentre screens")
        self.setCentralWidget(self.pages)
        self.unlock_page = UnlockPage(paths, self.tasks, clock=self._clock)
        self.unlock_page.unlocked.connect(self._on_unlock_page_unlocked)
        self.privacy_panel = PrivacyPanel(PRIVACY_KEYS)
        self.pages.addWidget(self.unlock_page)
        self.pages.addWidget(self.privacy_panel)
        self.first_run_page: FirstRunPage | None = None
        self.workspace: Workspace | None = None
        self._build_actions()
        if paths.database.exists():
            self._show_unlock()
        else:
            self._show_first_run()
        self.resize(960, 640)

    # -- actions ---------------------------------------------------------------------------
    def _action(self, text: str, keys: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setToolTip(f"{text.replace('&', '')} ({keys.toString()})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.lock_action = self._action("&Lock now", LOCK_KEYS, self._on_lock_action_triggered)
        self.privacy_action = self._action(
            "&Privacy screen", PRIVACY_KEYS, self._on_privacy_action_triggered
        )
        self.privacy_action.setCheckable(True)
        self.quit_action = self._action("&Quit", QUIT_KEYS, self.close)
        self.find_action = self._action(
            "&Find in caseload", FIND_KEYS, self._on_find_action_triggered
        )
        menu_bar = self.menuBar()
        menu_bar.setAccessibleName("Menu bar")
        vault_menu = menu_bar.addMenu("&Vault")
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.privacy_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        caseload_menu = menu_bar.addMenu("&Caseload")
        caseload_menu.addAction(self.find_action)
        self._set_unlocked_actions(False)

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        self.lock_action.setEnabled(unlocked)
        self.find_action.setEnabled(unlocked)

    # -- pages -----------------------------------------------------------------------------
    @property
    def vault(self) -> UnlockedVault | None:
        return self._vault

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def _show_first_run(self) -> None:
        page = FirstRunPage(self.paths, self.tasks, clock=self._clock, training=self._demo)
        page.finished.connect(self._on_first_run_page_finished)
        self.first_run_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        page.name_edit.setFocus()

    def _show_unlock(self) -> None:
        self.pages.setCurrentWidget(self.unlock_page)
        self.unlock_page.focus_first_empty()

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
        self._vault = vault
        self.vault_events.attach(vault)
        training = self._demo or vault.is_training_vault
        self.workspace = Workspace(vault.user, self.caseload, training=training)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self._set_unlocked_actions(True)
        self.autolock.arm()
        self.workspace.table.setFocus()
        self.reload_caseload()

    def reload_caseload(self) -> None:
        """Open the caseload rows on the worker; only the newest load's rows are shown."""
        vault, workspace = self._vault, self.workspace
        if vault is None or workspace is None:
            return
        workspace.set_loading(True)
        self._caseload_load += 1
        load = self._caseload_load
        self.tasks.run(
            lambda: load_caseload(vault), lambda rows: self._on_caseload_loaded(load, rows)
        )

    def _on_caseload_loaded(self, load: int, rows: list[CaseloadRow]) -> None:
        if self._vault is None or load != self._caseload_load:
            return  # locked since, or a newer load is on its way
        self.caseload_model.set_rows(rows)
        if self.workspace is not None:
            self.workspace.set_loading(False)

    @Slot(object)
    def _on_tasks_failed(self, exc: BaseException) -> None:
        if self.workspace is not None:
            self.workspace.set_loading(False)
        messages.show_error(self, exc, self.paths.logs)

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
            else:
                back = self._before_privacy
                self._before_privacy = None
                if back is None or self.pages.indexOf(back) < 0:
                    back = self.unlock_page
                self.pages.setCurrentWidget(back)
                back.setFocus()
        self.privacy_action.setChecked(on)

    @Slot()
    def _on_privacy_action_triggered(self) -> None:
        self.set_privacy(not self.privacy_on)

    @Slot()
    def _on_find_action_triggered(self) -> None:
        if self.workspace is not None:
            self.set_privacy(False)
            self.workspace.focus_filter()

    # -- locking ---------------------------------------------------------------------------
    @Slot()
    def _on_lock_action_triggered(self) -> None:
        self.lock_now()

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
            self._close_dialogs()
            # 1. Drafts: none yet. The note editor will save its sealed draft here.
            # 2. Close the database, after the job in flight (its result is thrown away).
            self.tasks.drain()
            try:
                self._vault.lock()
            except Exception as exc:  # the vault must still be dropped below
                log_unexpected(exc, self.paths.logs)
            # 3. Reset every model.
            self.caseload.set_quick_filter("")
            self.caseload_model.clear()
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
            self.privacy_action.setChecked(False)
            self.pages.setCurrentWidget(self.unlock_page)
            self.unlock_page.show_locked()
        finally:
            self._locking = False
        self.locked.emit()

    def _close_dialogs(self) -> None:
        """Close any dialog left open over the window: it may show a woman's details."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def _destroy_workspace(self) -> None:
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        workspace.filter_edit.clear()
        workspace.table.setModel(None)
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
