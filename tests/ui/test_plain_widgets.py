"""The shared label and passphrase field: plain text always, and no way to copy a passphrase.

``PlainLabel`` leaves Qt's text format alone for text Qt would show plainly anyway (so the
unlock window is drawn before Qt's enums are built) and sets plain text the moment it holds
anything Qt could read as markup. These tests check that promise against Qt's own judgement.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtGui import Qt as GuiQt  # Qt's GUI functions, such as mightBeRichText
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from ui.widgets import PlainLabel, could_be_markup, heading, line_edit, paragraph, status_line

MARKUP = ("<b>Rosa</b>", "Fiona <i>said</i>", "&lt;b&gt;bold&lt;/b&gt;", "<!DOCTYPE html><p>x")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="<&"), max_size=60))
def test_text_without_tags_or_entities_is_never_read_as_markup(text: str) -> None:
    """The shortcut PlainLabel takes agrees with Qt's own test for rich text."""
    assert not could_be_markup(text)
    assert not GuiQt.mightBeRichText(text)


def test_anything_qt_could_read_as_markup_is_caught() -> None:
    for text in MARKUP:
        assert GuiQt.mightBeRichText(text)
        assert could_be_markup(text)


def test_markup_given_at_the_start_is_shown_as_written(qtbot: QtBot) -> None:
    for make in (PlainLabel, heading, paragraph):
        label = make(MARKUP[0])
        qtbot.addWidget(label)
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.text() == MARKUP[0]


def test_markup_given_later_is_shown_as_written(qtbot: QtBot) -> None:
    """A heading made with her name and renamed later, or a status line, stays plain."""
    for label in (heading("Session note"), paragraph(), status_line("Unlock message")):
        qtbot.addWidget(label)
        for text in MARKUP:
            label.setText(text)
            assert label.textFormat() == Qt.TextFormat.PlainText
            assert label.text() == text


def menus_opened_by_right_click(qtbot: QtBot, field: QLineEdit) -> list[QMenu]:
    """Right-click ``field``; any menu that opens is noted and closed (it would block)."""
    opened: list[QMenu] = []

    def close_menus() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMenu) and widget.isVisible():
                opened.append(widget)
                widget.close()

    QTimer.singleShot(150, close_menus)
    here = QPoint(5, 5)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse,
        here,
        field.mapToGlobal(here),
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(field, event)
    qtbot.wait(300)
    return opened


def test_the_passphrase_field_hides_its_text_and_offers_no_menu(qtbot: QtBot) -> None:
    """Right-click (or the menu key) on it opens nothing, so there is no Copy to reach."""
    field = line_edit("Passphrase", secret=True)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    qtbot.keyClicks(field, "plum kettle harbour")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert not field.dragEnabled()
    assert field.displayText() != "plum kettle harbour"
    assert menus_opened_by_right_click(qtbot, field) == []


def test_an_ordinary_field_still_has_its_menu(qtbot: QtBot) -> None:
    """The check above can fail: an ordinary field does open a menu on right-click."""
    field = line_edit("User name")
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    assert len(menus_opened_by_right_click(qtbot, field)) == 1
