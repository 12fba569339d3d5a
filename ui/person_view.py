"""Her record: who she is, how to reach her safely, her details and her timeline.

From the top:

- her preferred name and pronouns, as she gave them;
- the safe-contact banner, large and framed, because getting in touch the wrong way can put
  her in danger: how and when ("Text only, after 6pm. No voicemail."), the check phrase, and
  what to do if someone else answers;
- her case (open since when, and with whom) with the buttons for what comes next;
- sections as tabs: "Sessions" (her timeline, newest first) and "About her" (every detail,
  with "She chose not to answer" and "Not asked" shown as the real answers they are). Safety
  plans, consent, referrals and outcomes join later through :meth:`PersonView.add_section`;
  no tab is shown before it has something in it.

The view only draws a :class:`~ui.records.PersonRecord` and says what was asked for through
its signals; the workspace does the work. Nothing here is ever put in a window title.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.models.timeline import NOTE_ID_ROLE, TimelineModel
from ui.records import PersonRecord
from ui.widgets import button, heading, paragraph
from ui.wording import long_date, short_reference
from womenscentre.domain.people import CONTACT_METHOD_LABELS, PersonDetails
from womenscentre.i18n import N_, tr

NEW_NOTE_KEYS = QKeySequence("Ctrl+N")
EDIT_KEYS = QKeySequence("Ctrl+E")
NO_SESSIONS = N_("No sessions written up yet. Press Ctrl+N to start a note.")
CLOSED_NO_NOTES = N_("Her case is closed. To write a new note, open a new case first.")


def voicemail_text(safe: bool | None) -> str:
    if safe is None:
        return tr("Not recorded yet")
    return tr("Voicemail is OK") if safe else tr("No voicemail")


def detail_rows(details: PersonDetails) -> list[tuple[str, str]]:
    """Every field of her record as (label, words), in the order the form asks them."""
    safe = details.safe_contact
    methods = ", ".join(tr(CONTACT_METHOD_LABELS[m]) for m in safe.safe_methods)
    asked = "\n".join(f"• {item}" for item in details.asked_us_to_know)
    terms = ", ".join(details.preferred_terms)
    not_yet = tr("Not recorded yet")
    return [
        (tr("Preferred name"), details.preferred_name),
        (tr("Full name"), details.full_name.display()),
        (tr("Pronouns"), details.pronouns.display()),
        (tr("Date of birth"), _date_answer(details)),
        (tr("Languages"), ", ".join(details.languages) or not_yet),
        (tr("Interpreter"), details.interpreter.display()),
        (tr("Access needs"), details.access_needs.display()),
        (tr("Safe ways to contact her"), methods or not_yet),
        (tr("Safe times"), safe.safe_times or not_yet),
        (tr("Voicemail"), voicemail_text(safe.voicemail_safe)),
        (tr("Check phrase"), safe.check_phrase or tr("None agreed yet")),
        (tr("If someone else answers"), safe.if_someone_else_answers or not_yet),
        (tr("Things she has asked us to know"), asked or tr("Nothing recorded yet")),
        (tr("Words she uses for herself"), terms or tr("None recorded yet")),
    ]


def _date_answer(details: PersonDetails) -> str:
    answer = details.date_of_birth
    return long_date(answer.value) if answer.value is not None else answer.display()


def _value_label(text: str, name: str) -> QLabel:
    label = paragraph(text, name=name)
    label.setAccessibleDescription(text)
    return label


class PersonView(QWidget):
    """Her record, drawn from a :class:`~ui.records.PersonRecord`.

    Signals:
        note_requested(str): open the note with this id.
        new_note_requested(): start a session note on her open case.
        edit_requested(): edit her details.
        case_requested(): close her open case, or open a new one if none is open.
    """

    note_requested = Signal(str)
    new_note_requested = Signal()
    edit_requested = Signal()
    case_requested = Signal()

    def __init__(
        self, record: PersonRecord, timeline: TimelineModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Her record"))
        self._timeline = timeline
        self.record = record
        self.name_label = heading("")
        self.pronouns_label = paragraph("", name=tr("Pronouns"))
        self.reference_label = paragraph("", name=tr("Record reference"))
        self.reference_label.setWordWrap(False)
        self.safe_summary = QLabel()
        self.safe_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.safe_summary.setWordWrap(True)
        font = self.safe_summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.safe_summary.setFont(font)
        self.safe_summary.setAccessibleName(tr("How to contact her safely"))
        self.safe_details = paragraph("", name=tr("Check phrase and if someone else answers"))
        self.case_label = paragraph("", name=tr("Her case"))
        self.new_note_action = self._action(tr("&New session note"), NEW_NOTE_KEYS)
        self.edit_action = self._action(tr("&Edit her details"), EDIT_KEYS)
        self.new_note_button = button(tr("&New session note (Ctrl+N)"), tr("New session note"))
        self.edit_button = button(tr("&Edit her details (Ctrl+E)"), tr("Edit her details"))
        self.case_button = button("")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Her record's sections"))
        self.tabs.setDocumentMode(True)
        self.timeline_table = self._build_timeline(timeline)
        self.no_sessions = paragraph("", name=tr("Sessions note"))
        self.details_form = QFormLayout()
        self._lay_out()
        self.new_note_action.triggered.connect(self.new_note_requested)
        self.edit_action.triggered.connect(self.edit_requested)
        self.new_note_button.clicked.connect(self.new_note_action.trigger)
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.case_button.clicked.connect(self.case_requested)
        self.timeline_table.activated.connect(self._on_timeline_table_activated)
        self.show_record(record)

    def _action(self, text: str, keys: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_timeline(self, timeline: TimelineModel) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab moves on; arrows move within
        table.setAccessibleName(tr("Her sessions, newest first"))
        table.setModel(timeline)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the rows on screen, not to every row fetched: measuring two
        # thousand rows on the GUI thread would freeze her record as it opens.
        header.setResizeContentsPrecision(0)
        header.setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        banner = QFrame()
        banner.setAccessibleName(tr("Safe contact"))
        banner.setFrameShape(QFrame.Shape.Box)
        banner.setLineWidth(2)
        banner.setAutoFillBackground(True)
        banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        banner_layout = QVBoxLayout(banner)
        banner_layout.addWidget(
            paragraph(tr("How to contact her safely"), name=tr("Safe contact title"))
        )
        banner_layout.addWidget(self.safe_summary)
        banner_layout.addWidget(self.safe_details)
        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label)
        title_row.addWidget(self.pronouns_label, stretch=1)
        title_row.addWidget(self.reference_label)
        case_row = QHBoxLayout()
        case_row.addWidget(self.case_label, stretch=1)
        case_row.addWidget(self.case_button)
        case_row.addWidget(self.edit_button)
        case_row.addWidget(self.new_note_button)
        sessions = QWidget()
        sessions_layout = QVBoxLayout(sessions)
        sessions_layout.addWidget(self.no_sessions)
        sessions_layout.addWidget(self.timeline_table, stretch=1)
        about = QWidget()
        about.setLayout(self.details_form)
        self.details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.add_section(tr("&Sessions"), sessions)
        about_scroll = QScrollArea()  # at large text sizes her details scroll, not the window
        about_scroll.setWidgetResizable(True)
        about_scroll.setFrameShape(QFrame.Shape.NoFrame)
        about_scroll.setWidget(about)
        self.add_section(tr("&About her"), about_scroll)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(banner)
        layout.addLayout(case_row)
        layout.addWidget(self.tabs, stretch=1)

    # -- what the workspace asks -----------------------------------------------------------
    def add_section(self, title: str, widget: QWidget) -> int:
        """Add a section as a tab. Only call it for a section with something in it."""
        widget.setAccessibleName(title.replace("&", ""))
        return self.tabs.addTab(widget, title)

    def show_record(self, record: PersonRecord) -> None:
        self.record = record
        details = record.person.details
        self.name_label.setText(details.preferred_name)
        self.name_label.setAccessibleName(tr("Her preferred name"))
        self.name_label.setAccessibleDescription(details.preferred_name)
        pronouns = details.pronouns.value or ""
        self.pronouns_label.setText(f"({pronouns})" if pronouns else "")
        self.reference_label.setText(
            tr("Reference {reference}").format(reference=short_reference(record.id))
        )
        safe = details.safe_contact
        self.safe_summary.setText(safe.summary())
        self.safe_summary.setAccessibleDescription(safe.summary())
        extra = []
        if safe.check_phrase:
            extra.append(tr("Check phrase: “{phrase}”").format(phrase=safe.check_phrase))
        if safe.if_someone_else_answers:
            extra.append(
                tr("If someone else answers: {plan}").format(plan=safe.if_someone_else_answers)
            )
        self.safe_details.setText("\n".join(extra))
        self.safe_details.setVisible(bool(extra))
        self._show_case(record)
        self._timeline.set_rows(record.timeline())
        has_notes = self._timeline.rowCount() > 0
        self.no_sessions.setText("" if has_notes else tr(NO_SESSIONS))
        self.no_sessions.setVisible(not has_notes)
        self._show_details(details)

    def _show_case(self, record: PersonRecord) -> None:
        case = record.open_case
        if case is not None:
            text = tr("Case open since {date}, with {keyworkers}.").format(
                date=long_date(case.details.opened_on), keyworkers=record.keyworker_names(case)
            )
            self.case_button.setText(tr("&Close her case…"))
        else:
            latest = record.latest_case
            closed = latest.details.closed_on if latest is not None else None
            text = (
                tr("Case closed on {date}.").format(date=long_date(closed))
                if closed
                else tr("No open case.")
            )
            text += " " + tr(CLOSED_NO_NOTES)
            self.case_button.setText(tr("&Open a new case…"))
        self.case_button.setAccessibleName(self.case_button.text().replace("&", ""))
        self.case_label.setText(text)
        self.case_label.setAccessibleDescription(text)
        self.new_note_action.setEnabled(case is not None)
        self.new_note_button.setEnabled(case is not None)

    def _show_details(self, details: PersonDetails) -> None:
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        for label, text in detail_rows(details):
            self.details_form.addRow(tr("{label}:").format(label=label), _value_label(text, label))

    def focus_timeline(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.timeline_table.setFocus()
        if self._timeline.rowCount() and not self.timeline_table.currentIndex().isValid():
            self.timeline_table.selectRow(0)

    def wipe(self) -> None:
        """Empty every label and let go of the model; called as the vault locks."""
        for label in self.findChildren(QLabel):
            label.clear()
            label.setAccessibleDescription("")
        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        self.timeline_table.setModel(None)

    @Slot(QModelIndex)
    def _on_timeline_table_activated(self, index: QModelIndex) -> None:
        note_id = index.data(NOTE_ID_ROLE)
        if note_id:
            self.note_requested.emit(str(note_id))
