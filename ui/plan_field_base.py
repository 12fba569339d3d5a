"""What every safety-plan field editor shares: her list of people, dates, and the value base.

:class:`SupportHub` holds her one list of people and services for a whole plan editor, so a
name added from one field shows in every field straight away. :class:`ValueEditor` is the
value part of one field; :mod:`ui.plan_fields` and :mod:`ui.plan_table_field` hold one for
each field type.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QDateEdit, QWidget

from womenscentre.domain.plans import SupportEntry, SupportList
from womenscentre.exports.her_copy import describe
from womenscentre.i18n import N_
from womenscentre.templates.fields import ChecklistState, FieldSpec, RefersTo, YesNoUnsure

YES_NO_UNSURE = (
    (YesNoUnsure.YES, N_("Yes")),
    (YesNoUnsure.NO, N_("No")),
    (YesNoUnsure.UNSURE, N_("Not sure yet")),
)
CHECKLIST_CHOICES = (
    ("", N_("Still to sort")),
    (ChecklistState.HAVE_IT.value, N_("Have it")),
    (ChecklistState.COPY_ELSEWHERE.value, N_("Copy kept elsewhere")),
    (ChecklistState.NOT_NEEDED.value, N_("Not needed")),
)
QT_DATE_FORMAT = "d MMM yyyy"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(name: str, day: date) -> QDateEdit:
    """A date field with a calendar to pick from, named for screen readers."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QT_DATE_FORMAT)
    edit.setDate(to_qdate(day))
    edit.setAccessibleName(name)
    return edit


class SupportHub(QObject):
    """Her people and services, shared by every field of one editor.

    Signals:
        changed(): her list was replaced (an entry was added, changed or taken off).
        add_requested(str): a field asked to add someone; carries "person" or "service".
    """

    changed = Signal()
    add_requested = Signal(str)

    def __init__(self, support: SupportList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.support = support

    def set_support(self, support: SupportList) -> None:
        self.support = support
        self.changed.emit()

    def entries_for(self, refers_to: RefersTo) -> list[SupportEntry]:
        if refers_to is RefersTo.PERSON:
            return self.support.people()
        if refers_to is RefersTo.SERVICE:
            return self.support.services()
        return self.support.current()

    def describe(self, spec: FieldSpec, value: Any) -> str:
        return describe(spec, value, self.support)


class ValueEditor:
    """The value widget of one field: ``get`` returns None when nothing is entered."""

    widget: QWidget

    def __init__(self, spec: FieldSpec, hub: SupportHub, edited: Callable[[], None]) -> None:
        self.spec = spec
        self.hub = hub
        self.edited = edited

    def get(self) -> Any:
        raise NotImplementedError

    def put(self, value: Any) -> None:
        raise NotImplementedError

    def set_read_only(self) -> None:
        self.widget.setEnabled(False)
