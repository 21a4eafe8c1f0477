"""Locking an idle session: how long "idle" is, why a window locked, and the unlock error.

The window hides every customer value while locked and asks for the signed-in user's password;
wrong passwords count towards the same lockout as wrong logins (services.auth.reauthenticate).
"""

from __future__ import annotations

from enum import StrEnum

from clientsafe.core.errors import AuthenticationFailed, ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP

DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120


class LockReason(StrEnum):
    IDLE = "idle"  # no keyboard, mouse or touch input for the idle time
    ON_DEMAND = "on_demand"  # Ctrl+L or the Lock command
    APP_INACTIVE = "app_inactive"  # another application was in front for longer than the idle time


class InvalidIdleMinutes(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Choose an idle time from {minimum} to {maximum} minutes."
    )


class WrongUnlockPassword(AuthenticationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "That is not your password; type the password you sign in with."
    )


def idle_minutes(value: object) -> int:
    """A whole number of minutes within the allowed range, or InvalidIdleMinutes."""
    if isinstance(value, bool) or not isinstance(value, int) or not (
        MIN_IDLE_MINUTES <= value <= MAX_IDLE_MINUTES
    ):
        raise InvalidIdleMinutes(minimum=MIN_IDLE_MINUTES, maximum=MAX_IDLE_MINUTES)
    return value
