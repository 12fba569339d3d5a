"""The form for a risk identification record (its Marac decision: :mod:`ui.marac_form`).

The record says that a recognised checklist was completed and what followed; it never shows
or asks the checklist's own questions (their wording is licensed), only the count of "yes"
answers. Professional judgement always needs a rationale, and the form says so kindly before
anything is sent. "Visible high risk" follows a Dash score (14 or more), so for the Dash it is
ticked by the score rather than by hand. Nothing here offers a level or band: there is no
"low risk" anywhere, because a number read over a shoulder must never tell her she is safe.

A record can carry a date to look at it again and the safety plans it led to, chosen from
her own plans; the core checks each linked plan is hers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import FormDialog
from ui.plan_field_base import date_edit, from_qdate, to_qdate
from ui.widgets import paragraph
from ui.wording import short_date
from womenscentre.domain.answers import ANSWER_LABELS, Answer, AnswerStatus
from womenscentre.domain.risk import (
    MAX_SCORE,
    MIN_RATIONALE_CHARS,
    VISIBLE_HIGH_RISK_SCORE,
    ActionKind,
    ChecklistTool,
    MaracCriteria,
    RiskAction,
    RiskDetails,
)
from womenscentre.i18n import N_, tr

TOOLS = (
    (ChecklistTool.SAFELIVES_DASH, N_("SafeLives Dash checklist")),
    (ChecklistTool.POLICE_GRADING, N_("Police grading received (DASH or DARA)")),
    (ChecklistTool.OTHER, N_("Another checklist")),
)
ACTIONS = (
    (ActionKind.MARAC_REFERRAL, N_("Marac referral")),
    (ActionKind.IDVA_REFERRAL, N_("IDVA referral")),
    (ActionKind.POLICE_REPORT, N_("Police report")),
    (ActionKind.CHILDREN_SAFEGUARDING, N_("Children's safeguarding referral")),
    (ActionKind.ADULT_SAFEGUARDING, N_("Adult safeguarding referral")),
    (ActionKind.SAFETY_PLAN_UPDATED, N_("Safety plan updated")),
    (ActionKind.OTHER, N_("Something else")),
)
HER_WORDS_STATUS = (
    (AnswerStatus.UNKNOWN, ANSWER_LABELS[AnswerStatus.UNKNOWN]),
    (AnswerStatus.ANSWERED, N_("In her words")),
    (AnswerStatus.DECLINED, ANSWER_LABELS[AnswerStatus.DECLINED]),
    (AnswerStatus.NOT_ASKED, ANSWER_LABELS[AnswerStatus.NOT_ASKED]),
)
NOT_RECORDED = N_("Not recorded")
RATIONALE_NEEDED = N_(
    "Professional judgement needs a rationale. Please write what concerns you in a "
    "sentence or two, so the Marac and anyone reading later can follow your thinking."
)
#: The suggested "look at it again" date, when she first ticks the box: four weeks on.
REVIEW_AFTER = timedelta(weeks=4)
NO_PLANS = N_("She has no safety plans yet.")
SCORE_NOTE = N_(
    "The number of 'yes' answers. At {score} or more the record meets "
    "the Marac referral criteria and needs a Marac decision before it can be closed."
)


def _yes_no(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(tr("Please choose"), None)
    combo.addItem(tr("Yes"), True)
    combo.addItem(tr("No"), False)
    return combo


def _counter(name: str, maximum: int) -> QSpinBox:
    """A count where "not recorded" is a real answer, shown as words rather than a number."""
    spin = QSpinBox()
    spin.setRange(-1, maximum)
    spin.setSpecialValueText(tr(NOT_RECORDED))
    spin.setValue(-1)
    spin.setAccessibleName(name)
    return spin


class HerWords(QWidget):
    """Something in her own words, or that she chose not to say, or that it wasn't asked."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.status = QComboBox()
        self.status.setAccessibleName(tr("{field}: answer status").format(field=name))
        for status, words in HER_WORDS_STATUS:
            self.status.addItem(tr(words), status.value)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(name)
        self.text.setMaximumHeight(self.text.fontMetrics().lineSpacing() * 5)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, stretch=1)
        row.addWidget(self.status)

    def answer(self) -> Answer[str]:
        """Words typed count as her answer unless "chose not to say" or "not asked" is set.

        (Read here rather than on ``textChanged``, which a text box also emits while it is
        being destroyed.)
        """
        status = AnswerStatus(self.status.currentData())
        words = self.text.toPlainText().strip()
        if status in (AnswerStatus.ANSWERED, AnswerStatus.UNKNOWN):
            return Answer.of(words) if words else Answer()
        return Answer() if status is AnswerStatus.UNKNOWN else Answer(status)

    def set_answer(self, answer: Answer[str]) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(answer.value or "")
        self.text.blockSignals(False)
        self.status.setCurrentIndex(self.status.findData(answer.status.value))


class RiskRecordDialog(FormDialog):
    """Start or change a risk identification record; read-only once the record is closed."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: date,
        assessor: str,
        current: RiskDetails | None = None,
        read_only: bool = False,
        plans: Sequence[tuple[str, str]] = (),
    ) -> None:
        """``plans`` are her safety plans, as (plan id, words to show), to link to."""
        title = (
            tr("Risk identification record") if current else tr("New risk identification record")
        )
        super().__init__(
            parent,
            title=title,
            intro=(
                tr(
                    "A note that a recognised checklist was completed, and what followed. "
                    "Her own view of the risk matters as much as any number."
                )
            ),
            ok_text=tr("&Save the record"),
            scroll=True,
        )
        self.current = current
        self.completed_edit = date_edit(tr("Completed on"), today)
        self.assessor_edit = QLineEdit(assessor)
        self.assessor_edit.setAccessibleName(tr("Completed by"))
        self.trained_combo = _yes_no(tr("Trained to use it"))
        self.training_edit = QLineEdit()
        self.training_edit.setAccessibleName(tr("Training course and date"))
        self.safe_combo = _yes_no(tr("Safe to talk"))
        self.tool_combo = QComboBox()
        self.tool_combo.setAccessibleName(tr("Which checklist"))
        for tool, words in TOOLS:
            self.tool_combo.addItem(tr(words), tool.value)
        self.tool_name_edit = QLineEdit()
        self.tool_name_edit.setAccessibleName(tr("Name of the other checklist"))
        self.score_spin = _counter(tr("Score"), MAX_SCORE)
        self.criteria = {
            "visible_high_risk": QCheckBox(
                tr("Visible high risk ({score} or more)").format(score=VISIBLE_HIGH_RISK_SCORE)
            ),
            "professional_judgement": QCheckBox(tr("Professional judgement")),
            "escalation": QCheckBox(tr("Potential escalation")),
            "repeat": QCheckBox(tr("Repeat: within 12 months of her last Marac referral")),
        }
        criteria_box = QWidget()
        criteria_box.setAccessibleName(tr("Marac referral criteria met"))
        criteria_grid = QGridLayout(criteria_box)
        criteria_grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.criteria.values()):
            box.setAccessibleName(box.text())
            criteria_grid.addWidget(box, i // 2, i % 2)
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setAccessibleName(tr("Rationale for professional judgement"))
        self.rationale_edit.setMaximumHeight(self.rationale_edit.fontMetrics().lineSpacing() * 5)
        self.incidents_spin = _counter(tr("Police-reported incidents in the last 12 months"), 99)
        self.her_view = HerWords(tr("Her own view of the risk"))
        self.afraid_of = HerWords(tr("Who she is afraid of"))
        self.action_boxes: dict[ActionKind, QCheckBox] = {}
        self.action_details: dict[ActionKind, QLineEdit] = {}
        actions = QWidget()
        actions.setAccessibleName(tr("Actions taken"))
        actions_grid = QGridLayout(actions)
        actions_grid.setContentsMargins(0, 0, 0, 0)
        for row, (kind, words) in enumerate(ACTIONS):
            box, detail = QCheckBox(tr(words)), QLineEdit()
            box.setAccessibleName(tr(words))
            detail.setAccessibleName(tr("{action}: details").format(action=tr(words)))
            detail.setPlaceholderText(tr("When, who, any reference"))
            detail.textEdited.connect(lambda _t, b=box: b.setChecked(True))
            actions_grid.addWidget(box, row, 0)
            actions_grid.addWidget(detail, row, 1)
            self.action_boxes[kind], self.action_details[kind] = box, detail
        self.form.addRow(tr("Completed &on:"), self.completed_edit)
        self.form.addRow(tr("Completed &by:"), self.assessor_edit)
        self.form.addRow(tr("&Trained to use it:"), self.trained_combo)
        self.form.addRow(tr("Training (course, date):"), self.training_edit)
        self.form.addRow(tr("Safe to &talk:"), self.safe_combo)
        self.form.addRow(tr("&Checklist:"), self.tool_combo)
        self.form.addRow(tr("Other checklist's name:"), self.tool_name_edit)
        self.form.addRow(tr("&Score:"), self.score_spin)
        self.form.addRow(
            "",
            paragraph(
                tr(SCORE_NOTE).format(score=VISIBLE_HIGH_RISK_SCORE), name=tr("About the score")
            ),
        )
        self.form.addRow(tr("Criteria met:"), criteria_box)
        self.form.addRow(tr("&Rationale:"), self.rationale_edit)
        self.form.addRow(tr("Incidents, last 12 months:"), self.incidents_spin)
        self.form.addRow(tr("Her &view, in her words:"), self.her_view)
        self.form.addRow(tr("Who she is &afraid of:"), self.afraid_of)
        self.form.addRow(tr("Actions taken:"), actions)
        self.form.addRow(tr("&Look at it again:"), self._review_row(today))
        self.form.addRow(tr("Safety &plans it led to:"), self._plans_box(plans))
        # ``activated`` (her choice) rather than ``currentIndexChanged``, which a combo box
        # also emits while it is being destroyed.
        self.tool_combo.activated.connect(self._follow_score)
        self.score_spin.valueChanged.connect(self._follow_score)
        if current is not None:
            self._fill(current)
        self._follow_score()
        if read_only:
            for widget in self.inputs():
                widget.setEnabled(False)
            self.ok_button.setVisible(False)
            self.cancel_button.setText(tr("&Close"))

    def _review_row(self, today: date) -> QWidget:
        row = QWidget()
        row.setAccessibleName(tr("Look at it again"))
        self.review_check = QCheckBox(tr("By"))
        self.review_check.setAccessibleName(tr("Set a date to look at this record again"))
        self.review_edit = date_edit(tr("Look at it again by"), today + REVIEW_AFTER)
        self.review_edit.setEnabled(False)
        self.review_check.toggled.connect(self.review_edit.setEnabled)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.review_check)
        line.addWidget(self.review_edit)
        line.addStretch()
        return row

    def _plans_box(self, plans: Sequence[tuple[str, str]]) -> QWidget:
        box = QWidget()
        box.setAccessibleName(tr("Safety plans it led to"))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.plan_boxes: dict[str, QCheckBox] = {}
        for plan_id, words in plans:
            check = QCheckBox(words)
            check.setAccessibleName(words)
            self.plan_boxes[plan_id] = check
            column.addWidget(check)
        if not plans:
            column.addWidget(paragraph(tr(NO_PLANS)))
        return box

    # -- filling ---------------------------------------------------------------------------
    def _fill(self, details: RiskDetails) -> None:
        self.completed_edit.setDate(to_qdate(details.completed_on))
        self.assessor_edit.setText(details.assessor)
        self.trained_combo.setCurrentIndex(self.trained_combo.findData(details.trained))
        self.training_edit.setText(details.training)
        self.safe_combo.setCurrentIndex(self.safe_combo.findData(details.safe_to_talk))
        self.tool_combo.setCurrentIndex(self.tool_combo.findData(details.tool.value))
        self.tool_name_edit.setText(details.tool_name)
        self.score_spin.setValue(-1 if details.score is None else details.score)
        for key, box in self.criteria.items():
            box.setChecked(bool(details.criteria.to_json()[key]))
        self.rationale_edit.setPlainText(details.rationale)
        incidents = details.incidents_last_12_months
        self.incidents_spin.setValue(-1 if incidents is None else incidents)
        self.her_view.set_answer(details.her_view)
        self.afraid_of.set_answer(details.afraid_of)
        for action in details.actions:
            self.action_boxes[action.kind].setChecked(True)
            self.action_details[action.kind].setText(action.detail)
        if details.next_review is not None:
            self.review_check.setChecked(True)
            self.review_edit.setDate(to_qdate(details.next_review))
        for plan_id, check in self.plan_boxes.items():
            check.setChecked(plan_id in details.linked_plan_ids)

    @Slot()
    def _follow_score(self) -> None:
        """For the Dash, "visible high risk" is what the score says, not a separate choice."""
        dash = self.tool_combo.currentData() == ChecklistTool.SAFELIVES_DASH.value
        box = self.criteria["visible_high_risk"]
        if dash and self.score_spin.value() >= 0:
            box.setChecked(self.score_spin.value() >= VISIBLE_HIGH_RISK_SCORE)
        box.setEnabled(not dash)
        self.tool_name_edit.setEnabled(self.tool_combo.currentData() == ChecklistTool.OTHER.value)

    # -- FormDialog ------------------------------------------------------------------------
    def problem(self) -> str | None:
        if not self.assessor_edit.text().strip():
            return tr("Please say who completed the checklist.")
        if self.trained_combo.currentData() is None:
            return tr("Please say whether the person who completed it is trained to use it.")
        if self.safe_combo.currentData() is None:
            return tr("Please say whether it was safe for her to talk.")
        if self.tool_combo.currentData() == ChecklistTool.OTHER.value and not (
            self.tool_name_edit.text().strip()
        ):
            return tr("Please name the checklist that was used.")
        rationale = self.rationale_edit.toPlainText().strip()
        if self.criteria["professional_judgement"].isChecked() and (
            len(rationale) < MIN_RATIONALE_CHARS
        ):
            return tr(RATIONALE_NEEDED)
        return None

    def value(self) -> RiskDetails:
        score, incidents = self.score_spin.value(), self.incidents_spin.value()
        actions = tuple(
            RiskAction(kind, None, self.action_details[kind].text().strip())
            for kind, box in self.action_boxes.items()
            if box.isChecked()
        )
        ticked = {key: box.isChecked() for key, box in self.criteria.items()}
        fields: dict[str, Any] = {
            "completed_on": from_qdate(self.completed_edit.date()),
            "assessor": self.assessor_edit.text().strip(),
            "trained": bool(self.trained_combo.currentData()),
            "safe_to_talk": bool(self.safe_combo.currentData()),
            "tool": ChecklistTool(self.tool_combo.currentData()),
            "tool_name": self.tool_name_edit.text().strip(),
            "training": self.training_edit.text().strip(),
            "score": None if score < 0 else score,
            "criteria": MaracCriteria(**ticked),
            "rationale": self.rationale_edit.toPlainText().strip(),
            "incidents_last_12_months": None if incidents < 0 else incidents,
            "her_view": self.her_view.answer(),
            "afraid_of": self.afraid_of.answer(),
            "actions": actions,
            "next_review": (
                from_qdate(self.review_edit.date()) if self.review_check.isChecked() else None
            ),
            "linked_plan_ids": self._linked_plans(),
        }
        if self.current is not None:  # keeps what this form doesn't show (the Marac decision)
            return replace(self.current, **fields)
        return RiskDetails(**fields)

    def _linked_plans(self) -> tuple[str, ...]:
        """The plans ticked, and any linked before that isn't listed now (archived, say)."""
        ticked = [plan_id for plan_id, check in self.plan_boxes.items() if check.isChecked()]
        earlier = self.current.linked_plan_ids if self.current is not None else ()
        return (*ticked, *(p for p in earlier if p not in self.plan_boxes))


def plan_choices(plans: Sequence[Any]) -> list[tuple[str, str]]:
    """Her plans (``PlanSummary``) as the record form lists them: title and review date."""
    return [
        (
            plan.id,
            tr("{title}, review by {day}").format(
                title=plan.title, day=short_date(plan.review_date)
            ),
        )
        for plan in plans
    ]
