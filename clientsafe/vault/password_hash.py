"""Staff password hashes: Argon2id in PHC string form (parameters travel with the hash)."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

# OWASP's minimum Argon2id profile (19 MiB, 2 passes): ~40 ms here, so a login stays instant
# while each guess against a stolen hash costs real memory.
_MEMORY_KIB = 19456
_ITERATIONS = 2
_LANES = 1


def hash_password(password: str) -> str:
    return Argon2id(
        salt=os.urandom(16),
        length=32,
        iterations=_ITERATIONS,
        lanes=_LANES,
        memory_cost=_MEMORY_KIB,
    ).derive_phc_encoded(password.encode("utf-8"))


def verify_password(password: str, encoded: str) -> bool:
    try:
        Argon2id.verify_phc_encoded(password.encode("utf-8"), encoded)
    except (InvalidKey, ValueError):
        return False
    return True


# Verified against when the user name is unknown, so timing does not reveal which names exist.
DUMMY_HASH = hash_password("clientsafe-no-such-user")
