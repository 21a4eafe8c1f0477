"""The data the backup service hands out (see clientsafe/services/backup.py, the contract)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from clientsafe.core.backups import BackupManifest
from clientsafe.vault.vault import Vault

__all__ = ["AutoBackupSettings", "BackupManifest", "BackupResult", "BackupStatus",
           "CancelWatch", "DrillRecord", "OfficerCredentials", "Progress", "RestoreResult",
           "VerifyResult"]

# (done, total); may raise to cancel.
Progress = Callable[[int, int], None]


class CancelWatch:
    """Passes progress on to the caller's callable and notes when it raises: whatever the caller
    raises to stop is a cancel, not a fault, so it must not be logged or reported as one."""

    __slots__ = ("_progress", "cancelled")

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self.cancelled = False

    @property
    def report(self) -> Progress | None:
        """What to hand on as `progress`: None when the caller gave none."""
        return self._report if self._progress is not None else None

    def _report(self, done: int, total: int) -> None:
        assert self._progress is not None
        try:
            self._progress(done, total)
        except BaseException:
            self.cancelled = True
            raise


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    manifest: BackupManifest
    seconds: float  # writing and verifying together


@dataclass(frozen=True, slots=True)
class VerifyResult:
    path: Path
    manifest: BackupManifest
    ok: bool
    problems: tuple[str, ...]  # English sentences as the checks gave them; () when ok
    seconds: float


@dataclass(frozen=True, slots=True)
class DrillRecord:
    id: int
    at: datetime
    by: str  # user name of who ran it
    backup_path: str
    ok: bool
    seconds: float  # restore into scratch + full verification
    detail: str  # "ok" or the first problem, in English
    manifest: BackupManifest | None  # None when the file could not even be authenticated


@dataclass(frozen=True, slots=True)
class BackupStatus:
    last_good_at: datetime | None
    last_good_path: str
    last_failed_at: datetime | None  # the newest failed attempt (cancelled ones do not count)
    last_failure: str  # reason code of that failure: disk_full, not_writable, write_error,
    #                    verify_failed, no_folder, error; "" when none
    last_drill_ok_at: datetime | None
    reminder_due: bool  # last good backup older than remind_after_days (or none since setup)
    failed_since_good: bool  # the newest attempt failed: show the red status


@dataclass(frozen=True, slots=True)
class AutoBackupSettings:
    enabled: bool = False
    folder: str = ""
    keep_daily: int = 7
    keep_weekly: int = 4
    remind_after_days: int = 2


@dataclass(frozen=True, slots=True)
class OfficerCredentials:
    """A security officer's sign-in, checked against the staff list *inside the backup*: the
    restore route when no current vault can be opened (new computer, damaged vault)."""

    username: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    vault: Vault  # the restored vault, open (migrated if the backup was older)
    manifest: BackupManifest
    pre_restore_path: Path | None  # where the replaced vault was kept; None if there was none
    remembered_in_keyring: bool  # False: no usable keyring, opened for this session only
    seconds: float
