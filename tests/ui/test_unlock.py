"""Unlocking: kind words on failure, an honest countdown when paused, the caseload on success."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.unlock import READY_AGAIN, wait_text
from womenscentre.clock import ManualClock
from womenscentre.errors import UnlockFailed


def test_failure_is_kind_then_success_opens_the_caseload(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """A wrong passphrase gets the core's kind message; the right one shows her caseload."""
    window = open_window()  # type: ignore[operator]
    page = window.unlock_page
    assert window.current_page() is page
    drive.unlock_as(window, drive.keyworker, "not the right words")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.status.text() == UnlockFailed().message)
    assert page.passphrase_edit.text() == ""  # never left sitting in the field
    assert page.passphrase_edit.echoMode() == page.passphrase_edit.EchoMode.Password
    assert window.vault is None
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    assert window.current_page() is window.workspace
    assert window.caseload.rowCount() == len(drive.ash_women)  # type: ignore[attr-defined]


def test_unknown_name_looks_the_same_as_a_wrong_passphrase(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Nobody can learn which user names exist from the message."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_as(window, "nobody.here", "not the right words")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.unlock_page.status.text() == UnlockFailed().message)


def test_throttle_countdown_shows_straight_after_the_failure_that_starts_it(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, clock: ManualClock
) -> None:
    """The third failure says kindly it didn't open, and the pause shows at once, honestly."""
    window = open_window()  # type: ignore[operator]
    page = window.unlock_page
    for attempt in range(3):
        drive.unlock_as(window, drive.keyworker, f"wrong guess {attempt}")  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: page.status.text() == UnlockFailed().message)
        if attempt < 2:
            assert not page.waiting
            page.status.clear()
    assert page.waiting  # no fourth try was needed to learn about the pause
    assert page.wait_line.text() == wait_text(1)
    assert not page.unlock_button.isEnabled()
    drive.unlock_as(window, drive.keyworker, drive.keyworker_passphrase)  # type: ignore[attr-defined]
    assert window.vault is None  # the button is disabled: nothing happens
    clock.advance(1)
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled())
    assert page.wait_line.text() == READY_AGAIN
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]


def test_switch_user_clears_both_fields(qtbot: QtBot, seeded: object, open_window: object) -> None:
    """Switch user leaves nothing of the last person's typing behind."""
    window = open_window()  # type: ignore[operator]
    page = window.unlock_page
    qtbot.keyClicks(page.name_edit, "ash")
    qtbot.keyClicks(page.passphrase_edit, "half typed")
    qtbot.mouseClick(page.switch_button, Qt.MouseButton.LeftButton)
    assert page.name_edit.text() == ""
    assert page.passphrase_edit.text() == ""
    assert page.name_edit.hasFocus()


def test_busy_indicator_shows_while_unlocking(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """The progress bar shows as soon as Unlock is pressed, and goes when it is done."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_as(window, drive.keyworker, drive.keyworker_passphrase)  # type: ignore[attr-defined]
    assert window.unlock_page.busy.isVisibleTo(window.unlock_page)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert not window.unlock_page.busy.isVisibleTo(window.unlock_page)


def test_vault_open_elsewhere_is_explained(
    qtbot: QtBot, manager: object, open_window: object, drive: object
) -> None:
    """If another window has the vault open, she is told so in plain words."""
    from womenscentre.errors import VaultBusy

    window = open_window()  # type: ignore[operator]
    drive.unlock_as(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.unlock_page.status.text() == VaultBusy().message)
    assert window.vault is None


def test_unexpected_failure_is_kind_and_logged_without_details(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    monkeypatch: object,
    vault_paths: object,
) -> None:
    """A bug during unlock shows the generic kind sentence; the log names only its type."""
    from ui import messages
    from ui import unlock as unlock_module

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("Rosa Canarywood secret detail")

    monkeypatch.setattr(unlock_module, "unlock", broken)  # type: ignore[attr-defined]
    window = open_window()  # type: ignore[operator]
    drive.unlock_as(window, drive.keyworker, drive.keyworker_passphrase)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.unlock_page.status.text() == messages.UNEXPECTED)
    log = (vault_paths.logs / "womenscentre.log").read_text(encoding="utf-8")  # type: ignore[attr-defined]
    assert "RuntimeError" in log
    assert "Rosa" not in log


def test_closing_mid_unlock_leaves_the_vault_closed(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, vault_paths: object
) -> None:
    """If the window closes while the key is being derived, the vault is not left open."""
    from womenscentre.services.lifecycle import unlock

    window = open_window()  # type: ignore[operator]
    drive.unlock_as(window, drive.keyworker, drive.keyworker_passphrase)  # type: ignore[attr-defined]
    window.close()  # before the result can reach the window
    assert window.vault is None
    again = unlock(vault_paths, drive.keyworker, drive.keyworker_passphrase)  # type: ignore[arg-type, attr-defined]
    again.lock()
