"""Vault metadata rows (id, business name, creation time, demo flag)."""

from __future__ import annotations

from clientsafe.core.clock import from_iso
from clientsafe.core.entities import VaultInfo
from clientsafe.vault.connection import Connection


def put(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def info(conn: Connection) -> VaultInfo:
    values = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return VaultInfo(
        vault_id=values["vault_id"],
        business_name=values["business_name"],
        created_at=from_iso(values["created_at"]),
        is_demo=values.get("is_demo") == "1",
        schema_version=version,
    )
