"""The managers' Approvals inbox: what a waiting request shows, approve, deny with a reason,
the empty state, and a manager's own request refused."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.session import Session
from clientsafe.services import reveals
from clientsafe.services.vault_access import Vault
from clientsafe.ui.approvals_view import ApprovalsModel, ApprovalsView
from tests.conftest import FakeClock
from tests.ui.reveal_helpers import login, own_customer


@pytest.fixture
def frontdesk(demo_vault: Vault) -> Session:
    return login(demo_vault, "frontdesk")


@pytest.fixture
def manager(demo_vault: Vault) -> Session:
    return login(demo_vault, "manager")


def make_request(vault: Vault, session: Session, **extra: object) -> int:
    args: dict[str, object] = {
        "customer_id": own_customer(vault, session),
        "fields": ("national_id", "date_of_birth"),
        "reason_code": "identity_check",
        "reason_text": "Membership renewal",
        "minutes": 15,
    }
    args.update(extra)
    return reveals.request_reveal(vault, session, **args)  # type: ignore[arg-type]


def make_view(qtbot: QtBot, vault: Vault, session: Session) -> ApprovalsView:
    view = ApprovalsView(vault, session)
    qtbot.addWidget(view)
    view.show()
    return view


def test_empty_inbox_says_so(qtbot: QtBot, demo_vault: Vault, manager: Session) -> None:
    view = make_view(qtbot, demo_vault, manager)
    assert view.showing_empty_state
    assert view.empty.text() == "No requests are waiting for approval."
    assert view.summary.text() == "0 requests waiting"
    assert not view.approve_button.isEnabled() and not view.deny_button.isEnabled()


def test_a_waiting_request_shows_who_what_why_and_since_when(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session, manager: Session, clock: FakeClock
) -> None:
    make_request(demo_vault, frontdesk)
    clock.advance(minutes=7)
    view = make_view(qtbot, demo_vault, manager)
    assert view.summary.text() == "1 request waiting"
    model = view.model
    texts = [model.index(0, c).data() for c in range(model.columnCount())]
    assert texts[ApprovalsModel.REQUESTER] == "王芳 Wang Fang"
    assert texts[ApprovalsModel.FIELDS] == "National ID number, Date of birth"
    assert texts[ApprovalsModel.REASON] == "Verify the customer's identity — Membership renewal"
    assert texts[ApprovalsModel.MINUTES] == "15"
    assert texts[ApprovalsModel.WAITING] == "7 min"
    assert texts[ApprovalsModel.CUSTOMER]  # the customer's name
    assert view.approve_button.isEnabled()


def test_approve_removes_it_and_the_requester_gets_the_grant(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session, manager: Session
) -> None:
    request_id = make_request(demo_vault, frontdesk)
    view = make_view(qtbot, demo_vault, manager)
    view.table.selectRow(0)
    view.approve_button.click()
    assert view.showing_empty_state
    assert view.done_note.isVisible() and view.done_note.text().startswith("Approved ")
    grant = reveals.grant_for_request(demo_vault, frontdesk, request_id)
    assert grant is not None and grant.fields == ("national_id", "date_of_birth")
    assert not grant.flagged


def test_deny_asks_for_a_reason_which_the_requester_sees(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session, manager: Session
) -> None:
    request_id = make_request(demo_vault, frontdesk)
    view = make_view(qtbot, demo_vault, manager)
    dialog = view.deny_selected()
    assert dialog is not None
    dialog.deny_button.click()
    assert dialog.isVisible() and dialog.error.text() == "Type the reason for the denial."
    assert view.model.rowCount() == 1
    dialog.reason.setText("Not needed for a renewal")
    dialog.deny_button.click()
    assert view.showing_empty_state
    mine = {r.id: r for r in reveals.my_requests(demo_vault, frontdesk)}
    assert mine[request_id].status == "denied"
    assert mine[request_id].decision_reason == "Not needed for a renewal"
    assert reveals.grant_for_request(demo_vault, frontdesk, request_id) is None


def test_a_managers_own_request_cannot_be_approved_from_their_inbox(
    qtbot: QtBot, demo_vault: Vault, manager: Session
) -> None:
    make_request(demo_vault, manager)
    view = make_view(qtbot, demo_vault, manager)
    assert not view.approve_button.isEnabled() and not view.deny_button.isEnabled()
    assert view.own_note.isVisible()
    view.approve_selected()  # the disabled button is a courtesy; the service is the rule
    assert view.error.isVisible()
    assert view.error.text().startswith("A request must be approved by a manager other than")
    assert view.model.rowCount() == 1


def test_refresh_shows_requests_made_meanwhile(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session, manager: Session
) -> None:
    view = make_view(qtbot, demo_vault, manager)
    assert view.model.rowCount() == 0
    make_request(demo_vault, frontdesk)
    with qtbot.waitSignal(view.pending_count_changed, timeout=1000) as counted:
        view.refresh_button.click()
    assert counted.args == [1]
    assert not view.showing_empty_state
