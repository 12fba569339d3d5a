"""Backups and the guided restore in the app, driven through the real window and wizard.

Every backup a test makes here is proved by the core: a ``RestoreFlow`` opens it with the
recovery key and checks every record. Bad backups (a wrong key, a file cut short) must be
named kindly and change nothing in the vault folder.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui import backup_view, restore_wizard
from ui.main_window import MainWindow
from ui.messages import Kind, Shown
from ui.restore_wizard import RestoreWizard
from womenscentre.clock import ManualClock
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import create_vault, unlock
from womenscentre.services.restore import RestoreFlow
from womenscentre.vault.kdf import INSECURE_TEST_POLICY

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SAVED = "The backup is saved as"
RESTORED = "The backup has been restored."


def proven(backup: Path, recovery_key: str, scratch: Path) -> int:
    """Open and check ``backup`` with the core; returns how many women it holds."""
    flow = RestoreFlow(backup, VaultPaths.for_dir(scratch))
    try:
        flow.unlock_with_recovery_key(recovery_key)
        return flow.check().people
    finally:
        flow.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def as_manager(window: MainWindow, drive: object) -> None:
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]


def set_backup_folder(reopen: object, drive: object, folder: str, keep: int = 7) -> None:
    vault = reopen(drive.manager, drive.manager_passphrase)  # type: ignore[operator, attr-defined]
    vault.settings.update(replace(vault.settings.get(), backup_folder=folder, backup_keep=keep))
    vault.lock()


# -- back up now ---------------------------------------------------------------------------
def test_back_up_now_makes_a_backup_the_core_can_restore(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    tmp_path: Path,
    monkeypatch: object,
    shown_messages: list[Shown],
) -> None:
    """Ctrl+Shift+B, a file name, a progress window, then kind words and a sound backup."""
    target = tmp_path / "monday"
    monkeypatch.setattr(
        backup_view, "choose_backup_file", lambda _p, _s: target.with_suffix(".wcbackup")
    )  # type: ignore[attr-defined]
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    stages: list[str] = []
    window.backups.relay.step.connect(lambda step: stages.append(step.stage))
    drive.press(window, Qt.Key.Key_B, CTRL_SHIFT)  # type: ignore[attr-defined]
    dialog = drive.dialog(backup_view.ProgressDialog)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == backup_view.BACKING_UP
    qtbot.waitUntil(lambda: any(SAVED in m.text for m in shown_messages), timeout=10_000)
    assert window.backups.progress is None
    assert "snapshot" in stages and "seal" in stages
    written = target.with_suffix(".wcbackup")
    assert str(written) in shown_messages[-1].text
    assert proven(written, seeded.recovery_key, tmp_path / "scratch") == 3  # type: ignore[attr-defined]
    assert window.vault is not None and window.vault.backups.last_backup() is not None


def test_a_missing_backup_folder_is_explained_and_nothing_is_left(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    tmp_path: Path,
    monkeypatch: object,
    shown_messages: list[Shown],
) -> None:
    """A folder on a USB stick that has gone: the core's words, no file, still unlocked."""
    gone = tmp_path / "usb-stick" / "b.wcbackup"
    monkeypatch.setattr(backup_view, "choose_backup_file", lambda _p, _s: gone)  # type: ignore[attr-defined]
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    window.menu_actions.back_up.trigger()
    qtbot.waitUntil(lambda: any(m.kind is Kind.WARNING for m in shown_messages), timeout=10_000)
    assert "can't be found" in shown_messages[-1].text
    assert "Traceback" not in shown_messages[-1].text
    assert not gone.parent.exists()
    assert window.vault is not None and window.vault.backups.last_backup() is None


def test_keyworkers_have_no_backup_action_or_reminder(
    seeded: object, open_window: object, drive: object
) -> None:
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    assert not window.menu_actions.back_up.isEnabled()
    assert not window.menu_actions.restore.isEnabled()
    assert not window.backups.banner.isVisible()


# -- the automatic backup on exit ----------------------------------------------------------
def quit_and_wait(window: MainWindow, drive: object, qtbot: QtBot) -> None:
    """Press Ctrl+Q and wait until the backup is made, the vault locked and the window shut."""
    vault = window.vault
    assert vault is not None
    drive.press(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: vault.is_locked and not window.isVisible(), timeout=10_000)


def test_quitting_backs_up_to_the_folder_and_keeps_the_newest(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    reopen: object,
    clock: ManualClock,
    tmp_path: Path,
) -> None:
    """Quit (Ctrl+Q) three times with keep = 2: two backups stay, the newest, and both open."""
    folder = tmp_path / "backups"
    folder.mkdir()
    set_backup_folder(reopen, drive, str(folder), keep=2)
    for _ in range(3):
        clock.advance(3600)
        window = open_window()  # type: ignore[operator]
        as_manager(window, drive)
        quit_and_wait(window, drive, qtbot)
    kept = sorted(folder.iterdir())
    assert [p.name for p in kept] == [
        "womenscentre-backup-20260105-110000.wcbackup",
        "womenscentre-backup-20260105-120000.wcbackup",
    ]
    for number, backup in enumerate(kept):
        assert proven(backup, seeded.recovery_key, tmp_path / f"scratch-{number}") == 3  # type: ignore[attr-defined]


def test_an_exit_backup_that_cannot_be_made_never_keeps_the_vault_open(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    reopen: object,
    tmp_path: Path,
    shown_messages: list[Shown],
) -> None:
    """The folder has gone: she is told why; "Stay open" stays, "Quit anyway" quits."""
    from ui import messages

    folder = tmp_path / "usb-stick"
    set_backup_folder(reopen, drive, str(folder))
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    vault = window.vault
    answers = [False, True]

    def answer(shown: Shown) -> bool:
        shown_messages.append(shown)
        return answers.pop(0) if shown.kind is Kind.QUESTION else True

    previous = messages.set_hook(answer)
    try:
        window.quit_action.trigger()
        qtbot.waitUntil(lambda: len(answers) == 1, timeout=10_000)
        assert "can't be found" in shown_messages[-1].text
        assert "quit anyway" in shown_messages[-1].text
        assert window.isVisible() and not vault.is_locked
        window.quit_action.trigger()
        qtbot.waitUntil(lambda: vault.is_locked and not window.isVisible(), timeout=10_000)
    finally:
        messages.set_hook(previous)
    assert not answers and not folder.exists()


# -- the reminder --------------------------------------------------------------------------
def test_the_reminder_shows_for_a_manager_and_goes_after_a_backup(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: object,
) -> None:
    """Never backed up: the banner asks; its button backs up; eight days on, it asks again."""
    monkeypatch.setattr(backup_view, "choose_backup_file", lambda _p, _s: tmp_path / "b.wcbackup")  # type: ignore[attr-defined]
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    banner = window.backups.banner
    qtbot.waitUntil(banner.isVisible)
    assert "hasn't been backed up yet" in banner.text.text()
    qtbot.mouseClick(banner.back_up_button, LEFT)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10_000)
    assert (tmp_path / "b.wcbackup").exists()

    window.lock_now()
    clock.advance(8 * 24 * 3600)
    as_manager(window, drive)
    qtbot.waitUntil(banner.isVisible)
    assert "8 days ago, on 05 January 2026" in banner.text.text()
    window.lock_now()
    assert not banner.isVisible()


# -- the guided restore --------------------------------------------------------------------
def open_wizard_from_unlock(window: MainWindow, drive: object, qtbot: QtBot) -> RestoreWizard:
    qtbot.mouseClick(window.unlock_page.restore_button, LEFT)
    return drive.dialog(RestoreWizard)  # type: ignore[attr-defined, no-any-return]


def choose_file(wizard: RestoreWizard, backup: Path, qtbot: QtBot, monkeypatch: object) -> None:
    monkeypatch.setattr(restore_wizard, "choose_backup_to_restore", lambda _p: backup)  # type: ignore[attr-defined]
    qtbot.mouseClick(wizard.file_button, LEFT)
    qtbot.mouseClick(wizard.next_button, LEFT)


def test_restore_from_the_unlock_screen_with_the_recovery_key(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    reopen: object,
    vault_paths: VaultPaths,
    tmp_path: Path,
    monkeypatch: object,
    shown_messages: list[Shown],
    make: object,
) -> None:
    """A wrong key first (nothing changes), then the right one, a summary, "replace", done."""
    manager = reopen(drive.manager, drive.manager_passphrase)  # type: ignore[operator, attr-defined]
    backup = tmp_path / "friday.wcbackup"
    manager.backups.backup_to(backup)
    later = manager.people.add(make.person("Wren"), referral_source="self")  # type: ignore[attr-defined]
    manager.lock()
    before = digest(vault_paths.database)
    other = create_vault(
        VaultPaths.for_dir(tmp_path / "other"),
        "sam",
        "other centre words",
        policy=INSECURE_TEST_POLICY,
    )
    other.vault.lock()

    window = open_window()  # type: ignore[operator]
    stages: list[str] = []
    window.backups.relay.step.connect(lambda step: stages.append(step.stage))
    wizard = open_wizard_from_unlock(window, drive, qtbot)
    qtbot.mouseClick(wizard.next_button, LEFT)
    assert "Please choose a backup file" in wizard.status.text()
    choose_file(wizard, backup, qtbot, monkeypatch)
    assert wizard.page == 1 and wizard.key_edit.isEnabled()

    qtbot.keyClicks(wizard.key_edit, other.recovery_key)
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.page == 1 and wizard.status.isVisible(), timeout=10_000)
    assert "doesn't open this backup" in wizard.status.text()
    assert digest(vault_paths.database) == before
    assert not list(vault_paths.root.glob(".restore-*"))

    wizard.key_edit.clear()
    qtbot.keyClicks(wizard.key_edit, seeded.recovery_key)  # type: ignore[attr-defined]
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.page == 3, timeout=10_000)
    assert wizard.key_edit.text() == ""
    assert "It holds 3 women" in wizard.summary.text()
    assert "the one this backup came from" in wizard.replace_note.text()
    qtbot.mouseClick(wizard.next_button, LEFT)
    assert "please type replace" in wizard.status.text()
    assert digest(vault_paths.database) == before
    qtbot.keyClicks(wizard.confirm_edit, "replace")
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: any(RESTORED in m.text for m in shown_messages), timeout=10_000)
    assert window.current_page() is window.unlock_page
    assert len(list(vault_paths.snapshots.glob("replaced-by-restore-*.wcbackup"))) == 1
    assert {"decrypt", "check", "replace"} <= set(stages)

    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    assert later.id not in {p.id for p in window.vault.people.visible()}
    assert window.caseload_model.rowCount() == 3


def test_truncated_foreign_and_newer_backups_are_named_and_change_nothing(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    reopen: object,
    vault_paths: VaultPaths,
    tmp_path: Path,
    monkeypatch: object,
) -> None:
    manager = reopen(drive.manager, drive.manager_passphrase)  # type: ignore[operator, attr-defined]
    backup = tmp_path / "cut.wcbackup"
    manager.backups.backup_to(backup)
    manager.lock()
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    before = digest(vault_paths.database)
    window = open_window()  # type: ignore[operator]
    wizard = open_wizard_from_unlock(window, drive, qtbot)
    choose_file(wizard, backup, qtbot, monkeypatch)
    qtbot.keyClicks(wizard.key_edit, seeded.recovery_key)  # type: ignore[attr-defined]
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.page == 1 and wizard.status.isVisible(), timeout=10_000)
    assert "damaged or incomplete" in wizard.status.text()
    assert digest(vault_paths.database) == before
    assert not list(vault_paths.root.glob(".restore-*"))

    # A file that isn't a backup at all is named on the first page.
    wizard.close()
    wizard = open_wizard_from_unlock(window, drive, qtbot)
    stranger = tmp_path / "notes.txt"
    stranger.write_text("a shopping list")
    choose_file(wizard, stranger, qtbot, monkeypatch)
    assert wizard.page == 0 and "isn't a womenscentre backup" in wizard.status.text()
    # One from a newer version of the app is named too, before any key is asked for.
    newer = tmp_path / "newer.wcbackup"
    newer.write_bytes(data[:8] + b"\xff\xff" + data[10:])
    choose_file(wizard, newer, qtbot, monkeypatch)
    assert wizard.page == 0 and "newer version" in wizard.status.text()
    assert digest(vault_paths.database) == before


def test_a_manager_restores_with_her_sign_in_from_the_centre_menu(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    reopen: object,
    vault_paths: VaultPaths,
    tmp_path: Path,
    monkeypatch: object,
    shown_messages: list[Shown],
) -> None:
    """Her keys open it; replacing locks the window first; then she unlocks the restored vault."""
    manager = reopen(drive.manager, drive.manager_passphrase)  # type: ignore[operator, attr-defined]
    backup = tmp_path / "b.wcbackup"
    manager.backups.backup_to(backup)
    manager.lock()
    window = open_window()  # type: ignore[operator]
    as_manager(window, drive)
    vault = window.vault
    assert window.menu_actions.restore.isEnabled()
    window.menu_actions.restore.trigger()
    wizard = drive.dialog(RestoreWizard)  # type: ignore[attr-defined]
    choose_file(wizard, backup, qtbot, monkeypatch)
    assert wizard.sign_in_choice.isChecked() and not wizard.key_edit.isEnabled()
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.page == 3, timeout=10_000)
    qtbot.mouseClick(wizard.back_button, LEFT)  # back a step, then check it again
    assert wizard.page == 1
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.page == 3, timeout=10_000)
    qtbot.keyClicks(wizard.confirm_edit, "replace")
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: any(RESTORED in m.text for m in shown_messages), timeout=10_000)
    assert vault.is_locked and window.vault is None
    assert window.current_page() is window.unlock_page
    again = unlock(vault_paths, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    again.lock()


def test_restore_on_a_new_laptop_from_set_up(
    qtbot: QtBot,
    seeded: object,
    open_window: object,
    drive: object,
    reopen: object,
    tmp_path: Path,
    monkeypatch: object,
    shown_messages: list[Shown],
) -> None:
    """No vault here yet: the Centre menu offers the restore; no "replace" is asked for."""
    manager = reopen(drive.manager, drive.manager_passphrase)  # type: ignore[operator, attr-defined]
    backup = tmp_path / "b.wcbackup"
    manager.backups.backup_to(backup)
    manager.lock()
    fresh = VaultPaths.for_dir(tmp_path / "new-laptop")
    window = open_window(fresh)  # type: ignore[operator]
    assert window.first_run_page is not None
    assert window.menu_actions.restore.isEnabled()
    # The set-up page offers it too, where someone moving laptops will look first.
    qtbot.mouseClick(window.first_run_page.restore_button, LEFT)
    wizard = drive.dialog(RestoreWizard)  # type: ignore[attr-defined]
    choose_file(wizard, backup, qtbot, monkeypatch)
    qtbot.keyClicks(wizard.key_edit, seeded.recovery_key)  # type: ignore[attr-defined]
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.page == 3, timeout=10_000)
    assert not wizard.confirm_edit.isVisible()
    assert "no vault on this laptop yet" in wizard.replace_note.text()
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: any(RESTORED in m.text for m in shown_messages), timeout=10_000)
    assert window.first_run_page is None
    assert window.current_page() is window.unlock_page
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    assert window.caseload_model.rowCount() == 3
