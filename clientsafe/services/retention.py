"""Retention per customer, relationship ends, legal holds and the destruction queue.

The rule lives in core.retention; here it is fed from the vault and enforced. Hold reasons are
staff's words: stored with the hold and shown to managers, never written to the audit trail.
"""

from __future__ import annotations

from datetime import date

from clientsafe.core.audit_actions import Action
from clientsafe.core.consent import RetentionStart
from clientsafe.core.errors import ClientSafeError, ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.retention import (
    DueCustomer,
    RetentionInputs,
    RetentionStatus,
    evaluate,
    queue_entry,
)
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.core.validators import staff_text
from clientsafe.services.customer_records import load_in_scope
from clientsafe.services.disclosure_settings import limits
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, customer_repo, retention_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

MAX_REASON = 500
PURPOSE = "retention"


class NotEnrolled(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This customer is not registered for that service; refresh the record.")


class KeptFromLastVisit(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "That service keeps data from the customer's last visit, so there is no end "
                  "of relationship to record; nothing was changed.")


class EndDateInFuture(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "A relationship cannot end in the future; choose today or an earlier day.")


class EndDateBeforeEnrolment(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "A relationship cannot end before the customer registered for the service; "
                  "choose the day they registered or a later one.")


class HoldReasonMissing(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Type why the data must be kept, in at most {limit} characters (for example "
                  "the claim or case it is needed for).")


class AlreadyOnHold(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This customer is already on legal hold; refresh the record to see it.")
    exit_status = 2


class NotOnHold(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This customer is not on legal hold any more; refresh the record.")
    exit_status = 2


def evaluate_in(conn: Connection, customer_id: int) -> RetentionStatus | None:
    """The rule for one customer, read inside the caller's transaction."""
    found = retention_repo.inputs_for(conn, [customer_id], limits(conn).default_retention_months)
    inputs: RetentionInputs | None = found.get(customer_id)
    return None if inputs is None else evaluate(inputs)


def queue_entry_in(conn: Connection, customer_id: int, today: date) -> DueCustomer | None:
    """This customer's line of the destruction queue right now (None: neither due nor held)."""
    status = evaluate_in(conn, customer_id)
    if status is None:
        return None
    request = retention_repo.verified_deletions(conn, customer_id).get(customer_id)
    name = customer_repo.names(conn, [customer_id]).get(customer_id, "")
    return queue_entry(status, name, today, request)


def status(vault: Vault, session: Session, customer_id: int) -> RetentionStatus:
    """Part of reading the record (opening it is the audited access), so not audited again."""
    authorize(vault, session, Permission.CUSTOMER_OPEN, Action.CUSTOMER_VIEWED)
    with vault.transaction() as conn:
        _, error = load_in_scope(conn, vault, session, customer_id, Action.CUSTOMER_VIEWED)
        found = evaluate_in(conn, customer_id) if error is None else None
    if error is not None:
        raise error
    assert found is not None
    return found


def end_relationship(vault: Vault, session: Session, customer_id: int, service_id: int, *,
                     on: date) -> None:
    """Record the day the customer's relationship with a service ended (again: corrects it);
    that service's retention period runs from then."""
    authorize(vault, session, Permission.RETENTION_MANAGE, Action.RELATIONSHIP_ENDED)
    now = vault.clock()
    error: ClientSafeError | None = None
    with vault.transaction() as conn:
        _, error = load_in_scope(conn, vault, session, customer_id, Action.RELATIONSHIP_ENDED)
        if error is None:
            enrolled = retention_repo.enrolment(conn, customer_id, service_id)
            if enrolled is None:
                error = NotEnrolled()
            elif enrolled[0] is not RetentionStart.END_OF_RELATIONSHIP:
                error = KeptFromLastVisit()
            elif on > now.date():
                error = EndDateInFuture()
            elif on < enrolled[1]:
                error = EndDateBeforeEnrolment()
        if error is None:
            retention_repo.set_ended_on(conn, customer_id, service_id, on)
            audit_log.record(conn, at=now, action=str(Action.RELATIONSHIP_ENDED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=customer_id, purpose=PURPOSE,
                             detail=f"service #{service_id}")
    if error is not None:
        raise error


def place_hold(vault: Vault, session: Session, customer_id: int, *, reason: str) -> int:
    """Suspend destruction of this customer's data; returns the hold's id."""
    authorize(vault, session, Permission.RETENTION_MANAGE, Action.LEGAL_HOLD_PLACED)
    reason = staff_text(reason, MAX_REASON, HoldReasonMissing(limit=MAX_REASON), required=True)
    now = vault.clock()
    hold_id = 0
    with vault.transaction() as conn:
        _, error = load_in_scope(conn, vault, session, customer_id, Action.LEGAL_HOLD_PLACED)
        if error is None and retention_repo.active_hold(conn, customer_id) is not None:
            error = AlreadyOnHold()
        if error is None:
            hold_id = retention_repo.place_hold(conn, customer_id, reason=reason,
                                                placed_by=session.staff_id, now=now)
            audit_log.record(conn, at=now, action=str(Action.LEGAL_HOLD_PLACED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=customer_id, purpose=PURPOSE,
                             detail=f"hold #{hold_id}")
    if error is not None:
        raise error
    return hold_id


def release_hold(vault: Vault, session: Session, customer_id: int) -> None:
    """End the customer's legal hold; their retention applies again from now on."""
    authorize(vault, session, Permission.RETENTION_MANAGE, Action.LEGAL_HOLD_RELEASED)
    now = vault.clock()
    with vault.transaction() as conn:
        _, error = load_in_scope(conn, vault, session, customer_id, Action.LEGAL_HOLD_RELEASED)
        hold = retention_repo.active_hold(conn, customer_id) if error is None else None
        if error is None and hold is None:
            error = NotOnHold()
        if hold is not None:
            retention_repo.release_hold(conn, hold.id, released_by=session.staff_id, now=now)
            audit_log.record(conn, at=now, action=str(Action.LEGAL_HOLD_RELEASED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=customer_id, purpose=PURPOSE,
                             detail=f"hold #{hold.id}")
    if error is not None:
        raise error


def queue(conn: Connection, today: date, *, with_names: bool = True) -> list[DueCustomer]:
    """Everyone due (by retention or a verified deletion request) and everyone on hold: due
    first, oldest first; then the held, longest held first. Without names for a mere count."""
    months = limits(conn).default_retention_months
    requests = retention_repo.verified_deletions(conn)
    holds = {h.customer_id for h in retention_repo.active_holds(conn)}
    ids = set(retention_repo.candidate_ids(conn, today, months)) | set(requests) | holds
    inputs = retention_repo.inputs_for(conn, sorted(ids), months)
    found_names = customer_repo.names(conn, inputs) if with_names else {}
    entries = [queue_entry(evaluate(i), found_names.get(i.customer_id, ""), today,
                           requests.get(i.customer_id)) for i in inputs.values()]
    due = sorted((e for e in entries if e is not None and not e.held),
                 key=lambda e: (e.due_since or today, e.customer_id))
    held = sorted((e for e in entries if e is not None and e.hold is not None),
                  key=lambda e: (e.hold.placed_at, e.customer_id))  # type: ignore[union-attr]
    return due + held


def due_count(vault: Vault, session: Session) -> int:
    """How many customers can be destroyed now (not those on hold): the status bar's reminder.
    Not audited when allowed: a number, no customer named."""
    authorize(vault, session, Permission.DESTRUCTION_APPROVE, Action.RETENTION_QUEUE_VIEWED)
    return sum(1 for e in queue(vault.conn, vault.clock().date(), with_names=False)
               if not e.held)


def due_queue(vault: Vault, session: Session) -> list[DueCustomer]:
    """The destruction queue for a manager's review; the held are listed, not destroyable."""
    authorize(vault, session, Permission.DESTRUCTION_APPROVE, Action.RETENTION_QUEUE_VIEWED)
    now = vault.clock()
    with vault.transaction() as conn:
        found = queue(conn, now.date())
        held = sum(1 for e in found if e.held)
        audit_log.record(conn, at=now, action=str(Action.RETENTION_QUEUE_VIEWED),
                         actor_id=session.staff_id, actor=session.username, purpose=PURPOSE,
                         detail=f"{len(found) - held} due, {held} on hold")
    return found

