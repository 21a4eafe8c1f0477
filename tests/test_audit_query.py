"""Reading the audit trail through services.audit_query: the security officer's filters, a
manager's access history of one customer (and nothing of others), and who is refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from clientsafe.core.audit_actions import Action
from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.errors import CustomerNotFound, PermissionDenied
from clientsafe.core.session import Session
from clientsafe.services import audit_query, auth, customer_records, customers, demo
from clientsafe.services.vault_access import Vault
from clientsafe.vault import audit_log
from tests.conftest import FakeClock


def login(vault: Vault, name: str) -> Session:
    return auth.login(vault, name, demo.DEMO_PASSWORD)


def everything(vault: Vault, session: Session, flt: AuditFilter) -> list:
    audit_query.count(vault, session, flt)
    return audit_query.page(vault, session, flt, offset=0, limit=1000)


def customer_ids(vault: Vault) -> list[int]:
    return [r.id for r in customers.page(vault, login(vault, "manager"), offset=0, limit=1000)]


@pytest.fixture
def officer(demo_vault: Vault) -> Session:
    return login(demo_vault, "officer")


def test_count_is_one_audited_read_and_pages_are_not(demo_vault: Vault, officer: Session) -> None:
    before = audit_log.count(demo_vault.conn)
    flt = AuditFilter(action=str(Action.LOGIN), outcome="done")
    total = audit_query.count(demo_vault, officer, flt)
    assert audit_log.count(demo_vault.conn) == before + 1
    viewed = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (viewed.action, viewed.actor, viewed.outcome) == ("audit.viewed", "officer", "done")
    assert viewed.detail == "action=auth.login outcome=done"
    assert viewed.customer_id is None and viewed.fields == ()
    rows = audit_query.page(demo_vault, officer, flt, offset=0, limit=1000)
    audit_query.page(demo_vault, officer, flt, offset=5, limit=5)
    assert audit_log.count(demo_vault.conn) == before + 1
    assert len(rows) == total > 0
    assert {r.action for r in rows} == {"auth.login"}


def test_unfiltered_pages_run_newest_first_and_match_the_count(
    demo_vault: Vault, officer: Session
) -> None:
    total = audit_query.count(demo_vault, officer, AuditFilter())
    assert total == audit_log.count(demo_vault.conn)
    first = audit_query.page(demo_vault, officer, AuditFilter(), offset=0, limit=10)
    assert first[0].action == "audit.viewed"  # this very look, at the top
    assert [e.seq for e in first] == list(range(total, max(0, total - 10), -1))
    last = audit_query.page(demo_vault, officer, AuditFilter(), offset=total - 1, limit=10)
    assert [e.seq for e in last] == [1]
    big = audit_query.page(demo_vault, officer, AuditFilter(), offset=0, limit=10**6)
    assert len(big) == min(total, audit_query.MAX_PAGE)


def test_filter_by_user_customer_action_and_outcome(demo_vault: Vault, officer: Session) -> None:
    manager = login(demo_vault, "manager")
    first, second = customer_ids(demo_vault)[:2]
    customer_records.open_record(demo_vault, manager, first)
    customer_records.open_record(demo_vault, manager, second)
    finance = login(demo_vault, "finance")
    with pytest.raises(PermissionDenied):
        customers.count(demo_vault, finance)

    mine = everything(demo_vault, officer, AuditFilter(actor_id=manager.staff_id))
    assert mine and {e.actor_id for e in mine} == {manager.staff_id}

    about = everything(demo_vault, officer, AuditFilter(customer_id=first))
    assert about and {e.customer_id for e in about} == {first}
    assert any(e.action == "customer.viewed" and e.actor == "manager" for e in about)

    viewed = everything(demo_vault, officer, AuditFilter(action="customer.viewed"))
    assert {e.customer_id for e in viewed} >= {first, second}
    assert {e.action for e in viewed} == {"customer.viewed"}

    denied = everything(demo_vault, officer, AuditFilter(outcome="denied"))
    assert denied and {e.outcome for e in denied} == {"denied"}
    assert any(e.actor == "finance" and e.action == "customers.listed" for e in denied)

    both = everything(demo_vault, officer,
                      AuditFilter(actor_id=manager.staff_id, customer_id=second,
                                  action="customer.viewed"))
    assert [(e.actor, e.customer_id, e.action) for e in both] == [
        ("manager", second, "customer.viewed")]


def test_filter_by_date_range(demo_vault: Vault, officer: Session, clock: FakeClock) -> None:
    # The demo was made at 2026-03-01 09:00 UTC; three sign-ins at noon, a week apart.
    days = []
    for _ in range(3):
        clock.advance(days=7)
        day = clock.now.replace(hour=12)
        clock.now = day
        login(demo_vault, "manager")
        days.append(day.astimezone().date())
    middle = everything(demo_vault, officer, AuditFilter(action="auth.login", since=days[1],
                                                         until=days[1]))
    assert [e.at.astimezone().date() for e in middle] == [days[1]]
    later = everything(demo_vault, officer, AuditFilter(action="auth.login", since=days[1]))
    assert {e.at.astimezone().date() for e in later} >= {days[1], days[2]}
    assert days[0] not in {e.at.astimezone().date() for e in later}
    earlier = everything(demo_vault, officer, AuditFilter(until=days[0] - timedelta(days=1)))
    assert earlier and all(e.at.astimezone().date() < days[0] for e in earlier)
    assert audit_query.count(demo_vault, officer, AuditFilter(since=date(2030, 1, 1))) == 0
    assert audit_query.page(demo_vault, officer, AuditFilter(since=date(2030, 1, 1)),
                            offset=0, limit=10) == []


def test_choices_for_the_filter_combos(demo_vault: Vault, officer: Session) -> None:
    staff = audit_query.staff_choices(demo_vault, officer)
    names = [name for _, name in staff]
    assert {"officer", "manager", "frontdesk", "finance"} <= set(names)
    assert names == sorted(names, key=str.casefold)
    actions = audit_query.action_choices(demo_vault, officer)
    assert actions == sorted(set(actions))
    assert "auth.login" in actions and "demo.created" in actions


@pytest.mark.parametrize("name", ["manager", "frontdesk", "finance"])
def test_only_the_security_officer_views_the_trail(demo_vault: Vault, name: str) -> None:
    session = login(demo_vault, name)
    for call in (lambda: audit_query.count(demo_vault, session, AuditFilter()),
                 lambda: audit_query.page(demo_vault, session, AuditFilter(), offset=0, limit=5),
                 lambda: audit_query.staff_choices(demo_vault, session),
                 lambda: audit_query.action_choices(demo_vault, session)):
        before = audit_log.count(demo_vault.conn)
        with pytest.raises(PermissionDenied):
            call()
        last = audit_log.page(demo_vault.conn, 0, 1)[0]
        assert (last.action, last.outcome, last.actor) == ("audit.viewed", "denied", name)
        assert audit_log.count(demo_vault.conn) == before + 1


def test_manager_history_holds_that_customer_only(demo_vault: Vault) -> None:
    manager = login(demo_vault, "manager")
    mine, other = customer_ids(demo_vault)[:2]
    customer_records.open_record(demo_vault, manager, mine)
    customer_records.open_record(demo_vault, manager, other)

    total = audit_query.customer_history_count(demo_vault, manager, mine)
    events = audit_query.customer_history(demo_vault, manager, mine, offset=0, limit=1000)
    expected = [r[0] for r in demo_vault.conn.execute(
        "SELECT seq FROM audit_log WHERE customer_id = ? ORDER BY seq DESC", (mine,))]
    assert [e.seq for e in events] == expected and len(events) == total
    others = {r[0] for r in demo_vault.conn.execute(
        "SELECT seq FROM audit_log WHERE customer_id IS NOT ?", (mine,))}
    assert not others & {e.seq for e in events}
    # The look at the history is itself in the history, newest first.
    assert (events[0].action, events[0].actor) == ("customer.history_viewed", "manager")
    viewed = next(e for e in events if e.action == "customer.viewed")
    assert viewed.actor == "manager" and viewed.outcome == "done"
    assert "full_name" in viewed.fields  # field names, never values
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (entry.action, entry.customer_id, entry.fields) == (
        "customer.history_viewed", mine, ())


def test_history_pages_are_not_audited_and_are_limited(demo_vault: Vault) -> None:
    manager = login(demo_vault, "manager")
    customer = customer_ids(demo_vault)[0]
    audit_query.customer_history_count(demo_vault, manager, customer)
    before = audit_log.count(demo_vault.conn)
    page = audit_query.customer_history(demo_vault, manager, customer, offset=0, limit=1)
    assert len(page) == 1
    assert audit_log.count(demo_vault.conn) == before


@pytest.mark.parametrize("name", ["frontdesk", "finance", "officer"])
def test_others_may_not_see_a_customers_history(demo_vault: Vault, name: str) -> None:
    customer = customer_ids(demo_vault)[0]
    session = login(demo_vault, name)
    for call in (lambda: audit_query.customer_history_count(demo_vault, session, customer),
                 lambda: audit_query.customer_history(demo_vault, session, customer, offset=0,
                                                      limit=10)):
        before = audit_log.count(demo_vault.conn)
        with pytest.raises(PermissionDenied):
            call()
        last = audit_log.page(demo_vault.conn, 0, 1)[0]
        assert (last.action, last.outcome, last.actor) == (
            "customer.history_viewed", "denied", name)
        assert audit_log.count(demo_vault.conn) == before + 1


def test_history_of_a_customer_that_does_not_exist_is_refused(demo_vault: Vault) -> None:
    manager = login(demo_vault, "manager")
    with pytest.raises(CustomerNotFound):
        audit_query.customer_history_count(demo_vault, manager, 999_999)
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.outcome) == ("customer.history_viewed", "denied")
