"""Cold start, measured from outside: the app to its unlock window, and a bare PySide6 window.

``bench_scale`` starts each as a new process (``QT_QPA_PLATFORM=offscreen``) and times from
starting the process to the line ``shown`` on its standard output. Each process prints it
on the first turn of the event loop after its main window's ``Show`` event, then quits.

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
    """Print the marker after the first main window is shown, then quit."""
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

    watcher = FirstShow(application)
    application.installEventFilter(watcher)


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
