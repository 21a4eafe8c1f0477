"""A customer's access report (what we hold, why, who got it, how long, who looked), as PDF or
JSON, for managers answering an access or copy request.

Sensitive values appear in clear only while the manager holds a live reveal grant for that
field of that customer (services/reveals.py); otherwise they are masked as the role sees them
and the report says a manager's approval is needed to include them.

Auditing: every call that hands the content out writes one ACCESS_REPORT_CREATED entry
(purpose "rights") in the transaction that reads it: `build` (in memory), `render` (bytes for
printing) and `export` (a file, its SHA-256 in the detail; the file is removed if the entry
cannot commit). `summary`, which the dialog shows before saving, returns only counts and field
names, no values, so it is not recorded: the document that leaves the app is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from clientsafe.core.access_report import (
    REPORT_LANGUAGES,
    AccessReport,
    ConsentRecord,
    HeldField,
    PurposeDecision,
    ReportFormat,
    ReportSummary,
    RequestEntry,
    RetentionInfo,
    ServiceUse,
    section_counts,
    to_json,
)
from clientsafe.core.audit_actions import Action
from clientsafe.core.consent import Decision, Purpose, PurposeState, RetentionStart, purpose_key
from clientsafe.core.entities import Customer
from clientsafe.core.errors import ClientSafeError, ValidationError
from clientsafe.core.field_access import Access, FieldClass, access_for_class
from clientsafe.core.field_catalog import CatalogField, MaskRule
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.masking import mask_by_rule
from clientsafe.core.retention import RetentionStatus
from clientsafe.core.rights import RightsKind, RightsRequest
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.reports import access_report_pdf
from clientsafe.services import catalog, retention
from clientsafe.services.customer_records import held_values, load_in_scope
from clientsafe.services.policy import authorize, deny
from clientsafe.vault import (
    access_report_repo,
    audit_log,
    consent_repo,
    correction_repo,
    rights_repo,
    service_repo,
    sharing_repo,
)
from clientsafe.vault.atomic_file import kept_if_recorded
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

PURPOSE = "rights"
ANSWERS = frozenset({RightsKind.ACCESS, RightsKind.COPY})


class NotAnAccessRequest(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "That request is not an access or copy request of this customer; choose one "
                  "of theirs or make the report without it.")


class UnknownReportFormat(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "Choose PDF or JSON, in English or Chinese, for the "
                                           "access report.")


@dataclass(frozen=True, slots=True)
class ReportFile:
    path: Path
    sha256: str
    fmt: ReportFormat
    masked: tuple[str, ...]  # field keys left masked in the file


@dataclass(frozen=True, slots=True)
class RenderedReport:
    data: bytes
    sha256: str
    fmt: ReportFormat
    masked: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Built:
    report: AccessReport
    grants: dict[str, tuple[int, datetime]]  # field -> (grant id, expiry) shown in clear


# --- public calls ------------------------------------------------------------------------------


def build(vault: Vault, session: Session, customer_id: int, *,
          request_id: int | None = None) -> AccessReport:
    """The report's content (values included): audited like a file."""
    authorize(vault, session, Permission.ACCESS_REPORT, Action.ACCESS_REPORT_CREATED)
    with vault.transaction() as conn:
        built, error = _prepare(conn, vault, session, customer_id, request_id)
        if built is not None:
            _record(conn, vault, session, built, "in memory")
    if error is not None:
        raise error
    assert built is not None
    return built.report


def summary(vault: Vault, session: Session, customer_id: int, *,
            request_id: int | None = None) -> ReportSummary:
    """What the report will hold: section counts and field names, never values other than the
    customer's name for the dialog's title (the manager opening it may see the name). Not
    audited: the report itself is, when it is made."""
    authorize(vault, session, Permission.ACCESS_REPORT, Action.ACCESS_REPORT_CREATED)
    with vault.transaction() as conn:
        built, error = _prepare(conn, vault, session, customer_id, request_id)
        fields = catalog.by_key(conn)
    if error is not None:
        raise error
    assert built is not None
    report = built.report
    return ReportSummary(
        report.customer_id, report.customer_name, report.request,
        tuple((f.key, f.label_en, _class(fields.get(f.key)).value, f.masked)
              for f in report.fields),
        section_counts(report),
        min((expiry for _, expiry in built.grants.values()), default=None),
    )


def render(vault: Vault, session: Session, customer_id: int, *, fmt: ReportFormat | str,
           language: str = "en", request_id: int | None = None) -> RenderedReport:
    """The document's bytes (for printing from memory): audited with its SHA-256."""
    authorize(vault, session, Permission.ACCESS_REPORT, Action.ACCESS_REPORT_CREATED)
    kind, language = _checked(fmt, language)
    with vault.transaction() as conn:
        built, error = _prepare(conn, vault, session, customer_id, request_id)
        if built is not None:
            data = _document(built.report, kind, language)
            digest = hashlib.sha256(data).hexdigest()
            _record(conn, vault, session, built, f"{kind} {language} for printing, "
                                                 f"sha256 {digest}")
    if error is not None:
        raise error
    assert built is not None
    return RenderedReport(data, digest, kind, built.report.masked_fields)


def export(vault: Vault, session: Session, customer_id: int, *, fmt: ReportFormat | str,
           target: Path, language: str = "en", request_id: int | None = None) -> ReportFile:
    """Write the report to `target` (mode 0600) and audit the file's SHA-256."""
    authorize(vault, session, Permission.ACCESS_REPORT, Action.ACCESS_REPORT_CREATED)
    kind, language = _checked(fmt, language)
    target = Path(target)
    with kept_if_recorded(target) as write:
        result, error = _export(vault, session, customer_id, kind, language, target,
                                request_id, write)
    if error is not None:
        raise error
    assert result is not None
    return result


def _export(vault: Vault, session: Session, customer_id: int, kind: ReportFormat,
            language: str, target: Path, request_id: int | None,
            write: Callable[[bytes], None]) -> tuple[ReportFile | None, ClientSafeError | None]:
    with vault.transaction() as conn:
        built, error = _prepare(conn, vault, session, customer_id, request_id)
        if built is None:
            return None, error
        data = _document(built.report, kind, language)
        digest = hashlib.sha256(data).hexdigest()
        # The entry first: if it cannot be written, no file is written either.
        _record(conn, vault, session, built, f"{kind} {language} file, sha256 {digest}")
        write(data)
    return ReportFile(target, digest, kind, built.report.masked_fields), None


def _checked(fmt: ReportFormat | str, language: str) -> tuple[ReportFormat, str]:
    try:
        kind = ReportFormat(fmt)
    except ValueError:
        raise UnknownReportFormat() from None
    if language not in REPORT_LANGUAGES:
        raise UnknownReportFormat()
    return kind, language


def _document(report: AccessReport, kind: ReportFormat, language: str) -> bytes:
    if kind is ReportFormat.JSON:
        return to_json(report)
    return access_report_pdf.render(report, language)


def _record(conn: Connection, vault: Vault, session: Session, built: _Built, what: str) -> None:
    report = built.report
    detail = what
    if report.request is not None:
        detail += f", request #{report.request.id}"
    if report.masked_fields:
        detail += ", masked: " + ",".join(report.masked_fields)
    if built.grants:
        grants = sorted({grant_id for grant_id, _ in built.grants.values()})
        detail += ", shown under grant " + ",".join(f"#{g}" for g in grants)
    audit_log.record(conn, at=vault.clock(), action=str(Action.ACCESS_REPORT_CREATED),
                     actor_id=session.staff_id, actor=session.username,
                     customer_id=report.customer_id, fields=tuple(f.key for f in report.fields),
                     purpose=PURPOSE, detail=detail)


# --- assembling --------------------------------------------------------------------------------


def _prepare(conn: Connection, vault: Vault, session: Session, customer_id: int,
             request_id: int | None) -> tuple[_Built | None, ClientSafeError | None]:
    """The report, or the refusal (already audited) for the caller to raise after commit."""
    customer, error = load_in_scope(conn, vault, session, customer_id,
                                    Action.ACCESS_REPORT_CREATED)
    if customer is None:
        return None, error
    request: RightsRequest | None = None
    if request_id is not None:
        request = rights_repo.get(conn, request_id)
        if request is None or request.customer_id != customer_id or request.kind not in ANSWERS:
            deny(conn, vault, session, Action.ACCESS_REPORT_CREATED, customer_id=customer_id,
                 detail=f"request #{request_id} is not an access or copy request of this "
                        "customer")
            return None, NotAnAccessRequest()
    return _assemble(conn, vault, session, customer, request), None


def _assemble(conn: Connection, vault: Vault, session: Session, customer: Customer,
              request: RightsRequest | None) -> _Built:
    now = vault.clock()
    grants = access_report_repo.live_grants(conn, requester_id=session.staff_id,
                                            customer_id=customer.id, now=now)
    fields, used = _fields(conn, session, customer, grants)
    names = access_report_repo.recipient_names(conn, customer.id)
    enrolled = access_report_repo.enrollments(conn, customer.id)
    kept = retention.evaluate_in(conn, customer.id)
    assert kept is not None  # the customer was just read in this transaction
    report = AccessReport(
        business_name=vault.info.business_name,
        customer_id=customer.id,
        customer_name=customer.full_name,
        customer_since=customer.created_at,
        generated_at=now,
        generated_by=session.display_name,
        generated_by_role=session.role,
        request=_entry(request) if request is not None else None,
        fields=fields,
        services=_services(conn, customer.id, enrolled),
        consents=_consents(conn, customer.id, names),
        sharing=tuple(reversed(sharing_repo.for_customer(conn, customer.id))),
        corrections=tuple(reversed(correction_repo.for_customer(conn, customer.id))),
        requests=tuple(_entry(r) for r in reversed(rights_repo.for_customer(conn, customer.id))),
        retention=_retention(kept),
        legal_hold=kept.held,
        payments=tuple(access_report_repo.payments(conn, customer.id)),
        access_log=tuple(access_report_repo.access_log(conn, customer.id)),
    )
    return _Built(report, used)


def _class(field: CatalogField | None) -> FieldClass:
    # A value whose field left the catalog is treated as sensitive: shown only with a grant.
    return field.field_class if field is not None else FieldClass.SENSITIVE


def _fields(conn: Connection, session: Session, customer: Customer,
            grants: dict[str, tuple[int, datetime]]
            ) -> tuple[tuple[HeldField, ...], dict[str, tuple[int, datetime]]]:
    catalog_fields = catalog.by_key(conn)
    values = held_values(conn, customer)
    held: list[HeldField] = []
    used: dict[str, tuple[int, datetime]] = {}
    for key, value in values.items():
        field = catalog_fields.get(key)
        level = access_for_class(session.role, _class(field))
        clear = level is Access.VISIBLE or (level is Access.MASKED and key in grants)
        if clear and level is Access.MASKED:
            used[key] = grants[key]
        rule = field.mask_rule.value if field is not None else MaskRule.FULL.value
        held.append(HeldField(
            key, field.label_en if field else key, field.label_zh if field else key,
            field.category.value if field else "other",
            value if clear else mask_by_rule(rule, value), not clear))
    return tuple(held), used


def _decision(key: str, decision: Decision, names: dict[int, str]) -> PurposeDecision:
    """A history event's decision from its purpose key ("sharing:3")."""
    purpose_text, _, recipient = key.partition(":")
    recipient_id = int(recipient) if recipient.isdigit() else None
    return PurposeDecision(key, Purpose(purpose_text), recipient_id,
                           names.get(recipient_id, "") if recipient_id is not None else "",
                           decision, None)


def _services(conn: Connection, customer_id: int,
              enrolled: list[access_report_repo.Enrollment]) -> tuple[ServiceUse, ...]:
    state = consent_repo.current_state(conn, customer_id)
    since = {e.service_id: e.enrolled_at for e in enrolled}
    found: list[ServiceUse] = []
    for service_id in sorted(set(since) | {s.service_id for s in state}):
        service = service_repo.get(conn, service_id)
        if service is None:
            continue
        purposes = tuple(PurposeDecision(purpose_key(s.purpose, s.recipient_id), s.purpose,
                                         s.recipient_id, s.recipient_name, s.decision, s.at)
                         for s in sorted((s for s in state if s.service_id == service_id),
                                         key=_purpose_order))
        found.append(ServiceUse(service.id, service.name, service.description,
                                since.get(service_id), purposes))
    return tuple(found)


def _purpose_order(state: PurposeState) -> tuple[int, int]:
    """Service first, then marketing, sharing (by recipient) and sensitive, as on the notice."""
    return list(Purpose).index(state.purpose), state.recipient_id or 0


def _consents(conn: Connection, customer_id: int, names: dict[int, str]
              ) -> tuple[ConsentRecord, ...]:
    hashes = access_report_repo.image_hashes(conn, customer_id)
    records = []
    for event in reversed(consent_repo.history(conn, customer_id)):  # oldest first
        signature, scan = hashes.get(event.id, ("", ""))
        records.append(ConsentRecord(
            event.id, event.service_id, event.service_name, event.kind, event.channel,
            event.notice_version, event.language, event.text_sha256, event.staff_name,
            event.at, tuple(_decision(k, d, names) for k, d in event.decisions.items()),
            signature, scan, event.guardian_name, event.verification_code))
    return tuple(records)


def _entry(request: RightsRequest) -> RequestEntry:
    return RequestEntry(request.id, request.kind, request.received_at, request.channel,
                        request.due_at, request.status, request.verified_how,
                        request.verified_at, request.closed_at, request.response)


def _retention(status: RetentionStatus) -> tuple[RetentionInfo, ...]:
    """Each period as the retention rule (services/retention.py) computes it for the queue."""
    return tuple(RetentionInfo(
        p.service_id, p.service_name, p.months, p.start, p.start_on,
        p.start_on if p.start is RetentionStart.END_OF_RELATIONSHIP else None, p.due_on)
        for p in status.periods)
