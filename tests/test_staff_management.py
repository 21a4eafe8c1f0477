"""Staff management by the security officer, unlocking a locked window, and the idle setting.

Every rule is tested at the service layer: the guard rails (own account, last security officer,
stale sessions), that deactivated accounts cannot sign in, that a reset forces a change, that
every other role is refused and the refusal audited, and that no password reaches the audit.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from clientsafe.core import session_lock, staff_rules
from clientsafe.core.entities import StaffMember
from clientsafe.core.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    WeakPassword,
)
from clientsafe.core.roles import Role
from clientsafe.core.session import Session
from clientsafe.core.session_lock import LockReason, WrongUnlockPassword
from clientsafe.services import auth, settings, staff
from clientsafe.services import session_lock as lock_service
from clientsafe.vault import audit_log, settings_store
from clientsafe.vault.vault import Vault
from tests.conftest import OFFICER, OFFICER_PASSWORD, FakeClock

TEMPORARY = "Temporary-Pass-2026"
NEW_TEMPORARY = "Fresh-Start-Lantern-88"


def last_entry(vault: Vault) -> audit_log.AuditEntry:
    return audit_log.page(vault.conn, 0, 1)[0]


def entries_after(vault: Vault, count: int) -> list:
    """The entries written since the log had `count` entries, oldest first."""
    return list(reversed(audit_log.page(vault.conn, 0, audit_log.count(vault.conn) - count)))


def every_detail(vault: Vault) -> str:
    return "\n".join(str(e) for e in audit_log.page(vault.conn, 0, 10_000))


@pytest.fixture
def officer(vault: Vault) -> Session:
    return auth.login(vault, OFFICER, OFFICER_PASSWORD)


def add(vault: Vault, officer: Session, username: str, role: Role) -> int:
    return staff.create_staff(
        vault,
        officer,
        username=username,
        display_name=username.title(),
        role=role,
        temporary_password=TEMPORARY,
    )


def member(vault: Vault, officer: Session, staff_id: int) -> StaffMember:
    return next(m for m in staff.list_staff(vault, officer) if m.id == staff_id)


# --- changing roles -------------------------------------------------------------------------


def test_change_role_writes_one_audit_entry_with_ids_and_role_names(
    vault: Vault, officer: Session
) -> None:
    maria = add(vault, officer, "maria", Role.FRONT_DESK)
    before = audit_log.count(vault.conn)
    updated = staff.change_role(vault, officer, maria, Role.MANAGER)
    assert updated.role is Role.MANAGER and updated.id == maria
    [entry] = entries_after(vault, before)
    assert (entry.action, entry.outcome, entry.actor) == ("staff.role_changed", "done", OFFICER)
    assert entry.detail == f"staff #{maria}: front_desk -> manager"
    assert auth.login(vault, "maria", TEMPORARY).role is Role.MANAGER


def test_an_officer_cannot_change_their_own_role(vault: Vault, officer: Session) -> None:
    before = audit_log.count(vault.conn)
    with pytest.raises(staff_rules.OwnRole) as info:
        staff.change_role(vault, officer, officer.staff_id, Role.MANAGER)
    assert "another security officer" in str(info.value)
    [entry] = entries_after(vault, before)
    assert (entry.action, entry.outcome) == ("staff.role_changed", "denied")
    assert member(vault, officer, officer.staff_id).role is Role.SECURITY_OFFICER


def test_a_demoted_officer_s_open_session_can_no_longer_manage(
    vault: Vault, officer: Session
) -> None:
    sam_id = add(vault, officer, "sam", Role.SECURITY_OFFICER)
    sam = auth.change_password(vault, auth.login(vault, "sam", TEMPORARY), TEMPORARY,
                               "Sam-Own-Password-77")
    staff.change_role(vault, officer, sam_id, Role.FINANCE)
    # Sam's session still says "security officer"; the vault says otherwise.
    with pytest.raises(PermissionDenied):
        staff.change_role(vault, sam, officer.staff_id, Role.FINANCE)
    assert (last_entry(vault).action, last_entry(vault).outcome) == (
        "staff.role_changed", "denied")
    assert member(vault, officer, officer.staff_id).role is Role.SECURITY_OFFICER


def test_the_last_active_security_officer_is_kept() -> None:
    """Through the services the acting officer is always an active officer, so this rule is the
    net under the own-account rules; checked here on the core rule itself."""
    from datetime import UTC, datetime

    now = datetime(2026, 3, 1, tzinfo=UTC)
    only = StaffMember(7, "olivia", "Olivia", Role.SECURITY_OFFICER, True, False, 0, None, None,
                       now)
    with pytest.raises(staff_rules.LastSecurityOfficer) as info:
        staff_rules.check_role_change(1, only, Role.MANAGER, active_officers=1)
    assert "at least one active security officer" in str(info.value)
    with pytest.raises(staff_rules.LastSecurityOfficer):
        staff_rules.check_active_change(1, only, False, active_officers=1)
    staff_rules.check_role_change(1, only, Role.MANAGER, active_officers=2)
    staff_rules.check_active_change(1, only, False, active_officers=2)
    staff_rules.check_role_change(1, only, Role.SECURITY_OFFICER, active_officers=1)


def test_two_officers_may_change_each_other_but_not_themselves(
    vault: Vault, officer: Session
) -> None:
    sam_id = add(vault, officer, "sam", Role.SECURITY_OFFICER)
    staff.set_active(vault, officer, sam_id, False)
    assert not member(vault, officer, sam_id).active
    staff.set_active(vault, officer, sam_id, True)
    staff.change_role(vault, officer, sam_id, Role.MANAGER)
    assert member(vault, officer, sam_id).role is Role.MANAGER


# --- deactivating ---------------------------------------------------------------------------


def test_deactivated_staff_cannot_log_in_until_reactivated(
    vault: Vault, officer: Session
) -> None:
    fiona = add(vault, officer, "fiona", Role.FINANCE)
    before = audit_log.count(vault.conn)
    assert not staff.set_active(vault, officer, fiona, False).active
    [entry] = entries_after(vault, before)
    assert (entry.action, entry.outcome, entry.detail) == (
        "staff.deactivated", "done", f"staff #{fiona} (finance)")
    with pytest.raises(AccountDisabled):
        auth.login(vault, "fiona", TEMPORARY)
    assert fiona in {m.id for m in staff.list_staff(vault, officer)}  # never deleted

    before = audit_log.count(vault.conn)
    assert staff.set_active(vault, officer, fiona, True).active
    [entry] = entries_after(vault, before)
    assert (entry.action, entry.outcome) == ("staff.reactivated", "done")
    assert auth.login(vault, "fiona", TEMPORARY).username == "fiona"


def test_an_officer_cannot_deactivate_themselves(vault: Vault, officer: Session) -> None:
    with pytest.raises(staff_rules.OwnDeactivation):
        staff.set_active(vault, officer, officer.staff_id, False)
    assert (last_entry(vault).action, last_entry(vault).outcome) == (
        "staff.deactivated", "denied")
    assert member(vault, officer, officer.staff_id).active


def test_a_deactivated_officer_s_open_session_is_refused(vault: Vault, officer: Session) -> None:
    sam_id = add(vault, officer, "sam", Role.SECURITY_OFFICER)
    sam = auth.change_password(vault, auth.login(vault, "sam", TEMPORARY), TEMPORARY,
                               "Sam-Own-Password-77")
    staff.set_active(vault, officer, sam_id, False)
    with pytest.raises(AccountDisabled):
        staff.set_active(vault, sam, officer.staff_id, False)
    assert (last_entry(vault).outcome, last_entry(vault).actor) == ("denied", "sam")
    assert member(vault, officer, officer.staff_id).active


def test_an_unknown_account_is_refused_and_audited(vault: Vault, officer: Session) -> None:
    with pytest.raises(staff_rules.StaffNotFound):
        staff.set_active(vault, officer, 999, False)
    assert (last_entry(vault).outcome, last_entry(vault).detail) == ("denied", "no staff #999")


# --- resetting passwords --------------------------------------------------------------------


def test_reset_password_forces_a_change_at_next_login(vault: Vault, officer: Session) -> None:
    maria = add(vault, officer, "maria", Role.MANAGER)
    session = auth.change_password(vault, auth.login(vault, "maria", TEMPORARY), TEMPORARY,
                                   "Maria-Own-Password-9")
    assert not session.must_change_password
    before = audit_log.count(vault.conn)
    staff.reset_password(vault, officer, maria, NEW_TEMPORARY)
    [entry] = entries_after(vault, before)
    assert (entry.action, entry.outcome) == ("staff.password_reset", "done")
    with pytest.raises(AuthenticationFailed):
        auth.login(vault, "maria", "Maria-Own-Password-9")
    again = auth.login(vault, "maria", NEW_TEMPORARY)
    assert again.must_change_password
    assert NEW_TEMPORARY not in every_detail(vault) and TEMPORARY not in every_detail(vault)


def test_reset_password_ends_a_lockout(vault: Vault, officer: Session) -> None:
    maria = add(vault, officer, "maria", Role.MANAGER)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            auth.login(vault, "maria", "not-her-password")
    with pytest.raises(AccountLocked):
        auth.login(vault, "maria", TEMPORARY)
    staff.reset_password(vault, officer, maria, NEW_TEMPORARY)
    assert member(vault, officer, maria).locked_until is None
    assert auth.login(vault, "maria", NEW_TEMPORARY).must_change_password


def test_reset_password_refuses_a_weak_password_and_one_s_own_account(
    vault: Vault, officer: Session
) -> None:
    maria = add(vault, officer, "maria", Role.MANAGER)
    before = audit_log.count(vault.conn)
    with pytest.raises(WeakPassword):
        staff.reset_password(vault, officer, maria, "short")
    assert audit_log.count(vault.conn) == before  # refused before anything was looked at
    with pytest.raises(staff_rules.OwnPasswordReset):
        staff.reset_password(vault, officer, officer.staff_id, NEW_TEMPORARY)
    assert (last_entry(vault).action, last_entry(vault).outcome) == (
        "staff.password_reset", "denied")
    assert auth.login(vault, OFFICER, OFFICER_PASSWORD).username == OFFICER


# --- every other role is refused ---------------------------------------------------------------

OPERATIONS: dict[str, tuple[str, Callable[[Vault, Session, int], object]]] = {
    "change_role": ("staff.role_changed",
                    lambda v, s, target: staff.change_role(v, s, target, Role.MANAGER)),
    "deactivate": ("staff.deactivated", lambda v, s, target: staff.set_active(v, s, target, False)),
    "reactivate": ("staff.reactivated", lambda v, s, target: staff.set_active(v, s, target, True)),
    "reset_password": ("staff.password_reset",
                       lambda v, s, target: staff.reset_password(v, s, target, NEW_TEMPORARY)),
    "create_staff": ("staff.created", lambda v, s, target: staff.create_staff(
        v, s, username="newbie", display_name="New", role=Role.FINANCE,
        temporary_password=NEW_TEMPORARY)),
}


@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize("username", ["frontdesk", "finance", "manager"])
def test_only_the_security_officer_manages_staff(
    demo_vault: Vault, username: str, operation: str
) -> None:
    session = auth.login(demo_vault, username, "demo")
    officer = auth.login(demo_vault, "officer", "demo")
    target = next(m.id for m in staff.list_staff(demo_vault, officer) if m.username == "frontdesk2")
    before = audit_log.count(demo_vault.conn)
    action, call = OPERATIONS[operation]
    with pytest.raises(PermissionDenied):
        call(demo_vault, session, target)
    [entry] = entries_after(demo_vault, before)
    assert (entry.action, entry.outcome, entry.actor) == (action, "denied", username)
    unchanged = member(demo_vault, officer, target)
    assert (unchanged.role, unchanged.active, unchanged.must_change_password) == (
        Role.FRONT_DESK, True, False)


# --- unlocking a locked window ---------------------------------------------------------------


def test_reauthenticate_accepts_the_own_password_and_audits_it(
    vault: Vault, officer: Session
) -> None:
    before = audit_log.count(vault.conn)
    auth.reauthenticate(vault, officer, OFFICER_PASSWORD)
    [entry] = entries_after(vault, before)
    assert (entry.action, entry.outcome, entry.actor) == ("auth.unlock", "done", OFFICER)


def test_reauthenticate_counts_failures_like_a_login(
    vault: Vault, officer: Session, clock: FakeClock
) -> None:
    for attempt in range(1, 5):
        with pytest.raises(WrongUnlockPassword) as info:
            auth.reauthenticate(vault, officer, "Wrong-Guess-123")
        assert "not your password" in str(info.value)
        entry = last_entry(vault)
        assert (entry.action, entry.outcome) == ("auth.unlock", "denied")
        assert entry.detail == f"wrong password ({attempt} in a row)"
    with pytest.raises(AccountLocked):
        auth.reauthenticate(vault, officer, "Wrong-Guess-123")
    assert (last_entry(vault).action, last_entry(vault).outcome) == ("auth.lockout", "denied")
    with pytest.raises(AccountLocked):  # even the right password, while the lock lasts
        auth.reauthenticate(vault, officer, OFFICER_PASSWORD)
    with pytest.raises(AccountLocked):
        auth.login(vault, OFFICER, OFFICER_PASSWORD)
    assert "Wrong-Guess" not in every_detail(vault)
    clock.advance(seconds=31)
    auth.reauthenticate(vault, officer, OFFICER_PASSWORD)


def test_a_correct_unlock_ends_a_run_of_failures(vault: Vault, officer: Session) -> None:
    for _ in range(4):
        with pytest.raises(WrongUnlockPassword):
            auth.reauthenticate(vault, officer, "Wrong-Guess-123")
    auth.reauthenticate(vault, officer, OFFICER_PASSWORD)
    with pytest.raises(WrongUnlockPassword):  # a fresh count: not locked at the 5th
        auth.reauthenticate(vault, officer, "Wrong-Guess-123")


def test_a_deactivated_account_cannot_unlock(vault: Vault, officer: Session) -> None:
    fiona_id = add(vault, officer, "fiona", Role.FINANCE)
    fiona = auth.login(vault, "fiona", TEMPORARY)
    staff.set_active(vault, officer, fiona_id, False)
    with pytest.raises(AccountDisabled):
        auth.reauthenticate(vault, fiona, TEMPORARY)
    assert (last_entry(vault).action, last_entry(vault).detail) == (
        "auth.unlock", "account deactivated")


def test_a_session_from_another_vault_cannot_unlock_or_lock(
    vault: Vault, demo_vault: Vault
) -> None:
    stranger = auth.login(demo_vault, "manager", "demo")
    with pytest.raises(AuthenticationFailed):
        auth.reauthenticate(vault, stranger, "demo")
    with pytest.raises(AuthenticationFailed):
        lock_service.record_lock(vault, stranger, LockReason.IDLE)


@pytest.mark.parametrize("reason", list(LockReason))
def test_record_lock_audits_the_reason(vault: Vault, officer: Session, reason: LockReason) -> None:
    before = audit_log.count(vault.conn)
    lock_service.record_lock(vault, officer, reason)
    [entry] = entries_after(vault, before)
    assert (entry.action, entry.outcome, entry.detail) == (
        "auth.idle_lock", "done", f"reason: {reason}")


# --- the idle time setting ---------------------------------------------------------------------


def test_idle_minutes_default_validation_and_persistence() -> None:
    assert settings.idle_minutes() == 5
    settings.save_idle_minutes(12)
    assert settings.idle_minutes() == 12
    for bad in (0, 121, -3, True, 2.5, "7"):
        with pytest.raises(session_lock.InvalidIdleMinutes) as info:
            settings.save_idle_minutes(bad)  # type: ignore[arg-type]
        assert str(info.value) == "Choose an idle time from 1 to 120 minutes."
    assert settings.idle_minutes() == 12
    # Remembering the vault or the language keeps the idle time.
    settings.save(settings.Settings(language="zh_CN"))
    assert settings.idle_minutes() == 12 and settings.load().language == "zh_CN"


def test_a_damaged_idle_setting_falls_back_to_five_minutes() -> None:
    settings_store.save({"idle_minutes": 100_000})
    assert settings.idle_minutes() == 5
    settings_store.save({"idle_minutes": "soon"})
    assert settings.idle_minutes() == 5
