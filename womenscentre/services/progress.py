"""Progress of long jobs (backup, restore, import), reported as plain values.

The core calls a ``ProgressCallback`` on whatever thread runs the job; the app carries each
step across to its window with one Qt signal. A callback that raises stops the job, and the
job's own all-or-nothing rules apply (an import rolls back, a backup leaves no file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    """One step of a long job, for a progress bar: ``done`` of ``total`` in that stage."""

    stage: str
    done: int
    total: int


ProgressCallback = Callable[[Progress], None]
