"""The "Her outcomes" section of her record: check-ins, goals, wellbeing, her journey.

Everything here is optional and hers to skip. A check-in takes her reading of any life
areas she wants to talk about, each point shown with its own words; her keyworker's
reading is a separate control and, where the two differ, both stay side by side. She can
have up to three goals in her words, rated 0 to 10. The ONS wellbeing questions are
suggested at intake, about every 12 weeks and at exit: when they are due, a quiet line
says so, never an alarm. A licensed measure done elsewhere is kept as source, date and
score. Her yes or no to being counted in anonymised figures is asked here too.

All reads and writes go through the task worker. The section is a child of her record's
view, so it goes when the vault locks; :meth:`OutcomesTab.wipe` empties its models first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import messages
from ui.dialogs import FormDialog, run_dialog
from ui.journey_chart import JourneyDialog
from ui.models.base import RowsModel
from ui.models.outcomes import (
    CheckInModel,
    ExternalModel,
    GoalsModel,
    ReadingRow,
    WellbeingModel,
    long_date,
    reading_rows,
)
from ui.outcomes_dialogs import (
    CheckInDialog,
    ExternalMeasureDialog,
    GoalDialog,
    KeyworkerReadingDialog,
    RateGoalDialog,
    StatisticsDialog,
    WellbeingDialog,
)
from ui.record_tab import RecordTab, button_row, list_table
from ui.widgets import button, paragraph, show_status
from womenscentre.domain.cases import CaseStatus
from womenscentre.domain.outcome_journey import Ons4Due, journey, ons4_due
from womenscentre.domain.outcomes import LifeArea, Occasion, OutcomesRecord
from womenscentre.i18n import N_, tr
from womenscentre.templates.outcome_areas import Ons4Questions

SECTION_TITLE = N_("Her &outcomes")
NOTHING_YET = N_(
    "Nothing recorded yet. A check-in is a chance for her to say how each part of life feels "
    "now, in her own words; she can skip anything."
)
CHOOSE_GOAL = N_("Please choose one of her goals in the list first.")
CHOOSE_READING = N_("Please choose one of her readings in the list first.")


@dataclass(frozen=True, slots=True)
class Loaded:
    record: OutcomesRecord
    areas: tuple[LifeArea, ...]
    wording: Ons4Questions
    due: Ons4Due | None
    today: date


def due_words(due: Ons4Due | None) -> str:
    """A quiet line about the wellbeing questions, or nothing when they aren't due."""
    if due is None:
        return ""
    if due.occasion is Occasion.INTAKE:
        return tr("When it feels right, the wellbeing questions can be asked for the first time.")
    if due.occasion is Occasion.EXIT:
        return tr("As her support ends, she may like to answer the wellbeing questions once more.")
    return tr(
        "The wellbeing questions are due again around {date}, whenever it feels right for her."
    ).format(date=long_date(due.due_on))


def statistics_words(record: OutcomesRecord) -> str:
    if not record.statistics:
        return tr("Not asked yet whether she's happy to be counted in anonymised figures.")
    if record.agrees_to_statistics():
        return tr("She's happy to be counted, anonymously, in the centre's figures.")
    return tr("She'd rather not be counted in the centre's figures.")


def _table(model: RowsModel[Any], name: str) -> QTableView:
    """Her words can run long: wrap them, and let her widen the columns."""
    return list_table(model, name, wrap=True, resize=QHeaderView.ResizeMode.Interactive)


class OutcomesTab(RecordTab):
    section_name = N_("Outcomes")
    empty_text = NOTHING_YET
    status_name = N_("Her outcomes")

    def _build(self) -> None:
        self.loaded: Loaded | None = None
        self.readings = CheckInModel(self)
        self.goals = GoalsModel(self)
        self.wellbeing = WellbeingModel(self)
        self.external = ExternalModel(self)
        self.readings_table = _table(self.readings, tr("Her check-in readings, newest first"))
        self.goals_table = _table(self.goals, tr("Her goals"))
        self.wellbeing_table = _table(self.wellbeing, tr("Her wellbeing answers"))
        self.external_table = _table(self.external, tr("Licensed measures"))
        self.due_note = paragraph("", name=tr("Wellbeing questions"))
        self.due_note.setVisible(False)
        self.statistics_note = paragraph("", name=tr("Counted in anonymised figures"))
        self.check_in_button = button(tr("Record a &check-in…"), tr("Record a check-in"))
        self.journey_button = button(tr("Her &journey…"), tr("Her journey"))
        self.keyworker_button = button(tr("Add &your reading…"), tr("Add your reading"))
        self.goal_button = button(tr("Add a &goal…"), tr("Add a goal"))
        self.rate_button = button(tr("&Rate the goal…"), tr("Rate the chosen goal"))
        self.finish_button = button(tr("Goal &finished"), tr("Mark the chosen goal as finished"))
        self.wellbeing_button = button(tr("&Wellbeing questions…"), tr("Wellbeing questions"))
        self.external_button = button(tr("Add a licensed &measure…"), tr("Add a licensed measure"))
        self.statistics_button = button(
            tr("Counted in &figures?…"), tr("Counted in anonymised figures")
        )
        self.pages = QTabWidget()
        self.pages.setAccessibleName(tr("Parts of her outcomes"))
        self.pages.addTab(
            self._page(self.readings_table, self.check_in_button, self.keyworker_button),
            tr("Check-ins"),
        )
        self.pages.addTab(
            self._page(self.goals_table, self.goal_button, self.rate_button, self.finish_button),
            tr("Goals"),
        )
        self.pages.addTab(self._page(self.wellbeing_table, self.wellbeing_button), tr("Wellbeing"))
        self.pages.addTab(
            self._page(self.external_table, self.external_button), tr("Licensed measures")
        )
        top = button_row((self.journey_button, self.statistics_button))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.due_note)
        layout.addWidget(self.statistics_note)
        layout.addLayout(top)
        layout.addWidget(self.pages, stretch=1)
        layout.addWidget(self.status)
        self.check_in_button.clicked.connect(self.new_check_in)
        self.journey_button.clicked.connect(self.open_journey)
        self.keyworker_button.clicked.connect(self._on_keyworker_button_clicked)
        self.goal_button.clicked.connect(self._on_goal_button_clicked)
        self.rate_button.clicked.connect(self._on_rate_button_clicked)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.wellbeing_button.clicked.connect(self.ask_wellbeing)
        self.external_button.clicked.connect(self._on_external_button_clicked)
        self.statistics_button.clicked.connect(self._on_statistics_button_clicked)

    @staticmethod
    def _page(table: QTableView, *buttons: QWidget) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(table, stretch=1)
        column.addLayout(button_row(buttons))
        return page

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        vault, person_id = self._vault, self.person_id

        def job() -> Loaded:
            outcomes = vault.outcomes
            record = outcomes.get(person_id)
            today = vault.clock.now().date()
            cases = vault.cases.for_person(person_id)
            case_open = any(c.status is CaseStatus.OPEN for c in cases)
            due = ons4_due(record, today, case_open=case_open)
            return Loaded(record, outcomes.areas(), outcomes.wellbeing_questions(), due, today)

        self._run(job, self._show)

    def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        record = loaded.record
        self.readings.set_rows(reading_rows(record.check_ins, loaded.areas))
        self.goals.set_rows(sorted(record.goals, key=lambda g: (not g.active, g.set_on)))
        self.wellbeing.set_rows(sorted(record.wellbeing, key=lambda w: w.on, reverse=True))
        self.external.set_rows(sorted(record.external, key=lambda e: e.on, reverse=True))
        words = due_words(loaded.due)
        self.due_note.setText(words)
        self.due_note.setVisible(bool(words))
        self.statistics_note.setText(statistics_words(record))
        self._counted(self.entries())

    def entries(self) -> int:
        if self.loaded is None:
            return 0
        record = self.loaded.record
        return sum(
            len(part)
            for part in (
                record.check_ins,
                record.goals,
                record.wellbeing,
                record.external,
                record.statistics,
            )
        )

    def wipe(self) -> None:
        """Drop everything decrypted here; called as the vault locks."""
        self.loaded = None
        for model in (self.readings, self.goals, self.wellbeing, self.external):
            model.clear()
        self.due_note.clear()
        self.statistics_note.clear()

    # -- actions ---------------------------------------------------------------------------
    def _form(self, dialog: FormDialog, job: Callable[[Any], Any]) -> FormDialog:
        return run_dialog(
            dialog, self._tasks, job, lambda _result: self.reload(), log_dir=self._log_dir
        )

    def _today(self) -> date:
        return self.loaded.today if self.loaded is not None else self._vault.clock.now().date()

    def _suggested(self) -> Occasion:
        due = self.loaded.due if self.loaded is not None else None
        return due.occasion if due is not None else Occasion.SESSION

    def new_check_in(self) -> FormDialog | None:
        if self.loaded is None:
            return None
        outcomes, person_id = self._vault.outcomes, self.person_id
        dialog = CheckInDialog(self, self.loaded.areas, self._today(), self._suggested())
        return self._form(dialog, lambda v: outcomes.record_check_in(person_id, v[0], v[1], v[2]))

    def ask_wellbeing(self) -> FormDialog | None:
        if self.loaded is None:
            return None
        outcomes, person_id = self._vault.outcomes, self.person_id
        dialog = WellbeingDialog(self, self.loaded.wording, self._today(), self._suggested())
        return self._form(dialog, lambda v: outcomes.record_wellbeing(person_id, v[0], v[1], v[2]))

    def open_journey(self) -> JourneyDialog | None:
        if self.loaded is None:
            return None
        dialog = JourneyDialog(
            journey(self.loaded.record, self.loaded.areas), self, log_dir=self._log_dir
        )
        dialog.open()
        return dialog

    def _chosen_reading(self) -> ReadingRow | None:
        index = self.readings_table.currentIndex()
        return self.readings.row_at(index.row()) if index.isValid() else None

    @Slot()
    def _on_keyworker_button_clicked(self) -> None:
        chosen = self._chosen_reading()
        if chosen is None:
            show_status(self.status, tr(CHOOSE_READING))
            return
        if chosen.reading.skipped or chosen.reading.keyworker is not None:
            show_status(
                self.status,
                tr(
                    "This reading already has a keyworker's view, or she chose to skip the area. "
                    "To add a new view, please record a new check-in."
                ),
            )
            return
        outcomes, person_id = self._vault.outcomes, self.person_id
        check_in_id, area_id = chosen.check_in.id, chosen.reading.area
        dialog = KeyworkerReadingDialog(
            self, chosen.area, chosen.describe(chosen.reading.hers.value)
        )
        self._form(
            dialog,
            lambda value: outcomes.add_keyworker_reading(person_id, check_in_id, area_id, value),
        )

    def _chosen_goal(self) -> Any:
        index = self.goals_table.currentIndex()
        if not index.isValid():
            show_status(self.status, tr(CHOOSE_GOAL))
            return None
        return self.goals.row_at(index.row())

    @Slot()
    def _on_goal_button_clicked(self) -> None:
        outcomes, person_id = self._vault.outcomes, self.person_id
        self._form(
            GoalDialog(self, self._today()), lambda v: outcomes.set_goal(person_id, v[0], v[1])
        )

    @Slot()
    def _on_rate_button_clicked(self) -> None:
        goal = self._chosen_goal()
        if goal is None:
            return
        outcomes, person_id, goal_id = self._vault.outcomes, self.person_id, goal.id
        self._form(
            RateGoalDialog(self, goal.her_words, self._today()),
            lambda v: outcomes.rate_goal(person_id, goal_id, v[1], v[0]),
        )

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        goal = self._chosen_goal()
        if goal is None:
            return
        question = tr(
            "Mark “{goal}” as finished? Its ratings stay on her journey, and she "
            "can set a new goal in its place."
        ).format(goal=goal.her_words)
        if not messages.question(self, question):
            return
        outcomes, person_id, goal_id, today = (
            self._vault.outcomes,
            self.person_id,
            goal.id,
            self._today(),
        )
        self._run(lambda: outcomes.finish_goal(person_id, goal_id, today), lambda _g: self.reload())

    @Slot()
    def _on_external_button_clicked(self) -> None:
        outcomes, person_id = self._vault.outcomes, self.person_id
        self._form(
            ExternalMeasureDialog(self, self._today()),
            lambda v: outcomes.record_external(person_id, v[0], v[1], v[2]),
        )

    @Slot()
    def _on_statistics_button_clicked(self) -> None:
        current = None
        if self.loaded is not None and self.loaded.record.statistics:
            current = self.loaded.record.agrees_to_statistics()
        outcomes, person_id = self._vault.outcomes, self.person_id
        self._form(
            StatisticsDialog(self, self._today(), current),
            lambda v: outcomes.record_statistics_choice(person_id, v[0], v[1]),
        )
