"""The referral pack wizard: a manager exports what she agreed; a keyworker can't export."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from ui import her_copy_view
from ui.disclosures_view import DisclosuresDialog
from ui.models.referrals import DisclosuresModel, PackSectionsModel
from ui.referral_wizard import ReferralWizard
from ui.tasks import TaskRunner
from womenscentre.domain.consent import (
    ConsentToShare,
    DataCategory,
    Direction,
    Purpose,
    Recipient,
    RecipientKind,
)
from womenscentre.domain.users import Role

Mode = QAbstractItemModelTester.FailureReportingMode
GP = Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse")
KEYWORKER, KEYWORKER_PASSPHRASE = "ash", "velvet orbit lantern"
MANAGER_PASSPHRASE = "plum kettle harbour"
WISH = "Help with sleep, please"
AGREED = {DataCategory.SAFE_CONTACT, DataCategory.SESSION_SUMMARY, DataCategory.CONTACT_DETAILS}


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _agreed(manager: object, person_id: str) -> None:
    today = manager.clock.now().date()  # type: ignore[attr-defined]
    manager.consent.record(  # type: ignore[attr-defined]
        person_id,
        ConsentToShare(
            id="",
            version=0,
            categories=frozenset(
                {
                    DataCategory.SAFE_CONTACT,
                    DataCategory.SESSION_SUMMARY,
                    DataCategory.CONTACT_DETAILS,
                }
            ),
            recipients=(GP,),
            purposes=frozenset({Purpose.REFERRAL}),
            direction=Direction.WE_SEND,
            how_obtained="In person, signed with her keyworker",
            what_she_was_told="Who will see it, and why",
            capacity_considered=True,
            interpreter_used=False,
            starts_on=today - timedelta(days=1),
            review_by=today + timedelta(days=100),
            expires_on=today + timedelta(days=300),
        ),
    )


def _to_sections(qtbot: QtBot, wizard: ReferralWizard) -> None:
    wizard.kind_combo.setCurrentIndex(wizard.kind_combo.findData("gp"))
    wizard.purpose_combo.setCurrentIndex(wizard.purpose_combo.findData("referral"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    rows = [wizard.sections.row_at(i) for i in range(wizard.sections.rowCount())]
    wish = next(i for i, v in enumerate(rows) if v.section.category is DataCategory.SESSION_SUMMARY)
    wizard.sections_table.selectRow(wish)
    edit = next(iter(wizard.answer_edits.values()))
    qtbot.keyClicks(edit, WISH)


def test_manager_exports_a_permitted_pack_end_to_end(
    qtbot: QtBot,
    manager: object,
    make: object,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Recipient and purpose, sections, preview, passphrase, folder: the files are written."""
    person_id = manager.people.add(  # type: ignore[attr-defined]
        make.person("Rosa"),  # type: ignore[attr-defined]
        referral_source="self",
        keyworker_ids=(manager.user.id,),  # type: ignore[attr-defined]
    ).id
    _agreed(manager, person_id)
    wizard = ReferralWizard(manager, tasks, person_id)
    qtbot.addWidget(wizard)
    wizard.show()
    testers = [QAbstractItemModelTester(wizard.sections, Mode.Fatal)]
    _to_sections(qtbot, wizard)
    states = {wizard.sections.index(i, 2).data() for i in range(wizard.sections.rowCount())}
    assert "Can go" in states and "Can't go" in states
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2)
    preview = wizard.preview_text.toPlainText()
    assert WISH in preview
    assert "Not included:" in preview
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 3
    out = tmp_path / "out"
    out.mkdir()
    qtbot.keyClicks(wizard.passphrase_edit, MANAGER_PASSPHRASE)
    wizard.folder_edit.setText(str(out))
    qtbot.keyClicks(wizard.rationale_edit, "She asked for this referral to get support.")
    qtbot.mouseClick(wizard.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None or bool(wizard.status.text()))
    assert wizard.result is not None, wizard.status.text()
    written = sorted(p.name for p in out.iterdir())
    assert [n for n in written if n.endswith(".pdf")] and [
        n for n in written if n.endswith(".json")
    ]
    pdf_path = next(out.glob("*.pdf"))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert "sleep" in text
    assert not wizard.passphrase_edit.text()
    wizard.reject()
    qtbot.wait(50)

    # "Who has my information?" lists the share, and her copy saves as a PDF.
    dialog = DisclosuresDialog(manager, tasks, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    testers.append(QAbstractItemModelTester(dialog.model, Mode.Fatal))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 1).data() == "Shared"
    assert "Harbour Lane Surgery" in dialog.model.index(0, 2).data()
    target = tmp_path / "who.pdf"
    monkeypatch.setattr(her_copy_view, "choose_pdf_path", lambda _parent, _name: target)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    words = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Harbour Lane Surgery" in " ".join(words.split())
    dialog.reject()
    qtbot.wait(50)
    assert len(testers) == 2


def test_a_keyworker_can_prepare_a_draft_but_cannot_export(
    qtbot: QtBot, manager: object, make: object, reopen: object, tasks: TaskRunner
) -> None:
    """A keyworker sees no export step; she can save the pack as a draft for a manager."""
    ash = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)  # type: ignore[attr-defined]
    person_id = manager.people.add(  # type: ignore[attr-defined]
        make.person("Priya"),  # type: ignore[attr-defined]
        referral_source="self",
        keyworker_ids=(ash.id,),
    ).id
    _agreed(manager, person_id)
    manager.lock()  # type: ignore[attr-defined]
    keyworker = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)  # type: ignore[operator]
    wizard = ReferralWizard(keyworker, tasks, person_id)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_sections(qtbot, wizard)
    assert not wizard.without_button.isVisible()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2)
    assert not wizard.next_button.isVisible()
    assert not wizard.export_button.isVisible()
    qtbot.mouseClick(wizard.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.status.text() == "Saved as a draft.")
    assert len(keyworker.referrals.drafts(person_id)) == 1
    wizard.reject()
    qtbot.wait(50)


def test_referral_models_keep_qt_rules(qtbot: QtBot) -> None:
    """The sections and disclosures models pass QAbstractItemModelTester when empty."""
    models = (PackSectionsModel(), DisclosuresModel())
    testers = [QAbstractItemModelTester(m, Mode.Fatal) for m in models]
    for model in models:
        model.clear()
    assert len(testers) == 2


def test_without_her_agreement_needs_a_second_manager(
    qtbot: QtBot, manager: object, make: object, tasks: TaskRunner, tmp_path: Path
) -> None:
    """Sharing without consent: the second manager's name and passphrase are asked for."""
    from ui.referral_wizard import WithoutConsentDialog

    manager.users.add("riley", Role.MANAGER, "copper lantern meadow")  # type: ignore[attr-defined]
    person_id = manager.people.add(  # type: ignore[attr-defined]
        make.person("Mae"),  # type: ignore[attr-defined]
        referral_source="self",
        keyworker_ids=(manager.user.id,),  # type: ignore[attr-defined]
    ).id
    wizard = ReferralWizard(manager, tasks, person_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.kind_combo.setCurrentIndex(wizard.kind_combo.findData("gp"))
    qtbot.keyClicks(wizard.organisation_edit, "Harbour Lane Surgery")
    qtbot.keyClicks(wizard.role_edit, "Practice nurse")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    states = {wizard.sections.index(i, 2).data() for i in range(wizard.sections.rowCount())}
    assert states == {"Can't go"}
    qtbot.mouseClick(wizard.without_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.findChildren(WithoutConsentDialog)))
    found = wizard.findChildren(WithoutConsentDialog)
    found[0].boxes[DataCategory.SAFE_CONTACT].setChecked(True)
    found[0].accept()
    qtbot.waitUntil(lambda: wizard.flow is not None and wizard.flow.without_consent is not None)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2)
    assert "second manager" in wizard.preview_text.toPlainText()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.second_name_edit.isEnabled()
    out = tmp_path / "out"
    out.mkdir()
    wizard.folder_edit.setText(str(out))
    qtbot.keyClicks(wizard.rationale_edit, "Serious risk; it was not safe to ask her today.")
    qtbot.keyClicks(wizard.passphrase_edit, MANAGER_PASSPHRASE)
    qtbot.keyClicks(wizard.second_name_edit, "riley")
    qtbot.keyClicks(wizard.second_passphrase_edit, "not the right words")
    qtbot.mouseClick(wizard.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.status.text()))
    assert wizard.result is None
    assert list(out.iterdir()) == []
    qtbot.keyClicks(wizard.passphrase_edit, MANAGER_PASSPHRASE)
    qtbot.keyClicks(wizard.second_passphrase_edit, "copper lantern meadow")
    qtbot.mouseClick(wizard.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None or "riley" in wizard.status.text())
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=3000)
    assert any(p.suffix == ".pdf" for p in out.iterdir())
    wizard.reject()
    qtbot.wait(50)
