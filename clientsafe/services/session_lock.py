"""Recording that a signed-in window locked itself (idle, on demand, or after the application
was in the background too long). Unlocking is services.auth.reauthenticate."""

from __future__ import annotations

from clientsafe.core.audit_actions import Action
from clientsafe.core.errors import AuthenticationFailed
from clientsafe.core.session import Session
from clientsafe.core.session_lock import LockReason
from clientsafe.vault import audit_log
from clientsafe.vault.vault import Vault


def record_lock(vault: Vault, session: Session, reason: LockReason) -> None:
    """Every role's window locks; no permission is needed, only a session of this vault."""
    if session.vault_id != vault.vault_id:
        raise AuthenticationFailed()
    reason = LockReason(reason)
    with vault.transaction() as conn:
        audit_log.record(
            conn,
            at=vault.clock(),
            action=str(Action.IDLE_LOCK),
            actor_id=session.staff_id,
            actor=session.username,
            detail=f"reason: {reason}",
        )
