"""Installing a language: Welsh from the shipped catalogue, plurals, English whatever goes wrong.

Real widgets and real compiled catalogues throughout; a catalogue of our own is compiled
into a resources folder in ``tmp_path`` where a test needs entries the shipped one may not
have translated yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from ui import i18n as ui_i18n
from ui.launcher import language_option
from womenscentre import paths as wc_paths
from womenscentre.i18n import tr, trn

WELSH_PLURALS = ["%n nodiadau", "%n nodyn", "%n nodyn", "%n o nodiadau", "%n nodyn"]


@pytest.fixture
def own_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, translations: ModuleType
) -> Iterator[Path]:
    """A resources folder whose Welsh catalogue has a plural with Welsh, one without, a
    sentence and Qt's Cancel."""
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    ts = folder / "womenscentre_cy.ts"
    messages = [
        translations.Message("womenscentre", "%n notes", numerus=True, forms=WELSH_PLURALS),
        translations.Message("womenscentre", "%n files", numerus=True, forms=[""] * 5),
        translations.Message("womenscentre", "Save note", translation="Cadw'r nodyn"),
        translations.Message("QPlatformTheme", "Cancel", translation="Canslo"),
    ]
    ts.write_text(translations.write_ts(messages, ts), encoding="utf-8")
    translations.compile_qm(ts, ts.with_suffix(".qm"))
    monkeypatch.setenv(wc_paths.RESOURCES_DIR_ENV, str(folder.parent))
    wc_paths.resources_dir.cache_clear()
    yield folder
    monkeypatch.delenv(wc_paths.RESOURCES_DIR_ENV)
    wc_paths.resources_dir.cache_clear()


def _cancel_text() -> str:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text


def test_english_installs_nothing(english_after: QApplication) -> None:
    assert ui_i18n.install_language(english_after, ui_i18n.ENGLISH) == ui_i18n.ENGLISH
    assert ui_i18n.installed_language() == ui_i18n.ENGLISH
    assert tr("Save note") == "Save note"
    assert _cancel_text() == "Cancel"


def test_welsh_from_the_shipped_catalogue(welsh: QApplication) -> None:
    """Our text and Qt's own buttons both read Welsh; the dates follow Welsh (UK)."""
    assert tr("Language / Iaith") == "Iaith / Language"
    assert tr("Open the app in Welsh next time") == "Agor yr ap yn Gymraeg y tro nesaf"
    assert _cancel_text() == "Canslo"
    assert QLocale().language() == QLocale.Language.Welsh
    assert tr("Nothing like this is in the catalogue") == "Nothing like this is in the catalogue"


def test_back_to_english_undoes_everything(welsh: QApplication) -> None:
    ui_i18n.uninstall_language(welsh)
    assert tr("Language / Iaith") == "Language / Iaith"
    assert _cancel_text() == "Cancel"
    assert QLocale().language() != QLocale.Language.Welsh


def test_welsh_plurals_take_all_five_forms_and_untranslated_ones_stay_good_english(
    own_resources: Path, english_after: QApplication
) -> None:
    assert ui_i18n.install_language(english_after, "cy") == ui_i18n.WELSH
    said = {n: trn("%n note", "%n notes", n) for n in (0, 1, 2, 3, 6, 7, 11)}
    assert said == {
        0: "0 nodiadau",
        1: "1 nodyn",
        2: "2 nodyn",
        3: "3 nodyn",
        6: "6 o nodiadau",
        7: "7 nodyn",
        11: "11 nodyn",
    }
    # No Welsh yet: the right English form, never Qt's "1 files".
    assert trn("%n file", "%n files", 1) == "1 file"
    assert trn("%n file", "%n files", 4) == "4 files"
    assert tr("Save note") == "Cadw'r nodyn"


@pytest.mark.parametrize(
    "damage", ["missing", "garbage", "truncated", "empty", "flipped", "no checksum"]
)
def test_a_missing_or_damaged_catalogue_gives_english_and_a_note(
    own_resources: Path, english_after: QApplication, tmp_path: Path, damage: str
) -> None:
    qm = own_resources / "womenscentre_cy.qm"
    if damage == "missing":
        qm.unlink()
    elif damage == "garbage":
        qm.write_bytes(b"not a catalogue at all" * 50)
    elif damage == "truncated":
        qm.write_bytes(qm.read_bytes()[:40])
    elif damage == "flipped":  # Qt trusts the insides: this one could crash it if loaded
        data = bytearray(qm.read_bytes())
        data[len(data) // 2] ^= 0xFF
        qm.write_bytes(bytes(data))
    elif damage == "no checksum":
        qm.with_name(qm.name + ".sha256").unlink()
    else:
        qm.write_bytes(b"")
    logs = tmp_path / "logs"
    assert ui_i18n.install_language(english_after, ui_i18n.WELSH, logs) == ui_i18n.ENGLISH
    assert ui_i18n.installed_language() == ui_i18n.ENGLISH
    assert tr("Save note") == "Save note"
    assert _cancel_text() == "Cancel"
    note = (logs / "womenscentre.log").read_text(encoding="utf-8")
    assert "British English" in note and "Traceback" not in note


def test_the_choice_is_option_then_environment_then_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "settings.json"
    monkeypatch.delenv(ui_i18n.LANGUAGE_ENV, raising=False)
    assert ui_i18n.choose_language(None, settings) == ui_i18n.ENGLISH
    settings.write_text(json.dumps({"language": "cy", "high_contrast": True}), encoding="utf-8")
    assert ui_i18n.choose_language(None, settings) == ui_i18n.WELSH
    monkeypatch.setenv(ui_i18n.LANGUAGE_ENV, "pseudo")
    assert ui_i18n.choose_language(None, settings) == ui_i18n.PSEUDO
    assert ui_i18n.choose_language("en-GB", settings) == ui_i18n.ENGLISH
    assert ui_i18n.choose_language("cy_GB", settings) == ui_i18n.WELSH


@pytest.mark.parametrize(
    "content", ['{"language": "klingon"}', '{"language": 7}', "{not json", "[1, 2]", "\x00\xff"]
)
def test_a_damaged_or_unknown_setting_gives_english_without_a_crash(
    qtbot: QtBot,
    open_window: object,
    english_after: QApplication,
    vault_paths: object,
    monkeypatch: pytest.MonkeyPatch,
    content: str,
) -> None:
    monkeypatch.delenv(ui_i18n.LANGUAGE_ENV, raising=False)
    settings = vault_paths.settings  # type: ignore[attr-defined]
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(content, encoding="utf-8")
    logs = vault_paths.logs  # type: ignore[attr-defined]
    chosen = ui_i18n.choose_language(None, settings, logs)
    assert ui_i18n.install_language(english_after, chosen, logs) == ui_i18n.ENGLISH
    window = open_window()  # type: ignore[operator]
    assert window.language_menu.actions[ui_i18n.ENGLISH].isChecked()
    assert _cancel_text() == "Cancel"
    if content == '{"language": "klingon"}':
        log = (logs / "womenscentre.log").read_text(encoding="utf-8")
        assert "settings.json" in log and "klingon" not in log


def test_an_unknown_option_value_gives_english_and_a_note(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    assert ui_i18n.choose_language("martian", tmp_path / "settings.json", logs) == "en-GB"
    assert "--language" in (logs / "womenscentre.log").read_text(encoding="utf-8")


def test_the_launcher_takes_the_language_option_out_for_the_app() -> None:
    assert language_option(["--demo", "--language", "cy"]) == ("cy", ["--demo"])
    assert language_option(["--language=pseudo", "--data-dir", "x"]) == (
        "pseudo",
        ["--data-dir", "x"],
    )
    assert language_option(["lint", "--", "--language", "cy"]) == (
        None,
        ["lint", "--", "--language", "cy"],
    )
    assert language_option(["--language"]) == (None, ["--language"])


def test_qt_text_field_menus_read_welsh(welsh: QApplication, qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert "&Copïo" in texts and "&Gludo" in texts and "Dewis y cyfan" in texts
    menu.deleteLater()


@pytest.mark.parametrize(
    ("option", "environment", "title"),
    [
        ("cy", None, "Iaith / Language"),
        (None, "pseudo", "⟦Láñgúágé / Íáíth"),
        (None, None, "Language / Iaith"),
        ("en-GB", "cy", "Language / Iaith"),
    ],
)
def test_the_app_installs_the_language_before_its_window_is_built(
    qtbot: QtBot,
    english_after: QApplication,
    vault_paths: object,
    clock: object,
    monkeypatch: pytest.MonkeyPatch,
    option: str | None,
    environment: str | None,
    title: str,
) -> None:
    from ui import app as app_module
    from ui.main_window import MainWindow

    monkeypatch.setattr(app_module, "harden_process", lambda: None)
    if environment is None:
        monkeypatch.delenv(ui_i18n.LANGUAGE_ENV, raising=False)
    else:
        monkeypatch.setenv(ui_i18n.LANGUAGE_ENV, environment)
    seen: list[str] = []

    def look_then_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.language_menu.menu.title())
                widget.quit_action.trigger()

    QTimer.singleShot(50, look_then_close)
    assert app_module.run_app(vault_paths, clock=clock, language=option) == 0  # type: ignore[arg-type]
    assert len(seen) == 1 and seen[0].startswith(title), seen
