"""Cold start, measured from outside: the app to its unlock window, and a bare PySide6 window.

``bench_scale`` starts each as a new process (``QT_QPA_PLATFORM=offscreen``) and times from
starting the process to the line ``shown`` on its standard output. Each process prints it
as soon as its main window has first been drawn (:func:`_watch`), then quits.

* ``app DATA_DIR``: the app exactly as ``womenscentre`` starts it (``ui.launcher.main``:
  argument parsing, hardening, crypto self-test, ``MainWindow`` on the unlock page for an
  existing vault). Nothing in the app is changed: ``ui.app.make_application`` is wrapped so
  the watcher is installed on the application the app itself creates.
* ``bare``: a ``QApplication`` and an empty ``QMainWindow`` of the same size, the same
  watcher.

Run as ``python -m benchmarks.scale_startup app DATA_DIR`` or ``... bare``.
"""

from __future__ import annotations

import sys
from typing import Any

MARKER = "shown"


def _watch(application: Any) -> None:
    """Print the marker as soon as a main window has been drawn for the first time, then quit.

    A zero-interval timer looks, once per turn of the event loop, for a visible main window.
    Found but not yet exposed, its native window gets a small event filter: when Qt hands
    that window its first ``Expose`` event it paints it straight away, and the marker is
    queued from the filter, so it is printed the moment that paint is done, ahead of
    anything the program itself queued while painting. (Found already exposed, the marker is
    printed at once.) The check is the same for both processes.

    It deliberately isn't an event filter on the whole application, as it was until
    2026-11-22: a Python event filter there is handed every event the program makes, and
    turning each new kind of event into a Python object costs about 28 ms before a window
    with a text field is drawn, while an empty window makes too few kinds to pay much. That
    was the instrument's own cost, and it fell unevenly on the two sides.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    watched_windows: list[QObject] = []

    def report() -> None:
        if timer.isActive():
            timer.stop()
            print(MARKER, flush=True)
            QApplication.quit()

    class FirstExpose(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Expose:
                QTimer.singleShot(0, report)
            return False

    first_expose = FirstExpose(application)

    def check() -> None:
        for widget in QApplication.topLevelWidgets():
            handle = widget.windowHandle() if isinstance(widget, QMainWindow) else None
            if handle is None or not widget.isVisible():
                continue
            if handle.isExposed():
                report()
            elif handle not in watched_windows:
                watched_windows.append(handle)
                handle.installEventFilter(first_expose)
            return

    timer = QTimer(application)
    timer.setInterval(0)
    timer.timeout.connect(check)
    timer.start()


def run_app(data_dir: str) -> int:
    import ui.app

    original = ui.app.make_application

    def make_application() -> Any:
        application = original()
        _watch(application)
        return application

    ui.app.make_application = make_application
    from ui.launcher import main

    return main(["--data-dir", data_dir])


def run_bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    application = QApplication(sys.argv[:1])
    _watch(application)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1024, 700)
    window.show()
    return application.exec()


if __name__ == "__main__":
    if sys.argv[1:2] == ["app"] and len(sys.argv) == 3:
        sys.exit(run_app(sys.argv[2]))
    if sys.argv[1:] == ["bare"]:
        sys.exit(run_bare())
    sys.exit("usage: python -m benchmarks.scale_startup app DATA_DIR | bare")
