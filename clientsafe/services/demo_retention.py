"""The demo vault's retention story: a few early customers who left long enough ago that every
retention period has run out (the destruction queue is not empty), one of them on legal hold,
and one who left recently (kept until a due date)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from clientsafe.core.retention import add_months
from clientsafe.vault import retention_repo
from clientsafe.vault.connection import Connection

DUE_AT_MOST = 5
HOLD_REASON = ("Insurance claim for an injury during a training session: keep the records until "
               "the claim is settled.")
# Relationships in the demo end a little after the customer joined.
_STAYED = timedelta(days=20)


def _services(conn: Connection, customer_id: int) -> list[tuple[int, int]]:
    """(service id, retention months) of the customer's end-of-relationship enrolments."""
    return [(int(r[0]), int(r[1])) for r in conn.execute(
        "SELECT s.id, s.retention_months FROM customer_services cs"
        " JOIN services s ON s.id = cs.service_id"
        " WHERE cs.customer_id = ? AND s.retention_start = 'end_of_relationship'",
        (customer_id,))]


def seed(conn: Connection, *, now: datetime, manager_id: int) -> None:
    today = now.date()
    oldest = [(int(r[0]), date.fromisoformat(r[1][:10])) for r in conn.execute(
        "SELECT id, created_at FROM customers ORDER BY created_at, id LIMIT 40")]
    due: list[int] = []
    for customer_id, joined in oldest:
        services = _services(conn, customer_id)
        ended = joined + _STAYED
        if len(due) >= DUE_AT_MOST or not services or ended > today:
            continue
        if add_months(ended, max(m for _, m in services)) <= today:
            for service_id, _ in services:
                retention_repo.set_ended_on(conn, customer_id, service_id, ended)
            due.append(customer_id)
    if due:
        retention_repo.place_hold(conn, due[0], reason=HOLD_REASON, placed_by=manager_id,
                                  now=now - timedelta(days=12))
    # The newest customer left last month: kept until their due date.
    newest = conn.execute("SELECT id FROM customers ORDER BY created_at DESC, id DESC"
                          " LIMIT 1").fetchone()
    if newest is not None and int(newest[0]) not in due:
        left = max(today - timedelta(days=30), date.fromisoformat(
            conn.execute("SELECT substr(created_at, 1, 10) FROM customers WHERE id = ?",
                         (int(newest[0]),)).fetchone()[0]))
        for service_id, _ in _services(conn, int(newest[0])):
            retention_repo.set_ended_on(conn, int(newest[0]), service_id, left)
