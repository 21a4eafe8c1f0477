"""Entities as plain dataclasses. Shapes meant to grow: later issues add consent, encryption."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from clientsafe.core.roles import Role


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    failed_attempts: int
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class NewCustomer:
    full_name: str
    phone: str = ""
    email: str = ""
    national_id: str = ""
    address: str = ""
    date_of_birth: date | None = None
    assigned_staff_id: int | None = None


@dataclass(frozen=True, slots=True)
class Customer:
    id: int
    full_name: str
    phone: str
    email: str
    national_id: str
    address: str
    date_of_birth: date | None
    assigned_staff_id: int | None
    assigned_staff_name: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customer list: only what the list shows."""

    id: int
    full_name: str
    phone: str
    email: str
    assigned_staff_name: str
    created_at: datetime


class CustomerSort(StrEnum):
    NAME = "name"
    CREATED = "created"
    ASSIGNED = "assigned"


@dataclass(frozen=True, slots=True)
class NewTransaction:
    customer_id: int
    occurred_on: date
    amount_cents: int
    description: str
    currency: str = "CNY"


@dataclass(frozen=True, slots=True)
class TransactionRow:
    id: int
    customer_id: int | None  # None once the customer was destroyed (the payment stays)
    customer_name: str  # "" once the customer was destroyed
    occurred_on: date
    amount_cents: int
    currency: str
    description: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    actor_id: int | None
    actor: str
    action: str
    customer_id: int | None
    fields: tuple[str, ...]
    purpose: str
    outcome: str
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class VaultInfo:
    vault_id: str
    business_name: str
    created_at: datetime
    is_demo: bool
    schema_version: int


@dataclass(frozen=True, slots=True)
class RevealRequestInfo:
    id: int
    requester_id: int
    requester_name: str
    customer_id: int
    customer_name: str
    fields: tuple[str, ...]
    reason_code: str
    reason_text: str
    minutes: int
    status: str  # pending | approved | denied
    created_at: datetime
    decided_by_name: str
    decision_reason: str


@dataclass(frozen=True, slots=True)
class RevealGrant:
    id: int
    request_id: int
    requester_id: int
    customer_id: int
    fields: tuple[str, ...]
    expires_at: datetime
    flagged: bool  # a manager approved their own request: for the security officer's review
