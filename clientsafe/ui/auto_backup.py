"""Automatic backups from the GUI: a timer asks the service whether one is due, and closing the
app gives it one last chance.

The schedule itself (daily; on closing only when the last good one is older than a day; a pause
after a failure) is the service's (`core.backups.is_due`); this object only asks often enough.
The work runs in the background helper, never on the GUI thread: silently from the timer (the
status bar says so), with a small progress dialog when the app is closing. While it runs,
`busy_changed(True)` holds other vault work, as every background task does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import backup
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.background import BackgroundTask, Cancelled, failure_sentence, run_in_background
from clientsafe.ui.backup_status_label import BackupStatusLabel

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 60_000  # a minute after sign-in: not while the window is still opening
CHECK_MS = 30 * 60_000  # "due" means a day old; half-hourly asking catches it soon enough


def automatic_due(vault: Vault, session: Session, *, on_close: bool) -> bool:
    """Whether automatic backups are on and one is due now (a quick read, any role).

    Thin adapter: `services.backup` has no public "is one due?" yet, so this asks the module
    behind `run_automatic_if_due`; without it, the timer would have to start background work
    (and the close would have to wait) just to learn that nothing is due.
    """
    public = getattr(backup, "automatic_due", None)
    if public is not None:
        return bool(public(vault, session, on_close=on_close))
    from clientsafe.services import backup_auto

    return backup_auto.due(vault, session, now=None, on_close=on_close)


class AutoBackupScheduler(QObject):
    busy_changed = Signal(bool)
    checked = Signal()  # the timer asked (time has passed: the reminder may be due now)
    started = Signal()
    # A run ended: made a backup, found nothing due, failed or was cancelled.
    ended = Signal()

    def __init__(self, window: QWidget, vault: Vault, session: Session, *,
                 can_run: Callable[[], bool], first_check_ms: int = FIRST_CHECK_MS,
                 check_ms: int = CHECK_MS) -> None:
        super().__init__(window)
        self._window = window
        self._vault = vault
        self._session = session
        self._can_run = can_run
        self._check_ms = check_ms
        self.task: BackgroundTask | None = None
        self.last_error: ClientSafeError | None = None
        self._closing = False
        self._after_close_run: Callable[[], None] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        self._first_check_ms = first_check_ms

    def start(self) -> None:
        self.timer.start(self._first_check_ms)

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.check_now()
        self.checked.emit()
        self.timer.start(self._check_ms)

    @property
    def running(self) -> bool:
        return self.task is not None

    def check_now(self) -> BackgroundTask | None:
        """Start an automatic backup if one is due and the vault is free; the task, else None."""
        if self.task is not None or self._closing or not self._can_run():
            return None
        if not self._due(on_close=False):
            return None
        return self._run(on_close=False)

    def hold_close(self, then: Callable[[], None]) -> bool:
        """Called when the app is closing. True: an automatic backup runs (or was already
        running) and `then` is called when it has ended; the caller should not close yet."""
        if self._after_close_run is not None:
            return True  # asked twice (e.g. Quit pressed again): still waiting
        if self.task is not None:
            self._closing = True
            self._after_close_run = then
            return True
        self.stop()
        if self._closing or not self._can_run() or not self._due(on_close=True):
            return False
        self._closing = True
        self._after_close_run = then
        self._run(on_close=True)
        return True

    def _due(self, *, on_close: bool) -> bool:
        try:
            return automatic_due(self._vault, self._session, on_close=on_close)
        except ClientSafeError as exc:
            log.warning("could not ask whether a backup is due: %s", type(exc).__name__)
            return False

    def _run(self, *, on_close: bool) -> BackgroundTask:
        vault, session = self._vault, self._session
        self.busy_changed.emit(True)
        self.started.emit()
        self.task = run_in_background(
            self._window,
            lambda progress: backup.run_automatic_if_due(vault, session, progress=progress,
                                                         on_close=on_close),
            on_success=lambda _result: self._succeeded(),
            on_failure=self._failed,
            label=self.tr("Making the automatic backup before ClientSafe closes…"),
            cancellable=on_close,
            show_progress=on_close,  # from the timer it runs silently; the status bar says so
        )
        self.task.finished.connect(self._ended)
        return self.task

    def _succeeded(self) -> None:
        self.last_error = None

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        # The service has recorded the failure; the status bar turns red from its record.
        self.last_error = exc if isinstance(exc, ClientSafeError) else None
        sentence = failure_sentence(exc)
        if self._closing:
            prompts.warn(self._window, self.tr("Automatic backup"), self.tr(
                "The automatic backup failed: {sentence} ClientSafe closes now; make a backup "
                "at the next start.").format(sentence=sentence))

    def _ended(self) -> None:
        self.task = None
        self.busy_changed.emit(False)
        self.ended.emit()
        then, self._after_close_run = self._after_close_run, None
        if then is not None:
            then()


class BackupCompanion(QObject):
    """What the main window needs for backups: the automatic schedule (whoever is signed in:
    the front desk closing the app at night is the usual case) and, for the roles that may make
    backups, the state in the status bar, which opens the Backups area when clicked."""

    def __init__(self, window: QMainWindow, vault: Vault, session: Session, *,
                 can_run: Callable[[], bool], set_busy: Callable[[bool], None],
                 open_area: Callable[[], None]) -> None:
        super().__init__(window)
        self._can_run = can_run
        self.scheduler = AutoBackupScheduler(window, vault, session, can_run=can_run)
        self.scheduler.busy_changed.connect(set_busy)
        self.label: BackupStatusLabel | None = None
        if session.can(Permission.BACKUP_CREATE):
            self.label = BackupStatusLabel(vault, session, window)
            self.label.clicked.connect(open_area)
            window.statusBar().addPermanentWidget(self.label)
            self.scheduler.started.connect(self.label.show_running)
            self.label.refresh()
        self.scheduler.ended.connect(self.refresh)
        self.scheduler.checked.connect(self.refresh)
        self.scheduler.start()

    def refresh(self) -> None:
        # Not while background work uses the vault's one connection; its end refreshes again.
        if self.label is not None and self._can_run():
            self.label.refresh()

    def stop(self) -> None:
        self.scheduler.stop()

    def hold_close(self, then: Callable[[], None]) -> bool:
        return self.scheduler.hold_close(then)
