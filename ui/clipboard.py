"""Copying to the clipboard, and taking it back again.

On a shared laptop the clipboard outlives the app: whatever is left there can be pasted by
the next person. So the app copies only through :class:`ClipboardGuard`, which remembers
what it put there, marks it as sensitive for clipboard managers (the hints KeePassXC uses),
and clears it after a short while, on lock and on quit, but only if the clipboard still
holds exactly what the app put there: something the person copied since from elsewhere is
hers and is left alone.

Text copied out of a note goes through :class:`GuardedPlainTextEdit`; other fields are
caught by ownership where the platform reports it.

Known limit: on Wayland an app that is not focused may not be allowed to clear the
clipboard; KeePassXC calls ``wl-copy -c`` for that case. Not done here yet.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

#: How long copied text stays on the clipboard before the app takes it back.
CLEAR_AFTER_MS = 30_000

_CONCEALED_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
}


class ClipboardGuard(QObject):
    """The app's copy helper: copy text now, take it back later if it is still ours."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clipboard: QClipboard | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._clipboard.dataChanged.connect(self._on_clipboard_data_changed)

    def set_clear_after_seconds(self, seconds: int) -> None:
        """The centre's setting: how long copied text may stay on the clipboard."""
        self._timer.setInterval(max(1, seconds) * 1000)

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    @property
    def holds_ours(self) -> bool:
        return self._ours is not None and self._clipboard.text() == self._ours

    def copy_text(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _CONCEALED_HINTS.items():
            mime.setData(kind, value)
        self._clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self.adopt(text)

    def adopt(self, text: str) -> None:
        """Count ``text`` as the app's own: a widget is copying it to the clipboard."""
        if text:
            self._ours = text
            self._timer.start()

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds what the app put there; say if it did."""
        self._timer.stop()
        cleared = self.holds_ours
        if cleared:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)  # X11's middle-click selection
        self._ours = None
        return cleared

    @Slot()
    def _on_clipboard_data_changed(self) -> None:
        # Where the platform can tell (X11, Windows, macOS), anything copied from any of the
        # app's fields counts as the app's own, not only what went through copy_text.
        if self._clipboard.ownsClipboard():
            self.adopt(self._clipboard.text())

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.clear_if_ours()


class GuardedPlainTextEdit(QPlainTextEdit):
    """A plain-text box whose copy, cut and drag go through the app's :class:`ClipboardGuard`.

    Qt builds the clipboard data for every copy path (keys, context menu, cut, drag) through
    ``createMimeDataFromSelection``, so marking it here covers them all: the text is flagged
    as sensitive to clipboard managers, and taken back after a while and on lock.
    """

    def __init__(self, guard: ClipboardGuard | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guard = guard

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        for kind, value in _CONCEALED_HINTS.items():
            mime.setData(kind, value)
        if self._guard is not None:
            self._guard.adopt(mime.text())
        return mime
