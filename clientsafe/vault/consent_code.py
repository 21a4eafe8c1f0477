"""The short verification code printed on a signed consent document.

An HMAC (key derived from the vault's root secret) over the event's canonical content: who, which
service, when, which exact notice text, which signature and which decisions. Anyone holding the
vault can recompute it from the stored record; nobody can make a matching code for an altered
document without the vault's secret.
"""

from __future__ import annotations

import hashlib
import hmac

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


def code(key: bytes, parts: list[str]) -> str:
    digest = hmac.new(key, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(12):
        number, index = divmod(number, 32)
        chars.append(_ALPHABET[index])
    text = "".join(chars)
    return f"{text[:4]}-{text[4:8]}-{text[8:]}"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest() if data else ""
