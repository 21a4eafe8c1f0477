"""Who may receive marketing: customers whose latest marketing decision is "granted".

This is core.use_purposes' rule for Use.MARKETING written as SQL, because the list is counted
and read for every customer at once (100,000 and more); tests/test_marketing.py checks the two
agree. consent_decisions_by_purpose finds the granted marketing decisions, and for each,
consent_decisions_by_customer answers "is it the latest one for its service?" with one seek.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clientsafe.vault.connection import Connection
from clientsafe.vault.field_crypto import cipher_of


@dataclass(frozen=True, slots=True)
class Contact:
    customer_id: int
    full_name: str
    values: dict[str, str]  # the requested contact fields the customer holds, decrypted


def _opted_in(service_id: int | None) -> tuple[str, list[object]]:
    """A query for the ids of the customers opted in (for one service, or for any)."""
    sql = ("SELECT DISTINCT d.customer_id AS id FROM consent_decisions d"
           " WHERE d.purpose = 'marketing' AND d.decision = 'granted'"
           + ("" if service_id is None else " AND d.service_id = ?") +
           " AND d.id = (SELECT max(d2.id) FROM consent_decisions d2"
           "  WHERE d2.customer_id = d.customer_id AND d2.service_id = d.service_id"
           "  AND d2.purpose = 'marketing' AND d2.recipient_id IS NULL)")
    return sql, ([] if service_id is None else [service_id])


def count(conn: Connection, *, service_id: int | None = None,
          assigned_to: int | None = None) -> int:
    opted, args = _opted_in(service_id)
    if assigned_to is None:
        sql = f"SELECT count(*) FROM ({opted})"
    else:
        sql = (f"SELECT count(*) FROM ({opted}) o JOIN customers c ON c.id = o.id"
               " WHERE c.assigned_staff_id = ?")
        args.append(assigned_to)
    return int(conn.execute(sql, args).fetchone()[0])


def contacts(conn: Connection, *, keys: Sequence[str], service_id: int | None = None,
             assigned_to: int | None = None) -> list[Contact]:
    """The opted-in customers by name, with only `keys` of their encrypted values decrypted."""
    opted, args = _opted_in(service_id)
    keys = tuple(keys)
    join = (f" LEFT JOIN customer_fields f ON f.customer_id = c.id"
            f" AND f.field_key IN ({','.join('?' * len(keys))})") if keys else ""
    columns = ", f.field_key, f.key_version, f.ciphertext" if keys else ""
    sql = (f"SELECT c.id, c.full_name{columns} FROM ({opted}) o"
           f" JOIN customers c ON c.id = o.id{join}"
           + ("" if assigned_to is None else " WHERE c.assigned_staff_id = ?")
           + " ORDER BY c.full_name, c.id")
    params = [*args, *keys] + ([] if assigned_to is None else [assigned_to])
    cipher = cipher_of(conn)
    found: list[Contact] = []
    # fetchall: iterating the cursor costs a Python call per row in connection._Cursor.
    for row in conn.execute(sql, params).fetchall():
        customer_id = int(row[0])
        if not found or found[-1].customer_id != customer_id:
            found.append(Contact(customer_id, row[1], {}))
        if keys and row[2] is not None:
            found[-1].values[row[2]] = cipher.decrypt(customer_id, row[2], int(row[3]),
                                                      bytes(row[4]))
    return found
