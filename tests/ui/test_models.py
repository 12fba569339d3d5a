"""The timeline, search and colleagues models: correct to Qt's rules, and empty when cleared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from ui.models.search import NOTE_ID_ROLE, PERSON_ID_ROLE, SearchModel
from ui.models.search import Column as SearchColumn
from ui.models.timeline import FORMER_COLLEAGUE, TimelineModel, TimelineRow
from ui.models.timeline import Column as TimelineColumn
from ui.models.users import Column as UsersColumn
from ui.models.users import UsersModel
from womenscentre.domain.answers import Answer
from womenscentre.domain.notes import (
    Addendum,
    ContactMode,
    NoteContent,
    NoteStatus,
    PromptSetRef,
    SessionNote,
    SessionType,
)
from womenscentre.domain.users import Role, StaffUser, UserStatus
from womenscentre.services.search import SearchHit

Mode = QAbstractItemModelTester.FailureReportingMode


def note(note_id: str, *, status: NoteStatus = NoteStatus.FINAL, addenda: int = 0) -> SessionNote:
    content = NoteContent("2026-01-05", 45, SessionType.ONE_TO_ONE, ContactMode.PHONE, "Body")
    extra = tuple(
        Addendum(f"a{i}", note_id, "u1", "2026-01-06T10:00", "More") for i in range(addenda)
    )
    return SessionNote(
        note_id, "c1", "p1", "u1", status, content, 1, "2026-01-05T09:00Z", None, extra
    )


TIMELINE = [
    TimelineRow.from_note(note("n1", status=NoteStatus.DRAFT), {"u1": "ash"}),
    TimelineRow.from_note(note("n2", addenda=2), {}),
]
HITS = [
    SearchHit("p1", "Rosa", None, None, ""),
    SearchHit("p1", "Rosa", "n1", "2026-01-05", "…the allotment and the tomatoes…"),
]
USERS = [
    StaffUser("u1", "ash", Role.KEYWORKER, UserStatus.ACTIVE),
    StaffUser("u2", "morgan", Role.MANAGER, UserStatus.ACTIVE),
]


@pytest.mark.parametrize(
    ("make", "rows"),
    [(TimelineModel, TIMELINE), (SearchModel, HITS), (UsersModel, USERS)],
    ids=["timeline", "search", "users"],
)
def test_models_pass_the_item_model_tester(make: type, rows: list[object]) -> None:
    """Qt's own checker finds nothing wrong while rows are set, replaced and cleared."""
    model: QAbstractItemModel = make()
    tester = QAbstractItemModelTester(model, Mode.Fatal)
    model.set_rows(rows)  # type: ignore[attr-defined]
    model.set_rows(rows[:1])  # type: ignore[attr-defined]
    model.clear()  # type: ignore[attr-defined]
    assert model.rowCount() == 0
    model.set_rows(rows)  # type: ignore[attr-defined]
    assert tester is not None
    assert model.rowCount() == len(rows)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def test_timeline_shows_status_addenda_and_author() -> None:
    """Drafts say only she can see them; addenda are counted; a leaver is named kindly."""
    model = TimelineModel()
    model.set_rows(TIMELINE)

    def cell(row: int, column: TimelineColumn) -> str:
        return model.data(model.index(row, column))

    assert cell(0, TimelineColumn.STATUS) == "Draft (only you can see it)"
    assert cell(0, TimelineColumn.DATE) == "5 Jan 2026"
    assert cell(0, TimelineColumn.LENGTH) == "45 minutes"
    assert cell(0, TimelineColumn.CONTACT) == "Phone"
    assert cell(1, TimelineColumn.ADDENDA) == "2 addenda"
    assert cell(1, TimelineColumn.AUTHOR) == FORMER_COLLEAGUE
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in TimelineColumn]
    assert headers[4] == "Status"


def test_search_rows_carry_who_and_which_note() -> None:
    """A name match and a note match, with the ids for opening them."""
    model = SearchModel()
    model.set_rows(HITS)
    assert model.data(model.index(0, SearchColumn.FOUND)) == "Her name"
    assert model.data(model.index(1, SearchColumn.WHEN)) == "5 Jan 2026"
    assert model.data(model.index(1, 0), PERSON_ID_ROLE) == "p1"
    assert model.data(model.index(1, 0), NOTE_ID_ROLE) == "n1"
    assert model.data(model.index(0, 0), NOTE_ID_ROLE) is None


def test_users_show_role_names() -> None:
    model = UsersModel()
    model.set_rows(USERS)
    assert model.data(model.index(1, UsersColumn.ROLE)) == "Manager"


def test_timeline_says_how_much_the_prompts_recorded() -> None:
    """Answers, declines and "not asked" are counted apart; a note without prompts says None."""
    content = NoteContent(
        "2026-01-05",
        45,
        SessionType.ONE_TO_ONE,
        ContactMode.PHONE,
        "",
        prompt_set=PromptSetRef("one_to_one", 1),
        answers={
            "feeling_now": Answer.of("Calmer than last week"),
            "strengths": Answer.of("Her allotment"),
            "contact_ways": Answer.declined(),
            "children": Answer.not_asked(),
        },
    )
    answered = SessionNote(
        "n3", "c1", "p1", "u1", NoteStatus.FINAL, content, 1, "2026-01-05T09:00Z", None, ()
    )
    model = TimelineModel()
    model.set_rows([TimelineRow.from_note(answered, {}), *TIMELINE])
    recorded = [model.data(model.index(r, TimelineColumn.RECORDED)) for r in range(3)]
    assert recorded == ["2 answered, 1 she chose not to answer, 1 not asked", "None", "None"]
    assert model.headerData(TimelineColumn.RECORDED, Qt.Orientation.Horizontal) == "Recorded"
