"""The sharing register: recorded only with the customer's consent to that very recipient, never
holding values, and never putting the purpose staff typed into the audit trail."""

from __future__ import annotations

import pytest

from clientsafe.core.consent import Decision
from clientsafe.core.errors import CustomerOutOfScope, PermissionDenied
from clientsafe.core.sharing import LegalBasis
from clientsafe.core.validators import TextHasControlCharacters
from clientsafe.services import auth, consents, offerings, sharing
from clientsafe.vault import audit_log, sharing_repo
from clientsafe.vault.vault import Vault

TRAINING = 2
PURPOSE = "Insurance cover for the 12-week course 私教课保险"


def _login(vault: Vault, name: str):
    return auth.login(vault, name, "demo")


def ping_an(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT id FROM service_recipients WHERE service_id = ?",
                                  (TRAINING,)).fetchone()[0])


def with_sharing(vault: Vault, decision: Decision, *, owner: str | None = None) -> int:
    """A customer whose latest decision about Ping An is `decision` (optionally assigned to
    `owner`)."""
    rows = vault.conn.execute(
        "SELECT d.customer_id FROM consent_decisions d JOIN customers c ON c.id = d.customer_id"
        " LEFT JOIN staff s ON s.id = c.assigned_staff_id"
        " WHERE d.purpose = 'sharing' AND d.decision = ? AND (? IS NULL OR s.username = ?)"
        " AND d.id = (SELECT max(id) FROM consent_decisions WHERE customer_id = d.customer_id"
        "  AND purpose = 'sharing') ORDER BY d.customer_id",
        (decision.value, owner, owner)).fetchall()
    assert rows, f"the demo vault has no customer with a {decision} sharing decision"
    return int(rows[0][0])


def _membership_only(vault: Vault) -> int:
    return int(vault.conn.execute(
        "SELECT customer_id FROM customer_services GROUP BY customer_id"
        " HAVING count(*) = 1 AND max(service_id) = 1 ORDER BY customer_id").fetchone()[0])


def _record(vault: Vault, session, customer_id: int, **changes) -> int:
    args = {"recipient_id": ping_an(vault), "purpose": PURPOSE,
            "fields": ["full_name", "phone"], "legal_basis": LegalBasis.CONSENT, **changes}
    return sharing.record_sharing(vault, session, customer_id, **args)


def _refused(vault: Vault, session, customer_id: int, error: type[Exception], **changes) -> None:
    before = audit_log.count(vault.conn)
    held = len(sharing_repo.for_customer(vault.conn, customer_id))
    with pytest.raises(error):
        _record(vault, session, customer_id, **changes)
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert (entry.action, entry.outcome, entry.customer_id) == (
        "sharing.recorded", "denied", customer_id)
    assert audit_log.count(vault.conn) == before + 1
    assert len(sharing_repo.for_customer(vault.conn, customer_id)) == held
    assert "Insurance" not in entry.detail and "保险" not in entry.detail


def test_recorded_with_consent_to_that_recipient(demo_vault: Vault, clock) -> None:
    desk = _login(demo_vault, "frontdesk")
    customer_id = with_sharing(demo_vault, Decision.GRANTED, owner="frontdesk")
    seeded = sharing.sharing_history(demo_vault, desk, customer_id)
    clock.advance(days=1)
    record_id = _record(demo_vault, desk, customer_id, fields=["phone", "full_name"],
                        purpose="  " + PURPOSE + " ")
    [record, *older] = sharing.sharing_history(demo_vault, desk, customer_id)
    assert older == seeded  # newest first
    assert (record.id, record.customer_id, record.service_id, record.recipient_id) == (
        record_id, customer_id, TRAINING, ping_an(demo_vault))
    assert record.recipient_name == "平安健康保险 Ping An Health"
    assert record.service_name == "Personal training 私教课"
    assert (record.purpose, record.fields, record.legal_basis) == (
        PURPOSE, ("phone", "full_name"), LegalBasis.CONSENT)
    assert record.shared_by == "王芳 Wang Fang" and record.shared_at == clock()
    relied_on = demo_vault.conn.execute(
        "SELECT id, at FROM consent_decisions WHERE customer_id = ? AND purpose = 'sharing'"
        " ORDER BY id DESC LIMIT 1", (customer_id,)).fetchone()
    assert record.consent_decision_id == relied_on[0]
    assert record.consent_given_at.isoformat().startswith(relied_on[1][:19])

    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (entry.action, entry.outcome, entry.customer_id) == (
        "sharing.recorded", "done", customer_id)
    assert entry.fields == ("phone", "full_name")
    assert entry.purpose == f"sharing:{ping_an(demo_vault)}"
    assert f"recipient #{ping_an(demo_vault)}" in entry.detail
    assert "Insurance" not in entry.detail and "保险" not in entry.detail


def test_refused_without_consent_to_that_recipient(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    declined = with_sharing(demo_vault, Decision.DECLINED)
    _refused(demo_vault, manager, declined, sharing.NoSharingConsent)
    assert issubclass(sharing.NoSharingConsent, PermissionDenied)


def test_refused_after_withdrawal(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id = with_sharing(demo_vault, Decision.GRANTED)
    _record(demo_vault, manager, customer_id)
    consents.withdraw(demo_vault, manager, customer_id, TRAINING,
                      f"sharing:{ping_an(demo_vault)}")
    _refused(demo_vault, manager, customer_id, sharing.NoSharingConsent)
    [option] = sharing.shareable(demo_vault, manager, customer_id)
    assert option.consent is Decision.WITHDRAWN and not option.allowed


def test_refused_with_a_recipient_of_another_service(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    _refused(demo_vault, manager, _membership_only(demo_vault), sharing.RecipientNotAvailable)
    locker_lab = offerings.add_recipient(demo_vault, manager, 3, name="Lock & Co 锁具公司",
                                         what_for="replace lost locker keys")
    granted = with_sharing(demo_vault, Decision.GRANTED)
    _refused(demo_vault, manager, granted, sharing.RecipientNotAvailable,
             recipient_id=locker_lab)
    _refused(demo_vault, manager, granted, sharing.RecipientNotAvailable, recipient_id=999)


@pytest.mark.parametrize(("changes", "error"), [
    ({"purpose": "   "}, sharing.InvalidSharingPurpose),
    ({"purpose": "x" * 301}, sharing.InvalidSharingPurpose),
    ({"fields": []}, sharing.InvalidSharedFields),
    ({"fields": ["phone", "phone"]}, sharing.InvalidSharedFields),
    ({"fields": ["no_such_field"]}, sharing.InvalidSharedFields),
    ({"fields": ["bank_account"]}, sharing.InvalidSharedFields),  # not held by this customer
    ({"legal_basis": "because"}, sharing.InvalidLegalBasis),
    ({"purpose": "Insurance \u202ecover"}, TextHasControlCharacters),  # RTL override
    ({"purpose": "Insurance\x00cover"}, TextHasControlCharacters),
])
def test_refused_with_bad_input(demo_vault: Vault, changes: dict, error: type) -> None:
    manager = _login(demo_vault, "manager")
    _refused(demo_vault, manager, with_sharing(demo_vault, Decision.GRANTED), error,
             **changes)


def test_a_purpose_typed_with_chinese_input_spaces_and_lines_is_recorded(demo_vault: Vault
                                                                          ) -> None:
    # A Chinese input method types the ideographic space; a purpose may run over lines.
    manager = _login(demo_vault, "manager")
    customer_id = with_sharing(demo_vault, Decision.GRANTED)
    purpose = "私教课保险\u3000十二周\n第二行\tInsurance"
    _record(demo_vault, manager, customer_id, purpose=purpose)
    assert sharing.sharing_history(demo_vault, manager, customer_id)[0].purpose == purpose


def test_front_desk_records_only_for_their_customers(demo_vault: Vault) -> None:
    other = with_sharing(demo_vault, Decision.GRANTED, owner="frontdesk2")
    desk = _login(demo_vault, "frontdesk")
    _refused(demo_vault, desk, other, CustomerOutOfScope)
    with pytest.raises(CustomerOutOfScope):
        sharing.sharing_history(demo_vault, desk, other)
    with pytest.raises(CustomerOutOfScope):
        sharing.shareable(demo_vault, desk, other)
    for user in ("finance", "officer"):
        with pytest.raises(PermissionDenied):
            _record(demo_vault, _login(demo_vault, user), other)


def test_the_dialog_choices(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    granted = with_sharing(demo_vault, Decision.GRANTED, owner="frontdesk")
    before = audit_log.count(demo_vault.conn)
    [option] = sharing.shareable(demo_vault, desk, granted)
    assert audit_log.count(demo_vault.conn) == before  # names and states only: not audited
    assert option.allowed and option.consent_at is not None
    assert (option.recipient_id, option.service_id) == (ping_an(demo_vault), TRAINING)
    keys = [f.key for f in option.fields]
    assert keys[0] == "full_name" and {"phone", "national_id", "date_of_birth"} <= set(keys)
    assert "bank_account" not in keys  # not held
    assert sharing.shareable(demo_vault, _login(demo_vault, "manager"),
                             _membership_only(demo_vault)) == []


def test_the_demo_has_register_entries(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    ids = [int(r[0]) for r in demo_vault.conn.execute(
        "SELECT DISTINCT customer_id FROM sharing_records")]
    assert ids
    for customer_id in ids:
        [option] = sharing.shareable(demo_vault, manager, customer_id)
        assert option.allowed  # seeded only for customers who agreed
        for record in sharing.sharing_history(demo_vault, manager, customer_id):
            assert record.legal_basis is LegalBasis.CONSENT and record.fields
