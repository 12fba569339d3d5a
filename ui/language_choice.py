"""Choosing English or Cymraeg: View → Language / Iaith, and a link on the first pages.

The choice is saved in the vault folder's ``settings.json`` (not secret: it says nothing about
anyone) and applies the next time the app opens, because every widget reads its text when it
is made; rebuilding the window under someone part-way through a note is not worth the risk.
The menu's title and the note that follows a choice are in both languages, so someone who
can't read the language on screen can still find the way to their own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from ui import messages
from ui.i18n import ENGLISH, OFFERED, WELSH, installed_language, load_choice, normalise, save_choice
from womenscentre.diagnostics import log_unexpected
from womenscentre.i18n import tr
from womenscentre.paths import DataDirError

# The menu's classes are imported when the menu is made, after the first window is drawn;
# the link on the unlock page is drawn with it, so it needs none of them.
if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

#: Shown whatever language the app is in, so whoever chose can read it either way.
NEXT_TIME = {
    ENGLISH: (
        "The app will open in English the next time you start it.\n\n"
        "Bydd yr ap yn agor yn Saesneg y tro nesaf y byddwch chi'n ei agor."
    ),
    WELSH: (
        "Bydd yr ap yn agor yn Gymraeg y tro nesaf y byddwch chi'n ei agor.\n\n"
        "The app will open in Welsh the next time you start it."
    ),
}
NOT_SAVED = (
    "The language choice couldn't be saved on this laptop, so the app will open as it does "
    "now. Please check the data folder can be written to, then try again.\n\n"
    "Doedd dim modd cadw'r dewis iaith ar y gliniadur hwn, felly bydd yr ap yn agor fel y mae "
    "nawr. Gwiriwch fod modd ysgrifennu i'r ffolder data, yna rhowch gynnig arall arni."
)

#: The language that will show at the next start, once someone has chosen this session.
_chosen: dict[str, str] = {}


def language_name(language: str) -> str:
    """A language by its own name ("Cymraeg", "English"), as language choosers show them."""
    if language == WELSH:
        return tr("Cymraeg", "the language's name, in Welsh; keep it as it is")
    return tr("English", "the language's name, in English; keep it as it is")


def next_language() -> str:
    """The language the app will open in next time, as far as this session knows."""
    current = installed_language()
    return _chosen.get("next", current if current in OFFERED else ENGLISH)


def choose(language: str, settings_file: Path, log_dir: Path, parent: QWidget | None) -> bool:
    """Save ``language`` for the next start and say so; False (and a kind word) if it can't be."""
    if language == next_language() and normalise(load_choice(settings_file)) == language:
        return True
    try:
        save_choice(settings_file, language)
    except (OSError, DataDirError) as exc:
        log_unexpected(exc, log_dir)
        messages.warning(parent, NOT_SAVED)
        return False
    _chosen["next"] = language
    if language != installed_language():
        messages.information(parent, NEXT_TIME[language])
    return True


class LanguageMenu(QObject):
    """View → Language / Iaith: English and Cymraeg, one ticked."""

    def __init__(
        self, window: QWidget, parent_menu: QMenu, settings_file: Path, log_dir: Path
    ) -> None:
        from PySide6.QtGui import QAction, QActionGroup
        from PySide6.QtWidgets import QMenu

        super().__init__(window)
        self._window, self._settings_file, self._log_dir = window, settings_file, log_dir
        self.menu = QMenu(tr("Language / Iaith"), window)
        self.menu.setAccessibleName(tr("Language / Iaith"))
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for language in OFFERED:
            action = QAction(language_name(language), self.menu)
            action.setCheckable(True)
            action.setData(language)
            self._group.addAction(action)
            self.menu.addAction(action)
            self.actions[language] = action
        self._sync()
        self._group.triggered.connect(self._on_group_triggered)
        self.menu.aboutToShow.connect(self._sync)
        parent_menu.addMenu(self.menu)

    @Slot()
    def _sync(self) -> None:
        self.actions[next_language()].setChecked(True)

    @Slot(object)
    def _on_group_triggered(self, action: QAction) -> None:
        choose(str(action.data()), self._settings_file, self._log_dir, self._window)
        self._sync()


class LanguageLink(QPushButton):
    """A quiet link-style button offering the other language ("Cymraeg" or "English").

    For the unlock and first-run pages, where the menu is easy to miss; it saves the choice
    like the menu does.
    """

    def __init__(self, settings_file: Path, log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings_file, self._log_dir = settings_file, log_dir
        self.setFlat(True)
        self.setObjectName("language_link")
        self.clicked.connect(self._on_clicked)
        self._show_offer()

    def offered(self) -> str:
        return ENGLISH if next_language() == WELSH else WELSH

    def _show_offer(self) -> None:
        offer = self.offered()
        self.setText(language_name(offer))
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self.setAccessibleName(tr("Language / Iaith: {language}").format(language=self.text()))
        if offer == WELSH:
            self.setToolTip(tr("Open the app in Welsh next time"))
        else:
            self.setToolTip(tr("Open the app in English next time"))

    @Slot()
    def _on_clicked(self) -> None:
        choose(self.offered(), self._settings_file, self._log_dir, self.window())
        self._show_offer()
