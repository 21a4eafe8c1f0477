"""Rights requests: what a customer may ask for, how it reached the business, how their
identity was checked, and the deadline for the answer.

A request may also come from someone the vault holds nothing about ("do you hold anything about
me?"); it is answered by the same deadline and names the requester instead of a customer."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class RightsKind(StrEnum):
    ACCESS = "access"  # what do you hold about me
    COPY = "copy"  # give me a copy of my data
    CORRECTION = "correction"
    DELETION = "deletion"
    WITHDRAWAL = "withdrawal"  # of a consent
    OBJECTION = "objection"  # to a use, such as marketing


class RequestChannel(StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    OTHER = "other"


class Verification(StrEnum):
    ID_DOCUMENT = "id_document"  # an identity document seen at the counter
    KNOWN_CONTACT = "known_contact"  # answered on the phone number or e-mail already held
    IN_PERSON = "in_person"  # known to staff in person


class RightsStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REFUSED = "refused"


CLOSED_STATUSES = frozenset({RightsStatus.COMPLETED, RightsStatus.REFUSED})

KIND_LABELS: dict[RightsKind, str] = {
    RightsKind.ACCESS: QT_TRANSLATE_NOOP("rights", "Access"),
    RightsKind.COPY: QT_TRANSLATE_NOOP("rights", "Copy"),
    RightsKind.CORRECTION: QT_TRANSLATE_NOOP("rights", "Correction"),
    RightsKind.DELETION: QT_TRANSLATE_NOOP("rights", "Deletion"),
    RightsKind.WITHDRAWAL: QT_TRANSLATE_NOOP("rights", "Withdrawal of consent"),
    RightsKind.OBJECTION: QT_TRANSLATE_NOOP("rights", "Objection"),
}
CHANNEL_LABELS: dict[RequestChannel, str] = {
    RequestChannel.COUNTER: QT_TRANSLATE_NOOP("rights", "At the counter"),
    RequestChannel.PHONE: QT_TRANSLATE_NOOP("rights", "By phone"),
    RequestChannel.EMAIL: QT_TRANSLATE_NOOP("rights", "By e-mail"),
    RequestChannel.LETTER: QT_TRANSLATE_NOOP("rights", "By letter"),
    RequestChannel.OTHER: QT_TRANSLATE_NOOP("rights", "Other"),
}
VERIFICATION_LABELS: dict[Verification, str] = {
    Verification.ID_DOCUMENT: QT_TRANSLATE_NOOP("rights", "Identity document seen"),
    Verification.KNOWN_CONTACT: QT_TRANSLATE_NOOP("rights", "Confirmed on contact details held"),
    Verification.IN_PERSON: QT_TRANSLATE_NOOP("rights", "Known in person"),
}
STATUS_LABELS: dict[RightsStatus, str] = {
    RightsStatus.OPEN: QT_TRANSLATE_NOOP("rights", "Open"),
    RightsStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("rights", "In progress"),
    RightsStatus.COMPLETED: QT_TRANSLATE_NOOP("rights", "Completed"),
    RightsStatus.REFUSED: QT_TRANSLATE_NOOP("rights", "Refused"),
}


@dataclass(frozen=True, slots=True)
class RightsRequest:
    id: int
    customer_id: int | None  # None: from someone the vault does not hold (see requester_name)
    kind: RightsKind
    received_at: datetime
    channel: RequestChannel
    details: str  # staff's note of what was asked; erased when the customer is destroyed
    due_at: datetime
    status: RightsStatus
    response: str
    registered_by: str  # staff display names from here on; '' when nobody yet
    verified_by: str
    verified_how: Verification | None
    verified_at: datetime | None
    closed_by: str
    closed_at: datetime | None
    registered_by_id: int = 0
    requester_name: str = ""  # only for a request from someone not in the vault
    requester_contact: str = ""  # how to answer them; erased once the request is closed

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def from_outside(self) -> bool:
        """From someone the vault holds nothing about (no customer record)."""
        return self.customer_id is None


def due_date(received_at: datetime, days: int) -> datetime:
    """The answer is due `days` calendar days after receipt."""
    return received_at + timedelta(days=days)


def days_left(due_at: datetime, now: datetime) -> int:
    """Days until the deadline, counting a started day as a whole one: 15 on receipt with the
    default deadline, 1 on the last day, 0 at the deadline, -N when N days (or part) overdue."""
    seconds = (due_at - now).total_seconds()
    return math.ceil(seconds / 86400) if seconds >= 0 else -math.ceil(-seconds / 86400)


@dataclass(frozen=True, slots=True)
class Correction:
    """One changed field. Values only masked: the old value is never kept in clear."""

    id: int
    customer_id: int
    field_key: str
    old_masked: str
    new_masked: str
    reason: str
    request_id: int | None
    corrected_by: str  # staff display name
    corrected_at: datetime
