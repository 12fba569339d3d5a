"""Her record: adding her, the safe-contact banner, her details, her case, and break-glass."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.case_dialogs import (
    EXIT_WELLBEING,
    BreakGlassDialog,
    CloseCaseDialog,
    OpenCaseDialog,
    ReferenceDialog,
)
from ui.person_dialog import PersonDialog
from ui.person_view import PersonView
from ui.wording import short_reference
from womenscentre.domain.answers import AnswerStatus
from womenscentre.domain.people import ContactMethod

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


def details_text(view: PersonView) -> dict[str, str]:
    form = view.details_form
    found = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, form.ItemRole.LabelRole).widget().text().rstrip(":")
        found[label] = form.itemAt(row, form.ItemRole.FieldRole).widget().text()
    return found


def test_add_a_person_with_every_kind_of_answer(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Ctrl+Shift+N, her details typed in, and her record opens with the banner and answers."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_N, CTRL_SHIFT)  # type: ignore[attr-defined]
    dialog = drive.dialog(PersonDialog)  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Add someone"
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.status.text() == "Please add the name she'd like us to use."
    qtbot.keyClicks(dialog.preferred_edit, "Nia")
    qtbot.keyClicks(dialog.pronouns.editor, "she/her")
    assert dialog.pronouns.status() is AnswerStatus.ANSWERED  # typing chose "Her answer"
    declined = dialog.full_name.status_box.findData(AnswerStatus.DECLINED)
    dialog.full_name.status_box.setCurrentIndex(declined)
    not_asked = dialog.date_of_birth.status_box.findData(AnswerStatus.NOT_ASKED)
    dialog.date_of_birth.status_box.setCurrentIndex(not_asked)
    qtbot.keyClicks(dialog.languages_edit, "Welsh, English")
    qtbot.keyClicks(dialog.interpreter.editor, "No, thank you")
    dialog.method_boxes[ContactMethod.TEXT].setChecked(True)
    qtbot.keyClicks(dialog.times_edit, "after 6pm")
    dialog.voicemail_box.setCurrentIndex(dialog.voicemail_box.findData(False))
    qtbot.keyClicks(dialog.check_phrase_edit, "Is that the bakery?")
    qtbot.keyClicks(dialog.someone_else_edit, "Say wrong number and hang up")
    dialog.asked_edit.setPlainText("Please don't call on Mondays\nShe likes to sit near the door")
    qtbot.keyClicks(dialog.referral_edit, "self-referral")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    drive.no_dialog(PersonDialog)  # type: ignore[attr-defined]
    records = window.workspace.records
    qtbot.waitUntil(lambda: records.person_view is not None and records.record is not None)
    view = records.person_view
    assert window.workspace.current_view() is view
    assert view.name_label.text() == "Nia"
    assert view.pronouns_label.text() == "(she/her)"
    assert view.safe_summary.text() == "Text only, after 6pm. No voicemail."
    assert "Is that the bakery?" in view.safe_details.text()
    assert "Say wrong number and hang up" in view.safe_details.text()
    shown = details_text(view)
    assert shown["Full name"] == "She chose not to answer"
    assert shown["Date of birth"] == "Not asked: not safe or right to ask now"
    assert shown["Access needs"] == "Not recorded yet"
    assert shown["Languages"] == "Welsh, English"
    assert shown["Things she has asked us to know"] == (
        "• Please don't call on Mondays\n• She likes to sit near the door"
    )
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == ["&Sessions", "&About her"]
    assert view.no_sessions.isVisible()
    model = window.caseload_model
    qtbot.waitUntil(
        lambda: "Nia" in [model.row_at(i).preferred_name for i in range(model.rowCount())]
    )


def test_edit_her_details(qtbot: QtBot, seeded: object, open_window: object, drive: object) -> None:
    """Ctrl+E opens her details filled in; a change shows at once, in the caseload too."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    view = drive.open_person(window, "Priya")  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_E, CTRL)  # type: ignore[attr-defined]
    dialog = drive.dialog(PersonDialog)  # type: ignore[attr-defined]
    assert dialog.preferred_edit.text() == "Priya"
    assert dialog.check_phrase_edit.text() == "Is that the library?"
    dialog.times_edit.clear()
    qtbot.keyClicks(dialog.times_edit, "weekday mornings")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: "weekday mornings" in view.safe_summary.text())
    assert view.safe_summary.text() == "Text only, weekday mornings. No voicemail."


def test_close_asks_for_a_summary_then_a_new_case_opens(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Closing her case needs a short summary; a new case can be opened after."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    view = drive.open_person(window, "Priya")  # type: ignore[attr-defined]
    assert view.new_note_button.isEnabled()
    qtbot.mouseClick(view.case_button, LEFT)
    dialog = drive.dialog(CloseCaseDialog)  # type: ignore[attr-defined]
    # No readings as support ends yet: the dialog offers them first, gently.
    assert dialog.exit_wellbeing_due and EXIT_WELLBEING in dialog.intro.text()
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "summary" in dialog.status.text() or "line or two" in dialog.status.text()
    qtbot.keyClicks(dialog.summary_edit, "Settled in her new flat; knows she can come back.")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: view.record.open_case is None)
    assert view.case_label.text().startswith("Case closed on")
    assert not view.new_note_button.isEnabled()
    qtbot.mouseClick(view.case_button, LEFT)
    reopen = drive.dialog(OpenCaseDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(reopen.referral_edit, "self-referral")
    qtbot.mouseClick(reopen.ok_button, LEFT)
    qtbot.waitUntil(lambda: view.record.open_case is not None)
    assert view.new_note_button.isEnabled()


def test_break_glass_asks_kindly_for_a_reason_then_opens(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """A record not on her caseload opens only after a reason, which the core audits."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    mae = seeded.person_ids[drive.manager_only]  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_O, CTRL)  # type: ignore[attr-defined]
    finder = drive.dialog(ReferenceDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(finder.reference_edit, "ZZZZZZZZ")
    qtbot.keyClick(finder.reference_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No record has that reference" in finder.status.text())
    finder.reference_edit.clear()
    qtbot.keyClicks(finder.reference_edit, short_reference(mae).lower())
    qtbot.keyClick(finder.reference_edit, Qt.Key.Key_Return)
    dialog = drive.dialog(BreakGlassDialog)  # type: ignore[attr-defined]
    assert "audit log" in dialog.intro.text()
    assert "isn't on your caseload" in dialog.intro.text()
    qtbot.keyClicks(dialog.reason_edit, "cover")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "a little more" in dialog.status.text()
    assert window.vault.access.can_open(mae) is False
    qtbot.keyClicks(dialog.reason_edit, "ing for Morgan while she is on leave")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    records = window.workspace.records
    qtbot.waitUntil(lambda: records.record is not None and records.record.id == mae)
    assert records.person_view.name_label.text() == drive.manager_only  # type: ignore[attr-defined]
    assert window.vault.access.can_open(mae)
    drive.no_dialog(BreakGlassDialog)  # type: ignore[attr-defined]


def test_title_never_shows_her_name_while_her_record_is_open(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """With her record, a note and a dialog open, no window title carries her name."""
    window = open_window()  # type: ignore[operator]
    planted = "Rosa"
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    drive.open_person(window, "Rosa Canarywood")  # type: ignore[attr-defined]

    def titles() -> list[str]:
        return [w.windowTitle() for w in QApplication.topLevelWidgets()]

    assert window.windowTitle() == "womenscentre"
    assert not any(planted in title for title in titles())
    drive.press(window, Qt.Key.Key_N, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    assert not any(planted in title for title in titles())
    drive.press(window, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_E, CTRL)  # type: ignore[attr-defined]
    drive.dialog(PersonDialog)  # type: ignore[attr-defined]
    assert not any(planted in title for title in titles())
    assert window.windowTitle() == "womenscentre"


def test_closing_after_her_exit_readings_doesnt_ask_again(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Once her wellbeing as support ends is recorded, closing doesn't mention it."""
    from womenscentre.domain.answers import Answer
    from womenscentre.domain.outcomes import Occasion, Ons4Question

    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    view = drive.open_person(window, "Priya")  # type: ignore[attr-defined]
    window.vault.outcomes.record_wellbeing(
        view.record.id,
        window.vault.clock.now().date(),
        Occasion.EXIT,
        {question: Answer.of(7) for question in Ons4Question},
    )
    qtbot.mouseClick(view.case_button, LEFT)
    dialog = drive.dialog(CloseCaseDialog)  # type: ignore[attr-defined]
    assert not dialog.exit_wellbeing_due
    assert EXIT_WELLBEING not in dialog.intro.text()
    dialog.reject()
