"""The forms for a risk identification record and its Marac decision.

The record says that a recognised checklist was completed and what followed; it never shows
or asks the checklist's own questions (their wording is licensed), only the count of "yes"
answers. Professional judgement always needs a rationale, and the form says so kindly before
anything is sent. "Visible high risk" follows a Dash score (14 or more), so for the Dash it is
ticked by the score rather than by hand. Nothing here offers a level or band: there is no
"low risk" anywhere, because a number read over a shoulder must never tell her she is safe.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ui.dialogs import FormDialog
from ui.plan_fields import QT_DATE_FORMAT, from_qdate, to_qdate
from ui.widgets import paragraph
from womenscentre.domain.answers import ANSWER_LABELS, Answer, AnswerStatus
from womenscentre.domain.risk import (
    MAX_SCORE,
    MIN_RATIONALE_CHARS,
    VISIBLE_HIGH_RISK_SCORE,
    ActionKind,
    Awareness,
    ChecklistTool,
    MaracCriteria,
    MaracDecision,
    MaracOutcome,
    RiskAction,
    RiskDetails,
)

TOOLS = (
    (ChecklistTool.SAFELIVES_DASH, "SafeLives Dash checklist"),
    (ChecklistTool.POLICE_GRADING, "Police grading received (DASH or DARA)"),
    (ChecklistTool.OTHER, "Another checklist"),
)
ACTIONS = (
    (ActionKind.MARAC_REFERRAL, "Marac referral"),
    (ActionKind.IDVA_REFERRAL, "IDVA referral"),
    (ActionKind.POLICE_REPORT, "Police report"),
    (ActionKind.CHILDREN_SAFEGUARDING, "Children's safeguarding referral"),
    (ActionKind.ADULT_SAFEGUARDING, "Adult safeguarding referral"),
    (ActionKind.SAFETY_PLAN_UPDATED, "Safety plan updated"),
    (ActionKind.OTHER, "Something else"),
)
OUTCOMES = (
    (MaracOutcome.REFERRED, "Referred to Marac"),
    (MaracOutcome.ALREADY_OPEN, "Already being heard at Marac"),
    (MaracOutcome.NOT_REFERRING, "Not referring, with the reasons below"),
)
AWARENESS = (
    (Awareness.YES, "Yes, she knows"),
    (Awareness.NO, "No"),
    (Awareness.NOT_YET_SAFE, "Not yet: it isn't safe to tell her yet"),
)
HER_WORDS_STATUS = (
    (AnswerStatus.UNKNOWN, ANSWER_LABELS[AnswerStatus.UNKNOWN]),
    (AnswerStatus.ANSWERED, "In her words"),
    (AnswerStatus.DECLINED, ANSWER_LABELS[AnswerStatus.DECLINED]),
    (AnswerStatus.NOT_ASKED, ANSWER_LABELS[AnswerStatus.NOT_ASKED]),
)
NOT_RECORDED = "Not recorded"
RATIONALE_NEEDED = (
    "Professional judgement needs a rationale. Please write what concerns you in a "
    "sentence or two, so the Marac and anyone reading later can follow your thinking."
)
REASON_NEEDED = (
    "Deciding not to refer needs a reason. Please write it in a sentence or two, so "
    "anyone reading the record later understands the decision."
)
SCORE_NOTE = (
    f"The number of 'yes' answers. At {VISIBLE_HIGH_RISK_SCORE} or more the record meets "
    "the Marac referral criteria and needs a Marac decision before it can be closed."
)


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QT_DATE_FORMAT)
    edit.setDate(to_qdate(day))
    edit.setAccessibleName(name)
    return edit


def _yes_no(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem("Please choose", None)
    combo.addItem("Yes", True)
    combo.addItem("No", False)
    return combo


def _counter(name: str, maximum: int) -> QSpinBox:
    """A count where "not recorded" is a real answer, shown as words rather than a number."""
    spin = QSpinBox()
    spin.setRange(-1, maximum)
    spin.setSpecialValueText(NOT_RECORDED)
    spin.setValue(-1)
    spin.setAccessibleName(name)
    return spin


class HerWords(QWidget):
    """Something in her own words, or that she chose not to say, or that it wasn't asked."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.status = QComboBox()
        self.status.setAccessibleName(f"{name}: answer status")
        for status, words in HER_WORDS_STATUS:
            self.status.addItem(words, status.value)
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
    ) -> None:
        title = "Risk identification record" if current else "New risk identification record"
        super().__init__(
            parent,
            title=title,
            intro=(
                "A note that a recognised checklist was completed, and what followed. "
                "Her own view of the risk matters as much as any number."
            ),
            ok_text="&Save the record",
            scroll=True,
        )
        self.current = current
        self.completed_edit = _date_edit("Completed on", today)
        self.assessor_edit = QLineEdit(assessor)
        self.assessor_edit.setAccessibleName("Completed by")
        self.trained_combo = _yes_no("Trained to use it")
        self.training_edit = QLineEdit()
        self.training_edit.setAccessibleName("Training course and date")
        self.safe_combo = _yes_no("Safe to talk")
        self.tool_combo = QComboBox()
        self.tool_combo.setAccessibleName("Which checklist")
        for tool, words in TOOLS:
            self.tool_combo.addItem(words, tool.value)
        self.tool_name_edit = QLineEdit()
        self.tool_name_edit.setAccessibleName("Name of the other checklist")
        self.score_spin = _counter("Score", MAX_SCORE)
        self.criteria = {
            "visible_high_risk": QCheckBox(
                f"Visible high risk ({VISIBLE_HIGH_RISK_SCORE} or more)"
            ),
            "professional_judgement": QCheckBox("Professional judgement"),
            "escalation": QCheckBox("Potential escalation"),
            "repeat": QCheckBox("Repeat: within 12 months of her last Marac referral"),
        }
        criteria_box = QWidget()
        criteria_box.setAccessibleName("Marac referral criteria met")
        criteria_grid = QGridLayout(criteria_box)
        criteria_grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.criteria.values()):
            box.setAccessibleName(box.text())
            criteria_grid.addWidget(box, i // 2, i % 2)
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setAccessibleName("Rationale for professional judgement")
        self.rationale_edit.setMaximumHeight(self.rationale_edit.fontMetrics().lineSpacing() * 5)
        self.incidents_spin = _counter("Police-reported incidents in the last 12 months", 99)
        self.her_view = HerWords("Her own view of the risk")
        self.afraid_of = HerWords("Who she is afraid of")
        self.action_boxes: dict[ActionKind, QCheckBox] = {}
        self.action_details: dict[ActionKind, QLineEdit] = {}
        actions = QWidget()
        actions.setAccessibleName("Actions taken")
        actions_grid = QGridLayout(actions)
        actions_grid.setContentsMargins(0, 0, 0, 0)
        for row, (kind, words) in enumerate(ACTIONS):
            box, detail = QCheckBox(words), QLineEdit()
            box.setAccessibleName(words)
            detail.setAccessibleName(f"{words}: details")
            detail.setPlaceholderText("When, who, any reference")
            detail.textEdited.connect(lambda _t, b=box: b.setChecked(True))
            actions_grid.addWidget(box, row, 0)
            actions_grid.addWidget(detail, row, 1)
            self.action_boxes[kind], self.action_details[kind] = box, detail
        self.form.addRow("Completed &on:", self.completed_edit)
        self.form.addRow("Completed &by:", self.assessor_edit)
        self.form.addRow("&Trained to use it:", self.trained_combo)
        self.form.addRow("Training (course, date):", self.training_edit)
        self.form.addRow("Safe to &talk:", self.safe_combo)
        self.form.addRow("&Checklist:", self.tool_combo)
        self.form.addRow("Other checklist's name:", self.tool_name_edit)
        self.form.addRow("&Score:", self.score_spin)
        self.form.addRow("", paragraph(SCORE_NOTE, name="About the score"))
        self.form.addRow("Criteria met:", criteria_box)
        self.form.addRow("&Rationale:", self.rationale_edit)
        self.form.addRow("Incidents, last 12 months:", self.incidents_spin)
        self.form.addRow("Her &view, in her words:", self.her_view)
        self.form.addRow("Who she is &afraid of:", self.afraid_of)
        self.form.addRow("Actions taken:", actions)
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
            self.cancel_button.setText("&Close")

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
            return "Please say who completed the checklist."
        if self.trained_combo.currentData() is None:
            return "Please say whether the person who completed it is trained to use it."
        if self.safe_combo.currentData() is None:
            return "Please say whether it was safe for her to talk."
        if self.tool_combo.currentData() == ChecklistTool.OTHER.value and not (
            self.tool_name_edit.text().strip()
        ):
            return "Please name the checklist that was used."
        rationale = self.rationale_edit.toPlainText().strip()
        if self.criteria["professional_judgement"].isChecked() and (
            len(rationale) < MIN_RATIONALE_CHARS
        ):
            return RATIONALE_NEEDED
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
        }
        if self.current is not None:  # keeps what this form doesn't show (the Marac decision)
            return replace(self.current, **fields)
        return RiskDetails(**fields)


class MaracDecisionDialog(FormDialog):
    """Record what was decided about a Marac referral, by whom, and whether she knows."""

    def __init__(self, parent: QWidget | None, *, today: date, decided_by: str) -> None:
        super().__init__(
            parent,
            title="Record the Marac decision",
            intro=(
                "Whether she is being referred to Marac and, if not, why not. A referral "
                "doesn't depend on her agreement, but wherever it is safe she should know."
            ),
            ok_text="&Record the decision",
            scroll=True,
        )
        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName("What was decided")
        for outcome, words in OUTCOMES:
            self.outcome_combo.addItem(words, outcome.value)
        self.decided_on_edit = _date_edit("Decided on", today)
        self.decided_by_edit = QLineEdit(decided_by)
        self.decided_by_edit.setAccessibleName("Decided by")
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName("Reasons")
        self.reason_edit.setMaximumHeight(self.reason_edit.fontMetrics().lineSpacing() * 5)
        self.area_edit = QLineEdit()
        self.area_edit.setAccessibleName("Marac area")
        self.reference_edit = QLineEdit()
        self.reference_edit.setAccessibleName("Marac reference")
        self.knows_combo = QComboBox()
        self.knows_combo.setAccessibleName("Does she know")
        for awareness, words in AWARENESS:
            self.knows_combo.addItem(words, awareness.value)
        self.knows_combo.setCurrentIndex(self.knows_combo.findData(Awareness.NOT_YET_SAFE.value))
        self.consents_combo = QComboBox()
        self.consents_combo.setAccessibleName("Does she agree")
        for words, data in (
            (ANSWER_LABELS[AnswerStatus.UNKNOWN], "unknown"),
            ("Yes, she agrees", "yes"),
            ("No, she doesn't agree", "no"),
            (ANSWER_LABELS[AnswerStatus.DECLINED], AnswerStatus.DECLINED.value),
            (ANSWER_LABELS[AnswerStatus.NOT_ASKED], AnswerStatus.NOT_ASKED.value),
        ):
            self.consents_combo.addItem(words, data)
        self.form.addRow("&Decision:", self.outcome_combo)
        self.form.addRow("Decided &on:", self.decided_on_edit)
        self.form.addRow("Decided &by:", self.decided_by_edit)
        self.form.addRow("&Reasons:", self.reason_edit)
        self.form.addRow("Marac &area:", self.area_edit)
        self.form.addRow("Re&ference:", self.reference_edit)
        self.form.addRow("Does she &know:", self.knows_combo)
        self.form.addRow("Does she a&gree:", self.consents_combo)

    def problem(self) -> str | None:
        if not self.decided_by_edit.text().strip():
            return "Please say who made the decision."
        not_referring = self.outcome_combo.currentData() == MaracOutcome.NOT_REFERRING.value
        if not_referring and len(self.reason_edit.toPlainText().strip()) < MIN_RATIONALE_CHARS:
            return REASON_NEEDED
        return None

    def value(self) -> MaracDecision:
        consent = self.consents_combo.currentData()
        she_consents: Answer[bool]
        if consent in ("yes", "no"):
            she_consents = Answer.of(consent == "yes")
        elif consent == "unknown":
            she_consents = Answer()
        else:
            she_consents = Answer(AnswerStatus(consent))
        return MaracDecision(
            MaracOutcome(self.outcome_combo.currentData()),
            from_qdate(self.decided_on_edit.date()),
            self.decided_by_edit.text().strip(),
            self.reason_edit.toPlainText().strip(),
            self.area_edit.text().strip(),
            self.reference_edit.text().strip(),
            Awareness(self.knows_combo.currentData()),
            she_consents,
        )
