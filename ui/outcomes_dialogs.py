"""The small forms behind "Her outcomes": a check-in, a goal, a rating, wellbeing, a measure.

Every form lets her leave things out. In a check-in each area can be left for another day
or skipped because she'd rather not; her keyworker's reading has its own control and is
never offered as a correction to hers. The wellbeing questions are shown in the ONS
wording from ``resources/outcomes/ons4.toml``, with the ONS citation, and each can be
skipped or recorded as "she chose not to answer". Only source, date and score are asked
for a licensed measure: its questions belong to its licence holder.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ui.dialogs import FormDialog
from ui.models.outcomes import OCCASION_WORDS
from ui.widgets import line_edit, paragraph
from womenscentre.domain.answers import Answer
from womenscentre.domain.outcomes import (
    AreaReading,
    LifeArea,
    Occasion,
    Ons4Question,
)
from womenscentre.templates.outcome_areas import Ons4Questions

NOT_TODAY = "Not talked about this time"
SKIP = "She'd rather skip this one"
NO_KEYWORKER = "No reading from me"
NOT_ASKED = "Skip this question"
DECLINED = "She chose not to answer"
CHECK_IN_INTRO = (
    "Go through the areas she wants to talk about, at her pace. Her reading comes first; "
    "yours, if you give one, is kept beside hers. Any area can be left for another day."
)
WELLBEING_INTRO = (
    "Read each question as it is written, so her answers can be compared over time. Any "
    "question can be skipped."
)


def date_edit(today: date, name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    edit.setDate(QDate(today.year, today.month, today.day))
    return edit


def chosen_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def occasion_box(chosen: Occasion = Occasion.SESSION) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName("When this is")
    for occasion, words in OCCASION_WORDS.items():
        box.addItem(words, occasion)
    box.setCurrentIndex(list(OCCASION_WORDS).index(chosen))
    return box


class AreaControls(QGroupBox):
    """One life area: her reading (with what each point means), the keyworker's, and notes."""

    def __init__(self, area: LifeArea) -> None:
        super().__init__(area.title)
        self.area = area
        self.hers = QComboBox()
        self.hers.setAccessibleName(f"{area.title}: her reading")
        self.hers.addItem(NOT_TODAY, None)
        for point in range(1, 6):
            self.hers.addItem(f"{point}: {area.describe(point)}", point)
        self.hers.addItem(SKIP, "skip")
        self.keyworker = QComboBox()
        self.keyworker.setAccessibleName(f"{area.title}: keyworker's reading")
        self.keyworker.addItem(NO_KEYWORKER, None)
        for point in range(1, 6):
            self.keyworker.addItem(f"{point}: {area.describe(point)}", point)
        self.helping = line_edit(f"{area.title}: what's helping")
        self.next_step = line_edit(f"{area.title}: next small step")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if area.prompt:
            form.addRow(paragraph(area.prompt, name=f"{area.title}: a way to ask"))
        form.addRow("Her reading:", self.hers)
        form.addRow("Your reading:", self.keyworker)
        form.addRow("What's helping:", self.helping)
        form.addRow("Next small step:", self.next_step)
        self.hers.currentIndexChanged.connect(self._on_hers_changed)
        self._on_hers_changed()

    def _on_hers_changed(self) -> None:
        # Skipped means not read at all this time, not even by the keyworker.
        skipped = self.hers.currentData() == "skip"
        if skipped:
            self.keyworker.setCurrentIndex(0)
        self.keyworker.setEnabled(not skipped)

    def reading(self) -> AreaReading | None:
        choice = self.hers.currentData()
        if choice is None:
            return None
        hers: Answer[int] = Answer.declined() if choice == "skip" else Answer.of(int(choice))
        keyworker = self.keyworker.currentData() if choice != "skip" else None
        return AreaReading(
            self.area.id,
            hers,
            None if keyworker is None else int(keyworker),
            self.helping.text().strip(),
            self.next_step.text().strip(),
        )


class CheckInDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, areas: tuple[LifeArea, ...], today: date, occasion: Occasion
    ) -> None:
        super().__init__(
            parent, title="Check-in", intro=CHECK_IN_INTRO, ok_text="&Save", scroll=True
        )
        self.when = date_edit(today, "Date of the check-in")
        self.occasion = occasion_box(occasion)
        self.form.addRow("&Date:", self.when)
        self.form.addRow("&When:", self.occasion)
        self.areas = [AreaControls(area) for area in areas]
        for controls in self.areas:
            self.form.addRow(controls)

    def inputs(self) -> list[QWidget]:
        return [self.when, self.occasion, *self.areas]

    def readings(self) -> list[AreaReading]:
        return [r for r in (c.reading() for c in self.areas) if r is not None]

    def problem(self) -> str | None:
        if not self.readings():
            return "Please give at least one reading, or mark an area she'd rather skip."
        return None

    def value(self) -> tuple[date, Occasion, list[AreaReading]]:
        return chosen_date(self.when), Occasion(self.occasion.currentData()), self.readings()


class KeyworkerReadingDialog(FormDialog):
    """Add your reading to a check-in that has hers and none from a worker yet."""

    def __init__(self, parent: QWidget | None, area: LifeArea | None, hers: str) -> None:
        title = area.title if area is not None else "this area"
        super().__init__(
            parent,
            title="Add your reading",
            intro=f"Her reading of {title}: {hers}. Yours is kept beside hers, not instead.",
            ok_text="&Add",
        )
        self.reading = QComboBox()
        self.reading.setAccessibleName("Your reading")
        for point in range(1, 6):
            words = area.describe(point) if area is not None else ""
            self.reading.addItem(f"{point}: {words}" if words else str(point), point)
        self.form.addRow("&Your reading:", self.reading)

    def value(self) -> int:
        return int(self.reading.currentData())


class GoalDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(
            parent,
            title="Add a goal",
            intro="Write it the way she says it. She can have up to three goals at a time.",
            ok_text="&Add the goal",
        )
        self.words = QPlainTextEdit()
        self.words.setAccessibleName("Her goal, in her words")
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(self.fontMetrics().height() * 5)
        self.when = date_edit(today, "Date the goal was set")
        self.form.addRow("Her &goal:", self.words)
        self.form.addRow("&Date:", self.when)

    def problem(self) -> str | None:
        if not self.words.toPlainText().strip():
            return "Please write the goal in her own words."
        return None

    def value(self) -> tuple[str, date]:
        return self.words.toPlainText().strip(), chosen_date(self.when)


class RateGoalDialog(FormDialog):
    def __init__(self, parent: QWidget | None, her_words: str, today: date) -> None:
        super().__init__(
            parent,
            title="Rate a goal",
            intro=f"“{her_words}”: where is she with this today, from 0 to 10?",
            ok_text="&Save the rating",
        )
        self.score = QSpinBox()
        self.score.setRange(0, 10)
        self.score.setValue(5)
        self.score.setAccessibleName("Her rating, 0 to 10")
        self.when = date_edit(today, "Date of the rating")
        self.form.addRow("Her &rating (0 to 10):", self.score)
        self.form.addRow("&Date:", self.when)

    def value(self) -> tuple[int, date]:
        return self.score.value(), chosen_date(self.when)


class WellbeingDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, wording: Ons4Questions, today: date, occasion: Occasion
    ) -> None:
        super().__init__(
            parent,
            title="Wellbeing questions",
            intro=WELLBEING_INTRO,
            ok_text="&Save",
            scroll=True,
        )
        self.when = date_edit(today, "Date of the answers")
        self.occasion = occasion_box(occasion)
        self.form.addRow("&Date:", self.when)
        self.form.addRow("&When:", self.occasion)
        self.answers: dict[Ons4Question, QComboBox] = {}
        for question in wording.questions:
            box = QComboBox()
            box.setAccessibleName(question.text)
            box.addItem(NOT_ASKED, None)
            for score in range(11):
                end = (
                    f" ({question.low})"
                    if score == 0
                    else f" ({question.high})"
                    if score == 10
                    else ""
                )
                box.addItem(f"{score}{end}", score)
            box.addItem(DECLINED, "declined")
            self.answers[question.question] = box
            self.form.addRow(paragraph(question.text, name="The question, in the ONS wording"))
            self.form.addRow("Her answer:", box)
        self.form.addRow(paragraph(wording.citation, name="Where the questions come from"))

    def inputs(self) -> list[QWidget]:
        return [self.when, self.occasion, *self.answers.values()]

    def chosen(self) -> dict[Ons4Question, Answer[int]]:
        found: dict[Ons4Question, Answer[int]] = {}
        for question, box in self.answers.items():
            data: Any = box.currentData()
            if data == "declined":
                found[question] = Answer.declined()
            elif data is not None:
                found[question] = Answer.of(int(data))
        return found

    def problem(self) -> str | None:
        if not self.chosen():
            return "Please record at least one answer, or that she chose not to answer."
        return None

    def value(self) -> tuple[date, Occasion, dict[Ons4Question, Answer[int]]]:
        return chosen_date(self.when), Occasion(self.occasion.currentData()), self.chosen()


class ExternalMeasureDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(
            parent,
            title="A licensed measure",
            intro=(
                "For a measure done under the centre's licence elsewhere. Only its name, the "
                "date and the score are kept here, never its questions."
            ),
            ok_text="&Save",
        )
        self.source = line_edit("The measure and where it was done")
        self.source.setPlaceholderText("For example: the measure's name, done on its own website")
        self.when = date_edit(today, "Date it was done")
        self.score = QDoubleSpinBox()
        self.score.setRange(-1000, 1000)
        self.score.setDecimals(1)
        self.score.setAccessibleName("Score")
        self.form.addRow("&Measure:", self.source)
        self.form.addRow("&Date:", self.when)
        self.form.addRow("&Score:", self.score)

    def problem(self) -> str | None:
        if not self.source.text().strip():
            return "Please name the measure and where it was done, in a few words."
        return None

    def value(self) -> tuple[str, date, float]:
        return self.source.text().strip(), chosen_date(self.when), self.score.value()


class StatisticsDialog(FormDialog):
    """Her yes or no to being counted, without her name, in the centre's reports."""

    def __init__(self, parent: QWidget | None, today: date, current: bool | None) -> None:
        super().__init__(
            parent,
            title="Counted in anonymised figures",
            intro=(
                "Ask her whether her readings can be counted, with her name and words taken "
                "out, in the figures the centre shares with funders. Saying no changes "
                "nothing about her support, and she can change her mind at any time."
            ),
            ok_text="&Save her choice",
        )
        self.yes = QRadioButton("&Yes, she's happy to be counted")
        self.no = QRadioButton("&No, leave her out")
        group = QButtonGroup(self)
        group.addButton(self.yes)
        group.addButton(self.no)
        (self.yes if current else self.no).setChecked(bool(current is not None))
        self.when = date_edit(today, "Date she chose")
        self.form.addRow(self.yes)
        self.form.addRow(self.no)
        self.form.addRow("&Date:", self.when)

    def inputs(self) -> list[QWidget]:
        return [self.yes, self.no, self.when]

    def problem(self) -> str | None:
        if not (self.yes.isChecked() or self.no.isChecked()):
            return "Please choose yes or no, as she decides."
        return None

    def value(self) -> tuple[bool, date]:
        return self.yes.isChecked(), chosen_date(self.when)
