"""The caseload model and its filter: correct to Qt's rules, and empty when cleared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from ui.models.caseload import (
    FORMER_COLLEAGUE,
    PERSON_ID_ROLE,
    CaseloadFilter,
    CaseloadModel,
    CaseloadRow,
    Column,
)
from womenscentre.services.people import PersonSummary

Mode = QAbstractItemModelTester.FailureReportingMode


def row(name: str, *, open_case: bool = True, keyworkers: str = "ash") -> CaseloadRow:
    return CaseloadRow(
        person_id=f"id-{name}",
        preferred_name=name,
        pronouns="she/her",
        keyworkers=keyworkers,
        safe_contact="Text only, after 6pm. No voicemail.",
        has_open_case=open_case,
    )


ROWS = [row("priya"), row("Rosa", open_case=False), row("Ada", keyworkers="ash, morgan")]


@pytest.fixture
def model() -> CaseloadModel:
    return CaseloadModel()


def test_model_passes_the_item_model_tester(model: CaseloadModel) -> None:
    """Qt's own checker finds nothing wrong while rows are set and cleared."""
    tester = QAbstractItemModelTester(model, Mode.Fatal)
    model.set_rows(ROWS)
    model.clear()
    model.set_rows(ROWS[:1])
    assert tester is not None
    assert model.rowCount() == 1
    assert model.columnCount() == len(Column)


def test_filter_passes_the_item_model_tester(model: CaseloadModel) -> None:
    """The proxy, sorted and filtered, is also a correct model."""
    proxy = CaseloadFilter(model)
    tester = QAbstractItemModelTester(proxy, Mode.Fatal)
    model.set_rows(ROWS)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    proxy.set_quick_filter("ro")
    proxy.set_quick_filter("")
    model.clear()
    assert tester is not None
    assert proxy.rowCount() == 0


def test_cells_show_her_details_and_headers_are_plain(model: CaseloadModel) -> None:
    """Each column shows what its header says; the person id is there for opening only."""
    model.set_rows(ROWS)
    index = model.index(1, Column.CASE)
    assert model.data(index) == "Closed"
    assert model.data(model.index(0, Column.NAME)) == "priya"
    assert model.data(model.index(0, Column.NAME), PERSON_ID_ROLE) == "id-priya"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == [
        "Preferred name",
        "Pronouns",
        "Keyworker",
        "Safe contact",
        "Case",
        "Last contact",
        "Next review due",
        "Good to know",
    ]


def test_dates_read_plainly_and_sort_with_missing_ones_last(model: CaseloadModel) -> None:
    """Last contact and next review show as dates people read; none set sorts last."""
    from dataclasses import replace

    rows = [
        replace(
            ROWS[0],
            last_contact="2026-02-10",
            next_review="2026-03-01",
            flags=("Interpreter: Polish", "No voicemail"),
        ),
        replace(ROWS[1], next_review=None),
        replace(ROWS[2], next_review="2026-01-15"),
    ]
    model.set_rows(rows)
    assert model.data(model.index(0, Column.LAST_CONTACT)) == "10 Feb 2026"
    assert model.data(model.index(1, Column.LAST_CONTACT)) == "No sessions yet"
    assert model.data(model.index(0, Column.FLAGS)) == "Interpreter: Polish; No voicemail"
    proxy = CaseloadFilter(model)
    proxy.sort(Column.NEXT_REVIEW, Qt.SortOrder.AscendingOrder)
    order = [proxy.data(proxy.index(r, Column.NAME)) for r in range(proxy.rowCount())]
    assert order == ["Ada", "priya", "Rosa"]


def test_sorting_ignores_case(model: CaseloadModel) -> None:
    """Names sort as people read them: "priya" between "Ada" and "Rosa"."""
    proxy = CaseloadFilter(model)
    model.set_rows(ROWS)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.data(proxy.index(r, Column.NAME)) for r in range(proxy.rowCount())]
    assert names == ["Ada", "priya", "Rosa"]


def test_quick_filter_matches_any_column_without_case(model: CaseloadModel) -> None:
    """Typing part of a name, or a keyworker's name, narrows the list."""
    proxy = CaseloadFilter(model)
    model.set_rows(ROWS)
    proxy.set_quick_filter("ROS")
    assert proxy.rowCount() == 1
    proxy.set_quick_filter("morgan")
    assert proxy.data(proxy.index(0, Column.NAME)) == "Ada"


def test_clear_leaves_nothing_behind(model: CaseloadModel) -> None:
    """After clear (as on lock) the model holds no rows at all."""
    model.set_rows(ROWS)
    model.clear()
    assert model.rowCount() == 0
    assert model._rows == []


def test_keyworker_ids_become_user_names() -> None:
    """Keyworkers show by user name; someone who has left shows kindly, never as an id."""
    summary = PersonSummary("p1", "Rosa", "she/her", "Letter only.", ("u1", "u9"), True)
    made = CaseloadRow.from_summary(summary, {"u1": "ash"})
    assert made.keyworkers == f"ash, {FORMER_COLLEAGUE}"
