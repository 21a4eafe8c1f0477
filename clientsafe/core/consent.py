"""Consent: purposes, decisions, what the counter dialog returns, and the rules that join them.

A customer consents per purpose: providing the service (required for it), marketing (optional,
off by default), sharing with each named third party (optional, off by default), and sensitive
information (its own explicit consent, present only when the service collects a sensitive
field). Records are append-only; the current state of a purpose is its latest decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from clientsafe.core.errors import ValidationError
from clientsafe.core.field_catalog import CatalogField
from clientsafe.core.field_validators import age_on
from clientsafe.core.i18n import QT_TRANSLATE_NOOP

# Below this age (from the date of birth, on the day of consent) a guardian consents too.
GUARDIAN_AGE = 14
LANGUAGES = ("en", "zh_CN")


class Purpose(StrEnum):
    SERVICE = "service"
    MARKETING = "marketing"
    SHARING = "sharing"
    SENSITIVE = "sensitive"


class Decision(StrEnum):
    GRANTED = "granted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class Channel(StrEnum):
    SCREEN = "screen"  # signed on the signature pad
    PAPER = "paper"  # signed on paper; staff records it, optionally with a scan
    COUNTER = "counter"  # a withdrawal or change asked for at the counter
    IMPORT = "import"  # imported from a spreadsheet: consent unknown until asked


class EventKind(StrEnum):
    COLLECTION = "collection"  # first consent, with the customer's data
    RECONSENT = "reconsent"  # the notice changed; asked again
    WITHDRAWAL = "withdrawal"
    UNKNOWN = "unknown"  # imported: nothing agreed yet


class RetentionStart(StrEnum):
    END_OF_RELATIONSHIP = "end_of_relationship"
    LAST_VISIT = "last_visit"


DECISION_LABELS: dict[Decision, str] = {
    Decision.GRANTED: QT_TRANSLATE_NOOP("consent", "Agreed"),
    Decision.DECLINED: QT_TRANSLATE_NOOP("consent", "Not agreed"),
    Decision.WITHDRAWN: QT_TRANSLATE_NOOP("consent", "Withdrawn"),
}
CHANNEL_LABELS: dict[Channel, str] = {
    Channel.SCREEN: QT_TRANSLATE_NOOP("consent", "Signed on screen"),
    Channel.PAPER: QT_TRANSLATE_NOOP("consent", "Signed on paper"),
    Channel.COUNTER: QT_TRANSLATE_NOOP("consent", "At the counter"),
    Channel.IMPORT: QT_TRANSLATE_NOOP("consent", "Imported; ask at next visit"),
}
EVENT_LABELS: dict[EventKind, str] = {
    EventKind.COLLECTION: QT_TRANSLATE_NOOP("consent", "Consent given"),
    EventKind.RECONSENT: QT_TRANSLATE_NOOP("consent", "Consent renewed"),
    EventKind.WITHDRAWAL: QT_TRANSLATE_NOOP("consent", "Consent withdrawn"),
    EventKind.UNKNOWN: QT_TRANSLATE_NOOP("consent", "Consent unknown"),
}


@dataclass(frozen=True, slots=True)
class Recipient:
    """A named third party a service may share data with."""

    id: int
    name: str
    what_for: str


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    """Something the business offers its customers, e.g. Membership or Personal training."""

    id: int
    name: str
    description: str  # what the data is used for, in the customer's words
    retention_months: int
    retention_start: RetentionStart
    offers_marketing: bool
    active: bool
    recipients: tuple[Recipient, ...] = ()
    notice_version: int = 0


@dataclass(frozen=True, slots=True)
class ApprovedField:
    field: CatalogField
    required: bool
    necessity_use: str  # what it is used for
    necessity_without: str  # what happens without it


@dataclass(frozen=True, slots=True)
class IntakeForm:
    """What the intake form for a service may show: its approved fields, name first."""

    service: ServiceInfo
    fields: tuple[ApprovedField, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.field.key for f in self.fields)

    @property
    def has_sensitive(self) -> bool:
        return any(f.field.sensitive for f in self.fields)


@dataclass(frozen=True, slots=True)
class NoticePurpose:
    """One choice on the notice: `key` is "service", "marketing", "sensitive" or
    "sharing:<recipient id>"."""

    key: str
    purpose: Purpose
    recipient_id: int | None
    required: bool
    label: str  # the checkbox text, in the notice's language


@dataclass(frozen=True, slots=True)
class ConsentNotice:
    """One version of a service's notice in one language: the exact text shown and signed."""

    id: int
    service_id: int
    version: int
    language: str
    text: str
    sha256: str
    purposes: tuple[NoticePurpose, ...]
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Guardian:
    name: str
    relationship: str
    signature_png: bytes = b""


@dataclass(frozen=True, slots=True)
class ConsentGiven:
    """What the counter dialog hands back: the notice shown, one decision per purpose key, and
    how it was signed."""

    notice_id: int
    notice_sha256: str
    decisions: dict[str, Decision]
    channel: Channel
    signature_png: bytes = b""
    paper_scan: bytes = b""  # optional scan or photo of the paper form (PNG or JPEG)
    guardian: Guardian | None = None


@dataclass(frozen=True, slots=True)
class PurposeState:
    """The current state of one purpose for one customer and service (its latest decision)."""

    service_id: int
    service_name: str
    purpose: Purpose
    recipient_id: int | None
    recipient_name: str
    decision: Decision
    at: datetime
    notice_version: int


@dataclass(frozen=True, slots=True)
class ConsentEventInfo:
    """One row of a customer's consent history; `decisions` maps purpose keys to decisions."""

    id: int
    customer_id: int
    service_id: int
    service_name: str
    kind: EventKind
    channel: Channel
    notice_version: int
    language: str
    text_sha256: str
    staff_name: str
    at: datetime
    decisions: dict[str, Decision]
    has_signature: bool
    has_paper_scan: bool
    guardian_name: str
    verification_code: str
    outdated: bool = False  # signed on an older notice version: ask again at the next visit


@dataclass(frozen=True, slots=True)
class ConsentDocument:
    """Everything the signed consent PDF prints, already resolved to plain values."""

    business_name: str
    service_name: str
    customer_name: str
    customer_id: int
    record_id: int
    kind: EventKind
    language: str
    notice_version: int
    notice_text: str
    text_sha256: str
    choices: tuple[tuple[str, Decision], ...]  # (checkbox label as on the notice, decision)
    channel: Channel
    signature_png: bytes
    guardian: Guardian | None
    staff_name: str
    at: datetime
    verification_code: str
    fields_collected: tuple[str, ...] = field(default=())  # labels, in the notice's language


# --- rules ------------------------------------------------------------------------------------


class ConsentIncomplete(ValidationError):
    """Raised with one of the PROBLEM_* sentences as its template."""

    template = QT_TRANSLATE_NOOP("errors", "The consent is not complete; check the choices.")


PROBLEM_SERVICE_REQUIRED = QT_TRANSLATE_NOOP(
    "errors", "The customer must agree to the service purpose to be registered for it.")
PROBLEM_SIGNATURE = QT_TRANSLATE_NOOP(
    "errors", "The customer has not signed yet; ask them to sign in the box.")
PROBLEM_GUARDIAN = QT_TRANSLATE_NOOP(
    "errors", "The customer is under 14: enter the guardian's name and relationship, and "
    "have the guardian sign.")
PROBLEM_SENSITIVE = QT_TRANSLATE_NOOP(
    "errors", "Sensitive information was entered but its separate consent was not given; "
    "tick it or remove those values.")
PROBLEM_CHOICES = QT_TRANSLATE_NOOP(
    "errors", "The choices do not match the notice shown; show the notice again.")
PROBLEM_OUTDATED = QT_TRANSLATE_NOOP(
    "errors", "The notice changed while it was on screen; show the new notice to the "
    "customer.")


def is_minor(born: date | None, on: date) -> bool:
    return born is not None and age_on(born, on) < GUARDIAN_AGE


def consent_problem(notice: ConsentNotice, given: ConsentGiven, *, minor: bool,
                    has_sensitive_values: bool) -> str | None:
    """Why this consent cannot be recorded, or None. One rule, used by the dialog (to enable its
    button) and enforced by the service."""
    if given.notice_id != notice.id or given.notice_sha256 != notice.sha256:
        return PROBLEM_OUTDATED
    if set(given.decisions) != {p.key for p in notice.purposes} or any(
            d is Decision.WITHDRAWN for d in given.decisions.values()):
        return PROBLEM_CHOICES
    if given.decisions.get(Purpose.SERVICE.value) is not Decision.GRANTED:
        return PROBLEM_SERVICE_REQUIRED
    if has_sensitive_values and given.decisions.get(Purpose.SENSITIVE.value) \
            is not Decision.GRANTED:
        return PROBLEM_SENSITIVE
    if given.channel is Channel.SCREEN and not given.signature_png:
        return PROBLEM_SIGNATURE
    if minor:
        g = given.guardian
        if g is None or not g.name.strip() or not g.relationship.strip() or (
                given.channel is Channel.SCREEN and not g.signature_png):
            return PROBLEM_GUARDIAN
    return None


def purpose_key(purpose: Purpose, recipient_id: int | None = None) -> str:
    return f"{purpose.value}:{recipient_id}" if purpose is Purpose.SHARING else purpose.value
