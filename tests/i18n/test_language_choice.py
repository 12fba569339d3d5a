"""View → Language / Iaith and the link for the first pages: the choice is saved and explained."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui import i18n as ui_i18n
from ui.language_choice import LanguageLink


def _saved(settings: Path) -> dict[str, object]:
    return json.loads(settings.read_text(encoding="utf-8"))


def test_the_view_menu_offers_both_languages_and_saves_the_choice(
    qtbot: QtBot,
    open_window: object,
    english_after: QApplication,
    vault_paths: object,
    shown_messages: list,
) -> None:
    settings = vault_paths.settings  # type: ignore[attr-defined]
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"high_contrast": False, "other": "kept"}), encoding="utf-8")
    window = open_window()  # type: ignore[operator]
    menu = window.language_menu
    view_items = [a.menu() for a in window.high_contrast.menu.actions() if a.menu() is not None]
    assert menu.menu in view_items, "Language / Iaith is a submenu of View"
    english, welsh = menu.actions[ui_i18n.ENGLISH], menu.actions[ui_i18n.WELSH]
    assert english.isChecked() and not welsh.isChecked()
    assert [a.text() for a in menu.menu.actions()] == ["English", "Cymraeg"]

    welsh.trigger()
    assert welsh.isChecked() and not english.isChecked()
    assert _saved(settings) == {"high_contrast": False, "other": "kept", "language": "cy"}
    [told] = shown_messages
    assert "next time" in told.text and "y tro nesaf" in told.text
    assert ui_i18n.installed_language() == ui_i18n.ENGLISH  # applies at the next start

    english.trigger()
    assert _saved(settings)["language"] == "en-GB"
    assert english.isChecked()
    assert ui_i18n.choose_language(None, settings) == ui_i18n.ENGLISH


def test_a_choice_that_cannot_be_saved_is_met_kindly(
    qtbot: QtBot,
    open_window: object,
    english_after: QApplication,
    vault_paths: object,
    shown_messages: list,
) -> None:
    window = open_window()  # type: ignore[operator]
    settings = vault_paths.settings  # type: ignore[attr-defined]
    settings.mkdir(parents=True)  # a folder where the file should be: writing it fails
    window.language_menu.actions[ui_i18n.WELSH].trigger()
    [told] = shown_messages
    assert "couldn't be saved" in told.text
    assert window.language_menu.actions[ui_i18n.ENGLISH].isChecked()


def test_the_link_offers_the_other_language_and_saves_it(
    qtbot: QtBot, english_after: QApplication, tmp_path: Path, shown_messages: list
) -> None:
    settings = tmp_path / "settings.json"
    link = LanguageLink(settings, tmp_path / "logs")
    qtbot.addWidget(link)
    link.show()
    assert link.text() == "Cymraeg" and link.accessibleName()
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert _saved(settings) == {"language": "cy"}
    assert link.text() == "English"
    assert "Gymraeg" in shown_messages[0].text
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert _saved(settings) == {"language": "en-GB"}
    assert link.text() == "Cymraeg"


def test_in_welsh_the_link_offers_english(
    qtbot: QtBot, welsh: QApplication, tmp_path: Path
) -> None:
    link = LanguageLink(tmp_path / "settings.json", tmp_path / "logs")
    qtbot.addWidget(link)
    assert link.text() == "English"
    assert link.toolTip() == "Agor yr ap yn Saesneg y tro nesaf"


def test_before_first_run_the_link_makes_the_private_folder_it_saves_in(
    qtbot: QtBot, english_after: QApplication, tmp_path: Path, shown_messages: list
) -> None:
    folder = tmp_path / "not-yet" / "vault"
    link = LanguageLink(folder / "settings.json", folder / "logs")
    qtbot.addWidget(link)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert _saved(folder / "settings.json") == {"language": "cy"}
    assert folder.stat().st_mode & 0o077 == 0
