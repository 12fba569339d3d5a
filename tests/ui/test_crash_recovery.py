"""Kill the app with a draft half-written; the next unlock offers it back, every word there.

The app runs in a child process (offscreen Qt), driven through its real widgets: unlock, open
her record, start a note, type. Once the editor says the draft is saved, the child prints a
line and waits; the test kills it with SIGKILL, so no lock, no goodbye and no flush happen.
Then the test unlocks in its own window and checks the draft is offered back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import ui
import womenscentre
from ui.messages import Kind, Shown

TYPED = "She said the new lock on the door helps her sleep. Follow up on Thursday."

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui import messages
    from ui.main_window import MainWindow
    from womenscentre.paths import VaultPaths

    root, name, passphrase, typed = sys.argv[1:5]
    app = QApplication([])
    messages.set_hook(lambda shown: False)  # "Not now" to anything asked
    window = MainWindow(VaultPaths.for_dir(Path(root)), autosave_ms=100, watch_session=False)
    window.show()


    def wait_for(check, then):
        def poll():
            if check():
                then()
            else:
                QTimer.singleShot(20, poll)

        poll()


    def unlock():
        page = window.unlock_page
        QTest.keyClicks(page.name_edit, name)
        QTest.keyClicks(page.passphrase_edit, passphrase)
        QTest.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
        wait_for(
            lambda: window.workspace is not None and window.caseload.rowCount() > 0,
            open_her_record,
        )


    def open_her_record():
        table = window.workspace.table
        table.setFocus()
        table.selectRow(0)
        QTest.keyClick(table, Qt.Key.Key_Return)
        wait_for(lambda: window.workspace.records.person_view is not None, new_note)


    def new_note():
        view = window.workspace.records.person_view
        QTest.keyClick(view.timeline_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        wait_for(lambda: window.workspace.records.editor is not None, type_it)


    def type_it():
        editor = window.workspace.records.editor
        QTest.keyClicks(editor.body, typed)
        wait_for(lambda: editor.state.note is not None and not editor.dirty, saved)


    def saved():
        print("SAVED", flush=True)


    QTimer.singleShot(0, unlock)
    app.exec()
    """
)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    roots = {str(Path(m.__file__).resolve().parent.parent) for m in (womenscentre, ui)}
    env["PYTHONPATH"] = os.pathsep.join([*sorted(roots), env.get("PYTHONPATH", "")])
    return env


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_killed_mid_note_the_draft_is_offered_back(
    qtbot: QtBot,
    seeded: object,
    vault_paths: object,
    open_window: object,
    drive: object,
    shown_messages: list[Shown],
    tmp_path: Path,
) -> None:
    """kill -9 after the autosave: the next unlock offers the draft, with every typed word."""
    script = tmp_path / "child_app.py"
    script.write_text(CHILD, encoding="utf-8")
    args = [
        sys.executable,
        str(script),
        str(vault_paths.root),  # type: ignore[attr-defined]
        drive.keyworker,  # type: ignore[attr-defined]
        drive.keyworker_passphrase,  # type: ignore[attr-defined]
        TYPED,
    ]
    child = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_child_env(), text=True
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "SAVED", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    window = open_window()  # type: ignore[operator]
    drive.unlock_to_caseload(window)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.workspace.records.editor is not None)
    offers = [m for m in shown_messages if m.kind is Kind.QUESTION]
    assert offers and offers[-1].text.startswith("You have an unfinished note from")
    assert offers[-1].text.endswith("Carry on with it?")
    editor = window.workspace.records.editor
    assert editor.body.toPlainText() == TYPED
    assert editor.state.note is not None
