"""The main window: her caseload, the quick filter, the privacy screen and the title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.caseload_view import NOTHING_MATCHES
from ui.main_window import MainWindow
from ui.models.caseload import Column

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def names_shown(window: MainWindow) -> list[str]:
    caseload = window.caseload
    return [caseload.data(caseload.index(r, Column.NAME)) for r in range(caseload.rowCount())]


def test_keyworker_sees_only_her_own_caseload(
    seeded: object, open_window: object, drive: object
) -> None:
    """Ash sees the two women she supports, sorted by name, and not the manager's."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    assert names_shown(window) == sorted(drive.ash_women, key=str.casefold)  # type: ignore[attr-defined]
    assert drive.manager_only not in names_shown(window)  # type: ignore[attr-defined]
    row = window.caseload_model.row_at(0)
    assert row.keyworkers == "ash"
    assert row.safe_contact.startswith("Text only")
    assert window.workspace.banner.text() == "Signed in as ash · Keyworker"


def test_manager_sees_everyone(seeded: object, open_window: object, drive: object) -> None:
    """A manager's list holds every woman."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    assert len(names_shown(window)) == 3


def test_quick_filter_and_ctrl_f(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Ctrl+F puts her in the filter; typing narrows the table; no match is said kindly."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_F, CTRL)  # type: ignore[attr-defined]
    workspace = window.workspace
    assert workspace.filter_edit.hasFocus()
    qtbot.keyClicks(workspace.filter_edit, "pri")
    assert names_shown(window) == ["Priya"]
    qtbot.keyClicks(workspace.filter_edit, "zz")
    assert names_shown(window) == []
    assert workspace.empty_note.text() == NOTHING_MATCHES


def test_table_sorts_when_a_header_is_clicked(
    seeded: object, open_window: object, drive: object
) -> None:
    """The table is sortable by its headers."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    table = window.workspace.table
    table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names_shown(window) == sorted(drive.ash_women, key=str.casefold, reverse=True)  # type: ignore[attr-defined]


def test_privacy_screen_hides_then_restores(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Ctrl+Shift+H blanks the window at once without locking; the same key brings it back."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    workspace = window.workspace
    drive.press(window, Qt.Key.Key_H, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert window.current_page() is window.privacy_panel
    assert not workspace.table.isVisible()
    assert window.vault is not None and not window.vault.is_locked
    assert window.privacy_action.isChecked()
    drive.press(window, Qt.Key.Key_H, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert window.current_page() is workspace
    assert workspace.table.isVisible()
    assert not window.privacy_action.isChecked()


def test_title_never_shows_a_womans_name(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """In every state, no window title carries a planted name."""
    window = open_window()  # type: ignore[operator]
    planted = drive.ash_women[0]  # type: ignore[attr-defined]

    def check() -> None:
        titles = [w.windowTitle() for w in QApplication.topLevelWidgets()]
        assert window.windowTitle() == "womenscentre"
        assert not any(planted.split()[0] in title for title in titles)

    check()
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    check()
    window.workspace.table.selectRow(0)
    qtbot.keyClicks(window.workspace.filter_edit, planted)
    check()
    drive.press(window, Qt.Key.Key_H, CTRL_SHIFT)  # type: ignore[attr-defined]
    check()
    window.lock_now()
    check()


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Screen readers can name every button, field, table and progress bar, on every page."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    kinds = (QPushButton, QLineEdit, QTableView, QProgressBar)
    controls = [w for w in window.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) >= 8  # unlock page and workspace controls were all found
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []


def test_menus_asked_for_before_the_first_draw_are_made_then_and_only_once(
    qtbot: QtBot, seeded: object, vault_paths: object, clock: object
) -> None:
    """Code that needs a menu item before the window is drawn gets it at once; the draw
    that follows doesn't make a second set."""
    window = MainWindow(vault_paths, clock=clock, watch_session=False)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.menuBar().actions() == []  # nothing made yet
    assert window.lock_action.text() == "&Lock now"  # asked for: made now
    titles = [action.text() for action in window.menuBar().actions()]
    assert len(titles) == 5
    with qtbot.waitSignal(window.first_drawn):
        window.show()
    assert [action.text() for action in window.menuBar().actions()] == titles
    window.shutdown()


def test_a_window_never_drawn_still_gets_its_menus_and_watchers(
    qtbot: QtBot, seeded: object, vault_paths: object, clock: object
) -> None:
    """Started minimised (or never painted), it doesn't wait for ever for a first draw."""
    window = MainWindow(vault_paths, clock=clock, watch_session=False)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_drawn, timeout=3000):
        pass
    assert len(window.menuBar().actions()) == 5
    assert window.__dict__["autolock"] is not None  # made by the wait, not by this look
    window.shutdown()
