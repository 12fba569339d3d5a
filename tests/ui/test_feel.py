"""How it feels: large text, names for screen readers, and a keyboard path through the day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.person_dialog import PersonDialog
from ui.person_view import PersonView

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NO_MOD = Qt.KeyboardModifier.NoModifier
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QProgressBar,
    QComboBox,
    QAbstractSpinBox,
)


def inside_a_control(widget: QWidget) -> bool:
    """Part of another control: a spin box's line edit, a combo box's list, a date's calendar."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, CONTROLS):
            return True
        parent = parent.parent()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Controls under ``root`` with no accessible name (Qt's own inner parts aside)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
            continue
        if widget.objectName().startswith("qt_") or inside_a_control(widget):
            continue
        found.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return found


def walk_the_day(qtbot: QtBot, window: MainWindow, drive: object) -> PersonView:
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    view = drive.open_person(window, "Rosa Canarywood")  # type: ignore[attr-defined]
    return view


def test_every_control_is_named_on_every_screen(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Her record, the note editor, search, colleagues and the dialogs: all named."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    drive.open_person(window, "Rosa Canarywood")  # type: ignore[attr-defined]
    assert unnamed(window) == []
    drive.press(window, Qt.Key.Key_N, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    assert unnamed(window) == []
    drive.press(window, Qt.Key.Key_K, CTRL)  # type: ignore[attr-defined]
    window.workspace.manager.show_users()
    assert unnamed(window) == []
    for action in (
        window.menu_actions.add_person,
        window.menu_actions.settings,
        window.menu_actions.users,
    ):
        action.trigger()
    dialog = drive.dialog(PersonDialog)  # type: ignore[attr-defined]
    assert unnamed(dialog) == []
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget is not window:
            assert unnamed(widget) == [], widget.windowTitle()


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[float]:
    """The app's text at twice its usual size, as someone at 200% would have it."""
    before = qapp.font()
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(bigger)
    yield bigger.pointSizeF()
    qapp.setFont(before)


def clipped(root: QWidget) -> list[str]:
    """Visible buttons and fields smaller than they need to be to show their text."""
    found = []
    for widget in root.findChildren(QWidget):
        kinds = QPushButton | QLineEdit | QComboBox | QAbstractSpinBox
        if not widget.isVisibleTo(root) or not isinstance(widget, kinds):
            continue
        if inside_a_control(widget):
            continue
        hint = widget.sizeHint() if isinstance(widget, QPushButton) else widget.minimumSizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            label = widget.accessibleName() or type(widget).__name__
            found.append(f"{label}: {widget.width()}x{widget.height()} < {hint.toTuple()}")
    return found


def test_usable_at_twice_the_text_size(
    qtbot: QtBot, large_text: float, seeded: object, open_window: object, drive: object
) -> None:
    """At 200% text nothing important is cut off: unlock, her record, the note editor."""
    window = open_window()  # type: ignore[operator]
    assert window.font().pointSizeF() == large_text
    assert clipped(window.unlock_page) == []
    view = walk_the_day(qtbot, window, drive)
    assert view.safe_summary.font().pointSizeF() > large_text  # the banner stays prominent
    assert clipped(view) == []
    drive.press(window, Qt.Key.Key_N, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    assert clipped(window.workspace.records.editor) == []
    drive.press(window, Qt.Key.Key_Escape, NO_MOD)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_E, CTRL)  # type: ignore[attr-defined]
    dialog = drive.dialog(PersonDialog)  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    assert dialog.preferred_edit.font().pointSizeF() == large_text
    qtbot.waitUntil(lambda: clipped(dialog) == [])  # a long form scrolls rather than squeezes


def test_a_keyboard_path_through_the_day(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Unlock, open her record, write and finalise a note, go back: keys only."""
    window = open_window(autosave_ms=50)  # type: ignore[operator]
    page = window.unlock_page
    qtbot.keyClicks(window.focusWidget(), drive.keyworker)  # type: ignore[attr-defined]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.focusWidget() is page.passphrase_edit
    qtbot.keyClicks(window.focusWidget(), drive.keyworker_passphrase)  # type: ignore[attr-defined]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None and window.caseload.rowCount() == 2)
    workspace = window.workspace
    assert window.focusWidget() is workspace.table
    qtbot.keyClick(workspace.table, Qt.Key.Key_Down)
    qtbot.keyClick(workspace.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.records.person_view is not None)
    view = workspace.records.person_view
    assert window.focusWidget() is view.timeline_table
    drive.press(window, Qt.Key.Key_N, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: workspace.records.editor is not None)
    editor = workspace.records.editor
    assert window.focusWidget() is editor.body
    qtbot.keyClicks(window.focusWidget(), "Short check-in by phone; all well.")
    drive.press(window, Qt.Key.Key_S, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.settled)
    drive.press(window, Qt.Key.Key_Return, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.is_final and editor.body.isReadOnly())  # shown, not just saved
    drive.press(window, Qt.Key.Key_Escape, NO_MOD)  # type: ignore[attr-defined]
    assert workspace.current_view() is view
    qtbot.waitUntil(lambda: window.models.timeline.rowCount() == 1)
    assert window.focusWidget() is view.timeline_table
    drive.press(window, Qt.Key.Key_Escape, NO_MOD)  # type: ignore[attr-defined]
    assert workspace.current_view() is workspace.caseload_panel
    assert window.models.timeline.rowCount() == 0  # her record closed behind her
    assert window.focusWidget() is workspace.table
