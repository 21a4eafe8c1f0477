"""Corrections: which field of a customer changed, when, by whom and why (values only masked)."""

from __future__ import annotations

from datetime import datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.rights import Correction
from clientsafe.vault.connection import Connection

_SELECT = (
    "SELECT k.id, k.customer_id, k.field_key, k.old_masked, k.new_masked, k.reason,"
    " k.request_id, s.display_name, k.corrected_at"
    " FROM corrections k JOIN staff s ON s.id = k.corrected_by"
)


def _correction(row: tuple) -> Correction:
    return Correction(id=int(row[0]), customer_id=int(row[1]), field_key=row[2],
                      old_masked=row[3], new_masked=row[4], reason=row[5],
                      request_id=None if row[6] is None else int(row[6]),
                      corrected_by=row[7], corrected_at=from_iso(row[8]))


def for_customer(conn: Connection, customer_id: int) -> list[Correction]:
    """One customer's corrections, newest first."""
    rows = conn.execute(
        f"{_SELECT} WHERE k.customer_id = ? ORDER BY k.corrected_at DESC, k.id DESC",
        (customer_id,)).fetchall()
    return [_correction(r) for r in rows]


def add(conn: Connection, *, customer_id: int, field_key: str, old_masked: str, new_masked: str,
        reason: str, request_id: int | None, corrected_by: int, now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO corrections (customer_id, field_key, old_masked, new_masked, reason,"
        " request_id, corrected_by, corrected_at) VALUES (?,?,?,?,?,?,?,?)",
        (customer_id, field_key, old_masked, new_masked, reason, request_id, corrected_by,
         to_iso(now)))
    # A correction changes the record, whichever field it touched.
    conn.execute("UPDATE customers SET updated_at = ? WHERE id = ?", (to_iso(now), customer_id))
    return int(cursor.lastrowid)
