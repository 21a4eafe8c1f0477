"""Registering a customer for a service: the intake form's values, then the customer's consent,
saved together in one transaction or not at all.

Only fields approved for the service are accepted, whatever the caller sends. Declining stores
nothing of the draft; only the fact that a consent was declined is audited, without values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clientsafe.core import consent as rules
from clientsafe.core.audit_actions import Action
from clientsafe.core.collection import FieldNotCollected
from clientsafe.core.consent import (
    ConsentGiven,
    ConsentIncomplete,
    ConsentNotice,
    EventKind,
    IntakeForm,
)
from clientsafe.core.entities import NewCustomer
from clientsafe.core.errors import ValidationError
from clientsafe.core.field_catalog import ENTITY_FIELDS
from clientsafe.core.field_validators import FieldEmpty, national_id_birth_date, validate
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.notices import current, intake_form
from clientsafe.services.policy import authorize, deny
from clientsafe.vault import audit_log, consent_code, consent_repo, customer_repo, notice_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.consent_repo import NewEvent
from clientsafe.vault.vault import Vault

MAX_SIGNATURE_BYTES = 2 * 1024 * 1024
MAX_SCAN_BYTES = 10 * 1024 * 1024


class AttachmentTooLarge(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The attached scan is larger than 10 MB; attach a smaller photo or scan.")


@dataclass(frozen=True, slots=True)
class IntakeDraft:
    """A validated form, not yet stored: what the consent dialog is shown for."""

    form: IntakeForm
    values: dict[str, str]  # normalised; only fields that were filled in
    notices: dict[str, ConsentNotice]  # the current notice per language
    minor: bool
    has_sensitive_values: bool
    language: str

    @property
    def service_id(self) -> int:
        return self.form.service.id

    @property
    def customer_name(self) -> str:
        return self.values.get("full_name", "")


def validated_values(form: IntakeForm, values: dict[str, str], language: str, today: date
                     ) -> dict[str, str]:
    """Each value checked by its field's validator, trimmed; required fields present; a field
    the form does not hold refused. Empty optional values are left out."""
    allowed = {f.field.key: f for f in form.fields}
    for key in values:
        if key not in allowed:
            raise FieldNotCollected(field=key)
    clean: dict[str, str] = {}
    for key, approved in allowed.items():
        raw = (values.get(key) or "").strip()
        label = approved.field.label(language)
        if not raw:
            if approved.required:
                raise FieldEmpty(field=label)
            continue
        clean[key] = validate(approved.field.validator, raw, label=label, today=today)
    return clean


def birth_date(values: dict[str, str]) -> date | None:
    if values.get("date_of_birth"):
        return date.fromisoformat(values["date_of_birth"])
    if values.get("national_id"):
        return national_id_birth_date(values["national_id"])
    return None


def _sensitive_filled(form: IntakeForm, values: dict[str, str]) -> bool:
    return any(f.field.sensitive and f.field.key in values for f in form.fields)


def prepare(vault: Vault, session: Session, service_id: int, values: dict[str, str], *,
            language: str = "en") -> IntakeDraft:
    """Check the form against the service's approved fields; raise the first problem."""
    authorize(vault, session, Permission.CUSTOMERS_CREATE, Action.CUSTOMER_CREATED)
    form = intake_form(vault.conn, service_id, language)
    if any(key not in form.keys for key in values):
        with vault.transaction() as conn:
            deny(conn, vault, session, Action.CUSTOMER_CREATED,
                 fields=tuple(sorted(k for k in values if k not in form.keys)),
                 detail=f"service #{service_id}: field not approved for collection")
    today = vault.clock().date()
    clean = validated_values(form, values, language, today)
    return IntakeDraft(form, clean, current(vault.conn, service_id),
                       rules.is_minor(birth_date(clean), today),
                       _sensitive_filled(form, clean), language)


def _event_code(vault: Vault, *parts: object) -> str:
    return consent_code.code(vault.consent_code_key(), [str(p) for p in parts])


def record_event(conn: Connection, vault: Vault, session: Session, *, customer_id: int,
                 service_id: int, kind: EventKind, notice: ConsentNotice,
                 given: ConsentGiven) -> int:
    """Store one consent event and its decisions; the caller audits it."""
    if len(given.signature_png) > MAX_SIGNATURE_BYTES or (
            given.guardian and len(given.guardian.signature_png) > MAX_SIGNATURE_BYTES):
        raise ConsentIncomplete(rules.PROBLEM_SIGNATURE)
    if len(given.paper_scan) > MAX_SCAN_BYTES:
        raise AttachmentTooLarge()
    now = vault.clock()
    by_key = {p.key: p for p in notice.purposes}
    decisions = [(by_key[k].purpose, by_key[k].recipient_id, d)
                 for k, d in sorted(given.decisions.items())]
    signature_sha = consent_code.sha256_hex(given.signature_png)
    guardian_sha = consent_code.sha256_hex(given.guardian.signature_png) if given.guardian else ""
    scan_sha = consent_code.sha256_hex(given.paper_scan)
    code = _event_code(vault, customer_id, service_id, kind.value, now.isoformat(),
                       notice.sha256, signature_sha, guardian_sha, scan_sha,
                       ",".join(f"{k}={d.value}" for k, d in sorted(given.decisions.items())))
    event_id = consent_repo.insert_event(conn, NewEvent(
        customer_id, service_id, kind, given.channel, session.staff_id, notice.id,
        notice.version, notice.sha256, notice.language, given.signature_png, signature_sha,
        given.paper_scan, scan_sha, given.guardian, guardian_sha, code), now=now)
    consent_repo.insert_decisions(conn, event_id, customer_id, service_id, decisions, now=now)
    consent_repo.enroll(conn, customer_id, service_id, now=now)
    return event_id


def current_notice(conn: Connection, service_id: int, given: ConsentGiven) -> ConsentNotice:
    notice = notice_repo.get(conn, given.notice_id)
    if notice is None or notice not in notice_repo.current(conn, service_id).values():
        raise ConsentIncomplete(rules.PROBLEM_OUTDATED)
    return notice


def complete(vault: Vault, session: Session, draft: IntakeDraft, given: ConsentGiven) -> int:
    """Create the customer with their consent. Everything or nothing is stored."""
    authorize(vault, session, Permission.CUSTOMERS_CREATE, Action.CUSTOMER_CREATED)
    now = vault.clock()
    with vault.transaction() as conn:
        form = intake_form(conn, draft.service_id, draft.language)
        if form.keys != draft.form.keys:
            raise ConsentIncomplete(rules.PROBLEM_OUTDATED)
        values = validated_values(form, draft.values, draft.language, now.date())
        notice = current_notice(conn, draft.service_id, given)
        problem = rules.consent_problem(
            notice, given, minor=rules.is_minor(birth_date(values), now.date()),
            has_sensitive_values=_sensitive_filled(form, values))
        if problem is not None:
            raise ConsentIncomplete(problem)
        born = values.get("date_of_birth")
        customer_id = customer_repo.insert(
            conn, NewCustomer(values["full_name"], values.get("phone", ""),
                              values.get("email", ""), values.get("national_id", ""),
                              values.get("address", ""),
                              date.fromisoformat(born) if born else None, session.staff_id),
            now=now, extra={k: v for k, v in values.items() if k not in ENTITY_FIELDS},
            indexed=[f.field.key for f in form.fields if f.field.blind_indexed])
        event_id = record_event(conn, vault, session, customer_id=customer_id,
                                service_id=draft.service_id, kind=EventKind.COLLECTION,
                                notice=notice, given=given)
        audit_log.record(
            conn, at=now, action=str(Action.CUSTOMER_CREATED), actor_id=session.staff_id,
            actor=session.username, customer_id=customer_id, fields=tuple(sorted(values)),
            purpose=",".join(k for k, d in sorted(given.decisions.items())
                             if d is rules.Decision.GRANTED),
            detail=f"service #{draft.service_id}; consent {given.channel.value}"
                   f"{' with guardian' if given.guardian else ''}, notice v{notice.version}"
                   f" {notice.language}, record #{event_id}")
    return customer_id


def decline(vault: Vault, session: Session, draft: IntakeDraft) -> None:
    """The customer declined: nothing of the draft is kept; the refusal itself is audited."""
    authorize(vault, session, Permission.CUSTOMERS_CREATE, Action.CONSENT_DECLINED)
    with vault.transaction() as conn:
        audit_log.record(conn, at=vault.clock(), action=str(Action.CONSENT_DECLINED),
                         actor_id=session.staff_id, actor=session.username,
                         fields=tuple(sorted(draft.values)),
                         detail=f"service #{draft.service_id}; nothing stored")

