"""Adding someone, and editing her details: every field of her record, asked gently.

Each question that may be painful or unsafe to ask is an :class:`AnswerField`: her answer, or
"She chose not to answer", or "Not asked: not safe or right to ask now", or not recorded
yet. Those are real answers, saved as such, so nobody has to ask her again just because a
field looks empty. Typing an answer chooses "Her answer" by itself.

"Things she has asked us to know" is a list, one thing to a line, and so is "Words she uses
for herself": her preferred terms, which the language guidance never flags in her notes (the
note editor's "she prefers this term" adds to it; here they can be corrected or removed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ui.dialogs import FormDialog
from ui.widgets import line_edit
from womenscentre.domain.answers import ANSWER_LABELS, Answer, AnswerStatus
from womenscentre.domain.people import (
    CONTACT_METHOD_LABELS,
    ContactMethod,
    PersonDetails,
    SafeContact,
)
from womenscentre.domain.users import StaffUser
from womenscentre.i18n import N_, tr

ANSWER_CHOICES = (
    (AnswerStatus.ANSWERED, N_("Her answer")),
    (AnswerStatus.DECLINED, ANSWER_LABELS[AnswerStatus.DECLINED]),
    (AnswerStatus.NOT_ASKED, ANSWER_LABELS[AnswerStatus.NOT_ASKED]),
    (AnswerStatus.UNKNOWN, ANSWER_LABELS[AnswerStatus.UNKNOWN]),
)
VOICEMAIL_CHOICES = (
    (None, N_("Not recorded yet")),
    (False, N_("No voicemail")),
    (True, N_("Voicemail is OK")),
)
ADD_INTRO = N_(
    "Only her preferred name is needed now. Everything else can wait until it is safe and "
    "right to ask, and she can always choose not to answer."
)


class AnswerField(QWidget):
    """Her answer in a text box (or a date box), beside how the question went."""

    def __init__(self, name: str, *, is_date: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_date = is_date
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(tr("{name}: how the question went").format(name=name))
        # Narrow when closed, so the row fits at large text sizes; the list shows it all.
        self.status_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_box.setMinimumContentsLength(14)
        for status, label in ANSWER_CHOICES:
            self.status_box.addItem(tr(label), status)
        self.editor: QLineEdit | QDateEdit
        if is_date:
            self.editor = QDateEdit()
            self.editor.setCalendarPopup(True)
            self.editor.setDisplayFormat("d MMMM yyyy")
            self.editor.setDate(QDate(1990, 1, 1))
            self.editor.dateChanged.connect(self._on_editor_edited)
        else:
            self.editor = QLineEdit()
            self.editor.textEdited.connect(self._on_editor_edited)
        self.editor.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor, stretch=2)
        layout.addWidget(self.status_box, stretch=1)
        self.setFocusProxy(self.editor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_answer(Answer())

    def set_answer(self, answer: Answer[str]) -> None:
        self.status_box.setCurrentIndex(self.status_box.findData(answer.status))
        if answer.value is not None:
            if isinstance(self.editor, QDateEdit):
                self.editor.setDate(QDate.fromString(answer.value, "yyyy-MM-dd"))
            else:
                self.editor.setText(answer.value)

    def status(self) -> AnswerStatus:
        return AnswerStatus(self.status_box.currentData())

    def answer(self) -> Answer[str]:
        status = self.status()
        if status is not AnswerStatus.ANSWERED:
            return Answer(status)
        if isinstance(self.editor, QDateEdit):
            return Answer.of(self.editor.date().toString("yyyy-MM-dd"))
        text = self.editor.text().strip()
        return Answer.of(text) if text else Answer()

    @Slot()
    def _on_editor_edited(self) -> None:
        if self.status() is not AnswerStatus.ANSWERED:
            self.status_box.setCurrentIndex(self.status_box.findData(AnswerStatus.ANSWERED))


@dataclass(frozen=True)
class NewPerson:
    details: PersonDetails
    referral_source: str
    keyworker_ids: tuple[str, ...]


class PersonDialog(FormDialog):
    """Every field of her record. ``person`` None means adding someone new."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        details: PersonDetails | None = None,
        me: StaffUser | None = None,
        keyworkers: list[StaffUser] | None = None,
    ) -> None:
        adding = details is None
        super().__init__(
            parent,
            title=tr("Add someone") if adding else tr("Edit her details"),
            intro=tr(ADD_INTRO) if adding else "",
            ok_text=tr("&Add her") if adding else tr("&Save changes"),
            scroll=True,
        )
        self._adding = adding
        self.preferred_edit = line_edit(tr("Preferred name"))
        self.full_name = AnswerField(tr("Full name"))
        self.pronouns = AnswerField(tr("Pronouns"))
        self.date_of_birth = AnswerField(tr("Date of birth"), is_date=True)
        self.languages_edit = line_edit(tr("Languages"))
        self.languages_edit.setPlaceholderText(
            tr("separate with commas, for example Polish, English")
        )
        self.interpreter = AnswerField(tr("Interpreter"))
        self.access_needs = AnswerField(tr("Access needs"))
        self.method_boxes = {m: QCheckBox(tr(CONTACT_METHOD_LABELS[m])) for m in ContactMethod}
        methods = QWidget()
        methods.setAccessibleName(tr("Safe ways to contact her"))
        methods.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(methods)
        grid.setContentsMargins(0, 0, 0, 0)
        for at, box in enumerate(self.method_boxes.values()):
            box.setAccessibleName(
                tr("Safe to contact her by {method}").format(method=box.text().lower())
            )
            grid.addWidget(box, at // 3, at % 3)
        self.times_edit = line_edit(tr("Safe times"))
        self.times_edit.setPlaceholderText(tr("for example after 6pm"))
        self.voicemail_box = QComboBox()
        self.voicemail_box.setAccessibleName(tr("Voicemail"))
        for safe, label in VOICEMAIL_CHOICES:
            self.voicemail_box.addItem(tr(label), safe)
        self.check_phrase_edit = line_edit(tr("Check phrase"))
        self.someone_else_edit = line_edit(tr("If someone else answers"))
        self.asked_edit = QPlainTextEdit()
        self.asked_edit.setAccessibleName(tr("Things she has asked us to know, one to a line"))
        self.asked_edit.setTabChangesFocus(True)
        self.asked_edit.setPlaceholderText(tr("One thing to a line"))
        self.asked_edit.setFixedHeight(self.asked_edit.fontMetrics().lineSpacing() * 5)
        self.terms_edit = QPlainTextEdit()
        self.terms_edit.setAccessibleName(tr("Words she uses for herself, one to a line"))
        self.terms_edit.setTabChangesFocus(True)
        self.terms_edit.setPlaceholderText(tr("One word or phrase to a line"))
        self.terms_edit.setFixedHeight(self.terms_edit.fontMetrics().lineSpacing() * 3)
        rows: list[tuple[str, QWidget]] = [
            (tr("&Preferred name"), self.preferred_edit),
            (tr("&Full name"), self.full_name),
            (tr("Pr&onouns"), self.pronouns),
            (tr("&Date of birth"), self.date_of_birth),
            (tr("&Languages"), self.languages_edit),
            (tr("&Interpreter"), self.interpreter),
            (tr("Access &needs"), self.access_needs),
            (tr("Safe &ways to contact her"), methods),
            (tr("Safe &times"), self.times_edit),
            (tr("&Voicemail"), self.voicemail_box),
            (tr("C&heck phrase"), self.check_phrase_edit),
            (tr("If someone &else answers"), self.someone_else_edit),
            (tr("Things she's as&ked us to know"), self.asked_edit),
            (tr("Words she &uses for herself"), self.terms_edit),
        ]
        self.referral_edit = line_edit(tr("How she came to us"))
        self.keyworker_box = QComboBox()
        self.keyworker_box.setAccessibleName(tr("Her keyworker"))
        if adding:
            self.referral_edit.setPlaceholderText(tr("for example self-referral, GP, housing"))
            rows.append((tr("How she &came to us"), self.referral_edit))
            for user in keyworkers or ([me] if me else []):
                self.keyworker_box.addItem(user.username, user.id)
            if me is not None:
                self.keyworker_box.setCurrentIndex(max(0, self.keyworker_box.findData(me.id)))
            if self.keyworker_box.count() > 1:
                rows.append((tr("Her &keyworker"), self.keyworker_box))
        for label, widget in rows:
            self.form.addRow(label, widget)
        if details is not None:
            self.set_details(details)
        self.preferred_edit.setFocus()

    def set_details(self, details: PersonDetails) -> None:
        self.preferred_edit.setText(details.preferred_name)
        self.full_name.set_answer(details.full_name)
        self.pronouns.set_answer(details.pronouns)
        self.date_of_birth.set_answer(details.date_of_birth)
        self.languages_edit.setText(", ".join(details.languages))
        self.interpreter.set_answer(details.interpreter)
        self.access_needs.set_answer(details.access_needs)
        safe = details.safe_contact
        for method, box in self.method_boxes.items():
            box.setChecked(method in safe.safe_methods)
        self.times_edit.setText(safe.safe_times)
        self.voicemail_box.setCurrentIndex(self.voicemail_box.findData(safe.voicemail_safe))
        self.check_phrase_edit.setText(safe.check_phrase)
        self.someone_else_edit.setText(safe.if_someone_else_answers)
        self.asked_edit.setPlainText("\n".join(details.asked_us_to_know))
        self.terms_edit.setPlainText("\n".join(details.preferred_terms))

    def problem(self) -> str | None:
        if not self.preferred_edit.text().strip():
            self.preferred_edit.setFocus()
            return tr("Please add the name she'd like us to use.")
        dob = self.date_of_birth.answer().value
        if dob is not None and date.fromisoformat(dob) > date.today():
            return tr("That date of birth is in the future. Please check it.")
        return None

    def details(self) -> PersonDetails:
        safe = SafeContact(
            safe_methods=tuple(m for m, box in self.method_boxes.items() if box.isChecked()),
            safe_times=self.times_edit.text().strip(),
            voicemail_safe=self.voicemail_box.currentData(),
            check_phrase=self.check_phrase_edit.text().strip(),
            if_someone_else_answers=self.someone_else_edit.text().strip(),
        )
        languages = tuple(p.strip() for p in self.languages_edit.text().split(",") if p.strip())
        asked = tuple(
            line.strip() for line in self.asked_edit.toPlainText().splitlines() if line.strip()
        )
        terms = tuple(
            dict.fromkeys(
                line.strip() for line in self.terms_edit.toPlainText().splitlines() if line.strip()
            )
        )
        return PersonDetails(
            preferred_name=self.preferred_edit.text().strip(),
            full_name=self.full_name.answer(),
            pronouns=self.pronouns.answer(),
            date_of_birth=self.date_of_birth.answer(),
            languages=languages,
            interpreter=self.interpreter.answer(),
            access_needs=self.access_needs.answer(),
            safe_contact=safe,
            asked_us_to_know=asked,
            preferred_terms=terms,
        )

    def value(self) -> PersonDetails | NewPerson:
        if not self._adding:
            return self.details()
        keyworker = self.keyworker_box.currentData()
        return NewPerson(
            self.details(),
            self.referral_edit.text().strip() or "not recorded",
            (keyworker,) if keyworker else (),
        )
