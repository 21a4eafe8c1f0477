"""Field-level encryption and blind indexes.

Every customer value except the name is encrypted with AES-256-GCM under a versioned data key
before it reaches SQL. The associated data binds a ciphertext to its vault, row, field and key
version, so a value copied onto another row or field does not decrypt. Data keys and the
blind-index key are random, stored wrapped by a key derived from the root secret; rotating a
data key re-encrypts values in batches (vault/key_rotation.py), rotating the root secret only
re-wraps these keys.

Blind index: HMAC-SHA256 under the index key (per field) over the normalised value (E.164
phone, upper-case ID, lower-case e-mail), truncated to INDEX_BITS. CipherSweet's rule for R rows
and L bits is 2 <= R/2^L < sqrt(R): some coincidences, so an index value does not single out a
person, but few, so a look-up decrypts a handful of rows. We size L for 100,000 customers:
R/2^15 = 3.05 and sqrt(R) = 316, so L = 15. A smaller vault simply has fewer coincidences;
matches are always decrypted and compared, so results are exact either way.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from datetime import datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from clientsafe.core.clock import to_iso
from clientsafe.core.errors import VaultError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.vault.connection import Connection

INDEX_BITS = 15
_NONCE = 12
_WRAP_AAD = "clientsafe/v1/wrapped-key|{vault_id}|{purpose}|{version}"


class FieldUnreadable(VaultError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "A stored customer value could not be decrypted; the vault may have been altered. Run "
        "a vault check and restore from a backup if it reports damage.")


@dataclass(slots=True)
class FieldCipher:
    vault_id: str
    keys: dict[int, AESGCM]
    active_version: int
    index_key: bytes
    _index_subkeys: dict[str, bytes] = field(default_factory=dict)

    def __repr__(self) -> str:  # never show key material
        return f"FieldCipher(vault={self.vault_id}, active=v{self.active_version})"

    def _aad(self, customer_id: int, field_key: str, version: int) -> bytes:
        return f"{self.vault_id}|customer:{customer_id}|{field_key}|v{version}".encode()

    def encrypt(self, customer_id: int, field_key: str, text: str) -> tuple[int, bytes]:
        version = self.active_version
        nonce = secrets.token_bytes(_NONCE)
        sealed = self.keys[version].encrypt(nonce, text.encode("utf-8"),
                                            self._aad(customer_id, field_key, version))
        return version, nonce + sealed

    def decrypt(self, customer_id: int, field_key: str, version: int, blob: bytes) -> str:
        key = self.keys.get(version)
        if key is None or len(blob) < _NONCE + 16:
            raise FieldUnreadable()
        try:
            plain = key.decrypt(blob[:_NONCE], blob[_NONCE:],
                                self._aad(customer_id, field_key, version))
        except InvalidTag:
            raise FieldUnreadable() from None
        return plain.decode("utf-8")

    def digest(self, field_key: str, normalised: str) -> int:
        subkey = self._index_subkeys.get(field_key)
        if subkey is None:
            subkey = hmac.new(self.index_key, field_key.encode(), hashlib.sha256).digest()
            self._index_subkeys[field_key] = subkey
        mac = hmac.new(subkey, normalised.encode("utf-8"), hashlib.sha256).digest()
        return int.from_bytes(mac[:4], "big") >> (32 - INDEX_BITS)


def _wrap(kek: bytes, vault_id: str, purpose: str, version: int, key: bytes) -> bytes:
    nonce = secrets.token_bytes(_NONCE)
    aad = _WRAP_AAD.format(vault_id=vault_id, purpose=purpose, version=version).encode()
    return nonce + AESGCM(kek).encrypt(nonce, key, aad)


def _unwrap(kek: bytes, vault_id: str, purpose: str, version: int, blob: bytes) -> bytes:
    aad = _WRAP_AAD.format(vault_id=vault_id, purpose=purpose, version=version).encode()
    try:
        return AESGCM(kek).decrypt(blob[:_NONCE], blob[_NONCE:], aad)
    except InvalidTag:
        raise FieldUnreadable() from None


def add_key(conn: Connection, kek: bytes, vault_id: str, purpose: str, version: int, *,
            now: datetime) -> None:
    conn.execute("INSERT INTO wrapped_keys (purpose, version, wrapped, created_at)"
                 " VALUES (?,?,?,?)",
                 (purpose, version, _wrap(kek, vault_id, purpose, version,
                                          secrets.token_bytes(32)), to_iso(now)))


def ensure_keys(conn: Connection, kek: bytes, vault_id: str, *, now: datetime) -> None:
    """First use: an index key and data key v1. Runs inside the caller's transaction."""
    have = {r[0] for r in conn.execute("SELECT DISTINCT purpose FROM wrapped_keys")}
    if "index" not in have:
        add_key(conn, kek, vault_id, "index", 1, now=now)
    if "data" not in have:
        add_key(conn, kek, vault_id, "data", 1, now=now)


def load(conn: Connection, kek: bytes, vault_id: str) -> FieldCipher:
    rows = conn.execute("SELECT purpose, version, wrapped, state FROM wrapped_keys"
                        " WHERE state != 'retired' ORDER BY version").fetchall()
    keys, index_key, active = {}, b"", 0
    for purpose, version, wrapped, state in rows:
        raw = _unwrap(kek, vault_id, purpose, int(version), bytes(wrapped))
        if purpose == "index":
            index_key = raw
        else:
            keys[int(version)] = AESGCM(raw)
            if state == "active":
                active = max(active, int(version))
    if not keys or not index_key or not active:
        raise FieldUnreadable()
    return FieldCipher(vault_id, keys, active, index_key)


def attach(conn: Connection, kek: bytes, vault_id: str) -> FieldCipher:
    cipher = load(conn, kek, vault_id)
    conn.fields = cipher
    return cipher


def cipher_of(conn: Connection) -> FieldCipher:
    cipher = conn.fields
    if cipher is None:  # a programming error: repositories run only on an opened vault
        raise RuntimeError("the vault's field cipher is not attached to this connection")
    return cipher


def rewrap_all(conn: Connection, old_kek: bytes, new_kek: bytes, vault_id: str) -> None:
    """Root-secret rotation: the same keys, wrapped by the new root's key."""
    rows = conn.execute("SELECT id, purpose, version, wrapped FROM wrapped_keys").fetchall()
    for row_id, purpose, version, wrapped in rows:
        raw = _unwrap(old_kek, vault_id, purpose, int(version), bytes(wrapped))
        conn.execute("UPDATE wrapped_keys SET wrapped = ? WHERE id = ?",
                     (_wrap(new_kek, vault_id, purpose, int(version), raw), row_id))
