"""Documents and evidence on her record: the list, adding, the in-app viewer, save and delete."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import pytest
from pypdf import PdfWriter
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from ui import attachments_add, attachments_list, messages
from ui.attachments_add import AddAttachmentDialog
from ui.attachments_list import DELETE_QUESTION, SAVE_WARNING, AttachmentsTab
from ui.attachments_viewer import AttachmentViewer
from ui.models.attachments import AttachmentsModel
from ui.tasks import TaskRunner
from womenscentre.domain.attachments import AttachedTo, Attachment, ViewKind
from womenscentre.domain.consent import DataCategory

Mode = QAbstractItemModelTester.FailureReportingMode


def _png(width: int = 4, height: int = 3) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([10, 160, 90]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _pdf(pages: int = 2) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 300)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _tab(qtbot: QtBot, manager: object, tasks: TaskRunner, person_id: str) -> AttachmentsTab:
    tab = AttachmentsTab(manager, tasks, person_id)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _attachment(name: str, kind: ViewKind, at: str) -> Attachment:
    return Attachment(
        "id-" + name,
        "p1",
        AttachedTo.PERSON,
        "p1",
        name,
        "x",
        kind,
        2048,
        "ab" * 32,
        "u1",
        "morgan",
        at,
    )


def test_attachments_model_keeps_qt_rules(qtbot: QtBot) -> None:
    model = AttachmentsModel()
    tester = QAbstractItemModelTester(model, Mode.Fatal)
    model.set_rows(
        [
            _attachment("order.pdf", ViewKind.PDF, "2026-03-02T10:00Z"),
            _attachment("photo.png", ViewKind.IMAGE, "2026-03-01T10:00Z"),
            _attachment("voice.m4a", ViewKind.OTHER, "2026-02-01T10:00Z"),
        ]
    )
    assert model.index(0, AttachmentsModel.NAME).data() == "order.pdf"
    assert model.index(1, AttachmentsModel.KIND).data() == "Photo or scan"
    assert model.index(2, AttachmentsModel.SIZE).data() == "2 KB"
    assert model.index(0, AttachmentsModel.ADDED).data() == "2 Mar 2026"
    model.clear()
    assert model.rowCount() == 0
    del tester


def test_add_by_picker_then_view_an_image_in_the_app(
    qtbot: QtBot,
    drive: object,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "bruise-photo.png"
    source.write_bytes(_png())
    monkeypatch.setattr(attachments_add, "choose_file_to_add", lambda _parent: source)
    tab = _tab(qtbot, manager, tasks, person_id)
    qtbot.waitUntil(lambda: tab.empty.isVisible())
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = drive.dialog(AddAttachmentDialog)  # type: ignore[attr-defined]
    assert dialog.target_combo.currentText() == "Her record"
    qtbot.keyClicks(dialog.note_edit, "Taken the morning after, at my sister's")
    assert dialog.category() is None  # not for referrals unless chosen
    dialog.category_combo.setCurrentIndex(
        dialog.category_combo.findData(DataCategory.ABUSE_HISTORY_AND_RISK)
    )
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    added = tab.model.row_at(0)
    assert added.note == "Taken the morning after, at my sister's"
    assert added.category is DataCategory.ABUSE_HISTORY_AND_RISK
    assert added.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert tab.view_button.isEnabled()
    qtbot.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
    viewer = drive.dialog(AttachmentViewer)  # type: ignore[attr-defined]
    pixmap = viewer.picture.pixmap()
    assert not pixmap.isNull() and (pixmap.width(), pixmap.height()) == (4, 3)
    assert added.sha256 in viewer.details.text()
    assert "at my sister's" in viewer.details.text()
    assert not viewer.previous_button.isVisible()
    tab.wipe()
    assert tab.model.rowCount() == 0


def test_the_viewer_shows_a_pdf_page_by_page(qtbot: QtBot, tmp_path: Path) -> None:
    attachment = _attachment("letter.pdf", ViewKind.PDF, "2026-03-02T10:00Z")
    viewer = AttachmentViewer(attachment, _pdf(pages=2))
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.page_count == 2
    assert viewer.page_label.text() == "Page 1 of 2"
    first = viewer.picture.pixmap()
    assert not first.isNull() and first.width() == 300  # 200 points at scale 1.5
    assert not viewer.previous_button.isEnabled() and viewer.next_button.isEnabled()
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert viewer.page_label.text() == "Page 2 of 2" and not viewer.next_button.isEnabled()
    viewer.wipe()
    assert viewer.picture.pixmap().isNull()


def test_a_damaged_pdf_gets_a_kind_note_not_a_crash(qtbot: QtBot) -> None:
    attachment = _attachment("broken.pdf", ViewKind.PDF, "2026-03-02T10:00Z")
    viewer = AttachmentViewer(attachment, b"%PDF-1.4 not really")
    qtbot.addWidget(viewer)
    viewer.show()
    assert viewer.problem.isVisible() and "saved to a place you choose" in viewer.problem.text()


def test_dropping_a_file_adds_it_and_other_files_save_out_only_after_a_warning(
    qtbot: QtBot,
    drive: object,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[messages.Shown],
) -> None:
    source = tmp_path / "voicemail.m4a"
    source.write_bytes(b"\x00\x00\x00 ftypM4A not a picture")
    tab = _tab(qtbot, manager, tasks, person_id)
    qtbot.waitUntil(lambda: tab.empty.isVisible())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt only routes a drop through the event loop during a real drag, so the handler is
    # given the real event directly, as the drag machinery would.
    tab.dropEvent(drop)
    assert drop.isAccepted()
    dialog = drive.dialog(AddAttachmentDialog)  # type: ignore[attr-defined]
    assert dialog.source == source
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not tab.view_button.isEnabled()  # not a picture or PDF: save only

    target = tmp_path / "for-solicitor" / "voicemail.m4a"
    target.parent.mkdir()
    monkeypatch.setattr(attachments_list, "choose_save_path", lambda _p, _s: target)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists())
    assert shown_messages[-1].text == SAVE_WARNING
    assert target.read_bytes() == source.read_bytes()
    qtbot.waitUntil(lambda: "SHA-256 matches" in tab.status.text())


def test_saving_is_skipped_when_the_warning_is_declined(
    qtbot: QtBot,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "notes.docx"
    source.write_bytes(b"PK\x03\x04 a document")
    manager.attachments.add(person_id, source)  # type: ignore[attr-defined]
    tab = _tab(qtbot, manager, tasks, person_id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    asked: list[str] = []
    monkeypatch.setattr(attachments_list, "choose_save_path", lambda _p, _s: asked.append("x"))
    previous = messages.set_hook(lambda shown: False)
    try:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    finally:
        messages.set_hook(previous)
    assert asked == []


def test_delete_asks_first_then_removes_the_file(
    qtbot: QtBot,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    tmp_path: Path,
    shown_messages: list[messages.Shown],
) -> None:
    source = tmp_path / "letter.pdf"
    source.write_bytes(_pdf(1))
    manager.attachments.add(person_id, source)  # type: ignore[attr-defined]
    tab = _tab(qtbot, manager, tasks, person_id)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert shown_messages[-1].text == DELETE_QUESTION
    assert manager.attachments.for_person(person_id) == []  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tab.empty.isVisible())


def test_a_file_over_the_limit_gets_the_kind_message_in_the_form(
    qtbot: QtBot,
    drive: object,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    tmp_path: Path,
) -> None:
    from womenscentre.domain.attachments import MAX_ATTACHMENT_BYTES

    big = tmp_path / "film.mp4"
    with open(big, "wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    tab = _tab(qtbot, manager, tasks, person_id)
    qtbot.waitUntil(lambda: tab.empty.isVisible())
    dialog = tab.add_file(big)
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "250 MB" in dialog.status.text())
    assert dialog.isVisible()
    assert manager.attachments.for_person(person_id) == []  # type: ignore[attr-defined]


def test_her_record_gains_the_documents_tab_from_its_action(
    qtbot: QtBot,
    drive: object,
    seeded: object,
    open_window: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+Shift+E adds a file; "Documents and evidence" joins her record once it has one."""
    from ui.record_sections import RecordSections

    source = tmp_path / "court-letter.pdf"
    source.write_bytes(_pdf(1))
    monkeypatch.setattr(attachments_add, "choose_file_to_add", lambda _parent: source)
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    view = drive.open_person(window, drive.ash_women[0])  # type: ignore[attr-defined]
    sections = view.findChildren(RecordSections)[0]  # type: ignore[attr-defined]
    titles = lambda: [view.tabs.tabText(i) for i in range(view.tabs.count())]  # type: ignore[attr-defined]  # noqa: E731
    qtbot.wait(100)
    assert "&Documents and evidence" not in titles()
    assert sections.add_file_action.shortcut().toString() == "Ctrl+Shift+E"
    view.setFocus()  # type: ignore[attr-defined]
    drive.press(  # type: ignore[attr-defined]
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = drive.dialog(AddAttachmentDialog)  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "&Documents and evidence" in titles())
    assert sections.attachments.model.rowCount() == 1
    sections.wipe()
    assert sections.attachments.model.rowCount() == 0
    qtbot.wait(50)


def test_a_signed_consent_form_can_be_kept_with_what_she_agreed(
    qtbot: QtBot,
    drive: object,
    manager: object,
    person_id: str,
    tasks: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Her consent records are offered as a place for the file, and it's kept with the entry."""
    from datetime import date, timedelta

    from womenscentre.domain.consent import (
        ConsentToShare,
        Direction,
        Purpose,
        Recipient,
        RecipientKind,
    )

    today = date.today()
    entry = manager.consent.record(  # type: ignore[attr-defined]
        person_id,
        ConsentToShare(
            "",
            0,
            frozenset({DataCategory.SESSION_SUMMARY}),
            (Recipient(RecipientKind.GP, "Harbour Lane Surgery", "Practice nurse"),),
            frozenset({Purpose.REFERRAL}),
            Direction.WE_SEND,
            "Written",
            "Privacy notice v1",
            True,
            False,
            today - timedelta(days=1),
            today + timedelta(days=90),
            today + timedelta(days=180),
        ),
    )
    source = tmp_path / "signed-form.pdf"
    source.write_bytes(_pdf(1))
    monkeypatch.setattr(attachments_add, "choose_file_to_add", lambda _parent: source)
    tab = _tab(qtbot, manager, tasks, person_id)
    qtbot.waitUntil(lambda: tab.empty.isVisible())
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = drive.dialog(AddAttachmentDialog)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog.target_combo.count() > 1)
    texts = [dialog.target_combo.itemText(i) for i in range(dialog.target_combo.count())]
    [consent_text] = [t for t in texts if t.startswith("What she agreed")]
    dialog.target_combo.setCurrentIndex(texts.index(consent_text))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    added = tab.model.row_at(0)
    assert added.attached_to is AttachedTo.CONSENT and added.record_id == entry.chain_id
