"""Schema migrations: numbered SQL files, each applied in its own transaction.

`PRAGMA user_version` records the last applied number. Before migrating an existing vault a copy
is made beside it, so a failed or regretted upgrade can be undone by hand.

A migration that rebuilds a table other tables point at starts with the line
`-- migrate: foreign_keys=off`: SQLite's own recipe for such changes. Foreign keys can only be
switched off outside a transaction, so the runner does it around that migration, and runs
`PRAGMA foreign_key_check` before the commit, so a rebuild that broke a reference rolls back
(references already broken before it are not its doing and do not stop it).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from clientsafe.core.errors import VaultTooNew
from clientsafe.vault.connection import Connection

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
FOREIGN_KEYS_OFF = "-- migrate: foreign_keys=off"


class BrokenReferences(RuntimeError):
    """A table rebuild left rows pointing at nothing; the migration was rolled back."""


@dataclass(frozen=True, slots=True)
class Migration:
    number: int
    name: str
    sql: str


def available() -> list[Migration]:
    package = resources.files("clientsafe.vault.migrations")
    found = []
    for entry in package.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.number)
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..N without gaps, found {numbers}")
    return found


LATEST = len(available())


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def ensure_supported(conn: Connection, migrations: list[Migration] | None = None) -> int:
    version = current_version(conn)
    latest = len(migrations) if migrations is not None else LATEST
    if version > latest:
        raise VaultTooNew(found=version, supported=latest)
    return version


def backup_before_migrating(
    conn: Connection, vault_path: Path, version: int, now: datetime
) -> Path:
    """Copy the (still encrypted) file after folding the WAL into it."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = vault_path.with_name(f"{vault_path.name}.pre-migration-v{version}-{stamp}")
    shutil.copy2(vault_path, target)
    return target


def _broken_references(conn: Connection) -> set[tuple[object, ...]]:
    return {tuple(r) for r in conn.execute("PRAGMA foreign_key_check").fetchall()}


def migrate(
    conn: Connection,
    vault_path: Path,
    *,
    now: datetime,
    migrations: list[Migration] | None = None,
    after_each: Callable[[Connection, Migration], None] | None = None,
) -> list[Migration]:
    """Apply what is missing; returns the migrations applied. `after_each` runs inside each
    migration's transaction (the audit entry for an upgrade goes there)."""
    migrations = migrations if migrations is not None else available()
    version = ensure_supported(conn, migrations)
    pending = [m for m in migrations if m.number > version]
    if not pending:
        return []
    if version > 0:
        backup_before_migrating(conn, vault_path, version, now)
    for migration in pending:
        keys_off = migration.sql.startswith(FOREIGN_KEYS_OFF)
        # Only references this migration breaks count: an old vault's own are not its doing.
        broken_before = _broken_references(conn) if keys_off else set()
        if keys_off:
            conn.execute("PRAGMA foreign_keys = OFF")
        try:
            # executescript runs the whole file; the explicit BEGIN/COMMIT make it one
            # transaction together with the version bump.
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{migration.sql}\n;PRAGMA user_version = {migration.number};"
            )
            if keys_off and _broken_references(conn) - broken_before:
                raise BrokenReferences(migration.name)
            if after_each is not None:
                after_each(conn, migration)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            if keys_off:
                conn.execute("PRAGMA foreign_keys = ON")
    return pending
