"""The key file beside the vault: the root secret wrapped by the recovery key.

Argon2id (memory-hard) stretches the recovery key; AES-256-GCM wraps the root secret. The
plaintext header (format, vault id, KDF parameters) is the AEAD's associated data, so editing any
of it makes unwrapping fail instead of silently weakening the KDF.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from clientsafe.core.errors import KeyFileCorrupt, KeyFileMissing, WrongRecoveryKey
from clientsafe.vault.atomic_file import write_atomically
from clientsafe.vault.keys import RootSecret
from clientsafe.vault.recovery_key import RecoveryKey

FORMAT = "clientsafe-key-file"
VERSION = 1
MAX_KEY_FILE_BYTES = 64 * 1024
# About 0.15 s on a small office PC; the recovery key itself has 160 bits, so this only has to
# make a stolen key file expensive to attack at scale.
KDF_DEFAULTS = {"memory_kib": 65536, "iterations": 3, "lanes": 4}


@dataclass(frozen=True, slots=True)
class KeyFile:
    vault_id: str
    created_at: str
    header: dict[str, Any]
    nonce: bytes
    wrapped: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _stretch(recovery_key: RecoveryKey, kdf: dict[str, Any]) -> bytes:
    return Argon2id(
        salt=_unb64(kdf["salt"]),
        length=32,
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
        memory_cost=int(kdf["memory_kib"]),
    ).derive(recovery_key.raw)


def wrap(root: RootSecret, recovery_key: RecoveryKey, *, vault_id: str, created_at: str) -> bytes:
    header: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault_id,
        "created_at": created_at,
        "kdf": {"name": "argon2id", "salt": _b64(os.urandom(16)), **KDF_DEFAULTS},
        "cipher": "aes-256-gcm",
    }
    nonce = os.urandom(12)
    wrapped = AESGCM(_stretch(recovery_key, header["kdf"])).encrypt(nonce, root.value, _aad(header))
    document = {"header": header, "nonce": _b64(nonce), "wrapped_root_secret": _b64(wrapped)}
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write(path: Path, content: bytes) -> None:
    write_atomically(path, content, mode=0o600)


def read(path: Path) -> KeyFile:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileMissing(path=str(path)) from None
    except IsADirectoryError:
        raise KeyFileCorrupt(path=str(path)) from None
    return parse(data, path=str(path))


def parse(data: bytes, *, path: str) -> KeyFile:
    """A key file's content (also carried inside every backup); `path` only words the error."""
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileCorrupt(path=path)
    try:
        document = json.loads(data.decode("utf-8"))
        header = document["header"]
        if header["format"] != FORMAT or header["version"] != VERSION:
            raise ValueError("unknown format")
        kdf = header["kdf"]
        if kdf["name"] != "argon2id" or not 8 <= int(kdf["memory_kib"]) <= 4 * 1024 * 1024:
            raise ValueError("unknown kdf")
        if not 1 <= int(kdf["iterations"]) <= 64 or not 1 <= int(kdf["lanes"]) <= 64:
            raise ValueError("kdf parameters out of range")
        vault_id = str(header["vault_id"])
        if not 0 < len(vault_id) <= 64 or not vault_id.isascii():
            raise ValueError("bad vault id")
        return KeyFile(
            vault_id=vault_id,
            created_at=str(header["created_at"]),
            header=header,
            nonce=_unb64(document["nonce"]),
            wrapped=_unb64(document["wrapped_root_secret"]),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
        raise KeyFileCorrupt(path=path) from None


def unwrap(key_file: KeyFile, recovery_key: RecoveryKey) -> RootSecret:
    try:
        secret = AESGCM(_stretch(recovery_key, key_file.header["kdf"])).decrypt(
            key_file.nonce, key_file.wrapped, _aad(key_file.header)
        )
    except (InvalidTag, ValueError):
        raise WrongRecoveryKey() from None
    return RootSecret(secret)
