"""Rights requests from people the vault does not hold: registered with a name and how to answer
them, answered by the same deadline, without a customer, and forgetting the contact once
answered. The audit trail names neither."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clientsafe.core.rights import RequestChannel, RightsKind, RightsStatus, Verification
from clientsafe.core.validators import TextHasControlCharacters
from clientsafe.services import auth, retention
from clientsafe.services import rights_requests as rights
from clientsafe.vault import audit_log
from clientsafe.vault.vault import Vault
from tests.conftest import FakeClock

NAME = "OUTSIDER-NAME-4K 林外人"
CONTACT = "outsider-contact-8w@example.org"


def _login(vault: Vault, name: str):
    return auth.login(vault, name, "demo")


def _outside(vault: Vault, session, kind: RightsKind = RightsKind.ACCESS) -> int:
    return rights.register_outside(vault, session, name=f"  {NAME} ", contact=CONTACT,
                                   kind=kind, channel=RequestChannel.PHONE,
                                   details="Asked whether we hold anything about her")


def _audit_rows(vault: Vault) -> str:
    return "\n".join(repr(r) for r in vault.conn.execute("SELECT * FROM audit_log").fetchall())


def test_registered_answered_and_the_contact_forgotten(demo_vault: Vault,
                                                       clock: FakeClock) -> None:
    desk = _login(demo_vault, "frontdesk")
    request_id = _outside(demo_vault, desk)
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (entry.action, entry.customer_id) == ("rights.registered", None)
    assert "not in the vault" in entry.detail

    row = rights.get_request(demo_vault, desk, request_id)
    request = row.request
    assert request.from_outside and request.customer_id is None
    assert (request.requester_name, request.requester_contact) == (NAME, CONTACT)
    assert row.customer_name == NAME and not row.customer_exists
    assert request.due_at == clock.now + timedelta(days=15) and row.days_left == 15
    assert request_id in {r.request.id for r in rights.list_requests(demo_vault, desk)}

    clock.advance(days=2)
    # Front desk searches only their own customers, so cannot say nobody holds the person.
    with pytest.raises(rights.OutsideNeedsFullSearch):
        rights.close(demo_vault, desk, request_id, status=RightsStatus.COMPLETED,
                     response="We hold no personal data about you.")
    # A manager can; nothing is disclosed, so no identity check is needed.
    manager = _login(demo_vault, "manager")
    rights.close(demo_vault, manager, request_id, status=RightsStatus.COMPLETED,
                 response="We hold no personal data about you; told by phone.")
    done = rights.get_request(demo_vault, desk, request_id).request
    assert done.status is RightsStatus.COMPLETED and done.closed_at == clock.now
    assert done.requester_name == NAME and done.requester_contact == ""
    rows = _audit_rows(demo_vault)
    assert NAME not in rows and CONTACT not in rows and "OUTSIDER" not in rows


def test_the_name_goes_once_the_answer_is_past_the_retention_period(
        demo_vault: Vault, clock: FakeClock) -> None:
    manager = _login(demo_vault, "manager")
    request_id = _outside(demo_vault, manager)
    rights.close(demo_vault, manager, request_id, status=RightsStatus.REFUSED,
                 response="Asked to come to the counter with an identity document.")
    clock.advance(days=365 * 3 - 10)  # within the default 36 months: kept as proof
    rights.list_requests(demo_vault, manager, open_only=False)
    kept = rights.get_request(demo_vault, manager, request_id).request
    assert kept.requester_name == NAME and kept.response
    clock.advance(days=20)
    listed = rights.list_requests(demo_vault, manager, open_only=False)
    gone = rights.get_request(demo_vault, manager, request_id)
    assert (gone.request.requester_name, gone.request.details, gone.request.response,
            gone.customer_name) == ("", "", "", "")
    assert gone.request.status is RightsStatus.REFUSED and gone.request.closed_at is not None
    assert request_id in {r.request.id for r in listed}  # the request itself stays
    assert NAME not in repr(demo_vault.conn.execute("SELECT * FROM rights_requests").fetchall())


def test_a_deletion_request_from_outside_is_completed_here(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    request_id = _outside(demo_vault, manager, RightsKind.DELETION)
    rights.verify_identity(demo_vault, manager, request_id, Verification.IN_PERSON)
    after = rights.get_request(demo_vault, manager, request_id).request
    assert after.status is RightsStatus.OPEN and after.response == ""  # nothing to destroy
    assert all(d.customer_id is not None for d in retention.due_queue(demo_vault, manager))
    rights.close(demo_vault, manager, request_id, status=RightsStatus.COMPLETED,
                 response="Nothing held; nothing to delete.")
    assert rights.get_request(demo_vault, manager, request_id).request.is_closed


def test_front_desk_sees_only_the_ones_they_registered(demo_vault: Vault) -> None:
    desk, other, manager = (_login(demo_vault, n) for n in ("frontdesk", "frontdesk2",
                                                           "manager"))
    request_id = _outside(demo_vault, desk)
    assert request_id not in {r.request.id for r in rights.list_requests(
        demo_vault, other, open_only=False)}
    with pytest.raises(rights.RequestNotFound):
        rights.get_request(demo_vault, other, request_id)
    refusal = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert refusal.outcome == "denied" and "someone else" in refusal.detail
    with pytest.raises(rights.RequestNotFound):
        rights.close(demo_vault, other, request_id, status=RightsStatus.REFUSED,
                     response="Not ours")
    assert request_id in {r.request.id for r in rights.list_requests(demo_vault, manager)}


def test_the_status_bar_counts_them_for_whoever_sees_them(demo_vault: Vault,
                                                          clock: FakeClock) -> None:
    desk, other = _login(demo_vault, "frontdesk"), _login(demo_vault, "frontdesk2")
    before = {n: rights.deadline_counts(demo_vault, s) for n, s in (("desk", desk),
                                                                    ("other", other))}
    rights.register_outside(demo_vault, desk, name=NAME, contact=CONTACT,
                            kind=RightsKind.OBJECTION, channel=RequestChannel.LETTER,
                            received_at=clock.now - timedelta(days=20))  # 5 days overdue
    assert rights.deadline_counts(demo_vault, desk).overdue == before["desk"].overdue + 1
    assert rights.deadline_counts(demo_vault, other) == before["other"]


def test_name_and_contact_are_required_and_plain(demo_vault: Vault) -> None:
    desk = _login(demo_vault, "frontdesk")
    before = audit_log.count(demo_vault.conn)
    cases = [({"name": " ", "contact": CONTACT}, rights.RequesterNameRequired),
             ({"name": "x" * 201, "contact": CONTACT}, rights.RequesterNameRequired),
             ({"name": NAME, "contact": ""}, rights.RequesterContactRequired),
             ({"name": NAME, "contact": "c" * 201}, rights.RequesterContactRequired),
             ({"name": "Lin\u202eWai", "contact": CONTACT}, TextHasControlCharacters)]
    for given, error in cases:
        with pytest.raises(error):
            rights.register_outside(demo_vault, desk, kind=RightsKind.ACCESS,
                                    channel=RequestChannel.COUNTER, **given)
    assert audit_log.count(demo_vault.conn) == before


def test_roles_without_the_register_are_refused(demo_vault: Vault) -> None:
    from clientsafe.core.errors import PermissionDenied

    for name in ("finance", "officer"):
        with pytest.raises(PermissionDenied):
            _outside(demo_vault, _login(demo_vault, name))
