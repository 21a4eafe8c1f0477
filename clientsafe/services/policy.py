"""The one way services check a permission: a denial is audited, then raised."""

from __future__ import annotations

from clientsafe.core.audit_actions import Action, Outcome
from clientsafe.core.errors import AuthenticationFailed
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.vault import audit_log
from clientsafe.vault.vault import Vault


def authorize(vault: Vault, session: Session, permission: Permission, action: Action) -> None:
    if session.vault_id != vault.vault_id:
        # A session from another vault is no session here.
        raise AuthenticationFailed()
    if session.can(permission):
        return
    with vault.transaction() as conn:
        audit_log.record(
            conn,
            at=vault.clock(),
            action=str(action),
            outcome=Outcome.DENIED,
            actor_id=session.staff_id,
            actor=session.username,
            detail=f"role {session.role} lacks {permission}",
        )
    session.require(permission)
