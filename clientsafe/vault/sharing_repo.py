"""The sharing register on disk: which data went to which third party, for what, on which basis
and relying on which consent decision. Field keys only; shared values are never copied here."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.sharing import LegalBasis, SharingRecord
from clientsafe.vault.connection import Connection

_SELECT = (
    "SELECT r.id, r.customer_id, r.service_id, sv.name, r.recipient_id, rc.name, r.purpose,"
    " r.fields, r.legal_basis, r.consent_decision_id, d.at, coalesce(s.display_name, ''),"
    " r.shared_at"
    " FROM sharing_records r JOIN services sv ON sv.id = r.service_id"
    " JOIN service_recipients rc ON rc.id = r.recipient_id"
    " JOIN consent_decisions d ON d.id = r.consent_decision_id"
    " LEFT JOIN staff s ON s.id = r.shared_by")


def _record(r: tuple) -> SharingRecord:
    return SharingRecord(
        id=int(r[0]), customer_id=int(r[1]), service_id=int(r[2]), service_name=r[3],
        recipient_id=int(r[4]), recipient_name=r[5], purpose=r[6],
        fields=tuple(json.loads(r[7])), legal_basis=LegalBasis(r[8]),
        consent_decision_id=int(r[9]), consent_given_at=from_iso(r[10]), shared_by=r[11],
        shared_at=from_iso(r[12]))


def for_customer(conn: Connection, customer_id: int) -> list[SharingRecord]:
    """This customer's register entries, newest first."""
    rows = conn.execute(_SELECT + " WHERE r.customer_id = ? ORDER BY r.id DESC", (customer_id,))
    return [_record(r) for r in rows]


def insert(conn: Connection, *, customer_id: int, service_id: int, recipient_id: int,
           purpose: str, fields: Sequence[str], legal_basis: LegalBasis,
           consent_decision_id: int, shared_by: int, now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO sharing_records (customer_id, service_id, recipient_id, purpose, fields,"
        " legal_basis, consent_decision_id, shared_by, shared_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (customer_id, service_id, recipient_id, purpose, json.dumps(list(fields)),
         legal_basis.value, consent_decision_id, shared_by, to_iso(now)))
    return int(cursor.lastrowid)


def recipient_service(conn: Connection, recipient_id: int) -> int | None:
    """The service an active recipient belongs to; None if unknown or no longer active."""
    row = conn.execute("SELECT service_id FROM service_recipients WHERE id = ? AND active = 1",
                       (recipient_id,)).fetchone()
    return None if row is None else int(row[0])


def latest_sharing_decision(conn: Connection, customer_id: int, service_id: int,
                            recipient_id: int) -> int | None:
    """The id of the customer's latest sharing decision for this recipient (the one relied on)."""
    row = conn.execute(
        "SELECT max(id) FROM consent_decisions WHERE customer_id = ? AND service_id = ?"
        " AND purpose = 'sharing' AND recipient_id = ?",
        (customer_id, service_id, recipient_id)).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def recipients(conn: Connection) -> list[tuple[int, int]]:
    """(recipient id, service id) of every active recipient."""
    return [(int(r[0]), int(r[1])) for r in conn.execute(
        "SELECT id, service_id FROM service_recipients WHERE active = 1 ORDER BY id")]


def enrolled_customers(conn: Connection, service_id: int, limit: int) -> list[int]:
    """The first customers registered for a service, by id (customer_services_by_service)."""
    return [int(r[0]) for r in conn.execute(
        "SELECT customer_id FROM customer_services WHERE service_id = ? ORDER BY customer_id"
        " LIMIT ?", (service_id, limit))]
