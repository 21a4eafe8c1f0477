"""Reveal requests and grants."""

from __future__ import annotations

import json
from datetime import datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.entities import RevealGrant, RevealRequestInfo
from clientsafe.vault.connection import Connection

RequestRow = RevealRequestInfo
GrantRow = RevealGrant


_REQUEST_SELECT = (
    "SELECT r.id, r.requester_id, s.display_name, r.customer_id, c.full_name, r.fields,"
    " r.reason_code, r.reason_text, r.minutes, r.status, r.created_at,"
    " coalesce(d.display_name, ''), r.decision_reason"
    " FROM reveal_requests r JOIN staff s ON s.id = r.requester_id"
    " JOIN customers c ON c.id = r.customer_id LEFT JOIN staff d ON d.id = r.decided_by"
)


def _request(row: tuple) -> RequestRow:
    return RequestRow(int(row[0]), int(row[1]), row[2], int(row[3]), row[4],
                      tuple(json.loads(row[5])), row[6], row[7], int(row[8]), row[9],
                      from_iso(row[10]), row[11], row[12])


def add_request(conn: Connection, *, requester_id: int, customer_id: int, fields: tuple[str, ...],
                reason_code: str, reason_text: str, minutes: int, now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO reveal_requests (requester_id, customer_id, fields, reason_code,"
        " reason_text, minutes, created_at) VALUES (?,?,?,?,?,?,?)",
        (requester_id, customer_id, json.dumps(list(fields)), reason_code, reason_text, minutes,
         to_iso(now)),
    )
    return int(cursor.lastrowid)


def get_request(conn: Connection, request_id: int) -> RequestRow | None:
    row = conn.execute(f"{_REQUEST_SELECT} WHERE r.id = ?", (request_id,)).fetchone()
    return None if row is None else _request(row)


def pending(conn: Connection, limit: int = 500) -> list[RequestRow]:
    rows = conn.execute(f"{_REQUEST_SELECT} WHERE r.status = 'pending' ORDER BY r.created_at"
                        " LIMIT ?", (limit,)).fetchall()
    return [_request(r) for r in rows]


def by_requester(conn: Connection, requester_id: int, limit: int = 200) -> list[RequestRow]:
    rows = conn.execute(f"{_REQUEST_SELECT} WHERE r.requester_id = ?"
                        " ORDER BY r.created_at DESC LIMIT ?", (requester_id, limit)).fetchall()
    return [_request(r) for r in rows]


def decide(conn: Connection, request_id: int, *, status: str, decided_by: int, reason: str,
           now: datetime) -> bool:
    """Only a pending request can be decided; False if someone else decided it first."""
    cursor = conn.execute(
        "UPDATE reveal_requests SET status = ?, decided_by = ?, decided_at = ?,"
        " decision_reason = ? WHERE id = ? AND status = 'pending'",
        (status, decided_by, to_iso(now), reason, request_id),
    )
    return cursor.rowcount == 1


def add_grant(conn: Connection, request: RequestRow, *, approved_by: int, now: datetime,
              expires_at: datetime, flagged: bool) -> GrantRow:
    cursor = conn.execute(
        "INSERT INTO reveal_grants (request_id, requester_id, customer_id, fields, granted_at,"
        " expires_at, approved_by, flagged) VALUES (?,?,?,?,?,?,?,?)",
        (request.id, request.requester_id, request.customer_id, json.dumps(list(request.fields)),
         to_iso(now), to_iso(expires_at), approved_by, int(flagged)),
    )
    return GrantRow(int(cursor.lastrowid), request.id, request.requester_id, request.customer_id,
                    request.fields, expires_at, flagged)


_GRANT_SELECT = ("SELECT id, request_id, requester_id, customer_id, fields, expires_at, flagged"
                 " FROM reveal_grants")


def _grant(row: tuple) -> GrantRow:
    return GrantRow(int(row[0]), int(row[1]), int(row[2]), int(row[3]),
                    tuple(json.loads(row[4])), from_iso(row[5]), bool(row[6]))


def get_grant(conn: Connection, grant_id: int) -> GrantRow | None:
    row = conn.execute(f"{_GRANT_SELECT} WHERE id = ?", (grant_id,)).fetchone()
    return None if row is None else _grant(row)


def grant_for_request(conn: Connection, request_id: int) -> GrantRow | None:
    row = conn.execute(f"{_GRANT_SELECT} WHERE request_id = ?", (request_id,)).fetchone()
    return None if row is None else _grant(row)
