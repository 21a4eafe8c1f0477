"""Running slow work off the GUI thread, so the window keeps painting while the vault works.

One helper, in the spirit of Anki's `QueryOp`: `run_in_background(parent, fn, on_success=…,
on_failure=…)`. `fn` runs in a worker thread and receives a plain progress callable
`progress(done, total)` it may hand to a service; services stay free of Qt. The result or the
exception comes back on the GUI thread. A progress dialog appears only if the work is still
running after `PROGRESS_DELAY_MS`, so quick work shows nothing at all.

Cancelling is cooperative: after the user presses Cancel, the next `progress(...)` call raises
`Cancelled` inside the worker, which unwinds the service (its transaction rolls back) and arrives
at `on_failure`. Work that never reports progress cannot be cancelled, so it is not offered.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.ui.error_text import error_text

log = logging.getLogger(__name__)

# (done, total); total 0 means "unknown", shown as a busy bar.
ProgressCallback = Callable[[int, int], None]

PROGRESS_DELAY_MS = 600
# Progress reports closer together than this are dropped (except the last one), so a service
# reporting every row cannot flood the GUI thread with events.
_MIN_REPORT_INTERVAL_S = 0.05

# Tasks in flight, kept alive here (they have no Qt parent) until their outcome is delivered.
_running: set[BackgroundTask] = set()


class Cancelled(ClientSafeError):
    """Raised by the progress callable after the user cancelled."""

    template = QT_TRANSLATE_NOOP("errors", "Cancelled; the work was stopped and nothing was kept.")


def failure_sentence(exc: BaseException) -> str:
    """One sentence for a failure: an expected error's own text, or (for a bug) a generic
    sentence while the traceback goes to the log, never to the screen."""
    if isinstance(exc, ClientSafeError):
        return error_text(exc)
    log.error("background work failed", exc_info=exc)
    return QCoreApplication.translate(
        "background", "Something unexpected went wrong; the details were written to the log."
    )


class _Worker(QThread):
    """Runs `fn` once. The outcome is kept on the object and read after `finished`, which Qt
    delivers on the GUI thread after run() has returned, so no lock is needed for it."""

    progressed = Signal(int, int)

    def __init__(self, fn: Callable[[ProgressCallback], Any]) -> None:
        super().__init__()  # no parent: the task owns it and deletes it on the GUI thread
        self._fn = fn
        self._cancel = threading.Event()
        self._last_report = 0.0
        self.result: Any = None
        self.error: BaseException | None = None
        self.completed = False

    def report(self, done: int, total: int = 0) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if (total <= 0 or done < total) and now - self._last_report < _MIN_REPORT_INTERVAL_S:
            return
        self._last_report = now
        self.progressed.emit(int(done), int(total))

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            self.result = self._fn(self.report)
            self.completed = True
        except Exception as exc:  # delivered to on_failure; a thread must not swallow it
            self.error = exc


class _ProgressDialog(QProgressDialog):
    """A progress dialog that cannot be dismissed unless the work can be cancelled."""

    def __init__(self, label: str, parent: QWidget, cancellable: bool) -> None:
        super().__init__(parent)
        self._cancellable = cancellable
        self.setWindowTitle(QCoreApplication.translate("background", "Please wait"))
        self.setLabelText(label)
        self.setRange(0, 0)
        self.setAutoClose(False)  # we close it when the work has really ended
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(360)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        if not cancellable:
            self.setCancelButton(None)  # type: ignore[arg-type]

    def reject(self) -> None:
        if self._cancellable:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._cancellable:
            super().closeEvent(event)
        else:
            event.ignore()


class BackgroundTask(QObject):
    """One piece of work in flight. Emits `finished` after on_success/on_failure have run."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject,
        fn: Callable[[ProgressCallback], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None,
        label: str | None,
        cancellable: bool,
        show_progress: bool = True,
    ) -> None:
        # No Qt parent: closing the widget must not delete the task under a running thread.
        super().__init__()
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._label = label or QCoreApplication.translate("background", "Working…")
        self._cancellable = cancellable
        self.cancel_requested = False
        self.progress_dialog: _ProgressDialog | None = None
        self._last_progress = (0, 0)
        self._worker = _Worker(fn)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._ended)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_progress)

        # A screen with its own busy indication (or a parent that is no widget) shows no dialog.
        self._show_dialog = show_progress and isinstance(parent, QWidget)

    def start(self) -> None:
        _running.add(self)
        if self._show_dialog:
            self._timer.start(PROGRESS_DELAY_MS)
        self._worker.start()

    @property
    def is_running(self) -> bool:
        return self in _running

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self.cancel_requested = True
        self._worker.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(QCoreApplication.translate("background", "Stopping…"))

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the thread has ended (used at shutdown); callbacks run later, if ever."""
        return self._worker.wait(timeout_ms) if timeout_ms >= 0 else self._worker.wait()

    def _parent_alive(self) -> bool:
        return shiboken6.isValid(self._parent)

    @Slot()
    def _show_progress(self) -> None:
        if not self.is_running or not self._parent_alive():
            return
        assert isinstance(self._parent, QWidget)
        dialog = _ProgressDialog(self._label, self._parent, self._cancellable)
        if self._cancellable:
            dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog
        self._apply_progress()
        dialog.show()

    def _apply_progress(self) -> None:
        done, total = self._last_progress
        if self.progress_dialog is not None and total > 0:
            self.progress_dialog.setRange(0, total)
            self.progress_dialog.setValue(min(done, total))

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self._last_progress = (done, total)
        self._apply_progress()
        if self._on_progress is not None and self._parent_alive():
            self._on_progress(done, total)

    @Slot()
    def _ended(self) -> None:
        self._timer.stop()
        if self.progress_dialog is not None:
            if shiboken6.isValid(self.progress_dialog):
                self.progress_dialog.hide()
                self.progress_dialog.deleteLater()
            self.progress_dialog = None
        worker = self._worker
        try:
            # The widget that asked may have been closed meanwhile; its callbacks would touch a
            # deleted object, so the outcome is dropped (the work itself is already done).
            if self._parent_alive():
                if worker.completed:
                    self._on_success(worker.result)
                else:
                    self._on_failure(
                        worker.error or RuntimeError("background work ended without a result")
                    )
        finally:
            _running.discard(self)
            worker.deleteLater()
            self.finished.emit()


def run_in_background(
    parent: QObject,
    fn: Callable[[ProgressCallback], Any],
    *,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    label: str | None = None,
    cancellable: bool = False,
    show_progress: bool = True,
) -> BackgroundTask:
    """Run `fn(progress)` in a worker thread; deliver its result or exception on the GUI thread.

    `label` is the (already translated) text of the progress dialog, shown only if the work takes
    longer than PROGRESS_DELAY_MS. `cancellable` adds a Cancel button; use it only when `fn`
    reports progress, since that is where cancelling takes effect.
    """
    task = BackgroundTask(
        parent,
        fn,
        on_success=on_success,
        on_failure=on_failure,
        on_progress=on_progress,
        label=label,
        cancellable=cancellable,
        show_progress=show_progress,
    )
    task.start()
    return task


def running_tasks() -> list[BackgroundTask]:
    return list(_running)


def wait_for_all(timeout_ms: int = -1) -> bool:
    """Wait for every worker thread to end, e.g. before the vault is closed at shutdown."""
    return all(task.wait(timeout_ms) for task in list(_running))
