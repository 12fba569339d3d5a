"""The session's prompts in the note editor: laid out by type, saved, kept, and told once."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ui import messages
from ui.main_window import MainWindow
from ui.messages import Kind, Shown
from ui.note_editor import NoteEditor
from ui.plan_fields import FieldEditor
from ui.prompt_sections import HIDE_IDEAS, KNOWN_EARLIER, SHOW_IDEAS
from womenscentre.domain.answers import ANSWER_LABELS, Answer, AnswerStatus
from womenscentre.domain.notes import NoteStatus, SessionType
from womenscentre.services import records
from womenscentre.store.models import SessionNoteRow

CTRL = Qt.KeyboardModifier.ControlModifier
NO_MOD = Qt.KeyboardModifier.NoModifier
GOAL = "Back to college in September"


def new_note(qtbot: QtBot, window: MainWindow, drive: object, name: str = "Priya") -> NoteEditor:
    """Open her record, press Ctrl+N, and wait until the session's prompts are laid out."""
    if window.workspace is None or window.vault is None:
        drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    drive.open_person(window, name)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_N, CTRL)  # type: ignore[attr-defined]
    records_desk = window.workspace.records
    qtbot.waitUntil(lambda: records_desk.editor is not None)
    editor = records_desk.editor
    qtbot.waitUntil(lambda: editor.prompts.is_loaded and bool(editor.prompts.sections.panels))
    return editor


def choose_type(editor: NoteEditor, kind: SessionType) -> None:
    box = editor.fields.type_box
    box.setCurrentIndex(box.findData(kind))


def field(editor: NoteEditor, field_id: str) -> FieldEditor:
    return editor.prompts.sections.editors()[field_id]


def type_into(qtbot: QtBot, editor: NoteEditor, field_id: str, text: str) -> None:
    value = field(editor, field_id).value
    value.edit.setFocus()
    for at, line in enumerate(text.split("\n")):
        if at:
            qtbot.keyClick(value.edit, Qt.Key.Key_Return)
        qtbot.keyClicks(value.edit, line)


def mark(editor: NoteEditor, field_id: str, status: AnswerStatus) -> None:
    combo = field(editor, field_id).status
    combo.setCurrentIndex(combo.findData(status.value))


def test_the_session_type_lays_out_its_sections_with_gentle_guidance(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    library = window.vault.plans.library
    sections = editor.prompts.sections
    expected = library.prompt_set(SessionType.ONE_TO_ONE)
    assert [p.section.title for p in sections.panels] == [s.title for s in expected.sections]
    assert editor.body.hasFocus()  # the prompts never take her away from the note

    choose_type(editor, SessionType.CRISIS)
    crisis = library.prompt_set(SessionType.CRISIS)
    assert [p.section.title for p in sections.panels] == [s.title for s in crisis.sections]
    assert sections.panels[0].section.id == "safety-and-consent"
    assert sections.panels[-1].section.id == "recording-check"

    first = sections.panels[1]
    qtbot.waitUntil(first.ideas.isVisible)  # shown as soon as it is laid out
    assert crisis.sections[1].questions[0] in "\n".join(
        label.text() for label in first.ideas.findChildren(type(first.title))
    )
    assert first.ideas_button.text() == HIDE_IDEAS
    qtbot.waitUntil(lambda: first.ideas_button.height() > 0)  # laid out
    editor.prompts.ensureWidgetVisible(first.ideas_button)  # scrolled to, as she would
    qtbot.mouseClick(first.ideas_button, Qt.MouseButton.LeftButton)
    assert not first.ideas.isVisible() and first.ideas_button.text() == SHOW_IDEAS
    for editor_field in sections.editors().values():
        choices = [editor_field.status.itemText(i) for i in range(editor_field.status.count())]
        assert ANSWER_LABELS[AnswerStatus.DECLINED] in choices
        assert ANSWER_LABELS[AnswerStatus.NOT_ASKED] in choices

    choose_type(editor, SessionType.GROUP)  # no prompt set: just the note
    assert sections.panels == [] and sections.purpose.text()


def test_answers_autosave_sealed_without_guidance_and_survive_a_lock(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, shown_messages: list[Shown]
) -> None:
    """Type into a field, lock at once: the draft is sealed first and comes back, answer too."""
    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    type_into(qtbot, editor, "goal_focus", GOAL)
    mark(editor, "pause_signal", AnswerStatus.DECLINED)
    mark(editor, "plan_changes", AnswerStatus.NOT_ASKED)
    assert editor.state.note is None and editor.dirty  # answers alone are worth a draft
    drive.press(window, Qt.Key.Key_L, CTRL)  # type: ignore[attr-defined]
    assert window.vault is None
    qtbot.waitUntil(lambda: not window.findChildren(NoteEditor))

    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    offer = [m for m in shown_messages if m.kind is Kind.QUESTION][-1]
    assert offer.text.startswith("You have an unfinished note")
    back = window.workspace.records.editor
    qtbot.waitUntil(lambda: back.prompts.is_loaded and bool(back.prompts.sections.panels))
    assert field(back, "goal_focus").answer() == Answer.of(GOAL)
    assert field(back, "pause_signal").answer() == Answer.declined()
    assert field(back, "plan_changes").answer() == Answer.not_asked()
    assert not back.dirty  # shown as saved, nothing to save again

    [draft] = window.vault.notes.my_drafts()
    assert draft.content.answers["goal_focus"] == Answer.of(GOAL)
    assert draft.content.prompt_set is not None and draft.content.prompt_set.id == "one-to-one"
    with window.vault.read() as session:
        row = session.scalars(select(SessionNoteRow).where(SessionNoteRow.id == draft.id)).one()
        sealed = json.dumps(records.open_row(window.vault, row, "session_notes"))
    for section in window.vault.plans.library.prompt_set(SessionType.ONE_TO_ONE).sections:
        assert section.guidance.why not in sealed
        assert section.questions[0] not in sealed


def test_changing_type_keeps_shared_answers_and_asks_before_setting_others_aside(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, shown_messages: list[Shown]
) -> None:
    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    type_into(qtbot, editor, "pause_signal", "Touches her ear")  # shared by every set
    type_into(qtbot, editor, "goal_focus", GOAL)  # only in the one-to-one set

    previous = messages.set_hook(lambda shown: (shown_messages.append(shown), False)[1])
    try:
        choose_type(editor, SessionType.CRISIS)
    finally:
        messages.set_hook(previous)
    asked = shown_messages[-1]
    assert asked.kind is Kind.QUESTION and "The goal she is working on" in asked.text
    assert editor.fields.type_box.currentData() == SessionType.ONE_TO_ONE  # she said no
    assert field(editor, "goal_focus").answer() == Answer.of(GOAL)

    choose_type(editor, SessionType.CRISIS)  # this time she agrees
    assert editor.fields.type_box.currentData() == SessionType.CRISIS
    assert editor.content().answers == {"pause_signal": Answer.of("Touches her ear")}
    asked_before = len(shown_messages)
    choose_type(editor, SessionType.FIRST_MEETING)  # nothing would be set aside: no question
    assert len(shown_messages) == asked_before
    assert field(editor, "pause_signal").answer() == Answer.of("Touches her ear")


def test_what_is_already_known_shows_at_her_next_session(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Finalise a first meeting with answers; the next note shows them, declined ones too."""
    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    choose_type(editor, SessionType.FIRST_MEETING)
    type_into(qtbot, editor, "her_priorities", "A flat of my own\nSeeing my sister")
    mark(editor, "never_contact", AnswerStatus.DECLINED)
    type_into(qtbot, editor, "pause_signal", "Touches her ear")
    mark(editor, "safe_to_talk", AnswerStatus.ANSWERED)
    field(editor, "safe_to_talk").value.buttons["yes"].click()
    drive.press(window, Qt.Key.Key_Return, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: editor.is_final)
    final = window.vault.notes.get(editor.state.note.id)
    assert final.status is NoteStatus.FINAL
    assert final.content.answers["never_contact"] == Answer.declined()

    # The finalised note reads its answers back plainly, section by section.
    qtbot.waitUntil(lambda: "Her priorities" in editor.recorded_view.toPlainText())
    recorded = editor.recorded_view.toPlainText()
    assert "Her priorities, in her words: A flat of my own; Seeing my sister" in recorded
    assert "Ways never to contact her: She chose not to answer" in recorded
    assert editor.recorded_view.isVisible() and not editor.prompts.isVisible()

    drive.press(window, Qt.Key.Key_Escape, NO_MOD)  # type: ignore[attr-defined]
    nxt = new_note(qtbot, window, drive)
    assert nxt is not editor and nxt.state.note is None
    sections = nxt.prompts.sections
    pause_panel = next(p for p in sections.panels if "pause_signal" in p.known_labels)
    assert pause_panel.known_labels["pause_signal"].text() == (
        "Already known (from 5 January 2026): Touches her ear"
    )
    assert field(nxt, "pause_signal").answer() == Answer()  # shown, not copied into today
    elsewhere = sections.known_elsewhere.text()
    assert elsewhere.startswith(KNOWN_EARLIER) and sections.known_elsewhere.isVisible()
    assert (
        "Her priorities, in her words: Already known (from 5 January 2026): "
        "A flat of my own; Seeing my sister"
    ) in elsewhere
    assert "Ways never to contact her: Already known (from 5 January 2026): she chose not" in (
        elsewhere
    )
    assert "Safe to talk" not in elsewhere + pause_panel.known_labels["pause_signal"].text()
    assert not any("safe_to_talk" in p.known_labels for p in sections.panels)


def test_longer_fields_get_the_same_language_guidance_and_it_is_not_saved(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    window = open_window(autosave_ms=60_000)  # type: ignore[operator]
    editor = new_note(qtbot, window, drive)
    qtbot.waitUntil(lambda: editor.guidance.guide is not None, timeout=20_000)
    type_into(qtbot, editor, "better_since", "They have a volatile relationship, she says")
    box = field(editor, "better_since").value.edit
    [guidance] = [g for g in editor.prompts.sections.guidances if g.editor is box]
    qtbot.waitUntil(lambda: bool(guidance.marks))
    assert "volatile relationship" in guidance.marks[0].cursor.selectedText()
    assert editor.content().answers["better_since"] == Answer.of(
        "They have a volatile relationship, she says"
    )
    editor.wipe()  # as the vault locks
    assert editor.prompts.sections.editors() == {}
    assert editor.prompts.sections.known_elsewhere.text() == ""
