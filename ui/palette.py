"""High contrast: a black, white and yellow palette for anyone who reads the screen better so.

The app otherwise follows the system palette (no stylesheet, no colours of its own), and a
system high-contrast theme still applies. This is for laptops where the system offers none, or
a shared centre laptop where only one person wants it: it is chosen in View → High contrast and
remembered on this laptop in the vault folder's ``settings.json`` (not secret: it says nothing
about anyone). Every text role reaches WCAG AAA (a contrast ratio of at least 7:1) against the
background it is drawn on, which ``tests/ui/test_accessibility.py`` checks by computing the
ratios. Focus and selection are yellow on black, so where the keyboard is stands out.

The live guidance draws its underlines in the Link and PlaceholderText colours and her own
words in PlaceholderText italics (:mod:`ui.guidance_styles`), so setting those two roles here
keeps the guidance legible in high contrast without changing it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from womenscentre import laptop_settings
from womenscentre.diagnostics import log_unexpected
from womenscentre.i18n import N_, tr

#: The key in the vault folder's ``settings.json``.
SETTING = "high_contrast"
MENU_TITLE = N_("&View")
ACTION_TEXT = N_("&High contrast")

# The menu item is made after the window is first drawn; the palette itself is applied
# before that (:func:`apply_saved_choice`), so someone who chose it never sees a flash of
# the other one.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

BLACK = QColor("#000000")
WHITE = QColor("#ffffff")
YELLOW = QColor("#ffff00")
#: Light enough on black for AAA, dim enough to read as "not yet typed" or "her words".
SOFT = QColor("#c8c8c8")
#: Disabled text: still readable (about 7.6:1 on black), plainly dimmer than white.
DIM = QColor("#a0a0a0")
LINK = QColor("#66ccff")

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: Every text role and the background role it is drawn on, as the ratio test reads them.
TEXT_ON_BACKGROUND: tuple[tuple[Role, Role], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
    (Role.BrightText, Role.Base),
)


def high_contrast_palette() -> QPalette:
    """White on black, yellow for focus and selection; the same in every colour group."""
    palette = QPalette()
    colours = {
        Role.Window: BLACK,
        Role.WindowText: WHITE,
        Role.Base: BLACK,
        Role.AlternateBase: BLACK,
        Role.Text: WHITE,
        Role.Button: BLACK,
        Role.ButtonText: WHITE,
        Role.BrightText: YELLOW,
        Role.Highlight: YELLOW,
        Role.HighlightedText: BLACK,
        Role.ToolTipBase: BLACK,
        Role.ToolTipText: YELLOW,
        Role.PlaceholderText: SOFT,
        Role.Link: LINK,
        Role.LinkVisited: LINK,
        Role.Light: WHITE,
        Role.Midlight: SOFT,
        Role.Mid: DIM,
        Role.Dark: WHITE,
        Role.Shadow: WHITE,
        Role.Accent: YELLOW,
    }
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role, colour in colours.items():
            palette.setColor(group, role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, DIM)
    return palette


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio, from 1 (none) to 21 (black on white)."""
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


_system: list[QPalette] = []


def apply(app: QApplication, on: bool) -> None:
    """Switch the whole app to high contrast, or back to the palette it had before."""
    if on:
        if not _system:
            _system.append(QPalette(app.palette()))
        app.setPalette(high_contrast_palette())
    elif _system:
        app.setPalette(_system.pop())


def apply_saved_choice(settings_file: Path) -> None:
    """Before the first window is drawn: high contrast at once, if it was chosen here."""
    if load_choice(settings_file):
        apply(_application(), True)


def load_choice(settings_file: Path) -> bool:
    """Whether high contrast was chosen on this laptop; anything unreadable means no."""
    return laptop_settings.read(settings_file).get(SETTING) is True


def save_choice(settings_file: Path, on: bool) -> None:
    """Remember the choice, keeping whatever else the file holds."""
    laptop_settings.remember(settings_file, SETTING, on)


class HighContrastToggle(QObject):
    """The View menu's "High contrast" item for one window, applied at once and remembered."""

    def __init__(self, window: QMainWindow, settings_file: Path, log_dir: Path) -> None:
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QMenu

        from ui.menus import HELP_MENU_NAME

        super().__init__(window)
        self._settings_file = settings_file
        self._log_dir = log_dir
        self.action = QAction(tr(ACTION_TEXT), window)
        self.action.setCheckable(True)
        self.action.setChecked(load_choice(settings_file))
        self.action.toggled.connect(self._on_action_toggled)
        self.menu = QMenu(tr(MENU_TITLE), window)
        self.menu.setAccessibleName(tr(MENU_TITLE).replace("&", ""))
        self.menu.addAction(self.action)
        bar = window.menuBar()
        # Found by its object name, not its title, which depends on the language.
        help_menu = bar.findChild(QMenu, HELP_MENU_NAME)
        if help_menu is None:
            bar.addMenu(self.menu)
        else:
            bar.insertMenu(help_menu.menuAction(), self.menu)
        if self.action.isChecked():
            apply(_application(), True)

    @Slot(bool)
    def _on_action_toggled(self, on: bool) -> None:
        apply(_application(), on)
        try:
            save_choice(self._settings_file, on)
        except OSError as exc:  # still applied for now; only remembering it did not work
            log_unexpected(exc, self._log_dir)


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
