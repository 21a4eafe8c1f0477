"""What the security officer is shown on signing in: lockouts since their previous sign-in.

A later issue (the audit viewer) adds bursts of denials, out-of-hours access and failed
verifications; they join the same list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from clientsafe.core.audit_actions import Action
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, audit_query
from clientsafe.vault.vault import Vault

ALERT_ACTIONS = (Action.BULK_VIEW_LOCKOUT, Action.LOCKOUT)
FIRST_LOOK_BACK = timedelta(days=7)  # an officer's first sign-in sees the past week


@dataclass(frozen=True, slots=True)
class Alert:
    at: datetime
    action: Action  # which kind: bulk viewing or too many wrong passwords
    username: str
    detail: str  # counts and durations, never values


def login_alerts(vault: Vault, session: Session) -> list[Alert]:
    authorize(vault, session, Permission.ALERTS_VIEW, Action.ALERTS_VIEWED)
    with vault.transaction() as conn:
        since = audit_query.previous_login_at(conn, session.staff_id)
        if since is None:
            since = vault.clock() - FIRST_LOOK_BACK
        entries = audit_query.entries_with_actions(conn, (str(a) for a in ALERT_ACTIONS),
                                                 since=since)
        audit_log.record(conn, at=vault.clock(), action=str(Action.ALERTS_VIEWED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"{len(entries)} alert(s)")
    return [Alert(e.at, Action(e.action), e.actor, e.detail) for e in entries]
