"""Customers: the name in clear (it is what the list sorts and searches by, with its pinyin
keys), every other value encrypted per field in customer_fields, and blind indexes for exact
look-up. Encryption happens here, so nothing above the vault ever handles a ciphertext."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

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
ENTITY_FIELDS = ("phone", "email", "national_id", "address", "date_of_birth")
INDEXED = frozenset({"phone", "national_id", "email"})
_TOP = "\U0010ffff"


def _entity_values(customer: NewCustomer) -> dict[str, str]:
    values = {k: getattr(customer, k) for k in ("phone", "email", "national_id", "address")}
    if customer.date_of_birth is not None:
        values["date_of_birth"] = customer.date_of_birth.isoformat()
    return {k: v for k, v in values.items() if v}


def insert(conn: Connection, customer: NewCustomer, *, now: datetime,
           extra: dict[str, str] | None = None, indexed: Iterable[str] = INDEXED) -> int:
    pinyin, initials = name_keys(customer.full_name)
    cursor = conn.execute(
        "INSERT INTO customers (full_name, name_pinyin, name_initials, assigned_staff_id,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?)",
        (customer.full_name, pinyin, initials, customer.assigned_staff_id, to_iso(now),
         to_iso(now)))
    customer_id = int(cursor.lastrowid)
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
    for customer_id, key, version, blob in conn.execute(sql, args):
        found[int(customer_id)][key] = cipher.decrypt(int(customer_id), key, int(version),
                                                      bytes(blob))
    return found


def _where(assigned_to: int | None, search: NameQuery | None) -> tuple[str, list[object]]:
    clauses: list[str] = []
    args: list[object] = []
    if assigned_to is not None:
        clauses.append("c.assigned_staff_id = ?")
        args.append(assigned_to)
    if search is not None:
        # Each branch is an index range; the union is the set of matches.
        parts = ["SELECT id FROM customers WHERE full_name >= ? AND full_name < ?"]
        args += [search.text, search.text + _TOP]
        if search.key:
            parts += ["SELECT id FROM customers WHERE name_pinyin >= ? AND name_pinyin < ?",
                      "SELECT id FROM customers WHERE name_initials >= ? AND name_initials < ?"]
            args += [search.key, search.key + "~", search.key, search.key + "~"]
        clauses.append(f"c.id IN ({' UNION '.join(parts)})")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


def count(conn: Connection, *, assigned_to: int | None = None,
          search: NameQuery | None = None) -> int:
    where, args = _where(assigned_to, search)
    return int(conn.execute(f"SELECT count(*) FROM customers c {where}", args).fetchone()[0])


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
    where, args = _where(assigned_to, search)
    order = _ORDER[sort].format(d="DESC" if descending else "ASC")
    rows = conn.execute(
        "SELECT c.id, c.full_name, coalesce(s.display_name, ''), c.created_at"
        f" FROM customers c LEFT JOIN staff s ON s.id = c.assigned_staff_id {where}"
        f" ORDER BY {order} LIMIT ? OFFSET ?",
        (*args, limit, offset),
    ).fetchall()
    values = _values(conn, [int(r[0]) for r in rows], ("phone", "email"))
    return [CustomerRow(int(r[0]), r[1], values[int(r[0])].get("phone", ""),
                        values[int(r[0])].get("email", ""), r[2], from_iso(r[3]))
            for r in rows]


def get(conn: Connection, customer_id: int) -> Customer | None:
    row = conn.execute(
        "SELECT c.id, c.full_name, c.assigned_staff_id, coalesce(s.display_name, ''),"
        " c.created_at, c.updated_at"
        " FROM customers c LEFT JOIN staff s ON s.id = c.assigned_staff_id WHERE c.id = ?",
        (customer_id,),
    ).fetchone()
    if row is None:
        return None
    v = _values(conn, [customer_id], ENTITY_FIELDS)[customer_id]
    born = v.get("date_of_birth")
    return Customer(int(row[0]), row[1], v.get("phone", ""), v.get("email", ""),
                    v.get("national_id", ""), v.get("address", ""),
                    date.fromisoformat(born) if born else None, row[2], row[3],
                    from_iso(row[4]), from_iso(row[5]))


def extra_values(conn: Connection, customer_id: int) -> dict[str, str]:
    """Decrypted values of fields other than the entity's own (bank account, custom fields)."""
    values = _values(conn, [customer_id])[customer_id]
    return {k: v for k, v in sorted(values.items()) if k not in ENTITY_FIELDS}


def find_exact(conn: Connection, field: str, value: str, limit: int = 20) -> list[Customer]:
    """Customers whose `field` equals the normalised `value`: blind-index candidates,
    decrypted and compared, so a coincidence of the truncated index never shows."""
    cipher = cipher_of(conn)
    candidates = [int(r[0]) for r in conn.execute(
        "SELECT customer_id FROM blind_index WHERE field_key = ? AND digest = ?",
        (field, cipher.digest(field, value)))]
    held = _values(conn, candidates, (field,))
    matching = [c for c in candidates if held[c].get(field) == value][:limit]
    return [c for c in (get(conn, i) for i in matching) if c is not None]
