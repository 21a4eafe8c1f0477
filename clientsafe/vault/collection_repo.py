"""Collection requests: a field joins a service only once the security officer approves it."""

from __future__ import annotations

from datetime import datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.collection import CollectionRequest, RequestStatus
from clientsafe.vault.connection import Connection

_SELECT = (
    "SELECT r.id, r.service_id, sv.name, r.field_key, r.required, r.necessity_use,"
    " r.necessity_without, r.status, r.requested_by, coalesce(a.display_name, ''),"
    " r.requested_at, coalesce(d.display_name, ''), r.decided_at, r.decision_reason"
    " FROM collection_requests r JOIN services sv ON sv.id = r.service_id"
    " LEFT JOIN staff a ON a.id = r.requested_by LEFT JOIN staff d ON d.id = r.decided_by")


def _row(r: tuple) -> CollectionRequest:
    return CollectionRequest(int(r[0]), int(r[1]), r[2], r[3], bool(r[4]), r[5], r[6],
                             RequestStatus(r[7]), int(r[8]), r[9], from_iso(r[10]), r[11],
                             from_iso(r[12]) if r[12] else None, r[13])


def insert(conn: Connection, *, service_id: int, field_key: str, required: bool,
           necessity_use: str, necessity_without: str, requested_by: int,
           now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO collection_requests (service_id, field_key, required, necessity_use,"
        " necessity_without, requested_by, requested_at) VALUES (?,?,?,?,?,?,?)",
        (service_id, field_key, int(required), necessity_use, necessity_without, requested_by,
         to_iso(now)))
    return int(cursor.lastrowid)


def live_exists(conn: Connection, service_id: int, field_key: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM collection_requests WHERE service_id = ? AND field_key = ?"
        " AND status IN ('pending', 'approved')", (service_id, field_key)).fetchone() is not None


def get(conn: Connection, request_id: int) -> CollectionRequest | None:
    row = conn.execute(_SELECT + " WHERE r.id = ?", (request_id,)).fetchone()
    return None if row is None else _row(row)


def decide(conn: Connection, request_id: int, status: RequestStatus, *, decided_by: int,
           reason: str, now: datetime, from_status: RequestStatus) -> bool:
    """Move a request on; False if it was no longer in `from_status` (decided meanwhile)."""
    cursor = conn.execute(
        "UPDATE collection_requests SET status = ?, decided_by = ?, decided_at = ?,"
        " decision_reason = ? WHERE id = ? AND status = ?",
        (status.value, decided_by, to_iso(now), reason, request_id, from_status.value))
    return cursor.rowcount == 1


def listing(conn: Connection, *, service_id: int | None = None,
            statuses: tuple[RequestStatus, ...] = ()) -> list[CollectionRequest]:
    clauses, args = [], []
    if service_id is not None:
        clauses.append("r.service_id = ?")
        args.append(service_id)
    if statuses:
        clauses.append(f"r.status IN ({','.join('?' * len(statuses))})")
        args.extend(s.value for s in statuses)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(_SELECT + where + " ORDER BY r.requested_at DESC, r.id DESC", args)
    return [_row(r) for r in rows]


def approved(conn: Connection, service_id: int) -> list[CollectionRequest]:
    rows = conn.execute(_SELECT + " WHERE r.service_id = ? AND r.status = 'approved'"
                        " ORDER BY r.id", (service_id,))
    return [_row(r) for r in rows]
