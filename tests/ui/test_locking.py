"""Locking, by hand and by itself: nothing decrypted is left in any model or widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.autolock import DEFAULT_IDLE_SECONDS
from ui.main_window import MainWindow
from ui.unlock import LOCKED_NOTE
from womenscentre.clock import ManualClock
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import unlock

CTRL = Qt.KeyboardModifier.ControlModifier


def assert_locked(window: MainWindow, vault: object) -> None:
    assert vault.is_locked  # type: ignore[attr-defined]
    assert window.vault is None
    assert window.caseload_model.rowCount() == 0
    assert window.caseload.rowCount() == 0
    assert window.workspace is None
    assert window.current_page() is window.unlock_page
    assert not window.autolock.armed


@pytest.fixture
def unlocked(seeded: object, open_window: object, drive: object) -> MainWindow:
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    assert window.caseload_model.rowCount() > 0
    return window


def test_ctrl_l_locks_and_empties_every_model(
    qtbot: QtBot, unlocked: MainWindow, drive: object
) -> None:
    """Ctrl+L: the vault locks, the models are empty, the views are gone, unlock shows."""
    window, vault = unlocked, unlocked.vault
    workspace = window.workspace
    qtbot.keyClicks(workspace.filter_edit, "Ros")
    with qtbot.waitSignal(window.locked):
        drive.press(window, Qt.Key.Key_L, CTRL)  # type: ignore[attr-defined]
    assert_locked(window, vault)
    assert window.caseload_model.quick_filter == ""
    qtbot.waitUntil(lambda: not window.findChildren(type(workspace)))  # destroyed
    page = window.unlock_page
    assert page.name_edit.text() == drive.keyworker  # type: ignore[attr-defined]
    assert page.passphrase_edit.text() == ""
    assert page.locked_note.text() == LOCKED_NOTE
    assert not window.lock_action.isEnabled()
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]


def test_idle_lock_through_the_injected_clock(
    qtbot: QtBot, unlocked: MainWindow, clock: ManualClock
) -> None:
    """Five quiet minutes on the test clock, one tick of the timer, and it is locked."""
    vault = unlocked.vault
    clock.advance(DEFAULT_IDLE_SECONDS - 1)
    qtbot.wait(100)
    assert not vault.is_locked
    clock.advance(2)
    qtbot.waitUntil(lambda: vault.is_locked)
    assert_locked(unlocked, vault)


def test_activity_postpones_the_idle_lock(
    qtbot: QtBot, unlocked: MainWindow, clock: ManualClock
) -> None:
    """A key press before the deadline starts the five minutes again."""
    _a_key_press_postpones_the_lock(qtbot, unlocked, clock)


def _a_key_press_postpones_the_lock(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    vault = window.vault
    clock.advance(DEFAULT_IDLE_SECONDS - 60)
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_Down)
    clock.advance(120)
    qtbot.wait(100)
    assert not vault.is_locked
    clock.advance(DEFAULT_IDLE_SECONDS)
    qtbot.waitUntil(lambda: vault.is_locked)


def test_activity_still_counts_after_locking_and_unlocking_again(
    qtbot: QtBot, unlocked: MainWindow, clock: ManualClock, drive: object
) -> None:
    """The activity watch is removed while locked and must come back with the next unlock."""
    with qtbot.waitSignal(unlocked.locked):
        unlocked.lock_now()
    drive.unlock_to_caseload(unlocked)  # type: ignore[attr-defined]
    _a_key_press_postpones_the_lock(qtbot, unlocked, clock)


def test_app_hidden_or_suspended_locks(qtbot: QtBot, unlocked: MainWindow) -> None:
    """If the platform says the app is hidden or suspended, it locks."""
    vault = unlocked.vault
    QGuiApplication.instance().applicationStateChanged.emit(
        Qt.ApplicationState.ApplicationSuspended
    )
    qtbot.waitUntil(lambda: vault.is_locked)
    assert_locked(unlocked, vault)


@pytest.mark.parametrize(
    "slot", ["on_session_lock", "on_screensaver_active", "on_prepare_for_sleep"]
)
def test_session_lock_and_sleep_lock(qtbot: QtBot, unlocked: MainWindow, slot: str) -> None:
    """The session-lock and sleep signals (from D-Bus on Linux) lock the vault."""
    vault = unlocked.vault
    handler = getattr(unlocked.autolock, slot)
    handler() if slot == "on_session_lock" else handler(True)
    assert_locked(unlocked, vault)


def test_minimising_locks(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Minimising the window locks it: the keyworker is stepping away."""
    vault = unlocked.vault
    unlocked.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: vault.is_locked)


def test_lock_while_loading_drops_the_result(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Rows decrypted by a job still running at lock time never reach the model."""
    vault = unlocked.vault
    unlocked.reload_caseload()
    unlocked.lock_now()
    qtbot.wait(100)
    assert_locked(unlocked, vault)


def test_core_lock_is_followed_by_the_window(qtbot: QtBot, unlocked: MainWindow) -> None:
    """If the vault is locked from the core, the window follows through its signal."""
    vault = unlocked.vault
    vault.lock()
    qtbot.waitUntil(lambda: unlocked.vault is None)
    assert_locked(unlocked, vault)


def test_lock_clears_what_the_app_copied(qtbot: QtBot, unlocked: MainWindow) -> None:
    """Text the app put on the clipboard is gone after a lock."""
    clipboard = QApplication.clipboard()
    unlocked.clipboard.copy_text("Text only, after 6pm. No voicemail.")
    assert clipboard.text() == "Text only, after 6pm. No voicemail."
    unlocked.lock_now()
    assert clipboard.text() == ""


def test_lock_leaves_what_she_copied_since(qtbot: QtBot, unlocked: MainWindow) -> None:
    """If she copied something else since, it is hers, and it stays."""
    clipboard = QApplication.clipboard()
    unlocked.clipboard.copy_text("Text only, after 6pm.")
    clipboard.setText("bus times for Thursday")
    unlocked.lock_now()
    assert clipboard.text() == "bus times for Thursday"


def test_clipboard_clears_itself_after_a_while(qtbot: QtBot) -> None:
    """Copied text does not linger: it is taken back after the timeout."""
    from ui.clipboard import ClipboardGuard

    guard = ClipboardGuard(clear_after_ms=30)
    guard.copy_text("Rosa's safe word")
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "")


def test_closing_the_window_locks_and_releases_the_vault(
    qtbot: QtBot, unlocked: MainWindow, vault_paths: VaultPaths, drive: object
) -> None:
    """Quit locks the vault and lets go of the file, so it can be opened again."""
    vault = unlocked.vault
    unlocked.close()
    assert vault.is_locked
    again = unlock(vault_paths, drive.keyworker, drive.keyworker_passphrase)  # type: ignore[attr-defined]
    again.lock()


def test_idle_lock_empties_every_model_and_destroys_every_editor(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, clock: ManualClock
) -> None:
    """Caseload, timeline, search results and colleagues all empty; no view or editor left."""
    from shiboken6 import isValid

    from ui.models.search import SearchModel
    from ui.note_editor import NoteEditor
    from ui.person_view import PersonView
    from ui.search_view import SearchPage
    from ui.workspace import Workspace

    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    vault = window.vault
    window.workspace.manager.show_users()
    qtbot.waitUntil(lambda: window.models.users.rowCount() == 2)
    drive.press(window, Qt.Key.Key_K, CTRL)  # type: ignore[attr-defined]
    page = window.workspace.search_page
    qtbot.waitUntil(lambda: window.workspace.search_ready)
    qtbot.keyClicks(page.search_edit, "r")
    qtbot.waitUntil(lambda: window.models.search.rowCount() > 0)
    drive.open_person(window, "Rosa Canarywood")  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_N, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    editor = window.workspace.records.editor
    qtbot.keyClicks(editor.body, "Typed just before she stepped away")
    clock.advance(DEFAULT_IDLE_SECONDS + 1)
    qtbot.waitUntil(lambda: vault.is_locked)
    assert_locked(window, vault)
    for model in window.models.all():
        assert model.rowCount() == 0, type(model).__name__  # type: ignore[attr-defined]
    assert isinstance(window.models.search, SearchModel)
    # Emptied at once, and destroyed soon after.
    assert not isValid(editor) or editor.body.toPlainText() == ""
    qtbot.waitUntil(
        lambda: (
            not window.findChildren(Workspace)
            and not window.findChildren(NoteEditor)
            and not window.findChildren(PersonView)
            and not window.findChildren(SearchPage)
        )
    )
    # The draft was sealed first, so nothing typed was lost.
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    assert window.workspace.records.editor.body.toPlainText() == (
        "Typed just before she stepped away"
    )
