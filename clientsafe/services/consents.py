"""A customer's consents: history, current state, withdrawal, renewal after a notice change, and
the signed consent document.

A notice usually changes because the service now collects another field. Renewal then asks for
the fields of the current form the customer has no value for (`RenewalContext.new_form`): the
required ones must be given, and they are stored with the renewal, in its transaction, checked
by the same validators as at intake."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clientsafe.core import consent as rules
from clientsafe.core.audit_actions import Action
from clientsafe.core.consent import (
    Channel,
    ConsentDocument,
    ConsentEventInfo,
    ConsentGiven,
    ConsentIncomplete,
    ConsentNotice,
    Decision,
    EventKind,
    Guardian,
    IntakeForm,
    PurposeState,
)
from clientsafe.core.entities import Customer
from clientsafe.core.errors import ClientSafeError, CustomerNotFound
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.reports import consent_pdf
from clientsafe.services.customer_records import held_values, load_in_scope
from clientsafe.services.intake import (
    birth_date,
    current_notice,
    record_event,
    validated_values,
)
from clientsafe.services.notices import current, intake_form
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, consent_repo, customer_repo, meta_repo, notice_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.consent_repo import NewEvent
from clientsafe.vault.vault import Vault


class NotRegistered(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This customer is not registered for that service; register them with New "
                  "customer so its fields are collected with their consent.")
    exit_status = 2


class NothingToWithdraw(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no consent in force for that purpose; refresh the record.")
    exit_status = 2


def _in_scope(vault: Vault, session: Session, customer_id: int, action: Action) -> Customer:
    """The customer if this session may work on them. A refusal is raised only after the
    transaction that audits it has committed: raised inside, it would roll its entry back."""
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, customer_id, action)
    if error is not None:
        raise error
    assert customer is not None
    return customer


@dataclass(frozen=True, slots=True)
class ConsentOverview:
    history: tuple[ConsentEventInfo, ...]
    state: tuple[PurposeState, ...]
    needs_consent: tuple[int, ...]  # services to ask again at the next visit


@dataclass(frozen=True, slots=True)
class RenewalContext:
    """What the consent dialog needs to ask an existing customer again."""

    customer_id: int
    customer_name: str
    service_id: int
    notices: dict[str, ConsentNotice]
    minor: bool
    has_sensitive_values: bool
    # The current form's fields this customer has no value for (the name is always held):
    # asked before the notice, stored with the renewal.
    new_form: IntakeForm | None = None

    @property
    def asks_for_details(self) -> bool:
        return self.new_form is not None and bool(self.new_form.fields)


def overview(vault: Vault, session: Session, customer_id: int) -> ConsentOverview:
    """Part of reading the record (opening it is the audited access), so not audited again."""
    authorize(vault, session, Permission.CUSTOMER_OPEN, Action.CUSTOMER_VIEWED)
    _in_scope(vault, session, customer_id, Action.CUSTOMER_VIEWED)
    with vault.transaction() as conn:
        return ConsentOverview(tuple(consent_repo.history(conn, customer_id)),
                               tuple(consent_repo.current_state(conn, customer_id)),
                               tuple(consent_repo.needs_consent(conn, customer_id)))


def withdraw(vault: Vault, session: Session, customer_id: int, service_id: int,
             purpose_key: str) -> int:
    """One action, effective at once: a withdrawal event with the purpose set to withdrawn."""
    authorize(vault, session, Permission.CONSENT_MANAGE, Action.CONSENT_WITHDRAWN)
    now = vault.clock()
    # The refusal (out of scope) is audited in the transaction, so it is raised after it.
    with vault.transaction() as conn:
        _, error = load_in_scope(conn, vault, session, customer_id, Action.CONSENT_WITHDRAWN)
    if error is not None:
        raise error
    with vault.transaction() as conn:
        state = {(s.service_id, rules.purpose_key(s.purpose, s.recipient_id)): s
                 for s in consent_repo.current_state(conn, customer_id)}
        found = state.get((service_id, purpose_key))
        if found is None or found.decision is not Decision.GRANTED:
            raise NothingToWithdraw()
        event_id = consent_repo.insert_event(conn, NewEvent(
            customer_id, service_id, EventKind.WITHDRAWAL, Channel.COUNTER, session.staff_id,
            notice_version=found.notice_version), now=now)
        consent_repo.insert_decisions(conn, event_id, customer_id, service_id,
                                      [(found.purpose, found.recipient_id, Decision.WITHDRAWN)],
                                      now=now)
        audit_log.record(conn, at=now, action=str(Action.CONSENT_WITHDRAWN),
                         actor_id=session.staff_id, actor=session.username,
                         customer_id=customer_id, purpose=purpose_key,
                         detail=f"service #{service_id}, record #{event_id}")
    return event_id


def renewal_context(vault: Vault, session: Session, customer_id: int, service_id: int,
                    ) -> RenewalContext:
    authorize(vault, session, Permission.CONSENT_MANAGE, Action.CONSENT_RENEWED)
    customer = _in_scope(vault, session, customer_id, Action.CONSENT_RENEWED)
    with vault.transaction() as conn:
        if service_id not in consent_repo.enrolled_services(conn, customer_id):
            raise NotRegistered()
        values = held_values(conn, customer)
        form = intake_form(conn, service_id)
        return RenewalContext(
            customer_id, customer.full_name, service_id, current(conn, service_id),
            rules.is_minor(birth_date(values), vault.clock().date()),
            any(f.field.sensitive and values.get(f.field.key) for f in form.fields),
            _new_form(form, values))


def _new_form(form: IntakeForm, held: dict[str, str]) -> IntakeForm:
    return IntakeForm(form.service, tuple(f for f in form.fields if f.field.key not in held))


def renew(vault: Vault, session: Session, context: RenewalContext, given: ConsentGiven,
          new_values: dict[str, str] | None = None) -> int:
    """Consent again on the current notice (after it changed, or for an imported customer),
    storing `new_values` for fields the customer had no value for."""
    authorize(vault, session, Permission.CONSENT_MANAGE, Action.CONSENT_RENEWED)
    now = vault.clock()
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, context.customer_id,
                                        Action.CONSENT_RENEWED)
        event_id = 0 if customer is None else _renew(conn, vault, session, customer, context,
                                                     given, new_values or {}, now)
    if error is not None:
        raise error  # after the transaction, so its audit entry stays
    return event_id


def _renew(conn: Connection, vault: Vault, session: Session, customer: Customer,
           context: RenewalContext, given: ConsentGiven, new_values: dict[str, str],
           now: datetime) -> int:
    if context.service_id not in consent_repo.enrolled_services(conn, customer.id):
        raise NotRegistered()
    notice = current_notice(conn, context.service_id, given)
    held = held_values(conn, customer)
    form = intake_form(conn, context.service_id, notice.language)
    # Only fields still without a value; the required ones must be given now.
    added = validated_values(_new_form(form, held), new_values, notice.language, now.date())
    values = held | added
    problem = rules.consent_problem(
        notice, given, minor=rules.is_minor(birth_date(values), now.date()),
        has_sensitive_values=any(f.field.sensitive and values.get(f.field.key)
                                 for f in form.fields))
    if problem is not None:
        raise ConsentIncomplete(problem)
    event_id = record_event(conn, vault, session, customer_id=customer.id,
                            service_id=context.service_id, kind=EventKind.RECONSENT,
                            notice=notice, given=given)
    if added:
        customer_repo.store_values(conn, customer.id, added,
                                   indexed=[f.field.key for f in form.fields
                                            if f.field.blind_indexed and f.field.key in added])
    audit_log.record(conn, at=now, action=str(Action.CONSENT_RENEWED),
                     actor_id=session.staff_id, actor=session.username,
                     customer_id=customer.id, fields=tuple(sorted(added)),
                     purpose=",".join(k for k, d in sorted(given.decisions.items())
                                      if d is Decision.GRANTED),
                     detail=f"service #{context.service_id}; consent {given.channel.value},"
                            f" notice v{notice.version} {notice.language},"
                            f" record #{event_id}")
    return event_id


def document(vault: Vault, session: Session, event_id: int) -> ConsentDocument:
    """The signed consent record as a document (for the PDF): audited, since it carries the
    customer's name and signature."""
    authorize(vault, session, Permission.CUSTOMER_OPEN, Action.CONSENT_DOCUMENT)
    with vault.transaction() as conn:
        event = consent_repo.event(conn, event_id)
        images = consent_repo.images(conn, event_id)
        if event is None or images is None:
            raise CustomerNotFound()
        customer, error = load_in_scope(conn, vault, session, event.customer_id,
                                        Action.CONSENT_DOCUMENT)
        if customer is not None:
            doc = _document(conn, vault, session, customer, event, images)
    if error is not None:
        raise error  # after the transaction, so its audit entry stays
    return doc


def _document(conn: Connection, vault: Vault, session: Session, customer: Customer,
              event: ConsentEventInfo, images: consent_repo.EventImages) -> ConsentDocument:
    """The document of one consent record, audited in the caller's transaction."""
    notice = notice_repo.get(conn, images.notice_id) if images.notice_id else None
    labels = {p.key: p.label for p in notice.purposes} if notice else {}
    doc = ConsentDocument(
        business_name=meta_repo.get(conn, "business_name") or "",
        service_name=event.service_name, customer_name=customer.full_name,
        customer_id=customer.id, record_id=event.id, kind=event.kind,
        language=event.language or "en", notice_version=event.notice_version,
        notice_text=notice.text if notice else "", text_sha256=event.text_sha256,
        choices=tuple((labels.get(k, k), d) for k, d in event.decisions.items()),
        channel=event.channel, signature_png=images.signature,
        guardian=Guardian(event.guardian_name, images.guardian_relation,
                          images.guardian_signature) if event.guardian_name else None,
        staff_name=event.staff_name, at=event.at,
        verification_code=event.verification_code)
    audit_log.record(conn, at=vault.clock(), action=str(Action.CONSENT_DOCUMENT),
                     actor_id=session.staff_id, actor=session.username,
                     customer_id=customer.id, detail=f"record #{event.id}")
    return doc


def pdf(vault: Vault, session: Session, event_id: int) -> bytes:
    return consent_pdf.render(document(vault, session, event_id))
