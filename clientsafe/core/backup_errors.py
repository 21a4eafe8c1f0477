"""Errors about backup files, restores and automatic backups (see core/errors.py for the base).

Parameters are paths, folder names and business names only: never a secret, never a customer
value.
"""

from __future__ import annotations

from clientsafe.core.errors import (
    EXIT_BAD_INPUT,
    EXIT_PROBLEM_FOUND,
    ClientSafeError,
    ValidationError,
)
from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class BackupError(ClientSafeError):
    template = QT_TRANSLATE_NOOP("errors", "The backup could not be made or read.")


class NotABackup(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a ClientSafe backup; choose a .csbackup file made by ClientSafe.",
    )
    exit_status = EXIT_BAD_INPUT


class BackupNotFound(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no backup file at {path}; check the path and the drive."
    )
    exit_status = EXIT_BAD_INPUT


class BackupDamaged(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup {path} is damaged, incomplete or was changed after it was written, so it "
        "cannot be trusted; use another backup.",
    )
    exit_status = EXIT_PROBLEM_FOUND


class BackupOfAnotherVault(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This backup belongs to another vault ({business}); choose a backup of this vault, or "
        "restore it to another place.",
    )
    exit_status = EXIT_BAD_INPUT


class BackupDiskFull(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup destination {folder} is full, so no backup was kept; free some space or "
        "choose another folder.",
    )
    exit_status = EXIT_PROBLEM_FOUND


class BackupFolderNotWritable(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "ClientSafe cannot write to {folder}; choose a folder you can write to, or check that "
        "the drive is connected.",
    )
    exit_status = EXIT_BAD_INPUT


class BackupWriteFailed(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Writing the backup to {folder} failed (the drive reported an error or was removed), so "
        "nothing was kept; check the drive and try again.",
    )
    exit_status = EXIT_PROBLEM_FOUND


class BackupCheckFailed(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The new backup did not read back correctly, so it was removed; check the drive in "
        "{folder} and try again.",
    )
    exit_status = EXIT_PROBLEM_FOUND


class BackupContentBad(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The backup {path} opens but its content fails the check ({problem}); use another "
        "backup.",
    )
    exit_status = EXIT_PROBLEM_FOUND


class NoBackupFolder(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Choose a folder for automatic backups (a full path, for example a USB drive)."
    )


class BackupSettingOutOfRange(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "Choose a whole number from {low} to {high}.")


class BusinessNameMismatch(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "To confirm the restore, type the business name exactly as shown: {business}.",
    )


class RestoreNeedsOfficer(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A restore needs a security officer: sign in to the current vault, or give the user "
        "name and password of a security officer in the backup.",
    )


class VaultFailedCheck(BackupError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The vault failed its check while it was being backed up ({problem}), so no backup was "
        "kept; run the vault check and restore the latest good backup.",
    )
    exit_status = EXIT_PROBLEM_FOUND
