"""Starting the app: the self-test guards the door, and the right first screen shows."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import app as app_module
from ui.main_window import MainWindow
from ui.messages import Shown
from womenscentre.clock import ManualClock
from womenscentre.errors import CryptoUnavailable
from womenscentre.paths import VaultPaths


@pytest.fixture(autouse=True)
def no_hardening(monkeypatch: pytest.MonkeyPatch) -> None:
    """Leave the test process's core-dump settings alone."""
    monkeypatch.setattr(app_module, "harden_process", lambda: None)


def run_and_look(paths: VaultPaths, clock: ManualClock, **options: object) -> tuple[int, list]:
    """Run the app, note which page it opened on, then close it as Ctrl+Q would."""
    seen: list[object] = []

    def look_then_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append((widget.current_page(), widget))
                widget.quit_action.trigger()

    QTimer.singleShot(50, look_then_close)
    code = app_module.run_app(paths, clock=clock, **options)  # type: ignore[arg-type]
    return code, seen


def test_no_vault_opens_the_set_up(
    qtbot: QtBot, vault_paths: VaultPaths, clock: ManualClock
) -> None:
    """With no vault in the folder, the app greets her with set-up; it exits cleanly."""
    hook_before = sys.excepthook
    code, seen = run_and_look(vault_paths, clock)
    assert code == 0
    ((page, window),) = seen
    assert page is window.first_run_page
    assert sys.excepthook is hook_before  # put back as it was


def test_existing_vault_opens_unlock(
    qtbot: QtBot, seeded: object, vault_paths: VaultPaths, clock: ManualClock
) -> None:
    """With a vault in the folder, the app asks for her name and passphrase."""
    code, seen = run_and_look(vault_paths, clock)
    ((page, window),) = seen
    assert code == 0
    assert page is window.unlock_page


def test_failed_self_test_is_explained_and_stops(
    vault_paths: VaultPaths,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[Shown],
) -> None:
    """If the encryption library is unfit, she is told kindly and no vault is opened."""

    def broken() -> None:
        raise CryptoUnavailable("Argon2id is not available")

    monkeypatch.setattr(app_module, "run_self_test", broken)
    assert app_module.run_app(vault_paths, clock=clock) == 1
    assert shown_messages[-1].text == CryptoUnavailable("Argon2id is not available").message
    assert not vault_paths.database.exists()
    # the window it had drawn is gone, so nothing can be typed into it
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_the_self_test_runs_once_the_window_is_drawn_and_before_any_unlock(
    qtbot: QtBot,
    seeded: object,
    vault_paths: VaultPaths,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The crypto check waits for the first draw (so the window appears sooner), then runs
    straight away: the menus are made by then, and nothing has been unlocked."""
    seen: list[tuple[bool, int, bool]] = []

    def record_then_pass() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                handle = widget.windowHandle()
                exposed = handle is not None and handle.isExposed()
                seen.append((exposed, len(widget.menuBar().actions()), widget.vault is None))
                QTimer.singleShot(0, widget.quit_action.trigger)

    monkeypatch.setattr(app_module, "run_self_test", record_then_pass)
    assert app_module.run_app(vault_paths, clock=clock) == 0
    assert seen == [(True, 5, True)]
