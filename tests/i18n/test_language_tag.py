"""The core is told which language is installed, so caches holding translated words (the
sealed caseload rows) are never served in the wrong one."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.i18n import install_language
from womenscentre import i18n


def test_the_core_knows_the_installed_language(english_after: QApplication) -> None:
    assert i18n.current_language() == i18n.ENGLISH
    assert install_language(english_after, "cy") == "cy"
    assert i18n.current_language() == "cy"
    assert install_language(english_after, "pseudo") == "pseudo"
    assert i18n.current_language() == "pseudo"
    install_language(english_after, "en-GB")
    assert i18n.current_language() == i18n.ENGLISH
