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

The unlock form is drawn first; the menus, status bar, privacy screen and lock watchers
follow on the next turn of the event loop (:mod:`ui.window_chrome`), and the app's crypto
self-test waits for the same moment (``first_drawn``).

The title is always "womenscentre" (plus a training note in demo mode) and never anything
about a woman: it shows in the taskbar and window switcher, on screens other people see.

In training mode (``--demo``) a banner above every page says the data is fictional, and the
window refuses to open a vault that is not flagged as training. Help → Language guide opens
the rules, the practice pad and the handout (:mod:`ui.guide_window`) for anyone.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.palette import apply_saved_choice
from ui.tasks import TaskRunner
from ui.unlock import UnlockPage
from ui.window_chrome import MADE_AFTER_FIRST_DRAW, make_chrome, set_unlocked_actions
from womenscentre.clock import Clock, SystemClock
from womenscentre.diagnostics import log_unexpected
from womenscentre.i18n import N_, tr
from womenscentre.paths import VaultPaths

# Only the unlock page is imported up front, so the window shows fast (issue #9's cold
# start budget). The window's menus, status bar, privacy screen and watchers come just
# after it is first drawn (:meth:`MainWindow._make_chrome`). The workspace, the backups,
# the managers' tools and the database layer under them are imported where they are first
# needed: at the first unlock, or when a menu item opens one of them.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from ui.backup_view import BackupDesk
    from ui.context import AppModels
    from ui.first_run import FirstRunPage
    from ui.guide_window import LanguageGuideWindow
    from ui.models.caseload import CaseloadFilter, CaseloadModel, CaseloadRow
    from ui.record_menu import RecordMenu
    from ui.signals import VaultEvents
    from ui.training import TrainingBanner
    from ui.workspace import Workspace
    from womenscentre.domain.settings import CentreSettings
    from womenscentre.services.unlocked import UnlockedVault

APP_TITLE = "womenscentre"
TRAINING_NOTE = N_("Training: fictional data")
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
#: If the window isn't drawn (started minimised, say), what waits for its first draw (the
#: menus, the watchers, the app's crypto self-test) goes ahead after this long anyway.
FIRST_DRAW_AT_THE_LATEST_MS = 500
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
        first_drawn(): the window has been drawn for the first time, and its menus made;
            the app runs its crypto self-test then.
    """

    locked = Signal()
    first_drawn = Signal()

    def __init__(
        self,
        paths: VaultPaths,
        *,
        demo: bool = False,
        clock: Clock | None = None,
        idle_seconds: float | None = None,
        tick_ms: int | None = None,
        watch_session: bool = True,
        lock_on_minimise: bool = True,
        autosave_ms: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._chrome_made = False
        self._painted = False
        self._first_drawn_done = False
        self.paths = paths
        self._demo = demo
        self._clock = clock or SystemClock()
        self._lock_on_minimise = lock_on_minimise
        self._autosave_ms = autosave_ms
        self._autolock_options = (idle_seconds, tick_ms, watch_session)
        self._vault: UnlockedVault | None = None
        self._locking = False
        self._before_privacy: QWidget | None = None
        self._caseload_load = 0
        #: Who the search index was built for (id and name), so a reload that changes
        #: neither doesn't rebuild it: notes saved since are added to it as they are saved.
        self._indexed_for: frozenset[tuple[str, str]] | None = None
        self.setWindowTitle(window_title(demo))
        self.setAccessibleName(APP_TITLE)
        apply_saved_choice(paths.settings)  # before anything is drawn, so no flash
        self.tasks = TaskRunner(self)
        self.tasks.failed.connect(self._on_tasks_failed)
        self.tasks.busy_changed.connect(self._on_tasks_busy_changed)
        self._vault_events: VaultEvents | None = None
        self._models: AppModels | None = None
        self.pages = QStackedWidget()
        self.pages.setAccessibleName(tr("womenscentre screens"))
        self._training_banner: TrainingBanner | None = None
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self._column = column
        self._backups: BackupDesk | None = None
        column.addWidget(self.pages, stretch=1)
        self.setCentralWidget(central)
        if demo:
            self.training_banner.setVisible(True)
        self.language_guide: LanguageGuideWindow | None = None
        self._guide_hidden_for_privacy = False
        self.unlock_page = UnlockPage(paths, self.tasks, clock=self._clock)
        self.unlock_page.unlocked.connect(self._on_unlock_page_unlocked)
        self.unlock_page.restore_requested.connect(self._on_restore_requested)
        self.unlock_page.attempt_started.connect(self._on_unlock_page_attempt_started)
        self.pages.addWidget(self.unlock_page)
        self.first_run_page: FirstRunPage | None = None
        self.workspace: Workspace | None = None
        self._record_menu: RecordMenu | None = None
        if paths.database.exists():
            self._show_unlock()
        else:
            self._show_first_run()
        self.resize(1024, 700)
        QTimer.singleShot(FIRST_DRAW_AT_THE_LATEST_MS, self._on_first_drawn)

    # -- made just after the first draw ------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        """Make the window's chrome now if one of its parts is asked for before it exists.

        Python calls this only for a name it hasn't found, so once the chrome is made it
        costs nothing.
        """
        if name in MADE_AFTER_FIRST_DRAW and not self.__dict__.get("_chrome_made", True):
            self._make_chrome()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _make_chrome(self) -> None:
        """The menus, status bar, privacy screen and watchers (:mod:`ui.window_chrome`)."""
        if self._chrome_made:
            return
        self._chrome_made = True
        idle_seconds, tick_ms, watch_session = self._autolock_options
        make_chrome(self, idle_seconds=idle_seconds, tick_ms=tick_ms, watch_session=watch_session)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._on_first_drawn)  # once this paint is on screen

    @Slot()
    def _on_first_drawn(self) -> None:
        if self._first_drawn_done:
            return
        self._first_drawn_done = True
        self._make_chrome()
        self.first_drawn.emit()

    @property
    def training_banner(self) -> TrainingBanner:
        """The training banner above every page: made when first shown (training only)."""
        if self._training_banner is None:
            from ui.training import TrainingBanner

            self._training_banner = TrainingBanner()
            self._column.insertWidget(0, self._training_banner)
        return self._training_banner

    def _show_training_banner(self, visible: bool) -> None:
        if visible or self._training_banner is not None:
            self.training_banner.setVisible(visible)

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
    def _set_unlocked_actions(self, unlocked: bool, *, working: bool | None = None) -> None:
        set_unlocked_actions(self, unlocked, working=working)

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

    @property
    def clock(self) -> Clock:
        return self._clock

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
            from ui.training import NOT_A_TRAINING_VAULT

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
        self._show_training_banner(self._demo or vault.is_training_vault)
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
            from PySide6.QtCore import Qt

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
    def on_autolock_lock_requested(self, reason: str) -> None:
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
            self._show_training_banner(self._demo)
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
        if event.type() == QEvent.Type.WindowStateChange and self._lock_on_minimise:
            from PySide6.QtCore import Qt

            if self.windowState() & Qt.WindowState.WindowMinimized:
                self.lock_now()
