"""Making a vault's customer values field-encrypted: keys on first use, and (once, for vaults
made before field encryption) moving plain values into encrypted fields and dropping the old
columns, all in one transaction. Runs right after the SQL migrations, while opening."""

from __future__ import annotations

from datetime import datetime

from clientsafe.core.name_search import name_keys
from clientsafe.vault import customer_repo, field_crypto
from clientsafe.vault.connection import Connection, transaction
from clientsafe.vault.field_crypto import FieldCipher

_LEGACY = ("phone", "email", "national_id", "address", "date_of_birth")
_BATCH = 2000


def prepare(conn: Connection, kek: bytes, vault_id: str, *, now: datetime
            ) -> FieldCipher | None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "wrapped_keys" not in tables:
        return None  # a schema older than field encryption, made on purpose by a test
    have = {r[0] for r in conn.execute("SELECT DISTINCT purpose FROM wrapped_keys")}
    if have != {"data", "index"}:  # opening must not write when there is nothing to do
        with transaction(conn, conn.vault_path):
            field_crypto.ensure_keys(conn, kek, vault_id, now=now)
    cipher = field_crypto.attach(conn, kek, vault_id)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(customers)")}
    if "phone" in columns or "customer_values" in tables:
        with transaction(conn, conn.vault_path):
            _move_plain_values(conn, "phone" in columns, "customer_values" in tables)
    return cipher


def _move_plain_values(conn: Connection, has_columns: bool, has_values_table: bool) -> None:
    last = 0
    while has_columns:
        rows = conn.execute(
            f"SELECT id, full_name, {', '.join(_LEGACY)} FROM customers WHERE id > ?"
            " ORDER BY id LIMIT ?", (last, _BATCH)).fetchall()
        if not rows:
            break
        for row in rows:
            customer_id = int(row[0])
            pinyin, initials = name_keys(row[1])
            conn.execute("UPDATE customers SET name_pinyin = ?, name_initials = ? WHERE id = ?",
                         (pinyin, initials, customer_id))
            values = {k: str(v) for k, v in zip(_LEGACY, row[2:], strict=True) if v}
            customer_repo.store_values(conn, customer_id, values)
        last = int(rows[-1][0])
    if has_values_table:
        for customer_id, key, value in conn.execute(
                "SELECT customer_id, field_key, value FROM customer_values").fetchall():
            customer_repo.store_values(conn, int(customer_id), {key: value})
        conn.execute("DROP TABLE customer_values")
    if has_columns:
        for column in _LEGACY:
            conn.execute(f"ALTER TABLE customers DROP COLUMN {column}")
