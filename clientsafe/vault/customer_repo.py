"""Customers table: inserts and the paged, SQL-sorted list behind the customer table model."""

from __future__ import annotations

from datetime import date, datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.entities import Customer, CustomerRow, CustomerSort, NewCustomer
from clientsafe.vault.connection import Connection

# Whitelisted ORDER BY clauses; the id tie-breaker keeps paging stable.
_ORDER = {
    CustomerSort.NAME: "c.full_name {d}, c.id {d}",
    CustomerSort.CREATED: "c.created_at {d}, c.id {d}",
    CustomerSort.ASSIGNED: "s.display_name {d}, c.full_name {d}, c.id {d}",
}


def insert(conn: Connection, customer: NewCustomer, *, now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO customers (full_name, phone, email, national_id, address, date_of_birth,"
        " assigned_staff_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (
            customer.full_name,
            customer.phone,
            customer.email,
            customer.national_id,
            customer.address,
            customer.date_of_birth.isoformat() if customer.date_of_birth else None,
            customer.assigned_staff_id,
            to_iso(now),
            to_iso(now),
        ),
    )
    return int(cursor.lastrowid)


def _scope(assigned_to: int | None) -> tuple[str, tuple]:
    if assigned_to is None:
        return "", ()
    return "WHERE c.assigned_staff_id = ?", (assigned_to,)


def count(conn: Connection, *, assigned_to: int | None = None) -> int:
    where, args = _scope(assigned_to)
    return int(conn.execute(f"SELECT count(*) FROM customers c {where}", args).fetchone()[0])


def page(
    conn: Connection,
    *,
    offset: int,
    limit: int,
    sort: CustomerSort = CustomerSort.NAME,
    descending: bool = False,
    assigned_to: int | None = None,
) -> list[CustomerRow]:
    where, args = _scope(assigned_to)
    order = _ORDER[sort].format(d="DESC" if descending else "ASC")
    rows = conn.execute(
        "SELECT c.id, c.full_name, c.phone, c.email, coalesce(s.display_name, ''), c.created_at"
        f" FROM customers c LEFT JOIN staff s ON s.id = c.assigned_staff_id {where}"
        f" ORDER BY {order} LIMIT ? OFFSET ?",
        (*args, limit, offset),
    ).fetchall()
    return [CustomerRow(int(r[0]), r[1], r[2], r[3], r[4], from_iso(r[5])) for r in rows]


def get(conn: Connection, customer_id: int) -> Customer | None:
    row = conn.execute(
        "SELECT c.id, c.full_name, c.phone, c.email, c.national_id, c.address, c.date_of_birth,"
        " c.assigned_staff_id, coalesce(s.display_name, ''), c.created_at, c.updated_at"
        " FROM customers c LEFT JOIN staff s ON s.id = c.assigned_staff_id WHERE c.id = ?",
        (customer_id,),
    ).fetchone()
    if row is None:
        return None
    return Customer(
        int(row[0]),
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        date.fromisoformat(row[6]) if row[6] else None,
        row[7],
        row[8],
        from_iso(row[9]),
        from_iso(row[10]),
    )


_LOOKUP_COLUMNS = {"phone": "phone", "national_id": "national_id", "email": "email"}


def find_exact(conn: Connection, field: str, value: str, limit: int = 20) -> list[Customer]:
    """Customers whose phone, ID number or e-mail equals `value` exactly."""
    column = _LOOKUP_COLUMNS[field]  # whitelisted: never caller text in SQL
    ids = [r[0] for r in conn.execute(
        f"SELECT id FROM customers WHERE {column} = ? AND {column} != '' LIMIT ?",
        (value, limit))]
    return [c for c in (get(conn, i) for i in ids) if c is not None]


def insert_values(conn: Connection, customer_id: int, values: dict[str, str]) -> None:
    """Values of fields without their own column (bank account, custom fields)."""
    conn.executemany(
        "INSERT INTO customer_values (customer_id, field_key, value) VALUES (?,?,?)",
        [(customer_id, key, value) for key, value in values.items()])


def extra_values(conn: Connection, customer_id: int) -> dict[str, str]:
    return dict(conn.execute("SELECT field_key, value FROM customer_values WHERE customer_id = ?"
                             " ORDER BY field_key", (customer_id,)).fetchall())
