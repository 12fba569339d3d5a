"""View → High contrast: WCAG AAA text in every palette state, applied, remembered, undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from ui import palette


@pytest.fixture
def system_palette(qapp: QApplication) -> Iterator[QPalette]:
    """Whatever a test does to the palette, the next test gets the system's back."""
    before = QPalette(qapp.palette())
    yield before
    palette.apply(qapp, False)
    qapp.setPalette(before)


def test_contrast_ratio_follows_wcag() -> None:
    assert palette.contrast_ratio(palette.BLACK, palette.WHITE) == pytest.approx(21.0)
    assert palette.contrast_ratio(palette.WHITE, palette.WHITE) == pytest.approx(1.0)
    # WCAG's own worked figure: #777777 on white is just under 4.5:1.
    assert palette.contrast_ratio(QColor("#777777"), palette.WHITE) == pytest.approx(4.48, 0.01)


def test_high_contrast_text_meets_wcag_aaa_in_every_state() -> None:
    """Every text role on the background it is drawn on reaches 7:1, disabled text too."""
    colours = palette.high_contrast_palette()
    groups = (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    )
    low = [
        (group.name, text.name, back.name, round(ratio, 2))
        for group in groups
        for text, back in palette.TEXT_ON_BACKGROUND
        if (ratio := palette.contrast_ratio(colours.color(group, text), colours.color(group, back)))
        < 7.0
    ]
    assert low == []


def test_view_menu_turns_high_contrast_on_remembers_it_and_turns_it_off(
    qtbot: QtBot,
    qapp: QApplication,
    open_window: object,
    vault_paths: object,
    system_palette: QPalette,
) -> None:
    window = open_window()  # type: ignore[operator]
    toggle = window.high_contrast
    assert not toggle.action.isChecked()
    assert toggle.menu.menuAction() in window.menuBar().actions()
    toggle.action.trigger()
    role = QPalette.ColorRole
    assert qapp.palette().color(role.Window) == palette.BLACK
    qtbot.waitUntil(lambda: window.palette().color(role.Highlight) == palette.YELLOW)
    assert palette.load_choice(vault_paths.settings)  # type: ignore[attr-defined]

    # The live guidance's underlines and her greyed words are legible on the note's page.
    from ui.guidance_styles import GuidanceStyles
    from womenscentre.guidance import Severity

    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    styles = GuidanceStyles(editor)
    base = editor.palette().color(role.Base)
    shown = [
        styles.underline(Severity.WARNING).underlineColor(),
        styles.underline(Severity.HINT).underlineColor(),
        styles.her_words().foreground().color(),
    ]
    assert all(palette.contrast_ratio(colour, base) >= 7.0 for colour in shown)

    again = open_window()  # type: ignore[operator]
    assert again.high_contrast.action.isChecked()
    toggle.action.trigger()
    assert qapp.palette().color(role.Window) == system_palette.color(role.Window)
    assert not palette.load_choice(vault_paths.settings)  # type: ignore[attr-defined]


def test_a_damaged_settings_file_means_the_usual_palette(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text("{not json", encoding="utf-8")
    assert not palette.load_choice(settings)
    palette.save_choice(settings, True)
    assert palette.load_choice(settings)
    settings.write_text('{"idle_minutes": 5, "high_contrast": false}', encoding="utf-8")
    palette.save_choice(settings, True)
    assert '"idle_minutes": 5' in settings.read_text(encoding="utf-8")
