"""Staff password policy and a strength estimate for the strength indicator.

The estimate is deliberately simple and explainable: it counts the characters an attacker would
have to guess, after discounting common passwords, repeats and keyboard runs.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import IntEnum

from clientsafe.core.errors import WeakPassword
from clientsafe.core.i18n import QT_TRANSLATE_NOOP

MIN_LENGTH = 10
MAX_LENGTH = 1024  # Argon2 accepts more, but nobody types this much; refuses hostile input.

_COMMON = frozenset(
    """
    password passw0rd 123456 1234567 12345678 123456789 1234567890 qwerty qwertyuiop abc123
    111111 123123 admin welcome letmein iloveyou monkey dragon sunshine princess football
    baseball master shadow superman trustno1 password1 password123 qwerty123 1q2w3e4r zaq12wsx
    5201314 woaini 888888 666666 000000 a123456 aa123456 clientsafe changeme
    """.split()
)
_RUNS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")


class Strength(IntEnum):
    VERY_WEAK = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4

    @property
    def label(self) -> str:
        return STRENGTH_LABELS[self]


STRENGTH_LABELS: dict[Strength, str] = {
    Strength.VERY_WEAK: QT_TRANSLATE_NOOP("passwords", "Very weak"),
    Strength.WEAK: QT_TRANSLATE_NOOP("passwords", "Weak"),
    Strength.FAIR: QT_TRANSLATE_NOOP("passwords", "Fair"),
    Strength.STRONG: QT_TRANSLATE_NOOP("passwords", "Strong"),
    Strength.VERY_STRONG: QT_TRANSLATE_NOOP("passwords", "Very strong"),
}


@dataclass(frozen=True, slots=True)
class StrengthEstimate:
    bits: float
    strength: Strength
    acceptable: bool


def _alphabet_size(password: str) -> int:
    size = 0
    if any(c in string.ascii_lowercase for c in password):
        size += 26
    if any(c in string.ascii_uppercase for c in password):
        size += 26
    if any(c in string.digits for c in password):
        size += 10
    if any(c in string.punctuation or c == " " for c in password):
        size += 33
    if any(ord(c) > 127 for c in password):
        size += 1000  # CJK and other scripts: a large alphabet, counted conservatively.
    return max(size, 1)


def _effective_length(password: str) -> float:
    """Length after discounting repeated characters and keyboard/alphabet runs."""
    lowered = password.lower()
    length = 0.0
    for i, ch in enumerate(lowered):
        if i > 0 and ch == lowered[i - 1]:
            length += 0.25
        elif i > 0 and any(lowered[i - 1 : i + 1] in run for run in _RUNS):
            length += 0.4
        else:
            length += 1.0
    return length


def estimate(password: str) -> StrengthEstimate:
    if not password:
        return StrengthEstimate(0.0, Strength.VERY_WEAK, False)
    core = password.lower().rstrip(string.digits + string.punctuation)
    if password.lower() in _COMMON or core in _COMMON:
        return StrengthEstimate(5.0, Strength.VERY_WEAK, False)
    bits = _effective_length(password) * math.log2(_alphabet_size(password))
    if bits < 28:
        strength = Strength.VERY_WEAK
    elif bits < 40:
        strength = Strength.WEAK
    elif bits < 55:
        strength = Strength.FAIR
    elif bits < 75:
        strength = Strength.STRONG
    else:
        strength = Strength.VERY_STRONG
    acceptable = len(password) >= MIN_LENGTH and strength >= Strength.FAIR
    return StrengthEstimate(round(bits, 1), strength, acceptable)


def check_new_password(password: str) -> None:
    """Raise WeakPassword unless the password is acceptable for a staff account."""
    if len(password) > MAX_LENGTH or not estimate(password).acceptable:
        raise WeakPassword(min_length=MIN_LENGTH)
