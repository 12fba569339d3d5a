"""The item models speak the chosen language, and their order and ids stay as stored.

A small stand-in catalogue is installed through :func:`womenscentre.i18n.install`, as the
desktop app installs its Qt translator; anything it does not know comes back in English.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from ui.models.caseload import PERSON_ID_ROLE, CaseloadModel, CaseloadRow, Column
from ui.models.consent import status_label
from ui.models.plans import PlanHistoryModel
from ui.models.timeline import Column as TimelineColumn
from ui.models.timeline import TimelineModel, TimelineRow
from womenscentre import i18n
from womenscentre.domain.consent import ConsentStatus
from womenscentre.domain.notes import (
    Addendum,
    ContactMode,
    NoteContent,
    NoteStatus,
    SessionNote,
    SessionType,
)
from womenscentre.domain.plans import PlanVersionInfo
from womenscentre.services.people import PersonSummary

WELSH = {
    ("Preferred name", ""): "Enw dewisol",
    ("Case", ""): "Achos",
    ("Open", "state"): "Ar agor",
    ("Closed", "state"): "Ar gau",
    ("No sessions yet", ""): "Dim sesiynau eto",
    ("a former colleague", ""): "cyn-gydweithiwr",
    ("Jan", ""): "Ion",
    ("Draft (only you can see it)", ""): "Drafft (dim ond chi sy'n gallu ei weld)",
    ("Agreed", ""): "Cytunwyd",
    ("{date} at {time}", ""): "{date} am {time}",
    ("A colleague", ""): "Cydweithiwr",
}
PLURALS = {"%n addenda": "%n ychwanegiad"}


def lookup(text: str, disambiguation: str | None, count: int) -> str:
    if count >= 0 and text in PLURALS:
        return PLURALS[text]
    return WELSH.get((text, disambiguation or ""), "")


@pytest.fixture
def welsh() -> Iterator[None]:
    previous = i18n.install(lookup, language="cy")
    try:
        yield
    finally:
        i18n.install(previous)


def caseload_row(name: str, *, open_case: bool, last_contact: str | None = None) -> CaseloadRow:
    return CaseloadRow(
        person_id=f"id-{name}",
        preferred_name=name,
        pronouns="she/her",
        keyworkers="ash",
        safe_contact="Text only",
        has_open_case=open_case,
        last_contact=last_contact,
    )


@pytest.mark.usefixtures("welsh")
def test_caseload_headers_and_words_are_translated_and_still_sort_open_first() -> None:
    model = CaseloadModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(
        [
            caseload_row("Rosa", open_case=False),
            caseload_row("Ada", open_case=True, last_contact="2026-01-05"),
        ]
    )
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(Column.NAME, horizontal) == "Enw dewisol"
    assert model.headerData(Column.CASE, horizontal) == "Achos"
    # A heading the catalogue has no Welsh for yet stays in English rather than going blank.
    assert model.headerData(Column.PRONOUNS, horizontal) == "Pronouns"

    model.sort(Column.CASE, Qt.SortOrder.AscendingOrder)
    cases = [model.data(model.index(r, Column.CASE)) for r in range(2)]
    assert cases == ["Ar agor", "Ar gau"]  # open cases first, by state, not by the words
    assert model.data(model.index(0, 0), PERSON_ID_ROLE) == "id-Ada"
    assert model.data(model.index(0, Column.LAST_CONTACT)) == "5 Ion 2026"
    assert model.data(model.index(1, Column.LAST_CONTACT)) == "Dim sesiynau eto"
    assert tester is not None


def test_caseload_quick_filter_finds_the_translated_words(welsh: None) -> None:
    model = CaseloadModel()
    model.set_rows([caseload_row("Rosa", open_case=False), caseload_row("Ada", open_case=True)])
    model.set_quick_filter("ar gau")
    assert [model.row_at(r).preferred_name for r in range(model.rowCount())] == ["Rosa"]


def test_caseload_dates_follow_a_change_of_language() -> None:
    """The cache of readable dates never serves a month in the language used before."""
    model = CaseloadModel()
    model.set_rows([caseload_row("Ada", open_case=True, last_contact="2026-01-05")])
    cell = model.index(0, Column.LAST_CONTACT)
    assert model.data(cell) == "5 Jan 2026"
    previous = i18n.install(lookup, language="cy")
    try:
        assert model.data(cell) == "5 Ion 2026"
    finally:
        i18n.install(previous)
    assert model.data(cell) == "5 Jan 2026"


def test_a_leaver_is_named_kindly_in_welsh(welsh: None) -> None:
    summary = PersonSummary("p1", "Rosa", "she/her", "", ("u1", "u9"), True)
    made = CaseloadRow.from_summary(summary, {"u1": "ash"})
    assert made.keyworkers == "ash, cyn-gydweithiwr"


def test_timeline_counts_addenda_with_the_catalogues_plural(welsh: None) -> None:
    content = NoteContent("2026-01-05", 45, SessionType.ONE_TO_ONE, ContactMode.PHONE, "Body")
    addenda = tuple(Addendum(f"a{i}", "n1", "u1", "2026-01-06T10:00", "More") for i in range(3))
    draft = SessionNote(
        "n1", "c1", "p1", "u1", NoteStatus.DRAFT, content, 1, "2026-01-05T09:00Z", None, addenda
    )
    model = TimelineModel()
    model.set_rows([TimelineRow.from_note(draft, {})])
    assert model.data(model.index(0, TimelineColumn.ADDENDA)) == "3 ychwanegiad"
    assert model.data(model.index(0, TimelineColumn.STATUS)) == (
        "Drafft (dim ond chi sy'n gallu ei weld)"
    )
    assert model.data(model.index(0, TimelineColumn.AUTHOR)) == "cyn-gydweithiwr"
    assert model.data(model.index(0, TimelineColumn.RECORDED)) == "None"  # no Welsh given


def test_plan_history_and_consent_words_are_translated(welsh: None) -> None:
    history = PlanHistoryModel()
    history.set_rows([PlanVersionInfo(1, "2026-01-05T14:05", "u9", "First plan", "standard", 1)])
    assert history.data(history.index(0, 1)) == "2026-01-05 am 14:05"
    assert history.data(history.index(0, 2)) == "Cydweithiwr"
    assert status_label(ConsentStatus.ACTIVE) == "Cytunwyd"


def test_english_is_unchanged_without_a_catalogue() -> None:
    history = PlanHistoryModel()
    history.set_rows([PlanVersionInfo(1, "2026-01-05T14:05", "u9", "First plan", "standard", 1)])
    assert history.data(history.index(0, 1)) == "2026-01-05 at 14:05"
    assert status_label(ConsentStatus.ACTIVE) == "Agreed"
