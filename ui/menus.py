"""The window's menus and keyboard shortcuts, in one table.

Every common action has a key, and every menu item shows it, so the whole day can be worked
from the keyboard. Ctrl+F is the caseload's quick filter; Ctrl+K (or Ctrl+Shift+F) searches
names and notes. Keys for her record and the note editor (Ctrl+N, Ctrl+E, Ctrl+S, Ctrl+Return,
Ctrl+Shift+W) belong to those screens and work while they are showing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

LOCK_KEYS = QKeySequence("Ctrl+L")
#: One documented key for the privacy screen; F-keys need an Fn key on many laptops.
PRIVACY_KEYS = QKeySequence("Ctrl+Shift+H")
QUIT_KEYS = QKeySequence("Ctrl+Q")
FIND_KEYS = QKeySequence("Ctrl+F")
SEARCH_KEYS = (QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+F"))
BACK_KEYS = (QKeySequence("Esc"), QKeySequence("Alt+Left"))
ADD_PERSON_KEYS = QKeySequence("Ctrl+Shift+N")
REFERENCE_KEYS = QKeySequence("Ctrl+O")
USERS_KEYS = QKeySequence("Ctrl+Shift+U")
SETTINGS_KEYS = QKeySequence("Ctrl+,")
SHORTCUTS_KEYS = QKeySequence("F1")
IMPORT_KEYS = QKeySequence("Ctrl+Shift+M")
RETENTION_KEYS = QKeySequence("Ctrl+Shift+D")
BACKUP_KEYS = QKeySequence("Ctrl+Shift+B")

SHORTCUTS_HELP = "\n".join(
    [
        "Ctrl+F: filter your caseload",
        "Ctrl+K or Ctrl+Shift+F: search names and notes",
        "Return: open what is selected",
        "Escape or Alt+Left: go back",
        "Ctrl+Shift+N: add someone",
        "Ctrl+O: open another record by its reference",
        "Ctrl+N: new session note (in her record)",
        "Ctrl+E: edit her details (in her record)",
        "Ctrl+S: save the note now (it also saves itself)",
        "Ctrl+Shift+W: mark her words",
        "Ctrl+Z and Ctrl+Shift+Z: undo and redo",
        "Ctrl+Return: finalise the note",
        "Ctrl+Shift+H: privacy screen, on and off",
        "Ctrl+Shift+M: import from a spreadsheet (managers)",
        "Ctrl+Shift+D: records due for review (managers)",
        "Ctrl+Shift+B: back up now (managers)",
        "Ctrl+Shift+P, K, A, R, I, E, O: new safety plan, new risk record, what she agreed, "
        "referral pack, who has her information, add a document, her outcomes (in her "
        "record; also in the Her record menu)",
        "Ctrl+Shift+J: her subject-access pack (managers, in her record)",
        "Ctrl+L: lock now",
        "Ctrl+Q: quit",
        "In a note, right-click underlined words (or press the menu key) for wording choices",
    ]
)


@dataclass
class Actions:
    lock: QAction
    privacy: QAction
    change_passphrase: QAction
    quit: QAction
    find: QAction
    search: QAction
    back: QAction
    add_person: QAction
    open_reference: QAction
    users: QAction
    settings: QAction
    recovery_key: QAction
    shortcuts: QAction
    language_guide: QAction
    import_spreadsheet: QAction
    retention_review: QAction
    back_up: QAction
    #: Restore is also offered before anyone unlocks (a new laptop), so it isn't in managing().
    restore: QAction
    centre_language: QAction
    sharing_settings: QAction
    directory: QAction
    dashboard: QAction
    funder_report: QAction
    #: The manager's menu, hidden from everyone else once they have unlocked.
    centre_menu: QMenu | None = None

    def work(self) -> list[QAction]:
        """Actions that need an unlocked vault and her own passphrase set."""
        return [self.find, self.search, self.back, self.add_person, self.open_reference]

    def managing(self) -> list[QAction]:
        return [
            self.users,
            self.settings,
            self.recovery_key,
            self.import_spreadsheet,
            self.retention_review,
            self.back_up,
            self.centre_language,
            self.sharing_settings,
            self.directory,
            self.dashboard,
            self.funder_report,
        ]


def _action(
    window: QMainWindow,
    text: str,
    keys: QKeySequence | tuple[QKeySequence, ...] | None,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, window)
    plain = text.replace("&", "").rstrip("…")
    if keys is not None:
        sequences = list(keys) if isinstance(keys, tuple) else [keys]
        action.setShortcuts(sequences)
        action.setToolTip(f"{plain} ({sequences[0].toString()})")
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_menus(window: QMainWindow, slots: dict[str, Callable[[], object]]) -> Actions:
    """Make every action with its keys, and the menu bar that lists them."""
    actions = Actions(
        lock=_action(window, "&Lock now", LOCK_KEYS, slots["lock"]),
        privacy=_action(window, "&Privacy screen", PRIVACY_KEYS, slots["privacy"]),
        change_passphrase=_action(
            window, "&Change my passphrase…", None, slots["change_passphrase"]
        ),
        quit=_action(window, "&Quit", QUIT_KEYS, slots["quit"]),
        find=_action(window, "&Filter my caseload", FIND_KEYS, slots["find"]),
        search=_action(window, "&Search names and notes…", SEARCH_KEYS, slots["search"]),
        back=_action(window, "&Back", BACK_KEYS, slots["back"]),
        add_person=_action(window, "&Add someone…", ADD_PERSON_KEYS, slots["add_person"]),
        open_reference=_action(
            window, "&Open another record…", REFERENCE_KEYS, slots["open_reference"]
        ),
        users=_action(window, "&Colleagues…", USERS_KEYS, slots["users"]),
        settings=_action(window, "Centre &settings…", SETTINGS_KEYS, slots["settings"]),
        recovery_key=_action(window, "Make a new &recovery key…", None, slots["recovery_key"]),
        shortcuts=_action(window, "&Keyboard shortcuts", SHORTCUTS_KEYS, slots["shortcuts"]),
        language_guide=_action(
            window, "&Language guide and practice pad…", None, slots["language_guide"]
        ),
        import_spreadsheet=_action(
            window, "&Import from a spreadsheet…", IMPORT_KEYS, slots["import_spreadsheet"]
        ),
        retention_review=_action(
            window, "Records &due for review…", RETENTION_KEYS, slots["retention_review"]
        ),
        back_up=_action(window, "&Back up now…", BACKUP_KEYS, slots["back_up"]),
        restore=_action(window, "R&estore from a backup…", None, slots["restore"]),
        centre_language=_action(
            window, "Language &guidance at our centre…", None, slots["centre_language"]
        ),
        sharing_settings=_action(
            window, "Sharing and the &lawful basis…", None, slots["sharing_settings"]
        ),
        directory=_action(window, "&Helplines and local services…", None, slots["directory"]),
        dashboard=_action(window, "D&ashboard…", None, slots["dashboard"]),
        funder_report=_action(window, "Report for &funders…", None, slots["funder_report"]),
    )
    actions.privacy.setCheckable(True)
    bar = window.menuBar()
    bar.setAccessibleName("Menu bar")
    managing = actions.managing()
    layout: dict[str, list[QAction | None]] = {
        "&Vault": [actions.lock, actions.privacy, None, actions.change_passphrase, None,
                   actions.quit],
        "&People": [actions.find, actions.search, actions.back, None, actions.add_person,
                    actions.open_reference],
        "Ce&ntre": [*managing, actions.restore],
        "&Help": [actions.shortcuts, actions.language_guide],
    }  # fmt: skip
    for title, items in layout.items():
        menu = bar.addMenu(title)
        menu.setAccessibleName(title.replace("&", ""))
        if title == "Ce&ntre":
            actions.centre_menu = menu
        for item in items:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
    return actions
