"""Copying to the clipboard, and taking it back again.

On a shared laptop the clipboard outlives the app: whatever is left there can be pasted by
the next person. So the app copies only through :class:`ClipboardGuard`, which remembers
what it put there, marks it as sensitive for clipboard managers (the hints KeePassXC uses),
and clears it after a short while, on lock and on quit, but only if the clipboard still
holds exactly what the app put there: something the person copied since from elsewhere is
hers and is left alone.

Known limit: on Wayland an app that is not focused may not be allowed to clear the
clipboard; KeePassXC calls ``wl-copy -c`` for that case. Not done here yet.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

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

    @property
    def holds_ours(self) -> bool:
        return self._ours is not None and self._clipboard.text() == self._ours

    def copy_text(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for kind, value in _CONCEALED_HINTS.items():
            mime.setData(kind, value)
        self._clipboard.setMimeData(mime, QClipboard.Mode.Clipboard)
        self._ours = text
        self._timer.start()

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds what the app put there; say if it did."""
        self._timer.stop()
        cleared = self.holds_ours
        if cleared:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        self._ours = None
        return cleared

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.clear_if_ours()
