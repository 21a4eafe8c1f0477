"""The backup wizard as plain data and rules: choose a destination → write and verify (with
progress and Cancel) → the verified manifest, then "Done".

No I/O here: the Qt wizard tells the flow whether the chosen folder exists and how much space it
has, runs `services.backup.create` (which writes, reads back and verifies) off the GUI thread and
reports the outcome. Only a backup that the service has verified reaches the last step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from clientsafe.core.backups import BackupManifest
from clientsafe.core.errors import ClientSafeError, ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class Step(IntEnum):
    DESTINATION = 0
    RUNNING = 1
    DONE = 2


STEP_TITLES: dict[Step, str] = {
    Step.DESTINATION: QT_TRANSLATE_NOOP("backup", "Where to"),
    Step.RUNNING: QT_TRANSLATE_NOOP("backup", "Write and verify"),
    Step.DONE: QT_TRANSLATE_NOOP("backup", "Done"),
}


class FolderMissing(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no folder at {path}; choose an existing folder or connect the drive."
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    """A written and verified backup."""

    path: str
    manifest: BackupManifest
    seconds: float
    finished_at: datetime


@dataclass
class BackupFlow:
    folder: str = ""
    folder_exists: bool = False
    free_bytes: int | None = None  # None: unknown (the folder is missing or cannot be asked)
    step: Step = Step.DESTINATION
    running: bool = False
    cancel_requested: bool = False
    error: ClientSafeError | None = None  # the last failure; shown on the destination step
    cancelled: bool = False
    outcome: Outcome | None = None
    done: int = 0
    total: int = 0

    def set_folder(self, folder: str, *, exists: bool, free_bytes: int | None) -> None:
        if self.step is not Step.DESTINATION:
            raise ValueError("the destination is chosen on the first step")
        self.folder = folder.strip()
        self.folder_exists = exists
        self.free_bytes = free_bytes if exists else None
        self.error = None
        self.cancelled = False

    def folder_problem(self) -> ClientSafeError | None:
        if self.folder and not self.folder_exists:
            return FolderMissing(path=self.folder)
        return None

    def can_start(self) -> bool:
        return (self.step is Step.DESTINATION and bool(self.folder) and self.folder_exists
                and not self.running)

    def can_cancel_work(self) -> bool:
        return self.running and not self.cancel_requested

    def can_close(self) -> bool:
        """The window may close: nothing runs, or it has ended (a half-written file is the
        service's to remove, so the window waits for it)."""
        return not self.running

    def started(self) -> str:
        if not self.can_start():
            raise ValueError("a backup starts from the destination step, once")
        self.step = Step.RUNNING
        self.running = True
        self.cancel_requested = False
        self.cancelled = False
        self.error = None
        self.done = self.total = 0
        return self.folder

    def progressed(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def cancel(self) -> None:
        if self.running:
            self.cancel_requested = True

    def succeeded(self, outcome: Outcome) -> None:
        self.running = False
        self.outcome = outcome
        self.step = Step.DONE

    def failed(self, error: ClientSafeError, *, cancelled: bool = False) -> None:
        """Back to the destination with the sentence (nothing was kept either way)."""
        self.running = False
        self.cancel_requested = False
        self.cancelled = cancelled
        self.error = None if cancelled else error
        self.step = Step.DESTINATION
