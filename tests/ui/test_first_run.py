"""First run: make the vault, show the recovery key once, check it was written down."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.first_run import MISMATCH, FirstRunPage
from ui.main_window import MainWindow
from ui.recovery_key import CHECK_WRONG
from womenscentre.passphrase_policy import check_passphrase
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import unlock

NAME = "sam.k"
PASSPHRASE = "heron violet compass"


def fill_form(qtbot: QtBot, page: FirstRunPage, passphrase: str = PASSPHRASE) -> None:
    qtbot.keyClicks(page.name_edit, NAME)
    qtbot.keyClicks(page.passphrase_edit, passphrase)
    qtbot.keyClicks(page.confirm_edit, passphrase)


def step(page: FirstRunPage) -> int:
    """Which of the three steps shows: 0 the form, 1 the key, 2 the type-back check."""
    if page.steps.currentWidget() is not page.key_check:
        return 0
    return 1 + page.key_check.currentIndex()


def create_and_read_key(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Fill the form, set up the vault in the background, and read the key's groups."""
    page = window.first_run_page
    assert page is not None
    fill_form(qtbot, page)
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: step(page) == 1, timeout=10_000)
    groups = re.split(r"[-\s]+", page.key_label.text().strip())
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    qtbot.mouseClick(page.kept_button, Qt.MouseButton.LeftButton)
    assert step(page) == 2
    return groups


def test_first_run_end_to_end(qtbot: QtBot, open_window: object, vault_paths: VaultPaths) -> None:
    """Name, passphrase twice, the key shown, its last two groups typed back: the caseload."""
    window = open_window()  # type: ignore[operator]
    page = window.first_run_page
    assert window.current_page() is page
    groups = create_and_read_key(qtbot, window)
    assert vault_paths.database.exists()
    qtbot.keyClicks(page.check_edit, "-".join(groups[-2:]))
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.current_page() is window.workspace
    assert window.workspace.banner.text() == f"Signed in as {NAME} · Manager"
    assert window.vault is not None and not window.vault.is_locked
    assert window.first_run_page is None
    assert page.key_label.text() == ""  # the key is gone from the screen
    assert window.autolock.armed


def test_wrong_type_back_is_refused_kindly(qtbot: QtBot, open_window: object) -> None:
    """A wrong pair of groups keeps her on the check, with a kind word; the right one passes."""
    window = open_window()  # type: ignore[operator]
    page = window.first_run_page
    groups = create_and_read_key(qtbot, window)
    qtbot.keyClicks(page.check_edit, "-".join(groups[-3:-1]))
    qtbot.keyClick(page.check_edit, Qt.Key.Key_Return)
    assert step(page) == 2
    assert page.check_status.text() == CHECK_WRONG
    assert window.workspace is None
    page.check_edit.clear()
    # Lower case and no dash are forgiven, as the key's alphabet allows.
    qtbot.keyClicks(page.check_edit, " ".join(groups[-2:]).lower())
    qtbot.keyClick(page.check_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)


def test_show_the_key_again(qtbot: QtBot, open_window: object) -> None:
    """From the check, she can go back to look at the key again."""
    window = open_window()  # type: ignore[operator]
    page = window.first_run_page
    groups = create_and_read_key(qtbot, window)
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert step(page) == 1
    assert re.split(r"[-\s]+", page.key_label.text().strip()) == groups


@pytest.mark.parametrize(
    ("passphrase", "again", "advice"),
    [
        ("short", "short", check_passphrase("short")),
        (PASSPHRASE, PASSPHRASE + "x", MISMATCH),
    ],
)
def test_passphrase_advice_shows_as_she_types(
    qtbot: QtBot, open_window: object, passphrase: str, again: str, advice: str
) -> None:
    """The policy's own advice shows inline, and the button waits until all is well."""
    window = open_window()  # type: ignore[operator]
    page = window.first_run_page
    qtbot.keyClicks(page.name_edit, NAME)
    qtbot.keyClicks(page.passphrase_edit, passphrase)
    qtbot.keyClicks(page.confirm_edit, again)
    assert page.advice.text() == advice
    assert not page.create_button.isEnabled()


def test_closing_before_the_check_locks_the_new_vault(
    qtbot: QtBot, open_window: object, vault_paths: VaultPaths
) -> None:
    """If the window closes on the key page, the new vault is locked and can be opened."""
    window = open_window()  # type: ignore[operator]
    create_and_read_key(qtbot, window)
    window.close()
    vault = unlock(vault_paths, NAME, PASSPHRASE)
    vault.lock()


def test_training_title_in_demo(open_window: object) -> None:
    """In demo mode the title says it is training, and nothing else."""
    window = open_window(demo=True)  # type: ignore[operator]
    assert window.windowTitle() == "womenscentre — Training: fictional data"


def test_first_run_controls_have_accessible_names(open_window: object) -> None:
    """Every control of the set-up steps can be named by a screen reader."""
    from PySide6.QtWidgets import QLineEdit, QProgressBar, QPushButton, QWidget

    window = open_window()  # type: ignore[operator]
    kinds = (QPushButton, QLineEdit, QProgressBar)
    controls = [w for w in window.first_run_page.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) >= 9
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []


def test_vault_made_meanwhile_is_explained(
    qtbot: QtBot, open_window: object, vault_paths: VaultPaths
) -> None:
    """If a vault appears in the folder before she finishes, nothing is overwritten."""
    from womenscentre.errors import VaultExists
    from womenscentre.services.lifecycle import create_vault

    window = open_window()  # type: ignore[operator]
    page = window.first_run_page
    create_vault(vault_paths, "someone.else", "quiet lantern meadow").vault.lock()
    fill_form(qtbot, page)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form_status.text() == VaultExists().message)
    assert step(page) == 0
    assert page.passphrase_edit.isEnabled()


def test_first_run_by_keyboard_alone(qtbot: QtBot, open_window: object) -> None:
    """Tab and Return carry her through every step without touching the mouse."""
    window = open_window()  # type: ignore[operator]
    page = window.first_run_page
    assert page.name_edit.hasFocus()
    qtbot.keyClicks(page.name_edit, NAME)
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(window.focusWidget(), PASSPHRASE)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(window.focusWidget(), PASSPHRASE)
    assert window.focusWidget() is page.confirm_edit
    qtbot.keyClick(page.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: step(page) == 1, timeout=10_000)
    groups = re.split(r"[-\s]+", page.key_label.text().strip())
    assert window.focusWidget() is page.kept_button
    qtbot.keyClick(page.kept_button, Qt.Key.Key_Return)
    assert window.focusWidget() is page.check_edit
    qtbot.keyClicks(page.check_edit, "-".join(groups[-2:]))
    qtbot.keyClick(page.check_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)
