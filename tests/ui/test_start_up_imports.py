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
    return list(ast.literal_eval(done.stdout.strip().splitlines()[-1]))


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
    from ui.main_window import MANAGER_TOOLS

    for module, opener in MANAGER_TOOLS.values():
        assert callable(getattr(importlib.import_module(module), opener)), (module, opener)
