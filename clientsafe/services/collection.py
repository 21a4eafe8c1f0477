"""Collection requests ("minimum necessary"): a field joins a service only when the security
officer approves a written necessity statement; the intake form then shows it and the consent
notice lists it. Every step is audited."""

from __future__ import annotations

from clientsafe.core import collection as rules
from clientsafe.core.audit_actions import Action
from clientsafe.core.collection import CollectionRequest, RequestStatus
from clientsafe.core.consent import IntakeForm
from clientsafe.core.field_catalog import NAME_FIELD
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.catalog import by_key
from clientsafe.services.notices import ServiceNotFound, intake_form, publish_if_changed
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, collection_repo, service_repo
from clientsafe.vault.vault import Vault


class UnknownField(rules.FieldNotCollected):
    pass


def request_field(vault: Vault, session: Session, *, service_id: int, field_key: str,
                  required: bool, necessity_use: str, necessity_without: str) -> int:
    authorize(vault, session, Permission.SERVICES_MANAGE, Action.COLLECTION_REQUESTED)
    use, without = rules.statement(necessity_use), rules.statement(necessity_without)
    now = vault.clock()
    with vault.transaction() as conn:
        field = by_key(conn).get(field_key)
        if field is None or not field.active or field_key == NAME_FIELD:
            raise UnknownField(field=field_key)
        if service_repo.get(conn, service_id) is None:
            raise ServiceNotFound()
        if collection_repo.live_exists(conn, service_id, field_key):
            raise rules.AlreadyRequested()
        request_id = collection_repo.insert(
            conn, service_id=service_id, field_key=field_key, required=required,
            necessity_use=use, necessity_without=without, requested_by=session.staff_id,
            now=now)
        audit_log.record(conn, at=now, action=str(Action.COLLECTION_REQUESTED),
                         actor_id=session.staff_id, actor=session.username, fields=(field_key,),
                         detail=f"service #{service_id} request #{request_id}"
                                f" {'required' if required else 'optional'}")
    return request_id


def decide(vault: Vault, session: Session, request_id: int, *, approve: bool,
           reason: str) -> None:
    """The security officer approves or rejects, with a reason; not their own request."""
    action = Action.COLLECTION_APPROVED if approve else Action.COLLECTION_REJECTED
    authorize(vault, session, Permission.COLLECTION_APPROVE, action)
    why = rules.reason(reason)
    now = vault.clock()
    with vault.transaction() as conn:
        request = collection_repo.get(conn, request_id)
        if request is None or request.status is not RequestStatus.PENDING:
            raise rules.NotPending()
        if request.requested_by_id == session.staff_id:
            raise rules.OwnRequest()
        status = RequestStatus.APPROVED if approve else RequestStatus.REJECTED
        if not collection_repo.decide(conn, request_id, status, decided_by=session.staff_id,
                                      reason=why, now=now, from_status=RequestStatus.PENDING):
            raise rules.NotPending()
        note = publish_if_changed(conn, request.service_id, now=now) if approve else ""
        audit_log.record(conn, at=now, action=str(action), actor_id=session.staff_id,
                         actor=session.username, fields=(request.field_key,),
                         detail=f"service #{request.service_id} request #{request_id}{note}")


def retire(vault: Vault, session: Session, request_id: int, *, reason: str) -> None:
    """Stop collecting an approved field (values already held stay until their retention
    ends); the notice is republished without it."""
    authorize(vault, session, Permission.COLLECTION_APPROVE, Action.COLLECTION_RETIRED)
    why = rules.reason(reason)
    now = vault.clock()
    with vault.transaction() as conn:
        request = collection_repo.get(conn, request_id)
        if request is None or not collection_repo.decide(
                conn, request_id, RequestStatus.RETIRED, decided_by=session.staff_id,
                reason=why, now=now, from_status=RequestStatus.APPROVED):
            raise rules.NotPending()
        note = publish_if_changed(conn, request.service_id, now=now)
        audit_log.record(conn, at=now, action=str(Action.COLLECTION_RETIRED),
                         actor_id=session.staff_id, actor=session.username,
                         fields=(request.field_key,),
                         detail=f"service #{request.service_id} request #{request_id}{note}")


def requests(vault: Vault, session: Session, *, service_id: int | None = None,
             statuses: tuple[RequestStatus, ...] = ()) -> list[CollectionRequest]:
    """Requests for the services screens (no customer data, so not audited per read)."""
    if not session.can(Permission.COLLECTION_APPROVE):
        authorize(vault, session, Permission.SERVICES_MANAGE, Action.COLLECTION_REQUESTED)
    return collection_repo.listing(vault.conn, service_id=service_id, statuses=statuses)


def form(vault: Vault, session: Session, service_id: int, language: str = "en") -> IntakeForm:
    """What the intake form of a service shows: only its approved fields."""
    authorize(vault, session, Permission.CUSTOMERS_CREATE, Action.CUSTOMER_CREATED)
    return intake_form(vault.conn, service_id, language)
