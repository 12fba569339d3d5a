"""Records due for review, driven through the real dialog with the injected clock.

Mae's case is closed on the clock's first day; the clock then moves on seven years, past
the centre's six-year review, before the window opens.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLineEdit, QProgressBar, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

import ui.retention_view as retention_view
from ui.main_window import MainWindow
from ui.messages import UNEXPECTED, Shown
from ui.models.retention import Column, RetentionModel
from ui.retention_view import SAVED, CertificateDialog, HoldDialog, PurgeDialog, RetentionReview
from womenscentre.clock import ManualClock
from womenscentre.domain.retention import DueRecord, RetentionKind
from womenscentre.store.models import PersonRow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton
Mode = QAbstractItemModelTester.FailureReportingMode
YEAR = 365 * 24 * 3600
CLOSED_ON = date(2026, 1, 5)
REASON = "Seven years since her last case closed; agreed at the team meeting."


@pytest.fixture
def closed_long_ago(seeded: object, reopen: object, clock: ManualClock) -> str:
    """Close Mae's case today, then move the clock on seven years; returns her id."""
    mae = seeded.person_ids["Mae"]  # type: ignore[attr-defined]
    manager = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
    for case in manager.cases.for_person(mae):
        manager.cases.close_case(
            case.id, closing_summary="Support ended well.", closed_on=CLOSED_ON
        )
    manager.lock()
    clock.advance(7 * YEAR)
    return str(mae)


def open_review(window: MainWindow, drive: object) -> RetentionReview:
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_D, CTRL_SHIFT)  # type: ignore[attr-defined]
    review = drive.dialog(RetentionReview)  # type: ignore[attr-defined]
    return review


def shown(review: RetentionReview) -> list[list[str]]:
    model = review.model
    return [[model.data(model.index(r, c)) for c in Column] for r in range(model.rowCount())]


def test_a_case_closed_seven_years_ago_is_due(
    qtbot: QtBot, closed_long_ago: str, open_window: object, drive: object
) -> None:
    """Her record is listed with its kind, the date it fell due and why; nothing else."""
    window = open_window()  # type: ignore[operator]
    review = open_review(window, drive)
    QAbstractItemModelTester(review.model, Mode.Fatal)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    [[name, kind, due, why, contents]] = shown(review)
    assert (name, kind) == ("Mae", "Closed case (her whole record)")
    assert due == "5 January 2032"
    assert why == "Her last case closed on 5 January 2026"
    assert "1 person record" in contents and "1 case" in contents
    assert review.hold_button.isEnabled() and review.purge_button.isEnabled()
    assert not review.empty_note.isVisible()
    kinds = (QPushButton, QLineEdit, QTableView, QProgressBar)
    controls = [w for w in review.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) >= 5 and [w for w in controls if not w.accessibleName()] == []


def test_keeping_a_record_for_longer_takes_it_off_the_list(
    qtbot: QtBot, closed_long_ago: str, open_window: object, drive: object
) -> None:
    """Keep until a date with a reason: it leaves the list, and the core agrees."""
    window = open_window()  # type: ignore[operator]
    review = open_review(window, drive)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    qtbot.mouseClick(review.hold_button, LEFT)
    dialog = drive.dialog(HoldDialog)  # type: ignore[attr-defined]
    dialog.until_edit.setDate(QDate(2035, 6, 30))
    qtbot.keyClicks(dialog.reason_edit, "court")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "short sentence" in dialog.status.text()
    qtbot.keyClicks(dialog.reason_edit, " case still running")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    drive.no_dialog(HoldDialog)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: review.model.rowCount() == 0 and review.empty_note.isVisible())
    assert not review.purge_button.isEnabled()
    vault = window.vault
    assert vault.retention.review_list() == []
    [held] = vault.retention.review_list(date(2035, 6, 30))
    assert held.person_id == closed_long_ago and held.held


def test_deleting_for_good_removes_her_and_gives_a_certificate_without_content(
    qtbot: QtBot,
    tmp_path: Path,
    closed_long_ago: str,
    clock: ManualClock,
    open_window: object,
    drive: object,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[Shown],
) -> None:
    """A reason and the word typed; then she is gone and the certificate says kind/when/who/why."""
    window = open_window()  # type: ignore[operator]
    review = open_review(window, drive)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() == 3)
    qtbot.mouseClick(review.purge_button, LEFT)
    dialog = drive.dialog(PurgeDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.reason_edit, REASON)
    qtbot.keyClicks(dialog.confirm_edit, "yes")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.status.text() == "Please type the word delete to confirm."
    assert window.vault.people.get(closed_long_ago).preferred_name == "Mae"
    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "delete")
    qtbot.mouseClick(dialog.ok_button, LEFT)

    certificate = drive.dialog(CertificateDialog)  # type: ignore[attr-defined]
    text = certificate.text_view.toPlainText()
    assert "What was deleted:  her whole record" in text
    assert f"When:              {clock.now():%Y-%m-%dT%H:%M}Z" in text
    assert "By:                morgan" in text
    assert f"Reason given:      {REASON}" in text
    assert "the centre's retention policy" in text
    for content in ("Mae", "Example-Fictional", "library", "wrong number", "Support ended"):
        assert content not in text
    vault = window.vault
    with vault.read() as session:
        assert session.get(PersonRow, closed_long_ago) is None
    assert "Mae" not in {p.preferred_name for p in vault.people.visible()}
    qtbot.waitUntil(lambda: review.model.rowCount() == 0)
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() == 2)

    target = tmp_path / "certificates" / "mae-certificate"
    target.parent.mkdir()
    monkeypatch.setattr(retention_view, "choose_certificate_path", lambda _p, _s: target)
    qtbot.mouseClick(certificate.save_button, LEFT)
    qtbot.waitUntil(lambda: certificate.status.text() == SAVED)
    saved = target.with_name("mae-certificate.txt")
    assert saved.read_text(encoding="utf-8") == text
    assert [p.name for p in target.parent.iterdir()] == ["mae-certificate.txt"]
    assert [m for m in shown_messages if m.text == UNEXPECTED] == []


def test_saving_to_a_missing_folder_says_so_kindly(
    qtbot: QtBot,
    tmp_path: Path,
    closed_long_ago: str,
    open_window: object,
    drive: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A folder that isn't there is reported, not quietly made; nothing half-written."""
    window = open_window()  # type: ignore[operator]
    review = open_review(window, drive)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    qtbot.mouseClick(review.purge_button, LEFT)
    dialog = drive.dialog(PurgeDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.reason_edit, REASON)
    qtbot.keyClicks(dialog.confirm_edit, "Delete")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    certificate = drive.dialog(CertificateDialog)  # type: ignore[attr-defined]
    missing = tmp_path / "unplugged" / "certificate.txt"
    monkeypatch.setattr(retention_view, "choose_certificate_path", lambda _p, _s: missing)
    qtbot.mouseClick(certificate.save_button, LEFT)
    qtbot.waitUntil(lambda: certificate.status.text() == retention_view.NOT_SAVED)
    assert not missing.parent.exists()


def test_the_review_closes_and_empties_as_the_vault_locks(
    qtbot: QtBot, closed_long_ago: str, open_window: object, drive: object
) -> None:
    window = open_window()  # type: ignore[operator]
    review = open_review(window, drive)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1)
    model = review.model
    window.lock_now()
    assert model.rowCount() == 0
    drive.no_dialog(RetentionReview)  # type: ignore[attr-defined]


def test_the_review_keys_are_for_managers_only(
    qtbot: QtBot, closed_long_ago: str, open_window: object, drive: object
) -> None:
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    assert not window.menu_actions.retention_review.isEnabled()
    drive.press(window, Qt.Key.Key_D, CTRL_SHIFT)  # type: ignore[attr-defined]
    qtbot.wait(50)
    assert not [w for w in window.findChildren(RetentionReview) if w.isVisible()]


def test_the_retention_model_passes_the_model_tester(qtbot: QtBot) -> None:
    model = RetentionModel()
    QAbstractItemModelTester(model, Mode.Fatal)
    model.set_rows(
        [
            DueRecord("p-1", "Rosa", RetentionKind.DELETED_RECORD, date(2026, 1, 5),
                      date(2027, 1, 5), (("people", 1),)),
            DueRecord("p-2", "", RetentionKind.CLOSED_CASE, date(2020, 2, 1),
                      date(2031, 3, 1), (("people", 1), ("session_notes", 2)), held=True),
        ]
    )  # fmt: skip
    assert model.data(model.index(0, Column.WHY)) == "Deleted on 5 January 2026"
    assert model.data(model.index(1, Column.WHY)) == "A manager set this review date"
    assert model.data(model.index(1, Column.CONTENTS)) == "1 person record, 2 session notes"
    model.clear()
    assert model.rowCount() == 0


@pytest.fixture
def all_closed_long_ago(seeded: object, reopen: object, clock: ManualClock) -> dict[str, str]:
    """Close every woman's case today, then move the clock on seven years."""
    ids = dict(seeded.person_ids)  # type: ignore[attr-defined]
    manager = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
    for person_id in ids.values():
        for case in manager.cases.for_person(person_id):
            manager.cases.close_case(
                case.id, closing_summary="Support ended well.", closed_on=CLOSED_ON
            )
    manager.lock()
    clock.advance(7 * YEAR)
    return ids


def _purge_chosen(qtbot: QtBot, review: RetentionReview, drive: object) -> CertificateDialog:
    qtbot.mouseClick(review.purge_button, LEFT)
    dialog = drive.dialog(PurgeDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.reason_edit, REASON)
    qtbot.keyClicks(dialog.confirm_edit, "delete")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    return drive.dialog(CertificateDialog)  # type: ignore[attr-defined]


def test_several_records_are_deleted_at_once_with_a_certificate_each(
    qtbot: QtBot,
    all_closed_long_ago: dict[str, str],
    open_window: object,
    drive: object,
    shown_messages: list[Shown],
) -> None:
    window = open_window()  # type: ignore[operator]
    review = open_review(window, drive)
    QAbstractItemModelTester(review.model, Mode.Fatal)
    qtbot.waitUntil(lambda: review.model.rowCount() == 3)
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() == 3)
    review.table.selectAll()
    assert len(review.selected()) == 3
    certificate = _purge_chosen(qtbot, review, drive)
    assert len(certificate.certificates) == 3
    assert {c.record_id for c in certificate.certificates} == set(all_closed_long_ago.values())
    text = certificate.text_view.toPlainText()
    assert text.count("Deletion certificate") == 3
    for name in all_closed_long_ago:
        assert name not in text
    assert certificate.status.text() == ""
    qtbot.waitUntil(lambda: review.model.rowCount() == 0 and review.empty_note.isVisible())
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() == 0)
    assert window.vault.people.visible() == []
    assert [m for m in shown_messages if m.text == UNEXPECTED] == []


def test_when_one_stops_part_way_the_certificates_made_are_shown_and_the_rest_counted(
    qtbot: QtBot,
    all_closed_long_ago: dict[str, str],
    open_window: object,
    drive: object,
    shown_messages: list[Shown],
) -> None:
    """A colleague reopens the second woman's case after the list was read: the first is
    deleted, the second stops with the core's reason, the third is left for another go."""
    window = open_window()  # type: ignore[operator]
    review = open_review(window, drive)
    qtbot.waitUntil(lambda: review.model.rowCount() == 3)
    first, second, third = (review.model.row_at(row).person_id for row in range(3))
    vault = window.vault
    vault.cases.open_case(second, referral_source="self", keyworker_ids=(vault.user.id,))
    review.table.selectAll()
    certificate = _purge_chosen(qtbot, review, drive)
    assert [c.record_id for c in certificate.certificates] == [first]
    assert "Deletion certificate" in certificate.text_view.toPlainText()
    note = certificate.status.text()
    assert note.startswith("2 of the records chosen were not deleted:")
    assert "isn't due for review" in note and certificate.status.isVisible()
    qtbot.waitUntil(
        lambda: review.model.rowCount() == 1 and review.model.row_at(0).person_id == third
    )
    visible = {p.id for p in vault.people.visible()}
    assert first not in visible and {second, third} <= visible
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() == 2)
    assert [m for m in shown_messages if m.text == UNEXPECTED] == []


def test_when_the_first_one_cannot_go_nothing_is_deleted_and_the_dialog_says_why(
    qtbot: QtBot,
    all_closed_long_ago: dict[str, str],
    open_window: object,
    drive: object,
) -> None:
    window = open_window()  # type: ignore[operator]
    review = open_review(window, drive)
    qtbot.waitUntil(lambda: review.model.rowCount() == 3)
    first = review.model.row_at(0).person_id
    vault = window.vault
    vault.cases.open_case(first, referral_source="self", keyworker_ids=(vault.user.id,))
    review.table.selectAll()
    qtbot.mouseClick(review.purge_button, LEFT)
    dialog = drive.dialog(PurgeDialog)  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.reason_edit, REASON)
    qtbot.keyClicks(dialog.confirm_edit, "delete")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: "isn't due for review" in dialog.status.text())
    assert dialog.isVisible()
    assert len(vault.people.visible()) == 3
    assert not [w for w in window.findChildren(CertificateDialog) if w.isVisible()]
