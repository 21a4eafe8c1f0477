"""A customer's access report: everything the business holds about one person, what it is used
for, who it went to, how long it is kept and who looked at it, as plain values.

The same content makes the PDF (reports/access_report_pdf.py) and the JSON copy (`to_json`).
Sensitive values are present only when the manager who made the report held a live reveal
grant for them; otherwise `value` is the mask and `masked` is True.

Left out on purpose: the staff's own note of a rights request (`RightsRequest.details`). It is
an internal working note in staff's words, may mention other people, and is not data the
customer gave us; the request's kind, dates, status, verification and the response sent to
the customer are included. Signature and paper-scan images are not embedded either: the
report says a signed copy exists and gives its SHA-256, so it can be matched to the original.
Audit entries' detail text is not copied: it is written for staff and may name other records.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from clientsafe.core.clock import to_iso
from clientsafe.core.consent import Channel, Decision, EventKind, Purpose, RetentionStart
from clientsafe.core.rights import (
    Correction,
    RequestChannel,
    RightsKind,
    RightsStatus,
    Verification,
)
from clientsafe.core.roles import Role
from clientsafe.core.sharing import SharingRecord

SCHEMA = "clientsafe.access_report"
SCHEMA_VERSION = 1


class ReportFormat(StrEnum):
    PDF = "pdf"
    JSON = "json"


REPORT_LANGUAGES = ("en", "zh_CN")


@dataclass(frozen=True, slots=True)
class HeldField:
    """One value held about the customer."""

    key: str
    label_en: str
    label_zh: str
    category: str  # field_catalog.Category value
    value: str  # the mask when `masked`
    masked: bool


@dataclass(frozen=True, slots=True)
class PurposeDecision:
    """A decision on one purpose; `key` as in consent.purpose_key ("sharing:3")."""

    key: str
    purpose: Purpose
    recipient_id: int | None
    recipient_name: str
    decision: Decision
    at: datetime | None  # when it was decided (current state); None inside a history event


@dataclass(frozen=True, slots=True)
class ServiceUse:
    """A service the customer is registered for, what it uses the data for, and the current
    decision on each of its purposes."""

    service_id: int
    name: str
    description: str
    enrolled_at: datetime | None
    purposes: tuple[PurposeDecision, ...]


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """One consent event with its decisions; images only as the hash of the stored copy."""

    id: int
    service_id: int
    service_name: str
    kind: EventKind
    channel: Channel
    notice_version: int
    language: str
    text_sha256: str
    staff_name: str
    at: datetime
    decisions: tuple[PurposeDecision, ...]
    signature_sha256: str  # '' when no signature image was stored
    paper_scan_sha256: str
    guardian_name: str
    verification_code: str


@dataclass(frozen=True, slots=True)
class RequestEntry:
    """A rights request as the customer sees it (no internal staff note)."""

    id: int
    kind: RightsKind
    received_at: datetime
    channel: RequestChannel
    due_at: datetime
    status: RightsStatus
    verified_how: Verification | None
    verified_at: datetime | None
    closed_at: datetime | None
    response: str


@dataclass(frozen=True, slots=True)
class RetentionInfo:
    """How long one service keeps the data; service_id None is the business's default for a
    customer registered for no service."""

    service_id: int | None
    service_name: str
    months: int
    start: RetentionStart
    start_date: date | None  # the start event's date, when it has happened
    ended_on: date | None  # the day the relationship with this service ended
    keep_until: date | None  # start date + months; None until the period has started


@dataclass(frozen=True, slots=True)
class Payment:
    occurred_on: date
    amount_cents: int
    currency: str
    description: str


@dataclass(frozen=True, slots=True)
class AccessLogEntry:
    """One audit entry about this customer: who did what to which fields, and whether it was
    allowed. Never the entry's detail text."""

    seq: int
    at: datetime
    staff_name: str
    staff_role: Role | None  # None for the system itself
    action: str  # the stored action id
    action_label: str  # English; '' for an action this version does not know
    fields: tuple[str, ...]
    outcome: str  # done | denied


@dataclass(frozen=True, slots=True)
class AccessReport:
    business_name: str
    customer_id: int
    customer_name: str
    customer_since: datetime
    generated_at: datetime
    generated_by: str  # staff display name
    generated_by_role: Role
    request: RequestEntry | None  # the access or copy request this report answers
    fields: tuple[HeldField, ...]
    services: tuple[ServiceUse, ...]
    consents: tuple[ConsentRecord, ...]  # oldest first
    sharing: tuple[SharingRecord, ...]
    corrections: tuple[Correction, ...]
    requests: tuple[RequestEntry, ...]
    retention: tuple[RetentionInfo, ...]
    legal_hold: bool
    payments: tuple[Payment, ...]
    access_log: tuple[AccessLogEntry, ...]  # oldest first

    @property
    def masked_fields(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields if f.masked)

    @property
    def watermark(self) -> str:
        return (f"Access report for customer #{self.customer_id}, made by {self.generated_by} "
                f"at {to_iso(self.generated_at)}; confidential")


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """What the dialog shows before saving: counts and field names, never values."""

    customer_id: int
    customer_name: str
    request: RequestEntry | None
    fields: tuple[tuple[str, str, str, bool], ...]  # (key, label_en, field class, masked)
    counts: dict[str, int]  # section -> number of items
    revealed_until: datetime | None  # earliest expiry of the grants used, if any

    @property
    def masked_fields(self) -> tuple[str, ...]:
        return tuple(key for key, _, _, masked in self.fields if masked)


def section_counts(report: AccessReport) -> dict[str, int]:
    return {
        "fields": len(report.fields),
        "services": len(report.services),
        "consents": len(report.consents),
        "sharing": len(report.sharing),
        "corrections": len(report.corrections),
        "requests": len(report.requests),
        "retention": len(report.retention),
        "payments": len(report.payments),
        "access_log": len(report.access_log),
    }


# --- JSON --------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """JSON-ready form: enums by value, moments as UTC ISO text, dates as ISO dates."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return to_iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    return value


def to_json(report: AccessReport) -> bytes:
    """The report as UTF-8 JSON: sorted keys, Chinese as it is, a schema name and version.
    Stable: the same report gives the same bytes."""
    body = _plain(report)
    body["masked_fields"] = list(report.masked_fields)
    body["watermark"] = report.watermark
    body["schema"] = SCHEMA
    body["schema_version"] = SCHEMA_VERSION
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, indent=2)
    return (text + "\n").encode("utf-8")
