"""The referral pack wizard: a manager exports what she agreed; a keyworker can't export."""

from __future__ import annotations

import io
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


def _her(
    manager: object, make: object, name: str, keyworker_id: str = "", *, agreed: bool = True
) -> str:
    """A fictional woman, with her keyworker (the manager unless named) and, unless told
    otherwise, her agreement to share with her GP."""
    person_id: str = manager.people.add(  # type: ignore[attr-defined]
        make.person(name),  # type: ignore[attr-defined]
        referral_source="self",
        keyworker_ids=(keyworker_id or manager.user.id,),  # type: ignore[attr-defined]
    ).id
    if agreed:
        _agreed(manager, person_id)
    return person_id


def _open_wizard(qtbot: QtBot, vault: object, tasks: TaskRunner, person_id: str) -> ReferralWizard:
    wizard = ReferralWizard(vault, tasks, person_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


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
    person_id = _her(manager, make, "Rosa")
    wizard = _open_wizard(qtbot, manager, tasks, person_id)
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
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3)
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
    assert dialog.model.index(0, 1).data() == "Shared with her agreement"
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
    person_id = _her(manager, make, "Priya", keyworker_id=ash.id)
    manager.lock()  # type: ignore[attr-defined]
    keyworker = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)  # type: ignore[operator]
    wizard = _open_wizard(qtbot, keyworker, tasks, person_id)
    _to_sections(qtbot, wizard)
    assert not wizard.without_button.isVisible()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2)
    assert not wizard.next_button.isVisible()
    assert not wizard.export_button.isVisible()
    qtbot.mouseClick(wizard.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.status.text() == "Saved as a draft.")
    [saved] = keyworker.referrals.drafts(person_id)
    wizard.reject()
    qtbot.wait(50)

    # Opening the wizard from her record again offers to continue that draft.
    again = ReferralWizard(keyworker, tasks, person_id)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.draft_picker.isVisible)
    assert "Harbour Lane Surgery" in again.draft_picker.combo.currentText()
    qtbot.mouseClick(again.draft_picker.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.pages.currentIndex() == 1)
    assert again.flow is not None and again.flow.draft_id == saved.id
    assert again.flow.answers["what-she-would-like"]["words"] == WISH
    assert not again.status.text()  # nothing changed in her agreement since
    again.reject()
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
    from ui.referral_wizard_forms import WithoutConsentDialog

    manager.users.add("riley", Role.MANAGER, "copper lantern meadow")  # type: ignore[attr-defined]
    person_id = _her(manager, make, "Mae", agreed=False)
    wizard = _open_wizard(qtbot, manager, tasks, person_id)
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
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3)
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


def _combo_to(combo: object, value: object) -> None:
    """Choose an entry as a person would pick it from the list."""
    index = combo.findData(str(value))  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def _without_consent_to_decision(qtbot: QtBot, wizard: ReferralWizard) -> None:
    from ui.referral_wizard_forms import WithoutConsentDialog

    wizard.kind_combo.setCurrentIndex(wizard.kind_combo.findData("gp"))
    qtbot.keyClicks(wizard.organisation_edit, "Harbour Lane Surgery")
    qtbot.keyClicks(wizard.role_edit, "Practice nurse")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 1)
    qtbot.mouseClick(wizard.without_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.findChildren(WithoutConsentDialog)))
    dialog = wizard.findChildren(WithoutConsentDialog)[0]
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.boxes[DataCategory.SAFE_CONTACT], Qt.Key.Key_Space)
    qtbot.keyClick(dialog.boxes[DataCategory.MENTAL_HEALTH], Qt.Key.Key_Space)
    assert dialog.boxes[DataCategory.MENTAL_HEALTH].isChecked()
    dialog.accept()
    qtbot.waitUntil(lambda: wizard.flow is not None and wizard.flow.without_consent is not None)
    rows = [wizard.sections.row_at(i) for i in range(wizard.sections.rowCount())]
    feeling = next(i for i, v in enumerate(rows) if v.section.id == "how-she-is-feeling")
    wizard.sections_table.selectRow(feeling)
    qtbot.keyClicks(next(iter(wizard.answer_edits.values())), "CANARY-FEELING very low")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2)
    assert "CANARY-FEELING" in wizard.preview_text.toPlainText()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3)


def test_without_her_agreement_the_manager_chooses_the_basis_and_all_is_recorded(
    qtbot: QtBot, manager: object, make: object, tasks: TaskRunner, tmp_path: Path
) -> None:
    """Basis (Art. 6 and 9), advice, channel and not telling her (with the reason) are kept."""
    from womenscentre.domain.sharing import (
        WITHOUT_CONSENT_DEFAULT,
        AdviceSource,
        Art6Basis,
        Art9Condition,
        Channel,
        ToldState,
    )

    manager.users.add("riley", Role.MANAGER, "copper lantern meadow")  # type: ignore[attr-defined]
    person_id = _her(manager, make, "Mae", agreed=False)
    wizard = _open_wizard(qtbot, manager, tasks, person_id)
    _without_consent_to_decision(qtbot, wizard)
    page = wizard.export_page
    basis = page.basis_box
    # It starts from the centre's basis for sharing without her agreement, and can be changed.
    assert basis.art6.isEnabled() and basis.art9.isEnabled()
    assert basis.art6.currentData() == WITHOUT_CONSENT_DEFAULT.art6.value
    assert basis.art9.currentData() == WITHOUT_CONSENT_DEFAULT.art9.value
    assert not basis.art10.isEnabled()  # nothing about the justice system is in this pack
    assert "(Article 6(1)(f))" in basis.art6.currentText()
    _combo_to(basis.art6, Art6Basis.VITAL_INTERESTS.value)
    _combo_to(basis.art9, Art9Condition.VITAL_INTERESTS.value)
    assert not basis.schedule1.isEnabled()  # 9(2)(c) needs no Schedule 1 condition
    qtbot.keyClick(page.advice_box.boxes[AdviceSource.CALDICOTT_GUARDIAN], Qt.Key.Key_Space)
    qtbot.keyClicks(page.advice_box.note, "Asked without naming her")
    _combo_to(page.channel_combo, Channel.SECURE_PORTAL.value)
    _combo_to(page.telling_box.state, ToldState.NOT_TOLD.value)
    out = tmp_path / "out"
    out.mkdir()
    wizard.folder_edit.setText(str(out))
    qtbot.keyClicks(wizard.rationale_edit, "Serious risk to her life; it was not safe to ask.")
    qtbot.keyClicks(wizard.passphrase_edit, MANAGER_PASSPHRASE)
    qtbot.keyClicks(wizard.second_name_edit, "riley")
    qtbot.keyClicks(wizard.second_passphrase_edit, "copper lantern meadow")
    qtbot.mouseClick(wizard.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "why she won't be told" in wizard.status.text())
    assert wizard.result is None and list(out.iterdir()) == []
    qtbot.keyClicks(page.telling_box.words, "Telling her would increase the risk to her.")
    qtbot.mouseClick(wizard.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None or "match" in wizard.status.text())
    assert wizard.result is not None, wizard.status.text()
    [decision] = manager.sharing.disclosures(person_id)  # type: ignore[attr-defined]
    assert decision.lawful_basis.art6 is Art6Basis.VITAL_INTERESTS
    assert decision.lawful_basis.art9 is Art9Condition.VITAL_INTERESTS
    assert decision.lawful_basis.art10 is None
    assert decision.advice_sought == (AdviceSource.CALDICOTT_GUARDIAN,)
    assert decision.advice_note == "Asked without naming her"
    assert decision.channel is Channel.SECURE_PORTAL
    assert decision.told_her.state is ToldState.NOT_TOLD
    assert decision.authorised_by is not None and decision.authorised_by != decision.decided_by
    wizard.reject()
    qtbot.wait(50)


def test_with_her_agreement_the_centre_basis_is_shown_not_chosen(
    qtbot: QtBot, manager: object, make: object, tasks: TaskRunner
) -> None:
    from womenscentre.domain.sharing import WITH_CONSENT_DEFAULT

    person_id = _her(manager, make, "Rosa")
    wizard = _open_wizard(qtbot, manager, tasks, person_id)
    _to_sections(qtbot, wizard)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 3)
    basis = wizard.export_page.basis_box
    assert not basis.art6.isEnabled()
    assert basis.art6.currentData() == WITH_CONSENT_DEFAULT.art6.value
    assert not wizard.second_name_edit.isEnabled()
    assert wizard.export_page.inputs().lawful_basis is None  # the core applies the policy
    wizard.reject()
    qtbot.wait(50)


def test_a_decision_not_to_share_is_recorded_and_shown_as_a_decision(
    qtbot: QtBot, manager: object, make: object, tasks: TaskRunner, tmp_path: Path
) -> None:
    """From step 2: reasons, whether she knows; nothing written; listed as a decision."""
    from ui.referral_wizard_forms import NotSharingDialog
    from womenscentre.domain.sharing import ToldState

    person_id = _her(manager, make, "Rosa")
    wizard = _open_wizard(qtbot, manager, tasks, person_id)
    _to_sections(qtbot, wizard)
    qtbot.mouseClick(wizard.not_sharing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.findChildren(NotSharingDialog)))
    dialog = wizard.findChildren(NotSharingDialog)[0]
    qtbot.waitExposed(dialog)
    assert "Practice nurse, Harbour Lane Surgery" in dialog.intro.text()
    qtbot.keyClicks(dialog.rationale, "No")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "won't be shared" in dialog.status.text()
    qtbot.keyClicks(dialog.rationale, "t needed now: she is already getting support there.")
    _combo_to(dialog.telling.state, ToldState.TOLD_BEFORE.value)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.not_shared is not None)
    assert wizard.status.text() == "Your decision not to share has been recorded. Nothing was sent."
    assert list(tmp_path.glob("**/*.pdf")) == []
    wizard.reject()
    qtbot.wait(50)
    [decision] = manager.sharing.disclosures(person_id)  # type: ignore[attr-defined]
    assert not decision.shared and decision.rationale.startswith("Not needed now")
    dialog = DisclosuresDialog(manager, tasks, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    tester = QAbstractItemModelTester(dialog.model, Mode.Fatal)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 1).data() == "Decided not to share"
    assert dialog.model.index(0, 4).data() == "Nothing was shared"
    assert tester is not None
    dialog.reject()
    qtbot.wait(50)


def test_a_saved_draft_reopens_from_her_history_with_consent_checked_again(
    qtbot: QtBot, manager: object, make: object, reopen: object, tasks: TaskRunner
) -> None:
    """A keyworker's draft; her agreement to share her number is withdrawn; a manager
    continues the pack from "Who has her information?" and that section is blocked."""
    from womenscentre.domain.consent import Withdrawal

    ash = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)  # type: ignore[attr-defined]
    person_id = _her(manager, make, "Priya", keyworker_id=ash.id)
    manager.lock()  # type: ignore[attr-defined]
    keyworker = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)  # type: ignore[operator]
    wizard = _open_wizard(qtbot, keyworker, tasks, person_id)
    _to_sections(qtbot, wizard)
    qtbot.mouseClick(wizard.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.status.text() == "Saved as a draft.")
    wizard.reject()
    qtbot.wait(50)
    keyworker.lock()
    morgan = reopen("morgan", MANAGER_PASSPHRASE)  # type: ignore[operator]
    [entry] = morgan.consent.ledger(person_id)
    morgan.consent.withdraw(
        entry.consent.id, Withdrawal(morgan.clock.now().date(), "Told her keyworker by phone")
    )
    dialog = DisclosuresDialog(morgan, tasks, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    tester = QAbstractItemModelTester(dialog.drafts, Mode.Fatal)
    qtbot.waitUntil(lambda: dialog.drafts.rowCount() == 1)
    assert dialog.continue_button.isVisible()
    assert "Harbour Lane Surgery" in dialog.drafts.index(0, 1).data()
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.wizard is not None and dialog.wizard.flow is not None)
    again = dialog.wizard
    assert again is not None and again.flow is not None
    qtbot.waitUntil(lambda: again.pages.currentIndex() == 1)
    assert "can't go now" in again.status.text()
    assert "She has withdrawn her agreement to share this." in again.status.text()
    assert again.flow.answers["what-she-would-like"]["words"] == WISH
    states = {again.sections.index(i, 2).data() for i in range(again.sections.rowCount())}
    assert "Withdrawn" in states and "Can go" not in states
    qtbot.mouseClick(again.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing that can be sent" in again.status.text())
    assert again.pages.currentIndex() == 1
    assert tester is not None
    again.reject()
    dialog.reject()
    qtbot.wait(50)


def test_the_centre_sharing_settings_are_chosen_checked_and_signed(
    qtbot: QtBot, manager: object, tasks: TaskRunner
) -> None:
    from ui.dialogs import run_dialog
    from ui.sharing_settings import SharingSettingsDialog
    from womenscentre.domain.sharing import Art6Basis, Art9Condition, Schedule1Condition

    current = manager.settings.get()  # type: ignore[attr-defined]
    dialog = SharingSettingsDialog(None, current)
    qtbot.addWidget(dialog)
    box = dialog.without_consent
    _combo_to(box.art9, Art9Condition.EXPLICIT_CONSENT.value)
    run_dialog(dialog, tasks, manager.settings.update)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "can't rest on her consent" in dialog.status.text()
    _combo_to(box.art6, Art6Basis.PUBLIC_TASK.value)
    _combo_to(box.art9, Art9Condition.SUBSTANTIAL_PUBLIC_INTEREST.value)
    assert box.schedule1.isEnabled()
    _combo_to(box.schedule1, Schedule1Condition.PREVENTING_UNLAWFUL_ACTS.value)
    _combo_to(box.art10, Schedule1Condition.PREVENTING_UNLAWFUL_ACTS.value)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    saved = manager.settings.get()  # type: ignore[attr-defined]
    assert not manager.settings.tampered  # type: ignore[attr-defined]
    assert saved.basis_without_consent.art6 is Art6Basis.PUBLIC_TASK
    assert saved.basis_without_consent.art9_schedule1 is Schedule1Condition.PREVENTING_UNLAWFUL_ACTS
    assert saved.basis_with_consent == current.basis_with_consent
