"""Sharing-register entries for the demo vault: a few customers who agreed to sharing with a
service's third party (Ping An Health for Personal training) had their details passed on."""

from __future__ import annotations

from datetime import datetime, timedelta

from clientsafe.core.sharing import LegalBasis
from clientsafe.core.use_purposes import Use, granting
from clientsafe.vault import consent_repo, sharing_repo
from clientsafe.vault.connection import Connection

PER_RECIPIENT = 4
# How far into the registered customers to look for ones who agreed (a bounded demo step).
_LOOK_AT = 200
_PURPOSES = (
    "Insurance cover for injuries during training sessions",
    "为私教课训练期间的运动伤害投保",
)


def seed(conn: Connection, *, now: datetime, staff_id: int) -> int:
    """Add up to PER_RECIPIENT entries per recipient; returns how many were added."""
    added = 0
    for recipient_id, service_id in sharing_repo.recipients(conn):
        found = 0
        for customer_id in sharing_repo.enrolled_customers(conn, service_id, _LOOK_AT):
            if found == PER_RECIPIENT:
                break
            if granting(consent_repo.current_state(conn, customer_id), Use.SHARING,
                        service_id=service_id, recipient_id=recipient_id) is None:
                continue
            decision_id = sharing_repo.latest_sharing_decision(conn, customer_id, service_id,
                                                               recipient_id)
            assert decision_id is not None
            sharing_repo.insert(
                conn, customer_id=customer_id, service_id=service_id, recipient_id=recipient_id,
                purpose=_PURPOSES[found % len(_PURPOSES)], fields=("full_name", "phone"),
                legal_basis=LegalBasis.CONSENT, consent_decision_id=decision_id,
                shared_by=staff_id, now=now - timedelta(days=3 * (PER_RECIPIENT - found)))
            found += 1
        added += found
    return added
