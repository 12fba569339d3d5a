"""Session lock over a real D-Bus: a private bus daemon stands in for the desktop's.

The screen saver's ``ActiveChanged(true)`` and logind's ``PrepareForSleep(true)`` are sent as
real D-Bus signals, from a connection that owns the real service name, exactly as a desktop
would send them. Skipped where ``dbus-daemon`` is not installed.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from ui.autolock import AutoLock, Reason, connect_session_signals
from womenscentre.clock import ManualClock

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None, reason="needs dbus-daemon for a private bus"
)


@pytest.fixture
def private_bus() -> Iterator[str]:
    """Start a throwaway session bus daemon; yield its address."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    yield address
    daemon.terminate()
    daemon.wait(5)


def connect(address: str, name: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    return bus


@pytest.mark.parametrize(
    ("service", "path", "interface", "member", "reason"),
    [
        (
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            Reason.SESSION_LOCKED,
        ),
        (
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            Reason.SLEEP,
        ),
    ],
)
def test_desktop_signal_asks_for_a_lock(
    qtbot: QtBot,
    private_bus: str,
    service: str,
    path: str,
    interface: str,
    member: str,
    reason: str,
) -> None:
    """The screen locking or the laptop going to sleep asks the app to lock."""
    listener_bus = connect(private_bus, f"wc-listener-{member}")
    desktop_bus = connect(private_bus, f"wc-desktop-{member}")
    assert desktop_bus.registerService(service)
    autolock = AutoLock(ManualClock(), watch_session=False)
    connected = connect_session_signals(autolock, session=listener_bus, system=listener_bus)
    assert f"{interface}.{member}" in connected
    autolock.arm()
    signal = QDBusMessage.createSignal(path, interface, member)
    signal.setArguments([True])
    with qtbot.waitSignal(autolock.lock_requested, timeout=5000) as blocker:
        assert desktop_bus.send(signal)
    assert blocker.args == [reason]
    assert not autolock.armed
    QDBusConnection.disconnectFromBus(f"wc-listener-{member}")
    QDBusConnection.disconnectFromBus(f"wc-desktop-{member}")


def test_no_bus_means_nothing_connected_and_no_error() -> None:
    """Without a desktop bus (as in CI), nothing is connected and nothing breaks."""
    autolock = AutoLock(ManualClock(), watch_session=False)
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "wc-dead")
    assert connect_session_signals(autolock, session=dead, system=dead) == []
    QDBusConnection.disconnectFromBus("wc-dead")
