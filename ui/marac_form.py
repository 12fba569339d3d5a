"""The form for a Marac decision on a risk identification record.

What was decided (referred, already being heard, or not referring, which needs reasons),
when and by whom, and whether she knows and agrees. A referral doesn't depend on her
agreement, but wherever it is safe she should know: "not yet safe to tell her" is a real
answer, and the default, so nobody is told by accident.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs import FormDialog
from ui.plan_field_base import date_edit, from_qdate
from womenscentre.domain.answers import ANSWER_LABELS, Answer, AnswerStatus
from womenscentre.domain.risk import MIN_RATIONALE_CHARS, Awareness, MaracDecision, MaracOutcome
from womenscentre.i18n import N_, tr

OUTCOMES = (
    (MaracOutcome.REFERRED, N_("Referred to Marac")),
    (MaracOutcome.ALREADY_OPEN, N_("Already being heard at Marac")),
    (MaracOutcome.NOT_REFERRING, N_("Not referring, with the reasons below")),
)
AWARENESS = (
    (Awareness.YES, N_("Yes, she knows")),
    (Awareness.NO, N_("No")),
    (Awareness.NOT_YET_SAFE, N_("Not yet: it isn't safe to tell her yet")),
)
REASON_NEEDED = N_(
    "Deciding not to refer needs a reason. Please write it in a sentence or two, so "
    "anyone reading the record later understands the decision."
)


class MaracDecisionDialog(FormDialog):
    """Record what was decided about a Marac referral, by whom, and whether she knows."""

    def __init__(self, parent: QWidget | None, *, today: date, decided_by: str) -> None:
        super().__init__(
            parent,
            title=tr("Record the Marac decision"),
            intro=(
                tr(
                    "Whether she is being referred to Marac and, if not, why not. A referral "
                    "doesn't depend on her agreement, but wherever it is safe she should know."
                )
            ),
            ok_text=tr("&Record the decision"),
            scroll=True,
        )
        self.outcome_combo = QComboBox()
        self.outcome_combo.setAccessibleName(tr("What was decided"))
        for outcome, words in OUTCOMES:
            self.outcome_combo.addItem(tr(words), outcome.value)
        self.decided_on_edit = date_edit(tr("Decided on"), today)
        self.decided_by_edit = QLineEdit(decided_by)
        self.decided_by_edit.setAccessibleName(tr("Decided by"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(tr("Reasons"))
        self.reason_edit.setMaximumHeight(self.reason_edit.fontMetrics().lineSpacing() * 5)
        self.area_edit = QLineEdit()
        self.area_edit.setAccessibleName(tr("Marac area"))
        self.reference_edit = QLineEdit()
        self.reference_edit.setAccessibleName(tr("Marac reference"))
        self.knows_combo = QComboBox()
        self.knows_combo.setAccessibleName(tr("Does she know"))
        for awareness, words in AWARENESS:
            self.knows_combo.addItem(tr(words), awareness.value)
        self.knows_combo.setCurrentIndex(self.knows_combo.findData(Awareness.NOT_YET_SAFE.value))
        self.consents_combo = QComboBox()
        self.consents_combo.setAccessibleName(tr("Does she agree"))
        for words, data in (
            (ANSWER_LABELS[AnswerStatus.UNKNOWN], "unknown"),
            (tr("Yes, she agrees"), "yes"),
            (tr("No, she doesn't agree"), "no"),
            (ANSWER_LABELS[AnswerStatus.DECLINED], AnswerStatus.DECLINED.value),
            (ANSWER_LABELS[AnswerStatus.NOT_ASKED], AnswerStatus.NOT_ASKED.value),
        ):
            self.consents_combo.addItem(tr(words), data)
        self.form.addRow(tr("&Decision:"), self.outcome_combo)
        self.form.addRow(tr("Decided &on:"), self.decided_on_edit)
        self.form.addRow(tr("Decided &by:"), self.decided_by_edit)
        self.form.addRow(tr("&Reasons:"), self.reason_edit)
        self.form.addRow(tr("Marac &area:"), self.area_edit)
        self.form.addRow(tr("Re&ference:"), self.reference_edit)
        self.form.addRow(tr("Does she &know:"), self.knows_combo)
        self.form.addRow(tr("Does she a&gree:"), self.consents_combo)

    def problem(self) -> str | None:
        if not self.decided_by_edit.text().strip():
            return tr("Please say who made the decision.")
        not_referring = self.outcome_combo.currentData() == MaracOutcome.NOT_REFERRING.value
        if not_referring and len(self.reason_edit.toPlainText().strip()) < MIN_RATIONALE_CHARS:
            return tr(REASON_NEEDED)
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
