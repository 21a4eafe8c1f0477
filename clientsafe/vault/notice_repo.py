"""Consent notice versions, per service and language, stored exactly as shown."""

from __future__ import annotations

import json
from datetime import datetime

from clientsafe.core.clock import from_iso, to_iso
from clientsafe.core.consent import ConsentNotice, NoticePurpose, Purpose
from clientsafe.vault.connection import Connection

_SELECT = ("SELECT id, service_id, version, language, body, sha256, purposes, created_at"
           " FROM consent_notices")


def _purposes_json(purposes: tuple[NoticePurpose, ...]) -> str:
    return json.dumps([[p.key, p.purpose.value, p.recipient_id, p.required, p.label]
                       for p in purposes], ensure_ascii=False)


def _row(r: tuple) -> ConsentNotice:
    purposes = tuple(NoticePurpose(k, Purpose(p), rid, bool(req), label)
                     for k, p, rid, req, label in json.loads(r[6]))
    return ConsentNotice(int(r[0]), int(r[1]), int(r[2]), r[3], r[4], r[5], purposes,
                         from_iso(r[7]))


def latest_version(conn: Connection, service_id: int) -> int:
    return int(conn.execute("SELECT coalesce(max(version), 0) FROM consent_notices"
                            " WHERE service_id = ?", (service_id,)).fetchone()[0])


def current(conn: Connection, service_id: int) -> dict[str, ConsentNotice]:
    """The latest version's notice per language."""
    version = latest_version(conn, service_id)
    rows = conn.execute(_SELECT + " WHERE service_id = ? AND version = ?", (service_id, version))
    return {n.language: n for n in map(_row, rows)}


def get(conn: Connection, notice_id: int) -> ConsentNotice | None:
    row = conn.execute(_SELECT + " WHERE id = ?", (notice_id,)).fetchone()
    return None if row is None else _row(row)


def insert(conn: Connection, *, service_id: int, version: int, language: str, body: str,
           sha256: str, purposes: tuple[NoticePurpose, ...], now: datetime) -> int:
    cursor = conn.execute(
        "INSERT INTO consent_notices (service_id, version, language, body, sha256, purposes,"
        " created_at) VALUES (?,?,?,?,?,?,?)",
        (service_id, version, language, body, sha256, _purposes_json(purposes), to_iso(now)))
    return int(cursor.lastrowid)
