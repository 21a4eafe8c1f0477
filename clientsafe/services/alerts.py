"""What the security officer is shown on signing in, for the time since their previous sign-in:
accounts locked (wrong passwords, bulk viewing), bursts of refusals, customer data used outside
business hours, and audit verifications or vault checks that failed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from clientsafe.core.audit_actions import Action
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.disclosure_settings import limits
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, audit_query
from clientsafe.vault.vault import Vault

FIRST_LOOK_BACK = timedelta(days=7)  # an officer's first sign-in sees the past week
# Work on customer data that should not happen at night unnoticed.
CUSTOMER_WORK = (Action.CUSTOMER_VIEWED, Action.REVEAL_SHOWN, Action.REVEAL_COPIED,
                 Action.CUSTOMERS_EXPORTED, Action.CUSTOMER_LOOKED_UP, Action.LOGIN)


class AlertKind(StrEnum):
    BULK_VIEW_LOCKOUT = "bulk_view_lockout"
    PASSWORD_LOCKOUT = "password_lockout"
    DENIAL_BURST = "denial_burst"
    OUTSIDE_HOURS = "outside_hours"
    CHECK_FAILED = "check_failed"


@dataclass(frozen=True, slots=True)
class Alert:
    kind: AlertKind
    username: str
    at: datetime | None = None  # when it happened (None: a count over the period)
    count: int = 1


def login_alerts(vault: Vault, session: Session) -> list[Alert]:
    authorize(vault, session, Permission.ALERTS_VIEW, Action.ALERTS_VIEWED)
    now = vault.clock()
    with vault.transaction() as conn:
        since = audit_query.previous_login_at(conn, session.staff_id) or now - FIRST_LOOK_BACK
        policy = limits(conn)
        found: list[Alert] = []
        for entry in audit_query.entries_with_actions(
                conn, (str(Action.BULK_VIEW_LOCKOUT), str(Action.LOCKOUT)), since=since):
            kind = (AlertKind.BULK_VIEW_LOCKOUT if entry.action == Action.BULK_VIEW_LOCKOUT
                    else AlertKind.PASSWORD_LOCKOUT)
            found.append(Alert(kind, entry.actor, entry.at))
        for actor, bucket, denials in audit_query.denial_bursts(
                conn, since=since, at_least=policy.denial_burst):
            found.append(Alert(AlertKind.DENIAL_BURST, actor, datetime.fromisoformat(
                bucket + ":00+00:00"), denials))
        offset = now.astimezone().utcoffset() or timedelta(0)
        for actor, times in audit_query.outside_hours(
                conn, (str(a) for a in CUSTOMER_WORK), since=since,
                utc_offset_minutes=int(offset.total_seconds() // 60),
                opens=policy.business_opens, closes=policy.business_closes):
            found.append(Alert(AlertKind.OUTSIDE_HOURS, actor, None, times))
        for entry in audit_query.failed_checks(
                conn, (str(Action.AUDIT_VERIFIED), str(Action.VAULT_CHECKED)), since=since):
            found.append(Alert(AlertKind.CHECK_FAILED, entry.actor, entry.at))
        audit_log.record(conn, at=now, action=str(Action.ALERTS_VIEWED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"{len(found)} alert(s)")
    return found
