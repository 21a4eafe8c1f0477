"""The register of rights requests: received, identity verified, answered in time.

The deadline is fixed when a request is registered (the business's setting, default 15 days).
Staff notes (details, response) are stored with the request but never in the audit trail,
which holds the request number, its kind and status codes. A verified deletion request moves to
"in progress" at once and waits in the destruction queue, where a manager's approved destruction
completes it; it is never completed here.

A request from someone the vault holds nothing about is registered with their name and how to
reach them (`register_outside`). There is nothing to disclose or destroy, so it may be completed
without an identity check, and a deletion request of theirs is completed here; but only by staff
who can search every customer (front desk sees only their own, so cannot tell that nobody holds
the person; they register and may refuse). Its contact details are erased when it is closed,
and the requester's name and the notes once the business's default retention period has passed
since the answer. Front desk sees only the ones they registered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from clientsafe.core.audit_actions import Action
from clientsafe.core.errors import ClientSafeError, CustomerNotFound, ValidationError
from clientsafe.core.field_access import Access, FieldClass, access_for_class
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.retention import add_months
from clientsafe.core.rights import (
    RequestChannel,
    RightsKind,
    RightsRequest,
    RightsStatus,
    Verification,
    days_left,
    due_date,
)
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.core.validators import staff_text
from clientsafe.services.customer_records import load_in_scope
from clientsafe.services.disclosure_settings import limits
from clientsafe.services.policy import authorize, deny
from clientsafe.vault import audit_log, customer_repo, rights_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

MAX_LATE_DAYS = 90  # a request may be registered up to this long after it arrived
MAX_DETAILS = 2000
MAX_RESPONSE = 2000
MAX_REQUESTER = 200  # the requester's name, and their contact details
# Stored as the response of a verified deletion request while it waits for destruction.
DELETION_QUEUED = QT_TRANSLATE_NOOP(
    "rights", "Identity verified; the customer's data is queued for destruction once a manager "
              "approves it.")


class ReceivedInFuture(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The date received cannot be in the future; enter when the request arrived.")


class ReceivedTooLongAgo(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Enter a date received within the last {days} days; older requests cannot be "
                  "registered late.")


class NoteTooLong(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Shorten the note to at most {max_length} characters.")


class RequesterNameRequired(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Enter the requester's name, in at most {max_length} characters.")


class RequesterContactRequired(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Enter how to send the answer (a phone number, e-mail or postal address), in "
                  "at most {max_length} characters.")


class OutsideNeedsFullSearch(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "A manager completes this request, after searching all customers for the "
                  "person; you can refuse it or leave it to a manager.")


class RequestNotFound(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "That rights request no longer exists; refresh the list.")
    exit_status = 2


class RequestClosed(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This request has already been answered; refresh to see its outcome.")


class AlreadyVerified(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The customer's identity has already been verified for this request; "
                  "refresh to see who verified it.")


class IdentityNotVerified(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Verify the customer's identity before completing the request.")


class ResponseRequired(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Write the answer given to the customer, in at most {max_length} characters.")


class RefusalNeedsReason(ResponseRequired):
    template = QT_TRANSLATE_NOOP(
        "errors", "Explain to the customer why the request is refused, in at most {max_length} "
                  "characters.")


class DeletionNeedsDestruction(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "A deletion request is completed by destroying the customer's data; a manager "
                  "approves it in the destruction queue.")


@dataclass(frozen=True, slots=True)
class RightsRequestRow:
    request: RightsRequest
    customer_name: str  # the requester's name for a request from outside the vault; '' when
    # the role may not see names or the customer was destroyed
    customer_exists: bool  # False for a destroyed customer and for a request from outside
    days_left: int | None  # None once the request is closed


def deadline_days(vault: Vault) -> int:
    """The business's deadline for answering, in days (for the new-request dialog's hint)."""
    return limits(vault.conn).rights_deadline_days


def _detail(request: RightsRequest, status: RightsStatus | None = None) -> str:
    """Fixed wording for the audit trail: number, kind and status codes, never the notes."""
    return f"request #{request.id}: {request.kind.value}, {(status or request.status).value}"


def _received(now: datetime, received_at: datetime | None) -> datetime:
    received = now if received_at is None else received_at
    if received.tzinfo is None:
        raise ValueError("received_at must carry its time zone")  # a caller's mistake
    if received > now:
        raise ReceivedInFuture()
    if received < now - timedelta(days=MAX_LATE_DAYS):
        raise ReceivedTooLongAgo(days=MAX_LATE_DAYS)
    return received


def register(vault: Vault, session: Session, customer_id: int, *, kind: RightsKind,
             channel: RequestChannel, received_at: datetime | None = None,
             details: str = "") -> int:
    authorize(vault, session, Permission.RIGHTS_MANAGE, Action.RIGHTS_REQUEST_REGISTERED)
    now = vault.clock()
    received = _received(now, received_at)
    details = staff_text(details, MAX_DETAILS, NoteTooLong(max_length=MAX_DETAILS))
    kind, channel = RightsKind(kind), RequestChannel(channel)
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, customer_id,
                                        Action.RIGHTS_REQUEST_REGISTERED)
        if customer is not None:
            due = due_date(received, limits(conn).rights_deadline_days)
            request_id = rights_repo.add(conn, customer_id=customer_id, kind=kind,
                                         channel=channel, received_at=received, details=details,
                                         due_at=due, registered_by=session.staff_id)
            audit_log.record(conn, at=now, action=str(Action.RIGHTS_REQUEST_REGISTERED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=customer_id,
                             detail=f"request #{request_id}: {kind.value}, {channel.value},"
                                    f" due {due.date().isoformat()}")
    if error is not None:
        raise error
    return request_id


def register_outside(vault: Vault, session: Session, *, name: str, contact: str,
                     kind: RightsKind, channel: RequestChannel,
                     received_at: datetime | None = None, details: str = "") -> int:
    """A request from someone the vault does not hold: their name and how to answer them stand
    in for a customer record. The audit entry names neither."""
    authorize(vault, session, Permission.RIGHTS_MANAGE, Action.RIGHTS_REQUEST_REGISTERED)
    now = vault.clock()
    received = _received(now, received_at)
    name = staff_text(name, MAX_REQUESTER, RequesterNameRequired(max_length=MAX_REQUESTER),
                      required=True)
    contact = staff_text(contact, MAX_REQUESTER,
                         RequesterContactRequired(max_length=MAX_REQUESTER), required=True)
    details = staff_text(details, MAX_DETAILS, NoteTooLong(max_length=MAX_DETAILS))
    kind, channel = RightsKind(kind), RequestChannel(channel)
    with vault.transaction() as conn:
        due = due_date(received, limits(conn).rights_deadline_days)
        request_id = rights_repo.add(conn, customer_id=None, kind=kind, channel=channel,
                                     received_at=received, details=details, due_at=due,
                                     registered_by=session.staff_id, requester_name=name,
                                     requester_contact=contact)
        audit_log.record(conn, at=now, action=str(Action.RIGHTS_REQUEST_REGISTERED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=f"request #{request_id}: {kind.value}, {channel.value},"
                                f" due {due.date().isoformat()}; from someone not in the vault")
    return request_id


def _load(conn: Connection, vault: Vault, session: Session, request_id: int, action: Action,
          *, allow_destroyed: bool = False) -> tuple[RightsRequest | None, ClientSafeError | None]:
    """The request if this session may work on it; otherwise the refusal, audited when it is
    about scope. A destroyed customer's request is only reachable by unscoped staff, to close."""
    request = rights_repo.get(conn, request_id)
    if request is None:
        deny(conn, vault, session, action, detail=f"request #{int(request_id)}: no such request")
        return None, RequestNotFound()
    if request.customer_id is None:
        if session.sees_only_assigned_customers and request.registered_by_id != session.staff_id:
            deny(conn, vault, session, action,
                 detail=f"request #{request_id}: registered by someone else")
            return None, RequestNotFound()
        return request, None
    if not customer_repo.names(conn, [request.customer_id]):
        if allow_destroyed and not session.sees_only_assigned_customers:
            return request, None
        deny(conn, vault, session, action, customer_id=request.customer_id,
             detail=f"request #{request_id}: customer no longer held")
        return None, CustomerNotFound()
    _, error = load_in_scope(conn, vault, session, request.customer_id, action)
    return (None, error) if error is not None else (request, None)


def verify_identity(vault: Vault, session: Session, request_id: int, how: Verification) -> None:
    """Record who checked the customer's identity, how and when. A deletion request then
    waits for destruction (in progress, with a fixed response)."""
    authorize(vault, session, Permission.RIGHTS_MANAGE, Action.RIGHTS_REQUEST_UPDATED)
    how = Verification(how)
    now = vault.clock()
    with vault.transaction() as conn:
        request, error = _load(conn, vault, session, request_id, Action.RIGHTS_REQUEST_UPDATED)
        if request is not None:
            if request.is_closed:
                raise RequestClosed()
            if request.verified_at is not None:
                raise AlreadyVerified()
            rights_repo.verify(conn, request_id, staff_id=session.staff_id, how=how, now=now)
            status = request.status
            if request.kind is RightsKind.DELETION and not request.from_outside:
                status = RightsStatus.IN_PROGRESS
                rights_repo.set_status(conn, request_id, status=status, response=DELETION_QUEUED)
            audit_log.record(conn, at=now, action=str(Action.RIGHTS_REQUEST_UPDATED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=request.customer_id,
                             detail=f"{_detail(request, status)}; identity verified ({how.value})")
    if error is not None:
        raise error


def set_in_progress(vault: Vault, session: Session, request_id: int) -> None:
    authorize(vault, session, Permission.RIGHTS_MANAGE, Action.RIGHTS_REQUEST_UPDATED)
    with vault.transaction() as conn:
        request, error = _load(conn, vault, session, request_id, Action.RIGHTS_REQUEST_UPDATED)
        if request is not None:
            if request.is_closed:
                raise RequestClosed()
            rights_repo.set_status(conn, request_id, status=RightsStatus.IN_PROGRESS)
            audit_log.record(conn, at=vault.clock(), action=str(Action.RIGHTS_REQUEST_UPDATED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=request.customer_id,
                             detail=_detail(request, RightsStatus.IN_PROGRESS))
    if error is not None:
        raise error


def close(vault: Vault, session: Session, request_id: int, *, status: RightsStatus,
          response: str) -> None:
    """Answer the request: completed (identity verified first) or refused (saying why)."""
    authorize(vault, session, Permission.RIGHTS_MANAGE, Action.RIGHTS_REQUEST_CLOSED)
    status = RightsStatus(status)
    if status is RightsStatus.COMPLETED:
        response = staff_text(response, MAX_RESPONSE, ResponseRequired(max_length=MAX_RESPONSE),
                              required=True)
    elif status is RightsStatus.REFUSED:
        response = staff_text(response, MAX_RESPONSE,
                              RefusalNeedsReason(max_length=MAX_RESPONSE), required=True)
    else:
        raise ValueError("a request is closed as completed or refused")
    now = vault.clock()
    with vault.transaction() as conn:
        request, error = _load(conn, vault, session, request_id, Action.RIGHTS_REQUEST_CLOSED,
                               allow_destroyed=True)
        if request is not None:
            if request.is_closed:
                raise RequestClosed()
            # Nothing is disclosed to, or destroyed for, someone the vault does not hold; but
            # "we hold nothing about you" needs someone who can search every customer.
            if status is RightsStatus.COMPLETED and request.from_outside \
                    and session.sees_only_assigned_customers:
                raise OutsideNeedsFullSearch()
            if status is RightsStatus.COMPLETED and not request.from_outside:
                if request.kind is RightsKind.DELETION:
                    raise DeletionNeedsDestruction()
                if request.verified_at is None:
                    raise IdentityNotVerified()
            rights_repo.close(conn, request_id, status=status, response=response,
                              staff_id=session.staff_id, now=now)
            audit_log.record(conn, at=now, action=str(Action.RIGHTS_REQUEST_CLOSED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=request.customer_id, detail=_detail(request, status))
    if error is not None:
        raise error


def _rows(conn: Connection, session: Session, requests: list[RightsRequest], now: datetime
          ) -> list[RightsRequestRow]:
    names = access_for_class(session.role, FieldClass.BASIC) is Access.VISIBLE
    held = customer_repo.names(conn, sorted({r.customer_id for r in requests
                                             if r.customer_id is not None}))

    def name(r: RightsRequest) -> str:
        if not names:
            return ""
        return r.requester_name if r.customer_id is None else held.get(r.customer_id, "")

    return [RightsRequestRow(r, name(r), r.customer_id in held,
                             None if r.is_closed else days_left(r.due_at, now))
            for r in requests]


def list_requests(vault: Vault, session: Session, *, open_only: bool = True,
                  customer_id: int | None = None) -> list[RightsRequestRow]:
    """Unanswered requests by deadline (then, with `open_only` False, answered ones, latest
    first). Front desk sees only their own customers' requests."""
    authorize(vault, session, Permission.RIGHTS_MANAGE, Action.RIGHTS_REQUESTS_LISTED)
    now = vault.clock()
    rows: list[RightsRequestRow] = []
    with vault.transaction() as conn:
        error: ClientSafeError | None = None
        if customer_id is not None:
            _, error = load_in_scope(conn, vault, session, customer_id,
                                     Action.RIGHTS_REQUESTS_LISTED)
        if error is None:
            # Housekeeping while the register is open anyway (in a write transaction): what
            # is kept of someone not in the vault goes once it no longer proves an answer.
            rights_repo.forget_outside_requesters(
                conn, closed_before=add_months(now.date(), -limits(conn).default_retention_months))
            found = rights_repo.listing(
                conn, open_only=open_only, customer_id=customer_id,
                assigned_to=session.staff_id if session.sees_only_assigned_customers else None)
            rows = _rows(conn, session, found, now)
            audit_log.record(conn, at=now, action=str(Action.RIGHTS_REQUESTS_LISTED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=customer_id,
                             detail=f"{len(rows)} {'open' if open_only else 'all'} requests")
    if error is not None:
        raise error
    return rows


@dataclass(frozen=True, slots=True)
class DeadlineCounts:
    overdue: int
    due_soon: int  # within DUE_SOON_DAYS, not yet overdue


DUE_SOON_DAYS = 3


def deadline_counts(vault: Vault, session: Session) -> DeadlineCounts:
    """How many unanswered requests (of this person's customers, for front desk) are overdue or
    due within three days: the status bar's reminder. Not audited when allowed: numbers only,
    no customer and no request is named."""
    authorize(vault, session, Permission.RIGHTS_MANAGE, Action.RIGHTS_REQUESTS_LISTED)
    now = vault.clock()
    found = rights_repo.listing(
        vault.conn, open_only=True,
        assigned_to=session.staff_id if session.sees_only_assigned_customers else None)
    left = [days_left(r.due_at, now) for r in found]
    return DeadlineCounts(sum(1 for d in left if d < 0),
                          sum(1 for d in left if 0 <= d <= DUE_SOON_DAYS))


def get_request(vault: Vault, session: Session, request_id: int) -> RightsRequestRow:
    """One request with its notes (audited as a listing of that one request)."""
    authorize(vault, session, Permission.RIGHTS_MANAGE, Action.RIGHTS_REQUESTS_LISTED)
    now = vault.clock()
    with vault.transaction() as conn:
        request, error = _load(conn, vault, session, request_id, Action.RIGHTS_REQUESTS_LISTED,
                               allow_destroyed=True)
        if request is not None:
            row = _rows(conn, session, [request], now)[0]
            audit_log.record(conn, at=now, action=str(Action.RIGHTS_REQUESTS_LISTED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=request.customer_id,
                             detail=f"request #{request_id}")
    if error is not None:
        raise error
    return row
