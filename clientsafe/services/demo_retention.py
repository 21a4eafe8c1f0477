"""The demo vault's retention story: a few early customers who left long enough ago that every
retention period has run out (the destruction queue is not empty), one of them on legal hold,
and one who left recently (kept until a due date)."""

from __future__ import annotations

from datetime import datetime, timedelta

from clientsafe.core.consent import RetentionStart
from clientsafe.core.disclosure import DEFAULT_RETENTION_MONTHS
from clientsafe.core.retention import RetentionInputs, ServiceRetention, add_months
from clientsafe.vault import customer_repo, retention_repo
from clientsafe.vault.connection import Connection

DUE_AT_MOST = 5
HOLD_REASON = ("Insurance claim for an injury during a training session: keep the records until "
               "the claim is settled.")
# Relationships in the demo end a little after the customer joined.
_STAYED = timedelta(days=20)


def _leaving(inputs: RetentionInputs) -> list[ServiceRetention]:
    """The customer's enrolments whose retention runs from the end of the relationship."""
    return [s for s in inputs.services if s.start is RetentionStart.END_OF_RELATIONSHIP]


def seed(conn: Connection, *, now: datetime, manager_id: int) -> None:
    today = now.date()
    oldest = retention_repo.inputs_for(conn, customer_repo.ids_by_added(conn, 40),
                                       DEFAULT_RETENTION_MONTHS)
    due: list[int] = []
    for inputs in sorted(oldest.values(), key=lambda i: (i.added_on, i.customer_id)):
        services = _leaving(inputs)
        ended = inputs.added_on + _STAYED
        if len(due) >= DUE_AT_MOST or not services or ended > today:
            continue
        if add_months(ended, max(s.months for s in services)) <= today:
            for service in services:
                retention_repo.set_ended_on(conn, inputs.customer_id, service.service_id, ended)
            due.append(inputs.customer_id)
    if due:
        retention_repo.place_hold(conn, due[0], reason=HOLD_REASON, placed_by=manager_id,
                                  now=now - timedelta(days=12))
    # The newest customer left last month: kept until their due date.
    newest = retention_repo.inputs_for(conn, customer_repo.ids_by_added(conn, 1,
                                                                        newest_first=True),
                                       DEFAULT_RETENTION_MONTHS)
    for inputs in newest.values():
        if inputs.customer_id in due:
            continue
        left = max(today - timedelta(days=30), inputs.added_on)
        for service in _leaving(inputs):
            retention_repo.set_ended_on(conn, inputs.customer_id, service.service_id, left)
