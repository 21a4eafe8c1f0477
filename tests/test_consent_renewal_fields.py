"""Renewal after a notice change asks for the fields added since: the required ones must be
given, they are checked by the field's validator, stored with the renewal in one transaction
(encrypted, with their blind index), and the audit entry names the fields, never the values."""

from __future__ import annotations

import pytest

from clientsafe.core.collection import FieldNotCollected
from clientsafe.core.field_validators import FieldEmpty, InvalidEmail
from clientsafe.services import collection, consents, customers
from clientsafe.vault import audit_log, customer_repo
from clientsafe.vault.vault import Vault
from tests.consent_tools import consent_for, make_service, member, register, staff_pair

EMAIL = "renewal-mark-5t@example.org"


@pytest.fixture
def setup(vault: Vault):
    manager, officer = staff_pair(vault)
    service_id = make_service(vault, manager, officer,
                              [("phone", True), ("date_of_birth", False)])
    customer_id = register(vault, manager, member(), service_id=service_id)
    for key, required in (("email", True), ("address", False)):
        request_id = collection.request_field(
            vault, manager, service_id=service_id, field_key=key, required=required,
            necessity_use="send the membership card",
            necessity_without="the card is collected at the counter")
        collection.decide(vault, officer, request_id, approve=True, reason="Cards are sent")
    return vault, manager, service_id, customer_id


def test_the_context_names_the_fields_without_a_value(setup) -> None:
    vault, manager, service_id, customer_id = setup
    context = consents.renewal_context(vault, manager, customer_id, service_id)
    assert context.asks_for_details and context.new_form is not None
    assert [(f.field.key, f.required) for f in context.new_form.fields] == [
        ("email", True), ("address", False)]


def test_a_required_new_field_must_be_given_and_valid(setup) -> None:
    vault, manager, service_id, customer_id = setup
    context = consents.renewal_context(vault, manager, customer_id, service_id)
    given = consent_for(context.notices["en"])
    before = audit_log.count(vault.conn)
    with pytest.raises(FieldEmpty):
        consents.renew(vault, manager, context, given)
    with pytest.raises(InvalidEmail):
        consents.renew(vault, manager, context, given, {"email": "not an address"})
    with pytest.raises(FieldNotCollected):  # phone is held already; no second value here
        consents.renew(vault, manager, context, given,
                       {"email": EMAIL, "phone": "+8613900000000"})
    assert audit_log.count(vault.conn) == before
    assert consents.overview(vault, manager, customer_id).needs_consent == (service_id,)
    assert customer_repo.get(vault.conn, customer_id).email == ""  # type: ignore[union-attr]


def test_given_values_are_stored_with_the_renewal(setup) -> None:
    vault, manager, service_id, customer_id = setup
    context = consents.renewal_context(vault, manager, customer_id, service_id)
    consents.renew(vault, manager, context, consent_for(context.notices["en"]),
                   {"email": f"  {EMAIL} ", "address": ""})
    held = customer_repo.get(vault.conn, customer_id)
    assert held is not None and held.email == EMAIL and held.address == ""
    assert consents.overview(vault, manager, customer_id).needs_consent == ()
    entry = next(e for e in audit_log.page(vault.conn, 0, 5) if e.action == "consent.renewed")
    assert [m.customer_id for m in customers.find_exact(vault, manager, EMAIL)] == [customer_id]
    assert entry.fields == ("email",)
    rows = "\n".join(repr(r) for r in vault.conn.execute("SELECT * FROM audit_log"))
    assert EMAIL not in rows
    again = consents.renewal_context(vault, manager, customer_id, service_id)
    assert [f.field.key for f in again.new_form.fields] == ["address"]  # type: ignore[union-attr]
