"""The unlock window shows without importing the database layer or the workspace.

Cold start is budgeted against a bare PySide6 window (issue #9), so everything the unlock
page doesn't need is imported when first used: at unlock (on the worker) or when a menu
item opens it. A fresh process proves it, as the lint command's start-up test does.
"""

from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import ui

REPO = Path(ui.__file__).resolve().parent.parent
#: Imported only once someone unlocks, restores or opens a manager's tool.
LATER = (
    "sqlalchemy",
    "alembic",
    "womenscentre.services.backup",
    "womenscentre.services.lifecycle",
    "womenscentre.services.unlocked",
    "womenscentre.demo",
    "ui.backup_view",
    "ui.workspace",
    "ui.record_menu",
)


def _start(tmp_path: Path, *, restore: bool = False) -> list[str]:
    """Show the app's window on an existing vault's unlock page; list what was imported."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from ui.app import make_application\n"
        "from ui.main_window import MainWindow\n"
        "from womenscentre.paths import VaultPaths\n"
        "app = make_application()\n"
        f"window = MainWindow(VaultPaths.for_dir(Path({str(tmp_path)!r})), watch_session=False)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "assert window.current_page() is window.unlock_page\n"
        + ("window.backups\n" if restore else "")
        + f"print(sorted(m for m in sys.modules if m.startswith({LATER!r})))\n"
        "window.shutdown()\n"
    )
    return list(_last_line_of(code))


def _last_line_of(code: str) -> object:
    """Run ``code`` in a fresh offscreen process; the value its last line printed."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])


def test_the_unlock_window_imports_no_database_layer_or_workspace(tmp_path: Path) -> None:
    (tmp_path / "vault.sqlite3").write_bytes(b"")  # only its presence matters here
    assert _start(tmp_path) == []


def test_the_restore_desk_is_made_on_demand_with_what_it_needs(tmp_path: Path) -> None:
    """Asking for the backups desk before unlock (Restore from a backup…) imports it then."""
    (tmp_path / "vault.sqlite3").write_bytes(b"")
    imported = _start(tmp_path, restore=True)
    assert "ui.backup_view" in imported and "womenscentre.services.backup" in imported


def test_every_managers_tool_named_for_later_import_exists() -> None:
    """The menu opens each tool by module and function name: each must resolve."""
    from ui.window_chrome import MANAGER_TOOLS

    for module, opener in MANAGER_TOOLS.values():
        assert callable(getattr(importlib.import_module(module), opener)), (module, opener)


#: Made after the unlock form is first drawn, with the menus and watchers (ui/window_chrome).
AFTER_FIRST_DRAW = (
    "ui.menus",
    "ui.autolock",
    "ui.clipboard",
    "ui.privacy",
    "PySide6.QtDBus",
    "concurrent.futures",
    "cryptography",
)
FIRST_DRAW_PROBE = """
import sys
from pathlib import Path
import PySide6.QtCore
from ui.app import make_application
from ui.main_window import MainWindow
from womenscentre.paths import VaultPaths

WATCHED = {watched!r}
seen = {{}}

class Probe(MainWindow):
    def paintEvent(self, event):
        if "at_paint" not in seen:
            seen["at_paint"] = (
                "Qt" in PySide6.QtCore.__dict__,
                sorted(m for m in sys.modules if m.startswith(WATCHED)),
                len(self.menuBar().actions()),
            )
        super().paintEvent(event)

app = make_application()
window = Probe(VaultPaths.for_dir(Path({folder!r})), watch_session=False)

def after_first_draw():
    seen["after"] = (
        sorted(m for m in sys.modules if m.startswith(WATCHED)),
        [a.text() for a in window.menuBar().actions()],
        window.privacy_panel is not None,
    )
    app.quit()

window.first_drawn.connect(after_first_draw)
window.show()
app.exec()
print(repr(seen))
window.shutdown()
"""


def test_the_unlock_form_is_drawn_before_the_menus_and_watchers_are_made(tmp_path: Path) -> None:
    """At its first paint the window has built none of Qt's enums, menus or lock watchers,
    nor loaded the crypto library; straight after it, the menus and watchers are there.
    (How long that takes is measured in benchmarks/, not here.)"""
    (tmp_path / "vault.sqlite3").write_bytes(b"")
    seen: Any = _last_line_of(
        FIRST_DRAW_PROBE.format(watched=AFTER_FIRST_DRAW, folder=str(tmp_path))
    )
    qt_namespace_built, imported, menus = seen["at_paint"]
    assert (qt_namespace_built, imported, menus) == (False, [], 0)
    imported_after, menu_titles, has_privacy_panel = seen["after"]
    assert {"ui.menus", "ui.autolock", "ui.privacy", "PySide6.QtDBus"} <= set(imported_after)
    assert len(menu_titles) == 5 and has_privacy_panel  # Vault, People, Centre, View, Help
