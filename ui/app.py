"""Starting the desktop app: ``run_app`` is what ``womenscentre`` with no subcommand calls.

In order: harden the process (the core's ``harden_process``: no core dumps; the command
line has done this already, and doing it twice costs nothing); create the ``QApplication``
with Qt's native style for this system (no Fusion, no stylesheet, so the system palette,
dark mode and high contrast apply as the person has set them; high-DPI scaling is on by
default in Qt 6); route every uncaught exception to a kind message; open the window on
set-up or unlock, depending on whether this folder already holds a vault; and, once it has
been drawn, run the crypto self-test, closing the app kindly if it fails. The language
(:mod:`ui.i18n`) is installed straight after the application is made, before any widget
reads its text.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from contextlib import suppress

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import messages
from ui.i18n import choose_language, install_language
from ui.main_window import APP_TITLE, MainWindow
from womenscentre.clock import Clock
from womenscentre.errors import UserFacingError
from womenscentre.hardening import harden_process
from womenscentre.paths import VaultPaths, resource_path

#: Set only by the bundle test (tests/packaging/test_bundle.py): once the window is shown and
#: the event loop has run for a moment, the app quits as if closed. It proves a frozen build
#: can open its window with nobody there to close it.
QUIT_AFTER_START_ENV = "WOMENSCENTRE_QUIT_AFTER_START_FOR_TESTS"
#: The core modules unlocking needs (SQLAlchemy and the services), imported on a thread of
#: their own once the window has painted, while she types: the first unlock needn't wait.
WARM_UP_MODULES = ("womenscentre.services.lifecycle",)
WARM_UP_AFTER_MS = 250
#: Matches packaging/linux's .desktop file, so Wayland desktops find the app's icon.
DESKTOP_FILE_NAME = "org.womenscentre.womenscentre"


def make_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_TITLE)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setOrganizationName(APP_TITLE)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app's icon, drawn from SVG so it stays sharp at any scale (high-DPI screens)."""
    try:
        return QIcon(str(resource_path("icons/womenscentre.svg")))
    except FileNotFoundError:
        return QIcon()


def warm_up_core() -> threading.Thread:
    """Import :data:`WARM_UP_MODULES` off the GUI thread; no Qt, so no widget is touched.

    Not a daemon: a close during the import waits for it (well under a second) rather than
    stopping the interpreter mid-import.
    """

    def import_all() -> None:
        for name in WARM_UP_MODULES:
            with suppress(Exception):  # the real import, at unlock, reports any problem
                importlib.import_module(name)

    thread = threading.Thread(target=import_all, name="womenscentre-warm-up")
    thread.start()
    return thread


def run_self_test() -> None:
    """The core's crypto self-test, imported only when it runs: ``cryptography`` is a slow
    import that the first paint needn't wait for."""
    from womenscentre.vault.selftest import run_self_test as core_self_test

    core_self_test()


def _stop_unless_self_test_passes(app: QApplication, window: MainWindow) -> None:
    if not self_test_passes():
        window.hide()  # nothing may be typed into a vault this machine can't protect
        app.exit(1)


def self_test_passes() -> bool:
    """Run the crypto self-test; on failure say so kindly, because no vault may open."""
    try:
        run_self_test()
    except UserFacingError as exc:
        messages.warning(None, exc.message)
        return False
    return True


def run_app(
    paths: VaultPaths,
    *,
    demo: bool = False,
    clock: Clock | None = None,
    language: str | None = None,
) -> int:
    """Show the app until it is closed; return the process exit code.

    ``language`` is the ``--language`` option, if given; otherwise the environment or the
    saved setting decides (:func:`ui.i18n.choose_language`).
    """
    harden_process()
    app = make_application()
    install_language(app, choose_language(language, paths.settings, paths.logs), paths.logs)
    previous_hook = sys.excepthook
    messages.install_excepthook(paths.logs)
    try:
        window = MainWindow(paths, demo=demo, clock=clock)
        app.aboutToQuit.connect(window.shutdown)
        # The crypto self-test (and the cryptography import it needs) waits for the first
        # draw, so the window appears sooner; it still runs before anyone could have typed
        # a passphrase, and the core repeats it before any vault is created or opened.
        window.first_drawn.connect(lambda: _stop_unless_self_test_passes(app, window))
        window.first_drawn.connect(lambda: QTimer.singleShot(WARM_UP_AFTER_MS, warm_up_core))
        window.show()
        if os.environ.get(QUIT_AFTER_START_ENV) == "1":
            QTimer.singleShot(1000, app.quit)
        code = app.exec()
        window.shutdown()
        return int(code)
    finally:
        sys.excepthook = previous_hook
