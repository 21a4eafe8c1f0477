"""Transactions table (finance's view: amounts and the customer's name only).

A destroyed customer's payments stay, with no customer and no description (0009); they are
listed with an empty name so the accounts still add up."""

from __future__ import annotations

from datetime import date, datetime

from clientsafe.core.clock import to_iso
from clientsafe.core.entities import NewTransaction, TransactionRow
from clientsafe.vault.connection import Connection


def insert(conn: Connection, tx: NewTransaction, *, created_by: int | None, now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO transactions (customer_id, occurred_on, amount_cents, currency, description,"
        " created_by, created_at) VALUES (?,?,?,?,?,?,?)",
        (
            tx.customer_id,
            tx.occurred_on.isoformat(),
            tx.amount_cents,
            tx.currency,
            tx.description,
            created_by,
            to_iso(now),
        ),
    )
    return int(cursor.lastrowid)


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM transactions").fetchone()[0])


def page(
    conn: Connection, *, offset: int, limit: int, descending: bool = True
) -> list[TransactionRow]:
    d = "DESC" if descending else "ASC"
    rows = conn.execute(
        "SELECT t.id, t.customer_id, c.full_name, t.occurred_on, t.amount_cents, t.currency,"
        " t.description FROM transactions t LEFT JOIN customers c ON c.id = t.customer_id"
        f" ORDER BY t.occurred_on {d}, t.id {d} LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [
        TransactionRow(int(r[0]), None if r[1] is None else int(r[1]), r[2] or "",
                       date.fromisoformat(r[3]), int(r[4]), r[5], r[6])
        for r in rows
    ]
