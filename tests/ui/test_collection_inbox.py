"""The security officer's Collection requests inbox: the demo's pending request, approve and
reject with a reason, stop collecting, one's own request (the buttons reflect the rule; the
service's refusal is shown if it is tried anyway), and the requests model without a window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.collection import CollectionRequest, RequestStatus
from clientsafe.core.field_catalog import BUILTIN_BY_KEY
from clientsafe.core.session import Session
from clientsafe.services import auth, collection, demo, notices
from clientsafe.services.vault_access import Vault
from clientsafe.ui.collection_inbox import CollectionInbox
from clientsafe.ui.collection_requests_model import INBOX_COLUMNS, Col, CollectionRequestsModel
from clientsafe.ui.collection_text import SENSITIVE_BACKGROUND
from clientsafe.ui.service_fields_model import ServiceFieldsModel

MEMBERSHIP = "Membership 会员"


@pytest.fixture
def officer(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "officer", demo.DEMO_PASSWORD)


@pytest.fixture
def inbox(qtbot: QtBot, demo_vault: Vault, officer: Session) -> CollectionInbox:
    widget = CollectionInbox(demo_vault, officer)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def cell(inbox: CollectionInbox, row: int, col: Col) -> str:
    model = inbox.model
    return model.data(model.index(row, model.column(col)))


def test_the_pending_request_with_its_statements(inbox: CollectionInbox) -> None:
    assert inbox.shown_status is RequestStatus.PENDING
    assert inbox.summary.text() == "1 request waiting for your decision"
    assert inbox.model.rowCount() == 1
    assert cell(inbox, 0, Col.SERVICE) == MEMBERSHIP
    assert cell(inbox, 0, Col.FIELD) == "Bank account number"
    assert cell(inbox, 0, Col.CLASS) == "Sensitive"
    assert cell(inbox, 0, Col.REQUIRED) == "Optional"
    assert cell(inbox, 0, Col.ASKED_BY) == "李强 Li Qiang"
    # Selected at once, its whole text underneath.
    assert inbox.selected_request() is not None
    details = inbox.details.text()
    assert "collect the monthly fee by direct debit" in details
    assert "pay at the counter each month" in details
    assert inbox.approve_action.isEnabled() and inbox.reject_action.isEnabled()
    assert not inbox.retire_action.isEnabled()
    assert not inbox.own_note.isVisible()


def test_approve_needs_a_reason_then_the_field_is_collected(
    demo_vault: Vault, inbox: CollectionInbox, officer: Session
) -> None:
    dialog = inbox.approve_selected()
    assert dialog is not None and dialog.isVisible()
    assert dialog.sensitive_note.isVisible()  # a sensitive field: said before approving
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == "Give a reason for the decision (3 to 500 characters)."
    dialog.reason.setPlainText("Direct debit is how members pay")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert inbox.model.rowCount() == 0
    assert inbox.showing_empty_state
    assert inbox.summary.text() == "No requests waiting"
    membership = next(r for r in collection.requests(demo_vault, officer)
                      if r.field_key == "bank_account")
    assert membership.status is RequestStatus.APPROVED
    assert membership.decision_reason == "Direct debit is how members pay"
    current = notices.current(demo_vault.conn, membership.service_id)
    assert "Bank account number" in current["en"].text
    assert "银行账号" in current["zh_CN"].text


def test_reject_with_a_reason_and_find_it_in_the_history(
    demo_vault: Vault, inbox: CollectionInbox
) -> None:
    dialog = inbox.reject_selected()
    assert dialog is not None
    assert not dialog.sensitive_note.isVisible()
    assert dialog.ok_button.text() == "Reject"
    dialog.reason.setPlainText("Members pay at the counter; no bank data needed")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert inbox.done_note.text() == \
        f"Rejected collecting Bank account number for {MEMBERSHIP}."
    inbox.show_status(RequestStatus.REJECTED)
    assert inbox.model.rowCount() == 1
    assert cell(inbox, 0, Col.STATUS) == "Rejected"
    assert "Rejected by 张伟 Zhang Wei" in inbox.details.text()
    assert "no bank data needed" in inbox.details.text()
    assert not inbox.approve_action.isEnabled()
    inbox.show_status(None)
    assert inbox.model.rowCount() == 8  # the demo's seven approved requests and this one


def test_stop_collecting_an_approved_field(demo_vault: Vault, inbox: CollectionInbox) -> None:
    inbox.show_status(RequestStatus.APPROVED)
    row = next(r for r in range(inbox.model.rowCount())
               if cell(inbox, r, Col.SERVICE) == "Locker rental 储物柜")
    inbox.table.selectRow(row)
    assert inbox.retire_action.isEnabled()
    assert not inbox.approve_action.isEnabled()
    request = inbox.selected_request()
    assert request is not None
    dialog = inbox.retire_selected()
    assert dialog is not None
    dialog.reason.setPlainText("Lockers are rented by key now")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert "no longer collects Phone number" in inbox.done_note.text()
    current = notices.current(demo_vault.conn, request.service_id)
    assert "Phone number" not in current["en"].text
    inbox.show_status(RequestStatus.RETIRED)
    assert cell(inbox, 0, Col.STATUS) == "No longer collected"


def test_own_request_is_for_another_officer(
    demo_vault: Vault, inbox: CollectionInbox, officer: Session
) -> None:
    membership = next(r.service_id for r in inbox.model.requests)
    own = collection.request_field(
        demo_vault, officer, service_id=membership, field_key="address", required=False,
        necessity_use="post the membership card to you",
        necessity_without="you collect the card at the counter")
    inbox.reload()
    inbox.select(own)
    assert inbox.own_note.isVisible()
    assert "another security officer must decide" in inbox.own_note.text()
    assert not inbox.approve_action.isEnabled()
    assert not inbox.reject_action.isEnabled()
    # Tried anyway (say, the buttons were out of date): the service refuses, the dialog says so.
    dialog = inbox.approve_selected()
    assert dialog is not None
    dialog.reason.setPlainText("Looks reasonable")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == \
        "You asked for this field yourself; another security officer must decide on it."
    dialog.reject()
    assert collection.requests(demo_vault, officer, statuses=(RequestStatus.PENDING,))[0].id \
        == own


def test_a_request_decided_meanwhile(demo_vault: Vault, inbox: CollectionInbox,
                                     officer: Session) -> None:
    request = inbox.selected_request()
    assert request is not None
    dialog = inbox.reject_selected()
    assert dialog is not None
    collection.decide(demo_vault, officer, request.id, approve=True, reason="Decided elsewhere")
    dialog.reason.setPlainText("Not needed")
    dialog.ok_button.click()
    assert dialog.error.text() == "This request was already decided; refresh the list."
    dialog.reject()
    assert inbox.model.rowCount() == 0  # the list was read again


# --- models without a window ------------------------------------------------------------------


def _request(key: str, status: RequestStatus, request_id: int) -> CollectionRequest:
    at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    return CollectionRequest(request_id, 1, "Membership", key, key == "phone",
                             "reach you about bookings", "we cannot reach you", status, 4,
                             "Li Qiang", at, "", None, "")


def test_requests_model_texts_and_highlight(qtbot: QtBot) -> None:
    model = CollectionRequestsModel(language="en")
    requests = [_request("phone", RequestStatus.PENDING, 1),
                _request("bank_account", RequestStatus.PENDING, 2),
                _request("custom_gone", RequestStatus.APPROVED, 3)]
    model.set_requests(requests, BUILTIN_BY_KEY)
    assert model.rowCount() == 3 and model.columnCount() == len(INBOX_COLUMNS)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(INBOX_COLUMNS))]
    assert titles == ["Service", "Field", "Class", "Required?", "Asked by", "Asked on", "Status"]
    field, cls = model.column(Col.FIELD), model.column(Col.CLASS)
    assert model.data(model.index(0, field)) == "Phone number"
    assert model.data(model.index(0, model.column(Col.REQUIRED))) == "Required"
    assert model.data(model.index(1, cls)) == "Sensitive"
    background = model.data(model.index(1, cls), Qt.ItemDataRole.BackgroundRole)
    assert background.color() == SENSITIVE_BACKGROUND
    assert model.data(model.index(0, cls), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, cls), Qt.ItemDataRole.FontRole).bold()
    # A field the catalog no longer knows shows its key rather than nothing.
    assert model.data(model.index(2, field)) == "custom_gone"
    assert model.data(model.index(2, cls)) == ""
    tip = model.data(model.index(0, field), Qt.ItemDataRole.ToolTipRole)
    assert "reach you about bookings" in tip and "we cannot reach you" in tip
    assert model.row_of(2) == 1 and model.row_of(99) == -1
    assert model.data(model.index(5, 0)) is None

    chinese = CollectionRequestsModel(language="zh_CN")
    chinese.set_requests(requests, BUILTIN_BY_KEY)
    assert chinese.data(chinese.index(1, chinese.column(Col.FIELD))) == "银行账号"


def test_service_fields_model_puts_collected_fields_first(qtbot: QtBot) -> None:
    model = ServiceFieldsModel(language="en")
    model.set_requests([_request("email", RequestStatus.REJECTED, 1),
                        _request("phone", RequestStatus.PENDING, 2),
                        _request("address", RequestStatus.RETIRED, 3),
                        _request("national_id", RequestStatus.APPROVED, 4)], BUILTIN_BY_KEY)
    assert [model.data(model.index(r, 0)) for r in range(4)] == [
        "Resident ID number", "Phone number", "E-mail address", "Postal address"]
    status = model.column(Col.STATUS)
    assert [model.data(model.index(r, status)) for r in range(4)] == [
        "Approved", "Waiting for approval", "Rejected", "No longer collected"]
    assert Col.SERVICE not in model.columns
