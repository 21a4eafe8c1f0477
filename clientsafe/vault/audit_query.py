"""Reading the audit log: filtered pages for the viewer, streams for exports, alert queries.

Writing and verifying the chain live in audit_log.py; these only read.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta

from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.entities import AuditEntry
from clientsafe.vault.audit_log import COLUMNS, entry_from_row
from clientsafe.vault.connection import Connection


def count_recent(conn: Connection, *, actor_id: int, action: str, since: datetime) -> int:
    """How often one person did one thing since a moment (uses audit_by_actor_action)."""
    return int(conn.execute(
        "SELECT count(*) FROM audit_log WHERE actor_id = ? AND action = ? AND at >= ?",
        (actor_id, action, to_iso(since)),
    ).fetchone()[0])


def previous_login_at(conn: Connection, actor_id: int) -> datetime | None:
    """When this person signed in before the current session (None: this is their first)."""
    row = conn.execute(
        "SELECT at FROM audit_log WHERE actor_id = ? AND action = 'auth.login'"
        " ORDER BY seq DESC LIMIT 1 OFFSET 1", (actor_id,)).fetchone()
    return from_iso(row[0]) if row else None


def entries_with_actions(conn: Connection, actions: Iterable[str], *, since: datetime | None,
                         limit: int = 100) -> list[AuditEntry]:
    """The newest entries of the given kinds (alerts), newest first."""
    kinds = list(actions)
    marks = ",".join("?" * len(kinds))
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM audit_log WHERE action IN ({marks}) AND at > ?"
        " ORDER BY seq DESC LIMIT ?",
        (*kinds, to_iso(since) if since else "", limit),
    ).fetchall()
    return [entry_from_row(r) for r in rows]


def _where(flt: AuditFilter) -> tuple[str, list[object]]:
    """SQL for a filter; dates compare as UTC ISO text (the stored form), `until` inclusive."""
    clauses: list[str] = []
    args: list[object] = []
    for column, value in (("actor_id", flt.actor_id), ("customer_id", flt.customer_id),
                          ("action", flt.action), ("outcome", flt.outcome)):
        if value is not None:
            clauses.append(f"{column} = ?")
            args.append(value)
    if flt.since is not None:
        clauses.append("at >= ?")
        args.append(to_iso(_day_start(flt.since)))
    if flt.until is not None:
        clauses.append("at < ?")
        args.append(to_iso(_day_start(flt.until + timedelta(days=1))))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _day_start(day: date) -> datetime:
    """Midnight of a calendar day in the computer's time zone, as an aware datetime."""
    return datetime.combine(day, datetime.min.time()).astimezone()


def count_filtered(conn: Connection, flt: AuditFilter) -> int:
    where, args = _where(flt)
    return int(conn.execute(f"SELECT count(*) FROM audit_log{where}", args).fetchone()[0])


def page_filtered(conn: Connection, flt: AuditFilter, *, offset: int, limit: int,
                  newest_first: bool = True) -> list[AuditEntry]:
    """One page, by seq. Deep pages use a keyset on seq (not OFFSET alone) when unfiltered."""
    where, args = _where(flt)
    order = "DESC" if newest_first else "ASC"
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM audit_log{where} ORDER BY seq {order} LIMIT ? OFFSET ?",
        (*args, limit, offset)).fetchall()
    return [entry_from_row(r) for r in rows]


def iter_filtered(conn: Connection, flt: AuditFilter, *, batch: int = 2000
                  ) -> Iterator[AuditEntry]:
    """Every matching entry, oldest first, read in batches by seq: constant memory for exports."""
    where, args = _where(flt)
    joiner = " AND " if where else " WHERE "
    after = 0
    while True:
        rows = conn.execute(
            f"SELECT {COLUMNS} FROM audit_log{where}{joiner}seq > ? ORDER BY seq LIMIT ?",
            (*args, after, batch)).fetchall()
        if not rows:
            return
        for row in rows:
            yield entry_from_row(row)
        after = int(rows[-1][0])


def actions_in_use(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]


def denial_bursts(conn: Connection, *, since: datetime, at_least: int
                  ) -> list[tuple[str, str, int]]:
    """(actor, 10-minute window start, denials) where one person was refused at least
    `at_least` times within one ten-minute window (the window is the stored text's prefix)."""
    rows = conn.execute(
        "SELECT actor, substr(at, 1, 15) AS bucket, count(*) FROM audit_log"
        " WHERE outcome = 'denied' AND at > ? GROUP BY actor, bucket HAVING count(*) >= ?"
        " ORDER BY bucket", (to_iso(since), at_least)).fetchall()
    return [(r[0], r[1] + "0", int(r[2])) for r in rows]


def outside_hours(conn: Connection, actions: Iterable[str], *, since: datetime,
                  utc_offset_minutes: int, opens: int, closes: int) -> list[tuple[str, int]]:
    """(actor, count) of entries of the given kinds at local hours before `opens` or from
    `closes` on (local time = stored UTC shifted by the offset)."""
    kinds = list(actions)
    marks = ",".join("?" * len(kinds))
    shift = f"{utc_offset_minutes:+d} minutes"
    rows = conn.execute(
        f"SELECT actor, count(*) FROM audit_log WHERE action IN ({marks}) AND at > ?"
        " AND (CAST(strftime('%H', substr(at, 1, 19), ?) AS INTEGER) < ?"
        "      OR CAST(strftime('%H', substr(at, 1, 19), ?) AS INTEGER) >= ?)"
        " GROUP BY actor ORDER BY actor",
        (*kinds, to_iso(since), shift, opens, shift, closes)).fetchall()
    return [(r[0], int(r[1])) for r in rows]


def failed_checks(conn: Connection, actions: Iterable[str], *, since: datetime
                  ) -> list[AuditEntry]:
    """Verifications and vault checks since a moment whose result was not OK."""
    kinds = list(actions)
    marks = ",".join("?" * len(kinds))
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM audit_log WHERE action IN ({marks}) AND at > ?"
        " AND detail NOT LIKE 'ok%' ORDER BY seq DESC LIMIT 20",
        (*kinds, to_iso(since))).fetchall()
    return [entry_from_row(r) for r in rows]
