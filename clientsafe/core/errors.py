"""Typed errors a person can act on.

Each error carries an English message template (marked for translation) and the parameters that
fill it, never a secret or a customer value. The CLI prints `str(error)`; the UI translates the
template first. `exit_status` follows the command-line contract in DESIGN.md.
"""

from __future__ import annotations

from typing import Any, ClassVar

from clientsafe.core.i18n import QT_TRANSLATE_NOOP

EXIT_OK = 0
EXIT_PROBLEM_FOUND = 1
EXIT_BAD_INPUT = 2
EXIT_AUTH = 3
EXIT_LOCKED = 4


class ClientSafeError(Exception):
    """Base for every expected failure. Never raised with a secret in its parameters."""

    template: ClassVar[str] = QT_TRANSLATE_NOOP("errors", "Something went wrong.")
    exit_status: ClassVar[int] = EXIT_PROBLEM_FOUND

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.message


# --- input -------------------------------------------------------------------------------------


class ValidationError(ClientSafeError):
    template = QT_TRANSLATE_NOOP("errors", "Please check the value you entered.")
    exit_status = EXIT_BAD_INPUT


class WeakPassword(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Choose a longer password: at least {min_length} characters that are not easy to guess.",
    )


class MalformedRecoveryKey(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "That is not a complete recovery key; type all groups exactly as printed on the "
        "Recovery Kit.",
    )


# --- the vault on disk -------------------------------------------------------------------------


class VaultError(ClientSafeError):
    template = QT_TRANSLATE_NOOP("errors", "The vault could not be opened.")


class VaultNotFound(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no vault at {path}; check the path or create one with 'init'."
    )
    exit_status = EXIT_BAD_INPUT


class VaultExists(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A vault already exists at {path}; choose another place so it is not overwritten.",
    )
    exit_status = EXIT_BAD_INPUT


class KeyFileMissing(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The key file {path} beside the vault is missing; copy it back from where the vault "
        "came from, or restore a backup.",
    )
    exit_status = EXIT_BAD_INPUT


class KeyFileCorrupt(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The key file {path} is damaged or is not a ClientSafe key file; copy it back from "
        "where the vault came from, or restore a backup.",
    )
    exit_status = EXIT_BAD_INPUT


class NotAVault(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a ClientSafe vault (it looks like another program's file); choose the "
        "vault file instead.",
    )
    exit_status = EXIT_BAD_INPUT


class VaultCorrupt(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The vault file {path} is damaged or incomplete and cannot be read; restore it from "
        "your latest backup.",
    )
    exit_status = EXIT_PROBLEM_FOUND


class VaultTooNew(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This vault was written by a newer version of ClientSafe (schema {found}, this version "
        "knows up to {supported}); install the newer version to open it.",
    )
    exit_status = EXIT_BAD_INPUT


class VaultReadOnly(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "ClientSafe cannot write to {path}; move the vault to a folder you can write to or ask "
        "your administrator to fix its permissions.",
    )
    exit_status = EXIT_BAD_INPUT


class DiskFull(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The disk is full, so nothing was saved; free some space and try again."
    )
    exit_status = EXIT_PROBLEM_FOUND


class WrongVersionOfSQLCipher(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This installation's encryption library is not SQLCipher 4 (found {found}); "
        "reinstall ClientSafe.",
    )


# --- keys and unlocking ------------------------------------------------------------------------


class VaultLocked(VaultError):
    """The root secret is not available; the user must unlock with the recovery key."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "This computer's keyring does not hold the key for this vault; unlock it once with "
        "the recovery key from the Recovery Kit.",
    )
    exit_status = EXIT_LOCKED


class KeyringUnavailable(VaultLocked):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "No usable keyring is available on this computer ({reason}); unlock with the "
        "recovery key for this session.",
    )


class WrongRecoveryKey(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "That recovery key does not open this vault; check that the Recovery Kit belongs to "
        "this vault and type it again.",
    )
    exit_status = EXIT_AUTH


# --- people --------------------------------------------------------------------------------------


class AuthenticationFailed(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The user name or password is not correct; check them and try again."
    )
    exit_status = EXIT_AUTH


class AccountLocked(AuthenticationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This account is locked for {minutes} more minute(s) after too many wrong passwords; "
        "wait, or ask the security officer to help.",
    )


class AccountDisabled(AuthenticationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "This account has been deactivated; ask the security officer."
    )


class PermissionDenied(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Your role ({role}) may not {action}; ask someone whose role allows it."
    )
    exit_status = EXIT_AUTH


# --- customer records and reveals ------------------------------------------------------------


class CustomerNotFound(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "That customer record no longer exists; refresh the list and try again."
    )
    exit_status = EXIT_BAD_INPUT


class CustomerOutOfScope(PermissionDenied):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This customer is assigned to {staff}; ask them or a manager to look at the record.",
    )


class RevealExpired(PermissionDenied):
    template = QT_TRANSLATE_NOOP(
        "errors", "The permission to see these fields has expired; ask for access again."
    )


class SelfApprovalRefused(PermissionDenied):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A request must be approved by a manager other than the person who asked; ask "
        "another manager.",
    )


class NotPending(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This request has already been decided; refresh to see its outcome."
    )
