"""Masked fields, reveal requests, approvals, grants: the rules of least privilege."""

from __future__ import annotations

import pytest

from clientsafe.core.errors import (
    AccountLocked,
    AuthenticationFailed,
    CustomerOutOfScope,
    NotPending,
    PermissionDenied,
    RevealExpired,
    SelfApprovalRefused,
    ValidationError,
)
from clientsafe.core.masking import mask
from clientsafe.core.roles import Role
from clientsafe.services import auth, customer_records, customers, reveals
from clientsafe.services.disclosure_settings import limits, set_limits
from clientsafe.vault import audit_log, customer_repo
from clientsafe.vault.vault import Vault


def _login(vault: Vault, name: str):
    return auth.login(vault, name, "demo")


def _own_customer(vault: Vault, session) -> int:
    return customers.page(vault, session, offset=0, limit=1)[0].id


def _last(vault: Vault):
    return audit_log.page(vault.conn, 0, 1)[0]


def _audit_text(vault: Vault) -> str:
    return "\n".join(repr(e) for e in audit_log.page(vault.conn, 0, 10_000))


def test_masks() -> None:
    assert mask("national_id", "110101199003071234") == "110101********1234"
    assert mask("phone", "+8613812345678") == "138****5678"
    assert mask("email", "zhang@example.com") == "z***@example.com"
    assert mask("phone", "") == ""


@pytest.mark.parametrize(("user", "visible", "masked"), [
    ("frontdesk", {"full_name", "phone", "email", "address"}, {"national_id", "date_of_birth"}),
    ("manager", {"full_name", "phone", "email", "address"}, {"national_id", "date_of_birth"}),
])
def test_record_is_masked_by_role(demo_vault: Vault, user, visible, masked) -> None:
    session = _login(demo_vault, user)
    customer_id = _own_customer(demo_vault, session)
    record = customer_records.open_record(demo_vault, session, customer_id)
    real = customer_repo.get(demo_vault.conn, customer_id)
    assert {f.key for f in record.fields if not f.masked} == visible
    assert {f.key for f in record.fields if f.masked} == masked
    shown = {f.key: f.text for f in record.fields}
    assert shown["national_id"] != real.national_id and "*" in shown["national_id"]
    entry = _last(demo_vault)
    assert entry.action == "customer.viewed" and entry.customer_id == customer_id
    assert real.national_id not in _audit_text(demo_vault)


def test_finance_and_officer_cannot_open_records(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id = _own_customer(demo_vault, manager)
    for user in ("finance", "officer"):
        with pytest.raises(PermissionDenied):
            customer_records.open_record(demo_vault, _login(demo_vault, user), customer_id)
        assert _last(demo_vault).outcome == "denied"


def test_front_desk_cannot_open_someone_elses_customer(demo_vault: Vault) -> None:
    other = _own_customer(demo_vault, _login(demo_vault, "frontdesk2"))
    with pytest.raises(CustomerOutOfScope) as info:
        customer_records.open_record(demo_vault, _login(demo_vault, "frontdesk"), other)
    assert "Emily Carter" in str(info.value)
    assert (_last(demo_vault).outcome, _last(demo_vault).customer_id) == ("denied", other)


def _request(vault: Vault, session, customer_id: int, **kw) -> int:
    args = {"fields": ["national_id"], "reason_code": "identity_check", "reason_text": "",
            "minutes": 10} | kw
    return reveals.request_reveal(vault, session, customer_id=customer_id, **args)


def test_on_the_spot_approval_reveals_for_a_limited_time(demo_vault: Vault, clock) -> None:
    desk = _login(demo_vault, "frontdesk")
    customer_id = _own_customer(demo_vault, desk)
    real = customer_repo.get(demo_vault.conn, customer_id).national_id
    request_id = _request(demo_vault, desk, customer_id)
    grant = reveals.approve_on_the_spot(demo_vault, desk, request_id=request_id,
                                        manager_username="manager", manager_password="demo")
    assert grant.fields == ("national_id",) and not grant.flagged
    assert reveals.reveal_value(demo_vault, desk, grant_id=grant.id, field="national_id") == real
    reveals.record_copy(demo_vault, desk, grant_id=grant.id, field="national_id")
    with pytest.raises(PermissionDenied):  # not granted
        reveals.reveal_value(demo_vault, desk, grant_id=grant.id, field="date_of_birth")
    other = _login(demo_vault, "frontdesk2")
    with pytest.raises(PermissionDenied):  # someone else's grant
        reveals.reveal_value(demo_vault, other, grant_id=grant.id, field="national_id")
    clock.advance(minutes=10)
    with pytest.raises(RevealExpired):  # replaying an expired grant
        reveals.reveal_value(demo_vault, desk, grant_id=grant.id, field="national_id")
    reveals.record_remask(demo_vault, desk, grant_id=grant.id, reason="timer")
    with pytest.raises(PermissionDenied):
        reveals.record_remask(demo_vault, other, grant_id=grant.id, reason="timer")
    actions = [e.action for e in audit_log.page(demo_vault.conn, 0, 14)]
    for expected in ("reveal.requested", "reveal.approved", "reveal.shown", "reveal.copied",
                     "reveal.remasked"):
        assert expected in actions
    assert real not in _audit_text(demo_vault)
    with pytest.raises(NotPending):
        reveals.approve_on_the_spot(demo_vault, desk, request_id=request_id,
                                    manager_username="manager", manager_password="demo")


def test_approver_must_be_another_manager(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    customer_id = _own_customer(demo_vault, desk)
    request_id = _request(demo_vault, desk, customer_id)
    with pytest.raises(AuthenticationFailed):
        reveals.approve_on_the_spot(demo_vault, desk, request_id=request_id,
                                    manager_username="manager", manager_password="wrong")
    with pytest.raises(PermissionDenied):
        reveals.approve_on_the_spot(demo_vault, desk, request_id=request_id,
                                    manager_username="frontdesk2", manager_password="demo")
    manager = _login(demo_vault, "manager")
    own = _request(demo_vault, manager, customer_id)
    with pytest.raises(SelfApprovalRefused):
        reveals.approve_on_the_spot(demo_vault, manager, request_id=own,
                                    manager_username="manager", manager_password="demo")
    assert _last(demo_vault).outcome == "denied"


def test_deciding_ones_own_request_in_the_inbox_is_refused_and_audited(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    own = _request(demo_vault, manager, _own_customer(demo_vault, manager))
    for approve in (True, False):
        with pytest.raises(SelfApprovalRefused):
            reveals.decide(demo_vault, manager, request_id=own, approve=approve,
                           reason="Not needed any more")
        last = _last(demo_vault)
        assert (last.outcome, last.actor) == ("denied", "manager")


def test_denial_needs_a_reason(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    request_id = _request(demo_vault, desk, _own_customer(demo_vault, desk))
    with pytest.raises(ValidationError):
        reveals.deny_on_the_spot(demo_vault, desk, request_id=request_id,
                                 manager_username="manager", manager_password="demo", reason=" ")
    reveals.deny_on_the_spot(demo_vault, desk, request_id=request_id,
                             manager_username="manager", manager_password="demo",
                             reason="Not needed for a membership renewal")
    assert _last(demo_vault).action == "reveal.denied"
    assert "membership renewal" not in _audit_text(demo_vault)
    assert reveals.my_requests(demo_vault, desk)[0].status == "denied"


def test_manager_self_approval_needs_a_reason_and_is_flagged(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    customer_id = _own_customer(demo_vault, manager)
    bare = _request(demo_vault, manager, customer_id)
    with pytest.raises(ValidationError):
        reveals.self_approve(demo_vault, manager, request_id=bare)
    explained = _request(demo_vault, manager, customer_id, reason_text="Customer on the phone")
    grant = reveals.self_approve(demo_vault, manager, request_id=explained)
    assert grant.flagged and "flagged for review" in _last(demo_vault).detail
    with pytest.raises(PermissionDenied):
        reveals.self_approve(demo_vault, _login(demo_vault, "frontdesk"), request_id=bare)


def test_inbox_decision_reaches_the_requester(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    manager = _login(demo_vault, "manager")
    request_id = _request(demo_vault, desk, _own_customer(demo_vault, desk))
    assert reveals.grant_for_request(demo_vault, desk, request_id) is None
    assert [r.id for r in reveals.pending_requests(demo_vault, manager)] == [request_id]
    grant = reveals.decide(demo_vault, manager, request_id=request_id, approve=True)
    assert reveals.grant_for_request(demo_vault, desk, request_id) == grant
    assert reveals.grant_for_request(demo_vault, _login(demo_vault, "frontdesk2"),
                                     request_id) is None
    with pytest.raises(PermissionDenied):
        reveals.pending_requests(demo_vault, desk)


def test_bad_requests_are_refused(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    customer_id = _own_customer(demo_vault, desk)
    for bad in ({"fields": []}, {"fields": ["phone"]}, {"fields": ["nonsense"]},
                {"reason_code": "because"}, {"reason_code": "other"}, {"minutes": 0},
                {"minutes": 61}, {"reason_text": "x" * 501}):
        with pytest.raises(ValidationError):
            _request(demo_vault, desk, customer_id, **bad)
    other = _own_customer(demo_vault, _login(demo_vault, "frontdesk2"))
    with pytest.raises(CustomerOutOfScope):
        _request(demo_vault, desk, other)


def test_bulk_viewing_locks_the_account(demo_vault: Vault, clock) -> None:
    officer = _login(demo_vault, "officer")
    current = limits(demo_vault.conn)
    set_limits(demo_vault, officer, type(current)(bulk_view_limit=5, bulk_view_window_minutes=10,
                                                  export_limit=current.export_limit))
    manager = _login(demo_vault, "manager")
    ids = [r.id for r in customers.page(demo_vault, manager, offset=0, limit=10)]
    for customer_id in ids[:5]:
        customer_records.open_record(demo_vault, manager, customer_id)
    with pytest.raises(AccountLocked):
        customer_records.open_record(demo_vault, manager, ids[5])
    assert _last(demo_vault).action == "auth.bulk_view_lockout"
    with pytest.raises(AccountLocked):  # the running session is stopped too
        customers.count(demo_vault, manager)
    with pytest.raises(AccountLocked):
        auth.login(demo_vault, "manager", "demo")
    clock.advance(minutes=61)
    assert auth.login(demo_vault, "manager", "demo").role is Role.MANAGER


def test_views_spread_over_time_do_not_lock(demo_vault: Vault, clock) -> None:
    officer = _login(demo_vault, "officer")
    set_limits(demo_vault, officer, type(limits(demo_vault.conn))(bulk_view_limit=3,
                                                                  bulk_view_window_minutes=10))
    desk = _login(demo_vault, "frontdesk")
    customer_id = _own_customer(demo_vault, desk)
    for _ in range(9):
        customer_records.open_record(demo_vault, desk, customer_id)
        clock.advance(minutes=4)


def test_limits_are_the_officers_to_change(demo_vault: Vault) -> None:
    with pytest.raises(PermissionDenied):
        set_limits(demo_vault, _login(demo_vault, "manager"), limits(demo_vault.conn))
    with pytest.raises(ValidationError):
        set_limits(demo_vault, _login(demo_vault, "officer"),
                   type(limits(demo_vault.conn))(bulk_view_limit=0))


def test_officer_is_alerted_to_lockouts_since_last_sign_in(demo_vault: Vault, clock) -> None:
    from clientsafe.services import alerts

    officer = _login(demo_vault, "officer")
    assert alerts.login_alerts(demo_vault, officer) == []
    set_limits(demo_vault, officer, type(limits(demo_vault.conn))(bulk_view_limit=1))
    clock.advance(minutes=1)
    manager = _login(demo_vault, "manager")
    ids = [r.id for r in customers.page(demo_vault, manager, offset=0, limit=2)]
    customer_records.open_record(demo_vault, manager, ids[0])
    with pytest.raises(AccountLocked):
        customer_records.open_record(demo_vault, manager, ids[1])
    clock.advance(minutes=1)
    found = alerts.login_alerts(demo_vault, _login(demo_vault, "officer"))
    assert [(a.kind, a.username) for a in found] == [("bulk_view_lockout", "manager")]
    clock.advance(minutes=1)
    assert alerts.login_alerts(demo_vault, _login(demo_vault, "officer")) == []
    with pytest.raises(PermissionDenied):
        alerts.login_alerts(demo_vault, _login(demo_vault, "frontdesk"))
