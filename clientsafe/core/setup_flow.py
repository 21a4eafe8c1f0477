"""The first-run setup wizard as plain data and rules: which step comes next, what each step
needs before "Next" is allowed, and the recovery-key check at the end.

The Qt wizard only draws this state and forwards what the user types; keeping the rules here lets
them be tested without a display and keeps them out of widget code. No I/O happens here: the UI
tells the flow whether a chosen location is already taken, and runs the creation itself.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum

from clientsafe.core import passwords, validators
from clientsafe.core.errors import ClientSafeError, ValidationError, VaultError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP

VAULT_SUFFIX = ".csvault"
GROUPS_TO_CONFIRM = 2


class Step(IntEnum):
    WELCOME = 0
    LOCATION = 1
    OFFICER = 2
    CREATING = 3
    RECOVERY_KEY = 4
    CONFIRM = 5


STEP_TITLES: dict[Step, str] = {
    Step.WELCOME: QT_TRANSLATE_NOOP("setup", "Welcome"),
    Step.LOCATION: QT_TRANSLATE_NOOP("setup", "Where the vault lives"),
    Step.OFFICER: QT_TRANSLATE_NOOP("setup", "The security officer"),
    Step.CREATING: QT_TRANSLATE_NOOP("setup", "Creating the vault"),
    Step.RECOVERY_KEY: QT_TRANSLATE_NOOP("setup", "Your recovery key"),
    Step.CONFIRM: QT_TRANSLATE_NOOP("setup", "Check the recovery key"),
}


class PasswordsDiffer(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The two passwords are not the same; type the same password twice."
    )


class LocationTaken(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Something already exists at {path}; choose another name or folder so nothing is "
        "overwritten.",
    )


class GroupMismatch(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Group {number} is not what the recovery key says; look at the Recovery Kit again.",
    )


@dataclass(frozen=True, slots=True)
class StepCheck:
    """`ready`: Next may be pressed. `problem`: a sentence to show; None while fields are merely
    still empty, so a fresh page does not scold the user."""

    ready: bool
    problem: ClientSafeError | None = None


@dataclass(frozen=True, slots=True)
class Answers:
    """What the first steps collected, in the shape the setup service wants."""

    business_name: str
    vault_path: str
    username: str
    display_name: str
    password: str


@dataclass
class SetupFlow:
    vault_path: str
    business_name: str = ""
    location_taken: bool = False
    username: str = ""
    display_name: str = ""
    password: str = ""
    repeat: str = ""
    step: Step = Step.WELCOME
    creating: bool = False
    creation_error: ClientSafeError | None = None
    recovery_key: str = ""
    in_keyring: bool = True
    keyring_problem: str = ""
    challenge: tuple[int, ...] = ()  # 1-based group numbers the user must type back
    typed_groups: dict[int, str] = field(default_factory=dict)
    rng: random.Random = field(default_factory=random.SystemRandom, repr=False)

    # --- what each step needs ------------------------------------------------------------------

    def check(self, step: Step | None = None) -> StepCheck:
        step = self.step if step is None else step
        if step is Step.WELCOME:
            return _check_value(self.business_name, _business_name)
        if step is Step.LOCATION:
            if not self.vault_path.strip():
                return StepCheck(False)
            if self.location_taken:
                return StepCheck(False, LocationTaken(path=self.vault_path))
            return StepCheck(True)
        if step is Step.OFFICER:
            return self._check_officer()
        if step is Step.CREATING:
            return StepCheck(self.created, self.creation_error)
        if step is Step.RECOVERY_KEY:
            return StepCheck(True)
        return self._check_confirmation()

    def _check_officer(self) -> StepCheck:
        username = _check_value(self.username, validators.username)
        if username.problem is not None:
            return username
        if self.display_name.strip():
            name = _check_value(self.display_name, _display_name)
            if name.problem is not None:
                return name
        if not self.password:
            return StepCheck(False)
        strength = _check_value(self.password, passwords.check_new_password)
        if strength.problem is not None:
            return strength
        # Complain about the repeat only once it can no longer become the same by typing on.
        if self.repeat != self.password:
            differs = bool(self.repeat) and not self.password.startswith(self.repeat)
            return StepCheck(False, PasswordsDiffer() if differs else None)
        return StepCheck(username.ready)

    def _check_confirmation(self) -> StepCheck:
        ready = True
        for number in self.challenge:
            typed = _normalise_group(self.typed_groups.get(number, ""))
            expected = _normalise_group(self.group(number))
            if typed != expected:
                ready = False
                if len(typed) >= len(expected):
                    return StepCheck(False, GroupMismatch(number=number))
        return StepCheck(ready and bool(self.challenge))

    # --- moving between steps ------------------------------------------------------------------

    @property
    def created(self) -> bool:
        return bool(self.recovery_key)

    def can_go_next(self) -> bool:
        return self.step is not Step.CONFIRM and self.check().ready

    def can_go_back(self) -> bool:
        if self.step is Step.WELCOME or self.creating:
            return False
        if self.step is Step.CREATING:
            return not self.created
        # Once the vault exists the first steps are settled; only the key may be looked at again.
        return self.step is Step.CONFIRM or not self.created

    def can_finish(self) -> bool:
        return self.step is Step.CONFIRM and self.check().ready

    def next(self) -> Step:
        if not self.can_go_next():
            raise ValueError(f"cannot leave step {self.step.name} yet")
        self.step = Step(self.step + 1)
        return self.step

    def back(self) -> Step:
        if not self.can_go_back():
            raise ValueError(f"cannot go back from step {self.step.name}")
        if self.step is Step.CREATING and self.creation_error is not None:
            self.step = fix_step_for(self.creation_error)
            self.creation_error = None
        else:
            self.step = Step(self.step - 1)
        return self.step

    @property
    def cancel_needs_warning(self) -> bool:
        """After creation, cancelling loses the only chance to see the recovery key."""
        return self.created

    # --- creating --------------------------------------------------------------------------------

    def answers(self) -> Answers:
        return Answers(
            business_name=self.business_name.strip(),
            vault_path=self.vault_path.strip(),
            username=self.username.strip(),
            display_name=self.display_name.strip() or self.username.strip(),
            password=self.password,
        )

    def creation_started(self) -> Answers:
        if self.step is not Step.CREATING or self.created or self.creating:
            raise ValueError("creation can start only once, on the creating step")
        self.creating = True
        self.creation_error = None
        return self.answers()

    def creation_failed(self, error: ClientSafeError) -> None:
        self.creating = False
        self.creation_error = error

    def creation_succeeded(
        self, recovery_key: str, *, in_keyring: bool, keyring_problem: str = ""
    ) -> None:
        self.creating = False
        self.creation_error = None
        self.recovery_key = recovery_key
        self.in_keyring = in_keyring
        self.keyring_problem = keyring_problem
        # The password is no longer needed; do not keep it around in memory longer than needed.
        self.password = self.repeat = ""
        count = len(self.groups())
        picked = self.rng.sample(range(1, count + 1), min(GROUPS_TO_CONFIRM, count))
        self.challenge = tuple(sorted(picked))
        self.typed_groups = {}
        self.step = Step.RECOVERY_KEY

    # --- the recovery key ----------------------------------------------------------------------

    def groups(self) -> list[str]:
        return [g for g in self.recovery_key.split("-") if g]

    def group(self, number: int) -> str:
        return self.groups()[number - 1]

    def type_group(self, number: int, text: str) -> None:
        self.typed_groups[number] = text


def fix_step_for(error: ClientSafeError) -> Step:
    """The step where the cause of a failed creation can be fixed."""
    if isinstance(error, VaultError):
        return Step.LOCATION  # exists, read-only, disk full, unusable folder
    if isinstance(error, validators.InvalidName) and error.params.get("what") == "business name":
        return Step.WELCOME
    return Step.OFFICER


def with_vault_suffix(path: str) -> str:
    """File dialogs do not always add the extension; the vault file should carry it."""
    path = path.strip()
    return path if not path or path.endswith(VAULT_SUFFIX) else path + VAULT_SUFFIX


def _normalise_group(text: str) -> str:
    # The recovery key is Crockford base32: O reads as 0, I and L as 1, case does not matter.
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    return cleaned.translate(str.maketrans("OIL", "011"))


def _business_name(value: str) -> str:
    return validators.display_text(value, what=validators.BUSINESS_NAME)


def _display_name(value: str) -> str:
    return validators.display_text(value, what=validators.DISPLAY_NAME)


def _check_value(value: str, validate: Callable[[str], object]) -> StepCheck:
    if not value.strip():
        return StepCheck(False)
    try:
        validate(value)
    except ClientSafeError as exc:
        return StepCheck(False, exc)
    return StepCheck(True)
