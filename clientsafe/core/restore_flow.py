"""The restore wizard as plain data and rules: which step comes next, when "Next" is allowed, and
what each outcome of the background work means for the user.

Steps: choose a .csbackup → check it (authenticity, checksum, content against the manifest) →
unlock (this computer's keyring, or the recovery key) → preview (when, by whom, counts, audit
head) → confirm by typing the business name → restore → done (the app reopens the vault).

The check needs the backup's key, so it first tries this computer's keyring; when that cannot
open it, the unlock step asks for the recovery key and runs the check again with it. A check
that succeeds moves straight on to the preview, which says which key opened the file.

Without an open vault (the start-up found it damaged or unreadable), nobody is signed in, so
`needs_officer` asks on the confirm step for a security officer's user name and password as
they are in the backup; the service checks them against the backup's own staff list. A refused
sign-in comes back to the confirm step, where it can be typed again.

No I/O here: the Qt wizard runs `services.backup.verify` and `restore` off the GUI thread and
reports their outcomes to this object; the service enforces every rule again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from clientsafe.core.backup_errors import BusinessNameMismatch
from clientsafe.core.backups import BackupManifest, business_name_matches
from clientsafe.core.errors import (
    AuthenticationFailed,
    ClientSafeError,
    MalformedRecoveryKey,
    PermissionDenied,
    VaultLocked,
    WrongRecoveryKey,
)
from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class Step(IntEnum):
    CHOOSE = 0
    VERIFY = 1
    UNLOCK = 2
    PREVIEW = 3
    CONFIRM = 4
    RESTORE = 5
    DONE = 6


STEP_TITLES: dict[Step, str] = {
    Step.CHOOSE: QT_TRANSLATE_NOOP("restore", "Choose the backup"),
    Step.VERIFY: QT_TRANSLATE_NOOP("restore", "Check the file"),
    Step.UNLOCK: QT_TRANSLATE_NOOP("restore", "Unlock"),
    Step.PREVIEW: QT_TRANSLATE_NOOP("restore", "What it holds"),
    Step.CONFIRM: QT_TRANSLATE_NOOP("restore", "Confirm"),
    Step.RESTORE: QT_TRANSLATE_NOOP("restore", "Restore"),
    Step.DONE: QT_TRANSLATE_NOOP("restore", "Done"),
}


class KeySource(StrEnum):
    KEYRING = "keyring"
    RECOVERY_KEY = "recovery_key"


class ContentProblems(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The check found a problem with this backup (listed below), so it cannot be restored; "
        "use another backup.",
    )


@dataclass(frozen=True, slots=True)
class StepCheck:
    """`ready`: Next may be pressed. `problem`: a sentence to show (None: nothing to say yet)."""

    ready: bool
    problem: ClientSafeError | None = None


@dataclass
class RestoreFlow:
    backup_path: str = ""
    step: Step = Step.CHOOSE
    working: bool = False  # a check or the restore runs in the background
    needs_key: bool = False  # this computer's keyring could not open the backup
    keyring_problem: ClientSafeError | None = None  # why (shown on the unlock step)
    recovery_key: str = field(default="", repr=False)
    key_source: KeySource | None = None
    manifest: BackupManifest | None = None
    problems: tuple[str, ...] = ()  # the check's findings, as the check worded them
    error: ClientSafeError | None = None  # the last failure, for the current step
    typed_name: str = ""
    restored: bool = False
    # No vault is open: a security officer of the backup signs in on the confirm step.
    needs_officer: bool = False
    officer_username: str = ""
    officer_password: str = field(default="", repr=False)

    # --- what each step needs ------------------------------------------------------------------

    def check(self, step: Step | None = None) -> StepCheck:
        step = self.step if step is None else step
        if step is Step.CHOOSE:
            return StepCheck(bool(self.backup_path.strip()), self.error)
        if step is Step.VERIFY:
            return StepCheck(False, None if self.working else self.error)
        if step is Step.UNLOCK:
            if self.working:
                return StepCheck(False)
            return StepCheck(bool(self.recovery_key.strip()), self.error)
        if step is Step.PREVIEW:
            return StepCheck(self.manifest is not None)
        if step is Step.CONFIRM:
            return self._check_confirm()
        if step is Step.RESTORE:
            return StepCheck(False, None if self.working else self.error)
        return StepCheck(self.restored)

    def _check_confirm(self) -> StepCheck:
        name = self._check_name()
        if not self.needs_officer or not name.ready:
            return name
        # `error` here is a refused sign-in brought back from the restore step.
        ready = bool(self.officer_username.strip() and self.officer_password)
        return StepCheck(ready, self.error)

    def _check_name(self) -> StepCheck:
        name = self.business_name
        if business_name_matches(self.typed_name, name):
            return StepCheck(True)
        typed = " ".join(self.typed_name.casefold().split())
        # Say nothing while the typing can still become the name.
        if not typed or " ".join(name.casefold().split()).startswith(typed):
            return StepCheck(False)
        return StepCheck(False, BusinessNameMismatch(business=name))

    @property
    def business_name(self) -> str:
        return self.manifest.business_name if self.manifest is not None else ""

    # --- moving between steps ------------------------------------------------------------------

    def can_go_next(self) -> bool:
        return self.step in (Step.CHOOSE, Step.UNLOCK, Step.PREVIEW, Step.CONFIRM) and (
            self.check().ready
        )

    def can_go_back(self) -> bool:
        if self.working or self.step in (Step.CHOOSE, Step.DONE):
            return False
        return not (self.step is Step.RESTORE and self.error is None)

    def can_cancel(self) -> bool:
        # Once the restore has started it runs to its end (the service keeps the old vault or
        # swaps in the complete new one); after it, the old vault is gone: only Finish is left.
        return not (self.step is Step.RESTORE and self.working) and self.step is not Step.DONE

    def can_finish(self) -> bool:
        return self.step is Step.DONE and self.restored

    def next(self) -> Step:
        """CHOOSE → VERIFY (start the check), UNLOCK → UNLOCK (start the check with the key),
        PREVIEW → CONFIRM, CONFIRM → RESTORE (start the restore)."""
        if not self.can_go_next():
            raise ValueError(f"cannot leave step {self.step.name} yet")
        if self.step is Step.CHOOSE:
            self.step = Step.VERIFY
        elif self.step is Step.PREVIEW:
            self.step = Step.CONFIRM
        elif self.step is Step.CONFIRM:
            self.step = Step.RESTORE
        self.error = None
        return self.step

    def back(self) -> Step:
        if not self.can_go_back():
            raise ValueError(f"cannot go back from step {self.step.name}")
        if self.step in (Step.VERIFY, Step.UNLOCK, Step.PREVIEW):
            self._forget_check()
            self.step = Step.CHOOSE
        elif self.step is Step.CONFIRM:
            self.step = Step.PREVIEW
        else:  # a failed restore: look at the backup again, or choose another
            self.step = Step.PREVIEW
        self.error = None
        return self.step

    def choose(self, path: str) -> None:
        if self.step is not Step.CHOOSE:
            raise ValueError("a backup is chosen on the first step")
        if path != self.backup_path:
            self._forget_check()
        self.backup_path = path
        self.error = None

    def _forget_check(self) -> None:
        self.manifest = None
        self.problems = ()
        self.key_source = None
        self.needs_key = False
        self.keyring_problem = None
        self.recovery_key = ""
        self.typed_name = ""
        self.officer_password = ""

    # --- checking --------------------------------------------------------------------------------

    def verify_started(self) -> str | None:
        """The recovery key to check with (None: this computer's keyring)."""
        if self.working or self.step not in (Step.VERIFY, Step.UNLOCK):
            raise ValueError("the check runs on the check or unlock step, once at a time")
        self.working = True
        self.error = None
        self.problems = ()
        return self.recovery_key.strip() if self.step is Step.UNLOCK else None

    def verify_succeeded(self, manifest: BackupManifest, ok: bool,
                         problems: tuple[str, ...] = ()) -> None:
        self.working = False
        if not ok:
            self.manifest = None
            self.problems = problems
            self.error = ContentProblems()
            return
        self.manifest = manifest
        self.key_source = KeySource.RECOVERY_KEY if self.step is Step.UNLOCK else KeySource.KEYRING
        self.typed_name = ""
        self.step = Step.PREVIEW

    def verify_failed(self, error: ClientSafeError) -> None:
        self.working = False
        self.manifest = None
        if self.step is Step.VERIFY and isinstance(error, VaultLocked):
            # Not a fault of the file: this computer cannot open it; the recovery key can.
            self.needs_key = True
            self.keyring_problem = error
            self.step = Step.UNLOCK
            return
        self.error = error

    @property
    def key_rejected(self) -> bool:
        return isinstance(self.error, WrongRecoveryKey | MalformedRecoveryKey)

    # --- restoring -------------------------------------------------------------------------------

    def restore_started(self) -> tuple[str | None, str]:
        """(recovery key or None, the typed business name) for the restore call."""
        if self.step is not Step.RESTORE or self.working or self.restored:
            raise ValueError("the restore starts once, on the restore step")
        self.working = True
        self.error = None
        key = self.recovery_key.strip() if self.key_source is KeySource.RECOVERY_KEY else None
        return key, self.typed_name

    def officer_sign_in(self) -> tuple[str, str]:
        """(user name, password) of the officer, for a restore without an open vault. The
        password is handed over once: a failed restore asks for it again."""
        if not (self.needs_officer and self.working and self.step is Step.RESTORE):
            raise ValueError("the officer signs in when the restore starts without a vault")
        password, self.officer_password = self.officer_password, ""
        return self.officer_username.strip(), password

    def restore_failed(self, error: ClientSafeError) -> None:
        self.working = False
        self.error = error
        if self.needs_officer and isinstance(error, AuthenticationFailed | PermissionDenied):
            # Nothing changed, and only the sign-in was wrong: type it again where it was typed.
            self.officer_password = ""
            self.step = Step.CONFIRM

    def restore_succeeded(self) -> None:
        self.working = False
        self.error = None
        self.restored = True
        self.recovery_key = ""  # not needed any more; do not keep it in memory
        self.officer_password = ""
        self.step = Step.DONE
