"""The ``womenscentre`` command: subcommands run headless, no subcommand opens the app.

This lives in ``ui`` because the core may never import the Qt layer. It imports
nothing from Qt itself, so ``womenscentre lint`` and friends start fast; the
desktop app is imported only when it is about to be shown.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from womenscentre.cli.main import run
from womenscentre.paths import VaultPaths

if TYPE_CHECKING:
    from womenscentre.exports.document import RenderPdf


def _open_app(paths: VaultPaths, demo: bool) -> int:
    if demo and not paths.database.exists():
        from womenscentre.demo import build_demo_vault

        print("Setting up the fictional training vault; this takes a few seconds…", file=sys.stderr)
        build_demo_vault(paths)
    from ui.app import run_app

    return run_app(paths, demo=demo)


def _render_pdf() -> RenderPdf:
    """The PDF typesetter lives in ui/ (it needs QtGui); the core is handed it."""
    from ui.pdf import render

    return render


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv, _open_app, _render_pdf)


if __name__ == "__main__":
    sys.exit(main())
