"""The facts of a session: what kind, when, how long and how they met."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QSpinBox, QWidget

from ui.wording import CONTACT_MODE_LABELS, SESSION_TYPE_LABELS
from womenscentre.clock import Clock
from womenscentre.domain.notes import ContactMode, NoteContent, SessionType
from womenscentre.i18n import tr

DEFAULT_MINUTES = 60


class NoteFields(QWidget):
    """Session type, date, length and contact mode, laid out two to a row.

    Signals:
        changed(): any of them changed.
    """

    changed = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_box = QComboBox()
        self.type_box.setAccessibleName(tr("Session type"))
        for kind, label in SESSION_TYPE_LABELS.items():
            self.type_box.addItem(tr(label), kind)
        self.type_box.setCurrentIndex(self.type_box.findData(SessionType.ONE_TO_ONE))
        self.date_edit = QDateEdit()
        self.date_edit.setAccessibleName(tr("Session date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMMM yyyy")
        today = clock.now().astimezone().date()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.length_box = QSpinBox()
        self.length_box.setAccessibleName(tr("Length in minutes"))
        self.length_box.setRange(0, 24 * 60)
        self.length_box.setSingleStep(5)
        self.length_box.setSuffix(tr(" minutes", "length suffix"))
        self.length_box.setValue(DEFAULT_MINUTES)
        self.mode_box = QComboBox()
        self.mode_box.setAccessibleName(tr("How you met"))
        for mode, label in CONTACT_MODE_LABELS.items():
            self.mode_box.addItem(tr(label), mode)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        pairs = (
            (tr("Session &type"), self.type_box),
            (tr("&Date"), self.date_edit),
            (tr("&Length"), self.length_box),
            (tr("How you &met"), self.mode_box),
        )
        for at, (text, widget) in enumerate(pairs):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, at // 2, (at % 2) * 2)
            grid.addWidget(widget, at // 2, (at % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.type_box.currentIndexChanged.connect(self.changed)
        self.mode_box.currentIndexChanged.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.length_box.valueChanged.connect(self.changed)

    def set_content(self, content: NoteContent) -> None:
        self.type_box.setCurrentIndex(self.type_box.findData(content.session_type))
        self.mode_box.setCurrentIndex(self.mode_box.findData(content.contact_mode))
        day = date.fromisoformat(content.session_date)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.length_box.setValue(content.duration_minutes)

    def content(self, body: str) -> NoteContent:
        return NoteContent(
            session_date=self.date_edit.date().toString("yyyy-MM-dd"),
            duration_minutes=self.length_box.value(),
            session_type=SessionType(self.type_box.currentData()),
            contact_mode=ContactMode(self.mode_box.currentData()),
            body=body,
        )
