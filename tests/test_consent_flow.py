"""Collection and consent at the service layer: only approved fields, the notice matches the
form, consent records are append-only, withdrawal and renewal, minors, decline stores nothing."""

from __future__ import annotations

import pytest

from clientsafe.core.collection import FieldNotCollected, OwnRequest
from clientsafe.core.consent import (
    Channel,
    ConsentIncomplete,
    Decision,
    EventKind,
    Guardian,
    Purpose,
)
from clientsafe.core.field_catalog import BUILTIN_BY_KEY
from clientsafe.core.field_validators import FieldEmpty, InvalidPhone
from clientsafe.services import auth, collection, consents, customers, intake
from clientsafe.vault import audit_log
from clientsafe.vault.vault import Vault
from tests.consent_tools import (
    MEMBERSHIP,
    consent_for,
    draft,
    make_service,
    member,
    register,
    staff_pair,
    tiny_png,
    years_ago,
)


@pytest.fixture
def setup(vault: Vault):
    manager, officer = staff_pair(vault)
    service_id = make_service(vault, manager, officer,
                              [("phone", True), ("date_of_birth", False), ("email", False)])
    return vault, manager, officer, service_id


def test_the_notice_lists_exactly_the_fields_of_the_form(setup) -> None:
    vault, manager, _, service_id = setup
    d = draft(vault, manager, member(), service_id=service_id)
    for language, notice in d.notices.items():
        collect = notice.text.split("\n\n")[1].splitlines()[1:]  # the "what we collect" lines
        labels = [f.field.label(language) for f in d.form.fields]
        assert len(collect) == len(labels)
        assert all(line.startswith(f"• {label}") for line, label in zip(collect, labels,
                                                                          strict=True))
        # A catalog field the service does not collect is not mentioned.
        assert BUILTIN_BY_KEY["national_id"].label(language) not in notice.text


def test_a_field_outside_the_approved_list_is_refused(setup) -> None:
    vault, manager, _, service_id = setup
    before = customers.count(vault, manager)
    with pytest.raises(FieldNotCollected):
        draft(vault, manager, member(national_id="11010519491231002X"), service_id=service_id)
    last = audit_log.page(vault.conn, 0, 1)[0]
    assert last.outcome == "denied" and last.fields == ("national_id",)
    assert "11010519491231002X" not in last.detail
    assert customers.count(vault, manager) == before


def test_register_with_consent_and_history(setup) -> None:
    vault, manager, _, service_id = setup
    customer_id = register(vault, manager, member(email="A.Person@Example.COM"),
                           service_id=service_id, granted={"service", "sensitive"})
    view = consents.overview(vault, manager, customer_id)
    (event,) = view.history
    assert event.kind is EventKind.COLLECTION and event.channel is Channel.SCREEN
    assert event.decisions == {"service": Decision.GRANTED, "marketing": Decision.DECLINED,
                               "sensitive": Decision.GRANTED}
    assert event.has_signature and len(event.verification_code) == 14
    assert not view.needs_consent
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert entry.action == "customer.created" and entry.customer_id == customer_id
    assert set(entry.fields) == {"full_name", "phone", "date_of_birth", "email"}
    assert "consent screen" in entry.detail and "a.person" not in entry.detail.lower()


def test_required_values_and_validators_apply(setup) -> None:
    vault, manager, _, service_id = setup
    with pytest.raises(FieldEmpty):
        draft(vault, manager, {"full_name": "No Phone"}, service_id=service_id)
    with pytest.raises(InvalidPhone):
        draft(vault, manager, member(phone="12345"), service_id=service_id)


def test_service_purpose_and_signature_are_required(setup) -> None:
    vault, manager, _, service_id = setup
    d = draft(vault, manager, member(), service_id=service_id)
    notice = d.notices["en"]
    with pytest.raises(ConsentIncomplete):
        intake.complete(vault, manager, d, consent_for(notice, granted={"marketing"}))
    unsigned = consent_for(notice)
    with pytest.raises(ConsentIncomplete):
        intake.complete(vault, manager, d, unsigned.__class__(
            notice.id, notice.sha256, unsigned.decisions, Channel.SCREEN))
    # Signed on paper: no image needed.
    intake.complete(vault, manager, d, consent_for(notice, channel=Channel.PAPER))


def test_a_minor_needs_a_guardian(setup, clock) -> None:
    vault, manager, _, service_id = setup
    d = draft(vault, manager, member(born=years_ago(clock().date(), 10)), service_id=service_id)
    assert d.minor
    notice = d.notices["zh_CN"]
    with pytest.raises(ConsentIncomplete):
        intake.complete(vault, manager, d, consent_for(notice))
    guardian = Guardian("王大明", "Parent", tiny_png())
    customer_id = intake.complete(vault, manager, d, consent_for(notice, guardian=guardian))
    (event,) = consents.overview(vault, manager, customer_id).history
    assert event.guardian_name == "王大明" and event.language == "zh_CN"


def test_declining_stores_nothing(setup) -> None:
    vault, manager, _, service_id = setup
    before = customers.count(vault, manager)
    d = draft(vault, manager, member(name="Declining Person"), service_id=service_id)
    intake.decline(vault, manager, d)
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert entry.action == "consent.declined" and entry.customer_id is None
    assert customers.count(vault, manager) == before
    raw = vault.conn.execute("SELECT count(*) FROM customers WHERE full_name = ?",
                             ("Declining Person",)).fetchone()[0]
    assert raw == 0


def test_withdrawal_is_one_action_and_is_recorded(setup) -> None:
    vault, manager, _, service_id = setup
    customer_id = register(vault, manager, member(), service_id=service_id)
    consents.withdraw(vault, manager, customer_id, service_id, "marketing")
    state = {s.purpose: s.decision for s in consents.overview(vault, manager, customer_id).state}
    assert state[Purpose.MARKETING] is Decision.WITHDRAWN
    assert state[Purpose.SERVICE] is Decision.GRANTED
    history = consents.overview(vault, manager, customer_id).history
    assert [e.kind for e in history] == [EventKind.WITHDRAWAL, EventKind.COLLECTION]
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert (entry.action, entry.purpose) == ("consent.withdrawn", "marketing")


def test_consent_records_are_append_only(setup) -> None:
    vault, manager, _, service_id = setup
    register(vault, manager, member(), service_id=service_id)
    import sqlcipher3

    for sql in ("UPDATE consent_decisions SET decision = 'granted'",
                "DELETE FROM consent_decisions", "UPDATE consent_events SET channel = 'paper'",
                "DELETE FROM consent_events"):
        with pytest.raises(Exception) as caught, vault.transaction() as conn:
            conn.execute(sql)
        assert "append-only" in str(caught.value) or isinstance(
            caught.value, sqlcipher3.DatabaseError)


def test_a_notice_change_flags_customers_for_reconsent(setup) -> None:
    vault, manager, officer, service_id = setup
    customer_id = register(vault, manager, member(), service_id=service_id)
    request_id = collection.request_field(
        vault, manager, service_id=service_id, field_key="address", required=False,
        necessity_use="post the membership card", necessity_without="collect it in person")
    collection.decide(vault, officer, request_id, approve=True, reason="Cards are posted")
    view = consents.overview(vault, manager, customer_id)
    assert view.needs_consent == (service_id,) and view.history[0].outdated
    context = consents.renewal_context(vault, manager, customer_id, service_id)
    notice = context.notices["en"]
    assert notice.version == view.history[0].notice_version + 1
    assert "Postal address" in notice.text
    consents.renew(vault, manager, context, consent_for(notice))
    view = consents.overview(vault, manager, customer_id)
    assert view.needs_consent == () and view.history[0].kind is EventKind.RECONSENT


def test_a_draft_made_before_a_notice_change_is_refused(setup) -> None:
    vault, manager, officer, service_id = setup
    d = draft(vault, manager, member(), service_id=service_id)
    request_id = collection.request_field(
        vault, manager, service_id=service_id, field_key="address", required=False,
        necessity_use="post the membership card", necessity_without="collect it in person")
    collection.decide(vault, officer, request_id, approve=True, reason="Cards are posted")
    with pytest.raises(ConsentIncomplete):
        intake.complete(vault, manager, d, consent_for(d.notices["en"]))


def test_an_officer_cannot_approve_their_own_request(setup) -> None:
    vault, _, officer, service_id = setup
    request_id = collection.request_field(
        vault, officer, service_id=service_id, field_key="address", required=False,
        necessity_use="post the membership card", necessity_without="collect it in person")
    with pytest.raises(OwnRequest):
        collection.decide(vault, officer, request_id, approve=True, reason="Mine")


def test_the_consent_pdf_is_audited(setup) -> None:
    vault, manager, _, service_id = setup
    customer_id = register(vault, manager, member(name="张伟明"), service_id=service_id)
    (event,) = consents.overview(vault, manager, customer_id).history
    data = consents.pdf(vault, manager, event.id)
    assert data.startswith(b"%PDF")
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert entry.action == "consent.document" and entry.customer_id == customer_id


def test_front_desk_cannot_read_another_desks_consents(demo_vault: Vault) -> None:
    from clientsafe.core.errors import CustomerOutOfScope

    other = auth.login(demo_vault, "frontdesk2", "demo")
    mine = auth.login(demo_vault, "frontdesk", "demo")
    customer_id = register(demo_vault, mine, {"full_name": "Mine", "phone": "+8613800002222",
                                              "date_of_birth": "1990-01-01"})
    with pytest.raises(CustomerOutOfScope):
        consents.overview(demo_vault, other, customer_id)


def test_every_refusal_out_of_scope_keeps_its_audit_entry(demo_vault: Vault) -> None:
    # Raised inside the transaction that audits it, a refusal would roll its own entry back.
    from clientsafe.core.errors import CustomerOutOfScope

    other = auth.login(demo_vault, "frontdesk2", "demo")
    mine = auth.login(demo_vault, "frontdesk", "demo")
    customer_id = register(demo_vault, mine, {"full_name": "Mine", "phone": "+8613800002222",
                                              "date_of_birth": "1990-01-01"})
    context = consents.renewal_context(demo_vault, mine, customer_id, MEMBERSHIP)
    (event,) = consents.overview(demo_vault, mine, customer_id).history
    given = consent_for(next(iter(context.notices.values())))
    for call in (lambda: consents.overview(demo_vault, other, customer_id),
                 lambda: consents.renewal_context(demo_vault, other, customer_id, MEMBERSHIP),
                 lambda: consents.renew(demo_vault, other, context, given),
                 lambda: consents.document(demo_vault, other, event.id),
                 lambda: consents.withdraw(demo_vault, other, customer_id, MEMBERSHIP,
                                           "marketing")):
        before = audit_log.count(demo_vault.conn)
        with pytest.raises(CustomerOutOfScope):
            call()
        entry = audit_log.page(demo_vault.conn, 0, 1)[0]
        assert audit_log.count(demo_vault.conn) == before + 1
        assert (entry.outcome, entry.customer_id, entry.actor) == (
            "denied", customer_id, "frontdesk2")


def test_catalog_fields_beyond_the_columns_are_masked_and_revealable(vault: Vault) -> None:
    from clientsafe.services import customer_records, reveals

    manager, officer = staff_pair(vault)
    service_id = make_service(vault, manager, officer, [("phone", True), ("bank_account", True)],
                              name="Loans")
    customer_id = register(vault, manager, {"full_name": "Li Lei", "phone": "+8613800001111",
                                            "bank_account": "6222 0212 3456 7890 128"},
                           service_id=service_id)
    shown = {f.key: f for f in customer_records.open_record(vault, manager, customer_id).fields}
    assert shown["bank_account"].masked and shown["bank_account"].text.endswith("0128")
    assert "62220212" not in shown["bank_account"].text
    request_id = reveals.request_reveal(vault, manager, customer_id=customer_id,
                                        fields=["bank_account"], reason_code="identity_check",
                                        reason_text="")
    assert request_id > 0


def test_renewal_is_only_for_a_service_the_customer_is_registered_for(setup) -> None:
    from clientsafe.services.consents import NotRegistered

    vault, manager, officer, service_id = setup
    customer_id = register(vault, manager, member(), service_id=service_id)
    other = make_service(vault, manager, officer, [("phone", True)], name="Lockers")
    with pytest.raises(NotRegistered):
        consents.renewal_context(vault, manager, customer_id, other)
