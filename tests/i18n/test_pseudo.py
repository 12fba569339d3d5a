"""Pseudo-localisation: longer, marked, accented text that still works as the English does."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from ui.i18n import PSEUDO_CLOSE, PSEUDO_OPEN, pseudo
from womenscentre.i18n import tr, trn


@pytest.mark.parametrize(
    "english",
    [
        "Save note",
        "Saved {count} notes for {name}",
        "&Save and close",
        "Cu&t",
        "Salt && pepper",
        "<b>Her plan</b> is ready.<br>Print it?",
        "First line\nSecond line\n",
        "Use {{braces}} for {name}",
        "%n notes",
        "Risk: {score:d} of {total}",
        "A",
    ],
)
def test_pseudo_text_is_marked_longer_and_keeps_what_makes_it_work(english: str) -> None:
    text = pseudo(english)
    assert text.startswith(PSEUDO_OPEN)
    assert text.rstrip("\n").endswith(PSEUDO_CLOSE)
    assert len(text) >= len(english) * 1.4
    for kept in re.findall(r"\{\{|\}\}|\{[^{}]*\}|%n|<[^>]+>|&.|\n", english):
        assert kept in text, kept
    assert text.count("\n") == english.count("\n")
    assert text.endswith("\n") == english.endswith("\n")
    plain = re.sub(r"\{[^{}]*\}|%n|<[^>]+>|&.", "", english)
    if any(c in "aeiou" for c in plain):
        accented = re.sub(r"\{[^{}]*\}|<[^>]+>|&.", "", text)
        assert text != english and not any(c in "aeiou" for c in accented)


def test_format_and_plurals_still_work(pseudo: QApplication) -> None:
    said = tr("Saved {count} notes for {name}").format(count=3, name="Rosa")
    assert "3" in said and "Rosa" in said and said.startswith(PSEUDO_OPEN)
    braced = tr("Use {{braces}} for {name}").format(name="Mae")
    assert braced.count("{") == braced.count("}") == 1 and "Mae" in braced
    assert trn("%n note", "%n notes", 6).startswith(PSEUDO_OPEN + "6 ")
    assert tr("&Save").startswith(PSEUDO_OPEN + "&S")


def test_qt_own_words_are_pseudo_too(pseudo: QApplication, qtbot: QtBot) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().startswith(PSEUDO_OPEN)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.button(QWizard.WizardButton.NextButton).text().startswith(PSEUDO_OPEN)
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    assert all(a.text().startswith(PSEUDO_OPEN) for a in menu.actions() if a.text())
    menu.deleteLater()
