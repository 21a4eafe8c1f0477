"""Consent events and their per-purpose decisions (append-only; triggers refuse changes), and
which services a customer is registered for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.consent import (
    Channel,
    ConsentEventInfo,
    Decision,
    EventKind,
    Guardian,
    Purpose,
    PurposeState,
    purpose_key,
)
from clientsafe.vault.connection import Connection


@dataclass(frozen=True, slots=True)
class NewEvent:
    customer_id: int
    service_id: int
    kind: EventKind
    channel: Channel
    staff_id: int | None
    notice_id: int | None = None
    notice_version: int = 0
    text_sha256: str = ""
    language: str = ""
    signature: bytes = b""
    signature_sha256: str = ""
    paper_scan: bytes = b""
    paper_scan_sha256: str = ""
    guardian: Guardian | None = None
    guardian_sha256: str = ""
    verification_code: str = ""


def insert_event(conn: Connection, event: NewEvent, *, now: datetime) -> int:
    g = event.guardian
    cursor = conn.execute(
        "INSERT INTO consent_events (customer_id, service_id, kind, notice_id, notice_version,"
        " text_sha256, language, channel, staff_id, at, signature, signature_sha256, paper_scan,"
        " paper_scan_sha256, guardian_name, guardian_relation, guardian_signature,"
        " guardian_sha256, verification_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (event.customer_id, event.service_id, event.kind.value, event.notice_id,
         event.notice_version, event.text_sha256, event.language, event.channel.value,
         event.staff_id, to_iso(now), event.signature or None, event.signature_sha256,
         event.paper_scan or None, event.paper_scan_sha256, g.name if g else "",
         g.relationship if g else "", (g.signature_png or None) if g else None,
         event.guardian_sha256, event.verification_code))
    return int(cursor.lastrowid)


def insert_decisions(conn: Connection, event_id: int, customer_id: int, service_id: int,
                     decisions: list[tuple[Purpose, int | None, Decision]], *,
                     now: datetime) -> None:
    conn.executemany(
        "INSERT INTO consent_decisions (event_id, customer_id, service_id, purpose,"
        " recipient_id, decision, at) VALUES (?,?,?,?,?,?,?)",
        [(event_id, customer_id, service_id, p.value, rid, d.value, to_iso(now))
         for p, rid, d in decisions])


def enroll(conn: Connection, customer_id: int, service_id: int, *, now: datetime) -> None:
    conn.execute("INSERT OR IGNORE INTO customer_services (customer_id, service_id, enrolled_at)"
                 " VALUES (?,?,?)", (customer_id, service_id, to_iso(now)))


def enrolled_services(conn: Connection, customer_id: int) -> list[int]:
    return [int(r[0]) for r in conn.execute(
        "SELECT service_id FROM customer_services WHERE customer_id = ? ORDER BY service_id",
        (customer_id,))]


_EVENT_SELECT = (
    "SELECT e.id, e.customer_id, e.service_id, sv.name, e.kind, e.channel, e.notice_version,"
    " e.language, e.text_sha256, coalesce(s.display_name, ''), e.at,"
    " e.signature IS NOT NULL, e.paper_scan IS NOT NULL, e.guardian_name, e.verification_code,"
    " (SELECT coalesce(max(n.version), 0) FROM consent_notices n WHERE n.service_id = e.service_id)"
    " FROM consent_events e JOIN services sv ON sv.id = e.service_id"
    " LEFT JOIN staff s ON s.id = e.staff_id")


def _decisions(conn: Connection, event_id: int) -> dict[str, Decision]:
    rows = conn.execute("SELECT purpose, recipient_id, decision FROM consent_decisions"
                        " WHERE event_id = ? ORDER BY id", (event_id,))
    return {purpose_key(Purpose(p), rid): Decision(d) for p, rid, d in rows}


def _event(conn: Connection, r: tuple) -> ConsentEventInfo:
    kind = EventKind(r[4])
    outdated = kind in (EventKind.COLLECTION, EventKind.RECONSENT) and int(r[6]) < int(r[15])
    return ConsentEventInfo(
        int(r[0]), int(r[1]), int(r[2]), r[3], kind, Channel(r[5]), int(r[6]), r[7], r[8],
        r[9], from_iso(r[10]), _decisions(conn, int(r[0])), bool(r[11]), bool(r[12]), r[13],
        r[14], outdated)


def history(conn: Connection, customer_id: int) -> list[ConsentEventInfo]:
    rows = conn.execute(_EVENT_SELECT + " WHERE e.customer_id = ? ORDER BY e.id DESC",
                        (customer_id,)).fetchall()
    return [_event(conn, r) for r in rows]


def event(conn: Connection, event_id: int) -> ConsentEventInfo | None:
    row = conn.execute(_EVENT_SELECT + " WHERE e.id = ?", (event_id,)).fetchone()
    return None if row is None else _event(conn, row)


@dataclass(frozen=True, slots=True)
class EventImages:
    notice_id: int | None
    signature: bytes
    guardian_relation: str
    guardian_signature: bytes
    paper_scan: bytes


def images(conn: Connection, event_id: int) -> EventImages | None:
    row = conn.execute("SELECT notice_id, signature, guardian_relation, guardian_signature,"
                       " paper_scan FROM consent_events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    return EventImages(row[0], bytes(row[1] or b""), row[2], bytes(row[3] or b""),
                       bytes(row[4] or b""))


def current_state(conn: Connection, customer_id: int) -> list[PurposeState]:
    """Each purpose's latest decision for this customer, per service (and recipient)."""
    rows = conn.execute(
        "SELECT d.service_id, sv.name, d.purpose, d.recipient_id, coalesce(r.name, ''),"
        " d.decision, d.at, e.notice_version"
        " FROM consent_decisions d JOIN consent_events e ON e.id = d.event_id"
        " JOIN services sv ON sv.id = d.service_id"
        " LEFT JOIN service_recipients r ON r.id = d.recipient_id"
        " WHERE d.customer_id = ? AND d.id = (SELECT max(d2.id) FROM consent_decisions d2"
        "   WHERE d2.customer_id = d.customer_id AND d2.service_id = d.service_id"
        "   AND d2.purpose = d.purpose AND d2.recipient_id IS d.recipient_id)"
        " ORDER BY sv.name, d.purpose, d.recipient_id", (customer_id,))
    return [PurposeState(int(r[0]), r[1], Purpose(r[2]), r[3], r[4], Decision(r[5]),
                         from_iso(r[6]), int(r[7])) for r in rows]


def needs_consent(conn: Connection, customer_id: int) -> list[int]:
    """Services this customer is registered for whose consent is missing (imported), or given
    on an older notice version: ask at the next visit."""
    rows = conn.execute(
        "SELECT cs.service_id FROM customer_services cs WHERE cs.customer_id = ? AND coalesce("
        "  (SELECT max(e.notice_version) FROM consent_events e WHERE e.customer_id ="
        "   cs.customer_id AND e.service_id = cs.service_id"
        "   AND e.kind IN ('collection', 'reconsent')), 0)"
        " < (SELECT coalesce(max(n.version), 0) FROM consent_notices n"
        "    WHERE n.service_id = cs.service_id)", (customer_id,))
    return [int(r[0]) for r in rows]
