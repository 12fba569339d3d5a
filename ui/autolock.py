"""Everything that asks the app to lock itself when nobody is at the keyboard.

:class:`AutoLock` gathers the triggers in one place and emits one signal; the main window
does the locking itself (design §2's order lives there). Triggers:

- **Idle time.** An application-wide event filter notes the time of every key, mouse, wheel,
  touch and hover event. It is installed only while armed (unlocked): a Python event filter
  sees every event the app handles, and on the unlock screen there is nothing to lock, so
  the window there is drawn and typed into without that cost (issue #9's cold start). A
  periodic ``QTimer`` compares that with an injectable
  :class:`~womenscentre.clock.Clock`. Comparing against the clock, rather than restarting a
  single-shot timer as KeePassXC does, lets tests move time with ``ManualClock`` instead of
  sleeping, and means a laptop waking from sleep locks on the first tick because the
  monotonic clock has moved on. The default is five minutes (design §2).
- **The application being hidden or suspended** (``QGuiApplication.applicationStateChanged``).
  Desktop platforms rarely send these; mobile-style platforms and some compositors do.
  ``Inactive`` (another window focused) is deliberately *not* a trigger: a keyworker
  glancing at her calendar shouldn't have to unlock again.
- **Session lock and sleep on Linux**, through D-Bus: ``org.freedesktop.ScreenSaver`` and
  ``org.gnome.ScreenSaver`` ``ActiveChanged`` on the session bus, and logind's
  ``PrepareForSleep`` and the session's ``Lock`` on the system bus. Each is connected if its
  bus is there and silently skipped if not.

Not available yet: Windows (``WTSRegisterSessionNotification`` through a
``QAbstractNativeEventFilter``) and macOS (distributed notifications
``com.apple.screenIsLocked``) session-lock signals; Qt exposes neither. On those systems the
idle lock still applies.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication

from womenscentre.clock import Clock

DEFAULT_IDLE_SECONDS = 5 * 60
DEFAULT_TICK_MS = 1000

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)

_AWAY_STATES = frozenset(
    {Qt.ApplicationState.ApplicationHidden, Qt.ApplicationState.ApplicationSuspended}
)


class Reason:
    """Why a lock was asked for; kept for messages and tests, never personal."""

    IDLE = "idle"
    APP_HIDDEN = "app-hidden"
    SESSION_LOCKED = "session-locked"
    SLEEP = "sleep"


class AutoLock(QObject):
    """Watches for an empty chair and asks for a lock while armed.

    Signals:
        lock_requested(str): one of the :class:`Reason` values. Emitted once per arming: it
            disarms itself, and the window arms it again after the next unlock.
    """

    lock_requested = Signal(str)

    def __init__(
        self,
        clock: Clock,
        parent: QObject | None = None,
        *,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        tick_ms: int = DEFAULT_TICK_MS,
        watch_session: bool = True,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.idle_seconds = idle_seconds
        self._armed = False
        self._last_activity = clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_app_state_changed)
        self.session_signals = connect_session_signals(self) if watch_session else []

    @property
    def armed(self) -> bool:
        return self._armed

    def arm(self) -> None:
        """Start watching, counting idle time from now; called after each unlock."""
        self._last_activity = self._clock.monotonic()
        if not self._armed and (app := QCoreApplication.instance()) is not None:
            app.installEventFilter(self)
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        if self._armed and (app := QCoreApplication.instance()) is not None:
            app.removeEventFilter(self)
        self._armed = False
        self._timer.stop()

    def seconds_left(self) -> float:
        return self.idle_seconds - (self._clock.monotonic() - self._last_activity)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in _ACTIVITY:
            self._last_activity = self._clock.monotonic()
        return False

    def _request(self, reason: str) -> None:
        if self._armed:
            self.disarm()
            self.lock_requested.emit(reason)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.seconds_left() <= 0:
            self._request(Reason.IDLE)

    @Slot(Qt.ApplicationState)
    def _on_app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state in _AWAY_STATES:
            self._request(Reason.APP_HIDDEN)

    # D-Bus delivers these by signature, so their names are part of the connection strings.
    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        if active:
            self._request(Reason.SESSION_LOCKED)

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self._request(Reason.SLEEP)

    @Slot()
    def on_session_lock(self) -> None:
        self._request(Reason.SESSION_LOCKED)


def connect_session_signals(
    receiver: AutoLock,
    *,
    session: QDBusConnection | None = None,
    system: QDBusConnection | None = None,
) -> list[str]:
    """Connect the Linux session-lock and sleep signals that exist; name the ones that did.

    The buses default to the real session and system buses; tests pass a private bus.
    """
    if not sys.platform.startswith("linux"):
        return []
    connected: list[str] = []
    session = session or QDBusConnection.sessionBus()
    system = system or QDBusConnection.systemBus()
    wanted = [
        (session, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
         "org.freedesktop.ScreenSaver", "ActiveChanged", "on_screensaver_active(bool)"),
        (session, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver",
         "org.gnome.ScreenSaver", "ActiveChanged", "on_screensaver_active(bool)"),
        (system, "org.freedesktop.login1", "/org/freedesktop/login1",
         "org.freedesktop.login1.Manager", "PrepareForSleep", "on_prepare_for_sleep(bool)"),
    ]  # fmt: skip
    session_id = os.environ.get("XDG_SESSION_ID", "").strip()
    if session_id.isalnum():
        wanted.append(
            (system, "org.freedesktop.login1", f"/org/freedesktop/login1/session/{session_id}",
             "org.freedesktop.login1.Session", "Lock", "on_session_lock()")
        )  # fmt: skip
    for bus, service, path, interface, name, slot in wanted:
        # PySide needs the SLOT() string here, whatever its type stubs say.
        signature = SLOT(slot)
        if bus.isConnected() and bus.connect(
            service,
            path,
            interface,
            name,
            receiver,
            signature,  # type: ignore[call-overload]
        ):
            connected.append(f"{interface}.{name}")
    return connected
