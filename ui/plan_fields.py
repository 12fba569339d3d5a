"""One editor for each kind of field a safety-plan template can ask for.

Every field, whatever its type, has the same three parts: its label (with a clear "Private"
mark when the template calls it sensitive, so it is never on her copy unless she chooses),
the value itself, and an answer-status choice, because "she chose not to answer" and "not
asked: not safe or right to ask now" are real answers too. Typing a value marks the field
answered; choosing one of the other statuses keeps what was typed but does not save it.

:class:`~ui.plan_field_base.SupportHub` holds her one list of people and services for the
whole editor, so a name added from one field shows in every field straight away. The shared
pieces live in :mod:`ui.plan_field_base`, the repeating table in :mod:`ui.plan_table_field`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.models.plans import SupportChoiceModel
from ui.plan_field_base import (
    CHECKLIST_CHOICES,
    QT_DATE_FORMAT,
    YES_NO_UNSURE,
    SupportHub,
    ValueEditor,
    from_qdate,
    to_qdate,
)
from ui.plan_table_field import TableValue
from ui.widgets import button, paragraph
from womenscentre.domain.answers import ANSWER_LABELS, Answer, AnswerStatus
from womenscentre.i18n import N_, tr
from womenscentre.templates.fields import FieldSpec, FieldType, RefersTo

__all__ = [
    "QT_DATE_FORMAT",
    "VALUE_EDITORS",
    "FieldEditor",
    "SupportHub",
    "from_qdate",
    "to_qdate",
]

PRIVATE_MARK = N_("Private: only on her copy if she chooses")
ADD_PERSON = N_("Add a person to her list…")
ADD_SERVICE = N_("Add a service to her list…")
STATUS_CHOICES = (
    (AnswerStatus.UNKNOWN, ANSWER_LABELS[AnswerStatus.UNKNOWN]),
    (AnswerStatus.ANSWERED, N_("Her answer")),
    (AnswerStatus.DECLINED, ANSWER_LABELS[AnswerStatus.DECLINED]),
    (AnswerStatus.NOT_ASKED, ANSWER_LABELS[AnswerStatus.NOT_ASKED]),
)

# -- the value part of each kind of field ------------------------------------------------


class _Text(ValueEditor):
    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        super().__init__(spec, hub, edited)
        if spec.multiline:
            self.edit: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.edit.setTabChangesFocus(True)
            self.edit.setMaximumHeight(self.edit.fontMetrics().lineSpacing() * 5)
            self.edit.textChanged.connect(edited)
        else:
            self.edit = QLineEdit()
            self.edit.textEdited.connect(edited)
        self.edit.setAccessibleName(spec.label)
        self.widget = self.edit

    def get(self) -> Any:
        text = (
            self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()
        )
        return text.strip() or None

    def put(self, value: Any) -> None:
        if isinstance(self.edit, QPlainTextEdit):
            self.edit.blockSignals(True)
            self.edit.setPlainText(value or "")
            self.edit.blockSignals(False)
        else:
            self.edit.setText(value or "")

    def set_read_only(self) -> None:
        self.edit.setReadOnly(True)


class _List(ValueEditor):
    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        super().__init__(spec, hub, edited)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(tr("One on each line"))
        self.edit.setMaximumHeight(self.edit.fontMetrics().lineSpacing() * 6)
        self.edit.setAccessibleName(tr("{field}, one on each line").format(field=spec.label))
        self.edit.textChanged.connect(edited)
        self.widget = self.edit

    def get(self) -> Any:
        items = [line.strip() for line in self.edit.toPlainText().splitlines()]
        return [i for i in items if i] or None

    def put(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText("\n".join(value or []))
        self.edit.blockSignals(False)

    def set_read_only(self) -> None:
        self.edit.setReadOnly(True)


class _Date(ValueEditor):
    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        super().__init__(spec, hub, edited)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(QT_DATE_FORMAT)
        self.edit.setDate(QDate.currentDate())
        self.edit.setAccessibleName(spec.label)
        self.edit.dateChanged.connect(lambda _day: edited())
        self.widget = self.edit

    def get(self) -> Any:
        return from_qdate(self.edit.date()).isoformat()

    def put(self, value: Any) -> None:
        if value:
            self.edit.blockSignals(True)
            self.edit.setDate(to_qdate(date.fromisoformat(value)))
            self.edit.blockSignals(False)


class _YesNoUnsure(ValueEditor):
    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        super().__init__(spec, hub, edited)
        self.widget = QWidget()
        self.widget.setAccessibleName(spec.label)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self.widget)
        self.buttons: dict[str, QRadioButton] = {}
        for value, words in YES_NO_UNSURE:
            radio = QRadioButton(tr(words))
            radio.setAccessibleName(
                tr("{field}: {choice}").format(field=spec.label, choice=tr(words))
            )
            self.group.addButton(radio)
            self.buttons[value.value] = radio
            row.addWidget(radio)
        row.addStretch()
        self.group.buttonClicked.connect(lambda _b: edited())

    def get(self) -> Any:
        for value, radio in self.buttons.items():
            if radio.isChecked():
                return value
        return None

    def put(self, value: Any) -> None:
        radio = self.buttons.get(value or "")
        if radio is not None:
            radio.setChecked(True)


class _Choice(ValueEditor):
    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        super().__init__(spec, hub, edited)
        self.combo = QComboBox()
        self.combo.setAccessibleName(spec.label)
        self.combo.addItem(tr("Choose one"), "")
        for option in spec.options:
            self.combo.addItem(option.label, option.id)
        self.combo.activated.connect(lambda _i: edited())
        self.widget = self.combo

    def get(self) -> Any:
        return self.combo.currentData() or None

    def put(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value or ""), 0))


class _Scale(ValueEditor):
    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        super().__init__(spec, hub, edited)
        self.spin = QSpinBox()
        self.spin.setRange(spec.scale_min, spec.scale_max)
        self.spin.setSuffix(tr(" out of {most}").format(most=spec.scale_max))
        self.spin.setAccessibleName(spec.label)
        self.spin.valueChanged.connect(lambda _v: edited())
        self.widget = self.spin

    def get(self) -> Any:
        return self.spin.value()

    def put(self, value: Any) -> None:
        if value is not None:
            self.spin.blockSignals(True)
            self.spin.setValue(int(value))
            self.spin.blockSignals(False)


class _Reference(ValueEditor):
    """Tick people or services from her list, or add someone new to it."""

    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        super().__init__(spec, hub, edited)
        self.view = QListView()
        self.model = SupportChoiceModel(self.view)
        self.view.setModel(self.model)
        self.view.setAccessibleName(tr("{field}: tick from her list").format(field=spec.label))
        self.view.setMaximumHeight(self.view.fontMetrics().lineSpacing() * 6)
        self.empty = paragraph("", name=tr("{field}: her list").format(field=spec.label))
        kind = "service" if spec.refers_to is RefersTo.SERVICE else "person"
        add_text = ADD_SERVICE if kind == "service" else ADD_PERSON
        self.add_button = button(tr(add_text))
        self.add_button.clicked.connect(lambda: hub.add_requested.emit(kind))
        self.widget = QWidget()
        column = QVBoxLayout(self.widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty)
        column.addWidget(self.view)
        column.addWidget(self.add_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.model.dataChanged.connect(lambda *_a: edited())
        hub.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        entries = self.hub.entries_for(self.spec.refers_to)
        self.model.set_entries(entries)
        self.view.setVisible(bool(entries))
        self.empty.setText("" if entries else tr("No one on her list yet."))
        self.empty.setVisible(not entries)

    def get(self) -> Any:
        return self.model.chosen() or None

    def put(self, value: Any) -> None:
        self.model.blockSignals(True)
        self.model.set_chosen(value or [])
        self.model.blockSignals(False)
        self.view.viewport().update()

    def set_read_only(self) -> None:
        self.view.setEnabled(False)
        self.add_button.setVisible(False)


class _Checklist(ValueEditor):
    """Each item: still to sort, have it, a copy kept elsewhere, or not needed."""

    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        super().__init__(spec, hub, edited)
        self.widget = QWidget()
        grid = QGridLayout(self.widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        for row, item in enumerate(spec.items):
            combo = QComboBox()
            for value, words in CHECKLIST_CHOICES:
                combo.addItem(tr(words), value)
            combo.setAccessibleName(item.label)
            combo.activated.connect(lambda _i: edited())
            label = QLabel(item.label)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[item.id] = combo
        grid.setColumnStretch(0, 1)

    def get(self) -> Any:
        marks = {i: c.currentData() for i, c in self.combos.items() if c.currentData()}
        return marks or None

    def put(self, value: Any) -> None:
        for item_id, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData((value or {}).get(item_id, "")), 0))


VALUE_EDITORS: dict[FieldType, type[ValueEditor]] = {
    FieldType.TEXT: _Text,
    FieldType.LIST: _List,
    FieldType.TABLE: TableValue,
    FieldType.CHECKLIST: _Checklist,
    FieldType.DATE: _Date,
    FieldType.YES_NO_UNSURE: _YesNoUnsure,
    FieldType.REFERENCE: _Reference,
    FieldType.CHOICE: _Choice,
    FieldType.SCALE: _Scale,
}


class FieldEditor(QWidget):
    """One field: its label, its value, and whether it was answered, declined or not asked.

    Signals:
        changed(): anything in the field changed.
    """

    changed = Signal()

    def __init__(self, spec: FieldSpec, hub: SupportHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setAccessibleName(spec.label)
        self.label = QLabel(spec.label)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.private = paragraph(
            tr(PRIVATE_MARK), name=tr("{field}: private").format(field=spec.label)
        )
        if not spec.sensitive:
            self.private.hide()
        if spec.sensitive:
            self.setAccessibleDescription(tr(PRIVATE_MARK))
        self.help = paragraph(spec.help, name=tr("{field}: guidance").format(field=spec.label))
        if not spec.help:
            self.help.hide()
        self.status = QComboBox()
        self.status.setAccessibleName(tr("{field}: answer status").format(field=spec.label))
        for status, words in STATUS_CHOICES:
            self.status.addItem(tr(words), status.value)
        self.value = VALUE_EDITORS[spec.type](spec, hub, self._on_value_edited)
        self.label.setBuddy(self.value.widget)
        top = QHBoxLayout()
        top.addWidget(self.label, stretch=1)
        top.addWidget(self.private)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.value.widget)
        self.status.currentIndexChanged.connect(self._on_status_changed)

    # -- values --------------------------------------------------------------------------
    def answer_status(self) -> AnswerStatus:
        return AnswerStatus(self.status.currentData())

    def set_answer_status(self, status: AnswerStatus) -> None:
        self.status.setCurrentIndex(self.status.findData(status.value))

    def set_answer(self, answer: Answer[Any]) -> None:
        self.status.blockSignals(True)
        self.set_answer_status(answer.status)
        self.status.blockSignals(False)
        self.value.put(answer.value if answer.status is AnswerStatus.ANSWERED else None)

    def answer(self) -> Answer[Any]:
        status = self.answer_status()
        if status is AnswerStatus.ANSWERED:
            value = self.value.get()
            return Answer() if value is None else Answer.of(value)
        if status is AnswerStatus.UNKNOWN:
            return Answer()
        return Answer(status)

    def set_read_only(self) -> None:
        self.status.setEnabled(False)
        self.value.set_read_only()

    def _on_value_edited(self) -> None:
        if self.answer_status() is not AnswerStatus.ANSWERED:
            self.status.blockSignals(True)
            self.set_answer_status(AnswerStatus.ANSWERED)
            self.status.blockSignals(False)
        self.changed.emit()

    def _on_status_changed(self, _index: int) -> None:
        self.changed.emit()
