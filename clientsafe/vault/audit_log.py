"""The append-only, hash-chained audit log.

Each entry's hash is SHA-256 over a canonical JSON encoding of all its columns including the
previous entry's hash, so changing, removing or reordering any entry breaks every hash after it.
`record` must be called inside the transaction that does the work: both land, or neither.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import queue
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from clientsafe.core.audit_actions import Outcome
from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.entities import AuditEntry
from clientsafe.vault.connection import Connection, DatabaseError

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


def hash_at(conn: Connection, seq: int) -> str | None:
    """The stored hash of one entry (None: there is no such entry)."""
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    return str(row[0]) if row else None


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


def add_subjects(conn: Connection, seq: int, customer_ids: Iterable[int]) -> None:
    """Name the customers entry `seq` covers when it is about many at once (an export, a
    marketing list); in the same transaction as the entry."""
    conn.executemany("INSERT OR IGNORE INTO audit_subjects (customer_id, seq) VALUES (?, ?)",
                     [(int(c), seq) for c in customer_ids])


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    entries: int
    head_seq: int
    head_hash: str
    first_bad_seq: int | None = None
    problem: str = ""


COLUMNS = (
    "seq, at, actor_id, actor, action, customer_id, fields, purpose, outcome, detail,"
    " prev_hash, hash"
)


def verify(conn: Connection) -> ChainReport:
    """Recompute the whole chain; names the first entry that does not fit.

    A fast pass checks whole chunks of entries (see _fast_scan); from the first chunk it cannot
    vouch for, the exact row-by-row pass takes over and words the finding.
    """
    bounds = conn.execute("SELECT min(seq), max(seq) FROM audit_log").fetchone()
    if bounds[0] is None:
        return ChainReport(True, 0, 0, GENESIS_HASH)
    if bounds[0] != 1:  # an entry before 1 (or 1 missing): only the exact pass words it
        return _verify_exact(conn, 1, GENESIS_HASH, read_from=int(bounds[0]))
    start, prev = _fast_scan(conn, int(bounds[1]))
    if start > bounds[1]:
        return ChainReport(True, start - 1, start - 1, prev)
    return _verify_exact(conn, start, prev)


def _verify_exact(conn: Connection, start: int, prev_hash: str, *,
                  read_from: int | None = None) -> ChainReport:
    """Row by row from entry `start`, whose predecessor's hash is `prev_hash` (entries before it
    were verified)."""
    expected_prev = last_hash = prev_hash
    expected_seq = start
    cursor = conn.execute(f"SELECT {COLUMNS} FROM audit_log WHERE seq >= ? ORDER BY seq",
                          (start if read_from is None else read_from,))
    while rows := cursor.fetchmany(5000):
        for row in rows:
            seq = row[0]
            if seq != expected_seq:
                return ChainReport(False, expected_seq - 1, expected_seq - 1, last_hash,
                                   expected_seq, f"entry {expected_seq} is missing")
            if row[10] != expected_prev:
                return ChainReport(False, seq - 1, seq - 1, last_hash, seq,
                                   f"entry {seq} does not follow entry {seq - 1}")
            try:
                recomputed = entry_hash(
                    seq=seq, at=row[1], actor_id=row[2], actor=row[3], action=row[4],
                    customer_id=row[5], fields=row[6], purpose=row[7], outcome=row[8],
                    detail=row[9], prev_hash=row[10])
            except TypeError:  # a value record() never writes (a blob): changed afterwards
                recomputed = None
            if recomputed != row[11]:
                return ChainReport(False, seq - 1, seq - 1, last_hash, seq,
                                   f"entry {seq} was changed after it was written")
            expected_prev = last_hash = row[11]
            expected_seq += 1
    return ChainReport(True, expected_seq - 1, expected_seq - 1, last_hash)


# SQLite builds each entry's canonical text itself: json_array gives byte for byte what
# entry_hash's json.dumps gives for the TEXT, INTEGER and NULL values record() writes, and one
# aggregate per chunk saves creating a dozen Python objects per entry. Group order is the scan's
# (seq) order; should it ever differ, the links fail and the exact pass decides.
_CHUNK = 2000
_CHUNK_SQL = (
    "SELECT group_concat(json_array(seq, at, actor_id, actor, action, customer_id, fields,"
    " purpose, outcome, detail, prev_hash), char(10)), group_concat(hash, '')"
    " FROM audit_log WHERE seq BETWEEN ? AND ?"
)


def _fast_scan(conn: Connection, last: int) -> tuple[int, str]:
    """Verify whole chunks while they are flawless; returns the first entry not yet verified
    and its predecessor's hash (last + 1 when all are).

    A chunk passes when it holds exactly one entry per sequence number (seq is the integer
    primary key), every canonical text hashes to the stored hash, and every text ends with
    `,"<previous hash>"]`: inside a JSON string a quote is always escaped, so an unescaped `,"`
    there can only open the last element, the prev_hash. Reading runs in a helper thread:
    SQLite decrypts and builds the texts without the GIL while this thread hashes.
    """
    chunks: queue.Queue[tuple[int, str | None, str | None] | BaseException | None]
    chunks = queue.Queue(maxsize=4)
    stop = threading.Event()

    def read() -> None:
        try:
            for first in range(1, last + 1, _CHUNK):
                if stop.is_set():
                    return
                texts, hashes = conn.execute(
                    _CHUNK_SQL, (first, min(first + _CHUNK - 1, last))).fetchone()
                chunks.put((first, texts, hashes))
        except BaseException as exc:  # handed to the verifying thread
            chunks.put(exc)
            return
        chunks.put(None)

    reader = threading.Thread(target=read, name="audit-verify-reader", daemon=True)
    reader.start()
    verified, prev = 1, GENESIS_HASH
    sha256 = hashlib.sha256
    try:
        while (item := chunks.get()) is not None:
            if isinstance(item, DatabaseError):
                break  # e.g. a blob json_array refuses: the exact pass names the entry
            if isinstance(item, BaseException):
                raise item
            first, texts, hashes = item
            size = min(first + _CHUNK - 1, last) - first + 1
            canon = texts.split("\n") if texts is not None else []
            if len(canon) != size or hashes is None or len(hashes) != 64 * size:
                break
            tail = f',"{prev}"]'
            for i, text in enumerate(canon):
                digest = hashes[64 * i:64 * i + 64]
                if sha256(text.encode("utf-8")).hexdigest() != digest or not text.endswith(tail):
                    return verified, prev
                tail = f',"{digest}"]'
            verified, prev = first + size, hashes[-64:]
    finally:
        stop.set()
        while reader.is_alive():  # unblock a reader waiting on a full queue, then let it end
            with contextlib.suppress(queue.Empty):
                chunks.get(timeout=0.05)
        reader.join()
    return verified, prev


def entry_from_row(r: tuple) -> AuditEntry:
    return AuditEntry(int(r[0]), from_iso(r[1]), r[2], r[3], r[4], r[5], tuple(json.loads(r[6])),
                      r[7], r[8], r[9], r[10], r[11])


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def page(conn: Connection, offset: int, limit: int) -> list[AuditEntry]:
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM audit_log ORDER BY seq DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return [entry_from_row(r) for r in rows]

