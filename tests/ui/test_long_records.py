"""A long record opens at once: her timeline shows one batch, and scrolling fetches the rest.

The notes are written through the real service as drafts by the keyworker who opens the
record (drafts show only to their author), each with its own session date, so the order of
the fetched rows can be checked against the dates.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from ui.models.timeline import NOTE_ID_ROLE, TimelineModel

NOTES = 500
BATCH = TimelineModel.batch_size
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"


def test_a_long_timeline_arrives_a_batch_at_a_time(
    qtbot: QtBot, seeded: object, reopen: object, make: object, open_window: object, drive: object
) -> None:
    """The timeline starts with one batch; scrolling to the end fetches every note, in order."""
    assert BATCH is not None and NOTES > 2 * BATCH
    ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)  # type: ignore[operator]
    person_id = seeded.person_ids["Priya"]  # type: ignore[attr-defined]
    case_id = ash.cases.for_person(person_id)[0].id
    first_day = date(2020, 1, 1)
    written = set()
    for n in range(NOTES):
        content = replace(
            make.note(f"Session {n}: she talked about the allotment."),  # type: ignore[attr-defined]
            session_date=(first_day + timedelta(days=n)).isoformat(),
        )
        written.add(ash.notes.start(case_id, content).id)
    ash.lock()

    window = open_window()  # type: ignore[operator]
    timeline = window.models.timeline
    tester = QAbstractItemModelTester(timeline, QAbstractItemModelTester.FailureReportingMode.Fatal)
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    view = drive.open_person(window, "Priya")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: timeline.rowCount() > 0)
    assert view.timeline_table.model() is timeline
    assert timeline.rowCount() == BATCH
    assert timeline.total == NOTES
    assert timeline.canFetchMore(QModelIndex())

    def scrolled_to_the_end() -> bool:
        view.timeline_table.scrollToBottom()
        return timeline.rowCount() == NOTES

    qtbot.waitUntil(scrolled_to_the_end, timeout=10_000)
    assert not timeline.canFetchMore(QModelIndex())
    shown = [timeline.row_at(r) for r in range(timeline.rowCount())]
    assert {timeline.index(r, 0).data(NOTE_ID_ROLE) for r in range(NOTES)} == written
    dates = [row.session_date for row in shown]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == (first_day + timedelta(days=NOTES - 1)).isoformat()
    assert tester is not None
