"""Correcting a customer's details, with a history of which field changed, when, by whom and why.

The history keeps the old and new values only masked (by the field's masking rule), never in
clear, even for fields that are not sensitive: a correction must not leave behind the value it
replaced. The audit entry names the field and the linked request, nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clientsafe.core.audit_actions import Action
from clientsafe.core.entities import Customer
from clientsafe.core.errors import ValidationError
from clientsafe.core.field_access import Access, FieldClass, access_for_class
from clientsafe.core.field_catalog import NAME_FIELD, CatalogField
from clientsafe.core.field_validators import ValidatorKind, validate
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.masking import mask_by_rule
from clientsafe.core.rights import Correction, RightsKind
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.core.validators import staff_text
from clientsafe.services import catalog
from clientsafe.services.customer_records import held_values, load_in_scope
from clientsafe.services.notices import intake_form
from clientsafe.services.policy import authorize, deny
from clientsafe.vault import audit_log, consent_repo, correction_repo, customer_repo, rights_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

MAX_REASON = 300


class FieldNotCorrectable(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "This customer has no such detail to correct; choose one of the details "
                  "listed.")


class CorrectionReasonRequired(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Write down why the detail is corrected, in at most {max_length} characters.")


class NotACorrectionRequest(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The linked request is not an open correction request of this customer; "
                  "choose another one or none.")


class NothingChanged(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The new value is the same as the one held, so nothing was changed.")


@dataclass(frozen=True, slots=True)
class CorrectableField:
    """A detail the customer's record holds or their services collect; no value here."""

    key: str
    label_en: str
    label_zh: str
    validator: ValidatorKind
    field_class: FieldClass
    held: bool

    def label(self, language: str) -> str:
        return self.label_zh if language.startswith("zh") else self.label_en


def field_labels(vault: Vault) -> dict[str, tuple[str, str]]:
    """English and Chinese labels of every catalog field, to name fields in the history (the
    catalog is the business's configuration, not customer data)."""
    return {f.key: (f.label_en, f.label_zh) for f in catalog.all_fields(vault.conn)}


def _candidates(conn: Connection, session: Session, customer: Customer
                ) -> tuple[dict[str, CatalogField], dict[str, str]]:
    """The catalog fields this role may correct for this customer, and the values held."""
    fields = catalog.by_key(conn)
    held = {k: v for k, v in held_values(conn, customer).items() if k in fields}
    collected = {NAME_FIELD}
    for service_id in consent_repo.enrolled_services(conn, customer.id):
        collected.update(intake_form(conn, service_id).keys)
    keys = [k for k in fields if (k in held or k in collected)
            and access_for_class(session.role, fields[k].field_class) is not Access.HIDDEN]
    return {k: fields[k] for k in keys}, held


def correctable_fields(vault: Vault, session: Session, customer_id: int
                       ) -> list[CorrectableField]:
    """For the correction dialog's picker. Names fields only, no values, so not audited when
    allowed (a refusal is audited by `authorize` or the scope check)."""
    authorize(vault, session, Permission.CUSTOMER_CORRECT, Action.CUSTOMER_CORRECTED)
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, customer_id,
                                        Action.CUSTOMER_CORRECTED)
        if customer is not None:
            fields, held = _candidates(conn, session, customer)
    if error is not None:
        raise error
    return [CorrectableField(f.key, f.label_en, f.label_zh, f.validator, f.field_class,
                             f.key in held) for f in fields.values()]


def correct(vault: Vault, session: Session, customer_id: int, *, field_key: str,
            new_value: str, reason: str, request_id: int | None = None,
            language: str = "en") -> None:
    """Replace one detail. `language` only chooses the field label named in a validation error."""
    authorize(vault, session, Permission.CUSTOMER_CORRECT, Action.CUSTOMER_CORRECTED)
    reason = staff_text(reason, MAX_REASON, CorrectionReasonRequired(max_length=MAX_REASON),
                        required=True)
    now = vault.clock()
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, customer_id,
                                        Action.CUSTOMER_CORRECTED)
        if customer is not None:
            fields, held = _candidates(conn, session, customer)
            field = fields.get(field_key)
            if field is None:
                deny(conn, vault, session, Action.CUSTOMER_CORRECTED, customer_id=customer_id,
                     fields=(field_key,) if field_key in catalog.by_key(conn) else (),
                     detail="field not held, collected or visible to the role")
                error = FieldNotCorrectable()
        fits = customer is not None and _request_fits(conn, customer_id, request_id)
        if customer is not None and error is None and not fits:
            # Linking someone else's request (or a closed one) is refused, and audited as such.
            deny(conn, vault, session, Action.CUSTOMER_CORRECTED, customer_id=customer_id,
                 detail=f"request #{request_id} is not an open correction request of this "
                        "customer")
            error = NotACorrectionRequest()
        if customer is not None and error is None:
            new = validate(field.validator, new_value, label=field.label(language),
                           today=now.date())
            old = held.get(field_key, "")
            # Only where the role sees the value in clear: for a masked field, "same as held"
            # would let someone test guesses of a value they may not read.
            visible = access_for_class(session.role, field.field_class) is Access.VISIBLE
            if visible and new == old:
                raise NothingChanged()
            correction_id = apply_correction(conn, customer_id, field, old, new, reason=reason,
                                             request_id=request_id, staff_id=session.staff_id,
                                             now=now)
            audit_log.record(conn, at=now, action=str(Action.CUSTOMER_CORRECTED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=customer_id, fields=(field_key,),
                             detail=f"correction #{correction_id}; "
                                    + (f"request #{request_id}" if request_id else "no request"))
    if error is not None:
        raise error


def apply_correction(conn: Connection, customer_id: int, field: CatalogField, old: str, new: str,
                     *, reason: str, request_id: int | None, staff_id: int,
                     now: datetime) -> int:
    """Store the new value (name with its search keys, or encrypted with its blind index) and
    the history entry with both values masked; inside the caller's transaction. The checks and
    the audit entry are the caller's. Returns the correction's id."""
    if field.key == NAME_FIELD:
        customer_repo.update_name(conn, customer_id, new, now=now)
    else:
        customer_repo.store_values(conn, customer_id, {field.key: new},
                                   indexed=(field.key,) if field.blind_indexed else ())
    return correction_repo.add(
        conn, customer_id=customer_id, field_key=field.key,
        old_masked=mask_by_rule(field.mask_rule.value, old),
        new_masked=mask_by_rule(field.mask_rule.value, new), reason=reason,
        request_id=request_id, corrected_by=staff_id, now=now)


def _request_fits(conn: Connection, customer_id: int, request_id: int | None) -> bool:
    if request_id is None:
        return True
    request = rights_repo.get(conn, request_id)
    return not (request is None or request.customer_id != customer_id or request.is_closed
                or request.kind is not RightsKind.CORRECTION)


def correction_history(vault: Vault, session: Session, customer_id: int) -> list[Correction]:
    """Part of reading the record (opening it is the audited access), so not audited again;
    the history holds masked values only."""
    authorize(vault, session, Permission.CUSTOMER_OPEN, Action.CUSTOMER_VIEWED)
    with vault.transaction() as conn:
        _, error = load_in_scope(conn, vault, session, customer_id, Action.CUSTOMER_VIEWED)
        history = [] if error is not None else correction_repo.for_customer(conn, customer_id)
    if error is not None:
        raise error
    return history
