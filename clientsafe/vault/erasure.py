"""Removing one customer's personal data, and rebuilding the file so none of it stays behind.

`erase_customer` runs inside the caller's transaction (with the tombstone and the audit entry,
so all of it lands or none). `secure_delete` is on for every vault connection, so SQLite
overwrites deleted cells with zeros; `reclaim` then checkpoints the write-ahead log, rebuilds
the file (VACUUM: every page is written afresh, free pages are gone) and truncates the log, so
no old page image keeps a destroyed value. Audit entries stay: they hold ids and field names,
never values, and the chain must still verify.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from clientsafe.vault import customer_repo
from clientsafe.vault.connection import Connection, DatabaseError
from clientsafe.vault.vault import Vault

# (kind, SQL) in an order the foreign keys allow: children before the rows they point at.
_DELETES: tuple[tuple[str, str], ...] = (
    ("reveal_grants", "DELETE FROM reveal_grants WHERE customer_id = ?"
                      " OR request_id IN (SELECT id FROM reveal_requests WHERE customer_id = ?)"),
    ("reveal_requests", "DELETE FROM reveal_requests WHERE customer_id = ?"),
    ("sharing_records", "DELETE FROM sharing_records WHERE customer_id = ?"),
    ("corrections", "DELETE FROM corrections WHERE customer_id = ?"),
    ("legal_holds", "DELETE FROM legal_holds WHERE customer_id = ?"),
    ("consent_decisions", "DELETE FROM consent_decisions WHERE customer_id = ?"),
    ("consent_events", "DELETE FROM consent_events WHERE customer_id = ?"),
    ("blind_index", "DELETE FROM blind_index WHERE customer_id = ?"),
    ("customer_fields", "DELETE FROM customer_fields WHERE customer_id = ?"),
    ("customer_services", "DELETE FROM customer_services WHERE customer_id = ?"),
    ("customers", "DELETE FROM customers WHERE id = ?"),
)


def field_keys(conn: Connection, customer_id: int) -> tuple[str, ...]:
    """The keys of the values held for this customer (the name always). Every value but the
    name is in customer_fields since field encryption (customer_values was folded into it)."""
    keys = customer_repo.held_keys(conn, customer_id)
    return ("full_name", *sorted(keys - {"full_name"}))


def erase_customer(conn: Connection, customer_id: int) -> dict[str, int]:
    """Delete every row of the customer's personal data; blank the free text of their rights
    requests, whose rows stay as proof of the requests, and unlink their payments, which stay
    for the accounts with date and amount only. Counts per kind, never values."""
    if not conn.in_transaction:
        raise RuntimeError("erase_customer runs inside the transaction that records it")
    # Consent records are append-only except for a customer listed here (0005_consent.sql).
    conn.execute("INSERT INTO erasure_in_progress (customer_id) VALUES (?)", (customer_id,))
    counts: dict[str, int] = {}
    # Payments stay for the accounts, unlinked (before the customer row goes) and without their
    # free text (0009).
    counts["transactions_unlinked"] = conn.execute(
        "UPDATE transactions SET customer_id = NULL, description = '' WHERE customer_id = ?",
        (customer_id,)).rowcount
    for kind, sql in _DELETES:
        args = (customer_id,) * sql.count("?")
        counts[kind] = conn.execute(sql, args).rowcount
    counts["rights_requests_blanked"] = conn.execute(
        "UPDATE rights_requests SET details = '', response = '' WHERE customer_id = ?",
        (customer_id,)).rowcount
    conn.execute("DELETE FROM erasure_in_progress WHERE customer_id = ?", (customer_id,))
    return counts


@dataclass(frozen=True, slots=True)
class Reclaimed:
    ok: bool
    pages_before: int
    pages_after: int
    problem: str = ""  # a short code when not ok: "busy", "statements_in_progress", …


def _checkpoint(conn: Connection) -> bool:
    """True when the whole log went into the file and the log was truncated."""
    row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is None or int(row[0]) == 0


def reclaim(conn: Connection, *, attempts: int = 5) -> Reclaimed:
    """Checkpoint, VACUUM, checkpoint; outside any transaction. Statistics samples of the
    customers' indexes (sqlite_stat4 holds copies of index keys, names included) are rebuilt
    first, so no sample keeps a destroyed name."""
    if conn.in_transaction:
        raise RuntimeError("reclaim runs outside any transaction")
    before = int(conn.execute("PRAGMA page_count").fetchone()[0])
    problem = ""
    for attempt in range(attempts):
        try:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'").fetchone():
                conn.execute("ANALYZE customers")
            _checkpoint(conn)  # a smaller log to rebuild from; busy is retried below
            conn.execute("VACUUM")
            if _checkpoint(conn):
                after = int(conn.execute("PRAGMA page_count").fetchone()[0])
                return Reclaimed(True, before, after)
            problem = "busy"  # another reader holds an old snapshot of the log
        except DatabaseError as exc:
            # Another thread's statement still open on the shared connection: wait briefly.
            problem = "statements_in_progress" if "progress" in str(exc) else "failed"
        if attempt + 1 < attempts:
            time.sleep(0.1 * (attempt + 1))
    return Reclaimed(False, before, before, problem)


def reclaim_vault(vault: Vault) -> Reclaimed:
    """`reclaim` with the vault's lock held, so no other thread's transaction is open on the
    shared connection while the file is rebuilt."""
    with vault.exclusive() as conn:
        return reclaim(conn)
