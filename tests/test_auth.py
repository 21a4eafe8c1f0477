"""Staff login, lockout with a growing delay, password change; every failure audited."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clientsafe.core.errors import AccountLocked, AuthenticationFailed, WeakPassword
from clientsafe.core.roles import Role
from clientsafe.services import auth
from clientsafe.vault import audit_log
from clientsafe.vault.vault import Vault
from tests.conftest import OFFICER, OFFICER_PASSWORD


def _actions(vault: Vault) -> list[tuple[str, str, str]]:
    return [(e.action, e.outcome, e.actor) for e in reversed(audit_log.page(vault.conn, 0, 1000))]


def test_login_yields_a_session_and_is_audited(vault: Vault) -> None:
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    assert session.role is Role.SECURITY_OFFICER and session.vault_id == vault.vault_id
    assert _actions(vault)[-1] == ("auth.login", "done", OFFICER)


def test_user_names_are_case_insensitive(vault: Vault) -> None:
    assert auth.login(vault, "  OFFICER ", OFFICER_PASSWORD).username == OFFICER


def test_wrong_password_is_audited_without_the_password(vault: Vault) -> None:
    with pytest.raises(AuthenticationFailed):
        auth.login(vault, OFFICER, "Tr0ub4dor&3-guess")
    assert _actions(vault)[-1] == ("auth.login_failed", "denied", OFFICER)
    dump = "".join(str(e) for e in audit_log.page(vault.conn, 0, 1000))
    assert "Tr0ub4dor" not in dump


def test_unknown_user_is_audited_without_the_typed_name(vault: Vault) -> None:
    with pytest.raises(AuthenticationFailed) as info:
        auth.login(vault, "maybe-a-password", "x")
    assert "maybe-a-password" not in str(info.value)
    assert _actions(vault)[-1] == ("auth.login_failed", "denied", auth.UNKNOWN_ACTOR)
    assert "maybe-a-password" not in "".join(str(e) for e in audit_log.page(vault.conn, 0, 100))


def test_five_failures_lock_the_account_even_for_the_right_password(vault: Vault, clock) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as info:
            auth.login(vault, OFFICER, "wrong")
        assert not isinstance(info.value, AccountLocked)
    with pytest.raises(AccountLocked):
        auth.login(vault, OFFICER, "wrong")
    assert _actions(vault)[-1] == ("auth.lockout", "denied", OFFICER)
    with pytest.raises(AccountLocked):
        auth.login(vault, OFFICER, OFFICER_PASSWORD)
    clock.advance(seconds=31)
    assert auth.login(vault, OFFICER, OFFICER_PASSWORD).username == OFFICER


def test_the_delay_grows_with_each_further_failure(vault: Vault, clock) -> None:
    waits = []
    for attempt in range(1, 9):
        with pytest.raises(AuthenticationFailed):
            auth.login(vault, OFFICER, "wrong")
        if attempt >= 5:
            waits.append(auth.lock_duration(attempt))
            clock.advance(seconds=auth.lock_duration(attempt).total_seconds() + 1)
    assert waits == [timedelta(seconds=30 * 2**i) for i in range(4)]
    assert auth.lock_duration(50) == auth.MAX_LOCK


def test_hostile_input_fails_like_a_wrong_login(vault: Vault) -> None:
    for name, password in [("x" * 100_000, "y"), (OFFICER, "p" * 1_000_000), ("'; DROP--", "")]:
        with pytest.raises(AuthenticationFailed):
            auth.login(vault, name, password)
    assert auth.login(vault, OFFICER, OFFICER_PASSWORD)


def test_change_password(vault: Vault) -> None:
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    with pytest.raises(WeakPassword):
        auth.change_password(vault, session, OFFICER_PASSWORD, "short")
    with pytest.raises(AuthenticationFailed):
        auth.change_password(vault, session, "not-the-current-one", "A-much-Better-pass-77")
    auth.change_password(vault, session, OFFICER_PASSWORD, "A-much-Better-pass-77")
    with pytest.raises(AuthenticationFailed):
        auth.login(vault, OFFICER, OFFICER_PASSWORD)
    assert auth.login(vault, OFFICER, "A-much-Better-pass-77")
    assert [a for a, *_ in _actions(vault)].count("auth.password_changed") == 3
