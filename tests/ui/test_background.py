"""The background helper: work runs off the GUI thread, outcomes come back on it, and a progress
dialog appears only for slow work."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from clientsafe.core.errors import AuthenticationFailed
from clientsafe.ui import background
from clientsafe.ui.background import Cancelled, failure_sentence, run_in_background

WAIT_MS = 10_000


class Outcome:
    """Collects what the callbacks received, and on which thread."""

    def __init__(self) -> None:
        self.results: list[Any] = []
        self.errors: list[BaseException] = []
        self.progress: list[tuple[int, int]] = []
        self.threads: list[threading.Thread] = []

    def success(self, value: Any) -> None:
        self.threads.append(threading.current_thread())
        self.results.append(value)

    def failure(self, exc: BaseException) -> None:
        self.threads.append(threading.current_thread())
        self.errors.append(exc)

    def progressed(self, done: int, total: int) -> None:
        self.progress.append((done, total))


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_quick_work_runs_in_a_worker_and_shows_no_dialog(qtbot: QtBot, parent: QWidget) -> None:
    outcome = Outcome()
    worker_threads: list[threading.Thread] = []

    def work(progress: background.ProgressCallback) -> int:
        worker_threads.append(threading.current_thread())
        return 42

    task = run_in_background(parent, work, on_success=outcome.success, on_failure=outcome.failure)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert outcome.results == [42]
    assert outcome.errors == []
    assert worker_threads[0] is not threading.main_thread()
    assert outcome.threads == [threading.main_thread()]  # delivered on the GUI thread
    assert task.progress_dialog is None
    assert not task.is_running
    assert background.running_tasks() == []


def test_an_expected_error_arrives_as_the_exception_and_reads_as_a_sentence(
    qtbot: QtBot, parent: QWidget
) -> None:
    outcome = Outcome()

    def work(progress: background.ProgressCallback) -> None:
        raise AuthenticationFailed()

    task = run_in_background(parent, work, on_success=outcome.success, on_failure=outcome.failure)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert outcome.results == []
    [error] = outcome.errors
    assert isinstance(error, AuthenticationFailed)
    assert failure_sentence(error) == (
        "The user name or password is not correct; check them and try again."
    )


def test_a_bug_is_logged_and_shown_as_one_generic_sentence(
    qtbot: QtBot, parent: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    outcome = Outcome()

    def work(progress: background.ProgressCallback) -> None:
        raise KeyError("internal detail")

    task = run_in_background(parent, work, on_success=outcome.success, on_failure=outcome.failure)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    [error] = outcome.errors
    assert isinstance(error, KeyError)
    with caplog.at_level(logging.ERROR, logger="clientsafe.ui.background"):
        sentence = failure_sentence(error)
    assert "internal detail" not in sentence
    assert "Traceback" not in sentence
    assert sentence.endswith("log.")
    assert "internal detail" in caplog.text  # the details are in the log for the developer


def test_slow_work_shows_a_progress_dialog_that_follows_the_reports(
    qtbot: QtBot, parent: QWidget
) -> None:
    outcome = Outcome()
    halfway = threading.Event()
    release = threading.Event()

    def work(progress: background.ProgressCallback) -> str:
        progress(1, 4)
        progress(2, 4)
        halfway.set()
        assert release.wait(WAIT_MS / 1000)
        progress(4, 4)
        return "done"

    task = run_in_background(
        parent,
        work,
        on_success=outcome.success,
        on_failure=outcome.failure,
        on_progress=outcome.progressed,
        label="Counting sheep…",
    )
    qtbot.waitUntil(lambda: task.progress_dialog is not None, timeout=WAIT_MS)
    dialog = task.progress_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.labelText() == "Counting sheep…"
    assert dialog.findChild(QPushButton) is None  # not cancellable: no Cancel button
    qtbot.waitUntil(lambda: dialog.maximum() == 4, timeout=WAIT_MS)
    assert dialog.value() >= 1
    dialog.reject()  # Esc cannot dismiss work that cannot be stopped
    assert dialog.isVisible()

    release.set()
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert outcome.results == ["done"]
    assert task.progress_dialog is None
    assert outcome.progress[0] == (1, 4)
    assert outcome.progress[-1] == (4, 4)  # the last report is never dropped


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot: QtBot, parent: QWidget) -> None:
    outcome = Outcome()
    stopped_at: list[int] = []

    def work(progress: background.ProgressCallback) -> None:
        step = 0
        try:
            while True:
                step += 1
                progress(step, 0)
                threading.Event().wait(0.005)
        finally:
            stopped_at.append(step)

    task = run_in_background(
        parent,
        work,
        on_success=outcome.success,
        on_failure=outcome.failure,
        label="Rotating keys…",
        cancellable=True,
    )
    qtbot.waitUntil(lambda: task.progress_dialog is not None, timeout=WAIT_MS)
    dialog = task.progress_dialog
    assert dialog is not None
    [cancel] = dialog.findChildren(QPushButton)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        cancel.click()
    assert outcome.results == []
    [error] = outcome.errors
    assert isinstance(error, Cancelled)
    assert failure_sentence(error).startswith("Cancelled")
    assert stopped_at and stopped_at[0] > 0


def test_outcome_is_dropped_when_the_asking_widget_is_gone(qtbot: QtBot) -> None:
    outcome = Outcome()
    release = threading.Event()
    widget = QWidget()

    def work(progress: background.ProgressCallback) -> int:
        assert release.wait(WAIT_MS / 1000)
        return 1

    task = run_in_background(widget, work, on_success=outcome.success, on_failure=outcome.failure)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not background.shiboken6.isValid(widget), timeout=WAIT_MS)
    release.set()
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert outcome.results == []
    assert outcome.errors == []


def test_wait_for_all_blocks_until_workers_end(qtbot: QtBot, parent: QWidget) -> None:
    outcome = Outcome()
    started = threading.Event()

    def work(progress: background.ProgressCallback) -> str:
        started.set()
        threading.Event().wait(0.2)
        return "finished"

    task = run_in_background(parent, work, on_success=outcome.success, on_failure=outcome.failure)
    assert started.wait(WAIT_MS / 1000)
    assert background.wait_for_all(WAIT_MS)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert outcome.results == ["finished"]
