"""Her subject access pack and erasure, driven from her record through the real dialogs."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

import ui.subject_access_view as subject_access_view
from ui.record_sections import RecordSections
from ui.retention_view import CertificateDialog
from ui.subject_access_view import ErasureDialog, SubjectAccessDialog

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NOTE = "CANARY-UINOTE-31f0 We planned the week together."
TRUSTED = "CANARY-UITRUSTED-8c2d"
REASON = "She asked in writing for her record to be erased; checked with the lead."


@pytest.fixture
def mae(seeded: object, reopen: object, make: object) -> str:
    """Mae (on the manager's caseload) with a finalised note and someone she trusts."""
    from womenscentre.domain.plans import EntryKind

    mae_id = seeded.person_ids["Mae"]  # type: ignore[attr-defined]
    manager = reopen("morgan", "plum kettle harbour")  # type: ignore[operator]
    [case] = manager.cases.for_person(mae_id)
    note = manager.notes.start(case.id, make.note(NOTE))  # type: ignore[attr-defined]
    manager.notes.finalise(note.id, expected_version=note.version)
    manager.plans.add_to_support_list(mae_id, EntryKind.PERSON, TRUSTED)
    manager.lock()
    return str(mae_id)


def sections_for(view: QWidget) -> RecordSections:
    found = view.findChildren(RecordSections)
    assert len(found) == 1
    return found[0]


def pdf_text(data: bytes) -> str:
    raw = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return "".join(unicodedata.normalize("NFKC", raw).split())


def test_a_manager_makes_her_pack_into_a_chosen_folder(
    qtbot: QtBot,
    mae: str,
    open_window: object,
    drive: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Folder chosen, pack made on the worker: a real PDF and JSON holding her record."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    view = drive.open_person(window, "Mae")  # type: ignore[attr-defined]
    assert sections_for(view).subject_access_action.isVisible()
    drive.press(window, Qt.Key.Key_J, CTRL_SHIFT)  # type: ignore[attr-defined]
    dialog = drive.dialog(SubjectAccessDialog)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "choose a folder" in dialog.status.text()
    out = tmp_path / "pack"
    out.mkdir()
    monkeypatch.setattr(subject_access_view, "choose_folder", lambda parent, start: out)
    qtbot.mouseClick(dialog.choose_button, LEFT)
    assert dialog.folder_edit.text() == str(out)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=20000)
    assert "Saved:" in dialog.status.text() and "check them" in dialog.status.text()
    files = sorted(out.iterdir())
    assert [p.suffix for p in files] == [".json", ".pdf"]
    text = pdf_text(files[1].read_bytes())
    assert "".join(NOTE.split()) in text and TRUSTED in text
    assert "Checkbeforerelease" in text
    pack = json.loads(files[0].read_text(encoding="utf-8"))
    flagged = [
        f
        for s in pack["sections"]
        for i in s["items"]
        for f in i["fields"]
        if TRUSTED in f["value"]
    ]
    assert flagged and all(f["check_before_release"] for f in flagged)
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, QPushButton | QLineEdit)]
    assert [w for w in controls if not w.accessibleName()] == []


def test_keyworkers_do_not_see_the_managers_actions(
    mae: str, open_window: object, drive: object
) -> None:
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    view = drive.open_person(window, "Priya")  # type: ignore[attr-defined]
    sections = sections_for(view)
    for action in (sections.subject_access_action, sections.erase_action):
        assert not action.isVisible() and not action.isEnabled()


def test_erasure_says_why_not_then_erases_with_the_word_typed(
    qtbot: QtBot, mae: str, open_window: object, drive: object
) -> None:
    """Open case: the reason is shown and nothing can be sent. Closed: erased, certificate."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    view = drive.open_person(window, "Mae")  # type: ignore[attr-defined]
    sections = sections_for(view)
    sections.erase_action.trigger()
    dialog = drive.dialog(ErasureDialog)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "close her case" in dialog.status.text())
    assert not dialog.ok_button.isEnabled() and not dialog.reason_edit.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    drive.no_dialog(ErasureDialog)  # type: ignore[attr-defined]

    vault = window.vault
    window.workspace.filter_edit.clear()  # the whole caseload, not only the name typed
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() == 3)
    before = window.caseload_model.rowCount()
    [case] = vault.cases.for_person(mae)
    vault.cases.close_case(case.id, closing_summary="Support ended well.")
    sections.erase_action.trigger()
    dialog = drive.dialog(ErasureDialog)  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    qtbot.keyClicks(dialog.reason_edit, REASON)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert "type the word erase" in dialog.status.text()
    qtbot.keyClicks(dialog.confirm_edit, "erase")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    certificate = drive.dialog(CertificateDialog)  # type: ignore[attr-defined]
    text = certificate.text_view.toPlainText()
    assert "her request for erasure" in text and mae in text and NOTE not in text
    assert mae not in {p.id for p in vault.people.visible()}
    # Her record's view is dropped and destroyed; the certificate, the window's, stays open.
    records = window.workspace.records
    assert records.person_view is None and records.record is None
    qtbot.waitUntil(lambda: not isValid(view))
    assert isValid(certificate) and certificate.isVisible()
    assert window.workspace.current_view() is window.workspace.caseload_panel
    assert window.models.timeline.rowCount() == 0
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() == before - 1)  # Mae has gone
    model = window.caseload_model
    listed = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Mae" not in listed and all(listed)
