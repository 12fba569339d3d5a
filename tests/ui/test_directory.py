"""The directory editor: a manager keeps the centre's helplines and local services."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from ui.directory_editor import DirectoryEditor, DirectoryEntryDialog, new_id
from ui.models.directory import CHECK_AGAIN, EXAMPLE, NEEDS_CHECK_ROLE, DirectoryModel
from ui.tasks import TaskRunner
from womenscentre.templates.directory import DirectoryEntry, EntryKind

Mode = QAbstractItemModelTester.FailureReportingMode


def _editor(qtbot: QtBot, vault: object, tasks: TaskRunner) -> DirectoryEditor:
    editor = DirectoryEditor(vault, tasks)  # deletes itself on close, so not qtbot's to close
    editor.show()
    qtbot.waitUntil(lambda: editor.model.rowCount() > 0)
    return editor


def test_directory_model_keeps_qt_rules_and_marks_old_entries_gently(qtbot: QtBot) -> None:
    today = date(2027, 6, 1)
    model = DirectoryModel(today=today)
    tester = QAbstractItemModelTester(model, Mode.Fatal)
    fresh = DirectoryEntry("a", "Fresh line", EntryKind.HELPLINE, today, phone="0000 000 0001")
    old = DirectoryEntry(
        "b", "Old line", EntryKind.LOCAL_SERVICE, today - timedelta(days=400), email="x@ex.invalid"
    )
    example = DirectoryEntry("c", "Example", EntryKind.HELPLINE, today, phone="0", example=True)
    model.set_entries([fresh, old, example], today)
    assert model.index(0, DirectoryModel.NOTE).data() == ""
    assert model.index(1, DirectoryModel.NOTE).data() == CHECK_AGAIN
    assert model.index(2, DirectoryModel.NOTE).data() == EXAMPLE
    assert [model.index(r, 0).data(NEEDS_CHECK_ROLE) for r in range(3)] == [False, True, True]
    assert model.index(1, DirectoryModel.REACH).data() == "x@ex.invalid"
    model.clear()
    del tester


def test_a_manager_adds_changes_and_removes_entries(
    qtbot: QtBot,
    drive: object,
    manager: object,
    tasks: TaskRunner,
    shown_messages: list,
) -> None:
    editor = _editor(qtbot, manager, tasks)
    assert editor.add_button.isVisible()
    examples = editor.model.rowCount()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    form = drive.dialog(DirectoryEntryDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(form.name_edit, "Northgate women's duty line")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert "at least one way" in form.status.text()  # kind, and nothing saved
    qtbot.keyClicks(form.phone_edit, "0000 000 0777")
    qtbot.keyClicks(form.topics_edit, "domestic-abuse, very-hard-times")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    # The centre now has its own entry, so the built-in examples step aside.
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    added = editor.model.row_at(0)
    assert added.id == "northgate-women-s-duty-line"
    assert added.topics == ("domestic-abuse", "very-hard-times")
    assert manager.plans.library.directory.get(added.id).phone == "0000 000 0777"  # type: ignore[attr-defined]
    path = manager.plans.directory.centre_file  # type: ignore[attr-defined]
    assert "0000 000 0777" in path.read_text(encoding="utf-8")

    # Change it: checked again a year and a half ago, so it is marked gently.
    qtbot.mouseClick(editor.edit_button, Qt.MouseButton.LeftButton)
    form = drive.dialog(DirectoryEntryDialog)  # type: ignore[attr-defined]
    assert form.phone_edit.text() == "0000 000 0777"
    form.checked_edit.setDate(form.checked_edit.date().addDays(-550))
    form.hours_edit.setText("Weekdays")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.model.row_at(0).hours == "Weekdays")
    assert editor.model.index(0, DirectoryModel.NOTE).data() == CHECK_AGAIN

    # Remove it (after asking): the built-in examples come back.
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.model.rowCount() == examples)
    assert "Remove Northgate" in shown_messages[-1].text
    assert not path.exists()
    editor.reject()
    qtbot.wait(50)


def test_a_malformed_local_file_is_named_and_the_list_keeps_working(
    qtbot: QtBot, manager: object, tasks: TaskRunner
) -> None:
    local = Path(manager.paths.local_templates) / "directory"  # type: ignore[attr-defined]
    local.mkdir(parents=True)
    (local / "ours.toml").write_text(
        'format = 1\nkind = "directory"\n\n[[entry]]\nid = "ours"\nname = "Our line"\n'
        'kind = "helpline"\nphone = 5\nlast_verified = 2026-01-05\n',
        encoding="utf-8",
    )
    editor = _editor(qtbot, manager, tasks)
    assert editor.problems.isVisible()
    words = editor.problems.text()
    assert "ours.toml" in words and "line 8" in words and "phone" in words
    assert "failed" not in words.lower() and "error" not in words.lower()
    assert editor.model.rowCount() == len(manager.plans.library.directory.entries)  # type: ignore[attr-defined]
    editor.reject()
    qtbot.wait(50)


def test_new_ids_are_short_and_unique() -> None:
    assert new_id("Our Line!", set()) == "our-line"
    assert new_id("Our Line", {"our-line"}) == "our-line-2"
    assert new_id("!!!", set()) == "entry"


def test_the_centre_menu_opens_it_for_managers_only(
    qtbot: QtBot, drive: object, seeded: object, open_window: object
) -> None:
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    assert not window.menu_actions.directory.isEnabled()
    window.lock_now()
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    action = window.menu_actions.directory
    assert action.isEnabled() and action in window.menu_actions.centre_menu.actions()
    action.trigger()
    editor = drive.dialog(DirectoryEditor)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.model.rowCount() > 0)
    editor.reject()
    qtbot.wait(50)


def test_a_malformed_centre_file_is_kept_aside_when_the_list_is_next_changed(
    qtbot: QtBot, drive: object, manager: object, tasks: TaskRunner
) -> None:
    path = manager.plans.directory.centre_file  # type: ignore[attr-defined]
    path.parent.mkdir(parents=True)
    path.write_text('format = 1\nkind = "directory"\n[[entry]\n', encoding="utf-8")
    editor = _editor(qtbot, manager, tasks)
    assert "centre.toml, line 3" in editor.problems.text()
    assert "centre.toml.unreadable" in editor.problems.text()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    form = drive.dialog(DirectoryEntryDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(form.name_edit, "Our duty line")
    qtbot.keyClicks(form.email_edit, "duty@example.invalid")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.problems.isVisible())
    assert [e.id for e in editor.entries] == ["our-duty-line"]
    kept = path.with_name("centre.toml.unreadable")
    assert kept.read_text(encoding="utf-8").endswith("[[entry]\n")
    editor.reject()
    qtbot.wait(50)
