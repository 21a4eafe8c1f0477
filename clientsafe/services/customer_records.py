"""Opening one customer's record: scoped, masked by role, audited, and rate-limited.

Masks are made here from the real values, so a value a role may not read never leaves the
service. A person who opens more records in a short window than the business allows is locked
out (and the security officer is alerted): a guard against copying the customer list by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from clientsafe.core.audit_actions import Action, Outcome
from clientsafe.core.disclosure import BULK_VIEW_LOCK_MINUTES
from clientsafe.core.entities import Customer
from clientsafe.core.errors import (
    AccountLocked,
    ClientSafeError,
    CustomerNotFound,
    CustomerOutOfScope,
)
from clientsafe.core.field_access import (
    CUSTOMER_FIELDS,
    Access,
    FieldClass,
    access,
    access_for_class,
)
from clientsafe.core.field_catalog import ENTITY_FIELDS
from clientsafe.core.masking import mask, mask_by_rule
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import catalog
from clientsafe.services.disclosure_settings import limits
from clientsafe.services.policy import authorize, deny
from clientsafe.vault import audit_log, audit_query, customer_repo, staff_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault


@dataclass(frozen=True, slots=True)
class ShownField:
    key: str
    label: str  # English; the UI translates it (context "fields")
    field_class: FieldClass
    text: str  # masked when `masked` is True
    masked: bool
    revealable: bool


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    id: int
    assigned_staff_name: str
    created_at: datetime
    fields: tuple[ShownField, ...]


def field_value(customer: Customer, key: str, extra: dict[str, str] | None = None) -> str:
    """A field's stored text: a built-in column, or (bank account, custom fields) one of the
    customer's other values."""
    if key not in ENTITY_FIELDS:
        return (extra or {}).get(key, "")
    value = getattr(customer, key)
    if value is None:
        return ""
    return value.isoformat() if key == "date_of_birth" else str(value)


def held_values(conn: Connection, customer: Customer) -> dict[str, str]:
    """Every value the customer holds, by field key: the built-in columns (in ENTITY_FIELDS
    order), then the other values; a field without a value is left out."""
    values = {key: field_value(customer, key) for key in ENTITY_FIELDS}
    values.update(customer_repo.extra_values(conn, customer.id))
    return {k: v for k, v in values.items() if v}


def catalog_access(conn: Connection, session: Session, keys: Sequence[str]) -> dict[str, Access]:
    """How this role may see each of these catalog fields; unknown keys are left out."""
    fields = catalog.by_key(conn)
    return {k: access_for_class(session.role, fields[k].field_class) for k in keys if k in fields}


def load_in_scope(conn: Connection, vault: Vault, session: Session, customer_id: int,
                  action: Action) -> tuple[Customer | None, ClientSafeError | None]:
    """The customer if this session may work on them; otherwise the refusal, already audited."""
    customer = customer_repo.get(conn, customer_id)
    if customer is None:
        deny(conn, vault, session, action, detail="no such customer")
        return None, CustomerNotFound()
    if session.sees_only_assigned_customers and customer.assigned_staff_id != session.staff_id:
        deny(conn, vault, session, action, customer_id=customer_id,
             detail="customer assigned to someone else")
        return None, CustomerOutOfScope(staff=customer.assigned_staff_name or "-")
    return customer, None


def open_record(vault: Vault, session: Session, customer_id: int) -> CustomerRecord:
    authorize(vault, session, Permission.CUSTOMER_OPEN, Action.CUSTOMER_VIEWED)
    now = vault.clock()
    record: CustomerRecord | None = None
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, customer_id,
                                        Action.CUSTOMER_VIEWED)
        if customer is not None:
            error = _bulk_view_guard(conn, vault, session, customer_id, now)
        if customer is not None and error is None:
            record = _record(conn, session, customer)
            audit_log.record(
                conn, at=now, action=str(Action.CUSTOMER_VIEWED), actor_id=session.staff_id,
                actor=session.username, customer_id=customer_id,
                fields=tuple(f.key for f in record.fields if not f.masked),
                detail="masked: " + ",".join(f.key for f in record.fields if f.masked),
            )
    if error is not None:
        raise error
    assert record is not None
    return record


def _record(conn: Connection, session: Session, customer: Customer) -> CustomerRecord:
    shown = []
    for spec in CUSTOMER_FIELDS:
        level = access(session.role, spec.key)
        if level is Access.HIDDEN:
            continue
        value = field_value(customer, spec.key)
        masked = level is Access.MASKED and bool(value)
        shown.append(ShownField(spec.key, spec.label, spec.field_class,
                                mask(spec.key, value) if masked else value, masked,
                                revealable=masked and session.can(Permission.REVEAL_REQUEST)))
    fields = catalog.by_key(conn)
    for key, value in customer_repo.extra_values(conn, customer.id).items():
        field = fields.get(key)
        level = access_for_class(session.role, field.field_class) if field else Access.HIDDEN
        if field is None or level is Access.HIDDEN:
            continue
        masked = level is Access.MASKED
        shown.append(ShownField(key, field.label_en, field.field_class,
                                mask_by_rule(field.mask_rule.value, value) if masked else value,
                                masked,
                                revealable=masked and session.can(Permission.REVEAL_REQUEST)))
    return CustomerRecord(customer.id, customer.assigned_staff_name, customer.created_at,
                          tuple(shown))


def _bulk_view_guard(conn: Connection, vault: Vault, session: Session, customer_id: int,
                     now: datetime) -> ClientSafeError | None:
    policy = limits(conn)
    since = now - timedelta(minutes=policy.bulk_view_window_minutes)
    opened = audit_query.count_recent(conn, actor_id=session.staff_id,
                                    action=str(Action.CUSTOMER_VIEWED), since=since)
    if opened < policy.bulk_view_limit:
        return None
    staff_repo.lock_until(conn, session.staff_id,
                          until=now + timedelta(minutes=BULK_VIEW_LOCK_MINUTES), now=now)
    audit_log.record(conn, at=now, action=str(Action.BULK_VIEW_LOCKOUT), outcome=Outcome.DENIED,
                     actor_id=session.staff_id, actor=session.username, customer_id=customer_id,
                     detail=f"{opened} records opened in {policy.bulk_view_window_minutes} min")
    return AccountLocked(minutes=BULK_VIEW_LOCK_MINUTES)
