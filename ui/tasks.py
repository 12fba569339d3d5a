"""The one way the desktop app runs slow work without freezing the window.

Creating a vault calibrates Argon2id (about a second) and unlocking runs it again; loading a
caseload opens many sealed records. Done on the GUI thread, each would freeze the window, and
a frozen window on a shared laptop looks broken. So every such job goes through
:class:`TaskRunner`:

- jobs run one at a time on a single worker thread (``ThreadPoolExecutor(max_workers=1)``),
  so two jobs never use the vault at once and they finish in the order they were asked for;
- the job is a plain function that never touches a widget; its result, or its exception, is
  carried back to the GUI thread by a Qt signal, and only there are the callbacks called;
- :meth:`TaskRunner.drain` lets locking wait for the job in flight and throw its result away,
  so decrypted rows that arrive after a lock never reach a model.

The pattern follows Anki's ``QueryOp`` (style reference R5).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

# The worker thread (and ``concurrent.futures`` with it) is made for the first job: the
# window makes its runner before it is first drawn, and needs no thread until then.
if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

T = TypeVar("T")

SuccessHandler = Callable[[Any], None]
FailureHandler = Callable[[BaseException], None]


@dataclass(frozen=True)
class _Outcome(Generic[T]):
    """What a finished job hands back across the thread boundary."""

    task_id: int
    result: T | None = None
    error: BaseException | None = None


@dataclass
class _Pending:
    on_success: SuccessHandler
    on_failure: FailureHandler | None
    on_discard: SuccessHandler | None
    future: Future[_Outcome[Any]] | None = None


class TaskRunner(QObject):
    """Runs one job at a time off the GUI thread and reports back on it.

    Signals:
        busy_changed(bool): True when the first job starts, False when the last one ends,
            so screens can show a progress indicator for anything that takes a while.
        failed(object): a job failed and was given no failure handler; the exception is
            passed on so the app can show one kind message (see :mod:`ui.messages`).
    """

    busy_changed = Signal(bool)
    failed = Signal(object)
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: ThreadPoolExecutor | None = None
        self._shut_down = False
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._guard = threading.Lock()
        self._finished.connect(self._on_self_finished)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        job: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: FailureHandler | None = None,
        *,
        on_discard: Callable[[T], None] | None = None,
    ) -> int:
        """Start ``job`` on the worker; call a handler on the GUI thread when it ends.

        Returns the task's id. ``on_failure`` gets any exception ``job`` raised; without
        one, the :attr:`failed` signal carries it instead. ``on_discard`` gets a result that
        :meth:`drain` threw away, for results that must be closed rather than dropped (an
        unlocked vault arriving as the window closes).
        """
        if self._shut_down:
            raise RuntimeError("the task runner has been shut down")
        task_id = next(self._ids)
        was_busy = self.busy
        with self._guard:
            self._pending[task_id] = _Pending(on_success, on_failure, on_discard)

        def work() -> _Outcome[Any]:
            try:
                outcome: _Outcome[Any] = _Outcome(task_id, result=job())
            except BaseException as exc:  # every failure is carried back to the GUI thread
                outcome = _Outcome(task_id, error=exc)
            self._finished.emit(outcome)
            return outcome

        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="womenscentre-job"
            )
        future = self._executor.submit(work)
        with self._guard:
            if task_id in self._pending:
                self._pending[task_id].future = future
        if not was_busy:
            self.busy_changed.emit(True)
        return task_id

    def drain(self) -> None:
        """Forget every job's handlers, then wait for the job in flight to finish.

        Used when locking: whatever a running job decrypts is dropped, never handed to a
        model, and the vault is not closed under its feet. Jobs are short (the longest is a
        key derivation of about a second), so waiting here is brief.
        """
        with self._guard:
            dropped = list(self._pending.values())
            self._pending.clear()
        for pending in dropped:
            if pending.future is None:
                continue
            outcome = pending.future.result()
            if pending.on_discard is not None and outcome.error is None:
                with suppress(Exception):
                    pending.on_discard(outcome.result)
        if dropped:
            self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Stop taking jobs and wait for the running one; called as the app closes."""
        self.drain()
        self._shut_down = True
        if self._executor is not None:
            self._executor.shutdown(wait=True)

    @Slot(object)
    def _on_self_finished(self, outcome: _Outcome[Any]) -> None:
        with self._guard:
            pending = self._pending.pop(outcome.task_id, None)
        if pending is None:
            return  # drained: the result belongs to a vault that has since been locked
        if not self._pending:
            self.busy_changed.emit(False)
        if outcome.error is None:
            pending.on_success(outcome.result)
        elif pending.on_failure is not None:
            pending.on_failure(outcome.error)
        else:
            self.failed.emit(outcome.error)
