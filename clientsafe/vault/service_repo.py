"""The business's services and the third parties each may share data with."""

from __future__ import annotations

from datetime import datetime

from clientsafe.core.clock import to_iso
from clientsafe.core.consent import Recipient, RetentionStart, ServiceInfo
from clientsafe.vault.connection import Connection

_COLUMNS = "id, name, description, retention_months, retention_start, offers_marketing, active"


def insert(conn: Connection, service: ServiceInfo, *, created_by: int, now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO services (name, description, retention_months, retention_start,"
        " offers_marketing, active, created_by, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (service.name, service.description, service.retention_months,
         service.retention_start.value, int(service.offers_marketing), int(service.active),
         created_by, to_iso(now), to_iso(now)))
    return int(cursor.lastrowid)


def update(conn: Connection, service: ServiceInfo, *, now: datetime) -> None:
    conn.execute(
        "UPDATE services SET name = ?, description = ?, retention_months = ?,"
        " retention_start = ?, offers_marketing = ?, active = ?, updated_at = ? WHERE id = ?",
        (service.name, service.description, service.retention_months,
         service.retention_start.value, int(service.offers_marketing), int(service.active),
         to_iso(now), service.id))


def name_taken(conn: Connection, name: str, *, other_than: int | None) -> bool:
    row = conn.execute("SELECT id FROM services WHERE name = ? AND id IS NOT ?",
                       (name, other_than)).fetchone()
    return row is not None


def _recipients(conn: Connection, service_id: int) -> tuple[Recipient, ...]:
    rows = conn.execute(
        "SELECT id, name, what_for FROM service_recipients WHERE service_id = ? AND active = 1"
        " ORDER BY id", (service_id,))
    return tuple(Recipient(int(r[0]), r[1], r[2]) for r in rows)


def _service(conn: Connection, row: tuple) -> ServiceInfo:
    version = conn.execute("SELECT coalesce(max(version), 0) FROM consent_notices"
                           " WHERE service_id = ?", (row[0],)).fetchone()[0]
    return ServiceInfo(int(row[0]), row[1], row[2], int(row[3]), RetentionStart(row[4]),
                       bool(row[5]), bool(row[6]), _recipients(conn, int(row[0])), int(version))


def get(conn: Connection, service_id: int) -> ServiceInfo | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM services WHERE id = ?",
                       (service_id,)).fetchone()
    return None if row is None else _service(conn, row)


def all_services(conn: Connection, *, active_only: bool = False) -> list[ServiceInfo]:
    where = "WHERE active = 1" if active_only else ""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM services {where} ORDER BY name").fetchall()
    return [_service(conn, r) for r in rows]


def add_recipient(conn: Connection, service_id: int, name: str, what_for: str, *,
                  now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO service_recipients (service_id, name, what_for, created_at)"
        " VALUES (?,?,?,?)", (service_id, name, what_for, to_iso(now)))
    return int(cursor.lastrowid)


def deactivate_recipient(conn: Connection, service_id: int, recipient_id: int) -> bool:
    cursor = conn.execute("UPDATE service_recipients SET active = 0"
                          " WHERE id = ? AND service_id = ? AND active = 1",
                          (recipient_id, service_id))
    return cursor.rowcount == 1
