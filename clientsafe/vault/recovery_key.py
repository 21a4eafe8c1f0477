"""The recovery key: 160 random bits written as Crockford base32 in groups, plus a check group.

The check group lets us tell a typo ("type it again") from a wrong key ("not this vault's kit")
without any secret: it is a hash of the key's own bits.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from clientsafe.core.errors import MalformedRecoveryKey

KEY_BYTES = 20  # 160 bits
GROUP = 4
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_DATA_CHARS = KEY_BYTES * 8 // 5  # 32
_CHECK_CHARS = 4


@dataclass(frozen=True, slots=True, repr=False)
class RecoveryKey:
    raw: bytes

    def __repr__(self) -> str:
        return "RecoveryKey(<hidden>)"

    @classmethod
    def generate(cls) -> RecoveryKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    def formatted(self) -> str:
        text = _encode(self.raw) + _check(self.raw)
        return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))

    @classmethod
    def parse(cls, text: str) -> RecoveryKey:
        """Accepts any spacing, dashes and case; O/I/L read as 0/1/1."""
        if len(text) > 200:
            raise MalformedRecoveryKey()
        cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
        if len(cleaned) != _DATA_CHARS + _CHECK_CHARS or any(c not in _DECODE for c in cleaned):
            raise MalformedRecoveryKey()
        raw = _decode(cleaned[:_DATA_CHARS])
        if _normalise(cleaned[_DATA_CHARS:]) != _check(raw):
            raise MalformedRecoveryKey()
        return cls(raw)


def _normalise(chars: str) -> str:
    return "".join(_ALPHABET[_DECODE[c]] for c in chars)


def _encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = []
    for _ in range(len(data) * 8 // 5):
        chars.append(_ALPHABET[number & 31])
        number >>= 5
    return "".join(reversed(chars))


def _decode(chars: str) -> bytes:
    number = 0
    for ch in chars:
        number = (number << 5) | _DECODE[ch]
    return number.to_bytes(len(chars) * 5 // 8, "big")


def _check(raw: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(b"clientsafe-recovery-check" + raw).digest()[:3], "big")
    return "".join(_ALPHABET[(digest >> (5 * i)) & 31] for i in reversed(range(_CHECK_CHARS)))
