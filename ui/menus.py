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

from womenscentre.i18n import N_, tr

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

#: The Help menu's object name, so other menus can find it in any language.
HELP_MENU_NAME = "help-menu"

#: One line per key, marked here and translated where the list is shown.
SHORTCUT_LINES = (
    N_("Ctrl+F: filter your caseload"),
    N_("Ctrl+K or Ctrl+Shift+F: search names and notes"),
    N_("Return: open what is selected"),
    N_("Escape or Alt+Left: go back"),
    N_("Ctrl+Shift+N: add someone"),
    N_("Ctrl+O: open another record by its reference"),
    N_("Ctrl+N: new session note (in her record)"),
    N_("Ctrl+E: edit her details (in her record)"),
    N_("Ctrl+S: save the note now (it also saves itself)"),
    N_("Ctrl+Shift+W: mark her words"),
    N_("Ctrl+Z and Ctrl+Shift+Z: undo and redo"),
    N_("Ctrl+Return: finalise the note"),
    N_("Ctrl+Shift+H: privacy screen, on and off"),
    N_("Ctrl+Shift+M: import from a spreadsheet (managers)"),
    N_("Ctrl+Shift+D: records due for review (managers)"),
    N_("Ctrl+Shift+B: back up now (managers)"),
    N_(
        "Ctrl+Shift+P, K, A, R, I, E, O: new safety plan, new risk record, what she agreed, "
        "referral pack, who has her information, add a document, her outcomes (in her "
        "record; also in the Her record menu)"
    ),
    N_("Ctrl+Shift+J: her subject-access pack (managers, in her record)"),
    N_("Ctrl+L: lock now"),
    N_("Ctrl+Q: quit"),
    N_("In a note, right-click underlined words (or press the menu key) for wording choices"),
)


def shortcuts_help() -> str:
    """Every key in the chosen language, one to a line."""
    return "\n".join(tr(line) for line in SHORTCUT_LINES)


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
        lock=_action(window, tr("&Lock now"), LOCK_KEYS, slots["lock"]),
        privacy=_action(window, tr("&Privacy screen"), PRIVACY_KEYS, slots["privacy"]),
        change_passphrase=_action(
            window, tr("&Change my passphrase…"), None, slots["change_passphrase"]
        ),
        quit=_action(window, tr("&Quit"), QUIT_KEYS, slots["quit"]),
        find=_action(window, tr("&Filter my caseload"), FIND_KEYS, slots["find"]),
        search=_action(window, tr("&Search names and notes…"), SEARCH_KEYS, slots["search"]),
        back=_action(window, tr("&Back"), BACK_KEYS, slots["back"]),
        add_person=_action(window, tr("&Add someone…"), ADD_PERSON_KEYS, slots["add_person"]),
        open_reference=_action(
            window, tr("&Open another record…"), REFERENCE_KEYS, slots["open_reference"]
        ),
        users=_action(window, tr("&Colleagues…"), USERS_KEYS, slots["users"]),
        settings=_action(window, tr("Centre &settings…"), SETTINGS_KEYS, slots["settings"]),
        recovery_key=_action(window, tr("Make a new &recovery key…"), None, slots["recovery_key"]),
        shortcuts=_action(window, tr("&Keyboard shortcuts"), SHORTCUTS_KEYS, slots["shortcuts"]),
        language_guide=_action(
            window, tr("&Language guide and practice pad…"), None, slots["language_guide"]
        ),
        import_spreadsheet=_action(
            window, tr("&Import from a spreadsheet…"), IMPORT_KEYS, slots["import_spreadsheet"]
        ),
        retention_review=_action(
            window, tr("Records &due for review…"), RETENTION_KEYS, slots["retention_review"]
        ),
        back_up=_action(window, tr("&Back up now…"), BACKUP_KEYS, slots["back_up"]),
        restore=_action(window, tr("R&estore from a backup…"), None, slots["restore"]),
        centre_language=_action(
            window, tr("Language &guidance at our centre…"), None, slots["centre_language"]
        ),
        sharing_settings=_action(
            window, tr("Sharing and the &lawful basis…"), None, slots["sharing_settings"]
        ),
        directory=_action(window, tr("&Helplines and local services…"), None, slots["directory"]),
        dashboard=_action(window, tr("D&ashboard…"), None, slots["dashboard"]),
        funder_report=_action(window, tr("Report for &funders…"), None, slots["funder_report"]),
    )
    actions.privacy.setCheckable(True)
    bar = window.menuBar()
    bar.setAccessibleName(tr("Menu bar"))
    managing = actions.managing()
    layout: dict[str, list[QAction | None]] = {
        N_("&Vault"): [actions.lock, actions.privacy, None, actions.change_passphrase, None,
                   actions.quit],
        N_("&People"): [actions.find, actions.search, actions.back, None, actions.add_person,
                    actions.open_reference],
        N_("Ce&ntre"): [*managing, actions.restore],
        N_("&Help"): [actions.shortcuts, actions.language_guide],
    }  # fmt: skip
    for title, items in layout.items():
        menu = bar.addMenu(tr(title))
        menu.setAccessibleName(tr(title).replace("&", ""))
        if title == "&Help":
            menu.setObjectName(HELP_MENU_NAME)
        if title == "Ce&ntre":
            actions.centre_menu = menu
        for item in items:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
    return actions
