"""The backup log (every attempt) and the drill log (every restore drill), in the vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.vault.connection import Connection


@dataclass(frozen=True, slots=True)
class BackupAttempt:
    id: int
    at: datetime
    actor: str
    automatic: bool
    ok: bool
    reason: str
    path: str
    bytes: int
    seconds: float


@dataclass(frozen=True, slots=True)
class DrillRow:
    id: int
    at: datetime
    actor: str
    backup_path: str
    ok: bool
    seconds: float
    detail: str
    manifest_json: str | None


def add_attempt(conn: Connection, *, at: datetime, actor_id: int | None, actor: str,
                automatic: bool, ok: bool, reason: str = "", path: str = "", size: int = 0,
                seconds: float = 0.0) -> int:
    cursor = conn.execute(
        "INSERT INTO backup_log (at, actor_id, actor, automatic, ok, reason, path, bytes,"
        " seconds) VALUES (?,?,?,?,?,?,?,?,?)",
        (to_iso(at), actor_id, actor, int(automatic), int(ok), reason, path, size, seconds))
    return int(cursor.lastrowid)


_ATTEMPT = "id, at, actor, automatic, ok, reason, path, bytes, seconds"


def _attempt(row: tuple) -> BackupAttempt:
    return BackupAttempt(int(row[0]), from_iso(row[1]), row[2], bool(row[3]), bool(row[4]),
                         row[5], row[6], int(row[7]), float(row[8]))


def last_attempt(conn: Connection, *, ok: bool | None = None,
                 exclude_reason: str | None = None) -> BackupAttempt | None:
    """The newest attempt (optionally only good or only failed ones, skipping one reason)."""
    where, args = [], []
    if ok is not None:
        where.append("ok = ?")
        args.append(int(ok))
    if exclude_reason is not None:
        where.append("reason != ?")
        args.append(exclude_reason)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    row = conn.execute(f"SELECT {_ATTEMPT} FROM backup_log {clause} ORDER BY at DESC, id DESC"
                       " LIMIT 1", args).fetchone()
    return None if row is None else _attempt(row)


def add_drill(conn: Connection, *, at: datetime, actor_id: int, actor: str, backup_path: str,
              ok: bool, seconds: float, detail: str, manifest_json: str | None) -> int:
    cursor = conn.execute(
        "INSERT INTO drill_log (at, actor_id, actor, backup_path, ok, seconds, detail, manifest)"
        " VALUES (?,?,?,?,?,?,?,?)",
        (to_iso(at), actor_id, actor, backup_path, int(ok), seconds, detail, manifest_json))
    return int(cursor.lastrowid)


_DRILL = "id, at, actor, backup_path, ok, seconds, detail, manifest"


def _drill(row: tuple) -> DrillRow:
    return DrillRow(int(row[0]), from_iso(row[1]), row[2], row[3], bool(row[4]),
                    float(row[5]), row[6], row[7])


def drills(conn: Connection, limit: int) -> list[DrillRow]:
    rows = conn.execute(f"SELECT {_DRILL} FROM drill_log ORDER BY at DESC, id DESC LIMIT ?",
                        (limit,)).fetchall()
    return [_drill(r) for r in rows]


def last_good_drill(conn: Connection) -> DrillRow | None:
    row = conn.execute(f"SELECT {_DRILL} FROM drill_log WHERE ok = 1 ORDER BY at DESC, id DESC"
                       " LIMIT 1").fetchone()
    return None if row is None else _drill(row)
