"""Rights requests: the register of what customers asked for under their rights."""

from __future__ import annotations

from datetime import date, datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.rights import (
    RequestChannel,
    RightsKind,
    RightsRequest,
    RightsStatus,
    Verification,
)
from clientsafe.vault.connection import Connection

# Staff display names come from joins; '' where nobody has verified or closed yet.
_SELECT = (
    "SELECT r.id, r.customer_id, r.kind, r.received_at, r.channel, r.details, r.due_at,"
    " r.status, r.response, coalesce(g.display_name, ''), coalesce(v.display_name, ''),"
    " r.verified_how, r.verified_at, coalesce(c.display_name, ''), r.closed_at,"
    " r.registered_by, r.requester_name, r.requester_contact"
    " FROM rights_requests r LEFT JOIN staff g ON g.id = r.registered_by"
    " LEFT JOIN staff v ON v.id = r.verified_by LEFT JOIN staff c ON c.id = r.closed_by"
)


def _request(row: tuple) -> RightsRequest:
    return RightsRequest(
        id=int(row[0]), customer_id=None if row[1] is None else int(row[1]),
        kind=RightsKind(row[2]),
        received_at=from_iso(row[3]), channel=RequestChannel(row[4]), details=row[5],
        due_at=from_iso(row[6]), status=RightsStatus(row[7]), response=row[8],
        registered_by=row[9], verified_by=row[10],
        verified_how=Verification(row[11]) if row[11] else None,
        verified_at=from_iso(row[12]) if row[12] else None,
        closed_by=row[13], closed_at=from_iso(row[14]) if row[14] else None,
        registered_by_id=int(row[15]), requester_name=row[16], requester_contact=row[17])


def for_customer(conn: Connection, customer_id: int) -> list[RightsRequest]:
    """All of one customer's requests, newest first."""
    rows = conn.execute(f"{_SELECT} WHERE r.customer_id = ? ORDER BY r.received_at DESC, r.id DESC",
                        (customer_id,)).fetchall()
    return [_request(r) for r in rows]


def get(conn: Connection, request_id: int) -> RightsRequest | None:
    row = conn.execute(f"{_SELECT} WHERE r.id = ?", (request_id,)).fetchone()
    return None if row is None else _request(row)


def listing(conn: Connection, *, open_only: bool, customer_id: int | None = None,
            assigned_to: int | None = None, limit: int = 2000) -> list[RightsRequest]:
    """Unanswered requests by deadline, then (unless `open_only`) answered ones, latest
    first; `assigned_to` keeps only customers assigned to that staff member, and the requests
    from people not in the vault that this staff member registered."""
    where: list[str] = []
    params: list[object] = []
    if open_only:
        where.append("r.status IN ('open', 'in_progress')")
    if customer_id is not None:
        where.append("r.customer_id = ?")
        params.append(customer_id)
    if assigned_to is not None:
        where.append("(r.customer_id IN (SELECT id FROM customers WHERE assigned_staff_id = ?)"
                     " OR (r.customer_id IS NULL AND r.registered_by = ?))")
        params.extend((assigned_to, assigned_to))
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = conn.execute(
        f"{_SELECT}{clause} ORDER BY r.status IN ('completed', 'refused'),"
        " CASE WHEN r.status IN ('completed', 'refused') THEN NULL ELSE r.due_at END,"
        " r.closed_at DESC, r.id LIMIT ?", (*params, limit)).fetchall()
    return [_request(r) for r in rows]


def add(conn: Connection, *, customer_id: int | None, kind: RightsKind,
        channel: RequestChannel, received_at: datetime, details: str, due_at: datetime,
        registered_by: int, requester_name: str = "", requester_contact: str = "") -> int:
    """A customer's request, or (customer_id None) one from a named requester."""
    cursor = conn.execute(
        "INSERT INTO rights_requests (customer_id, kind, received_at, channel, details, due_at,"
        " registered_by, requester_name, requester_contact) VALUES (?,?,?,?,?,?,?,?,?)",
        (customer_id, kind.value, to_iso(received_at), channel.value, details, to_iso(due_at),
         registered_by, requester_name, requester_contact))
    return int(cursor.lastrowid)


def verify(conn: Connection, request_id: int, *, staff_id: int, how: Verification,
           now: datetime) -> bool:
    """Only an unclosed request can be verified; False if it was closed meanwhile."""
    cursor = conn.execute(
        "UPDATE rights_requests SET verified_by = ?, verified_how = ?, verified_at = ?"
        " WHERE id = ? AND status IN ('open', 'in_progress')",
        (staff_id, how.value, to_iso(now), request_id))
    return cursor.rowcount == 1


def set_status(conn: Connection, request_id: int, *, status: RightsStatus,
               response: str | None = None) -> bool:
    """Moves an unclosed request on; the response is kept unless a new one is given."""
    cursor = conn.execute(
        "UPDATE rights_requests SET status = ?, response = coalesce(?, response)"
        " WHERE id = ? AND status IN ('open', 'in_progress')",
        (status.value, response, request_id))
    return cursor.rowcount == 1


def close(conn: Connection, request_id: int, *, status: RightsStatus, response: str,
          staff_id: int, now: datetime) -> bool:
    """Answer an unclosed request. A requester's contact details were needed only to answer,
    so they go now (the name stays, as proof of who was answered)."""
    cursor = conn.execute(
        "UPDATE rights_requests SET status = ?, response = ?, closed_by = ?, closed_at = ?,"
        " requester_contact = ''"
        " WHERE id = ? AND status IN ('open', 'in_progress')",
        (status.value, response, staff_id, to_iso(now), request_id))
    return cursor.rowcount == 1


def forget_outside_requesters(conn: Connection, *, closed_before: date) -> int:
    """Blank the name and notes of requests from people not in the vault that were answered
    before `closed_before`: kept as proof of the answer until then, personal data after."""
    cursor = conn.execute(
        "UPDATE rights_requests SET requester_name = '', requester_contact = '', details = '',"
        " response = '' WHERE customer_id IS NULL AND closed_at IS NOT NULL"
        " AND substr(closed_at, 1, 10) < ? AND requester_name <> ''",
        (closed_before.isoformat(),))
    return cursor.rowcount
