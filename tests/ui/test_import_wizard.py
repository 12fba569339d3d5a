"""The import wizard, driven through its real widgets: files, columns, dry run, import.

Every spreadsheet is made here, with invented women. The vault is compared row by row
(a hash of every table) before and after a dry run or a blocked import: nothing may change.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

import ui.import_wizard as import_wizard
from ui.import_wizard import COLUMNS_PAGE, DONE_PAGE, REPORT_PAGE, ImportWizard
from ui.main_window import MainWindow
from ui.messages import UNEXPECTED, Shown
from ui.models.import_report import Column, ImportReportModel
from womenscentre.imports.fields import Field
from womenscentre.imports.plan import ImportProblem

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton
Mode = QAbstractItemModelTester.FailureReportingMode

PEOPLE = (
    "Known as,Full name,DOB,Referred by\n"
    "Zoë,Zoë Example-Fictional,21/03/1990,GP\n"
    "Amira,,1985-07-02,self\n"
)
NOTES = (
    "Name,Date of birth,Session date,Notes\n"
    "Zoë,21/03/1990,01/02/2024,We talked about her housing plans.\n"
)


def vault_digest(database: Path) -> str:
    """One hash over every row of every table: equal means the vault is unchanged."""
    uri = database.absolute().as_uri() + "?mode=ro"
    digest = hashlib.sha256()
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            for text in sorted(repr(r) for r in connection.execute(f'SELECT * FROM "{table}"')):
                digest.update(text.encode())
    return digest.hexdigest()


def unnamed(widget: QWidget) -> list[str]:
    """Controls a screen reader could not name."""
    kinds = (QPushButton, QLineEdit, QTableView, QProgressBar, QListWidget, QComboBox)
    found = [w for w in widget.findChildren(QWidget) if isinstance(w, kinds)]
    return [type(w).__name__ for w in found if not w.accessibleName()]


def open_wizard(
    window: MainWindow, drive: object, monkeypatch: pytest.MonkeyPatch, files: list[Path]
) -> ImportWizard:
    """Unlock as the manager, press the wizard's keys, and add the files with Add files…"""
    drive.unlock_to_caseload(window, drive.manager, drive.manager_passphrase)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_M, CTRL_SHIFT)  # type: ignore[attr-defined]
    wizard = drive.dialog(ImportWizard)  # type: ignore[attr-defined]
    monkeypatch.setattr(import_wizard, "choose_files", lambda _parent: files)
    wizard.add_button.click()
    return wizard


StartWizard = Callable[..., tuple[MainWindow, ImportWizard]]


@pytest.fixture
def start_wizard(
    seeded: object, open_window: object, drive: object, monkeypatch: pytest.MonkeyPatch
) -> StartWizard:
    """Open the main window on the seeded vault, then the wizard with these files added."""

    def start(*files: Path) -> tuple[MainWindow, ImportWizard]:
        window = open_window()  # type: ignore[operator]
        return window, open_wizard(window, drive, monkeypatch, list(files))

    return start


def to_report(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == COLUMNS_PAGE)
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == REPORT_PAGE)


def report_rows(wizard: ImportWizard) -> list[tuple[str, str, str, str]]:
    model = wizard.report
    return [
        tuple(model.data(model.index(r, c)) for c in Column)  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def test_a_good_import_adds_the_people_and_their_notes(
    qtbot: QtBot,
    tmp_path: Path,
    start_wizard: StartWizard,
    drive: object,
    shown_messages: list[Shown],
) -> None:
    """A CSV people sheet and an XLSX notes sheet: checked first, then added, all of it."""
    people = tmp_path / "people.csv"
    people.write_text(PEOPLE, encoding="utf-8")
    notes = tmp_path / "sessions.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Date of birth", "Session date", "Notes", "Type"])
    sheet.append(["Amira", "1985-07-02", datetime(2024, 2, 5), "First meeting here.", "first"])
    book.save(notes)
    window, wizard = start_wizard(people, notes)
    QAbstractItemModelTester(wizard.report, Mode.Fatal)
    assert wizard.files() == [people, notes]
    assert unnamed(wizard) == []
    before = vault_digest(window.paths.database)

    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == COLUMNS_PAGE)
    mapping = wizard.columns.mapping()
    assert unnamed(wizard) == []
    assert mapping["knownas"] == Field.PREFERRED_NAME.value
    assert mapping["dob"] == mapping["dateofbirth"] == Field.DATE_OF_BIRTH.value
    assert mapping["notes"] == Field.NOTE.value
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == REPORT_PAGE)

    assert wizard.summary.text() == "Ready to add 2 women and 1 session note."
    assert wizard.report.rowCount() == 0 and wizard.import_button.isEnabled()
    assert vault_digest(window.paths.database) == before, "the dry run wrote nothing"
    qtbot.mouseClick(wizard.import_button, LEFT)
    # The worker's answer comes back through the event loop, so this is before it.
    assert wizard.busy.isVisibleTo(wizard) and not wizard.import_button.isEnabled()
    assert not wizard.close_button.isEnabled() and not wizard.back_button.isEnabled()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE_PAGE)
    assert not wizard.busy.isVisibleTo(wizard)
    assert wizard.done_note.text().startswith("Added 2 women and 1 session note")
    vault = window.vault
    names = {p.preferred_name: p.id for p in vault.people.visible()}
    assert {"Zoë", "Amira"} <= set(names)
    [note] = vault.notes.for_person(names["Amira"])
    assert note.imported_from == "sessions.xlsx"
    qtbot.waitUntil(lambda: window.caseload_model.rowCount() == len(names))
    qtbot.mouseClick(wizard.close_button, LEFT)
    drive.no_dialog(ImportWizard)  # type: ignore[attr-defined]
    assert [m for m in shown_messages if m.text == UNEXPECTED] == []


def test_a_column_can_be_matched_by_hand(
    qtbot: QtBot,
    tmp_path: Path,
    start_wizard: StartWizard,
) -> None:
    """A heading the app can't place is left out until the manager picks what it fills in."""
    sheet = tmp_path / "members.csv"
    sheet.write_text("Member,Born\nFreya,02/09/1979\n", encoding="utf-8")
    window, wizard = start_wizard(sheet)
    to_report(qtbot, wizard)
    assert not wizard.import_button.isEnabled()
    assert "no column for her preferred name" in report_rows(wizard)[0][Column.MESSAGE]

    qtbot.mouseClick(wizard.back_button, LEFT)
    assert wizard.columns.mapping() == {"member": "ignore", "born": "ignore"}
    box = wizard.columns.boxes["member"]
    box.setCurrentIndex(box.findText("Her preferred name"))
    wizard.columns.choose("Born", Field.DATE_OF_BIRTH)
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == REPORT_PAGE and wizard.plan is not None)
    assert wizard.import_button.isEnabled(), report_rows(wizard)
    qtbot.mouseClick(wizard.import_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE_PAGE)
    [freya] = [p for p in window.vault.people.visible() if p.preferred_name == "Freya"]
    assert window.vault.people.get(freya.id).details.date_of_birth.value == "1979-09-02"


def test_an_impossible_date_names_row_and_column_and_nothing_changes(
    qtbot: QtBot,
    tmp_path: Path,
    start_wizard: StartWizard,
) -> None:
    """31 February is shown by file, row and column; Import stays off; the vault is unchanged."""
    sheet = tmp_path / "people.csv"
    sheet.write_text(PEOPLE + "Bea,,31/02/1990,self\n", encoding="utf-8")
    window, wizard = start_wizard(sheet)
    before = vault_digest(window.paths.database)
    people_before = len(window.vault.people.visible())
    to_report(qtbot, wizard)
    [(file, row, column, message)] = report_rows(wizard)
    assert (file, row, column) == ("people.csv", "4", "'DOB' (C)")
    assert message.startswith("The date of birth isn't a real date")
    assert "31/02/1990" not in message and "Bea" not in message
    assert wizard.summary.text().startswith("These files would add 2 women")
    assert wizard.problems_table.isVisibleTo(wizard)
    assert not wizard.import_button.isEnabled()
    qtbot.mouseClick(wizard.import_button, LEFT)  # a disabled button does nothing
    qtbot.wait(50)
    assert wizard.pages.currentIndex() == REPORT_PAGE
    assert vault_digest(window.paths.database) == before
    assert len(window.vault.people.visible()) == people_before

    sheet.write_text(PEOPLE + "Bea,,28/02/1990,self\n", encoding="utf-8")  # put right
    wizard.plan = None
    qtbot.mouseClick(wizard.check_button, LEFT)
    qtbot.waitUntil(lambda: wizard.plan is not None)
    assert wizard.report.rowCount() == 0 and wizard.import_button.isEnabled()
    assert wizard.summary.text() == "Ready to add 3 women and 0 session notes."


def test_a_file_changed_after_the_check_is_not_imported(
    qtbot: QtBot,
    tmp_path: Path,
    start_wizard: StartWizard,
) -> None:
    """Import goes in exactly as checked or not at all: an edited file means check again."""
    sheet = tmp_path / "people.csv"
    sheet.write_text(PEOPLE, encoding="utf-8")
    window, wizard = start_wizard(sheet)
    to_report(qtbot, wizard)
    assert wizard.import_button.isEnabled()
    before = vault_digest(window.paths.database)
    sheet.write_text(PEOPLE + "Bea,,31/02/1990,self\n", encoding="utf-8")
    qtbot.mouseClick(wizard.import_button, LEFT)
    qtbot.waitUntil(lambda: "has changed since it was checked" in wizard.status.text())
    assert wizard.pages.currentIndex() == REPORT_PAGE
    assert wizard.check_button.isEnabled() and wizard.back_button.isEnabled()
    assert not wizard.import_button.isEnabled(), "it waits for the files to be checked again"
    assert vault_digest(window.paths.database) == before


def test_a_formula_cell_is_turned_away_kindly(
    qtbot: QtBot,
    tmp_path: Path,
    start_wizard: StartWizard,
) -> None:
    """A formula in a workbook is named by row and column, with how to replace it."""
    workbook = tmp_path / "people.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Known as", "DOB"])
    sheet.append(["Hana", "=DATE(1990,3,21)"])
    book.save(workbook)
    window, wizard = start_wizard(workbook)
    before = vault_digest(window.paths.database)
    to_report(qtbot, wizard)
    [(file, row, column, message)] = report_rows(wizard)
    assert (file, row, column) == ("people.xlsx", "2", "'DOB' (B)")
    assert "holds a formula" in message and "Paste Special > Values" in message
    assert not wizard.import_button.isEnabled()
    assert vault_digest(window.paths.database) == before


def test_a_file_in_another_encoding_gets_a_kind_message(
    qtbot: QtBot,
    tmp_path: Path,
    start_wizard: StartWizard,
    shown_messages: list[Shown],
) -> None:
    """Latin-1 bytes are not guessed at: the report says how to save the file as CSV UTF-8."""
    sheet = tmp_path / "old.csv"
    sheet.write_bytes("Known as,DOB\nZoë,21/03/1990\n".encode("latin-1"))
    window, wizard = start_wizard(sheet)
    before = vault_digest(window.paths.database)
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == COLUMNS_PAGE)
    assert wizard.columns.boxes == {}  # nothing could be read, so nothing to match
    qtbot.mouseClick(wizard.next_button, LEFT)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == REPORT_PAGE)
    [(file, row, column, message)] = report_rows(wizard)
    assert (file, row, column) == ("old.csv", "Whole file", "—")
    assert "isn't UTF-8 text" in message and "CSV UTF-8" in message
    assert not wizard.import_button.isEnabled()
    assert vault_digest(window.paths.database) == before
    assert shown_messages == []


def test_the_import_keys_are_for_managers_only(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """A keyworker pressing the keys opens nothing; the menu item is off for her."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    assert not window.menu_actions.import_spreadsheet.isEnabled()
    drive.press(window, Qt.Key.Key_M, CTRL_SHIFT)  # type: ignore[attr-defined]
    qtbot.wait(50)
    assert not [w for w in window.findChildren(ImportWizard) if w.isVisible()]


def test_the_wizard_closes_and_forgets_as_the_vault_locks(
    qtbot: QtBot,
    tmp_path: Path,
    start_wizard: StartWizard,
    drive: object,
) -> None:
    """Locking closes the wizard and empties its report."""
    sheet = tmp_path / "people.csv"
    sheet.write_text(PEOPLE + "Bea,,31/02/1990,self\n", encoding="utf-8")
    window, wizard = start_wizard(sheet)
    to_report(qtbot, wizard)
    report = wizard.report
    assert report.rowCount() == 1
    window.lock_now()
    assert report.rowCount() == 0 and wizard.plan is None
    drive.no_dialog(ImportWizard)  # type: ignore[attr-defined]


def test_the_report_model_passes_the_model_tester(qtbot: QtBot) -> None:
    """Empty, filled, and cleared, the report keeps Qt's model rules."""
    model = ImportReportModel()
    QAbstractItemModelTester(model, Mode.Fatal)
    model.set_rows(
        [
            ImportProblem("a.csv", 3, "'DOB' (C)", "the date of birth isn't a real date."),
            ImportProblem("b.csv", None, None, "This file is empty."),
        ]
    )
    assert model.data(model.index(0, Column.MESSAGE)) == "The date of birth isn't a real date."
    assert model.data(model.index(1, Column.ROW)) == "Whole file"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "What to change"
    model.clear()
    assert model.rowCount() == 0


def test_the_import_shows_a_real_percentage_that_reaches_100(
    qtbot: QtBot,
    tmp_path: Path,
    start_wizard: StartWizard,
) -> None:
    """The bar counts records as the core seals them, and says 100% once they are saved."""
    rows = "".join(f"Woman {n},01/01/1990,01/02/2024,Note {n}\n" for n in range(150))
    sheet = tmp_path / "many.csv"
    sheet.write_text("Name,DOB,Date,Note\n" + rows, encoding="utf-8")
    _window, wizard = start_wizard(sheet)
    to_report(qtbot, wizard)
    assert wizard.busy.maximum() == 0, "checking only says something is happening"
    seen: list[int] = []
    words: list[str] = []
    wizard.busy.valueChanged.connect(seen.append)
    wizard.busy.valueChanged.connect(lambda _v: words.append(wizard.status.text()))
    qtbot.mouseClick(wizard.import_button, LEFT)
    assert wizard.busy.maximum() == 100 and wizard.busy.isTextVisible()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == DONE_PAGE, timeout=30000)
    assert seen and seen[-1] == 100 and seen == sorted(seen)
    assert [v for v in seen if 0 < v < 100], "it moved through the percentages"
    assert "100% done" in words[-1]
    assert wizard.outcome is not None and wizard.outcome.women_added == 150
    assert not wizard.busy.isVisibleTo(wizard)
