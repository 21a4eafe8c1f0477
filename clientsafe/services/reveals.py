"""Seeing a masked field: a request, a manager's decision, a time-limited grant, audited reveals.

The grant is scoped to requester + customer + fields and expires. A manager approving on the
spot types their own credentials on the requester's screen; a manager may approve their own
request only with a reason, and that grant is flagged for the security officer's review.
Audit entries name fields and reason codes, never values or the free-text reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from clientsafe.core.audit_actions import Action
from clientsafe.core.entities import RevealGrant, RevealRequestInfo, StaffMember
from clientsafe.core.errors import (
    ClientSafeError,
    NotPending,
    PermissionDenied,
    RevealExpired,
    SelfApprovalRefused,
    ValidationError,
)
from clientsafe.core.field_access import (
    DEFAULT_REVEAL_MINUTES,
    MAX_REVEAL_MINUTES,
    REASON_CODES,
    Access,
)
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission, allows
from clientsafe.core.session import Session
from clientsafe.services import auth
from clientsafe.services.customer_records import catalog_access, field_value, load_in_scope
from clientsafe.services.policy import authorize, deny
from clientsafe.vault import audit_log, customer_repo, reveal_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

MAX_REASON = 500
REMASK_REASONS = frozenset({"timer", "closed", "lock", "logout"})


class BadRevealRequest(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Choose at least one masked field, a reason (explained in words for \"Other\") and "
        "1 to {max_minutes} minutes.",
    )


class ReasonRequired(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Write down a reason (at most {max_length} characters); it is kept with the "
        "request."
    )


def request_reveal(
    vault: Vault,
    session: Session,
    *,
    customer_id: int,
    fields: Sequence[str],
    reason_code: str,
    reason_text: str,
    minutes: int = DEFAULT_REVEAL_MINUTES,
) -> int:
    authorize(vault, session, Permission.REVEAL_REQUEST, Action.REVEAL_REQUESTED)
    chosen = tuple(dict.fromkeys(fields))
    reason_text = reason_text.strip()
    levels = catalog_access(vault.conn, session, chosen)
    if (not chosen or any(levels.get(f) is not Access.MASKED for f in chosen)
            or reason_code not in REASON_CODES or len(reason_text) > MAX_REASON
            or (reason_code == "other" and not reason_text)
            or not 1 <= minutes <= MAX_REVEAL_MINUTES):
        raise BadRevealRequest(max_minutes=MAX_REVEAL_MINUTES)
    now = vault.clock()
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, customer_id,
                                        Action.REVEAL_REQUESTED)
        if customer is not None:
            request_id = reveal_repo.add_request(
                conn, requester_id=session.staff_id, customer_id=customer_id, fields=chosen,
                reason_code=reason_code, reason_text=reason_text, minutes=minutes, now=now)
            audit_log.record(conn, at=now, action=str(Action.REVEAL_REQUESTED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=customer_id, fields=chosen, purpose=reason_code,
                             detail=f"request #{request_id} for {minutes} min")
    if error is not None:
        raise error
    return request_id


def _own_pending(conn: Connection, session: Session, request_id: int) -> RevealRequestInfo:
    request = reveal_repo.get_request(conn, request_id)
    if request is None or request.requester_id != session.staff_id:
        raise PermissionDenied(role=session.role.label,
                               action=Permission.REVEAL_REQUEST.label)
    if request.status != "pending":
        raise NotPending()
    return request


def _grant(conn: Connection, vault: Vault, request: RevealRequestInfo, approver: StaffMember,
           *, flagged: bool) -> RevealGrant:
    now = vault.clock()
    if not reveal_repo.decide(conn, request.id, status="approved", decided_by=approver.id,
                              reason="", now=now):
        raise NotPending()
    grant = reveal_repo.add_grant(conn, request, approved_by=approver.id, now=now,
                                  expires_at=now + timedelta(minutes=request.minutes),
                                  flagged=flagged)
    audit_log.record(conn, at=now, action=str(Action.REVEAL_APPROVED), actor_id=approver.id,
                     actor=approver.username, customer_id=request.customer_id,
                     fields=request.fields, purpose=request.reason_code,
                     detail=(f"request #{request.id} of staff #{request.requester_id}"
                             + ("; self-approved, flagged for review" if flagged else "")))
    return grant


def _approver(vault: Vault, session: Session, request_id: int, username: str,
              password: str, action: Action) -> StaffMember:
    """Check the credentials typed into the pop-up; the approver must be another manager."""
    with vault.transaction() as conn:
        request = _own_pending(conn, session, request_id)
    approver = auth.verify_approver(vault, username, password)
    problem: ClientSafeError | None = None
    if not allows(approver.role, Permission.REVEAL_APPROVE):
        problem = PermissionDenied(role=approver.role.label,
                                   action=Permission.REVEAL_APPROVE.label)
    elif approver.id == session.staff_id:
        problem = SelfApprovalRefused()
    if problem is not None:
        with vault.transaction() as conn:
            deny(conn, vault, session, action, customer_id=request.customer_id,
                 fields=request.fields, detail=f"approver staff #{approver.id} not allowed")
        raise problem
    return approver


def approve_on_the_spot(vault: Vault, session: Session, *, request_id: int,
                        manager_username: str, manager_password: str) -> RevealGrant:
    approver = _approver(vault, session, request_id, manager_username, manager_password,
                         Action.REVEAL_APPROVED)
    with vault.transaction() as conn:
        return _grant(conn, vault, _own_pending(conn, session, request_id), approver,
                      flagged=False)


def deny_on_the_spot(vault: Vault, session: Session, *, request_id: int, manager_username: str,
                     manager_password: str, reason: str) -> None:
    reason = _reason(reason)
    approver = _approver(vault, session, request_id, manager_username, manager_password,
                         Action.REVEAL_DENIED)
    with vault.transaction() as conn:
        _deny(conn, vault, _own_pending(conn, session, request_id), approver, reason)


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason or len(reason) > MAX_REASON:
        raise ReasonRequired(max_length=MAX_REASON)
    return reason


def _deny(conn: Connection, vault: Vault, request: RevealRequestInfo, approver: StaffMember,
          reason: str) -> None:
    now = vault.clock()
    if not reveal_repo.decide(conn, request.id, status="denied", decided_by=approver.id,
                              reason=reason, now=now):
        raise NotPending()
    audit_log.record(conn, at=now, action=str(Action.REVEAL_DENIED), actor_id=approver.id,
                     actor=approver.username, customer_id=request.customer_id,
                     fields=request.fields, purpose=request.reason_code,
                     detail=f"request #{request.id} of staff #{request.requester_id}")


def self_approve(vault: Vault, session: Session, *, request_id: int) -> RevealGrant:
    """A manager revealing for themselves: needs the request's reason; flagged for review."""
    authorize(vault, session, Permission.REVEAL_APPROVE, Action.REVEAL_APPROVED)
    with vault.transaction() as conn:
        request = _own_pending(conn, session, request_id)
        if not request.reason_text:
            raise ReasonRequired(max_length=MAX_REASON)
        me = StaffMember(session.staff_id, session.username, session.display_name, session.role,
                         True, False, 0, None, None, session.started_at)
        return _grant(conn, vault, request, me, flagged=True)


def decide(vault: Vault, session: Session, *, request_id: int, approve: bool,
           reason: str = "") -> RevealGrant | None:
    """A manager deciding a request from the Approvals inbox."""
    action = Action.REVEAL_APPROVED if approve else Action.REVEAL_DENIED
    authorize(vault, session, Permission.REVEAL_APPROVE, action)
    reason = reason if approve else _reason(reason)
    me = StaffMember(session.staff_id, session.username, session.display_name, session.role,
                     True, False, 0, None, None, session.started_at)
    with vault.transaction() as conn:
        request = reveal_repo.get_request(conn, request_id)
        if request is None or request.status != "pending":
            raise NotPending()
        if request.requester_id != session.staff_id:
            if approve:
                return _grant(conn, vault, request, me, flagged=False)
            _deny(conn, vault, request, me, reason)
            return None
        # Deciding one's own request from the inbox is refused; the refusal is audited, so it
        # is raised after the transaction that records it.
        deny(conn, vault, session, action, customer_id=request.customer_id,
             detail=f"request #{request_id}: own request")
    raise SelfApprovalRefused()


def pending_requests(vault: Vault, session: Session) -> list[RevealRequestInfo]:
    authorize(vault, session, Permission.REVEAL_APPROVE, Action.REVEAL_LISTED)
    with vault.transaction() as conn:
        found = reveal_repo.pending(conn)
        audit_log.record(conn, at=vault.clock(), action=str(Action.REVEAL_LISTED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"{len(found)} pending")
    return found


def my_requests(vault: Vault, session: Session) -> list[RevealRequestInfo]:
    authorize(vault, session, Permission.REVEAL_REQUEST, Action.REVEAL_LISTED)
    return reveal_repo.by_requester(vault.conn, session.staff_id)


def grant_for_request(vault: Vault, session: Session, request_id: int) -> RevealGrant | None:
    authorize(vault, session, Permission.REVEAL_REQUEST, Action.REVEAL_SHOWN)
    grant = reveal_repo.grant_for_request(vault.conn, request_id)
    if grant is None or grant.requester_id != session.staff_id:
        return None
    return grant


def _usable_grant(conn: Connection, vault: Vault, session: Session, grant_id: int, field: str,
                  action: Action) -> tuple[RevealGrant | None, ClientSafeError | None]:
    grant = reveal_repo.get_grant(conn, grant_id)
    if grant is None or grant.requester_id != session.staff_id or field not in grant.fields:
        deny(conn, vault, session, action, fields=(field,),
             customer_id=grant.customer_id if grant else None,
             detail=f"grant #{grant_id} not held by this user for this field")
        return None, PermissionDenied(role=session.role.label,
                                      action=Permission.REVEAL_REQUEST.label)
    if vault.clock() >= grant.expires_at:
        deny(conn, vault, session, action, customer_id=grant.customer_id, fields=(field,),
             detail=f"grant #{grant_id} expired")
        return None, RevealExpired()
    return grant, None


def reveal_value(vault: Vault, session: Session, *, grant_id: int, field: str) -> str:
    """The clear value of one granted field. Audited; refused after expiry."""
    authorize(vault, session, Permission.REVEAL_REQUEST, Action.REVEAL_SHOWN)
    value = ""
    with vault.transaction() as conn:
        grant, error = _usable_grant(conn, vault, session, grant_id, field, Action.REVEAL_SHOWN)
        if grant is not None:
            customer = customer_repo.get(conn, grant.customer_id)
            value = field_value(customer, field, customer_repo.extra_values(
                conn, customer.id)) if customer is not None else ""
            audit_log.record(conn, at=vault.clock(), action=str(Action.REVEAL_SHOWN),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=grant.customer_id, fields=(field,),
                             detail=f"grant #{grant_id}")
    if error is not None:
        raise error
    return value


def record_copy(vault: Vault, session: Session, *, grant_id: int, field: str) -> None:
    """Call before a revealed value goes onto the clipboard."""
    authorize(vault, session, Permission.REVEAL_REQUEST, Action.REVEAL_COPIED)
    with vault.transaction() as conn:
        grant, error = _usable_grant(conn, vault, session, grant_id, field, Action.REVEAL_COPIED)
        if grant is not None:
            audit_log.record(conn, at=vault.clock(), action=str(Action.REVEAL_COPIED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=grant.customer_id, fields=(field,),
                             detail=f"grant #{grant_id}")
    if error is not None:
        raise error


def record_remask(vault: Vault, session: Session, *, grant_id: int, reason: str) -> None:
    """The values went out of sight (timer, dialog closed, lock, logout)."""
    reason = reason if reason in REMASK_REASONS else "closed"
    refused = False
    with vault.transaction() as conn:
        grant = reveal_repo.get_grant(conn, grant_id)
        if grant is None or grant.requester_id != session.staff_id:
            deny(conn, vault, session, Action.REVEAL_REMASKED,
                 detail=f"grant #{grant_id} not held by this user")
            refused = True
        else:
            audit_log.record(conn, at=vault.clock(), action=str(Action.REVEAL_REMASKED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=grant.customer_id, fields=grant.fields,
                             detail=f"grant #{grant_id}: {reason}")
    if refused:
        raise PermissionDenied(role=session.role.label, action=Permission.REVEAL_REQUEST.label)
