"""Staff accounts (the security officer's management screen grows in a later issue)."""

from __future__ import annotations

from datetime import datetime

from clientsafe.core import passwords, validators
from clientsafe.core.audit_actions import Action
from clientsafe.core.entities import StaffMember
from clientsafe.core.roles import Permission, Role
from clientsafe.core.session import Session
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, staff_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.password_hash import hash_password
from clientsafe.vault.vault import Vault


def list_staff(vault: Vault, session: Session) -> list[StaffMember]:
    authorize(vault, session, Permission.STAFF_VIEW, Action.STAFF_LISTED)
    with vault.transaction() as conn:
        members = staff_repo.list_all(conn)
        audit_log.record(
            conn,
            at=vault.clock(),
            action=str(Action.STAFF_LISTED),
            actor_id=session.staff_id,
            actor=session.username,
        )
    return members


def create_staff(
    vault: Vault,
    session: Session,
    *,
    username: str,
    display_name: str,
    role: Role,
    temporary_password: str,
) -> int:
    """A new account whose password must be changed at first login."""
    authorize(vault, session, Permission.STAFF_MANAGE, Action.STAFF_CREATED)
    passwords.check_new_password(temporary_password)
    encoded = hash_password(temporary_password)
    with vault.transaction() as conn:
        return add_account(
            conn,
            now=vault.clock(),
            username=username,
            display_name=display_name,
            role=role,
            password_hash=encoded,
            must_change=True,
            actor_id=session.staff_id,
            actor=session.username,
        )


def add_account(
    conn: Connection,
    *,
    now: datetime,
    username: str,
    display_name: str,
    role: Role,
    password_hash: str,
    must_change: bool = False,
    actor_id: int | None = None,
    actor: str = audit_log.SYSTEM_ACTOR,
) -> int:
    """Validate, insert and audit one account inside the caller's transaction (also used by
    first-run setup and the demo, which have no session yet)."""
    username = validators.username(username)
    display_name = validators.display_text(display_name, what=validators.DISPLAY_NAME)
    if staff_repo.exists(conn, username):
        raise validators.UsernameTaken(username=username)
    staff_id = staff_repo.add(
        conn,
        username=username,
        display_name=display_name,
        role=role,
        password_hash=password_hash,
        now=now,
        must_change_password=must_change,
    )
    audit_log.record(
        conn,
        at=now,
        action=str(Action.STAFF_CREATED),
        actor_id=actor_id,
        actor=actor,
        detail=f"staff #{staff_id} as {role}",
    )
    return staff_id
