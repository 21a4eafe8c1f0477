"""Staff accounts table."""

from __future__ import annotations

from datetime import datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.entities import StaffMember
from clientsafe.core.roles import Role
from clientsafe.vault.connection import Connection

_COLUMNS = (
    "id, username, display_name, role, active, must_change_password, failed_attempts,"
    " locked_until, last_login_at, created_at"
)


def _member(row: tuple) -> StaffMember:
    return StaffMember(
        id=int(row[0]),
        username=row[1],
        display_name=row[2],
        role=Role(row[3]),
        active=bool(row[4]),
        must_change_password=bool(row[5]),
        failed_attempts=int(row[6]),
        locked_until=from_iso(row[7]) if row[7] else None,
        last_login_at=from_iso(row[8]) if row[8] else None,
        created_at=from_iso(row[9]),
    )


def add(
    conn: Connection,
    *,
    username: str,
    display_name: str,
    role: Role,
    password_hash: str,
    now: datetime,
    must_change_password: bool = False,
) -> int:
    cursor = conn.execute(
        "INSERT INTO staff (username, display_name, role, password_hash, must_change_password,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            username,
            display_name,
            str(role),
            password_hash,
            int(must_change_password),
            to_iso(now),
            to_iso(now),
        ),
    )
    return int(cursor.lastrowid)


def exists(conn: Connection, username: str) -> bool:
    return (
        conn.execute("SELECT 1 FROM staff WHERE username = ?", (username,)).fetchone() is not None
    )


def find_for_login(conn: Connection, username: str) -> tuple[StaffMember, str] | None:
    row = conn.execute(
        f"SELECT {_COLUMNS}, password_hash FROM staff WHERE username = ?", (username,)
    ).fetchone()
    return None if row is None else (_member(row[:10]), str(row[10]))


def get(conn: Connection, staff_id: int) -> StaffMember | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM staff WHERE id = ?", (staff_id,)).fetchone()
    return None if row is None else _member(row)


def password_hash(conn: Connection, staff_id: int) -> str:
    return str(
        conn.execute("SELECT password_hash FROM staff WHERE id = ?", (staff_id,)).fetchone()[0]
    )


def list_all(conn: Connection) -> list[StaffMember]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM staff ORDER BY username").fetchall()
    return [_member(r) for r in rows]


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM staff").fetchone()[0])


def record_failure(
    conn: Connection,
    staff_id: int,
    *,
    failed_attempts: int,
    locked_until: datetime | None,
    now: datetime,
) -> None:
    conn.execute(
        "UPDATE staff SET failed_attempts = ?, locked_until = ?, updated_at = ? WHERE id = ?",
        (failed_attempts, to_iso(locked_until) if locked_until else None, to_iso(now), staff_id),
    )


def record_login(conn: Connection, staff_id: int, *, now: datetime) -> None:
    conn.execute(
        "UPDATE staff SET failed_attempts = 0, locked_until = NULL, last_login_at = ?,"
        " updated_at = ? WHERE id = ?",
        (to_iso(now), to_iso(now), staff_id),
    )


def set_password(
    conn: Connection, staff_id: int, *, password_hash: str, must_change: bool, now: datetime
) -> None:
    conn.execute(
        "UPDATE staff SET password_hash = ?, must_change_password = ?, updated_at = ? WHERE id = ?",
        (password_hash, int(must_change), to_iso(now), staff_id),
    )


def lock_until(conn: Connection, staff_id: int, *, until: datetime, now: datetime) -> None:
    """Lock an account until a moment (bulk-viewing guard), keeping its failure count."""
    conn.execute("UPDATE staff SET locked_until = ?, updated_at = ? WHERE id = ?",
                 (to_iso(until), to_iso(now), staff_id))


def clear_failures(conn: Connection, staff_id: int, *, now: datetime) -> None:
    """A correct password outside a login (an approval) also ends a run of failures."""
    conn.execute("UPDATE staff SET failed_attempts = 0, updated_at = ? WHERE id = ?",
                 (to_iso(now), staff_id))


def set_role(conn: Connection, staff_id: int, *, role: Role, now: datetime) -> None:
    conn.execute(
        "UPDATE staff SET role = ?, updated_at = ? WHERE id = ?", (str(role), to_iso(now), staff_id)
    )


def set_active(conn: Connection, staff_id: int, *, active: bool, now: datetime) -> None:
    """Deactivate or reactivate; accounts are never deleted (the audit trail names them)."""
    conn.execute(
        "UPDATE staff SET active = ?, updated_at = ? WHERE id = ?",
        (int(active), to_iso(now), staff_id),
    )


def reset_password(conn: Connection, staff_id: int, *, password_hash: str, now: datetime) -> None:
    """A temporary password set by the security officer: it must be changed at the next login,
    and any lockout from earlier wrong passwords ends."""
    conn.execute(
        "UPDATE staff SET password_hash = ?, must_change_password = 1, failed_attempts = 0,"
        " locked_until = NULL, updated_at = ? WHERE id = ?",
        (password_hash, to_iso(now), staff_id),
    )


def count_active(conn: Connection, role: Role) -> int:
    return int(
        conn.execute(
            "SELECT count(*) FROM staff WHERE role = ? AND active = 1", (str(role),)
        ).fetchone()[0]
    )
