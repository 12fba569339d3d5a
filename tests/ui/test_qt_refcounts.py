"""Guard against a Qt binding that wears away Python's True/None reference counts.

PySide6 6.12.0 under CPython 3.11 dropped a reference on every signal emit and on some
calls returning None; after enough of them the process aborts with "deallocating True or
False", which for a note-taking app means a crash mid-session. pyproject.toml caps the
version; this test fails if an installed binding leaks again. The garbage collector is
paused while counting, so objects freed by a collection can't move the count; a whole
editor session was too noisy to count this way (objects made earlier are freed during it).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument


@contextmanager
def _no_collection() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _Emitter(QObject):
    flag = Signal(bool)


def test_signal_emits_keep_true_alive(qapp):
    emitter = _Emitter()
    with _no_collection():
        before = sys.getrefcount(True)
        for _ in range(500):
            emitter.flag.emit(True)
        assert sys.getrefcount(True) - before > -20


def test_calls_returning_none_keep_none_alive(qapp):
    document = QTextDocument("Fictional text for a cursor to move in.")
    cursor = QTextCursor(document)
    with _no_collection():
        before = sys.getrefcount(None)
        for _ in range(500):
            cursor.setPosition(3)
        assert sys.getrefcount(None) - before > -20
