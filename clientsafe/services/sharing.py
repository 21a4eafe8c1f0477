"""The sharing register: recording that a customer's data went to a third party.

Sharing is a use that leaves the app (core.use_purposes, Use.SHARING): it is recorded only while
the customer's latest decision about sharing with that very recipient is "granted", and the entry
keeps the id of that decision. The register holds field keys, never the values shared; the
purpose staff type stays in the register and never goes into the audit trail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from clientsafe.core.audit_actions import Action
from clientsafe.core.consent import Decision, Purpose, purpose_key
from clientsafe.core.errors import ClientSafeError, PermissionDenied, ValidationError
from clientsafe.core.field_access import Access
from clientsafe.core.field_catalog import NAME_FIELD, CatalogField
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.core.sharing import LegalBasis, SharingRecord
from clientsafe.core.use_purposes import Use, granting
from clientsafe.core.validators import TextHasControlCharacters, staff_text
from clientsafe.services import catalog
from clientsafe.services.customer_records import catalog_access, load_in_scope
from clientsafe.services.policy import authorize, deny
from clientsafe.vault import audit_log, consent_repo, customer_repo, service_repo, sharing_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

USE = Use.SHARING
MAX_PURPOSE = 300


class NoSharingConsent(PermissionDenied):
    template = QT_TRANSLATE_NOOP(
        "errors", "The customer has not agreed to sharing with this recipient (or withdrew it), "
                  "so nothing may be shared; ask for their consent first.")


class RecipientNotAvailable(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This recipient is not a third party of a service the customer uses; choose "
                  "one of the recipients listed for this customer.")


class InvalidSharedFields(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Tick at least one of the fields listed for this customer, each once.")


class InvalidSharingPurpose(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Describe what the data is shared for in 1 to {limit} characters.")


class InvalidLegalBasis(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "Choose the legal basis for sharing from the list.")


@dataclass(frozen=True, slots=True)
class ShareOption:
    """One recipient the customer's data could go to, and whether it may now."""

    recipient_id: int
    recipient_name: str
    what_for: str
    service_id: int
    service_name: str
    consent: Decision | None  # the latest decision about this recipient; None: never asked
    consent_at: datetime | None
    fields: tuple[CatalogField, ...]  # what the customer holds that this role may name

    @property
    def allowed(self) -> bool:
        return self.consent is Decision.GRANTED


def shareable(vault: Vault, session: Session, customer_id: int) -> list[ShareOption]:
    """The recipients of the services the customer uses, for the "Record sharing" dialog. Reads
    no values (field names and consent states only), so only a refusal is audited."""
    authorize(vault, session, Permission.SHARING_RECORD, Action.DATA_SHARED)
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, customer_id, Action.DATA_SHARED)
        options: list[ShareOption] = []
        if customer is not None:
            fields = _nameable_fields(conn, session, customer_id)
            states = consent_repo.current_state(conn, customer_id)
            for service_id in consent_repo.enrolled_services(conn, customer_id):
                service = service_repo.get(conn, service_id)
                for recipient in service.recipients if service else ():
                    latest = next((s for s in states if s.purpose is Purpose.SHARING
                                   and s.service_id == service_id
                                   and s.recipient_id == recipient.id), None)
                    options.append(ShareOption(
                        recipient.id, recipient.name, recipient.what_for, service_id,
                        service.name if service else "", latest.decision if latest else None,
                        latest.at if latest else None, fields))
    if error is not None:
        raise error
    return options


def sharing_history(vault: Vault, session: Session, customer_id: int) -> list[SharingRecord]:
    """The customer's register entries, newest first. Part of reading the record (opening it is
    the audited access, as for the consent history), so not audited again; a refusal is."""
    authorize(vault, session, Permission.CUSTOMER_OPEN, Action.CUSTOMER_VIEWED)
    with vault.transaction() as conn:
        _, error = load_in_scope(conn, vault, session, customer_id, Action.CUSTOMER_VIEWED)
        records = [] if error is not None else sharing_repo.for_customer(conn, customer_id)
    if error is not None:
        raise error
    return records


def record_sharing(vault: Vault, session: Session, customer_id: int, *, recipient_id: int,
                   purpose: str, fields: Sequence[str], legal_basis: LegalBasis) -> int:
    """Enter one sharing in the register; returns its id. Refused, and audited as refused,
    without an active consent to share with this recipient."""
    authorize(vault, session, Permission.SHARING_RECORD, Action.DATA_SHARED)
    now = vault.clock()
    keys = tuple(fields)
    text = purpose.strip()
    record_id = 0
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, customer_id, Action.DATA_SHARED)
        if customer is not None:
            error, problem = _problem(conn, session, customer_id, recipient_id, text, keys,
                                      legal_basis)
            if error is not None:
                deny(conn, vault, session, Action.DATA_SHARED, customer_id=customer_id,
                     detail=f"recipient #{recipient_id}: {problem}")
        if customer is not None and error is None:
            service_id = sharing_repo.recipient_service(conn, recipient_id)
            assert service_id is not None
            decision_id = sharing_repo.latest_sharing_decision(conn, customer_id, service_id,
                                                               recipient_id)
            assert decision_id is not None
            basis = LegalBasis(legal_basis)
            record_id = sharing_repo.insert(
                conn, customer_id=customer_id, service_id=service_id, recipient_id=recipient_id,
                purpose=text, fields=keys, legal_basis=basis, consent_decision_id=decision_id,
                shared_by=session.staff_id, now=now)
            audit_log.record(
                conn, at=now, action=str(Action.DATA_SHARED), actor_id=session.staff_id,
                actor=session.username, customer_id=customer_id, fields=keys,
                purpose=purpose_key(Purpose.SHARING, recipient_id),
                detail=f"recipient #{recipient_id}, service #{service_id}, basis {basis}, "
                       f"register #{record_id}, consent decision #{decision_id}")
    if error is not None:
        raise error
    return record_id


def _problem(conn: Connection, session: Session, customer_id: int, recipient_id: int,
             text: str, keys: tuple[str, ...], legal_basis: object
             ) -> tuple[ClientSafeError | None, str]:
    """Why this sharing may not be recorded, with fixed wording for the audit entry."""
    if legal_basis not in set(LegalBasis):
        return InvalidLegalBasis(), "unknown legal basis"
    try:
        staff_text(text, MAX_PURPOSE, InvalidSharingPurpose(limit=MAX_PURPOSE), required=True)
    except InvalidSharingPurpose as error:
        return error, "purpose text empty or too long"
    except TextHasControlCharacters as error:
        return error, "purpose text with control characters"
    service_id = sharing_repo.recipient_service(conn, recipient_id)
    if service_id is None or service_id not in consent_repo.enrolled_services(conn, customer_id):
        return RecipientNotAvailable(), "not a recipient of the customer's services"
    nameable = {f.key for f in _nameable_fields(conn, session, customer_id)}
    if not keys or len(set(keys)) != len(keys) or not set(keys) <= nameable:
        return InvalidSharedFields(), "fields not held or not nameable"
    if granting(consent_repo.current_state(conn, customer_id), USE, service_id=service_id,
                recipient_id=recipient_id) is None:
        return NoSharingConsent(), "no active sharing consent"
    return None, ""


def _nameable_fields(conn: Connection, session: Session, customer_id: int
                     ) -> tuple[CatalogField, ...]:
    """The catalog fields the customer holds a value in and this role may name (a masked field
    can be named, not read): the name, then the catalog's order."""
    held = customer_repo.held_keys(conn, customer_id) | {NAME_FIELD}
    levels = catalog_access(conn, session, sorted(held))
    return tuple(f for f in catalog.all_fields(conn)
                 if f.key in held and levels.get(f.key, Access.HIDDEN) is not Access.HIDDEN)
