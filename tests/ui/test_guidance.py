"""Live language guidance in a plain-text editor: underlines, reasons, choices, the list.

Most tests drive a bare :class:`~ui.clipboard.GuardedPlainTextEdit` (the note editor's own
text box) with :class:`~ui.guidance_highlighter.LiveGuidance` attached and the real rule
packs, typing through ``qtbot`` and opening the real context menu. The last tests run the
whole note editor in the main window. Every sentence is invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMenu, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from ui.clipboard import GuardedPlainTextEdit
from ui.drafts import HER_WORDS_CLOSE, HER_WORDS_OPEN
from ui.guidance_highlighter import DEFAULT_DEBOUNCE_MS, PREFERRED_NOTED, LiveGuidance
from ui.guidance_panel import GuidancePanel
from ui.guidance_session import load_guide
from ui.guidance_text import TextOffsets, bare_term, sentence_span
from ui.models.findings import COUNT_ROLE, FINDING_ROLE, tooltip_text
from ui.note_editor import PREFERRED_SAVED
from ui.person_dialog import PersonDialog
from ui.person_view import detail_rows
from womenscentre.guidance import Action, Guide, ParagraphCheck, Severity

FAST_MS = 20
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MOD = Qt.KeyboardModifier.NoModifier
Mode = QAbstractItemModelTester.FailureReportingMode


class RecordingGuide:
    """The real guide, with every call and the text it was given written down."""

    def __init__(self, guide: Guide) -> None:
        self.guide = guide
        self.calls: list[tuple[str, int | None]] = []

    def check_paragraph(self, text: str, position: int, **options: Any) -> ParagraphCheck:
        self.calls.append((text, position))
        return self.guide.check_paragraph(text, position, **options)

    def check(self, text: str, **options: Any) -> list[Any]:
        self.calls.append((text, None))
        return self.guide.check(text, **options)


@pytest.fixture
def box(qtbot: QtBot) -> GuardedPlainTextEdit:
    editor = GuardedPlainTextEdit()
    editor.resize(640, 360)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.setFocus()
    return editor


@pytest.fixture
def guidance(box: GuardedPlainTextEdit) -> LiveGuidance:
    return LiveGuidance(box, load_guide(), debounce_ms=FAST_MS)


def type_text(qtbot: QtBot, editor: GuardedPlainTextEdit, text: str) -> None:
    """Type as a person would: keys, Return for each new line. QTest has no keys for curly
    quotes, so those arrive as a keyboard layout or an input method would give them."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", line):
            if run.isascii():
                qtbot.keyClicks(editor, run)
            else:
                editor.insertPlainText(run)


def bare(words: str) -> str:
    """The marked words without a leading "a"/"an": the engine may take the article into a
    finding so that a suggestion can bring its own (``womenscentre/guidance/fit.py``)."""
    return bare_term(words)


def marked(guidance: LiveGuidance) -> list[tuple[str, str]]:
    return [(bare(m.cursor.selectedText()), m.rule) for m in guidance.marks]


def settle(qtbot: QtBot, guidance: LiveGuidance) -> None:
    qtbot.waitUntil(lambda: not guidance.pending)


def point_of(editor: GuardedPlainTextEdit, position: int) -> QPoint:
    """A point just inside the character at ``position``, in viewport coordinates."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(position)
    rect = editor.cursorRect(cursor)
    return QPoint(rect.left() + 2, rect.center().y())


def open_menu(
    qtbot: QtBot, editor: GuardedPlainTextEdit, guidance: LiveGuidance, position: int
) -> QMenu:
    """Right-click the character at ``position`` and return the menu that pops up."""
    viewport = editor.viewport()
    point = point_of(editor, position)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    menu = guidance.last_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


def actions(menu: QMenu, name: str) -> list[Any]:
    return [a for a in menu.actions() if a.objectName() == name]


def choose(menu: QMenu, name: str, index: int = 0) -> None:
    actions(menu, name)[index].trigger()
    menu.close()


def position_of(editor: GuardedPlainTextEdit, words: str, nth: int = 0) -> int:
    text = editor.toPlainText()
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return TextOffsets(text).to_doc(at)


def styles(editor: GuardedPlainTextEdit) -> dict[str, tuple[Any, Any]]:
    return {
        bare(s.cursor.selectedText()): (s.format.underlineStyle(), s.format.underlineColor())
        for s in editor.extraSelections()
        if s.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline
    }


# -- underlines and reasons ------------------------------------------------------------------


def test_a_blaming_phrase_is_underlined_as_a_warning_and_hover_gives_the_reason(
    qtbot: QtBot, box: GuardedPlainTextEdit, guidance: LiveGuidance
) -> None:
    """Typed words are underlined after the pause, wavy, in the palette's link colour."""
    type_text(qtbot, box, "They have a volatile relationship, she says.")
    qtbot.waitUntil(lambda: bool(guidance.marks))
    [mark] = guidance.marks
    # The engine may widen a finding to the words its suggestion replaces ("They have a …").
    assert "volatile relationship" in mark.cursor.selectedText()
    assert mark.finding.severity is Severity.WARNING
    [(style, colour)] = styles(box).values()
    assert style == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert colour == box.palette().color(QPalette.ColorRole.Link)

    viewport = box.viewport()
    point = point_of(box, mark.start + 3)
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert mark.finding.message in QToolTip.text()
    assert f"“{mark.finding.suggestions[0]}”" in QToolTip.text()  # and what she might write
    QToolTip.hideText()


def test_a_hint_is_underlined_in_a_different_calmer_style(
    qtbot: QtBot, box: GuardedPlainTextEdit, guidance: LiveGuidance
) -> None:
    """A hint is dotted in the placeholder colour; a warning beside it stays wavy."""
    type_text(qtbot, box, "She is a victim of abuse. Police called it a domestic dispute.")
    qtbot.waitUntil(lambda: len(guidance.marks) == 2)
    found = styles(box)
    assert found["victim"] == (
        QTextCharFormat.UnderlineStyle.DotLine,
        box.palette().color(QPalette.ColorRole.PlaceholderText),
    )
    assert found["domestic dispute"][0] == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert found["victim"] != found["domestic dispute"]
    assert guidance.tooltip_at(position_of(box, "victim")).startswith("Some women feel")


def test_quoted_speech_and_her_words_blocks_are_never_underlined(
    qtbot: QtBot, box: GuardedPlainTextEdit, guidance: LiveGuidance
) -> None:
    """Only the keyworker's own wording is marked; her words, quoted or in a block, are not."""
    type_text(
        qtbot,
        box,
        "She said “it was a volatile relationship, a domestic dispute really”.\n\n"
        f"{HER_WORDS_OPEN}\nI was an addict then and a victim too.\n{HER_WORDS_CLOSE}\n\n"
        "Police called it a domestic dispute.",
    )
    qtbot.waitUntil(lambda: bool(guidance.marks))
    settle(qtbot, guidance)
    assert marked(guidance) == [("domestic dispute", "da.domestic-dispute")]
    assert guidance.marks[0].end == position_of(box, "domestic dispute", nth=1) + 16


# -- the context menu ------------------------------------------------------------------------


def test_a_suggestion_from_the_menu_replaces_the_words_in_her_capitalisation(
    qtbot: QtBot, box: GuardedPlainTextEdit, guidance: LiveGuidance
) -> None:
    """At the start of a sentence the suggestion starts with a capital too; one undo step."""
    typed = "Domestic dispute reported by a neighbour on Friday."
    type_text(qtbot, box, typed)
    qtbot.waitUntil(lambda: bool(guidance.marks))
    menu = open_menu(qtbot, box, guidance, 2)
    offered = [a.text() for a in actions(menu, "guidance-suggestion")]
    first = guidance.marks[0].finding.suggestions[0]
    assert first[0].isupper() and "domestic abuse" in first.lower()
    assert offered[0] == f"Change to “{first}”"
    assert any(a.objectName() == "edit-copy" for a in menu.actions())  # the usual items stay
    choose(menu, "guidance-suggestion")
    assert box.toPlainText() == f"{first} reported by a neighbour on Friday."
    assert guidance.marks == []
    box.undo()
    assert box.toPlainText() == typed


@pytest.mark.parametrize(
    ("typed", "words", "index", "after"),
    [
        ("He called her an addict.", "addict", 0, "He called her a person who uses drugs."),
        ("An addict was seen.", "addict", 1, "A woman with a drug dependency was seen."),
        (
            "Police attended a domestic dispute.",
            "domestic dispute",
            1,
            "Police attended an incident of domestic abuse.",
        ),
        ("Police attended a domestic dispute.", "domestic", 0, "Police attended domestic abuse."),
    ],
)
def test_a_and_an_are_fitted_when_a_suggestion_goes_in(
    qtbot: QtBot,
    box: GuardedPlainTextEdit,
    guidance: LiveGuidance,
    typed: str,
    words: str,
    index: int,
    after: str,
) -> None:
    """ "an addict" becomes "a person…", and "a domestic dispute" never "a an incident",
    chosen from the real menu; one undo puts the words and the article back."""
    type_text(qtbot, box, typed)
    qtbot.waitUntil(lambda: bool(guidance.marks))
    choose(
        open_menu(qtbot, box, guidance, position_of(box, words) + 1), "guidance-suggestion", index
    )
    assert box.toPlainText() == after
    box.undo()
    assert box.toPlainText() == typed


@pytest.mark.parametrize(
    ("typed", "words", "rule"),
    [
        ("Her son did not attend his dental appointment.", "did not", "eng.child-not-brought"),
        ("Staff call her a heartsink client.", "heartsink", "eng.heartsink"),
    ],
)
def test_a_rephrase_example_is_shown_but_never_pasted_in(
    qtbot: QtBot,
    box: GuardedPlainTextEdit,
    guidance: LiveGuidance,
    typed: str,
    words: str,
    rule: str,
) -> None:
    """An example rewrite of the sentence ("was not brought") is offered as "For example: …",
    with nothing to click that would paste it over the words."""
    assert guidance.guide is not None
    assert guidance.guide.rule(rule).action is Action.REPHRASE
    type_text(qtbot, box, typed)
    qtbot.waitUntil(lambda: bool(guidance.marks))
    [mark] = guidance.marks
    assert mark.rule == rule
    menu = open_menu(qtbot, box, guidance, position_of(box, words) + 1)
    assert actions(menu, "guidance-suggestion") == []
    examples = actions(menu, "guidance-example")
    assert [a.text() for a in examples] == [
        f"For example: “{s}”".replace("&", "&&") for s in mark.finding.suggestions
    ]
    assert examples and not any(a.isEnabled() for a in examples)
    assert actions(menu, "guidance-dismiss")  # the other choices are still there
    menu.close()
    for suggestion in mark.finding.suggestions:
        assert not guidance.apply_suggestion(mark, suggestion)
    assert box.toPlainText() == typed
    assert "For example: “" in tooltip_text(mark.finding)


def test_a_suggestion_with_a_placeholder_selects_it_for_typing_over(
    qtbot: QtBot, box: GuardedPlainTextEdit, guidance: LiveGuidance
) -> None:
    """ "[her]": the placeholder is selected, so typing the right word replaces it."""
    type_text(qtbot, box, "Her brother committed suicide in 2015.")
    qtbot.waitUntil(lambda: bool(guidance.marks))
    menu = open_menu(qtbot, box, guidance, position_of(box, "committed"))
    assert actions(menu, "guidance-suggestion")[1].text() == "Change to “took [her] own life”"
    choose(menu, "guidance-suggestion", 1)
    assert box.textCursor().selectedText() == "[her]"
    qtbot.keyClicks(box, "his")
    assert box.toPlainText() == "Her brother took his own life in 2015."


def test_the_passive_question_offers_no_replacement(
    qtbot: QtBot, box: GuardedPlainTextEdit, guidance: LiveGuidance
) -> None:
    """ "She was hit": the menu asks "Who did this?" and offers nothing to paste in."""
    type_text(qtbot, box, "She was hit on Friday.")
    qtbot.waitUntil(lambda: bool(guidance.marks))
    [mark] = guidance.marks
    menu = open_menu(qtbot, box, guidance, position_of(box, "hit"))
    assert actions(menu, "guidance-suggestion") == []
    [question] = actions(menu, "guidance-question")
    assert question.text().startswith("Who did this?")
    assert not question.isEnabled()
    menu.close()
    assert not guidance.apply_suggestion(mark, mark.finding.suggestions[0])
    assert box.toPlainText() == "She was hit on Friday."


def test_these_are_her_words_wraps_the_sentence_from_the_keyboard(
    qtbot: QtBot, box: GuardedPlainTextEdit, guidance: LiveGuidance
) -> None:
    """Menu key with the cursor in the words; the sentence goes between the markers."""
    type_text(
        qtbot,
        box,
        "We talked about housing. He said it was a volatile relationship. We made a plan.",
    )
    qtbot.waitUntil(lambda: bool(guidance.marks))
    cursor = box.textCursor()
    cursor.setPosition(position_of(box, "volatile") + 2)
    box.setTextCursor(cursor)
    rect_centre = box.cursorRect(cursor).center()
    QApplication.sendEvent(
        box,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, rect_centre, box.mapToGlobal(rect_centre)
        ),
    )
    assert guidance.last_menu is not None
    choose(guidance.last_menu, "guidance-her-words")
    assert box.toPlainText() == (
        f"We talked about housing. \n{HER_WORDS_OPEN}\n"
        f"He said it was a volatile relationship.\n{HER_WORDS_CLOSE}\n We made a plan."
    )
    assert guidance.marks == []


def test_dismiss_here_removes_that_one_place_for_the_session(
    qtbot: QtBot, box: GuardedPlainTextEdit, guidance: LiveGuidance
) -> None:
    """The other place stays; typing on in the paragraph doesn't bring the first one back."""
    type_text(qtbot, box, "A volatile relationship, they said. Another volatile relationship.")
    qtbot.waitUntil(lambda: len(guidance.marks) == 2)
    first, second = guidance.marks
    choose(open_menu(qtbot, box, guidance, first.start + 1), "guidance-dismiss")
    assert guidance.marks == [second]
    box.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, box, " We talked it through.")
    qtbot.waitUntil(lambda: not guidance.pending)
    assert [m.start for m in guidance.marks] == [position_of(box, "volatile", nth=1)]


def test_a_statutory_term_is_left_alone_for_the_rest_of_the_note(
    qtbot: QtBot, box: GuardedPlainTextEdit, guidance: LiveGuidance
) -> None:
    """Everywhere in this note, including words typed afterwards; not in another note."""
    type_text(qtbot, box, "Police logged a domestic incident.\n\nA second domestic incident.")
    qtbot.waitUntil(lambda: len(guidance.marks) == 2)
    choose(open_menu(qtbot, box, guidance, guidance.marks[0].start), "guidance-statutory")
    assert guidance.marks == []
    assert guidance.allowed == {"domestic incident"}
    type_text(qtbot, box, "\n\nA third domestic incident was logged.")
    settle(qtbot, guidance)
    assert guidance.marks == []
    guidance.clear()  # the note closes: the allow-list was for this note only
    assert guidance.allowed == set()


def test_she_prefers_this_term_is_passed_to_every_check(
    qtbot: QtBot, box: GuardedPlainTextEdit
) -> None:
    """Her word is left alone from then on, and the set is the one her record's editors share."""
    terms: set[str] = set()
    guidance = LiveGuidance(box, load_guide(), preferred_terms=terms, debounce_ms=FAST_MS)
    noted: list[str] = []
    guidance.noted.connect(noted.append)
    type_text(qtbot, box, "She calls herself an addict.")
    qtbot.waitUntil(lambda: bool(guidance.marks))
    choose(open_menu(qtbot, box, guidance, position_of(box, "addict")), "guidance-prefers")
    assert terms == {"addict"}
    assert noted == [PREFERRED_NOTED.format("addict")]
    assert guidance.marks == []
    type_text(qtbot, box, "\n\nShe said the addicts' group helps.")
    settle(qtbot, guidance)
    assert guidance.marks == []


# -- the list beside the editor ----------------------------------------------------------------


def test_the_findings_list_passes_the_model_tester_and_goes_to_the_words(qtbot: QtBot) -> None:
    """One row per rule (repeats counted); choosing a row selects its words in the editor."""
    window = QWidget()
    qtbot.addWidget(window)
    box = GuardedPlainTextEdit()
    guidance = LiveGuidance(box, load_guide(), debounce_ms=FAST_MS)
    tester = QAbstractItemModelTester(guidance.model, Mode.Fatal)
    panel = GuidancePanel(guidance)
    row = QHBoxLayout(window)
    row.addWidget(box)
    row.addWidget(panel)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box.setFocus()
    assert panel.empty_note.isVisible()
    type_text(
        qtbot,
        box,
        "A volatile relationship. Another volatile relationship.\n\nShe was hit on Friday.",
    )
    qtbot.waitUntil(lambda: guidance.model.rowCount() == 2)
    settle(qtbot, guidance)
    model = guidance.model
    rows = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert rows[0].startswith("Worth changing: “volatile relationship” (and 1 more)\n")
    assert rows[1].startswith("Worth a thought: “was hit”\n")
    assert model.data(model.index(0, 0), COUNT_ROLE) == 2
    assert model.data(model.index(1, 0), FINDING_ROLE).rule == "pv.agentless-abuse-verb"
    assert not panel.empty_note.isVisible()
    panel.list.setFocus()
    rect = panel.list.visualRect(model.index(1, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert box.textCursor().selectedText() == "was hit"
    assert box.hasFocus()
    box.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert tester is not None


# -- only what changed is checked ------------------------------------------------------------


def test_only_the_changed_paragraph_is_checked_after_a_pause(
    qtbot: QtBot, box: GuardedPlainTextEdit
) -> None:
    """No check while typing; one check of the paragraph typed in, once she pauses."""
    spy = RecordingGuide(load_guide())
    guidance = LiveGuidance(box, None, debounce_ms=60)
    box.setPlainText(
        "First we met at the café.\n\nThen she said the flat is damp.\n\nLast, the bus pass."
    )
    guidance.set_guide(spy)
    assert len(spy.calls) == 3  # a new guide checks each paragraph once
    spy.calls.clear()
    cursor = box.textCursor()
    cursor.setPosition(box.toPlainText().index("damp") + 4)
    box.setTextCursor(cursor)
    qtbot.keyClicks(box, " and cold, and Police called it a domestic dispute")
    assert spy.calls == []  # typing never waits on a check
    qtbot.waitUntil(lambda: bool(spy.calls))
    settle(qtbot, guidance)
    [(text, position)] = spy.calls
    assert position is not None
    start = text.index("Then she said")
    assert start <= position < text.index("Last, the bus")
    assert text == box.toPlainText()
    assert marked(guidance) == [("domestic dispute", "da.domestic-dispute")]
    assert guidance.check_times and max(guidance.check_times) < 0.05


def test_a_her_words_marker_checks_the_whole_note_again(
    qtbot: QtBot, box: GuardedPlainTextEdit
) -> None:
    """A marker changes what is protected further down, so every paragraph is looked at."""
    spy = RecordingGuide(load_guide())
    guidance = LiveGuidance(box, spy, debounce_ms=FAST_MS)
    box.setPlainText("Intro.\n\nIt was a domestic dispute.\n\nMore.")
    guidance.check_now()
    assert marked(guidance) == [("domestic dispute", "da.domestic-dispute")]
    spy.calls.clear()
    box.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(box, HER_WORDS_OPEN)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(qtbot, guidance)
    assert len(spy.calls) == 3
    assert guidance.marks == []  # the block runs to the end of the note


def test_the_default_pause_is_about_300_ms(box: GuardedPlainTextEdit) -> None:
    """Design: re-check after a short pause, not on every keystroke."""
    assert DEFAULT_DEBOUNCE_MS == 300
    assert LiveGuidance(box).debounce_ms == 300


def test_sentences_are_found_within_their_line() -> None:
    """The span "these are her words" wraps: from the last full stop to the next."""
    text = "One. Two words here! Three?\nFour."
    start = text.index("words")
    assert text[slice(*sentence_span(text, start, start + 5))] == "Two words here!"
    start = text.index("Four")
    assert text[slice(*sentence_span(text, start, start + 4))] == "Four."


def test_offsets_differ_after_an_emoji() -> None:
    """Code points (the engine) and UTF-16 positions (Qt) convert both ways."""
    offsets = TextOffsets("😀 a domestic dispute")
    assert offsets.to_doc(2) == 3
    assert offsets.to_text(3) == 2
    assert offsets.to_text(1) == 0


# -- the whole note editor ----------------------------------------------------------------------


def _new_note(qtbot: QtBot, window: Any, drive: Any, name: str) -> Any:
    drive.unlock_to_caseload(window)
    drive.open_person(window, name)
    drive.press(window, Qt.Key.Key_N, CTRL)
    records = window.workspace.records
    qtbot.waitUntil(lambda: records.editor is not None)
    return records.editor


def _words(marks: Iterable[Any]) -> list[str]:
    return [bare(m.cursor.selectedText()) for m in marks]


def test_the_note_editor_guides_and_never_saves_the_guidance(
    qtbot: QtBot, seeded: Any, open_window: Any, drive: Any
) -> None:
    """In a real note: underlines and the list; "she prefers this term" is saved to her record
    (and kept when her details are edited); the saved note is exactly what was typed; a
    finalised note is not checked."""
    window = open_window(autosave_ms=60_000)
    editor = _new_note(qtbot, window, drive, "Priya")
    guidance = editor.guidance
    assert guidance.debounce_ms == DEFAULT_DEBOUNCE_MS
    body = "She calls herself an addict. Police called it a domestic dispute."
    type_text(qtbot, editor.body, body)
    qtbot.waitUntil(lambda: len(guidance.marks) == 2)
    assert editor.guidance_panel.isVisible()
    assert guidance.model.rowCount() == 2
    menu = open_menu(qtbot, editor.body, guidance, position_of(editor.body, "addict"))
    with qtbot.waitSignal(editor.person_changed) as saved:
        choose(menu, "guidance-prefers")
    assert _words(guidance.marks) == ["domestic dispute"]
    assert saved.args[0].details.preferred_terms == ("addict",)
    assert editor.status.text() == PREFERRED_SAVED.format("addict")
    records = window.workspace.records
    assert records.record.person.details.preferred_terms == ("addict",)  # kept current
    window.activateWindow()  # the popup menu had the focus; give it back for the keys below
    qtbot.waitUntil(window.isActiveWindow)

    drive.press(window, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: editor.settled)
    assert editor.state.saved.body == body == editor.body.toPlainText()
    assert editor.body.extraSelections()  # the underline is on the screen, not in the note

    drive.press(window, Qt.Key.Key_Return, CTRL)  # finalise; the hook answers yes
    qtbot.waitUntil(lambda: editor.is_final and editor.body.isReadOnly())  # shown, not just saved
    assert not editor.guidance_panel.isVisible()
    assert editor.body.extraSelections() == []
    assert window.vault.notes.get(editor.state.note.id).content.body == body

    drive.press(window, Qt.Key.Key_Escape, NO_MOD)  # back to her record
    view = records.person_view
    qtbot.waitUntil(lambda: window.workspace.current_view() is view)
    shown = {label: text for label, text in detail_rows(records.record.person.details)}
    assert shown["Words she uses for herself"] == "addict"
    drive.press(window, Qt.Key.Key_E, CTRL)
    dialog = drive.dialog(PersonDialog)
    assert dialog.terms_edit.toPlainText() == "addict"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    drive.no_dialog(PersonDialog)
    priya = seeded.person_ids["Priya"]
    qtbot.waitUntil(lambda: records.record.person.version > saved.args[0].version)
    assert window.vault.people.get(priya).details.preferred_terms == ("addict",)
