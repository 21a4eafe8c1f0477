"""The key hierarchy: one random root secret per vault; HKDF derives everything else.

Separate `info` labels keep the derived keys independent: knowing the SQLCipher key tells nothing
about the audit-anchor key, and vice versa. (Field keys arrive with per-field encryption.)
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

ROOT_SECRET_BYTES = 32
_SQLCIPHER_INFO = b"clientsafe/v1/sqlcipher-raw-key"
_AUDIT_ANCHOR_INFO = b"clientsafe/v1/audit-anchor-key"
_BACKUP_MAC_INFO = b"clientsafe/v1/backup-mac-key"
_CONSENT_CODE_INFO = b"clientsafe/v1/consent-code-key"
_FIELD_KEK_INFO = b"clientsafe/v1/field-key-encryption-key"


@dataclass(frozen=True, slots=True, repr=False)
class RootSecret:
    value: bytes

    def __post_init__(self) -> None:
        if len(self.value) != ROOT_SECRET_BYTES:
            raise ValueError("a root secret is 32 bytes")

    def __repr__(self) -> str:  # never show the bytes in logs or tracebacks
        return "RootSecret(<hidden>)"

    @classmethod
    def generate(cls) -> RootSecret:
        return cls(secrets.token_bytes(ROOT_SECRET_BYTES))

    def _derive(self, vault_id: str, info: bytes) -> bytes:
        return HKDF(
            algorithm=hashes.SHA256(), length=32, salt=vault_id.encode("ascii"), info=info
        ).derive(self.value)

    def sqlcipher_key(self, vault_id: str) -> bytes:
        return self._derive(vault_id, _SQLCIPHER_INFO)

    def audit_anchor_key(self, vault_id: str) -> bytes:
        """HMAC key sealing the audit anchor file, so it cannot be edited without the secret."""
        return self._derive(vault_id, _AUDIT_ANCHOR_INFO)

    def backup_mac_key(self, vault_id: str) -> bytes:
        """HMAC key sealing a backup file's manifest (and through it the payload's checksum)."""
        return self._derive(vault_id, _BACKUP_MAC_INFO)

    def field_kek(self, vault_id: str) -> bytes:
        """Wraps the field data keys and the blind-index key stored in the vault."""
        return self._derive(vault_id, _FIELD_KEK_INFO)

    def consent_code_key(self, vault_id: str) -> bytes:
        """HMAC key for the short verification code printed on signed consent documents."""
        return self._derive(vault_id, _CONSENT_CODE_INFO)


def sqlcipher_key_pragma(raw_key: bytes) -> str:
    """A raw key (x'…') skips SQLCipher's PBKDF2, so opening costs no KDF time."""
    return f"PRAGMA key = \"x'{raw_key.hex()}'\""
