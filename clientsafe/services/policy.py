"""The one way services check a permission: a denial is audited, then raised.

The account behind the session is looked up on every call, so deactivating or locking someone
takes effect at once, not at their next sign-in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from clientsafe.core.audit_actions import Action, Outcome
from clientsafe.core.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    ClientSafeError,
)
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.vault import audit_log, staff_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault


def authorize(vault: Vault, session: Session, permission: Permission, action: Action) -> None:
    authorize_any(vault, session, (permission,), action)


def authorize_any(vault: Vault, session: Session, permissions: Sequence[Permission],
                  action: Action) -> None:
    """As `authorize`, passing when the role holds any of `permissions`; a refusal is audited
    and raised naming the first."""
    if session.vault_id != vault.vault_id:
        # A session from another vault is no session here.
        raise AuthenticationFailed()
    problem = _account_problem(vault, session)
    if problem is None and any(session.can(p) for p in permissions):
        return
    first = permissions[0]
    with vault.transaction() as conn:
        deny(conn, vault, session, action,
             detail=f"role {session.role} lacks {first}" if problem is None
             else f"account {type(problem).__name__}")
    if problem is not None:
        raise problem
    session.require(first)


def deny(conn: Connection, vault: Vault, session: Session, action: Action, *, detail: str,
         customer_id: int | None = None, fields: tuple[str, ...] = ()) -> None:
    """Record a refusal inside the caller's transaction."""
    audit_log.record(conn, at=vault.clock(), action=str(action), outcome=Outcome.DENIED,
                     actor_id=session.staff_id, actor=session.username,
                     customer_id=customer_id, fields=fields, detail=detail)


def _account_problem(vault: Vault, session: Session) -> ClientSafeError | None:
    member = staff_repo.get(vault.conn, session.staff_id)
    if member is None or not member.active:
        return AccountDisabled()
    now = vault.clock()
    if member.locked_until is not None and member.locked_until > now:
        return AccountLocked(
            minutes=max(1, math.ceil((member.locked_until - now).total_seconds() / 60)))
    return None
