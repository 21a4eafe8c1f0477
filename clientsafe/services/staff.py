"""Staff accounts: the security officer lists, creates, changes the role of, deactivates,
reactivates and resets the password of accounts. Accounts are never deleted, so the audit trail
keeps pointing at the people it names.

Each change is one transaction with exactly one audit entry (ids and role names, never a
password). A refused change (own account, last security officer, stale session) is audited as
denied, then raised; a too-weak temporary password is refused before anything is looked at.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from clientsafe.core import passwords, staff_rules, validators
from clientsafe.core.audit_actions import Action, Outcome
from clientsafe.core.entities import StaffMember
from clientsafe.core.errors import AccountDisabled, ClientSafeError, PermissionDenied
from clientsafe.core.roles import Permission, Role, allows
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


def change_role(vault: Vault, session: Session, staff_id: int, role: Role) -> StaffMember:
    """Give an account another role. Nobody changes their own role, and the last active
    security officer stays one."""
    role = Role(role)
    authorize(vault, session, Permission.STAFF_MANAGE, Action.STAFF_ROLE_CHANGED)

    def change(conn: Connection, target: StaffMember, now: datetime) -> str:
        staff_rules.check_role_change(
            session.staff_id,
            target,
            role,
            active_officers=staff_repo.count_active(conn, Role.SECURITY_OFFICER),
        )
        staff_repo.set_role(conn, target.id, role=role, now=now)
        return f"staff #{target.id}: {target.role} -> {role}"

    return _manage(vault, session, staff_id, Action.STAFF_ROLE_CHANGED, change)


def set_active(vault: Vault, session: Session, staff_id: int, active: bool) -> StaffMember:
    """Deactivate (the account can no longer sign in) or reactivate an account."""
    action = Action.STAFF_REACTIVATED if active else Action.STAFF_DEACTIVATED
    authorize(vault, session, Permission.STAFF_MANAGE, action)

    def change(conn: Connection, target: StaffMember, now: datetime) -> str:
        staff_rules.check_active_change(
            session.staff_id,
            target,
            active,
            active_officers=staff_repo.count_active(conn, Role.SECURITY_OFFICER),
        )
        staff_repo.set_active(conn, target.id, active=active, now=now)
        return f"staff #{target.id} ({target.role})"

    return _manage(vault, session, staff_id, action, change)


def reset_password(
    vault: Vault, session: Session, staff_id: int, temporary_password: str
) -> StaffMember:
    """Set a temporary password that must be changed at the next login; ends any lockout."""
    authorize(vault, session, Permission.STAFF_MANAGE, Action.STAFF_PASSWORD_RESET)
    passwords.check_new_password(temporary_password)
    encoded = hash_password(temporary_password)

    def change(conn: Connection, target: StaffMember, now: datetime) -> str:
        staff_rules.check_password_reset(session.staff_id, target)
        staff_repo.reset_password(conn, target.id, password_hash=encoded, now=now)
        return f"staff #{target.id}; must change at next login"

    return _manage(vault, session, staff_id, Action.STAFF_PASSWORD_RESET, change)


Change = Callable[[Connection, StaffMember, datetime], str]


def _manage(
    vault: Vault, session: Session, staff_id: int, action: Action, change: Change
) -> StaffMember:
    """Run one change on one account in one transaction with one audit entry. The acting
    officer must still be an active security officer: a session outlives changes to its own
    account, so the vault, not the session, is asked."""
    now = vault.clock()
    error: ClientSafeError | None = None
    updated: StaffMember | None = None
    with vault.transaction() as conn:
        actor = staff_repo.get(conn, session.staff_id)
        target = staff_repo.get(conn, staff_id)
        detail = f"staff #{staff_id}"
        if actor is None or not actor.active:
            error, detail = AccountDisabled(), "acting account is deactivated"
        elif not allows(actor.role, Permission.STAFF_MANAGE):
            error = PermissionDenied(role=actor.role.label, action=Permission.STAFF_MANAGE.label)
            detail = f"acting account's role is now {actor.role}"
        elif target is None:
            error, detail = staff_rules.StaffNotFound(), f"no staff #{staff_id}"
        else:
            try:
                detail = change(conn, target, now)
            except ClientSafeError as exc:
                error = exc
                detail = f"staff #{staff_id}: {type(exc).__name__}"
            else:
                updated = staff_repo.get(conn, staff_id)
        audit_log.record(
            conn,
            at=now,
            action=str(action),
            outcome=Outcome.DONE if error is None else Outcome.DENIED,
            actor_id=session.staff_id,
            actor=session.username,
            detail=detail,
        )
    if error is not None:
        raise error
    assert updated is not None
    return updated
