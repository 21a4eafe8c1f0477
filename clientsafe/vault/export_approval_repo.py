"""Single-use approvals for exports above the limit."""

from __future__ import annotations

from datetime import datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.vault.connection import Connection


def add(conn: Connection, *, requester_id: int, approver_id: int, max_count: int,
        now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO export_approvals (requester_id, approver_id, max_count, created_at)"
        " VALUES (?, ?, ?, ?)", (requester_id, approver_id, max_count, to_iso(now)))
    return int(cursor.lastrowid)


def use(conn: Connection, approval_id: int, *, requester_id: int, count: int,
        not_before: datetime, now: datetime) -> bool:
    """Mark the approval used if it is this requester's, unused, recent and large enough."""
    row = conn.execute(
        "SELECT created_at FROM export_approvals WHERE id = ? AND requester_id = ?"
        " AND used_at IS NULL AND max_count >= ?", (approval_id, requester_id, count)).fetchone()
    if row is None or from_iso(row[0]) < not_before:
        return False
    conn.execute("UPDATE export_approvals SET used_at = ? WHERE id = ?", (to_iso(now), approval_id))
    return True
