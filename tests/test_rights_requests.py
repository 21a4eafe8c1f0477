"""The rights-request register: received, verified, answered in time, scoped, audited without
the staff's notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from clientsafe.core.errors import CustomerOutOfScope, PermissionDenied
from clientsafe.core.rights import (
    RequestChannel,
    RightsKind,
    RightsStatus,
    Verification,
)
from clientsafe.core.validators import TextHasControlCharacters
from clientsafe.services import auth, customers, disclosure_settings
from clientsafe.services import rights_requests as rights
from clientsafe.vault import audit_log
from clientsafe.vault.vault import Vault
from tests.conftest import FakeClock

DETAILS_MARK = "DETAILS-MARK-7Q"
RESPONSE_MARK = "RESPONSE-MARK-9Z"


def _login(vault: Vault, name: str):
    return auth.login(vault, name, "demo")


def _own_customer(vault: Vault, session) -> int:
    return customers.page(vault, session, offset=0, limit=1)[0].id


def _last(vault: Vault):
    return audit_log.page(vault.conn, 0, 1)[0]


def _audit_rows(vault: Vault) -> str:
    return "\n".join(repr(r) for r in vault.conn.execute("SELECT * FROM audit_log").fetchall())


def _new(vault: Vault, session, kind: RightsKind = RightsKind.ACCESS, **kw) -> int:
    return rights.register(vault, session, _own_customer(vault, session), kind=kind,
                           channel=RequestChannel.COUNTER, details=kw.pop("details", ""), **kw)


def test_register_verify_and_complete(demo_vault: Vault, clock: FakeClock) -> None:
    desk = _login(demo_vault, "frontdesk")
    customer_id = _own_customer(demo_vault, desk)
    request_id = rights.register(demo_vault, desk, customer_id, kind=RightsKind.COPY,
                                 channel=RequestChannel.EMAIL, details=DETAILS_MARK)
    assert (_last(demo_vault).action, _last(demo_vault).customer_id) == (
        "rights.registered", customer_id)
    row = rights.get_request(demo_vault, desk, request_id)
    assert row.request.status is RightsStatus.OPEN
    assert row.request.received_at == clock.now
    assert row.request.due_at == clock.now + timedelta(days=15)
    assert row.days_left == 15 and row.customer_exists and row.customer_name
    assert row.request.details == DETAILS_MARK and row.request.registered_by == "王芳 Wang Fang"

    clock.advance(hours=3)
    rights.verify_identity(demo_vault, desk, request_id, Verification.ID_DOCUMENT)
    rights.set_in_progress(demo_vault, desk, request_id)
    rights.close(demo_vault, desk, request_id, status=RightsStatus.COMPLETED,
                 response=f"  {RESPONSE_MARK} sent by e-mail  ")
    done = rights.get_request(demo_vault, desk, request_id).request
    assert done.status is RightsStatus.COMPLETED and done.is_closed
    assert done.response == f"{RESPONSE_MARK} sent by e-mail"
    assert (done.verified_by, done.verified_how, done.verified_at) == (
        "王芳 Wang Fang", Verification.ID_DOCUMENT, clock.now)
    assert (done.closed_by, done.closed_at) == ("王芳 Wang Fang", clock.now)
    assert request_id not in {r.request.id for r in rights.list_requests(demo_vault, desk)}
    every = rights.list_requests(demo_vault, desk, open_only=False)
    assert [r.days_left for r in every if r.request.id == request_id] == [None]
    with pytest.raises(rights.RequestClosed):
        rights.verify_identity(demo_vault, desk, request_id, Verification.IN_PERSON)
    with pytest.raises(rights.RequestClosed):
        rights.close(demo_vault, desk, request_id, status=RightsStatus.REFUSED, response="x")


def test_staff_notes_never_reach_the_audit_trail(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    done = _new(demo_vault, manager, details=DETAILS_MARK)
    rights.verify_identity(demo_vault, manager, done, Verification.KNOWN_CONTACT)
    rights.close(demo_vault, manager, done, status=RightsStatus.COMPLETED, response=RESPONSE_MARK)
    refused = _new(demo_vault, manager, RightsKind.OBJECTION, details=DETAILS_MARK)
    rights.close(demo_vault, manager, refused, status=RightsStatus.REFUSED,
                 response=RESPONSE_MARK)
    rights.list_requests(demo_vault, manager, open_only=False)
    text = _audit_rows(demo_vault)
    assert DETAILS_MARK not in text and RESPONSE_MARK not in text
    assert f"request #{done}: access, completed" in text
    assert f"request #{refused}: objection, refused" in text


def test_deadline_comes_from_the_setting(demo_vault: Vault, clock: FakeClock) -> None:
    officer = _login(demo_vault, "officer")
    current = disclosure_settings.current_limits(demo_vault, officer)
    disclosure_settings.set_limits(demo_vault, officer, replace(current, rights_deadline_days=30))
    manager = _login(demo_vault, "manager")
    request_id = _new(demo_vault, manager)
    row = rights.get_request(demo_vault, manager, request_id)
    assert row.request.due_at == clock.now + timedelta(days=30) and row.days_left == 30
    # A late registration counts from when the request arrived, not from today.
    late = _new(demo_vault, manager, received_at=clock.now - timedelta(days=40))
    assert rights.get_request(demo_vault, manager, late).days_left == -10


def test_countdown_follows_the_clock(demo_vault: Vault, clock: FakeClock) -> None:
    manager = _login(demo_vault, "manager")
    request_id = _new(demo_vault, manager)

    def left() -> int | None:
        rows = rights.list_requests(demo_vault, manager)
        return next(r.days_left for r in rows if r.request.id == request_id)

    seen = [left()]
    clock.advance(days=14)
    seen.append(left())
    clock.advance(hours=23, minutes=59)
    seen.append(left())  # still the last day
    clock.advance(minutes=1)
    seen.append(left())  # the deadline itself
    clock.advance(hours=1)
    seen.append(left())
    clock.advance(days=1)
    seen.append(left())
    assert seen == [15, 1, 1, 0, -1, -2]


def test_listing_is_sorted_by_deadline_and_audited_once(demo_vault: Vault,
                                                        clock: FakeClock) -> None:
    manager = _login(demo_vault, "manager")
    _new(demo_vault, manager, received_at=clock.now - timedelta(days=1))
    before = audit_log.count(demo_vault.conn)
    rows = rights.list_requests(demo_vault, manager)
    assert audit_log.count(demo_vault.conn) == before + 1
    assert (_last(demo_vault).action, _last(demo_vault).outcome) == ("rights.listed", "done")
    dues = [r.request.due_at for r in rows]
    assert dues == sorted(dues) and len(rows) >= 5
    assert all(not r.request.is_closed for r in rows)
    every = rights.list_requests(demo_vault, manager, open_only=False)
    closed = [r.request.is_closed for r in every]
    assert closed == sorted(closed) and any(closed)  # the unanswered first


def test_completing_needs_a_verified_identity_and_an_answer(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    request_id = _new(demo_vault, desk)
    with pytest.raises(rights.IdentityNotVerified):
        rights.close(demo_vault, desk, request_id, status=RightsStatus.COMPLETED,
                     response="Here is your data")
    with pytest.raises(rights.RefusalNeedsReason):
        rights.close(demo_vault, desk, request_id, status=RightsStatus.REFUSED, response="  ")
    with pytest.raises(rights.ResponseRequired):
        rights.close(demo_vault, desk, request_id, status=RightsStatus.COMPLETED,
                     response="x" * (rights.MAX_RESPONSE + 1))
    rights.verify_identity(demo_vault, desk, request_id, Verification.IN_PERSON)
    with pytest.raises(rights.AlreadyVerified):
        rights.verify_identity(demo_vault, desk, request_id, Verification.ID_DOCUMENT)
    # A refusal needs no verified identity (not being able to verify is a reason to refuse).
    other = _new(demo_vault, desk)
    rights.close(demo_vault, desk, other, status=RightsStatus.REFUSED,
                 response="We could not confirm your identity.")
    assert rights.get_request(demo_vault, desk, other).request.status is RightsStatus.REFUSED


def test_verified_deletion_waits_for_destruction(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    request_id = _new(demo_vault, desk, RightsKind.DELETION)
    assert rights.get_request(demo_vault, desk, request_id).request.status is RightsStatus.OPEN
    rights.verify_identity(demo_vault, desk, request_id, Verification.ID_DOCUMENT)
    request = rights.get_request(demo_vault, desk, request_id).request
    assert request.status is RightsStatus.IN_PROGRESS
    assert request.response == rights.DELETION_QUEUED
    # What the destruction queue reads.
    queued = {int(r[0]) for r in demo_vault.conn.execute(
        "SELECT id FROM rights_requests WHERE kind = 'deletion' AND status = 'in_progress'"
        " AND verified_by IS NOT NULL")}
    assert request_id in queued
    with pytest.raises(rights.DeletionNeedsDestruction):
        rights.close(demo_vault, desk, request_id, status=RightsStatus.COMPLETED,
                     response="Deleted")


def test_when_received(demo_vault: Vault, clock: FakeClock) -> None:
    manager = _login(demo_vault, "manager")
    with pytest.raises(rights.ReceivedInFuture):
        _new(demo_vault, manager, received_at=clock.now + timedelta(minutes=1))
    with pytest.raises(rights.ReceivedTooLongAgo):
        _new(demo_vault, manager, received_at=clock.now - timedelta(days=90, minutes=1))
    oldest = _new(demo_vault, manager, received_at=clock.now - timedelta(days=90))
    assert rights.get_request(demo_vault, manager, oldest).days_left == -75
    with pytest.raises(rights.NoteTooLong):
        _new(demo_vault, manager, details="x" * (rights.MAX_DETAILS + 1))


def test_notes_with_hidden_characters_are_refused(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    for note in ("paid\x00 in full", "refund \u202e0001", "zero\u200bwidth", "esc\x1b[31m"):
        with pytest.raises(TextHasControlCharacters):
            _new(demo_vault, manager, details=note)
    # What people type is kept: Chinese input's ideographic space, line breaks, tabs.
    typed = "要副本\u3000请寄到\n第二行\tend"
    request_id = _new(demo_vault, manager, details=typed)
    assert rights.get_request(demo_vault, manager, request_id).request.details == typed
    with pytest.raises(TextHasControlCharacters):
        rights.close(demo_vault, manager, request_id, status=RightsStatus.REFUSED,
                     response="No\u202e")
    assert not rights.get_request(demo_vault, manager, request_id).request.is_closed


def test_an_unknown_request_is_refused_and_audited(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    for request_id in (99_999, 0, -3):
        before = audit_log.count(demo_vault.conn)
        with pytest.raises(rights.RequestNotFound):
            rights.verify_identity(demo_vault, manager, request_id, Verification.IN_PERSON)
        assert audit_log.count(demo_vault.conn) == before + 1
        entry = _last(demo_vault)
        assert (entry.action, entry.outcome, entry.customer_id) == (
            "rights.updated", "denied", None)


def test_front_desk_works_only_on_their_customers(demo_vault: Vault) -> None:
    mine, theirs = _login(demo_vault, "frontdesk"), _login(demo_vault, "frontdesk2")
    manager = _login(demo_vault, "manager")
    their_customer = _own_customer(demo_vault, theirs)
    their_request = rights.register(demo_vault, theirs, their_customer, kind=RightsKind.ACCESS,
                                    channel=RequestChannel.PHONE)
    before = audit_log.count(demo_vault.conn)
    with pytest.raises(CustomerOutOfScope):
        rights.register(demo_vault, mine, their_customer, kind=RightsKind.ACCESS,
                        channel=RequestChannel.PHONE)
    assert (_last(demo_vault).outcome, _last(demo_vault).customer_id) == (
        "denied", their_customer)
    assert audit_log.count(demo_vault.conn) == before + 1
    for call in (lambda: rights.verify_identity(demo_vault, mine, their_request,
                                                Verification.IN_PERSON),
                 lambda: rights.close(demo_vault, mine, their_request,
                                      status=RightsStatus.REFUSED, response="No"),
                 lambda: rights.get_request(demo_vault, mine, their_request),
                 lambda: rights.list_requests(demo_vault, mine, customer_id=their_customer)):
        with pytest.raises(CustomerOutOfScope):
            call()
        assert _last(demo_vault).outcome == "denied"
    my_ids = {r.request.customer_id for r in rights.list_requests(demo_vault, mine,
                                                                  open_only=False)}
    assert my_ids and their_customer not in my_ids
    mine_scope = {c.id for c in customers.page(demo_vault, mine, offset=0, limit=1000)}
    assert my_ids <= mine_scope
    everyone = rights.list_requests(demo_vault, manager, open_only=False)
    assert their_request in {r.request.id for r in everyone}
    assert len({r.request.customer_id for r in everyone}) > len(my_ids)


@pytest.mark.parametrize("user", ["finance", "officer"])
def test_roles_without_the_register_are_refused(demo_vault: Vault, user: str) -> None:
    session = _login(demo_vault, user)
    with pytest.raises(PermissionDenied):
        rights.list_requests(demo_vault, session)
    assert (_last(demo_vault).outcome, _last(demo_vault).action) == ("denied", "rights.listed")


def test_the_demo_register_has_work_in_every_state(demo_vault: Vault) -> None:
    rows = rights.list_requests(demo_vault, _login(demo_vault, "manager"), open_only=False)
    by_kind = {(r.request.kind, r.request.status): r for r in rows}
    assert any(r.days_left is not None and r.days_left < 0 for r in rows)
    assert any(r.days_left is not None and 0 < r.days_left <= 3 for r in rows)
    assert (RightsKind.CORRECTION, RightsStatus.COMPLETED) in by_kind
    deletion = by_kind[(RightsKind.DELETION, RightsStatus.IN_PROGRESS)].request
    assert deletion.verified_by and deletion.verified_at is not None
    assert all(r.customer_name for r in rows)


def test_a_destroyed_customers_request_stays_on_the_register(demo_vault: Vault) -> None:
    from clientsafe.core.errors import CustomerNotFound
    from clientsafe.vault import erasure

    manager = _login(demo_vault, "manager")
    customer_id = _own_customer(demo_vault, manager)
    request_id = rights.register(demo_vault, manager, customer_id, kind=RightsKind.ACCESS,
                                 channel=RequestChannel.EMAIL, details=DETAILS_MARK)
    with demo_vault.transaction() as conn:
        erasure.erase_customer(conn, customer_id)
    row = rights.get_request(demo_vault, manager, request_id)
    assert (row.customer_exists, row.customer_name, row.request.details) == (False, "", "")
    with pytest.raises(CustomerNotFound):
        rights.verify_identity(demo_vault, manager, request_id, Verification.IN_PERSON)
    assert (_last(demo_vault).outcome, _last(demo_vault).customer_id) == ("denied", customer_id)
    # Still answerable, so it does not stay open for ever.
    rights.close(demo_vault, manager, request_id, status=RightsStatus.REFUSED,
                 response="The customer's data had already been destroyed.")
    assert rights.get_request(demo_vault, manager, request_id).request.is_closed
