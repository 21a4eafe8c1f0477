"""The security officer's sign-in alerts."""

from __future__ import annotations

import pytest

from clientsafe.core.errors import AuthenticationFailed, PermissionDenied
from clientsafe.services import alerts, auth, checks, customer_records, customers
from clientsafe.services.alerts import AlertKind
from clientsafe.services.disclosure_settings import limits, set_limits
from clientsafe.vault.vault import Vault


def _login(vault: Vault, name: str):
    return auth.login(vault, name, "demo")


def _kinds(vault: Vault) -> dict[AlertKind, list[alerts.Alert]]:
    found: dict[AlertKind, list[alerts.Alert]] = {}
    for alert in alerts.login_alerts(vault, _login(vault, "officer")):
        found.setdefault(alert.kind, []).append(alert)
    return found


def test_nothing_to_report(demo_vault: Vault) -> None:
    assert alerts.login_alerts(demo_vault, _login(demo_vault, "officer")) == []


def test_password_lockout_and_denial_burst(demo_vault: Vault, clock) -> None:
    _login(demo_vault, "officer")
    clock.advance(minutes=1)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.login(demo_vault, "finance", "wrong")
    clock.advance(minutes=1)
    found = _kinds(demo_vault)
    assert [a.username for a in found[AlertKind.PASSWORD_LOCKOUT]] == ["finance"]
    [burst] = found[AlertKind.DENIAL_BURST]
    assert (burst.username, burst.count) == ("finance", 5)


def test_refusals_spread_out_are_no_burst(demo_vault: Vault, clock) -> None:
    _login(demo_vault, "officer")
    desk = _login(demo_vault, "frontdesk")
    for _ in range(6):
        clock.advance(minutes=11)
        with pytest.raises(PermissionDenied):
            customers.count(demo_vault, _login(demo_vault, "finance"))
    assert AlertKind.DENIAL_BURST not in _kinds(demo_vault)
    assert desk  # the front desk signed in during business hours: nothing to say about it


def test_work_outside_business_hours(demo_vault: Vault, clock) -> None:
    _login(demo_vault, "officer")
    clock.now = clock.now.replace(hour=23, minute=30)  # the FakeClock runs in UTC
    manager = _login(demo_vault, "manager")
    customer_records.open_record(demo_vault, manager,
                                 customers.page(demo_vault, manager, offset=0, limit=1)[0].id)
    clock.now = clock.now.replace(hour=23, minute=45)
    found = _kinds(demo_vault)
    [late] = [a for a in found[AlertKind.OUTSIDE_HOURS] if a.username == "manager"]
    assert late.count == 2  # the sign-in and the record opened


def test_failed_check_is_reported(demo_vault: Vault, clock) -> None:
    officer = _login(demo_vault, "officer")
    clock.advance(minutes=1)
    demo_vault.conn.execute("DROP TRIGGER audit_log_no_update")
    demo_vault.conn.execute("UPDATE audit_log SET detail = 'edited' WHERE seq = 3")
    assert not checks.check_vault(demo_vault, officer).ok
    clock.advance(minutes=1)
    assert [a.username for a in _kinds(demo_vault)[AlertKind.CHECK_FAILED]] == ["officer"]


def test_business_hours_are_settings(demo_vault: Vault) -> None:
    from clientsafe.core.errors import ValidationError

    officer = _login(demo_vault, "officer")
    with pytest.raises(ValidationError):
        set_limits(demo_vault, officer, type(limits(demo_vault.conn))(business_opens=22,
                                                                      business_closes=8))
