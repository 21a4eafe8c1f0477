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


def _where(flt: AuditFilter, *, unindexed_dates: bool = False) -> tuple[str, list[object]]:
    """SQL for a filter; dates compare as UTC ISO text (the stored form), `until` inclusive.
    `unindexed_dates` keeps SQLite from choosing the date index (see page_filtered)."""
    clauses: list[str] = []
    args: list[object] = []
    for column, value in (("actor_id", flt.actor_id), ("customer_id", flt.customer_id),
                          ("action", flt.action), ("outcome", flt.outcome)):
        if value is not None:
            clauses.append(f"{column} = ?")
            args.append(value)
    if flt.outcome is not None and clauses[:-1] and (
            flt.outcome == "done" or flt.customer_id is not None):
        # Without statistics SQLite takes every index as equally selective. Nearly every entry
        # is "done", and one customer has far fewer entries than all refusals: there the
        # outcome index would only mislead it.
        clauses[-1] = "+outcome = ?"
    at = "+at" if unindexed_dates else "at"
    if flt.since is not None:
        clauses.append(f"{at} >= ?")
        args.append(to_iso(_day_start(flt.since)))
    if flt.until is not None:
        clauses.append(f"{at} < ?")
        args.append(to_iso(_day_start(flt.until + timedelta(days=1))))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", args


def _day_start(day: date) -> datetime:
    """Midnight of a calendar day in the computer's time zone, as an aware datetime."""
    return datetime.combine(day, datetime.min.time()).astimezone()


def count_filtered(conn: Connection, flt: AuditFilter, *, cap: int | None = None) -> int:
    """How many entries match; with `cap`, counting stops at cap + 1 (a combined filter at a
    million entries could otherwise read a large part of the log)."""
    where, args = _narrowed(conn, flt)
    if where is None:
        return 0
    if cap is None:
        sql = f"SELECT count(*) FROM audit_log{where}"
    else:
        sql = f"SELECT count(*) FROM (SELECT 1 FROM audit_log{where} LIMIT ?)"
        args = [*args, cap + 1]
    return int(conn.execute(sql, args).fetchone()[0])


def _narrowed(conn: Connection, flt: AuditFilter) -> tuple[str | None, list[object]]:
    """The WHERE clause to read with: a date range combined with another filter becomes the
    range of seq it covers (see page_filtered), so the other filter's index does the work.
    None: the dates hold no entries at all."""
    dated = flt.since is not None or flt.until is not None
    if not dated or flt == AuditFilter(since=flt.since, until=flt.until):
        return _where(flt)  # no dates, or only dates (audit_by_at counts those itself)
    bounds = _seq_bounds(conn, flt)
    if bounds is None:
        return None, []
    where, args = _where(flt, unindexed_dates=True)
    return where + " AND seq BETWEEN ? AND ?", [*args, *bounds]


def page_filtered(conn: Connection, flt: AuditFilter, *, offset: int, limit: int,
                  newest_first: bool = True) -> list[AuditEntry]:
    """One page, by seq.

    A date range is first turned into the range of seq it covers (one pass over audit_by_at),
    and the dates are then checked row by row (`+at`: no index) while walking seq: otherwise
    SQLite reads every entry of the range through the date index and sorts them by seq before it
    can return the first page (0.8 s for a month of a million entries).
    """
    if flt.since is not None or flt.until is not None:
        bounds = _seq_bounds(conn, flt)
        if bounds is None:
            return []
        where, args = _where(flt, unindexed_dates=True)
        where += " AND seq BETWEEN ? AND ?"
        args = [*args, *bounds]
    else:
        where, args = _where(flt)
    order = "DESC" if newest_first else "ASC"
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM audit_log{where} ORDER BY seq {order} LIMIT ? OFFSET ?",
        (*args, limit, offset)).fetchall()
    return [entry_from_row(r) for r in rows]


def _seq_bounds(conn: Connection, flt: AuditFilter) -> tuple[int, int] | None:
    """The first and last seq of the entries inside the filter's dates (None: there are none)."""
    dates = AuditFilter(since=flt.since, until=flt.until)
    where, args = _where(dates)
    low, high = conn.execute(f"SELECT min(seq), max(seq) FROM audit_log{where}", args).fetchone()
    return None if low is None else (int(low), int(high))


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
    """The distinct actions, each found by one seek in audit_by_action (a skip scan), so the
    filter's list is instant at a million entries."""
    return [r[0] for r in conn.execute(
        "WITH RECURSIVE kinds(action) AS ("
        " SELECT min(action) FROM audit_log"
        " UNION ALL"
        " SELECT (SELECT min(action) FROM audit_log WHERE action > kinds.action) FROM kinds"
        " WHERE kinds.action IS NOT NULL)"
        " SELECT action FROM kinds WHERE action IS NOT NULL ORDER BY action")]


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
