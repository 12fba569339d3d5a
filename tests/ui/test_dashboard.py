"""The manager's dashboard and the report for funders, over small fictional vaults."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from ui import funder_report_dialog
from ui.dashboard_view import DashboardWindow
from ui.funder_report_dialog import FunderReportDialog
from ui.tasks import TaskRunner
from womenscentre.domain.answers import Answer
from womenscentre.domain.outcomes import AreaReading, Occasion, Ons4Question
from womenscentre.domain.risk import RiskDetails
from womenscentre.reports.suppression import FEWER_LABEL, Mark

Mode = QAbstractItemModelTester.FailureReportingMode
CANARY = "Canary words kept only in her sealed record"


def _cells(model: object) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]  # type: ignore[attr-defined]
        for r in range(model.rowCount())  # type: ignore[attr-defined]
    ]


def test_dashboard_from_the_centre_menu_and_emptied_on_lock(
    qtbot: QtBot, open_window: object, seeded: object, drive: object
) -> None:
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    assert window.menu_actions.dashboard.isEnabled()
    assert window.menu_actions.dashboard in window.menu_actions.centre_menu.actions()
    # A risk record to look at again in three days is on the list, by her name.
    her = window.caseload_model.row_at(0)
    today = window.vault.clock.now().date()
    looking_again = RiskDetails(today, "morgan", True, True, next_review=today + timedelta(days=3))
    window.vault.risk.record(her.person_id, looking_again)
    window.menu_actions.dashboard.trigger()
    dashboard = drive.dialog(DashboardWindow)  # type: ignore[attr-defined]
    testers = [
        QAbstractItemModelTester(model, Mode.Fatal)
        for model in (dashboard.caseload, dashboard.attention, dashboard.referrals)
    ]
    qtbot.waitUntil(lambda: dashboard.dashboard is not None)
    assert dashboard.open_cases.value.text() == "3"
    assert dashboard.closed_cases.value.text() == "0"
    assert dashboard.without_keyworker.value.text() == "0"
    loads = {row[0]: row[1] for row in _cells(dashboard.caseload)}
    assert loads == {drive.keyworker: "2", drive.manager: "1"}  # type: ignore[attr-defined]
    # None of the three has answered the wellbeing questions yet: each is on the list.
    coming = _cells(dashboard.attention)
    wellbeing = sorted(row[1] for row in coming if row[0].startswith("Wellbeing"))
    assert wellbeing == sorted((*drive.ash_women, drive.manager_only))  # type: ignore[attr-defined]
    risk_rows = [row[:2] for row in coming if row[0].startswith("Risk record")]
    assert risk_rows == [["Risk record: look at it again", her.preferred_name]]
    # Locking closes the window and leaves no name or figure behind.
    attention = dashboard.attention
    window.lock_now()
    assert attention.rowCount() == 0
    assert testers


def test_keyworkers_have_no_dashboard_or_funder_report(
    qtbot: QtBot, open_window: object, seeded: object, drive: object
) -> None:
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    assert not window.menu_actions.dashboard.isEnabled()
    assert not window.menu_actions.funder_report.isEnabled()
    window.menu_actions.dashboard.trigger()
    window.menu_actions.funder_report.trigger()
    qtbot.wait(50)
    assert not [w for w in window.findChildren(DashboardWindow) if w.isVisible()]


def _seed_centre(manager: object, make: object) -> tuple[int, list[str]]:
    """Eight women counted and three not; every one has the canary in her own words."""
    outcomes = manager.outcomes  # type: ignore[attr-defined]
    people = manager.people  # type: ignore[attr-defined]
    today = manager.clock.now().date()  # type: ignore[attr-defined]
    areas = outcomes.areas()
    names = []
    counted = 0
    for number in range(11):
        name = f"Fictional{number}"
        names.append(name)
        person = people.add(
            make.person(name),  # type: ignore[attr-defined]
            referral_source="self",
            keyworker_ids=(manager.user.id,),  # type: ignore[attr-defined]
        )
        for days, value in ((100, 2), (10, 4)):
            outcomes.record_check_in(
                person.id,
                today - timedelta(days=days),
                Occasion.SESSION,
                [AreaReading(areas[0].id, Answer.of(value), None, CANARY, CANARY)],
            )
            outcomes.record_wellbeing(
                person.id,
                today - timedelta(days=days),
                Occasion.REVIEW,
                {Ons4Question.LIFE_SATISFACTION: Answer.of(value + 3)},
            )
        outcomes.set_goal(person.id, f"{CANARY} {name}", today - timedelta(days=50))
        if number < 8:
            outcomes.record_statistics_choice(person.id, True, today)
            counted += 1
        elif number == 8:
            outcomes.record_statistics_choice(person.id, False, today)
    return counted, names


def test_funder_report_previews_saves_and_never_leaks(
    qtbot: QtBot,
    manager: object,
    make: object,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted, names = _seed_centre(manager, make)
    dialog = FunderReportDialog(manager, tasks)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    testers = [
        QAbstractItemModelTester(model, Mode.Fatal)
        for model in (dialog.overall, dialog.distance, dialog.wellbeing)
    ]
    assert not dialog.csv_button.isEnabled()
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None)
    report = dialog.report
    assert report is not None
    # Only the women who said yes are counted: three others had the same readings.
    assert sum(map(sum, report.overall.table.cells)) == counted
    assert report.distance.table.cells[0] == (counted, 0, 0)
    # The preview shows exactly what is published: small counts as "fewer than 5".
    fewer = [p for p, mark in report.distance.marks.items() if mark is Mark.FEWER]
    assert fewer
    shown = _cells(dialog.distance)
    columns = [dialog.distance.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert FEWER_LABEL in shown[0]
    for r, c in fewer:
        if r < dialog.distance.rowCount():
            assert shown[r][columns.index(([*report.distance.table.columns, "Total"])[c])] == (
                FEWER_LABEL
            )
    csv_path, pdf_path = tmp_path / "report.csv", tmp_path / "report.pdf"
    monkeypatch.setattr(
        funder_report_dialog,
        "choose_save_path",
        lambda _p, _s, kind: csv_path if kind == "csv" else pdf_path,
    )
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(csv_path.exists)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved as report.pdf" in dialog.status.text())
    # Both copies that left the app are on record, without a period's content.
    from sqlalchemy import select

    from womenscentre.services import audit
    from womenscentre.store.models import AuditEntry

    with manager.read() as session:  # type: ignore[attr-defined]
        kinds = [
            audit.open_details(manager.keyring, entry).get("kind")  # type: ignore[attr-defined]
            for entry in session.scalars(select(AuditEntry).where(AuditEntry.action == "export"))
        ]
    assert "funder_report" in kinds and "funder_report_pdf" in kinds
    csv_text = csv_path.read_text(encoding="utf-8-sig")
    pdf_text = re.sub(
        r"\s+",
        " ",
        "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages),
    )
    area_title = manager.outcomes.areas()[0].title  # type: ignore[attr-defined]
    assert area_title in csv_text and area_title in pdf_text
    assert FEWER_LABEL in pdf_text and "Average change in her reading" in pdf_text
    for text in (csv_text, pdf_text):
        assert "Canary" not in text
        assert not any(name in text for name in names)
    dialog.reject()
    assert testers


def test_funder_report_period_the_wrong_way_round_is_explained(
    qtbot: QtBot, manager: object, tasks: TaskRunner
) -> None:
    dialog = FunderReportDialog(manager, tasks)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_edit.setDate(dialog.end_edit.date().addDays(5))
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ends on or after" in dialog.status.text())
    assert dialog.report is None and not dialog.pdf_button.isEnabled()
