"""Noticing that nobody is using the application, so the main window can lock itself.

`IdleWatcher` is an application-wide event filter: keyboard, mouse, wheel, touch, tablet and
input-method events note "someone is here". Noting is just storing a time stamp, so the filter
costs almost nothing per event; the single-shot timer checks the real idle time when it fires and
re-arms itself for the remainder. It asks for a lock (`lock_requested(reason)`) when:

- nobody has given any input for the idle time (`LockReason.IDLE`);
- the application comes back to the front after being in the background longer than the idle
  time (`LockReason.APP_INACTIVE`) — Qt timers stand still while the computer sleeps, so the
  clock used is one that keeps counting through suspend (CLOCK_BOOTTIME on Linux);
- the first input after a long gap arrives before the timer had a chance to fire (the same
  sleeping-computer case), which also counts as IDLE.

Tests inject the clock and call `trigger()`, `check()` or `application_state_changed()`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from clientsafe.core.session_lock import LockReason

Clock = Callable[[], float]  # seconds, only differences matter

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
        QEvent.Type.InputMethod,  # Chinese and other input methods commit text this way
    }
)


def suspend_aware_clock() -> float:
    """Seconds that keep counting while the computer sleeps, where the platform offers it."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            return time.clock_gettime(boottime)
        except OSError:
            pass
    return time.monotonic()


class IdleWatcher(QObject):
    """Emits `lock_requested(reason)` once; `start()` arms it again (after an unlock)."""

    lock_requested = Signal(str)

    def __init__(
        self, timeout_ms: int, parent: QObject | None = None, *, clock: Clock = suspend_aware_clock
    ) -> None:
        super().__init__(parent)
        self._timeout_s = max(1, timeout_ms) / 1000
        self._clock = clock
        self._running = False
        self._last_input = clock()
        self._inactive_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self._app: QCoreApplication | None = None

    @property
    def timeout_ms(self) -> int:
        return round(self._timeout_s * 1000)

    @property
    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Watch from now on: the idle time starts counting afresh."""
        self._last_input = self._clock()
        self._inactive_since = None
        if not self._running:
            self._running = True
            self._app = QCoreApplication.instance()
            if self._app is not None:
                self._app.installEventFilter(self)
                if isinstance(self._app, QGuiApplication):
                    self._app.applicationStateChanged.connect(self.application_state_changed)
        self._timer.start(self.timeout_ms)

    def stop(self) -> None:
        """Stop watching (while locked, and before the window closes)."""
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            if isinstance(self._app, QGuiApplication):
                self._app.applicationStateChanged.disconnect(self.application_state_changed)
            self._app = None

    def trigger(self, reason: LockReason = LockReason.IDLE) -> None:
        """Ask for the lock now (tests, and anything that knows better than the timer)."""
        if self._running:
            self.stop()
            self.lock_requested.emit(str(reason))

    # --- noticing --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._running and event.type() in INPUT_EVENTS:
            self.note_input()
        return False  # never swallow anything

    def note_input(self) -> None:
        now = self._clock()
        if now - self._last_input >= self._timeout_s:
            # The timer could not fire (the computer slept): this input comes after the gap.
            self.trigger(LockReason.IDLE)
            return
        self._last_input = now

    @Slot()
    def check(self) -> None:
        """The timer fired: lock if the idle time has really passed, else wait the rest."""
        if not self._running:
            return
        remaining = self._timeout_s - (self._clock() - self._last_input)
        if remaining <= 0:
            self.trigger(LockReason.IDLE)
        else:
            self._timer.start(max(1, round(remaining * 1000)))

    @Slot(Qt.ApplicationState)
    def application_state_changed(self, state: Qt.ApplicationState) -> None:
        if not self._running:
            return
        if state == Qt.ApplicationState.ApplicationActive:
            since, self._inactive_since = self._inactive_since, None
            if since is not None and self._clock() - since >= self._timeout_s:
                self.trigger(LockReason.APP_INACTIVE)
        elif self._inactive_since is None:
            self._inactive_since = self._clock()
