"""The ``womenscentre`` command: subcommands run headless, no subcommand opens the app.

This lives in ``ui`` because the core may never import the Qt layer. It imports
nothing from Qt itself, so ``womenscentre lint`` and friends start fast; the
desktop app is imported only when it is about to be shown.

``--language {en-GB,cy,pseudo}`` chooses the language for the app and the command line
alike. It is taken out here, before anything is parsed, because argparse writes its help
when the parser is built: the language is chosen and installed first, the same way the
app chooses it (:func:`ui.i18n.choose_language`: the option, ``WOMENSCENTRE_LANGUAGE``, the
data folder's ``settings.json``, then British English). English, by far the usual case,
installs nothing and imports no Qt, so ``womenscentre lint`` still starts fast; any other
language loads its catalogue with QtCore alone (no QApplication).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from womenscentre import laptop_settings
from womenscentre.cli.main import LANGUAGE_ENV, LANGUAGE_OPTION, data_folder_options, run
from womenscentre.i18n import tr
from womenscentre.paths import VaultPaths, resolve_data_dir

if TYPE_CHECKING:
    from womenscentre.exports.document import RenderPdf

#: How British English may be written: these settle the choice without loading Qt.
#: (``ui.i18n`` knows every spelling, but importing it imports QtCore.)
_ENGLISH_SPELLINGS = frozenset({"en", "en-gb", "en_gb", "english"})


def language_option(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``--language X`` (or ``--language=X``) taken out of ``argv``: the value and the rest.

    An unknown value is not refused here: the app opens in English and notes it in its log.
    """
    words, language, rest = list(argv), None, []
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":
            rest += words[index:]
            break
        if word.startswith(LANGUAGE_OPTION + "="):
            language = word.partition("=")[2]
        elif word == LANGUAGE_OPTION and index + 1 < len(words):
            language = words[index + 1]
            index += 1
        else:
            rest.append(word)
        index += 1
    return language, rest


def _vault_paths(words: Sequence[str]) -> VaultPaths:
    data_dir, demo = data_folder_options(words)
    return VaultPaths.for_dir(resolve_data_dir(data_dir, demo=demo))


def _saved_language(paths: VaultPaths) -> str | None:
    """The data folder's saved choice, read with the standard library alone."""
    value = laptop_settings.read(paths.settings).get("language")
    return value if isinstance(value, str) else None


def speak_chosen_language(option: str | None, words: Sequence[str]) -> str:
    """Install the chosen language for the command line; returns the one in use.

    The first choice given decides, as in the app. Only when it isn't plainly English is
    ``ui.i18n`` (and so QtCore) imported, to decide for certain and load the catalogue.
    """
    paths: VaultPaths | None = None
    first = next((v for v in (option, os.environ.get(LANGUAGE_ENV)) if v and v.strip()), None)
    if first is None:
        try:
            paths = _vault_paths(words)
        except Exception:  # no data folder to read: the command itself will explain
            return "en-GB"
        first = _saved_language(paths)
    if first is None or not first.strip() or first.strip().lower() in _ENGLISH_SPELLINGS:
        return "en-GB"
    from ui.i18n import choose_language, install_for_command_line

    if paths is None:
        try:
            paths = _vault_paths(words)
        except Exception:  # the option or variable decides; there is just no log
            paths = None
    # Without a data folder the settings file is never reached: the option or variable gave
    # the language, and it comes first.
    settings = paths.settings if paths is not None else Path(os.devnull)
    log_dir = paths.logs if paths is not None else None
    return install_for_command_line(choose_language(option, settings, log_dir), log_dir)


def _open_app(paths: VaultPaths, demo: bool, language: str | None = None) -> int:
    if demo and not paths.database.exists():
        from womenscentre.demo import build_demo_vault

        print(
            tr("Setting up the fictional training vault; this takes a few seconds…"),
            file=sys.stderr,
        )
        build_demo_vault(paths)
    from ui.app import run_app

    options = {} if language is None else {"language": language}
    return run_app(paths, demo=demo, **options)


def _render_pdf() -> RenderPdf:
    """The PDF typesetter lives in ui/ (it needs QtGui); the core is handed it."""
    from ui.pdf import render

    return render


def main(argv: Sequence[str] | None = None) -> int:
    language, words = language_option(sys.argv[1:] if argv is None else argv)
    speak_chosen_language(language, words)
    return run(words, lambda paths, demo: _open_app(paths, demo, language), _render_pdf)


if __name__ == "__main__":
    sys.exit(main())
