"""The append-only, hash-chained audit log.

Each entry's hash is SHA-256 over a canonical JSON encoding of all its columns including the
previous entry's hash, so changing, removing or reordering any entry breaks every hash after it.
`record` must be called inside the transaction that does the work: both land, or neither.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from clientsafe.core.audit_actions import Outcome
from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.entities import AuditEntry
from clientsafe.vault.connection import Connection

GENESIS_HASH = "0" * 64
SYSTEM_ACTOR = "system"
_MAX_DETAIL = 500


def entry_hash(
    *,
    seq: int,
    at: str,
    actor_id: int | None,
    actor: str,
    action: str,
    customer_id: int | None,
    fields: str,
    purpose: str,
    outcome: str,
    detail: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        [
            seq,
            at,
            actor_id,
            actor,
            action,
            customer_id,
            fields,
            purpose,
            outcome,
            detail,
            prev_hash,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)


def record(
    conn: Connection,
    *,
    at: datetime,
    action: str,
    outcome: Outcome = Outcome.DONE,
    actor_id: int | None = None,
    actor: str = SYSTEM_ACTOR,
    customer_id: int | None = None,
    fields: Iterable[str] = (),
    purpose: str = "",
    detail: str = "",
) -> AuditEntry:
    """Append one entry. Callers pass ids, field names and fixed wording, never values."""
    if not conn.in_transaction:
        raise RuntimeError("audit entries are written inside the transaction that does the work")
    last_seq, prev_hash = head(conn)
    seq = last_seq + 1
    at_text = to_iso(at)
    field_names = tuple(fields)
    fields_text = json.dumps(list(field_names), ensure_ascii=False, separators=(",", ":"))
    detail = detail[:_MAX_DETAIL]
    digest = entry_hash(
        seq=seq,
        at=at_text,
        actor_id=actor_id,
        actor=actor,
        action=action,
        customer_id=customer_id,
        fields=fields_text,
        purpose=purpose,
        outcome=str(outcome),
        detail=detail,
        prev_hash=prev_hash,
    )
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor_id, actor, action, customer_id, fields, purpose,"
        " outcome, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            seq,
            at_text,
            actor_id,
            actor,
            action,
            customer_id,
            fields_text,
            purpose,
            str(outcome),
            detail,
            prev_hash,
            digest,
        ),
    )
    return AuditEntry(
        seq,
        from_iso(at_text),
        actor_id,
        actor,
        action,
        customer_id,
        field_names,
        purpose,
        str(outcome),
        detail,
        prev_hash,
        digest,
    )


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    entries: int
    head_seq: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str = ""


_COLUMNS = (
    "seq, at, actor_id, actor, action, customer_id, fields, purpose, outcome, detail,"
    " prev_hash, hash"
)


def verify(conn: Connection) -> ChainReport:
    """Recompute the whole chain; names the first entry that does not fit."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    last_hash = GENESIS_HASH
    cursor = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq")
    while rows := cursor.fetchmany(5000):
        for row in rows:
            seq = int(row[0])
            if seq != expected_seq:
                return ChainReport(
                    False,
                    count,
                    expected_seq - 1,
                    last_hash,
                    expected_seq,
                    f"entry {expected_seq} is missing",
                )
            if row[10] != expected_prev:
                return ChainReport(
                    False,
                    count,
                    seq - 1,
                    last_hash,
                    seq,
                    f"entry {seq} does not follow entry {seq - 1}",
                )
            recomputed = entry_hash(
                seq=seq,
                at=row[1],
                actor_id=row[2],
                actor=row[3],
                action=row[4],
                customer_id=row[5],
                fields=row[6],
                purpose=row[7],
                outcome=row[8],
                detail=row[9],
                prev_hash=row[10],
            )
            if recomputed != row[11]:
                return ChainReport(
                    False,
                    count,
                    seq - 1,
                    last_hash,
                    seq,
                    f"entry {seq} was changed after it was written",
                )
            expected_prev = last_hash = row[11]
            expected_seq += 1
            count += 1
    return ChainReport(True, count, expected_seq - 1, last_hash)


def _entry(r: tuple) -> AuditEntry:
    return AuditEntry(int(r[0]), from_iso(r[1]), r[2], r[3], r[4], r[5], tuple(json.loads(r[6])),
                      r[7], r[8], r[9], r[10], r[11])


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def page(conn: Connection, offset: int, limit: int) -> list[AuditEntry]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return [_entry(r) for r in rows]


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
        f"SELECT {_COLUMNS} FROM audit_log WHERE action IN ({marks}) AND at > ?"
        " ORDER BY seq DESC LIMIT ?",
        (*kinds, to_iso(since) if since else "", limit),
    ).fetchall()
    return [_entry(r) for r in rows]
