"""The ``womenscentre`` command: subcommands run headless, no subcommand opens the app.

This lives in ``ui`` because the core may never import the Qt layer. It imports
nothing from Qt itself, so ``womenscentre lint`` and friends start fast; the
desktop app is imported only when it is about to be shown.

``--language {en-GB,cy,pseudo}`` is the desktop app's own option (the command line itself
stays in English), so it is taken out here before the rest of the line is parsed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from womenscentre.cli.main import run
from womenscentre.paths import VaultPaths

if TYPE_CHECKING:
    from womenscentre.exports.document import RenderPdf


LANGUAGE_OPTION = "--language"


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


def _open_app(paths: VaultPaths, demo: bool, language: str | None = None) -> int:
    if demo and not paths.database.exists():
        from womenscentre.demo import build_demo_vault

        print("Setting up the fictional training vault; this takes a few seconds…", file=sys.stderr)
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
    return run(words, lambda paths, demo: _open_app(paths, demo, language), _render_pdf)


if __name__ == "__main__":
    sys.exit(main())
