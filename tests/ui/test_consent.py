"""Her consent ledger on her record: record an agreement, withdraw it, read it back."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui import her_copy_view
from ui.consent_dialogs import ConsentDialog, WithdrawDialog
from ui.consent_tab import ConsentTab, ReadBackDialog
from ui.models.consent import ConsentHistoryModel, ConsentLedgerModel
from ui.tasks import TaskRunner
from womenscentre.domain.consent import ConsentStatus, DataCategory, Purpose

Mode = QAbstractItemModelTester.FailureReportingMode


def _visible(kind: type[QWidget]) -> bool:
    return any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets())


def _showing(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    found: list[QWidget] = []

    def showing() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(showing)
    return found[-1]


def test_record_then_withdraw_shows_withdrawn_at_once(
    qtbot: QtBot,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An agreement typed in, then withdrawn: the ledger says so straight away."""
    tab = ConsentTab(manager, tasks, person_id)
    qtbot.addWidget(tab)
    tab.show()
    testers = [
        QAbstractItemModelTester(tab.model, Mode.Fatal),
        QAbstractItemModelTester(tab.history, Mode.Fatal),
    ]
    qtbot.waitUntil(lambda: tab.empty.isVisible())
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = _showing(qtbot, ConsentDialog)
    assert isinstance(dialog, ConsentDialog)
    row = dialog.recipient_rows[0]
    row.kind.setCurrentIndex(row.kind.findData("mental_health"))
    qtbot.keyClicks(row.organisation, "Fictional NHS Trust")
    qtbot.keyClicks(row.role, "Community mental health team")
    dialog.category_boxes[DataCategory.MENTAL_HEALTH].setChecked(True)
    dialog.category_boxes[DataCategory.SAFE_CONTACT].setChecked(True)
    dialog.purpose_boxes[Purpose.REFERRAL].setChecked(True)
    exclusion = dialog.add_exclusion()
    exclusion.category.setCurrentIndex(exclusion.category.findData("address"))
    qtbot.keyClicks(dialog.how_obtained, "In person at the centre")
    qtbot.keyClicks(dialog.what_told, "Who would see it and why")
    dialog.capacity.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, ConsentLedgerModel.STATUS).data() == "Agreed"
    entry = tab.model.row_at(0)
    assert entry.consent.exclusions[0].category is DataCategory.ADDRESS

    qtbot.waitUntil(tab.withdraw_button.isEnabled)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    withdraw = _showing(qtbot, WithdrawDialog)
    assert isinstance(withdraw, WithdrawDialog)
    qtbot.keyClicks(withdraw.how, "By phone to her keyworker")
    next(iter(withdraw.told_boxes.values())).setChecked(True)
    qtbot.mouseClick(withdraw.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            tab.model.rowCount() == 1
            and tab.model.row_at(0).consent.status is ConsentStatus.WITHDRAWN
        )
    )
    assert tab.model.index(0, ConsentLedgerModel.STATUS).data() == "Withdrawn"
    assert not tab.withdraw_button.isEnabled()
    withdrawal = tab.model.row_at(0).consent.withdrawal
    assert withdrawal is not None
    assert withdrawal.recipients_told == ("Community mental health team, Fictional NHS Trust",)

    qtbot.mouseClick(tab.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.history.rowCount() == 2)
    assert tab.history.index(0, 3).data() == "Changed since"

    target = tmp_path / "agreed.pdf"
    monkeypatch.setattr(her_copy_view, "choose_pdf_path", lambda _parent, _name: target)
    monkeypatch.setattr("ui.consent_tab.save_pdf", her_copy_view.save_pdf)
    qtbot.mouseClick(tab.read_back_button, Qt.MouseButton.LeftButton)
    read_back = _showing(qtbot, ReadBackDialog)
    assert isinstance(read_back, ReadBackDialog)
    assert read_back.preview.toPlainText()
    qtbot.mouseClick(read_back.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert text.strip()
    read_back.reject()
    qtbot.waitUntil(lambda: not _visible(ReadBackDialog))
    qtbot.wait(50)
    assert len(testers) == 2


def test_all_agencies_is_refused_kindly(
    qtbot: QtBot, manager: object, person_id: str, tasks: TaskRunner
) -> None:
    """Naming "all agencies" keeps the form open with a plain reason."""
    tab = ConsentTab(manager, tasks, person_id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = _showing(qtbot, ConsentDialog)
    assert isinstance(dialog, ConsentDialog)
    qtbot.keyClicks(dialog.recipient_rows[0].organisation, "All agencies")
    qtbot.keyClicks(dialog.recipient_rows[0].role, "Anyone")
    dialog.category_boxes[DataCategory.OUTCOMES].setChecked(True)
    dialog.purpose_boxes[Purpose.EVALUATION].setChecked(True)
    qtbot.keyClicks(dialog.how_obtained, "In person")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "each organisation" in dialog.status.text())
    assert dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: not _visible(ConsentDialog))
    qtbot.wait(50)


def test_consent_models_keep_qt_rules(qtbot: QtBot) -> None:
    """Both consent models pass QAbstractItemModelTester when empty and cleared."""
    ledger, history = ConsentLedgerModel(), ConsentHistoryModel()
    testers = [QAbstractItemModelTester(m, Mode.Fatal) for m in (ledger, history)]
    ledger.set_entries([], date(2026, 1, 1))
    ledger.clear()
    history.clear()
    assert len(testers) == 2
