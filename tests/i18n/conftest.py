"""Fixtures for the translation tests: the pipeline script, installed languages, the UI's helpers.

``packaging/translations.py`` is a script (``packaging`` is also the name of a PyPI library),
so it is loaded from its file. The desktop fixtures (``open_window``, ``seeded``, ``drive``
and the message-box recorder) are the UI tests' own, loaded from ``tests/ui/conftest.py``
so both suites drive the app the same way.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QApplication

from ui import i18n as ui_i18n
from ui import language_choice

REPO = Path(__file__).resolve().parents[2]


def load(path: Path, name: str) -> ModuleType:
    """A module loaded from its file under a name of our own (test modules can't import)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_ui = load(REPO / "tests" / "ui" / "conftest.py", "_womenscentre_ui_fixtures")
shown_messages = _ui.shown_messages
open_window = _ui.open_window
seeded = _ui.seeded
drive = _ui.drive
no_file_choosers = _ui.no_file_choosers


@pytest.fixture
def translations() -> ModuleType:
    """``packaging/translations.py``, the catalogue pipeline."""
    return load(REPO / "packaging" / "translations.py", "_womenscentre_translations")


@pytest.fixture
def accessibility() -> ModuleType:
    """The accessibility walk's machinery (``tests/ui/test_accessibility.py``)."""
    return load(REPO / "tests" / "ui" / "test_accessibility.py", "_womenscentre_accessibility")


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test installs, the next test starts in British English."""
    language_choice._chosen.clear()
    yield qapp
    ui_i18n.uninstall_language(qapp)
    language_choice._chosen.clear()


@pytest.fixture
def welsh(english_after: QApplication) -> QApplication:
    assert ui_i18n.install_language(english_after, ui_i18n.WELSH) == ui_i18n.WELSH
    return english_after


@pytest.fixture
def pseudo(english_after: QApplication) -> QApplication:
    assert ui_i18n.install_language(english_after, ui_i18n.PSEUDO) == ui_i18n.PSEUDO
    return english_after
