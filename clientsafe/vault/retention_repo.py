"""What the retention rule reads (enrolments, relationship ends, last visits, legal holds), the
destruction queue's query, and the tombstones of destroyed customers."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.consent import RetentionStart
from clientsafe.core.retention import (
    BackupPolicy,
    DeletionRequestRef,
    DestroyedSummary,
    DestructionBasis,
    Hold,
    RetentionInputs,
    ServicePeriod,
    ServiceRetention,
    Tombstone,
    add_months,
    last_visit,
)
from clientsafe.vault.connection import Connection

_CHUNK = 500  # ids per IN (...) list

# Customers who may be due on `today`, in one pass. Every enrolment is read once, grouped in
# primary-key order (CROSS JOIN keeps SQLite from starting at services, which sorted all
# 110,000 enrolments of the benchmark in a temporary b-tree: 136 ms, now 90). A customer is kept
# only if no relationship goes on and every period, counted from the first of its start month
# (never later than the real end date, so nobody due is missed), has run out; their last
# visits are looked up (index seeks) only then. The exact rule is applied in Python to this
# short list.
_CANDIDATES = """
WITH per_customer AS (
    SELECT cs.customer_id AS id,
           max(s.retention_start = 'end_of_relationship' AND cs.ended_on IS NULL) AS open_ended,
           max(CASE WHEN s.retention_start = 'end_of_relationship' THEN
                   date(cs.ended_on, 'start of month', '+' || s.retention_months || ' months')
               END) AS ended_floor,
           max(CASE WHEN s.retention_start = 'last_visit' THEN s.retention_months END) AS months
    FROM customer_services cs CROSS JOIN services s ON s.id = cs.service_id
    GROUP BY cs.customer_id
),
candidates AS (
    SELECT p.id, c.created_at, p.months FROM per_customer p JOIN customers c ON c.id = p.id
    WHERE NOT p.open_ended AND (p.ended_floor IS NULL OR p.ended_floor <= :today)
      AND (p.months IS NULL
           OR date(c.created_at, 'start of month', '+' || p.months || ' months') <= :today)
    UNION ALL
    SELECT c.id, c.created_at, :default_months FROM customers c
    WHERE c.created_at < :added_before
      AND NOT EXISTS (SELECT 1 FROM customer_services cs WHERE cs.customer_id = c.id)
)
SELECT id FROM candidates
WHERE months IS NULL OR date(max(substr(created_at, 1, 10),
        coalesce((SELECT max(t.occurred_on) FROM transactions t WHERE t.customer_id = candidates.id), ''),
        coalesce((SELECT substr(max(e.at), 1, 10) FROM consent_events e
                  WHERE e.customer_id = candidates.id), '')),
    'start of month', '+' || months || ' months') <= :today
"""  # noqa: E501 (SQL reads better unwrapped)


def _chunks(ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    for first in range(0, len(ids), _CHUNK):
        part = list(ids[first:first + _CHUNK])
        yield part, ",".join("?" * len(part))


def candidate_ids(conn: Connection, today: date, default_months: int) -> list[int]:
    # Added more than (default period - 4 days) ago: a superset of the customers in no service
    # whose default period, counted from any later last visit, can have run out.
    added_before = add_months(today, -default_months) + timedelta(days=4)
    rows = conn.execute(_CANDIDATES, {"today": today.isoformat(),
                                      "default_months": default_months,
                                      "added_before": added_before.isoformat()}).fetchall()
    return sorted(int(r[0]) for r in rows)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def inputs_for(conn: Connection, ids: Sequence[int], default_months: int
               ) -> dict[int, RetentionInputs]:
    """The rule's inputs for these customers (missing ids are left out)."""
    found: dict[int, RetentionInputs] = {}
    for part, marks in _chunks(sorted(set(ids))):
        added = {int(r[0]): date.fromisoformat(r[1][:10]) for r in conn.execute(
            f"SELECT id, created_at FROM customers WHERE id IN ({marks})", part)}
        services: dict[int, list[ServiceRetention]] = {}
        for r in conn.execute(
                "SELECT cs.customer_id, s.id, s.name, s.retention_months, s.retention_start,"
                " cs.ended_on FROM customer_services cs JOIN services s ON s.id = cs.service_id"
                f" WHERE cs.customer_id IN ({marks}) ORDER BY cs.customer_id, s.id", part):
            services.setdefault(int(r[0]), []).append(ServiceRetention(
                int(r[1]), r[2], int(r[3]), RetentionStart(r[4]), _day(r[5])))
        paid = dict(conn.execute(
            "SELECT customer_id, max(occurred_on) FROM transactions"
            f" WHERE customer_id IN ({marks}) GROUP BY customer_id", part).fetchall())
        consented = dict(conn.execute(
            "SELECT customer_id, max(at) FROM consent_events"
            f" WHERE customer_id IN ({marks}) GROUP BY customer_id", part).fetchall())
        holds = {h.customer_id: h for h in _holds(conn, f"h.customer_id IN ({marks})", part)}
        for customer_id, day in added.items():
            found[customer_id] = RetentionInputs(
                customer_id, day,
                last_visit(day, _day(paid.get(customer_id)), _day(consented.get(customer_id))),
                tuple(services.get(customer_id, ())), default_months, holds.get(customer_id))
    return found


# --- deletion requests (registered in rights_requests; read here, completed by a destruction) ---

_VERIFIED_DELETIONS = (
    "SELECT id, customer_id, received_at, verified_at FROM rights_requests"
    " WHERE kind = 'deletion' AND status = 'in_progress' AND verified_by IS NOT NULL"
    " AND customer_id IS NOT NULL")  # a requester not in the vault has nothing to destroy


def verified_deletions(conn: Connection, customer_id: int | None = None
                       ) -> dict[int, DeletionRequestRef]:
    """Per customer, the oldest verified deletion request in progress."""
    sql, args = _VERIFIED_DELETIONS, ()
    if customer_id is not None:
        sql, args = sql + " AND customer_id = ?", (customer_id,)
    found: dict[int, DeletionRequestRef] = {}
    for r in conn.execute(sql + " ORDER BY id", args).fetchall():
        found.setdefault(int(r[1]), DeletionRequestRef(int(r[0]), from_iso(r[2]),
                                                       from_iso(r[3]) if r[3] else None))
    return found


def close_open_requests(conn: Connection, customer_id: int, *, closed_by: int, now: datetime,
                        deletion_answer: str, other_answer: str) -> list[int]:
    """Close every unanswered request of a customer being destroyed (verified or not): a
    deletion request is completed by the destruction, and any other can no longer be answered
    from data (nor should free text be added to it after the erasure), so none stays open as
    overdue. Their ids, in order."""
    rows = conn.execute(
        "SELECT id, kind FROM rights_requests WHERE customer_id = ?"
        " AND status IN ('open', 'in_progress') ORDER BY id", (customer_id,)).fetchall()
    conn.executemany(
        "UPDATE rights_requests SET status = 'completed', closed_by = ?, closed_at = ?,"
        " response = ? WHERE id = ?",
        [(closed_by, to_iso(now), deletion_answer if kind == "deletion" else other_answer,
          int(i)) for i, kind in rows])
    return [int(r[0]) for r in rows]


# --- relationship ends and legal holds -------------------------------------------------------


def enrolment(conn: Connection, customer_id: int, service_id: int
              ) -> tuple[RetentionStart, date] | None:
    """(the service's retention start, the enrolment day), or None if not enrolled."""
    row = conn.execute(
        "SELECT s.retention_start, cs.enrolled_at FROM customer_services cs"
        " JOIN services s ON s.id = cs.service_id"
        " WHERE cs.customer_id = ? AND cs.service_id = ?", (customer_id, service_id)).fetchone()
    return None if row is None else (RetentionStart(row[0]), date.fromisoformat(row[1][:10]))


def set_ended_on(conn: Connection, customer_id: int, service_id: int, on: date) -> None:
    conn.execute("UPDATE customer_services SET ended_on = ? WHERE customer_id = ?"
                 " AND service_id = ?", (on.isoformat(), customer_id, service_id))


_HOLD_SELECT = (
    "SELECT h.id, h.customer_id, h.reason, coalesce(s.display_name, ''), h.placed_at"
    " FROM legal_holds h LEFT JOIN staff s ON s.id = h.placed_by"
    " WHERE h.released_at IS NULL")


def _holds(conn: Connection, where: str = "", args: Sequence[object] = ()) -> list[Hold]:
    sql = _HOLD_SELECT + (f" AND {where}" if where else "") + " ORDER BY h.placed_at, h.id"
    return [Hold(int(r[0]), int(r[1]), r[2], r[3], from_iso(r[4]))
            for r in conn.execute(sql, tuple(args)).fetchall()]


def active_holds(conn: Connection) -> list[Hold]:
    return _holds(conn)


def active_hold(conn: Connection, customer_id: int) -> Hold | None:
    found = _holds(conn, "h.customer_id = ?", (customer_id,))
    return found[0] if found else None


def place_hold(conn: Connection, customer_id: int, *, reason: str, placed_by: int,
               now: datetime) -> int:
    cursor = conn.execute("INSERT INTO legal_holds (customer_id, reason, placed_by, placed_at)"
                          " VALUES (?,?,?,?)", (customer_id, reason, placed_by, to_iso(now)))
    return int(cursor.lastrowid)


def release_hold(conn: Connection, hold_id: int, *, released_by: int, now: datetime) -> None:
    conn.execute("UPDATE legal_holds SET released_by = ?, released_at = ? WHERE id = ?",
                 (released_by, to_iso(now), hold_id))


# --- tombstones --------------------------------------------------------------------------------


def _period_json(p: ServicePeriod) -> dict[str, object]:
    return {"service_id": p.service_id, "service": p.service_name, "months": p.months,
            "start": p.start.value, "start_on": p.start_on.isoformat() if p.start_on else None,
            "due_on": p.due_on.isoformat() if p.due_on else None}


def _period(d: dict[str, object]) -> ServicePeriod:
    return ServicePeriod(d["service_id"], str(d["service"]), int(d["months"]),  # type: ignore
                         RetentionStart(d["start"]), _day(d["start_on"]),  # type: ignore
                         _day(d["due_on"]))  # type: ignore


def _basis_detail(t: Tombstone) -> str:
    request = None if t.request is None else {
        "id": t.request.id, "received_at": to_iso(t.request.received_at),
        "verified_at": to_iso(t.request.verified_at) if t.request.verified_at else None}
    return json.dumps({"periods": [_period_json(p) for p in t.periods], "request": request},
                      ensure_ascii=False, sort_keys=True)


def _destroyed(s: DestroyedSummary) -> str:
    return json.dumps({"fields": list(s.fields), "counts": s.counts,
                       "approver_role": s.approver_role, "audit_seq": s.audit_seq,
                       "audit_hash": s.audit_hash,
                       "backups": {"automatic": s.backups.automatic,
                                   "keep_daily": s.backups.keep_daily,
                                   "keep_weekly": s.backups.keep_weekly},
                       "reclaimed_at": to_iso(s.reclaimed_at) if s.reclaimed_at else None},
                      ensure_ascii=False, sort_keys=True)


def insert_tombstone(conn: Connection, t: Tombstone) -> None:
    conn.execute(
        "INSERT INTO tombstones (customer_id, created_at, destroyed_at, basis, basis_detail,"
        " request_id, approved_by, approved_by_name, destroyed, certificate_sha256)"
        " VALUES (?,?,?,?,?,?,?,?,?,?)",
        (t.customer_id, to_iso(t.created_at), to_iso(t.destroyed_at), t.basis.value,
         _basis_detail(t), t.request.id if t.request else None, t.approved_by,
         t.approved_by_name, _destroyed(t.destroyed), t.certificate_sha256))


_TOMBSTONE_SELECT = (
    "SELECT customer_id, created_at, destroyed_at, basis, basis_detail, approved_by,"
    " approved_by_name, destroyed, certificate_sha256 FROM tombstones")


def _tombstone(r: tuple) -> Tombstone:
    detail, summary = json.loads(r[4]), json.loads(r[7])
    req = detail.get("request")
    request = None if req is None else DeletionRequestRef(
        int(req["id"]), from_iso(req["received_at"]),
        from_iso(req["verified_at"]) if req.get("verified_at") else None)
    reclaimed, backups = summary.get("reclaimed_at"), summary["backups"]
    return Tombstone(
        int(r[0]), from_iso(r[1]), from_iso(r[2]), DestructionBasis(r[3]),
        tuple(_period(p) for p in detail.get("periods", [])), request, int(r[5]), r[6],
        DestroyedSummary(tuple(summary["fields"]), dict(summary["counts"]),
                         summary["approver_role"], int(summary["audit_seq"]),
                         summary["audit_hash"],
                         BackupPolicy(bool(backups["automatic"]), int(backups["keep_daily"]),
                                      int(backups["keep_weekly"])),
                         from_iso(reclaimed) if reclaimed else None), r[8])


def tombstone(conn: Connection, customer_id: int) -> Tombstone | None:
    row = conn.execute(_TOMBSTONE_SELECT + " WHERE customer_id = ?", (customer_id,)).fetchone()
    return None if row is None else _tombstone(row)


def tombstones(conn: Connection, *, limit: int, offset: int = 0) -> list[Tombstone]:
    """Newest destruction first."""
    rows = conn.execute(_TOMBSTONE_SELECT + " ORDER BY destroyed_at DESC, customer_id DESC"
                        " LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    return [_tombstone(r) for r in rows]


def tombstone_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM tombstones").fetchone()[0])


def set_certificate_sha256(conn: Connection, customer_id: int, digest: str) -> None:
    conn.execute("UPDATE tombstones SET certificate_sha256 = ? WHERE customer_id = ?",
                 (digest, customer_id))


def mark_reclaimed(conn: Connection, *, at: datetime) -> int:
    """Note on every tombstone still waiting for it that the file has been rebuilt."""
    return conn.execute(
        "UPDATE tombstones SET destroyed = json_set(destroyed, '$.reclaimed_at', ?)"
        " WHERE json_extract(destroyed, '$.reclaimed_at') IS NULL", (to_iso(at),)).rowcount


def created_at(conn: Connection, customer_id: int) -> datetime | None:
    row = conn.execute("SELECT created_at FROM customers WHERE id = ?", (customer_id,)).fetchone()
    return None if row is None else from_iso(row[0])
