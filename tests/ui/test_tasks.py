"""The task runner: slow work off the GUI thread, answers back on it, nothing after a lock."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot: QtBot) -> TaskRunner:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    """The job runs on the worker; its result is handed over on the GUI thread."""
    seen: list[tuple[object, str]] = []
    gui = threading.current_thread().name

    def job() -> str:
        return threading.current_thread().name

    runner.run(job, lambda worker: seen.append((worker, threading.current_thread().name)))
    qtbot.waitUntil(lambda: bool(seen))
    worker_name, called_on = seen[0]
    assert worker_name != gui
    assert called_on == gui


def test_exception_goes_to_the_failure_handler(qtbot: QtBot, runner: TaskRunner) -> None:
    """An exception in the job is carried back, not lost on the worker."""
    errors: list[BaseException] = []

    def job() -> None:
        raise ValueError("boom")

    runner.run(job, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_exception_without_handler_is_signalled(qtbot: QtBot, runner: TaskRunner) -> None:
    """With no failure handler, the failed signal carries the exception."""

    def job() -> None:
        raise KeyError("x")

    with qtbot.waitSignal(runner.failed) as blocker:
        runner.run(job, lambda _: None)
    assert isinstance(blocker.args[0], KeyError)


def test_busy_is_signalled_around_a_job(qtbot: QtBot, runner: TaskRunner) -> None:
    """A progress indicator can follow busy_changed: on when work starts, off when it ends."""
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    done: list[int] = []
    runner.run(lambda: 1, done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert states == [True, False]
    assert not runner.busy


def test_drain_drops_results_and_hands_them_to_discard(qtbot: QtBot, runner: TaskRunner) -> None:
    """After drain (as on lock), a job's result never reaches on_success."""
    release = threading.Event()
    delivered: list[str] = []
    discarded: list[str] = []

    def job() -> str:
        release.wait(5)
        return "decrypted rows"

    runner.run(job, delivered.append, on_discard=discarded.append)
    release.set()
    runner.drain()
    qtbot.wait(50)
    assert delivered == []
    assert discarded == ["decrypted rows"]
    assert not runner.busy


def test_jobs_run_one_at_a_time_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    """Two jobs never use the vault at once: they finish in the order asked."""
    order: list[int] = []
    for number in range(5):
        runner.run(lambda n=number: n, order.append)
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4]
