"""Her timeline: one row per session note, newest first, as her record shows it.

The rows are plain text opened on the task worker (see :func:`timeline_rows`); drafts appear
only to the keyworker who is writing them, because the core lists them only for her. The model
belongs to the window and is emptied on every lock, like every other model. A long record
(two thousand sessions) is shown a batch at a time as she scrolls (see
:attr:`~ui.models.base.RowsModel.batch_size`), so opening it lays out one screenful.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from ui.models.base import ID_ROLE, RowsModel
from ui.wording import contact_mode_label, duration_text, session_type_label, short_date
from womenscentre.domain.notes import NoteStatus, SessionNote
from womenscentre.i18n import N_, tr, trn
from womenscentre.templates.session_answers import recorded_summary

NOTE_ID_ROLE = ID_ROLE

#: Shown when the author of a note has since left the centre's list of users.
FORMER_COLLEAGUE = N_("a former colleague")


class Column(IntEnum):
    DATE = 0
    SESSION = 1
    CONTACT = 2
    LENGTH = 3
    STATUS = 4
    ADDENDA = 5
    AUTHOR = 6
    RECORDED = 7


HEADERS = (
    N_("Date"),
    N_("Session"),
    N_("Contact"),
    N_("Length"),
    N_("Status"),
    N_("Addenda"),
    N_("Written by"),
    N_("Recorded"),
)


def addenda_text(count: int) -> str:
    if count == 0:
        return tr("None")
    return trn("%n addendum", "%n addenda", count)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    note_id: str
    session_date: str
    session_type: str
    contact_mode: str
    duration: str
    is_draft: bool
    addenda_count: int
    author: str
    #: How much the session's prompts recorded, e.g. "3 answered, 1 not asked"; "" for nothing.
    recorded: str = ""

    @classmethod
    def from_note(cls, note: SessionNote, usernames: dict[str, str]) -> TimelineRow:
        content = note.content
        return cls(
            note_id=note.id,
            session_date=content.session_date,
            session_type=session_type_label(content.session_type),
            contact_mode=contact_mode_label(content.contact_mode),
            duration=duration_text(content.duration_minutes),
            is_draft=note.status is NoteStatus.DRAFT,
            addenda_count=len(note.addenda),
            author=usernames.get(note.author_id, tr(FORMER_COLLEAGUE)),
            recorded=recorded_summary(content),
        )

    @property
    def status(self) -> str:
        return tr("Draft (only you can see it)") if self.is_draft else tr("Final", "note")

    def display(self, column: int) -> str:
        values = {
            Column.DATE: short_date(self.session_date),
            Column.SESSION: self.session_type,
            Column.CONTACT: self.contact_mode,
            Column.LENGTH: self.duration,
            Column.STATUS: self.status,
            Column.ADDENDA: addenda_text(self.addenda_count),
            Column.AUTHOR: self.author,
            Column.RECORDED: self.recorded or tr("None"),
        }
        return values[Column(column)]


def timeline_rows(notes: list[SessionNote], usernames: dict[str, str]) -> list[TimelineRow]:
    """Rows for her notes, newest first (the core already sorts them so)."""
    return [TimelineRow.from_note(note, usernames) for note in notes]


class TimelineModel(RowsModel[TimelineRow]):
    headers = HEADERS
    batch_size = 200

    def cell(self, row: TimelineRow, column: int) -> str:
        return row.display(column)

    def row_id(self, row: TimelineRow) -> str:
        return row.note_id
