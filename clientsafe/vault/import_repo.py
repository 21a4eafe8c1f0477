"""Storing imported customers a batch at a time, and finding which imported values the vault
already holds.

The same rows customer_repo.insert writes (the name with its pinyin keys, every other value
encrypted and bound to its row, blind indexes), plus the enrolment in the service and a consent
event of kind "unknown", but with one executemany per table for the whole batch: the ids are
assigned here, inside the caller's write transaction (BEGIN IMMEDIATE), so they are known before
encrypting (the associated data names the row) without a round trip per customer.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache

from clientsafe.core.clock import to_iso
from clientsafe.core.consent import Channel, EventKind
from clientsafe.core.field_catalog import NAME_FIELD
from clientsafe.core.name_search import name_keys
from clientsafe.vault.connection import Connection
from clientsafe.vault.customer_repo import next_customer_id
from clientsafe.vault.field_crypto import cipher_of

# SQLite's default limit on "?" parameters is 32766; stay far below it.
_CHUNK = 500

# Deriving pinyin keys is the slowest step per customer, and lists repeat names
# (张伟, 王芳) often; the keys depend on the name alone, so they are remembered.
_name_keys = lru_cache(maxsize=65536)(name_keys)


@contextmanager
def bulk_cache(conn: Connection, megabytes: int = 64) -> Iterator[None]:
    """A larger page cache while importing: the indexes' pages stay decrypted in memory between
    batches instead of being read and decrypted again (about a third faster at 100,000 rows).
    The usual size comes back afterwards, so the memory is returned."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = {-int(megabytes) * 1024}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:  # type: ignore[type-arg]
    for start in range(0, len(items), size):
        yield items[start:start + size]


def existing_values(conn: Connection, field: str, values: Collection[str], *,
                    before_id: int) -> set[str]:
    """Which of these normalised values of `field` a customer with an id below `before_id`
    already holds: blind-index candidates, decrypted and compared (as customer_repo.find_exact),
    for a whole batch in a few queries."""
    if not values:
        return set()
    cipher = cipher_of(conn)
    wanted: dict[int, set[str]] = {}
    for value in values:
        wanted.setdefault(cipher.digest(field, value), set()).add(value)
    candidates: dict[int, int] = {}
    for chunk in _chunks(list(wanted)):
        marks = ",".join("?" * len(chunk))
        candidates.update((int(c), int(d)) for c, d in conn.execute(
            "SELECT customer_id, digest FROM blind_index WHERE field_key = ?"
            f" AND digest IN ({marks}) AND customer_id < ?", (field, *chunk, before_id)))
    found: set[str] = set()
    for chunk in _chunks(list(candidates)):
        marks = ",".join("?" * len(chunk))
        for customer_id, version, blob in conn.execute(
                "SELECT customer_id, key_version, ciphertext FROM customer_fields"
                f" WHERE field_key = ? AND customer_id IN ({marks})", (field, *chunk)):
            value = cipher.decrypt(int(customer_id), field, int(version), bytes(blob))
            if value in wanted[candidates[int(customer_id)]]:
                found.add(value)
    return found


def existing_names(conn: Connection, names: Collection[str], *, before_id: int) -> set[str]:
    """Which of these names a customer with an id below `before_id` already has."""
    found: set[str] = set()
    for chunk in _chunks(list(names)):
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in conn.execute(
            f"SELECT full_name FROM customers WHERE full_name IN ({marks}) AND id < ?",
            (*chunk, before_id)))
    return found


def insert_batch(conn: Connection, rows: list[dict[str, str]], *, service_id: int,
                 staff_id: int, indexed: Collection[str], now: datetime) -> list[int]:
    """Store customers (normalised values, `full_name` included), enrol them in the service
    with consent unknown; returns their ids. Runs inside the caller's transaction."""
    if not rows:
        return []
    cipher = cipher_of(conn)
    at = to_iso(now)
    first = next_customer_id(conn)
    customers, fields, index, enrolments, events = [], [], [], [], []
    for offset, values in enumerate(rows):
        customer_id = first + offset
        name = values[NAME_FIELD]
        customers.append((customer_id, name, *_name_keys(name), staff_id, at, at))
        for key, value in values.items():
            if key == NAME_FIELD:
                continue
            fields.append((customer_id, key, *cipher.encrypt(customer_id, key, value)))
            if key in indexed:
                index.append((key, cipher.digest(key, value), customer_id))
        enrolments.append((customer_id, service_id, at))
        events.append((customer_id, service_id, EventKind.UNKNOWN.value, Channel.IMPORT.value,
                       staff_id, at))
    conn.executemany("INSERT INTO customers (id, full_name, name_pinyin, name_initials,"
                     " assigned_staff_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
                     customers)
    conn.executemany("INSERT INTO customer_fields (customer_id, field_key, key_version,"
                     " ciphertext) VALUES (?,?,?,?)", fields)
    conn.executemany("INSERT OR IGNORE INTO blind_index (field_key, digest, customer_id)"
                     " VALUES (?,?,?)", index)
    conn.executemany("INSERT OR IGNORE INTO customer_services (customer_id, service_id,"
                     " enrolled_at) VALUES (?,?,?)", enrolments)
    # No notice was shown and nothing was decided: the event records only that consent is
    # unknown, so the record asks for it at the next visit and no purpose counts as granted.
    conn.executemany("INSERT INTO consent_events (customer_id, service_id, kind, channel,"
                     " staff_id, at) VALUES (?,?,?,?,?,?)", events)
    return list(range(first, first + len(rows)))
