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

Run as ``python -m benchmarks.scale_startup app DATA_DIR`` or ``... bare``. With
``--every-event`` last, the old watcher (:func:`_watch_every_event`) is used instead, so the
report can show what it would say in the same run.
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


def _watch_every_event(application: Any) -> None:
    """The watcher used until 2026-11-22, kept to report beside the new one: an event filter
    on the whole application prints the marker on the first turn of the event loop after a
    main window's ``Show`` event (so before its first paint). See :func:`_watch` for why it
    was replaced."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstShow(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                not self.done
                and event.type() == QEvent.Type.Show
                and isinstance(watched, QMainWindow)
            ):
                self.done = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            print(MARKER, flush=True)
            QApplication.quit()

    application.installEventFilter(FirstShow(application))


def run_app(data_dir: str, watch: Any = _watch) -> int:
    import ui.app

    original = ui.app.make_application

    def make_application() -> Any:
        application = original()
        watch(application)
        return application

    ui.app.make_application = make_application
    from ui.launcher import main

    return main(["--data-dir", data_dir])


def run_bare(watch: Any = _watch) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    application = QApplication(sys.argv[:1])
    watch(application)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(1024, 700)
    window.show()
    return application.exec()


if __name__ == "__main__":
    words = sys.argv[1:]
    chosen = _watch_every_event if words[-1:] == ["--every-event"] else _watch
    words = words[:-1] if chosen is _watch_every_event else words
    if words[:1] == ["app"] and len(words) == 2:
        sys.exit(run_app(words[1], chosen))
    if words == ["bare"]:
        sys.exit(run_bare(chosen))
    sys.exit("usage: python -m benchmarks.scale_startup app DATA_DIR | bare [--every-event]")
