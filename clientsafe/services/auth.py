"""Staff login, lockout, logout and password change.

Lockout: after 5 wrong passwords in a row the account is locked for 30 s, and each further wrong
password after that doubles the wait (capped at one hour). Every failure is audited. The audit
entry is committed before the error is raised, so a failed attempt is never lost.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import datetime, timedelta

from clientsafe.core import passwords
from clientsafe.core.audit_actions import Action, Outcome
from clientsafe.core.entities import StaffMember
from clientsafe.core.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    ClientSafeError,
)
from clientsafe.core.session import Session
from clientsafe.core.session_lock import WrongUnlockPassword
from clientsafe.vault import audit_log, staff_repo
from clientsafe.vault.password_hash import DUMMY_HASH, hash_password, verify_password
from clientsafe.vault.vault import Vault

MAX_FAILURES = 5
BASE_LOCK = timedelta(seconds=30)
MAX_LOCK = timedelta(hours=1)
UNKNOWN_ACTOR = "(unknown user)"  # the typed name is not stored: it may be a mistyped password


def lock_duration(failed_attempts: int) -> timedelta:
    """0 below the threshold; 30 s at the 5th failure, doubling with each one after."""
    if failed_attempts < MAX_FAILURES:
        return timedelta(0)
    doublings = min(failed_attempts - MAX_FAILURES, 16)  # past 2**7 the cap applies anyway
    return min(BASE_LOCK * (2**doublings), MAX_LOCK)


def login(vault: Vault, username: str, password: str) -> Session:
    now = vault.clock()
    member = _authenticate(vault, username, password, success=Action.LOGIN, now=now)
    return Session(
        staff_id=member.id,
        username=member.username,
        display_name=member.display_name,
        role=member.role,
        vault_id=vault.vault_id,
        started_at=now,
        must_change_password=member.must_change_password,
    )


def verify_approver(vault: Vault, username: str, password: str) -> StaffMember:
    """A manager typing their credentials into a pop-up on someone else's screen. Counts toward
    their lockout like a login, but opens no session. Failures are audited here; a success is
    recorded by the approval itself, which names the approver (one entry per approval)."""
    return _authenticate(vault, username, password, success=None,
                         now=vault.clock())


def _authenticate(
    vault: Vault,
    username: str,
    password: str,
    *,
    success: Action | None,
    now: datetime,
    failure: Action = Action.LOGIN_FAILED,
    wrong: type[AuthenticationFailed] = AuthenticationFailed,
) -> StaffMember:
    username = username.strip()
    if len(username) > 64 or len(password) > passwords.MAX_LENGTH:
        # Hostile or pasted junk: fail like any wrong login, but do not hash megabytes.
        username, password = "", ""
    error: ClientSafeError | None = None
    authenticated: StaffMember | None = None
    with vault.transaction() as conn:
        found = staff_repo.find_for_login(conn, username) if username else None
        if found is None:
            verify_password(password, DUMMY_HASH)
            audit_log.record(
                conn,
                at=now,
                action=str(failure),
                outcome=Outcome.DENIED,
                actor=UNKNOWN_ACTOR,
                detail="unknown user name",
            )
            error = AuthenticationFailed()
        else:
            member, encoded = found
            who = {"actor_id": member.id, "actor": member.username}
            if member.locked_until is not None and member.locked_until > now:
                minutes = max(1, math.ceil((member.locked_until - now).total_seconds() / 60))
                audit_log.record(
                    conn,
                    at=now,
                    action=str(failure),
                    outcome=Outcome.DENIED,
                    detail="account locked",
                    **who,
                )
                error = AccountLocked(minutes=minutes)
            elif not member.active:
                audit_log.record(
                    conn,
                    at=now,
                    action=str(failure),
                    outcome=Outcome.DENIED,
                    detail="account deactivated",
                    **who,
                )
                error = AccountDisabled()
            elif not verify_password(password, encoded):
                failures = member.failed_attempts + 1
                wait = lock_duration(failures)
                locked_until = now + wait if wait else None
                staff_repo.record_failure(
                    conn, member.id, failed_attempts=failures, locked_until=locked_until, now=now
                )
                if locked_until is not None:
                    audit_log.record(
                        conn,
                        at=now,
                        action=str(Action.LOCKOUT),
                        outcome=Outcome.DENIED,
                        detail=f"{failures} failed attempts; locked {int(wait.total_seconds())} s",
                        **who,
                    )
                    error = AccountLocked(minutes=max(1, math.ceil(wait.total_seconds() / 60)))
                else:
                    audit_log.record(
                        conn,
                        at=now,
                        action=str(failure),
                        outcome=Outcome.DENIED,
                        detail=f"wrong password ({failures} in a row)",
                        **who,
                    )
                    error = wrong()
            else:
                if success is Action.LOGIN:
                    staff_repo.record_login(conn, member.id, now=now)
                else:
                    staff_repo.clear_failures(conn, member.id, now=now)
                if success is not None:  # an approval records its approver in its own entry
                    audit_log.record(conn, at=now, action=str(success), **who)
                authenticated = member
    if error is not None:
        raise error
    assert authenticated is not None
    return authenticated


def logout(vault: Vault, session: Session) -> None:
    with vault.transaction() as conn:
        audit_log.record(
            conn,
            at=vault.clock(),
            action=str(Action.LOGOUT),
            actor_id=session.staff_id,
            actor=session.username,
        )


def change_password(vault: Vault, session: Session, current: str, new: str) -> Session:
    """Returns the session with `must_change_password` cleared. Refusals are audited too."""
    now = vault.clock()
    error: ClientSafeError | None = None
    try:
        passwords.check_new_password(new)
    except ClientSafeError as exc:
        error = exc
    with vault.transaction() as conn:
        if error is None and not (
            len(current) <= passwords.MAX_LENGTH
            and verify_password(current, staff_repo.password_hash(conn, session.staff_id))
        ):
            error = AuthenticationFailed()
        if error is None:
            staff_repo.set_password(
                conn, session.staff_id, password_hash=hash_password(new), must_change=False, now=now
            )
        audit_log.record(
            conn,
            at=now,
            action=str(Action.PASSWORD_CHANGED),
            outcome=Outcome.DONE if error is None else Outcome.DENIED,
            actor_id=session.staff_id,
            actor=session.username,
            detail=""
            if error is None
            else (
                "current password wrong"
                if isinstance(error, AuthenticationFailed)
                else "new password too weak"
            ),
        )
    if error is not None:
        raise error
    return replace(session, must_change_password=False)


def reauthenticate(vault: Vault, session: Session, password: str) -> None:
    """Unlock a locked window with the signed-in user's own password. Wrong passwords count
    toward the same lockout as logins; AccountLocked or AccountDisabled means the window must
    sign out instead. Audited as auth.unlock (done/denied), the lockout itself as auth.lockout."""
    if session.vault_id != vault.vault_id:
        raise AuthenticationFailed()
    _authenticate(vault, session.username, password, success=Action.UNLOCK, now=vault.clock(),
                  failure=Action.UNLOCK, wrong=WrongUnlockPassword)
