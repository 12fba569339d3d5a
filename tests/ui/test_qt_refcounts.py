"""Guard against a Qt binding that wears away Python's True/None reference counts.

PySide6 6.12.0 under CPython 3.11 dropped a reference on every signal emit and on some
calls returning None; after enough of them the process aborts with "deallocating True or
False", which for a note-taking app means a crash mid-session. pyproject.toml caps the
version; this test fails if an installed binding leaks again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument


class _Emitter(QObject):
    flag = Signal(bool)


def test_signal_emits_keep_true_alive(qapp):
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.flag.emit(True)
    assert sys.getrefcount(True) >= before


def test_calls_returning_none_keep_none_alive(qapp):
    cursor = QTextCursor(QTextDocument("Fictional text for a cursor to move in."))
    before = sys.getrefcount(None)
    for _ in range(500):
        cursor.setPosition(3)
    assert sys.getrefcount(None) >= before - 50
