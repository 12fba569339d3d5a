"""Session notes: write, autosave, her words, undo, finalise, amend; saved on lock, offered back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from ui.drafts import HER_WORDS_CLOSE, HER_WORDS_OPEN, wrap_her_words
from ui.main_window import MainWindow
from ui.messages import Kind, Shown
from ui.models.timeline import Column
from ui.note_editor import FINALISE_ASK, KEPT_SEPARATELY, NoteEditor
from womenscentre.domain.notes import NoteStatus

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NO_MOD = Qt.KeyboardModifier.NoModifier
BODY = "We met at the centre. She said the bus pass has made a real difference."


def new_note(qtbot: QtBot, window: MainWindow, drive: object, name: str = "Priya") -> NoteEditor:
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    drive.open_person(window, name)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_N, CTRL)  # type: ignore[attr-defined]
    records = window.workspace.records
    qtbot.waitUntil(lambda: records.editor is not None)
    editor = records.editor
    assert editor.body.hasFocus()
    return editor


def test_write_autosave_finalise_and_amend(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, shown_messages: list[Shown]
) -> None:
    """The whole life of a note, driven from the keyboard."""
    window = open_window(autosave_ms=50)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    assert editor.state.note is None  # nothing saved before anything is typed
    qtbot.keyClicks(editor.body, BODY)
    qtbot.waitUntil(lambda: editor.settled)
    assert editor.status.text().startswith("Draft saved at")
    [draft] = window.vault.notes.my_drafts()
    assert draft.content.body == BODY
    qtbot.keyClicks(editor.body, " More later.")
    qtbot.waitUntil(lambda: editor.state.saved.body.endswith("More later."))
    assert window.vault.notes.my_drafts()[0].version > draft.version  # the same draft, saved again

    drive.press(window, Qt.Key.Key_Return, CTRL)  # type: ignore[attr-defined]
    assert shown_messages[-1] == Shown(Kind.QUESTION, "womenscentre", FINALISE_ASK)
    qtbot.waitUntil(lambda: editor.is_final and editor.body.isReadOnly())  # shown, not just saved
    assert editor.body.isReadOnly()
    assert not editor.finalise_button.isVisible()
    assert editor.addenda_box.isVisible()
    assert window.vault.notes.my_drafts() == []
    qtbot.keyClicks(editor.body, "can't change it")  # read-only now
    assert "can't change it" not in editor.body.toPlainText()

    editor.addendum_edit.setFocus()
    qtbot.keyClicks(editor.addendum_edit, "Correction: it was the weekly bus pass.")
    qtbot.mouseClick(editor.addendum_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "weekly bus pass" in editor.addenda_view.toPlainText())
    assert "by ash" in editor.addenda_view.toPlainText()
    note = window.vault.notes.get(editor.state.note.id)
    assert note.status is NoteStatus.FINAL
    assert note.content.body == BODY + " More later."
    assert [a.body for a in note.addenda] == ["Correction: it was the weekly bus pass."]

    drive.press(window, Qt.Key.Key_Escape, NO_MOD)  # type: ignore[attr-defined]
    timeline = window.models.timeline
    qtbot.waitUntil(
        lambda: (
            timeline.rowCount() == 1
            and timeline.data(timeline.index(0, Column.ADDENDA)) == "1 addendum"
        )
    )
    assert timeline.data(timeline.index(0, Column.STATUS)) == "Final"
    assert timeline.data(timeline.index(0, Column.AUTHOR)) == "ash"


def test_her_words_undo_and_redo(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Ctrl+Shift+W wraps the selection in the guidance's markers; one undo takes it back."""
    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    qtbot.keyClicks(editor.body, "She said it has made a real difference to her week.")
    cursor = editor.body.textCursor()
    start = editor.body.toPlainText().index("it has")
    cursor.setPosition(start)
    cursor.setPosition(
        start + len("it has made a real difference"), QTextCursor.MoveMode.KeepAnchor
    )
    editor.body.setTextCursor(cursor)
    drive.press(window, Qt.Key.Key_W, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert editor.body.toPlainText() == (
        f"She said \n{HER_WORDS_OPEN}\nit has made a real difference\n{HER_WORDS_CLOSE}\n"
        " to her week."
    )
    assert editor.undo_button.isEnabled()
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.body.toPlainText() == "She said it has made a real difference to her week."
    qtbot.mouseClick(editor.redo_button, Qt.MouseButton.LeftButton)
    assert HER_WORDS_OPEN in editor.body.toPlainText()


def test_wrap_her_words_puts_markers_on_their_own_lines() -> None:
    """At the start of a line no blank line is added; with nothing selected the cursor waits."""
    text, inside = wrap_her_words("", "", "")
    assert text == f"{HER_WORDS_OPEN}\n\n{HER_WORDS_CLOSE}"
    assert text[:inside] == f"{HER_WORDS_OPEN}\n"
    text, _ = wrap_her_words("Intro\n", "exactly this", "\nnext")
    assert text == f"{HER_WORDS_OPEN}\nexactly this\n{HER_WORDS_CLOSE}"


def test_lock_saves_the_draft_first_and_unlock_offers_it_back(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, shown_messages: list[Shown]
) -> None:
    """Typed a moment ago, not yet autosaved: Ctrl+L seals it, and it is offered back."""
    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive, "Rosa Canarywood")
    qtbot.keyClicks(editor.body, "Half-finished thought about the housing letter")
    assert editor.state.note is None  # the autosave has not run
    drive.press(window, Qt.Key.Key_L, CTRL)  # type: ignore[attr-defined]
    assert window.vault is None
    qtbot.waitUntil(lambda: not window.findChildren(NoteEditor))  # destroyed
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    offer = [m for m in shown_messages if m.kind is Kind.QUESTION][-1]
    assert offer.text.startswith("You have an unfinished note from Monday 5 January 2026")
    assert "Rosa Canarywood" in offer.text
    editor = window.workspace.records.editor
    assert editor.body.toPlainText() == "Half-finished thought about the housing letter"
    assert window.workspace.current_view() is editor


def test_a_conflict_keeps_her_words_as_a_separate_draft(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, shown_messages: list[Shown]
) -> None:
    """If the draft was saved elsewhere meanwhile, nothing she typed is lost."""
    window = open_window(autosave_ms=50)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    qtbot.keyClicks(editor.body, "First words.")
    qtbot.waitUntil(lambda: editor.settled)
    first = editor.state.note
    # The same draft saved from somewhere else in the meantime.
    window.vault.notes.save_draft(first.id, first.content, expected_version=first.version)
    qtbot.keyClicks(editor.body, " Then more.")
    qtbot.waitUntil(lambda: any(m.text == KEPT_SEPARATELY for m in shown_messages))
    assert editor.state.note.id != first.id
    bodies = sorted(n.content.body for n in window.vault.notes.my_drafts())
    assert bodies == ["First words.", "First words. Then more."]


def test_copied_note_text_is_taken_back_on_lock(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Ctrl+C in a note goes through the app's guard: marked sensitive, cleared on lock."""
    from PySide6.QtWidgets import QApplication

    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    qtbot.keyClicks(editor.body, "She asked us to ring the housing officer")
    editor.body.selectAll()
    qtbot.keyClick(editor.body, Qt.Key.Key_C, CTRL)
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "She asked us to ring the housing officer"
    assert clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    assert window.clipboard.holds_ours
    drive.press(window, Qt.Key.Key_L, CTRL)  # type: ignore[attr-defined]
    assert clipboard.text() == ""


def test_copied_note_text_clears_itself_after_the_centres_time(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """The clipboard is emptied after the centre's clipboard seconds, without a lock."""
    from PySide6.QtWidgets import QApplication

    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    window.clipboard.set_clear_after_seconds(1)
    qtbot.keyClicks(editor.body, "Bus times for Thursday")
    editor.body.selectAll()
    qtbot.keyClick(editor.body, Qt.Key.Key_X, CTRL)  # cut goes through the guard too
    assert QApplication.clipboard().text() == "Bus times for Thursday"
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=3000)
    assert window.vault is not None  # nothing was locked


def test_privacy_screen_hides_a_note_being_written(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Ctrl+Shift+H hides the note at once; typing meanwhile goes nowhere; it comes back."""
    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    qtbot.keyClicks(editor.body, "Private words")
    drive.press(window, Qt.Key.Key_H, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert window.current_page() is window.privacy_panel
    assert not editor.isVisible()
    qtbot.keyClicks(window.focusWidget(), "typed by someone walking past")
    drive.press(window, Qt.Key.Key_N, CTRL)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_K, CTRL)  # type: ignore[attr-defined]
    assert window.current_page() is window.privacy_panel  # nothing else can open meanwhile
    drive.press(window, Qt.Key.Key_H, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert editor.isVisible()
    assert editor.body.toPlainText() == "Private words"
    assert window.vault is not None and not window.vault.is_locked


def test_an_addendum_being_typed_is_sealed_on_lock_and_back_on_reopening(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, shown_messages: list[Shown]
) -> None:
    """Typing an addendum, then Ctrl+L: the words come back when she opens the note again."""
    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    qtbot.keyClicks(editor.body, BODY)
    drive.press(window, Qt.Key.Key_Return, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.is_final and editor.body.isReadOnly())  # shown, not just saved
    note_id = editor.state.note.id
    editor.addendum_edit.setFocus()
    qtbot.keyClicks(editor.addendum_edit, "Correction: the bus pass is monthly.")
    assert editor.dirty
    window.lock_now()
    qtbot.waitUntil(lambda: window.vault is None or window.vault.is_locked)

    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    drive.open_person(window, "Priya")  # type: ignore[attr-defined]
    window.workspace.records.open_note(note_id)
    records = window.workspace.records
    qtbot.waitUntil(lambda: records.editor is not None and records.editor.is_final)
    reopened = records.editor
    qtbot.waitUntil(
        lambda: reopened.addendum_edit.toPlainText() == "Correction: the bus pass is monthly."
    )
    qtbot.mouseClick(reopened.addendum_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "monthly" in reopened.addenda_view.toPlainText())
    assert window.vault.notes.my_addendum_drafts() == []
