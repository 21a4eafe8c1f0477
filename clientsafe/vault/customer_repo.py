"""Customers: the name in clear (it is what the list sorts and searches by, with its pinyin
keys), every other value encrypted per field in customer_fields, and blind indexes for exact
look-up. Encryption happens here, so nothing above the vault ever handles a ciphertext."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from clientsafe.core import field_catalog as catalog_fields
from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.entities import Customer, CustomerRow, CustomerSort, NewCustomer
from clientsafe.core.name_search import NameQuery, name_keys
from clientsafe.vault.connection import Connection
from clientsafe.vault.field_crypto import cipher_of

# Whitelisted ORDER BY clauses; the id tie-breaker keeps paging stable.
_ORDER = {
    CustomerSort.NAME: "c.full_name {d}, c.id {d}",
    CustomerSort.CREATED: "c.created_at {d}, c.id {d}",
    CustomerSort.ASSIGNED: "s.display_name {d}, c.full_name {d}, c.id {d}",
}
# The values NewCustomer/Customer carry as attributes; any other field is an "extra" value.
ENTITY_FIELDS = tuple(k for k in catalog_fields.ENTITY_FIELDS if k != catalog_fields.NAME_FIELD)
INDEXED = frozenset(f.key for f in catalog_fields.BUILTIN_FIELDS if f.blind_indexed)
_TOP = "\U0010ffff"


def _entity_values(customer: NewCustomer) -> dict[str, str]:
    values = {k: getattr(customer, k) for k in ("phone", "email", "national_id", "address")}
    if customer.date_of_birth is not None:
        values["date_of_birth"] = customer.date_of_birth.isoformat()
    return {k: v for k, v in values.items() if v}


def next_customer_id(conn: Connection) -> int:
    """The next free id; a destroyed customer's id (its tombstone) is never given again, so
    audit entries and requests naming it cannot come to point at someone else."""
    return int(conn.execute(
        "SELECT max(coalesce((SELECT max(id) FROM customers), 0),"
        " coalesce((SELECT max(customer_id) FROM tombstones), 0)) + 1").fetchone()[0])


def insert(conn: Connection, customer: NewCustomer, *, now: datetime,
           extra: dict[str, str] | None = None, indexed: Iterable[str] = INDEXED) -> int:
    pinyin, initials = name_keys(customer.full_name)
    customer_id = next_customer_id(conn)
    conn.execute(
        "INSERT INTO customers (id, full_name, name_pinyin, name_initials, assigned_staff_id,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
        (customer_id, customer.full_name, pinyin, initials, customer.assigned_staff_id,
         to_iso(now), to_iso(now)))
    store_values(conn, customer_id, {**_entity_values(customer), **(extra or {})},
                 indexed=indexed)
    return customer_id


def store_values(conn: Connection, customer_id: int, values: dict[str, str], *,
                 indexed: Iterable[str] = INDEXED) -> None:
    """Encrypt and store (or replace) values; refresh their blind-index entries."""
    cipher = cipher_of(conn)
    indexed = set(indexed)
    rows, index_rows = [], []
    for key, value in values.items():
        version, blob = cipher.encrypt(customer_id, key, value)
        rows.append((customer_id, key, version, blob))
        if key in indexed:
            index_rows.append((key, cipher.digest(key, value), customer_id))
    conn.executemany("INSERT OR REPLACE INTO customer_fields (customer_id, field_key,"
                     " key_version, ciphertext) VALUES (?,?,?,?)", rows)
    if index_rows:
        conn.executemany("DELETE FROM blind_index WHERE customer_id = ? AND field_key = ?",
                         [(c, k) for k, _, c in index_rows])
        conn.executemany("INSERT OR IGNORE INTO blind_index (field_key, digest, customer_id)"
                         " VALUES (?,?,?)", index_rows)


def _values(conn: Connection, customer_ids: list[int], keys: tuple[str, ...] | None = None
            ) -> dict[int, dict[str, str]]:
    """Decrypted values per customer (only `keys` when given)."""
    if not customer_ids:
        return {}
    cipher = cipher_of(conn)
    marks = ",".join("?" * len(customer_ids))
    sql = ("SELECT customer_id, field_key, key_version, ciphertext FROM customer_fields"
           f" WHERE customer_id IN ({marks})")
    args: list[object] = list(customer_ids)
    if keys is not None:
        sql += f" AND field_key IN ({','.join('?' * len(keys))})"
        args.extend(keys)
    found: dict[int, dict[str, str]] = {i: {} for i in customer_ids}
    # fetchall: iterating the cursor costs a Python call per row in connection._Cursor.
    for customer_id, key, version, blob in conn.execute(sql, args).fetchall():
        found[int(customer_id)][key] = cipher.decrypt(int(customer_id), key, int(version),
                                                      bytes(blob))
    return found


def _scope(assigned_to: int | None) -> tuple[str, list[object]]:
    if assigned_to is None:
        return "", []
    return "WHERE c.assigned_staff_id = ?", [assigned_to]


def _hits(assigned_to: int | None, search: NameQuery) -> tuple[str, list[object]]:
    """A query for (id, full_name) of the customers matching a name search: one index range
    per way of matching, answered from covering indexes (no table row is read), united.

    Counting through `c.id IN (…)` instead read every matching row of the table: 20 ms for
    the 5,000 customers named 张 of 100,000, against 0.1 ms from the index alone."""
    if assigned_to is None:
        parts = ["SELECT id, full_name FROM customers WHERE full_name >= ? AND full_name < ?"]
        args: list[object] = [search.text, search.text + _TOP]
    else:  # customers_by_assigned (assigned_staff_id, full_name, id) covers it
        parts = ["SELECT id, full_name FROM customers WHERE assigned_staff_id = ?"
                 " AND full_name >= ? AND full_name < ?"]
        args = [assigned_to, search.text, search.text + _TOP]
    if search.key:
        for column in ("name_pinyin", "name_initials"):
            # `+assigned_staff_id` keeps SQLite on the (key, assigned_staff_id, full_name, id)
            # index, which covers this arm; given the choice it takes the staff-id index and
            # reads every row of that person's customers (350 ms at 100,000).
            parts.append(f"SELECT id, full_name FROM customers WHERE {column} >= ?"
                         f" AND {column} < ?" + ("" if assigned_to is None
                                                 else " AND +assigned_staff_id = ?"))
            args += [search.key, search.key + "~"]
            if assigned_to is not None:
                args.append(assigned_to)
    return " UNION ".join(parts), args


def count(conn: Connection, *, assigned_to: int | None = None,
          search: NameQuery | None = None) -> int:
    if search is None:
        where, args = _scope(assigned_to)
        sql = f"SELECT count(*) FROM customers c {where}"
    else:
        hits, args = _hits(assigned_to, search)
        sql = f"SELECT count(*) FROM ({hits})"
    return int(conn.execute(sql, args).fetchone()[0])


# Past this offset a page may be read from the other end: OFFSET steps over every row before
# it, so the last page of 100,000 took 340 ms forwards and takes 5 ms backwards.
_FLIP_AFTER = 5000
_COLUMNS = "SELECT c.id, c.full_name, coalesce(s.display_name, ''), c.created_at"
_JOIN_STAFF = "LEFT JOIN staff s ON s.id = c.assigned_staff_id"


def page(
    conn: Connection,
    *,
    offset: int,
    limit: int,
    sort: CustomerSort = CustomerSort.NAME,
    descending: bool = False,
    assigned_to: int | None = None,
    search: NameQuery | None = None,
) -> list[CustomerRow]:
    if offset > _FLIP_AFTER and limit > 0:
        total = count(conn, assigned_to=assigned_to, search=search)
        end = min(offset + limit, total)
        if offset >= end:
            return []
        if offset > total // 2:
            rows = _page_rows(conn, total - end, end - offset, sort, not descending,
                              assigned_to, search)
            return _with_values(conn, rows[::-1])
    return _with_values(conn, _page_rows(conn, offset, limit, sort, descending, assigned_to,
                                         search))


def _page_rows(conn: Connection, offset: int, limit: int, sort: CustomerSort,
               descending: bool, assigned_to: int | None, search: NameQuery | None
               ) -> list[tuple]:
    d = "DESC" if descending else "ASC"
    if sort is CustomerSort.ASSIGNED and search is None:
        if assigned_to is not None:  # one staff member: their name is the same on every row
            sort = CustomerSort.NAME
        else:
            return _by_assignee(conn, offset, limit, descending)
    order = _ORDER[sort].format(d=d)
    if search is None:
        where, args = _scope(assigned_to)
        sql = f"{_COLUMNS} FROM customers c {_JOIN_STAFF} {where} ORDER BY {order} LIMIT ? OFFSET ?"
    elif sort is CustomerSort.NAME:
        # Choose the page's ids from the covering indexes first, then read only those rows.
        hits, args = _hits(assigned_to, search)
        sql = (f"{_COLUMNS} FROM (SELECT id FROM ({hits}) ORDER BY full_name {d}, id {d}"
               f" LIMIT ? OFFSET ?) p JOIN customers c ON c.id = p.id {_JOIN_STAFF}"
               f" ORDER BY {order}")
    else:
        # Other orders need each match's row (created_at, staff); matches are a fraction.
        hits, args = _hits(assigned_to, search)
        sql = (f"{_COLUMNS} FROM customers c {_JOIN_STAFF} WHERE c.id IN (SELECT id FROM"
               f" ({hits})) ORDER BY {order} LIMIT ? OFFSET ?")
    return conn.execute(sql, (*args, limit, offset)).fetchall()


def _by_assignee(conn: Connection, offset: int, limit: int, descending: bool) -> list[tuple]:
    """Everyone, ordered by the assigned staff member's name, then name and id. Ordering by a
    joined column made SQLite sort all 100,000 customers for every page; instead each staff
    member's customers are read in order from customers_by_assigned, one staff member after
    the other (the unassigned first, as SQL sorts NULL first), counting only the groups a
    page skips. Foreign keys are enforced, so a non-NULL assignee always has a staff row."""
    d = "DESC" if descending else "ASC"
    names: dict[str, list[int]] = {}
    for staff_id, name in conn.execute("SELECT id, display_name FROM staff").fetchall():
        names.setdefault(name, []).append(int(staff_id))
    groups: list[list[int] | None] = [None, *(names[n] for n in sorted(names))]
    if descending:
        groups.reverse()
    rows: list[tuple] = []
    for ids in groups:
        if len(rows) >= limit:
            break
        cond = ("c.assigned_staff_id IS NULL" if ids is None
                else f"c.assigned_staff_id IN ({','.join('?' * len(ids))})")
        args = ids or []
        if offset:
            size = int(conn.execute(f"SELECT count(*) FROM customers c WHERE {cond}",
                                    args).fetchone()[0])
            if offset >= size:
                offset -= size
                continue
        rows += conn.execute(
            f"{_COLUMNS} FROM customers c {_JOIN_STAFF} WHERE {cond}"
            f" ORDER BY c.full_name {d}, c.id {d} LIMIT ? OFFSET ?",
            (*args, limit - len(rows), offset)).fetchall()
        offset = 0
    return rows


def _with_values(conn: Connection, rows: list[tuple]) -> list[CustomerRow]:
    values = _values(conn, [int(r[0]) for r in rows], ("phone", "email"))
    return [CustomerRow(int(r[0]), r[1], values[int(r[0])].get("phone", ""),
                        values[int(r[0])].get("email", ""), r[2], from_iso(r[3]))
            for r in rows]


# A customer's row with its encrypted entity values, one result row per value (a look-up's main
# cost is round trips, so the row and its values come in one query).
_WITH_VALUES = (
    "SELECT c.id, c.full_name, c.assigned_staff_id, coalesce(s.display_name, ''),"
    " c.created_at, c.updated_at, f.field_key, f.key_version, f.ciphertext"
    " FROM customers c LEFT JOIN staff s ON s.id = c.assigned_staff_id"
    " LEFT JOIN customer_fields f ON f.customer_id = c.id"
    f" AND f.field_key IN ({','.join('?' * len(ENTITY_FIELDS))})"
)


def _customer(conn: Connection, rows: list[tuple]) -> Customer:
    """A Customer from its _WITH_VALUES rows."""
    cipher = cipher_of(conn)
    row = rows[0]
    customer_id = int(row[0])
    v = {key: cipher.decrypt(customer_id, key, int(version), bytes(blob))
         for *_, key, version, blob in rows if key is not None}
    born = v.get("date_of_birth")
    return Customer(customer_id, row[1], v.get("phone", ""), v.get("email", ""),
                    v.get("national_id", ""), v.get("address", ""),
                    date.fromisoformat(born) if born else None, row[2], row[3],
                    from_iso(row[4]), from_iso(row[5]))


def get(conn: Connection, customer_id: int) -> Customer | None:
    rows = conn.execute(f"{_WITH_VALUES} WHERE c.id = ?",
                        (*ENTITY_FIELDS, customer_id)).fetchall()
    return _customer(conn, rows) if rows else None


def held_keys(conn: Connection, customer_id: int) -> set[str]:
    """Which of the customer's encrypted fields hold a value (nothing is decrypted)."""
    return {str(r[0]) for r in conn.execute(
        "SELECT field_key FROM customer_fields WHERE customer_id = ?", (customer_id,))}


def extra_values(conn: Connection, customer_id: int) -> dict[str, str]:
    """Decrypted values of fields other than the entity's own (bank account, custom fields)."""
    values = _values(conn, [customer_id])[customer_id]
    return {k: v for k, v in sorted(values.items()) if k not in ENTITY_FIELDS}


@dataclass(frozen=True, slots=True)
class ExactHit:
    """Who matched an exact look-up: enough to name them and to check the caller's scope,
    without decrypting any of their values."""

    id: int
    full_name: str
    assigned_staff_id: int | None
    assigned_staff_name: str


def find_exact_hits(conn: Connection, field: str, value: str, limit: int = 20
                    ) -> list[ExactHit]:
    """Customers whose `field` equals the normalised `value`, in one query: the blind-index
    candidates (about four at 100,000 customers) with their row and that field's ciphertext;
    only that field is decrypted and compared, so a coincidence of the truncated index never
    shows and nobody's other values are decrypted for a look-up."""
    cipher = cipher_of(conn)
    rows = conn.execute(
        "SELECT c.id, c.full_name, c.assigned_staff_id, coalesce(s.display_name, ''),"
        " f.key_version, f.ciphertext FROM blind_index b"
        " JOIN customer_fields f ON f.customer_id = b.customer_id AND f.field_key = b.field_key"
        " JOIN customers c ON c.id = b.customer_id"
        " LEFT JOIN staff s ON s.id = c.assigned_staff_id"
        " WHERE b.field_key = ? AND b.digest = ? ORDER BY b.customer_id",  # the key order
        (field, cipher.digest(field, value))).fetchall()
    return [ExactHit(int(r[0]), r[1], r[2], r[3]) for r in rows
            if cipher.decrypt(int(r[0]), field, int(r[4]), bytes(r[5])) == value][:limit]


def find_exact(conn: Connection, field: str, value: str, limit: int = 20) -> list[Customer]:
    """As find_exact_hits, with each match's values decrypted (for callers that show them)."""
    return [c for c in (get(conn, hit.id) for hit in find_exact_hits(conn, field, value, limit))
            if c is not None]


def update_name(conn: Connection, customer_id: int, name: str, *, now: datetime) -> None:
    """A corrected name, with its pinyin search keys, replacing the old one."""
    pinyin, initials = name_keys(name)
    conn.execute("UPDATE customers SET full_name = ?, name_pinyin = ?, name_initials = ?,"
                 " updated_at = ? WHERE id = ?", (name, pinyin, initials, to_iso(now), customer_id))


def ids_by_added(conn: Connection, limit: int, *, newest_first: bool = False) -> list[int]:
    """The first customers in the order they were added (or the last ones)."""
    order = "DESC" if newest_first else ""
    return [int(r[0]) for r in conn.execute(
        f"SELECT id FROM customers ORDER BY created_at {order}, id {order} LIMIT ?", (limit,))]


def ids_assigned_to(conn: Connection, staff_id: int, limit: int) -> list[int]:
    """The lowest ids of the customers assigned to this staff member."""
    return [int(r[0]) for r in conn.execute(
        "SELECT id FROM customers WHERE assigned_staff_id = ? ORDER BY id LIMIT ?",
        (staff_id, limit))]


def names(conn: Connection, ids: Iterable[int]) -> dict[int, str]:
    """The names of those of these customers the vault still holds (a destroyed one has none)."""
    wanted = sorted(set(ids))
    found: dict[int, str] = {}
    for start in range(0, len(wanted), 500):  # well under SQLite's limit on "?" parameters
        part = wanted[start:start + 500]
        found.update((int(i), n) for i, n in conn.execute(
            f"SELECT id, full_name FROM customers WHERE id IN ({','.join('?' * len(part))})",
            part))
    return found
