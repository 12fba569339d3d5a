"""A manager's screens: colleagues, centre settings that take effect, recovery key, resets."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from ui.main_window import MainWindow
from ui.messages import Kind, Shown
from ui.models.users import Column
from ui.passphrase import ChangePassphraseDialog, ResetWithRecoveryDialog
from ui.recovery_key import NewRecoveryKeyDialog
from ui.settings_dialog import SettingsDialog
from ui.unlock import reset_done_text
from ui.users_view import AddUserDialog, ChangeRoleDialog, RemoveUserDialog
from womenscentre.clock import ManualClock
from womenscentre.domain.settings import CentreSettings
from womenscentre.domain.users import Role
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import unlock

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton
FERN_FIRST = "moss pebble thistle"
FERN_OWN = "copper willow lantern"


def as_manager(window: MainWindow, drive: object) -> None:
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]


def names(window: MainWindow) -> list[str]:
    model = window.models.users
    return [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]


def test_keyworkers_have_no_manager_screens(
    seeded: object, open_window: object, drive: object
) -> None:
    """The centre menu is for managers only."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    assert not window.menu_actions.users.isEnabled()
    assert not window.menu_actions.centre_menu.menuAction().isVisible()


def test_add_change_role_and_remove_a_colleague(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, shown_messages: list[Shown]
) -> None:
    """Add Fern with a first passphrase, make her a manager, then remove her with a reason."""
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    drive.press(window, Qt.Key.Key_U, CTRL_SHIFT)  # type: ignore[attr-defined]
    page = window.workspace.manager.users_page
    qtbot.waitUntil(lambda: names(window) == ["ash", "morgan"])
    qtbot.mouseClick(page.add_button, LEFT)
    dialog = drive.dialog(AddUserDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.name_edit, "fern.b")
    qtbot.keyClicks(dialog.passphrase_edit, "short")
    assert "at least 12 characters" in dialog.advice.text()
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, FERN_FIRST)
    qtbot.keyClicks(dialog.again_edit, FERN_FIRST)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: names(window) == ["ash", "fern.b", "morgan"])
    assert page.selected().username == "fern.b"

    qtbot.mouseClick(page.role_button, LEFT)
    role = drive.dialog(ChangeRoleDialog)  # type: ignore[attr-defined]
    role.role_box.setCurrentIndex(role.role_box.findData(Role.MANAGER))
    qtbot.mouseClick(role.ok_button, LEFT)
    model = window.models.users
    qtbot.waitUntil(lambda: model.data(model.index(1, Column.ROLE)) == "Manager")

    page.select("fern.b")
    qtbot.mouseClick(page.remove_button, LEFT)
    remove = drive.dialog(RemoveUserDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(remove.reason_edit, "Left the centre in March")
    qtbot.mouseClick(remove.ok_button, LEFT)
    qtbot.waitUntil(lambda: names(window) == ["ash", "morgan"])
    assert any(m.kind is Kind.QUESTION and "fern.b" in m.text for m in shown_messages)


def test_settings_change_takes_effect_on_the_idle_timer(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, clock: ManualClock
) -> None:
    """Two idle minutes, saved: the lock comes after two minutes, now and after each unlock."""
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    assert window.autolock.idle_seconds == 5 * 60
    drive.press(window, Qt.Key.Key_Comma, CTRL)  # type: ignore[attr-defined]
    dialog = drive.dialog(SettingsDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.name_edit, "Oak Lane Women's Centre")
    dialog.idle_box.setValue(2)
    dialog.clipboard_box.setValue(15)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: window.autolock.idle_seconds == 120)
    assert window.clipboard.clear_after_ms == 15_000
    assert window.workspace.organisation.text() == "· Oak Lane Women's Centre"
    vault = window.vault
    clock.advance(119)
    qtbot.wait(60)
    assert not vault.is_locked
    clock.advance(2)
    qtbot.waitUntil(lambda: vault.is_locked)

    # A keyworker on the next unlock gets the centre's setting too.
    other = open_window()  # type: ignore[operator]
    window.close()
    drive.unlock_to_caseload(other)  # type: ignore[attr-defined]
    assert other.autolock.idle_seconds == 120
    assert other.clipboard.clear_after_ms == 15_000


def test_new_recovery_key_is_shown_once_and_checked(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, vault_paths: VaultPaths
) -> None:
    """The replacement key gets the same type-back check as first run; the old key stops."""
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    window.menu_actions.recovery_key.trigger()
    dialog = drive.dialog(NewRecoveryKeyDialog)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, LEFT)
    check = dialog.key_check
    qtbot.waitUntil(lambda: check.isVisible() and check.key_label.text() != "")
    groups = re.split(r"[-\s]+", check.key_label.text().strip())
    assert len(groups) == 14
    qtbot.mouseClick(check.kept_button, LEFT)
    qtbot.keyClicks(check.check_edit, "-".join(groups[-2:]))
    qtbot.keyClick(check.check_edit, Qt.Key.Key_Return)
    drive.no_dialog(NewRecoveryKeyDialog)  # type: ignore[attr-defined]
    assert not isValid(check) or check.key_label.text() == ""  # forgotten once checked
    window.close()
    from womenscentre.errors import InvalidInput
    from womenscentre.services.lifecycle import reset_with_recovery

    old = seeded.recovery_key  # type: ignore[attr-defined]
    try:
        reset_with_recovery(vault_paths, old, "ash", "quiet harbour lantern")
    except InvalidInput as exc:
        assert "doesn't open this vault" in exc.message
    else:
        raise AssertionError("the old recovery key still worked")


def test_reset_with_the_recovery_key_then_she_chooses_her_own(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    shown_messages: list[Shown],
    vault_paths: VaultPaths,
) -> None:
    """From the unlock screen; then at her unlock, her own passphrase comes before anything."""
    window = open_window()  # type: ignore[operator]
    page = window.unlock_page
    qtbot.mouseClick(page.reset_button, LEFT)
    dialog = drive.dialog(ResetWithRecoveryDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.key_edit, seeded.recovery_key)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.name_edit, "ash")
    qtbot.keyClicks(dialog.new_edit, FERN_FIRST)
    qtbot.keyClicks(dialog.again_edit, FERN_FIRST)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: any(m.text == reset_done_text("ash") for m in shown_messages))
    assert page.name_edit.text() == "ash"

    drive.unlock_as(window, "ash", FERN_FIRST)  # type: ignore[attr-defined]
    forced = drive.dialog(ChangePassphraseDialog)  # type: ignore[attr-defined]
    assert forced.forced
    assert not window.menu_actions.search.isEnabled()  # nothing else first
    assert window.caseload_model.rowCount() == 0
    qtbot.keyClicks(forced.old_edit, FERN_FIRST)
    qtbot.keyClicks(forced.new_edit, FERN_OWN)
    qtbot.keyClicks(forced.again_edit, FERN_OWN)
    qtbot.keyClick(forced.again_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() == 2)
    assert window.menu_actions.search.isEnabled()
    window.close()
    again = unlock(vault_paths, "ash", FERN_OWN)
    assert not again.must_change_passphrase
    again.lock()


def test_lock_instead_of_choosing_a_passphrase(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, reopen: object
) -> None:
    """A new colleague's first sign-in can be left by locking, and nothing else opens."""
    manager = reopen(drive.manager, drive.manager_passphrase)  # type: ignore[operator, attr-defined]
    manager.users.add("fern.b", Role.KEYWORKER, FERN_FIRST)
    manager.lock()
    window = open_window()  # type: ignore[operator]
    drive.unlock_as(window, "fern.b", FERN_FIRST)  # type: ignore[attr-defined]
    forced = drive.dialog(ChangePassphraseDialog)  # type: ignore[attr-defined]
    assert forced.cancel_button.text() == "&Lock instead"
    qtbot.mouseClick(forced.cancel_button, LEFT)
    qtbot.waitUntil(lambda: window.vault is None)
    assert window.current_page() is window.unlock_page


def test_reset_from_the_colleagues_screen_locks_first(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, shown_messages: list[Shown]
) -> None:
    """The reset needs the vault locked: she is asked, it locks, and the reset form opens."""
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    window.menu_actions.users.trigger()
    page = window.workspace.manager.users_page
    qtbot.mouseClick(page.reset_button, LEFT)
    assert "needs the vault locked first" in shown_messages[-1].text
    qtbot.waitUntil(lambda: window.vault is None)
    dialog = drive.dialog(ResetWithRecoveryDialog)  # type: ignore[attr-defined]
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    assert window.models.users.rowCount() == 0


def test_busy_indicator_shows_for_slow_work(
    qtbot: QtBot, seeded: object, open_window: object
) -> None:
    """Anything that takes a while shows the window's progress bar until it is done."""
    import threading

    window = open_window()  # type: ignore[operator]
    release = threading.Event()
    window.tasks.run(lambda: release.wait(5), lambda _result: None)
    qtbot.waitUntil(lambda: window.busy.isVisible(), timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: not window.busy.isVisible())


def test_saving_the_dialog_keeps_the_settings_it_does_not_show(qtbot: QtBot) -> None:
    """Changing the idle lock must not reset the guidance or backup choices."""
    current = CentreSettings(disabled_rules=("eng.did-not-engage",), backup_keep=9)
    dialog = SettingsDialog(None, current)
    qtbot.addWidget(dialog)
    dialog.idle_box.setValue(3)
    chosen = dialog.value()
    assert chosen.idle_lock_minutes == 3
    assert chosen.disabled_rules == ("eng.did-not-engage",) and chosen.backup_keep == 9


def test_backup_and_retention_settings_are_checked_then_saved_signed(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    tmp_path: object,
    monkeypatch: object,
) -> None:
    """A missing folder gets a kind word and nothing is saved; a real one is saved, signed."""
    from ui import settings_dialog

    folder = tmp_path / "usb-stick"  # type: ignore[operator]
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    vault = window.vault
    drive.press(window, Qt.Key.Key_Comma, CTRL)  # type: ignore[attr-defined]
    dialog = drive.dialog(SettingsDialog)  # type: ignore[attr-defined]
    assert dialog.folder_edit.text() == "" and dialog.keep_box.value() == 7
    qtbot.keyClicks(dialog.folder_edit, str(folder))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "can't be found" in dialog.status.text() and "USB stick" in dialog.status.text()
    assert dialog.isVisible() and not dialog.is_busy
    assert vault.settings.get().backup_folder == ""

    folder.mkdir()
    monkeypatch.setattr(settings_dialog, "choose_backup_folder", lambda _p, _s: folder)  # type: ignore[attr-defined]
    dialog.folder_edit.clear()
    qtbot.mouseClick(dialog.folder_button, LEFT)
    assert dialog.folder_edit.text() == str(folder)
    dialog.keep_box.setValue(3)
    dialog.reminder_box.setValue(0)
    assert dialog.reminder_box.text() == "Never remind"
    dialog.retention_boxes["closed_case"].setValue(8)
    dialog.retention_boxes["deleted_record"].setValue(0)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    drive.no_dialog(SettingsDialog)  # type: ignore[attr-defined]
    saved = vault.settings.get()
    assert not vault.settings.tampered
    assert saved.backup_folder == str(folder) and saved.backup_keep == 3
    assert saved.backup_reminder_days == 0
    assert saved.retention_for("closed_case") == 8 and saved.retention_for("deleted_record") == 0


def test_an_unwritable_backup_folder_is_explained(qtbot: QtBot, tmp_path: object) -> None:
    """A folder this account can't save in is named, before anything is saved."""
    import os

    import pytest

    dialog = SettingsDialog(None, CentreSettings())
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText("backups")
    assert "full location" in (dialog.problem() or "")
    dialog.folder_edit.setText("")
    assert dialog.problem() is None
    locked = tmp_path / "read-only"  # type: ignore[operator]
    locked.mkdir(mode=0o500)
    if os.access(locked, os.W_OK):
        pytest.skip("running as a user who can write anywhere (root)")
    dialog.folder_edit.setText(str(locked))
    assert "can't save files in" in (dialog.problem() or "")
