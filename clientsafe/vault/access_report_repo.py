"""Reads for a customer's access report that no other repository offers: enrolment dates and
relationship ends, the legal hold, the last visit, hashes of stored consent images, recipient
names, the customer's payments, live reveal grants, and the audit entries about this one
customer with the staff member's name and role."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from clientsafe.core.access_report import AccessLogEntry, Payment
from clientsafe.core.audit_actions import action_label
from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.roles import Role
from clientsafe.vault.connection import Connection


@dataclass(frozen=True, slots=True)
class Enrollment:
    service_id: int
    enrolled_at: datetime
    ended_on: date | None


def enrollments(conn: Connection, customer_id: int) -> list[Enrollment]:
    rows = conn.execute(
        "SELECT service_id, enrolled_at, ended_on FROM customer_services WHERE customer_id = ?"
        " ORDER BY service_id", (customer_id,)).fetchall()
    return [Enrollment(int(r[0]), from_iso(r[1]),
                       date.fromisoformat(r[2][:10]) if r[2] else None) for r in rows]


def image_hashes(conn: Connection, customer_id: int) -> dict[int, tuple[str, str]]:
    """Per consent event: (signature SHA-256, paper scan SHA-256), '' where none was stored."""
    rows = conn.execute(
        "SELECT id, CASE WHEN signature IS NULL THEN '' ELSE signature_sha256 END,"
        " CASE WHEN paper_scan IS NULL THEN '' ELSE paper_scan_sha256 END"
        " FROM consent_events WHERE customer_id = ?", (customer_id,)).fetchall()
    return {int(r[0]): (r[1] or "", r[2] or "") for r in rows}


def recipient_names(conn: Connection, customer_id: int) -> dict[int, str]:
    """Names of every third party this customer's consent decisions mention (also recipients
    no longer in use, so an old decision still reads as a name)."""
    rows = conn.execute(
        "SELECT r.id, r.name FROM service_recipients r WHERE r.id IN (SELECT recipient_id"
        " FROM consent_decisions WHERE customer_id = ? AND recipient_id IS NOT NULL)",
        (customer_id,)).fetchall()
    return {int(r[0]): r[1] for r in rows}


def payments(conn: Connection, customer_id: int) -> list[Payment]:
    rows = conn.execute(
        "SELECT occurred_on, amount_cents, currency, description FROM transactions"
        " WHERE customer_id = ? ORDER BY occurred_on, id", (customer_id,)).fetchall()
    return [Payment(date.fromisoformat(r[0][:10]), int(r[1]), r[2], r[3]) for r in rows]


def live_grants(conn: Connection, *, requester_id: int, customer_id: int, now: datetime
                ) -> dict[str, tuple[int, datetime]]:
    """Fields this staff member may see in clear for this customer right now: field ->
    (grant id, expiry), the grant lasting longest when several cover a field."""
    rows = conn.execute(
        "SELECT id, fields, expires_at FROM reveal_grants WHERE requester_id = ?"
        " AND customer_id = ? AND expires_at > ? ORDER BY expires_at",
        (requester_id, customer_id, to_iso(now))).fetchall()
    found: dict[str, tuple[int, datetime]] = {}
    for grant_id, fields, expires_at in rows:
        expiry = from_iso(expires_at)
        if expiry <= now:  # stored text compares as UTC; checked again as a moment
            continue
        for key in json.loads(fields):
            found[key] = (int(grant_id), expiry)
    return found


def access_log(conn: Connection, customer_id: int) -> list[AccessLogEntry]:
    """Every audit entry naming this customer, and every export or list that included them,
    oldest first (audit_by_customer, audit_subjects' key)."""
    rows = conn.execute(
        "SELECT a.seq, a.at, coalesce(s.display_name, a.actor), s.role, a.action, a.fields,"
        " a.outcome FROM audit_log a LEFT JOIN staff s ON s.id = a.actor_id"
        " WHERE a.seq IN (SELECT seq FROM audit_log WHERE customer_id = ?"
        "  UNION SELECT seq FROM audit_subjects WHERE customer_id = ?) ORDER BY a.seq",
        (customer_id, customer_id)).fetchall()
    return [AccessLogEntry(int(r[0]), from_iso(r[1]), r[2], Role(r[3]) if r[3] else None, r[4],
                           action_label(r[4]) or "", tuple(json.loads(r[5])), r[6])
            for r in rows]
