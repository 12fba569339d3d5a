"""Fixtures for the desktop app's tests: real windows, fictional women, a clock that obeys.

Every window is driven through its real widgets with ``qtbot``. Message boxes go to a
recording hook instead of blocking. The vault fixtures from ``tests/conftest.py`` hold the
vault's single-instance lock, so each seeding fixture locks its vault before a window opens
the same folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui import messages
from ui.main_window import MainWindow
from ui.tasks import TaskRunner
from womenscentre.clock import ManualClock
from womenscentre.domain.users import Role
from womenscentre.paths import VaultPaths
from womenscentre.services.lifecycle import NewVault

W = TypeVar("W", bound=QWidget)

# The same fictional staff as tests/conftest.py (which test modules cannot import).
MANAGER = "morgan"
MANAGER_PASSPHRASE = "plum kettle harbour"
KEYWORKER = "ash"
KEYWORKER_PASSPHRASE = "velvet orbit lantern"

#: Fictional women planted in the seeded vault; the last one is not on the keyworker's list.
ASH_WOMEN = ("Rosa Canarywood", "Priya")
MANAGER_ONLY = "Mae"


@pytest.fixture(autouse=True)
def shown_messages() -> Iterator[list[messages.Shown]]:
    """Every message box a test causes, recorded instead of shown; questions answer yes."""
    seen: list[messages.Shown] = []

    def hook(shown: messages.Shown) -> bool:
        seen.append(shown)
        return True

    previous = messages.set_hook(hook)
    yield seen
    messages.set_hook(previous)


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def open_window(
    qtbot: QtBot, vault_paths: VaultPaths, clock: ManualClock
) -> Iterator[WindowFactory]:
    """Open the real main window on the test vault folder, with the test clock."""
    windows: list[MainWindow] = []

    def factory(paths: VaultPaths | None = None, **options: object) -> MainWindow:
        options.setdefault("clock", clock)
        options.setdefault("tick_ms", 20)
        options.setdefault("watch_session", False)
        window = MainWindow(paths or vault_paths, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.shutdown()


@dataclass(frozen=True)
class Seeded:
    """Who is in the seeded vault."""

    manager_id: str
    keyworker_id: str
    #: Each fictional woman's person id, by her preferred name.
    person_ids: dict[str, str]
    #: The vault's recovery key, as first run showed it.
    recovery_key: str


@pytest.fixture
def seeded(new_vault: NewVault, make: object, reopen: object) -> Seeded:
    """A vault with a keyworker (ash) and three fictional women; locked, ready for the UI.

    Ash has already chosen her own passphrase (the same words), so unlocking as her goes
    straight to her caseload; tests of the first sign-in use a colleague added fresh.
    """
    manager = new_vault.vault
    ash = manager.users.add(KEYWORKER, Role.KEYWORKER, KEYWORKER_PASSPHRASE)
    person_ids = {}
    for name in ASH_WOMEN:
        person_ids[name] = manager.people.add(
            make.person(name),  # type: ignore[attr-defined]
            referral_source="self",
            keyworker_ids=(ash.id,),
        ).id
    person_ids[MANAGER_ONLY] = manager.people.add(
        make.person(MANAGER_ONLY),  # type: ignore[attr-defined]
        referral_source="self",
        keyworker_ids=(manager.user.id,),
    ).id
    seeded = Seeded(manager.user.id, ash.id, person_ids, new_vault.recovery_key)
    manager.lock()
    as_ash = reopen(KEYWORKER, KEYWORKER_PASSPHRASE)  # type: ignore[operator]
    as_ash.users.change_own_passphrase(KEYWORKER_PASSPHRASE, KEYWORKER_PASSPHRASE)
    as_ash.lock()
    return seeded


@dataclass
class Driver:
    """Drives the real widgets as a person would. Test modules get it as the ``drive`` fixture,
    because with ``--import-mode=importlib`` they cannot import this conftest."""

    qtbot: QtBot
    keyworker: str = KEYWORKER
    keyworker_passphrase: str = KEYWORKER_PASSPHRASE
    manager: str = MANAGER
    manager_passphrase: str = MANAGER_PASSPHRASE
    ash_women: tuple[str, ...] = ASH_WOMEN
    manager_only: str = MANAGER_ONLY

    def press(self, window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        """Press a key into whichever widget has the focus, as a keyboard would."""
        self.qtbot.keyClick(window.focusWidget() or window, key, modifiers)

    def unlock_as(self, window: MainWindow, name: str, passphrase: str) -> None:
        """Type a name and passphrase into the unlock screen and press Unlock."""
        page = window.unlock_page
        page.name_edit.clear()
        page.passphrase_edit.clear()
        self.qtbot.keyClicks(page.name_edit, name)
        self.qtbot.keyClicks(page.passphrase_edit, passphrase)
        self.qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)

    def unlock_to_caseload(
        self, window: MainWindow, name: str | None = None, passphrase: str | None = None
    ) -> None:
        """Unlock (as the keyworker unless told) and wait for the caseload to load."""
        self.unlock_as(window, name or self.keyworker, passphrase or self.keyworker_passphrase)
        self.qtbot.waitUntil(
            lambda: window.workspace is not None and not window.workspace.loading.isVisible()
        )

    def dialog(self, kind: type[W]) -> W:
        """Wait until a dialog of this kind is showing, and return the newest."""
        found: list[W] = []

        def showing() -> bool:
            found[:] = [
                w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
            ]
            return bool(found)

        self.qtbot.waitUntil(showing)
        return found[-1]

    def no_dialog(self, kind: type[QWidget]) -> None:
        """Wait until no dialog of this kind is showing."""
        self.qtbot.waitUntil(
            lambda: (
                not [
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()
                ]
            )
        )

    def open_person(self, window: MainWindow, name: str) -> object:
        """Filter the caseload for her name and press Return, as a keyworker would."""
        workspace = window.workspace
        assert workspace is not None
        self.press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClicks(workspace.filter_edit, name)
        self.qtbot.keyClick(workspace.filter_edit, Qt.Key.Key_Return)
        records = workspace.records

        def showing() -> bool:
            view = records.person_view
            return (
                view is not None
                and workspace.current_view() is view
                and view.record.person.preferred_name == name
            )

        self.qtbot.waitUntil(showing)
        return records.person_view


@pytest.fixture
def drive(qtbot: QtBot) -> Driver:
    return Driver(qtbot)


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    """The one worker, for a section or dialog built straight on an unlocked vault."""
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def person_id(manager: object, make: object) -> str:
    """Rosa, on the signed-in manager's own caseload, for a section built straight on a vault."""
    return manager.people.add(  # type: ignore[attr-defined]
        make.person("Rosa"),  # type: ignore[attr-defined]
        referral_source="self",
        keyworker_ids=(manager.user.id,),  # type: ignore[attr-defined]
    ).id


@pytest.fixture
def no_file_choosers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """System file choosers block; these answer at once, the attachment chooser with one
    small fictional file (used by the window walks)."""
    from PySide6.QtWidgets import QFileDialog

    from ui import attachments_add

    document = tmp_path / "letter.txt"
    document.write_text("A fictional letter about the allotment.", encoding="utf-8")
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(attachments_add, "choose_file_to_add", lambda _parent: document)
    return document
