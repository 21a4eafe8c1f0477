"""The retention rule (core.retention) without a vault, and the destruction queue's SQL
checked against it on a real one."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clientsafe.core.consent import Channel, EventKind, RetentionStart
from clientsafe.core.entities import NewCustomer, NewTransaction
from clientsafe.core.retention import (
    BackupPolicy,
    DeletionRequestRef,
    DestructionBasis,
    Hold,
    RetentionInputs,
    RetentionState,
    ServiceRetention,
    add_months,
    evaluate,
    last_visit,
    queue_entry,
)
from clientsafe.services import offerings, retention
from clientsafe.vault import consent_repo, customer_repo, retention_repo, transaction_repo
from clientsafe.vault.consent_repo import NewEvent
from clientsafe.vault.vault import Vault
from tests.conftest import FakeClock
from tests.consent_tools import staff_pair

EOR, LAST = RetentionStart.END_OF_RELATIONSHIP, RetentionStart.LAST_VISIT
HOLD = Hold(1, 7, "claim", "Manager", datetime(2026, 1, 1, tzinfo=UTC))


def inputs(*services: ServiceRetention, seen: date = date(2024, 5, 10),
           hold: Hold | None = None, default: int = 36) -> RetentionInputs:
    return RetentionInputs(7, date(2023, 1, 15), seen, services, default, hold)


def svc(service_id: int, months: int, start: RetentionStart, ended: date | None = None
        ) -> ServiceRetention:
    return ServiceRetention(service_id, f"Service {service_id}", months, start, ended)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year: clamped to the 29th
    (date(2023, 1, 31), 1, date(2023, 2, 28)),
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2024, 3, 31), 1, date(2024, 4, 30)),
    (date(2024, 11, 30), 3, date(2025, 2, 28)),
    (date(2024, 5, 15), 24, date(2026, 5, 15)),
    (date(2024, 12, 31), 1200, date(2124, 12, 31)),
    (date(2024, 3, 31), -1, date(2024, 2, 29)),
    (date(2024, 1, 15), 0, date(2024, 1, 15)),
])
def test_month_arithmetic_clamps_the_day(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


_DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2900, 1, 1))


@given(_DAYS, _DAYS, st.integers(min_value=0, max_value=1200))
def test_month_arithmetic_properties(day: date, other: date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    # The same day of the month, or that month's last day when it is shorter.
    assert later.day == min(day.day, calendar.monthrange(later.year, later.month)[1])
    # Monotonic: a later start or a longer period never ends earlier (the queue's SQL relies
    # on counting from the first of the month never being later than the real end).
    assert add_months(day, months) <= add_months(day, months + 1)
    first, second = sorted((day, other))
    assert add_months(first, months) <= add_months(second, months)
    assert add_months(day.replace(day=1), months) <= later


def test_last_visit_is_the_latest_day_seen() -> None:
    assert last_visit(date(2023, 1, 1), None, None) == date(2023, 1, 1)
    assert last_visit(date(2023, 1, 1), date(2024, 6, 1), date(2023, 9, 9)) == date(2024, 6, 1)
    assert last_visit(date(2025, 1, 1), date(2024, 6, 1)) == date(2025, 1, 1)


def test_end_of_relationship_counts_from_the_day_it_ended() -> None:
    status = evaluate(inputs(svc(1, 24, EOR, date(2023, 8, 31))))
    assert status.due_on == date(2025, 8, 31)
    assert status.periods[0].start_on == date(2023, 8, 31)
    assert status.state(date(2025, 8, 30)) is RetentionState.KEPT
    assert status.state(date(2025, 8, 31)) is RetentionState.DUE
    assert status.is_due(date(2025, 8, 31)) and not status.is_due(date(2025, 8, 30))


def test_an_ongoing_relationship_is_never_due() -> None:
    status = evaluate(inputs(svc(1, 6, EOR, None)))
    assert status.due_on is None and status.periods[0].due_on is None
    assert status.state(date(2099, 1, 1)) is RetentionState.ONGOING
    assert not status.is_due(date(2099, 1, 1))


def test_last_visit_counts_from_the_latest_visit() -> None:
    status = evaluate(inputs(svc(1, 12, LAST), seen=date(2024, 5, 10)))
    assert status.due_on == date(2025, 5, 10)
    assert status.periods[0].start is LAST and status.periods[0].start_on == date(2024, 5, 10)


def test_the_latest_end_of_several_services_wins() -> None:
    status = evaluate(inputs(svc(1, 24, EOR, date(2023, 1, 1)), svc(2, 6, LAST),
                             svc(3, 12, EOR, date(2024, 6, 30)), seen=date(2025, 3, 1)))
    assert [p.due_on for p in status.periods] == [date(2025, 1, 1), date(2025, 9, 1),
                                                  date(2025, 6, 30)]
    assert status.due_on == date(2025, 9, 1)


def test_one_ongoing_service_keeps_everything() -> None:
    status = evaluate(inputs(svc(1, 6, EOR, date(2020, 1, 1)), svc(2, 6, EOR, None)))
    assert status.due_on is None


def test_no_service_keeps_the_default_period_after_the_last_visit() -> None:
    status = evaluate(inputs(seen=date(2024, 1, 31), default=13))
    assert status.due_on == date(2025, 2, 28)
    (period,) = status.periods
    assert (period.service_id, period.months, period.start) == (None, 13, LAST)


def test_a_legal_hold_suspends_destruction() -> None:
    status = evaluate(inputs(svc(1, 1, EOR, date(2020, 1, 1)), hold=HOLD))
    assert status.due_on == date(2020, 2, 1)  # still shown: it is the hold that stops it
    assert status.state(date(2026, 1, 1)) is RetentionState.HELD
    assert not status.is_due(date(2026, 1, 1))


def test_queue_entries() -> None:
    today = date(2026, 3, 1)
    due = evaluate(inputs(svc(1, 12, EOR, date(2024, 1, 1))))
    entry = queue_entry(due, "A", today, None)
    assert entry is not None and entry.basis is DestructionBasis.RETENTION
    assert entry.due_since == date(2025, 1, 1) and entry.destroyable
    kept = evaluate(inputs(svc(1, 12, EOR, None)))
    assert queue_entry(kept, "B", today, None) is None
    request = DeletionRequestRef(3, datetime(2026, 2, 1, tzinfo=UTC),
                                 datetime(2026, 2, 2, tzinfo=UTC))
    asked = queue_entry(kept, "C", today, request)
    assert asked is not None and asked.basis is DestructionBasis.DELETION_REQUEST
    assert asked.due_since == date(2026, 2, 2) and asked.request == request
    held = queue_entry(evaluate(inputs(svc(1, 12, EOR, None), hold=HOLD)), "D", today, None)
    assert held is not None and held.held and held.basis is None and not held.destroyable
    held_due = queue_entry(evaluate(inputs(svc(1, 1, EOR, date(2020, 1, 1)), hold=HOLD)), "E",
                           today, request)
    assert held_due is not None and held_due.held and not held_due.destroyable


def test_backups_age_out() -> None:
    assert BackupPolicy(False, 7, 4).ages_out_by(date(2026, 3, 1)) is None
    assert BackupPolicy(True, 7, 4).ages_out_by(date(2026, 3, 1)) == date(2026, 3, 29)
    assert BackupPolicy(True, 30, 0).ages_out_by(date(2026, 3, 1)) == date(2026, 3, 31)


def test_the_queue_query_finds_exactly_whom_the_rule_finds(vault: Vault, clock: FakeClock
                                                          ) -> None:
    """The SQL picks candidates from month starts; the rule decides. Swept over four years of
    days (month ends included), both must agree for every kind of customer."""
    manager, _ = staff_pair(vault)
    visit = offerings.save_service(vault, manager, service_id=None, name="Drop-in",
                                   description="Single visits", retention_months=7,
                                   retention_start=RetentionStart.LAST_VISIT,
                                   offers_marketing=False)
    member = offerings.save_service(vault, manager, service_id=None, name="Club",
                                    description="Club membership", retention_months=13,
                                    retention_start=RetentionStart.END_OF_RELATIONSHIP,
                                    offers_marketing=False)
    start = clock().date()
    plans = [  # (services, days after start the relationship ended, transaction days)
        ((), None, ()), ((), None, (200,)), ((visit,), None, ()), ((visit,), None, (31, 400)),
        ((member,), 30, ()), ((member,), None, ()), ((visit, member), 61, (90,)),
        ((visit, member), 10, (700,)), ((member,), 333, (5,))]
    with vault.transaction() as conn:
        for index, (services, ended, paid) in enumerate(plans):
            when = clock() + timedelta(days=index * 3)
            customer_id = customer_repo.insert(conn, NewCustomer(f"Rule {index}"), now=when)
            for service_id in services:
                consent_repo.enroll(conn, customer_id, service_id, now=when)
                if ended is not None and service_id == member:
                    retention_repo.set_ended_on(conn, customer_id, service_id,
                                                start + timedelta(days=ended))
            consent_repo.insert_event(conn, NewEvent(customer_id, services[0] if services
                                                     else visit, EventKind.UNKNOWN,
                                                     Channel.IMPORT, None),
                                      now=when + timedelta(days=index))
            for day in paid:
                transaction_repo.insert(conn, NewTransaction(customer_id,
                                                             start + timedelta(days=day), 100,
                                                             "x"), created_by=None, now=when)
    ids = [int(r[0]) for r in vault.conn.execute("SELECT id FROM customers")]
    inputs = retention_repo.inputs_for(vault.conn, ids, 36).values()
    days = {start + timedelta(days=n) for n in range(0, 4 * 366, 3)}
    days |= {d.replace(day=1) - timedelta(days=1) for d in list(days)}  # every month's end
    seen: set[frozenset[int]] = set()
    for today in sorted(days):
        expected = {i.customer_id for i in inputs if evaluate(i).is_due(today)}
        assert {e.customer_id for e in retention.queue(vault.conn, today)} == expected, today
        seen.add(frozenset(expected))
    assert len(seen) >= 6 and frozenset(ids) - {ids[5]} in seen  # all but the ongoing one
