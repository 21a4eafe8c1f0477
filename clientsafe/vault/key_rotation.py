"""Rotating the field data key: a new key version, then every value re-encrypted in batches,
each batch its own transaction. Killed half-way, a rerun carries on where it stopped: what is
left is simply every value not yet under the active version. When nothing is left, the old key
is deleted, so values it protected in old copies of the file can no longer be read with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clientsafe.vault import field_crypto
from clientsafe.vault.connection import Connection


@dataclass(frozen=True, slots=True)
class RotationState:
    active_version: int
    remaining: int  # values still under an older version
    retiring: tuple[int, ...]
    encrypted: int  # every encrypted value, whatever its version (what the officer screen shows)


def state(conn: Connection) -> RotationState:
    active = active_version(conn)
    encrypted = int(conn.execute("SELECT count(*) FROM customer_fields").fetchone()[0])
    return RotationState(active, _remaining(conn, active), _retiring(conn), encrypted)


def active_version(conn: Connection) -> int:
    return int(conn.execute("SELECT max(version) FROM wrapped_keys WHERE purpose = 'data'"
                            " AND state = 'active'").fetchone()[0])


def remaining(conn: Connection) -> int:
    """How many values are still under an older key: `state().remaining` without the count of
    every value."""
    return _remaining(conn, active_version(conn))


def _remaining(conn: Connection, active: int) -> int:
    return int(conn.execute("SELECT count(*) FROM customer_fields WHERE key_version != ?",
                            (active,)).fetchone()[0])


def _retiring(conn: Connection) -> tuple[int, ...]:
    return tuple(int(r[0]) for r in conn.execute(
        "SELECT version FROM wrapped_keys WHERE purpose = 'data' AND state = 'retiring'"
        " ORDER BY version"))


def begin(conn: Connection, kek: bytes, vault_id: str, *, now: datetime) -> int:
    """A new active data key; the old one retires. Runs inside the caller's transaction."""
    current = active_version(conn)
    conn.execute("UPDATE wrapped_keys SET state = 'retiring' WHERE purpose = 'data'"
                 " AND state = 'active'")
    field_crypto.add_key(conn, kek, vault_id, "data", current + 1, now=now)
    return current + 1


def reencrypt_batch(conn: Connection, batch: int = 2000) -> int:
    """Re-encrypt up to `batch` values under the active key; returns how many. Runs inside the
    caller's transaction."""
    cipher = field_crypto.cipher_of(conn)
    # `<`, not `!=`: the active version is the newest, so both select the same values, but only
    # a range uses customer_fields_by_version; `!=` scanned the table from its start in every
    # batch, stepping over all the values already done (quadratic in the vault's size).
    rows = conn.execute(
        "SELECT customer_id, field_key, key_version, ciphertext FROM customer_fields"
        " WHERE key_version < ? LIMIT ?", (cipher.active_version, batch)).fetchall()
    updates = []
    for customer_id, key, version, blob in rows:
        text = cipher.decrypt(int(customer_id), key, int(version), bytes(blob))
        new_version, new_blob = cipher.encrypt(int(customer_id), key, text)
        updates.append((new_version, new_blob, customer_id, key))
    conn.executemany("UPDATE customer_fields SET key_version = ?, ciphertext = ?"
                     " WHERE customer_id = ? AND field_key = ?", updates)
    return len(updates)


def finish(conn: Connection) -> list[int]:
    """Delete retired keys once no value uses them; returns their versions."""
    if remaining(conn):
        return []
    retired = _retiring(conn)
    conn.execute("DELETE FROM wrapped_keys WHERE purpose = 'data' AND state = 'retiring'")
    return list(retired)
