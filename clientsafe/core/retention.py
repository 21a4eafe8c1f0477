"""Retention: how long a customer's data is kept, when it is due for destruction, and what is
left of a customer once destroyed (the tombstone).

The rule. Each service a customer is enrolled in keeps their data for its retention period
after its start event: the end of the relationship (the day staff recorded it ended; while it
goes on, nothing is due) or the customer's last visit (the latest of their transactions, consent
records and the day they were added). The customer is due when every service's period has run
out, so the latest end date wins. A customer enrolled in no service is kept for the business's
default period after their last visit. An active legal hold suspends all of it. A verified
deletion request makes a customer due at once (it goes through the same destruction).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from clientsafe.core.consent import RetentionStart
from clientsafe.core.i18n import QT_TRANSLATE_NOOP

# Categories of what a destruction removes, in the order a certificate lists them.
DESTROYED_KINDS: tuple[str, ...] = (
    "customers", "customer_fields", "blind_index", "transactions", "transactions_unlinked",
    "consent_events", "consent_decisions", "customer_services", "sharing_records", "corrections",
    "legal_holds", "reveal_requests", "reveal_grants", "rights_requests_blanked")
# Kinds earlier versions removed and this one no longer does: payments were deleted before they
# were kept for the accounts (0009). Their counts stay on old tombstones and certificates.
RETIRED_KINDS: frozenset[str] = frozenset({"transactions"})
DESTROYED_LABELS: dict[str, str] = {
    "customers": QT_TRANSLATE_NOOP("retention", "Customer record (name and name search keys)"),
    "customer_fields": QT_TRANSLATE_NOOP("retention", "Encrypted field values"),
    "blind_index": QT_TRANSLATE_NOOP("retention", "Look-up index entries"),
    "transactions": QT_TRANSLATE_NOOP("retention", "Transactions"),
    "transactions_unlinked": QT_TRANSLATE_NOOP(
        "retention", "Payments (link to the customer and description erased; date and amount "
                     "kept for the accounts)"),
    "consent_events": QT_TRANSLATE_NOOP("retention", "Consent records (with signatures)"),
    "consent_decisions": QT_TRANSLATE_NOOP("retention", "Consent decisions"),
    "customer_services": QT_TRANSLATE_NOOP("retention", "Service enrolments"),
    "sharing_records": QT_TRANSLATE_NOOP("retention", "Sharing register entries"),
    "corrections": QT_TRANSLATE_NOOP("retention", "Correction history entries"),
    "legal_holds": QT_TRANSLATE_NOOP("retention", "Legal hold records"),
    "reveal_requests": QT_TRANSLATE_NOOP("retention", "Requests to see masked fields"),
    "reveal_grants": QT_TRANSLATE_NOOP("retention", "Approvals to see masked fields"),
    "rights_requests_blanked": QT_TRANSLATE_NOOP(
        "retention", "Rights requests (notes and answers erased; dates kept)"),
}


class DestructionBasis(StrEnum):
    RETENTION = "retention"  # every retention period has run out
    DELETION_REQUEST = "deletion_request"  # the customer asked, and their identity was verified


BASIS_LABELS: dict[DestructionBasis, str] = {
    DestructionBasis.RETENTION: QT_TRANSLATE_NOOP("retention", "Retention period ended"),
    DestructionBasis.DELETION_REQUEST: QT_TRANSLATE_NOOP("retention", "Deletion request"),
}
START_LABELS: dict[RetentionStart, str] = {
    RetentionStart.END_OF_RELATIONSHIP: QT_TRANSLATE_NOOP("retention", "End of relationship"),
    RetentionStart.LAST_VISIT: QT_TRANSLATE_NOOP("retention", "Last visit"),
}


class RetentionState(StrEnum):
    ONGOING = "ongoing"  # a relationship goes on: kept, no end date yet
    KEPT = "kept"  # kept until its due date
    DUE = "due"  # due for destruction
    HELD = "held"  # a legal hold suspends destruction


def add_months(day: date, months: int) -> date:
    """`months` calendar months later, the day clamped to the month's length (31 Jan + 1 month
    is 28 or 29 Feb). Negative `months` go back."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def last_visit(added_on: date, *seen_on: date | None) -> date:
    """The latest day the customer was seen: added, a transaction, a consent record."""
    return max([added_on, *(d for d in seen_on if d is not None)])


@dataclass(frozen=True, slots=True)
class ServiceRetention:
    """One enrolment as the rule needs it."""

    service_id: int
    service_name: str
    months: int
    start: RetentionStart
    ended_on: date | None  # end of the relationship; None while it goes on


@dataclass(frozen=True, slots=True)
class Hold:
    id: int
    customer_id: int
    reason: str  # staff's words: shown to managers, never put in the audit trail
    placed_by: str  # display name
    placed_at: datetime


@dataclass(frozen=True, slots=True)
class RetentionInputs:
    customer_id: int
    added_on: date
    last_visit: date
    services: tuple[ServiceRetention, ...]
    default_months: int  # for a customer in no service
    hold: Hold | None = None


@dataclass(frozen=True, slots=True)
class ServicePeriod:
    """The reason for one part of the due date. service_id None: the default period of a
    customer enrolled in no service."""

    service_id: int | None
    service_name: str
    months: int
    start: RetentionStart
    start_on: date | None  # None: the relationship goes on
    due_on: date | None


@dataclass(frozen=True, slots=True)
class RetentionStatus:
    customer_id: int
    due_on: date | None  # None while any relationship goes on
    periods: tuple[ServicePeriod, ...]
    last_visit: date
    hold: Hold | None = None

    @property
    def held(self) -> bool:
        return self.hold is not None

    def is_due(self, today: date) -> bool:
        return not self.held and self.due_on is not None and self.due_on <= today

    def state(self, today: date) -> RetentionState:
        if self.held:
            return RetentionState.HELD
        if self.due_on is None:
            return RetentionState.ONGOING
        return RetentionState.DUE if self.due_on <= today else RetentionState.KEPT


def _period(service: ServiceRetention, visited: date) -> ServicePeriod:
    start = visited if service.start is RetentionStart.LAST_VISIT else service.ended_on
    return ServicePeriod(service.service_id, service.service_name, service.months, service.start,
                         start, None if start is None else add_months(start, service.months))


def evaluate(inputs: RetentionInputs) -> RetentionStatus:
    """The rule (module docstring) for one customer."""
    if inputs.services:
        periods = tuple(_period(s, inputs.last_visit) for s in inputs.services)
        ends = [p.due_on for p in periods]
        due = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
    else:
        due = add_months(inputs.last_visit, inputs.default_months)
        periods = (ServicePeriod(None, "", inputs.default_months, RetentionStart.LAST_VISIT,
                                 inputs.last_visit, due),)
    return RetentionStatus(inputs.customer_id, due, periods, inputs.last_visit, inputs.hold)


@dataclass(frozen=True, slots=True)
class DeletionRequestRef:
    """The verified deletion request a destruction answers."""

    id: int
    received_at: datetime
    verified_at: datetime | None


@dataclass(frozen=True, slots=True)
class DueCustomer:
    """A line of the destruction queue: due (basis set) or on hold (hold set), or both."""

    customer_id: int
    name: str
    basis: DestructionBasis | None  # None: on hold and not due
    due_since: date | None
    periods: tuple[ServicePeriod, ...] = ()
    request: DeletionRequestRef | None = None
    hold: Hold | None = None

    @property
    def held(self) -> bool:
        return self.hold is not None

    @property
    def destroyable(self) -> bool:
        return self.basis is not None and self.hold is None


def queue_entry(status: RetentionStatus, name: str, today: date,
                request: DeletionRequestRef | None) -> DueCustomer | None:
    """The queue line for one customer, or None when they are neither due nor held. A deletion
    request takes precedence over retention: destroying the customer also answers it."""
    if request is not None:
        since = (request.verified_at or request.received_at).date()
        return DueCustomer(status.customer_id, name, DestructionBasis.DELETION_REQUEST, since,
                           status.periods, request, status.hold)
    if status.due_on is not None and status.due_on <= today:
        return DueCustomer(status.customer_id, name, DestructionBasis.RETENTION, status.due_on,
                           status.periods, None, status.hold)
    if status.held:
        return DueCustomer(status.customer_id, name, None, None, status.periods, None,
                           status.hold)
    return None


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """The automatic-backup retention in force when a customer was destroyed: backups made
    before then still hold the data until they age out."""

    automatic: bool
    keep_daily: int
    keep_weekly: int

    def ages_out_by(self, destroyed_on: date) -> date | None:
        """When the last automatic backup from before `destroyed_on` is deleted, if backups go
        on being made (None: no automatic backups, so copies stay until deleted by hand)."""
        if not self.automatic:
            return None
        return destroyed_on + timedelta(days=max(self.keep_daily, 7 * self.keep_weekly))


@dataclass(frozen=True, slots=True)
class DestroyedSummary:
    """What one destruction removed (field keys and counts per kind, never values), who approved
    it in which role, and where its audit entry sits in the chain."""

    fields: tuple[str, ...]
    counts: dict[str, int]
    approver_role: str
    audit_seq: int
    audit_hash: str
    backups: BackupPolicy
    reclaimed_at: datetime | None = None  # when the file was rebuilt without free pages


@dataclass(frozen=True, slots=True)
class Tombstone:
    customer_id: int
    created_at: datetime
    destroyed_at: datetime
    basis: DestructionBasis
    periods: tuple[ServicePeriod, ...]  # the retention reasons (retention basis)
    request: DeletionRequestRef | None  # the request answered (deletion basis)
    approved_by: int
    approved_by_name: str
    destroyed: DestroyedSummary
    certificate_sha256: str = ""

    @property
    def certificate_number(self) -> str:
        return certificate_number(self.customer_id, self.destroyed_at)


def certificate_number(customer_id: int, destroyed_at: datetime) -> str:
    """Unique in the vault: a destroyed customer's id is never given again."""
    return f"DC-{destroyed_at:%Y%m%d}-{customer_id:06d}"
