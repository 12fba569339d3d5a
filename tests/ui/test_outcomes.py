"""Her outcomes on her record: check-ins, goals, wellbeing, her journey and her printout."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui import her_copy_view
from ui.journey_chart import JourneyDialog
from ui.models.outcomes import BOTH_VIEWS, SKIPPED
from ui.outcomes_dialogs import (
    CheckInDialog,
    GoalDialog,
    RateGoalDialog,
    StatisticsDialog,
    WellbeingDialog,
)
from ui.outcomes_tab import OutcomesTab
from ui.tasks import TaskRunner
from womenscentre.domain.answers import Answer, AnswerStatus
from womenscentre.domain.outcomes import AreaReading, Occasion, Ons4Question

Mode = QAbstractItemModelTester.FailureReportingMode
OTHER_WOMANS_GOAL = "Canary goal belonging to Priya"


@pytest.fixture
def women(manager: object, make: object) -> tuple[str, str]:
    ids = []
    for name in ("Rosa", "Priya"):
        ids.append(
            manager.people.add(  # type: ignore[attr-defined]
                make.person(name),  # type: ignore[attr-defined]
                referral_source="self",
                keyworker_ids=(manager.user.id,),  # type: ignore[attr-defined]
            ).id
        )
    return ids[0], ids[1]


def _showing(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    found: list[QWidget] = []

    def showing() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(showing)
    return found[-1]


def _gone(qtbot: QtBot, kind: type[QWidget]) -> None:
    qtbot.waitUntil(
        lambda: (
            not any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())
        )
    )


def _open_tab(qtbot: QtBot, manager: object, tasks: TaskRunner, person_id: str) -> OutcomesTab:
    tab = OutcomesTab(manager, tasks, person_id)
    qtbot.addWidget(tab)
    tab.show()
    tab.testers = [  # type: ignore[attr-defined]
        QAbstractItemModelTester(model, Mode.Fatal)
        for model in (tab.readings, tab.goals, tab.wellbeing, tab.external)
    ]
    qtbot.waitUntil(lambda: tab.loaded is not None)
    return tab


def test_check_in_keeps_her_reading_and_the_keyworkers_side_by_side(
    qtbot: QtBot, manager: object, women: tuple[str, str], tasks: TaskRunner
) -> None:
    rosa, _priya = women
    tab = _open_tab(qtbot, manager, tasks, rosa)
    assert tab.empty.isVisible()
    # Nothing recorded yet, so the first wellbeing questions are suggested, gently.
    assert "first time" in tab.due_note.text()
    qtbot.mouseClick(tab.check_in_button, Qt.MouseButton.LeftButton)
    dialog = _showing(qtbot, CheckInDialog)
    assert isinstance(dialog, CheckInDialog)
    first, second, third = dialog.areas[0], dialog.areas[1], dialog.areas[2]
    # Each point shows its own words from the centre's list.
    area = first.area
    assert first.hers.itemText(3) == f"3: {area.describe(3)}"
    first.hers.setCurrentIndex(first.hers.findData(2))
    first.keyworker.setCurrentIndex(first.keyworker.findData(4))
    qtbot.keyClicks(first.helping, "Her sister calls every day")
    second.hers.setCurrentIndex(second.hers.findData("skip"))
    assert not second.keyworker.isEnabled()  # a skipped area isn't read by anyone
    third.hers.setCurrentIndex(third.hers.findData(5))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _gone(qtbot, CheckInDialog)
    qtbot.waitUntil(lambda: tab.readings.rowCount() == 3)
    cells = {
        tab.readings.data(tab.readings.index(r, 2)): [
            tab.readings.data(tab.readings.index(r, c)) for c in range(8)
        ]
        for r in range(3)
    }
    row = cells[area.title]
    assert row[3] == f"2: {area.describe(2)}"
    assert row[4] == f"4: {area.describe(4)}"
    assert row[5] == BOTH_VIEWS
    assert row[6] == "Her sister calls every day"
    assert cells[second.area.title][3] == SKIPPED
    assert cells[third.area.title][5] == ""
    # The core kept both views exactly as given.
    record = manager.outcomes.get(rosa)  # type: ignore[attr-defined]
    [check_in] = record.check_ins
    kept = check_in.reading_for(area.id)
    assert kept is not None and kept.hers.value == 2 and kept.keyworker == 4
    skipped = check_in.reading_for(second.area.id)
    assert skipped is not None and skipped.hers.status is AnswerStatus.DECLINED
    assert not tab.empty.isVisible()


def test_goals_are_hers_rated_zero_to_ten_and_capped_at_three(
    qtbot: QtBot, manager: object, women: tuple[str, str], tasks: TaskRunner
) -> None:
    rosa, _priya = women
    tab = _open_tab(qtbot, manager, tasks, rosa)
    for words in ("Sleep through the night", "Get back to swimming", "Open a bank account"):
        qtbot.mouseClick(tab.goal_button, Qt.MouseButton.LeftButton)
        dialog = _showing(qtbot, GoalDialog)
        assert isinstance(dialog, GoalDialog)
        qtbot.keyClicks(dialog.words, words)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        _gone(qtbot, GoalDialog)
        qtbot.waitUntil(lambda w=words: any(g.her_words == w for g in tab.goals.rows()))
    # A fourth goal is refused kindly and the dialog keeps what was typed.
    qtbot.mouseClick(tab.goal_button, Qt.MouseButton.LeftButton)
    dialog = _showing(qtbot, GoalDialog)
    assert isinstance(dialog, GoalDialog)
    qtbot.keyClicks(dialog.words, "Learn to drive")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already has 3 goals" in dialog.status.text())
    assert dialog.words.toPlainText() == "Learn to drive"
    dialog.reject()
    # Rate the first goal.
    tab.goals_table.selectRow(0)
    qtbot.mouseClick(tab.rate_button, Qt.MouseButton.LeftButton)
    rate = _showing(qtbot, RateGoalDialog)
    assert isinstance(rate, RateGoalDialog)
    assert rate.score.maximum() == 10 and rate.score.minimum() == 0
    rate.score.setValue(7)
    qtbot.mouseClick(rate.ok_button, Qt.MouseButton.LeftButton)
    _gone(qtbot, RateGoalDialog)
    qtbot.waitUntil(lambda: tab.goals.data(tab.goals.index(0, 1)).startswith("7 "))


def test_wellbeing_uses_the_ons_wording_and_allows_skip_and_not_answering(
    qtbot: QtBot, manager: object, women: tuple[str, str], tasks: TaskRunner
) -> None:
    rosa, _priya = women
    tab = _open_tab(qtbot, manager, tasks, rosa)
    tab.pages.setCurrentIndex(2)
    qtbot.mouseClick(tab.wellbeing_button, Qt.MouseButton.LeftButton)
    dialog = _showing(qtbot, WellbeingDialog)
    assert isinstance(dialog, WellbeingDialog)
    wording = manager.outcomes.wellbeing_questions()  # type: ignore[attr-defined]
    shown = [box.accessibleName() for box in dialog.answers.values()]
    assert shown == [q.text for q in wording.questions]
    texts = [w.text() for w in dialog.findChildren(QWidget) if hasattr(w, "text")]
    assert wording.citation in texts
    assert dialog.occasion.currentData() == Occasion.INTAKE
    boxes = dialog.answers
    boxes[Ons4Question.LIFE_SATISFACTION].setCurrentIndex(
        boxes[Ons4Question.LIFE_SATISFACTION].findData(6)
    )
    boxes[Ons4Question.ANXIOUS_YESTERDAY].setCurrentIndex(
        boxes[Ons4Question.ANXIOUS_YESTERDAY].findData("declined")
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _gone(qtbot, WellbeingDialog)
    qtbot.waitUntil(lambda: tab.wellbeing.rowCount() == 1)
    row = [tab.wellbeing.data(tab.wellbeing.index(0, c)) for c in range(6)]
    assert row[2] == "6"
    assert row[3] == "Skipped"
    assert row[5] == "She chose not to answer"
    # Just answered at intake: nothing is due now.
    assert not tab.due_note.isVisible()
    [reading] = manager.outcomes.get(rosa).wellbeing  # type: ignore[attr-defined]
    assert Ons4Question.WORTHWHILE not in reading.answers


def test_due_note_comes_back_after_about_twelve_weeks(
    qtbot: QtBot, manager: object, women: tuple[str, str], tasks: TaskRunner, clock: object
) -> None:
    rosa, _priya = women
    today = manager.clock.now().date()  # type: ignore[attr-defined]
    manager.outcomes.record_wellbeing(  # type: ignore[attr-defined]
        rosa, today, Occasion.INTAKE, {Ons4Question.WORTHWHILE: Answer.of(4)}
    )
    clock.advance(timedelta(weeks=12).total_seconds())  # type: ignore[attr-defined]
    tab = _open_tab(qtbot, manager, tasks, rosa)
    assert tab.due_note.isVisible()
    assert "whenever it feels right" in tab.due_note.text()


def test_statistics_choice_and_licensed_measure(
    qtbot: QtBot, manager: object, women: tuple[str, str], tasks: TaskRunner
) -> None:
    rosa, _priya = women
    tab = _open_tab(qtbot, manager, tasks, rosa)
    assert "Not asked yet" in tab.statistics_note.text()
    qtbot.mouseClick(tab.statistics_button, Qt.MouseButton.LeftButton)
    dialog = _showing(qtbot, StatisticsDialog)
    assert isinstance(dialog, StatisticsDialog)
    dialog.yes.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    _gone(qtbot, StatisticsDialog)
    qtbot.waitUntil(lambda: "happy to be counted" in tab.statistics_note.text())
    assert manager.outcomes.get(rosa).agrees_to_statistics()  # type: ignore[attr-defined]


def _seed_journey(manager: object, rosa: str, priya: str) -> list[str]:
    outcomes = manager.outcomes  # type: ignore[attr-defined]
    areas = outcomes.areas()
    today = manager.clock.now().date()  # type: ignore[attr-defined]
    for days, hers, theirs in ((60, 2, 3), (30, 3, None), (0, 4, 4)):
        outcomes.record_check_in(
            rosa,
            today - timedelta(days=days),
            Occasion.SESSION,
            [AreaReading(areas[0].id, Answer.of(hers), theirs),
             AreaReading(areas[1].id, Answer.of(hers))],
        )  # fmt: skip
    goal = outcomes.set_goal(rosa, "Walk to the park with my son", today - timedelta(days=10))
    outcomes.rate_goal(rosa, goal.id, today, 6)
    other = outcomes.set_goal(priya, OTHER_WOMANS_GOAL, today)
    outcomes.rate_goal(priya, other.id, today, 3)
    outcomes.record_check_in(
        priya, today, Occasion.INTAKE, [AreaReading(areas[5].id, Answer.of(1))]
    )
    return [areas[0].title, areas[1].title]


def _pdf_text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def test_her_journey_draws_each_reading_and_prints_only_hers(
    qtbot: QtBot,
    manager: object,
    women: tuple[str, str],
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rosa, priya = women
    titles = _seed_journey(manager, rosa, priya)
    tab = _open_tab(qtbot, manager, tasks, rosa)
    qtbot.mouseClick(tab.journey_button, Qt.MouseButton.LeftButton)
    dialog = _showing(qtbot, JourneyDialog)
    assert isinstance(dialog, JourneyDialog)
    # The first chart is her first area: three of her readings, two of her keyworker's.
    assert dialog.chart.chart is not None and dialog.chart.chart.title == titles[0]
    image = dialog.chart.grab().toImage()
    assert not image.isNull()
    hers, keyworker = dialog.chart.point_positions()
    assert (len(hers), len(keyworker)) == (3, 2)
    # Later readings sit higher up: her readings went 2, 3, 4.
    assert hers[0].y() > hers[1].y() > hers[2].y()
    # Where both read 4 the points are beside each other, not on top of each other.
    assert keyworker[-1].x() != hers[-1].x() and keyworker[-1].y() == hers[-1].y()
    # The goal is there too, with its one rating.
    chooser = [dialog.chooser.itemText(i) for i in range(dialog.chooser.count())]
    goal_at = next(i for i, t in enumerate(chooser) if "Walk to the park" in t)
    dialog.chooser.setCurrentIndex(goal_at)
    dialog.chart.grab()
    [goal_points] = dialog.chart.point_positions()
    assert len(goal_points) == 1
    assert not any(OTHER_WOMANS_GOAL in t for t in chooser)
    target = tmp_path / "journey.pdf"
    monkeypatch.setattr(her_copy_view, "choose_pdf_path", lambda _parent, _name: target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    text = _pdf_text(target.read_bytes())
    for title in titles:
        assert title in text
    assert "Walk to the park with my son" in text
    assert "Canary goal" not in text
    assert "Priya" not in text and "Rosa" not in text
    dialog.reject()


def test_wipe_empties_every_model(
    qtbot: QtBot, manager: object, women: tuple[str, str], tasks: TaskRunner
) -> None:
    rosa, priya = women
    _seed_journey(manager, rosa, priya)
    tab = _open_tab(qtbot, manager, tasks, rosa)
    assert tab.readings.rowCount() == 6 and tab.goals.rowCount() == 1
    tab.wipe()
    assert tab.loaded is None
    for model in (tab.readings, tab.goals, tab.wellbeing, tab.external):
        assert model.rowCount() == 0


def test_ctrl_shift_o_opens_her_outcomes_in_her_record(
    qtbot: QtBot, open_window: object, seeded: object, drive: object
) -> None:
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    view = drive.open_person(window, drive.ash_women[0])  # type: ignore[attr-defined]
    sections = window.record_menu.sections()
    assert sections is not None
    assert sections.outcomes_action in sections.menu_actions
    tab = sections.outcomes
    qtbot.waitUntil(lambda: tab.loaded is not None)
    assert view.tabs.indexOf(tab) == -1  # nothing recorded yet: no empty tab
    view.setFocus()
    drive.press(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.tabs.currentWidget() is tab)
    assert tab.empty.isVisible()
