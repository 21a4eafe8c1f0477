"""Destroying a customer: nothing of them is left in the vault's tables or in its decrypted
pages, the audit chain still verifies, and every refusal and failure leaves them whole.

Assertions name what was found by its label, never by its value, so no seeded value reaches
the test output.
"""

from __future__ import annotations

import pytest

from clientsafe.core.audit_actions import Action
from clientsafe.core.errors import AuthenticationFailed, PermissionDenied
from clientsafe.core.retention import DestructionBasis
from clientsafe.core.rights import RequestChannel, RightsKind, RightsStatus
from clientsafe.core.roles import Role
from clientsafe.services import (
    access_report,
    auth,
    destruction,
    retention,
    rights_requests,
    staff,
    transactions,
)
from clientsafe.vault import audit_log, customer_repo
from clientsafe.vault.connection import DatabaseError
from clientsafe.vault.vault import Vault
from tests.conftest import FakeClock
from tests.destruction_tools import (
    MANAGER_PASSWORD,
    ask_deletion,
    make_due,
    open_shop,
    page_hits,
    seed,
    table_hits,
)


def test_destruction_leaves_nothing_in_tables_or_pages(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    other = seed(shop, "CTRL", born="1985-02-03")
    target = seed(shop, "QZX")
    request_id = ask_deletion(shop, target.customer_id)
    vault.conn.execute("ANALYZE")  # statistics samples copy index keys: names, unless rebuilt
    entries_before = {r[0] for r in vault.conn.execute(
        "SELECT seq FROM audit_log WHERE customer_id = ?", (target.customer_id,))}
    # Positive controls: the searches find the customer while they exist.
    assert table_hits(vault, target) == target.in_clear
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    assert {"name_latin", "pinyin", "transaction", "rights_details"} <= page_hits(vault, target)

    (stone,) = destruction.destroy(vault, shop.manager, [target.customer_id],
                                   password=MANAGER_PASSWORD)

    assert stone.basis is DestructionBasis.DELETION_REQUEST and stone.request is not None
    assert stone.request.id == request_id and stone.destroyed.reclaimed_at is not None
    assert table_hits(vault, target) == set()
    assert page_hits(vault, target) == set()
    assert audit_log.verify(vault.conn).ok
    entries_after = {r[0] for r in vault.conn.execute(
        "SELECT seq FROM audit_log WHERE customer_id = ?", (target.customer_id,))}
    assert entries_before < entries_after  # kept, and the destruction added to them
    # The other customer is whole, in the tables and in the pages.
    assert table_hits(vault, other) == other.in_clear
    # Closed: the file alone (the log folded into it) holds nothing either.
    vault.close()
    assert page_hits(vault, target) == set()
    assert {"name_latin", "pinyin"} <= page_hits(vault, other)


def test_payments_stay_for_the_accounts_without_the_customer(vault: Vault,
                                                             clock: FakeClock) -> None:
    """Finance's totals do not change when a customer is destroyed: their payments keep date,
    amount and currency, and lose the link to them and the description."""
    shop = open_shop(vault, clock)
    other = seed(shop, "LEDGER", born="1985-02-03")  # tags of other lengths: no shared blob
    target = seed(shop, "PAYT")
    make_due(shop, target.customer_id)

    def ledger() -> list[tuple[int, str, int, str]]:
        return [(int(r[0]), str(r[1]), int(r[2]), str(r[3])) for r in vault.conn.execute(
            "SELECT id, occurred_on, amount_cents, currency FROM transactions ORDER BY id")]

    before = ledger()
    (target_payment,) = [int(r[0]) for r in vault.conn.execute(
        "SELECT id FROM transactions WHERE customer_id = ?", (target.customer_id,))]
    (stone,) = destruction.destroy(vault, shop.manager, [target.customer_id],
                                   password=MANAGER_PASSWORD)

    assert ledger() == before
    assert stone.destroyed.counts["transactions_unlinked"] == 1
    row = vault.conn.execute("SELECT customer_id, description FROM transactions WHERE id = ?",
                             (target_payment,)).fetchone()
    assert tuple(row) == (None, "")
    assert vault.conn.execute("SELECT count(*) FROM transactions WHERE customer_id = ?",
                              (other.customer_id,)).fetchone()[0] == 1
    staff.create_staff(vault, shop.officer, username="fin", display_name="Finance Fu",
                       role=Role.FINANCE, temporary_password=MANAGER_PASSWORD)
    finance = auth.login(vault, "fin", MANAGER_PASSWORD)
    assert transactions.count(vault, finance) == len(before)
    listed = {r.id: r for r in transactions.page(vault, finance, offset=0, limit=100)}
    assert len(listed) == len(before)
    assert (listed[target_payment].customer_id, listed[target_payment].customer_name,
            listed[target_payment].description) == (None, "", "")
    assert table_hits(vault, target) == set()


def test_tombstone_request_and_audit_entry(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    target = seed(shop, "TMB", full=False)
    request_id = ask_deletion(shop, target.customer_id)
    (stone,) = destruction.destroy(vault, shop.manager, [target.customer_id],
                                   password=MANAGER_PASSWORD)
    assert destruction.tombstones(vault, shop.manager) == [stone]
    assert destruction.tombstone_count(vault, shop.manager) == 1
    assert stone.approved_by == shop.manager.staff_id
    assert stone.approved_by_name == "Manager Ma" and stone.destroyed.approver_role == "manager"
    assert stone.destroyed.counts["customers"] == 1 and stone.destroyed.counts["consent_events"]
    assert "full_name" in stone.destroyed.fields and "phone" in stone.destroyed.fields
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert (entry.action, entry.customer_id, entry.outcome) == (
        str(Action.CUSTOMER_DESTROYED), target.customer_id, "done")
    assert (entry.seq, entry.hash) == (stone.destroyed.audit_seq, stone.destroyed.audit_hash)
    assert set(entry.fields) == set(stone.destroyed.fields)
    assert f"deletion_request #{request_id}" in entry.detail
    row = vault.conn.execute("SELECT status, closed_by, closed_at, details, response"
                             " FROM rights_requests WHERE id = ?", (request_id,)).fetchone()
    assert row[:2] == ("completed", shop.manager.staff_id) and row[2] is not None
    assert row[3] == "" and stone.certificate_number in row[4]


def test_a_destroyed_id_is_never_given_again(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    first = seed(shop, "AAA", born="1980-01-01", full=False)
    last = seed(shop, "BBB", born="1980-01-01", full=False)
    make_due(shop, first.customer_id, last.customer_id)
    destruction.destroy(vault, shop.manager, [last.customer_id], password=MANAGER_PASSWORD)
    again = seed(shop, "CCC", born="1980-01-01", full=False)
    assert again.customer_id == last.customer_id + 1
    with pytest.raises(DatabaseError), \
            vault.transaction() as conn:
        conn.execute("INSERT INTO customers (id, full_name, created_at, updated_at)"
                     " VALUES (?, 'x', '2026', '2026')", (last.customer_id,))
    assert customer_repo.get(vault.conn, first.customer_id) is not None


def _destroyed_count(v: Vault) -> int:
    return int(v.conn.execute("SELECT count(*) FROM tombstones").fetchone()[0])


def test_refused_when_held_not_due_wrong_password_or_front_desk(vault: Vault,
                                                                clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    due = seed(shop, "DUE", born="1980-01-01", full=False)
    held = seed(shop, "HLD", born="1980-01-01", full=False)
    make_due(shop, due.customer_id, held.customer_id)
    fresh = seed(shop, "NEW", born="1980-01-01", full=False)  # registered today: not due
    retention.place_hold(vault, shop.manager, held.customer_id, reason="Court order 2026/17")
    for ids, error in (([due.customer_id, held.customer_id], destruction.OnLegalHold),
                       ([fresh.customer_id], destruction.NotDue)):
        with pytest.raises(error):
            destruction.destroy(vault, shop.manager, ids, password=MANAGER_PASSWORD)
        last = audit_log.page(vault.conn, 0, 1)[0]
        assert (last.action, last.outcome, last.customer_id) == (
            str(Action.CUSTOMER_DESTROYED), "denied", ids[-1])
    before = audit_log.count(vault.conn)
    with pytest.raises(AuthenticationFailed):
        destruction.destroy(vault, shop.manager, [due.customer_id], password="wrong")
    assert audit_log.count(vault.conn) == before + 1
    assert audit_log.page(vault.conn, 0, 1)[0].outcome == "denied"
    with pytest.raises(destruction.NothingToDestroy):
        destruction.destroy(vault, shop.manager, [], password=MANAGER_PASSWORD)
    assert _destroyed_count(vault) == 0
    assert customer_repo.get(vault.conn, due.customer_id) is not None


def test_front_desk_and_officer_are_refused(demo_vault: Vault) -> None:
    for user in ("frontdesk", "officer", "finance"):
        session = auth.login(demo_vault, user, "demo")
        with pytest.raises(PermissionDenied):
            destruction.destroy(demo_vault, session, [1], password="demo")
        with pytest.raises(PermissionDenied):
            retention.due_queue(demo_vault, session)
        assert audit_log.page(demo_vault.conn, 0, 1)[0].outcome == "denied"
    assert _destroyed_count(demo_vault) == 0


def test_cancelling_stops_between_customers(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    people = [seed(shop, tag, born="1980-01-01", full=False) for tag in ("CA", "CB", "CC")]
    make_due(shop, *(p.customer_id for p in people))
    seen: list[tuple[int, int]] = []
    stones = destruction.destroy(vault, shop.manager, [p.customer_id for p in people],
                                 password=MANAGER_PASSWORD,
                                 progress=lambda done, total: seen.append((done, total)),
                                 cancelled=lambda: len(seen) >= 2)
    assert [s.customer_id for s in stones] == [people[0].customer_id]
    assert seen == [(0, 3), (1, 3)]
    assert all(customer_repo.get(vault.conn, p.customer_id) for p in people[1:])
    assert audit_log.verify(vault.conn).ok


def test_a_failure_mid_customer_rolls_that_customer_back(vault: Vault, clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    first, second, third = (seed(shop, tag, born="1980-01-01", full=False)
                            for tag in ("FA", "FB", "FC"))
    make_due(shop, first.customer_id, second.customer_id, third.customer_id)
    # The tombstone is written last in each customer's transaction: failing it there means
    # the erasure and the audit entry before it must roll back.
    vault.conn.execute(
        "CREATE TEMP TRIGGER fail_second BEFORE INSERT ON main.tombstones"
        f" WHEN NEW.customer_id = {second.customer_id}"
        " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")
    head_before = audit_log.head(vault.conn)
    with pytest.raises(DatabaseError, match="simulated"):
        destruction.destroy(vault, shop.manager, [first.customer_id, second.customer_id,
                                                  third.customer_id], password=MANAGER_PASSWORD)
    assert customer_repo.get(vault.conn, first.customer_id) is None
    assert [t.customer_id for t in destruction.tombstones(vault, shop.manager)] == [
        first.customer_id]
    for whole in (second, third):
        assert table_hits(vault, whole) == whole.in_clear
    destroyed = vault.conn.execute(
        "SELECT customer_id FROM audit_log WHERE seq > ? AND action = ? AND outcome = 'done'",
        (head_before[0], str(Action.CUSTOMER_DESTROYED))).fetchall()
    assert destroyed == [(first.customer_id,)]
    assert vault.conn.execute("SELECT count(*) FROM erasure_in_progress").fetchone()[0] == 0
    assert audit_log.verify(vault.conn).ok
    vault.conn.execute("DROP TRIGGER temp.fail_second")
    stones = destruction.destroy(vault, shop.manager, [second.customer_id, third.customer_id],
                                 password=MANAGER_PASSWORD)
    assert len(stones) == 2 and table_hits(vault, second) == set()


# --- the retention service: relationship ends, holds, the queue -----------------------------


def test_every_open_request_is_closed_by_the_destruction(vault: Vault,
                                                         clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    person = seed(shop, "TWO", born="1980-01-01", full=False)
    first = ask_deletion(shop, person.customer_id)
    again = ask_deletion(shop, person.customer_id)  # asked twice, both verified
    unverified = rights_requests.register(vault, shop.manager, person.customer_id,
                                          kind=RightsKind.DELETION,
                                          channel=RequestChannel.LETTER)
    access = rights_requests.register(vault, shop.manager, person.customer_id,
                                      kind=RightsKind.ACCESS, channel=RequestChannel.LETTER)
    (stone,) = destruction.destroy(vault, shop.manager, [person.customer_id],
                                   password=MANAGER_PASSWORD)
    assert stone.request is not None and stone.request.id == first
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert entry.seq == stone.destroyed.audit_seq  # one entry for the whole destruction
    assert all(f"request #{i} closed" in entry.detail
               for i in (first, again, unverified, access))
    for request_id in (first, again, unverified, access):
        request = rights_requests.get_request(vault, shop.manager, request_id).request
        assert request.status is RightsStatus.COMPLETED, request_id
        assert stone.certificate_number in request.response
    # Nothing is left to answer from, and no free text can be added after the erasure.
    assert "nothing is held" in rights_requests.get_request(
        vault, shop.manager, access).request.response
    with pytest.raises(rights_requests.RequestClosed):
        rights_requests.close(vault, shop.manager, access, status=RightsStatus.REFUSED,
                              response="A note typed after the destruction")
    clock.advance(days=60)
    assert rights_requests.deadline_counts(vault, shop.manager).overdue == 0


def test_a_refusal_names_no_customer_who_does_not_exist_yet(vault: Vault,
                                                           clock: FakeClock) -> None:
    shop = open_shop(vault, clock)
    person = seed(shop, "NOW", born="1980-01-01", full=False)
    unused = person.customer_id + 1
    for call, error in (
            (lambda: destruction.destroy(vault, shop.manager, [unused],
                                         password=MANAGER_PASSWORD), destruction.NotDue),
            (lambda: destruction.certificate_pdf(vault, shop.manager, unused),
             destruction.NotDestroyed)):
        with pytest.raises(error):
            call()
        entry = audit_log.page(vault.conn, 0, 1)[0]
        assert (entry.outcome, entry.customer_id) == ("denied", None)
    # The customer later given that id has none of those refusals in their access report.
    later = seed(shop, "LTR", born="1980-01-01", full=False)
    assert later.customer_id == unused
    report = access_report.build(vault, shop.manager, later.customer_id)
    assert not [e for e in report.access_log if e.action in (
        str(Action.CUSTOMER_DESTROYED), str(Action.DESTRUCTION_CERTIFICATE))]
    # A customer who exists is still named in the refusal.
    with pytest.raises(destruction.NotDue):
        destruction.destroy(vault, shop.manager, [person.customer_id], password=MANAGER_PASSWORD)
    assert audit_log.page(vault.conn, 0, 1)[0].customer_id == person.customer_id
