"""Shared helpers for the backup tests (plain functions, no fixtures)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from clientsafe.services import auth, backup
from clientsafe.services.vault_access import Vault


def officer(vault: Vault):
    return auth.login(vault, "officer", "demo")


def make_backup(vault: Vault, folder: Path, *, user: str = "officer") -> backup.BackupResult:
    folder.mkdir(parents=True, exist_ok=True)
    return backup.create(vault, auth.login(vault, user, "demo"), folder)


def files_digest(folder: Path) -> dict[str, str]:
    """Name → SHA-256 of the vault's own files (not the WAL: SQLite may fold it in on close)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(("-wal", "-shm"))}


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def customer_count(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM customers").fetchone()[0])
