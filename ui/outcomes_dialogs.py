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
from womenscentre.i18n import N_, tr
from womenscentre.templates.outcome_areas import Ons4Questions

NOT_TODAY = N_("Not talked about this time")
SKIP = N_("She'd rather skip this one")
NO_KEYWORKER = N_("No reading from me")
NOT_ASKED = N_("Skip this question")
DECLINED = N_("She chose not to answer")
CHECK_IN_INTRO = N_(
    "Go through the areas she wants to talk about, at her pace. Her reading comes first; "
    "yours, if you give one, is kept beside hers. Any area can be left for another day."
)
WELLBEING_INTRO = N_(
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
    box.setAccessibleName(tr("When this is"))
    for occasion, words in OCCASION_WORDS.items():
        box.addItem(tr(words), occasion)
    box.setCurrentIndex(list(OCCASION_WORDS).index(chosen))
    return box


class AreaControls(QGroupBox):
    """One life area: her reading (with what each point means), the keyworker's, and notes."""

    def __init__(self, area: LifeArea) -> None:
        super().__init__(area.title)
        self.area = area
        self.hers = QComboBox()
        self.hers.setAccessibleName(tr("{area}: her reading").format(area=area.title))
        self.hers.addItem(tr(NOT_TODAY), None)
        for point in range(1, 6):
            self.hers.addItem(f"{point}: {area.describe(point)}", point)
        self.hers.addItem(tr(SKIP), "skip")
        self.keyworker = QComboBox()
        self.keyworker.setAccessibleName(tr("{area}: keyworker's reading").format(area=area.title))
        self.keyworker.addItem(tr(NO_KEYWORKER), None)
        for point in range(1, 6):
            self.keyworker.addItem(f"{point}: {area.describe(point)}", point)
        self.helping = line_edit(tr("{area}: what's helping").format(area=area.title))
        self.next_step = line_edit(tr("{area}: next small step").format(area=area.title))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if area.prompt:
            name = tr("{area}: a way to ask").format(area=area.title)
            form.addRow(paragraph(area.prompt, name=name))
        form.addRow(tr("Her reading:"), self.hers)
        form.addRow(tr("Your reading:"), self.keyworker)
        form.addRow(tr("What's helping:"), self.helping)
        form.addRow(tr("Next small step:"), self.next_step)
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
            parent,
            title=tr("Check-in"),
            intro=tr(CHECK_IN_INTRO),
            ok_text=tr("&Save"),
            scroll=True,
        )
        self.when = date_edit(today, tr("Date of the check-in"))
        self.occasion = occasion_box(occasion)
        self.form.addRow(tr("&Date:"), self.when)
        self.form.addRow(tr("&When:"), self.occasion)
        self.areas = [AreaControls(area) for area in areas]
        for controls in self.areas:
            self.form.addRow(controls)

    def inputs(self) -> list[QWidget]:
        return [self.when, self.occasion, *self.areas]

    def readings(self) -> list[AreaReading]:
        return [r for r in (c.reading() for c in self.areas) if r is not None]

    def problem(self) -> str | None:
        if not self.readings():
            return tr("Please give at least one reading, or mark an area she'd rather skip.")
        return None

    def value(self) -> tuple[date, Occasion, list[AreaReading]]:
        return chosen_date(self.when), Occasion(self.occasion.currentData()), self.readings()


class KeyworkerReadingDialog(FormDialog):
    """Add your reading to a check-in that has hers and none from a worker yet."""

    def __init__(self, parent: QWidget | None, area: LifeArea | None, hers: str) -> None:
        if area is not None:
            intro = tr(
                "Her reading of {area}: {hers}. Yours is kept beside hers, not instead."
            ).format(area=area.title, hers=hers)
        else:
            intro = tr("Her reading of this area: {hers}. Yours is kept beside hers, not instead.")
            intro = intro.format(hers=hers)
        super().__init__(parent, title=tr("Add your reading"), intro=intro, ok_text=tr("&Add"))
        self.reading = QComboBox()
        self.reading.setAccessibleName(tr("Your reading"))
        for point in range(1, 6):
            words = area.describe(point) if area is not None else ""
            self.reading.addItem(f"{point}: {words}" if words else str(point), point)
        self.form.addRow(tr("&Your reading:"), self.reading)

    def value(self) -> int:
        return int(self.reading.currentData())


class GoalDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(
            parent,
            title=tr("Add a goal"),
            intro=tr("Write it the way she says it. She can have up to three goals at a time."),
            ok_text=tr("&Add the goal"),
        )
        self.words = QPlainTextEdit()
        self.words.setAccessibleName(tr("Her goal, in her words"))
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(self.fontMetrics().height() * 5)
        self.when = date_edit(today, tr("Date the goal was set"))
        self.form.addRow(tr("Her &goal:"), self.words)
        self.form.addRow(tr("&Date:"), self.when)

    def problem(self) -> str | None:
        if not self.words.toPlainText().strip():
            return tr("Please write the goal in her own words.")
        return None

    def value(self) -> tuple[str, date]:
        return self.words.toPlainText().strip(), chosen_date(self.when)


class RateGoalDialog(FormDialog):
    def __init__(self, parent: QWidget | None, her_words: str, today: date) -> None:
        super().__init__(
            parent,
            title=tr("Rate a goal"),
            intro=tr("“{goal}”: where is she with this today, from 0 to 10?").format(
                goal=her_words
            ),
            ok_text=tr("&Save the rating"),
        )
        self.score = QSpinBox()
        self.score.setRange(0, 10)
        self.score.setValue(5)
        self.score.setAccessibleName(tr("Her rating, 0 to 10"))
        self.when = date_edit(today, tr("Date of the rating"))
        self.form.addRow(tr("Her &rating (0 to 10):"), self.score)
        self.form.addRow(tr("&Date:"), self.when)

    def value(self) -> tuple[int, date]:
        return self.score.value(), chosen_date(self.when)


class WellbeingDialog(FormDialog):
    def __init__(
        self, parent: QWidget | None, wording: Ons4Questions, today: date, occasion: Occasion
    ) -> None:
        super().__init__(
            parent,
            title=tr("Wellbeing questions"),
            intro=tr(WELLBEING_INTRO),
            ok_text=tr("&Save"),
            scroll=True,
        )
        self.when = date_edit(today, tr("Date of the answers"))
        self.occasion = occasion_box(occasion)
        self.form.addRow(tr("&Date:"), self.when)
        self.form.addRow(tr("&When:"), self.occasion)
        self.answers: dict[Ons4Question, QComboBox] = {}
        for question in wording.questions:
            box = QComboBox()
            box.setAccessibleName(question.text)
            box.addItem(tr(NOT_ASKED), None)
            for score in range(11):
                end = (
                    f" ({question.low})"
                    if score == 0
                    else f" ({question.high})"
                    if score == 10
                    else ""
                )
                box.addItem(f"{score}{end}", score)
            box.addItem(tr(DECLINED), "declined")
            self.answers[question.question] = box
            self.form.addRow(paragraph(question.text, name=tr("The question, in the ONS wording")))
            self.form.addRow(tr("Her answer:"), box)
        self.form.addRow(paragraph(wording.citation, name=tr("Where the questions come from")))

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
            return tr("Please record at least one answer, or that she chose not to answer.")
        return None

    def value(self) -> tuple[date, Occasion, dict[Ons4Question, Answer[int]]]:
        return chosen_date(self.when), Occasion(self.occasion.currentData()), self.chosen()


class ExternalMeasureDialog(FormDialog):
    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(
            parent,
            title=tr("A licensed measure"),
            intro=tr(
                "For a measure done under the centre's licence elsewhere. Only its name, the "
                "date and the score are kept here, never its questions."
            ),
            ok_text=tr("&Save"),
        )
        self.source = line_edit(tr("The measure and where it was done"))
        self.source.setPlaceholderText(
            tr("For example: the measure's name, done on its own website")
        )
        self.when = date_edit(today, tr("Date it was done"))
        self.score = QDoubleSpinBox()
        self.score.setRange(-1000, 1000)
        self.score.setDecimals(1)
        self.score.setAccessibleName(tr("Score"))
        self.form.addRow(tr("&Measure:"), self.source)
        self.form.addRow(tr("&Date:"), self.when)
        self.form.addRow(tr("&Score:"), self.score)

    def problem(self) -> str | None:
        if not self.source.text().strip():
            return tr("Please name the measure and where it was done, in a few words.")
        return None

    def value(self) -> tuple[str, date, float]:
        return self.source.text().strip(), chosen_date(self.when), self.score.value()


class StatisticsDialog(FormDialog):
    """Her yes or no to being counted, without her name, in the centre's reports."""

    def __init__(self, parent: QWidget | None, today: date, current: bool | None) -> None:
        super().__init__(
            parent,
            title=tr("Counted in anonymised figures"),
            intro=tr(
                "Ask her whether her readings can be counted, with her name and words taken "
                "out, in the figures the centre shares with funders. Saying no changes "
                "nothing about her support, and she can change her mind at any time."
            ),
            ok_text=tr("&Save her choice"),
        )
        self.yes = QRadioButton(tr("&Yes, she's happy to be counted"))
        self.no = QRadioButton(tr("&No, leave her out"))
        group = QButtonGroup(self)
        group.addButton(self.yes)
        group.addButton(self.no)
        (self.yes if current else self.no).setChecked(bool(current is not None))
        self.when = date_edit(today, tr("Date she chose"))
        self.form.addRow(self.yes)
        self.form.addRow(self.no)
        self.form.addRow(tr("&Date:"), self.when)

    def inputs(self) -> list[QWidget]:
        return [self.yes, self.no, self.when]

    def problem(self) -> str | None:
        if not (self.yes.isChecked() or self.no.isChecked()):
            return tr("Please choose yes or no, as she decides.")
        return None

    def value(self) -> tuple[bool, date]:
        return self.yes.isChecked(), chosen_date(self.when)
