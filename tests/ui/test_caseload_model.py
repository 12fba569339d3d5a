"""The caseload model and its filter: correct to Qt's rules, and empty when cleared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from ui.models.caseload import (
    BATCH_SIZE,
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


def many(count: int) -> list[CaseloadRow]:
    """Fictional women named "Woman 0000" upwards, loaded in a shuffled order."""
    rows = [row(f"Woman {n:04d}", open_case=n % 3 != 0) for n in range(count)]
    return rows[1::2] + rows[::2]


def names(model: CaseloadFilter | CaseloadModel) -> list[str]:
    return [model.data(model.index(r, Column.NAME)) for r in range(model.rowCount())]


# One tester at a time: two testers on a chained model and proxy would each see the other's
# fetchMore arrive while their own reset is still being announced.
CHECKED = pytest.mark.parametrize("checked", ["model", "proxy"])


def checker_on(checked: str, model: CaseloadModel, proxy: CaseloadFilter) -> object:
    return QAbstractItemModelTester(model if checked == "model" else proxy, Mode.Fatal)


@CHECKED
def test_a_long_caseload_is_shown_a_batch_at_a_time(model: CaseloadModel, checked: str) -> None:
    """Ten thousand women are not laid out at once: one batch, then more as she scrolls."""
    proxy = CaseloadFilter(model)
    testers = checker_on(checked, model, proxy)
    model.set_rows(many(BATCH_SIZE * 2 + 50))
    assert proxy.rowCount() == BATCH_SIZE
    assert proxy.canFetchMore(QModelIndex())
    proxy.fetchMore(QModelIndex())
    assert proxy.rowCount() == BATCH_SIZE * 2
    proxy.fetchMore(QModelIndex())
    assert proxy.rowCount() == BATCH_SIZE * 2 + 50
    assert not proxy.canFetchMore(QModelIndex())
    assert proxy.total == BATCH_SIZE * 2 + 50
    assert len(set(names(proxy))) == BATCH_SIZE * 2 + 50
    assert testers


@CHECKED
def test_sorting_and_filtering_cover_rows_not_fetched_yet(
    model: CaseloadModel, checked: str
) -> None:
    """Sorting and the quick filter see everyone, not just the rows fetched so far."""
    proxy = CaseloadFilter(model)
    testers = checker_on(checked, model, proxy)
    model.set_rows(many(BATCH_SIZE * 2 + 50))
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names(proxy)[:2] == ["Woman 0000", "Woman 0001"]
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(proxy)[0] == "Woman 0449"
    assert proxy.rowCount() == BATCH_SIZE
    proxy.set_quick_filter("woman 044")
    assert sorted(names(proxy)) == [f"Woman {n:04d}" for n in range(440, 450)]
    assert proxy.matching == 10
    proxy.set_quick_filter("closed")
    assert proxy.matching == 150
    assert proxy.rowCount() == 150
    proxy.set_quick_filter("")
    assert proxy.rowCount() == BATCH_SIZE
    proxy.fetchMore(QModelIndex())
    full = names(proxy)
    assert full == sorted(full, reverse=True)
    model.set_rows(many(30))  # a reload keeps her sort
    assert names(proxy) == [f"Woman {n:04d}" for n in range(29, -1, -1)]
    model.clear()
    assert proxy.rowCount() == 0
    assert not proxy.canFetchMore(QModelIndex())
    assert testers


def test_scrolling_the_real_table_fetches_the_rest(qtbot: object, model: CaseloadModel) -> None:
    """The caseload table asks for more rows itself as she scrolls to the end."""
    from ui.caseload_view import CaseloadPanel

    proxy = CaseloadFilter(model)
    tester = QAbstractItemModelTester(proxy, Mode.Fatal)
    panel = CaseloadPanel(proxy)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(800, 400)
    panel.show()
    model.set_rows(many(BATCH_SIZE * 2 + 50))
    assert proxy.rowCount() == BATCH_SIZE

    def scrolled_to_the_end() -> bool:
        panel.table.scrollToBottom()
        return proxy.rowCount() == BATCH_SIZE * 2 + 50

    qtbot.waitUntil(scrolled_to_the_end)  # type: ignore[attr-defined]
    assert names(proxy)[-1] == "Woman 0449"
    panel.filter_edit.setText("nobody by this name")
    assert panel.empty_note.text() == "No one matches that. Try fewer letters, or clear the filter."
    assert tester is not None


def test_clear_forgets_the_quick_filter_too(model: CaseloadModel) -> None:
    """Letters typed into the filter are part of a name: a lock leaves none of them."""
    proxy = CaseloadFilter(model)
    model.set_rows(ROWS)
    proxy.set_quick_filter("Ros")
    assert model.quick_filter == "ros"
    assert proxy.rowCount() < len(ROWS)
    model.clear()
    assert model.quick_filter == ""
    model.set_rows(ROWS)
    assert proxy.rowCount() == len(ROWS)
