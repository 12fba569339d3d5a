"""An injectable clock.

Auto-lock, throttling, retention and audit timestamps all ask this module for the
time, so tests can move time forward instead of sleeping.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware UTC wall time, for records and the audit log."""
        ...

    def monotonic(self) -> float:
        """Seconds that only go forward, for delays and idle timers."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class ManualClock:
    """A clock that moves only when told to; used by tests and benchmarks."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self._now += timedelta(seconds=seconds)
        self._mono += seconds


def to_minute(moment: datetime) -> datetime:
    """Round down to the minute: plaintext timestamps stay coarse (design §2)."""
    return moment.replace(second=0, microsecond=0)
