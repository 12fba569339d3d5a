"""Search: ready in the background after unlock, results as she types, opens what she picks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.models.search import Column
from ui.search_view import GETTING_READY, NOTHING_FOUND, SearchPage

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
BODY = "She talked about the allotment and the tomatoes she is growing."


@pytest.fixture
def with_note(seeded: object, reopen: object, make: object, drive: object) -> str:
    """A final note about Rosa, written by ash before the window opens; returns its id."""
    vault = reopen(drive.keyworker, drive.keyworker_passphrase)  # type: ignore[operator, attr-defined]
    rosa = seeded.person_ids["Rosa Canarywood"]  # type: ignore[attr-defined]
    [case] = vault.cases.for_person(rosa)
    note = vault.notes.start(case.id, make.note(BODY))  # type: ignore[attr-defined]
    vault.notes.finalise(note.id, expected_version=note.version)
    vault.lock()
    return note.id


def shown(page: SearchPage) -> list[tuple[str, str]]:
    model = page.results.model()
    return [
        (model.data(model.index(r, Column.NAME)), model.data(model.index(r, Column.FOUND)))
        for r in range(model.rowCount())
    ]


def open_search(qtbot: QtBot, window: MainWindow, drive: object) -> SearchPage:
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_K, CTRL)  # type: ignore[attr-defined]
    page = window.workspace.search_page
    assert page is not None and page.search_edit.hasFocus()
    qtbot.waitUntil(lambda: window.workspace.search_ready)
    return page


def test_results_as_she_types_then_open_the_note(
    qtbot: QtBot, with_note: str, open_window: object, drive: object
) -> None:
    """Typing narrows the results; Return opens her record and the note that matched."""
    window = open_window()  # type: ignore[operator]
    page = open_search(qtbot, window, drive)
    qtbot.keyClicks(page.search_edit, "tomat")
    qtbot.waitUntil(lambda: len(shown(page)) == 1)
    [(name, found)] = shown(page)
    assert name == "Rosa Canarywood"
    assert "tomatoes" in found
    qtbot.keyClicks(page.search_edit, "zzz")
    qtbot.waitUntil(lambda: page.status.text() == NOTHING_FOUND)
    assert shown(page) == []
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "allotment")
    qtbot.waitUntil(lambda: len(shown(page)) == 1)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    records = window.workspace.records
    qtbot.waitUntil(lambda: records.editor is not None)
    assert records.record.person.preferred_name == "Rosa Canarywood"
    assert records.editor.state.note.id == with_note
    assert records.editor.body.toPlainText() == BODY


def test_names_are_found_and_ctrl_shift_f_opens_search_too(
    qtbot: QtBot, seeded: object, open_window: object, drive: object
) -> None:
    """Her name is found by its first letters; only her own caseload is searched."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    drive.press(window, Qt.Key.Key_F, CTRL_SHIFT)  # type: ignore[attr-defined]
    page = window.workspace.search_page
    qtbot.waitUntil(lambda: window.workspace.search_ready)
    qtbot.keyClicks(page.search_edit, "pri")
    qtbot.waitUntil(lambda: shown(page) == [("Priya", "Her name")])
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, drive.manager_only)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.status.text() == NOTHING_FOUND)


def test_getting_ready_is_shown_while_the_index_builds(
    qtbot: QtBot, seeded: object, open_window: object, drive: object, monkeypatch: object
) -> None:
    """While the index is built the app is usable and says "Getting search ready…"."""
    import threading

    from womenscentre.services.search import IndexBuild

    # The app builds step by step on its worker (IndexBuild.step); each step waits here
    # until the test has looked, so the build can't finish before anyone sees it is going.
    release = threading.Event()
    real_step = IndexBuild.step

    def slow_step(self: IndexBuild) -> bool:
        release.wait(5)
        return real_step(self)

    monkeypatch.setattr(IndexBuild, "step", slow_step)  # type: ignore[attr-defined]
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.search_note.isVisible())
    assert workspace.search_note.text() == GETTING_READY
    drive.press(window, Qt.Key.Key_K, CTRL)  # type: ignore[attr-defined]
    page = workspace.search_page
    assert page.status.text() == GETTING_READY
    assert page.preparing.isVisible()
    qtbot.keyClicks(page.search_edit, "pri")  # typed while it is getting ready
    release.set()
    qtbot.waitUntil(lambda: shown(page) == [("Priya", "Her name")])
    qtbot.waitUntil(lambda: workspace.search_ready)
    assert not workspace.search_note.isVisible()
    assert not page.preparing.isVisible()


def test_the_index_is_sealed_for_the_next_unlock_and_used_by_it(
    qtbot: QtBot, with_note: str, open_window: object, drive: object
) -> None:
    """Once search is ready its index is sealed away; after lock and unlock search starts
    from that snapshot, with no plaintext of the note in it, and still finds the note."""
    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.search_ready)
    vault = workspace.desk.vault
    folder = vault.paths.sealed_caches
    snapshot = folder / f"{vault.user.id}.search"
    qtbot.waitUntil(snapshot.exists)
    assert b"tomatoes" not in snapshot.read_bytes()
    assert not workspace._search_build.from_snapshot
    drive.press(window, Qt.Key.Key_L, CTRL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace is None)
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.search_ready)
    assert workspace._search_build.from_snapshot
    drive.press(window, Qt.Key.Key_K, CTRL)  # type: ignore[attr-defined]
    qtbot.keyClicks(workspace.search_page.search_edit, "tomat")
    qtbot.waitUntil(lambda: len(shown(workspace.search_page)) == 1)
