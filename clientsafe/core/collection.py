"""Collection requests: how a catalog field joins a service ("minimum necessary").

A manager or the security officer asks to collect a field for a service, saying what it is used
for and what happens without it; the security officer approves or rejects it with a reason. Only
approved fields appear on the service's intake form and in its consent notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clientsafe.core.errors import ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class RequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    RETIRED = "retired"  # was approved; the service no longer collects it


STATUS_LABELS: dict[RequestStatus, str] = {
    RequestStatus.PENDING: QT_TRANSLATE_NOOP("collection", "Waiting for approval"),
    RequestStatus.APPROVED: QT_TRANSLATE_NOOP("collection", "Approved"),
    RequestStatus.REJECTED: QT_TRANSLATE_NOOP("collection", "Rejected"),
    RequestStatus.RETIRED: QT_TRANSLATE_NOOP("collection", "No longer collected"),
}


@dataclass(frozen=True, slots=True)
class CollectionRequest:
    id: int
    service_id: int
    service_name: str
    field_key: str
    required: bool
    necessity_use: str
    necessity_without: str
    status: RequestStatus
    requested_by_id: int
    requested_by: str
    requested_at: datetime
    decided_by: str
    decided_at: datetime | None
    decision_reason: str


class InvalidNecessity(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Say what the field is used for and what happens without it (10 to 500 characters "
        "each).",
    )


class InvalidDecisionReason(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Give a reason for the decision (3 to 500 characters).")


class AlreadyRequested(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This field is already collected or waiting for approval for this service.")


class NotPending(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This request was already decided; refresh the list.")


class OwnRequest(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "You asked for this field yourself; another security officer must decide on it.")


class FieldNotCollected(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{field} is not approved for this service, so it cannot be collected. Ask the security "
        "officer to approve a collection request first.")


def statement(text: str, *, low: int = 10, high: int = 500) -> str:
    text = " ".join(text.split())
    if not low <= len(text) <= high or any(not ch.isprintable() for ch in text):
        raise InvalidNecessity()
    return text


def reason(text: str) -> str:
    text = " ".join(text.split())
    if not 3 <= len(text) <= 500 or any(not ch.isprintable() for ch in text):
        raise InvalidDecisionReason()
    return text
