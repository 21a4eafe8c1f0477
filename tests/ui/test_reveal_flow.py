"""Seeing a masked field through the widgets: request, the approval pop-up (approve, deny,
wrong password, wrong approver, self-approval), reveal, copy, re-mask, expiry. Real services on
the demo vault; timers are fired by hand instead of waited for."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clientsafe.core.audit_actions import Action
from clientsafe.core.field_access import REMASK_SECONDS
from clientsafe.core.session import Session
from clientsafe.services import reveals
from clientsafe.services.vault_access import Vault
from clientsafe.ui import secure_clipboard
from clientsafe.ui.approval_popup import Outcome
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from tests.conftest import FakeClock
from tests.ui.reveal_helpers import approve_as, ask, audit_tail, login, own_customer

OpenRecord = Callable[[Session, int], CustomerRecordDialog]


@pytest.fixture
def open_record(qtbot: QtBot, demo_vault: Vault) -> Iterator[OpenRecord]:
    dialogs: list[CustomerRecordDialog] = []

    def make(session: Session, customer_id: int) -> CustomerRecordDialog:
        dialog = CustomerRecordDialog(demo_vault, session, customer_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.reject()
    secure_clipboard.clear_if_ours()


@pytest.fixture
def frontdesk(demo_vault: Vault) -> Session:
    return login(demo_vault, "frontdesk")


def remask_reasons(vault: Vault) -> list[str]:
    return [e.detail.rsplit(": ", 1)[-1] for e in audit_tail(vault)
            if e.action == str(Action.REVEAL_REMASKED)]


def run_out(dialog: CustomerRecordDialog) -> None:
    for _ in range(REMASK_SECONDS):
        dialog.countdown.timeout.emit()


def test_manager_approves_on_the_spot_then_reveal_copy_and_remask(
    demo_vault: Vault, frontdesk: Session, open_record: OpenRecord
) -> None:
    customer_id = own_customer(demo_vault, frontdesk)
    dialog = open_record(frontdesk, customer_id)
    masked = dialog.value_text("national_id")
    assert "*" in masked

    popup = ask(dialog, details="Checking in for a new membership")
    assert popup.self_box is None  # front desk is not offered self-approval
    assert "type their own user name and password here" in popup.explanation.text()
    approve_as(popup, "manager")

    assert popup.outcome is Outcome.APPROVED
    assert dialog.grant is not None and not dialog.grant.flagged
    assert dialog.is_revealed
    shown = dialog.value_text("national_id")
    assert "*" not in shown
    assert shown == reveals.reveal_value(demo_vault, frontdesk, grant_id=dialog.grant.id,
                                         field="national_id")
    assert dialog.value_text("date_of_birth") == masked_or_same(dialog, "date_of_birth")
    assert f"hidden again in {REMASK_SECONDS} s" in dialog.status.text()
    dialog.countdown.timeout.emit()
    assert f"hidden again in {REMASK_SECONDS - 1} s" in dialog.status.text()

    copy = dialog.copy_button("national_id")
    assert copy.isVisible()
    copy.click()
    clipboard = QApplication.clipboard()
    assert clipboard.text() == shown
    mime = clipboard.mimeData()
    assert mime.hasFormat(secure_clipboard.PASSWORD_MANAGER_HINT)
    assert bytes(mime.data(secure_clipboard.PASSWORD_MANAGER_HINT).data()) == b"secret"
    assert audit_tail(demo_vault, 1)[0].action == str(Action.REVEAL_COPIED)

    run_out(dialog)
    assert not dialog.is_revealed
    assert dialog.value_text("national_id") == masked
    assert not copy.isVisible()
    assert dialog._shown == {}
    assert remask_reasons(demo_vault)[0] == "timer"
    assert dialog.show_button.isVisible()  # the grant lasts longer than one look

    secure_clipboard.guard().timer.timeout.emit()
    assert clipboard.text() == ""


def masked_or_same(dialog: CustomerRecordDialog, key: str) -> str:
    """Fields not in the grant stay as the service sent them."""
    assert dialog.record is not None
    return next(f.text for f in dialog.record.fields if f.key == key)


def test_wrong_password_and_a_front_desk_approver_are_refused_with_sentences(
    demo_vault: Vault, frontdesk: Session, open_record: OpenRecord
) -> None:
    dialog = open_record(frontdesk, own_customer(demo_vault, frontdesk))
    popup = ask(dialog)
    approve_as(popup, "manager", "not-the-password")
    assert popup.isVisible() and popup.outcome is Outcome.WAITING
    assert popup.error.text() == (
        "The user name or password is not correct; check them and try again."
    )
    assert popup.manager_password.text() == ""  # never left in the field

    approve_as(popup, "frontdesk2")
    assert popup.isVisible()
    assert popup.error.text() == (
        "Your role (Front desk) may not approve seeing masked fields; ask someone whose role "
        "allows it."
    )
    assert not dialog.is_revealed and dialog.grant is None
    assert "*" in dialog.value_text("national_id")


def test_enter_moves_from_name_to_password_and_then_approves_once(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session, open_record: OpenRecord
) -> None:
    dialog = open_record(frontdesk, own_customer(demo_vault, frontdesk))
    popup = ask(dialog)
    qtbot.waitExposed(popup)
    popup.manager_name.setFocus()
    qtbot.keyClicks(popup.manager_name, "manager")
    qtbot.keyClick(popup.manager_name, Qt.Key.Key_Return)
    assert popup.isVisible() and not popup.error.isVisible()
    assert popup.focusWidget() is popup.manager_password
    qtbot.keyClicks(popup.manager_password, "demo")
    qtbot.keyClick(popup.manager_password, Qt.Key.Key_Return)
    assert popup.outcome is Outcome.APPROVED and dialog.is_revealed
    approvals = [e for e in audit_tail(demo_vault, 30) if e.action == str(Action.REVEAL_APPROVED)]
    assert len(approvals) == 1


def test_deny_needs_a_reason_and_the_requester_is_told(
    demo_vault: Vault, frontdesk: Session, open_record: OpenRecord
) -> None:
    customer_id = own_customer(demo_vault, frontdesk)
    dialog = open_record(frontdesk, customer_id)
    popup = ask(dialog)
    assert not popup.form.isRowVisible(popup.deny_reason)
    popup.manager_name.setText("manager")
    popup.manager_password.setText("demo")
    popup.deny_button.click()  # first press: the reason appears
    assert popup.form.isRowVisible(popup.deny_reason)
    popup.deny_button.click()
    assert popup.isVisible()
    assert "reason for the denial" in popup.error.text()
    assert [r.status for r in reveals.my_requests(demo_vault, frontdesk)] == ["pending"]

    popup.deny_reason.setText("Use the copy on file instead")
    popup.deny_button.click()
    assert popup.outcome is Outcome.DENIED
    assert not dialog.is_revealed and dialog.grant is None
    assert dialog.status.text() == (
        "李强 Li Qiang denied your last request: Use the copy on file instead"
    )
    assert dialog.request_button.isVisible()


def test_manager_approves_for_themselves_with_a_reason_and_it_is_flagged(
    demo_vault: Vault, open_record: OpenRecord
) -> None:
    manager = login(demo_vault, "manager")
    dialog = open_record(manager, own_customer(demo_vault, manager))
    popup = ask(dialog, fields=("national_id", "date_of_birth"), details="Bank asked to confirm")
    assert popup.self_approve_button is not None and popup.self_approve_button.isEnabled()
    assert "flagged for review" in popup.self_warning.text()

    approve_as(popup, "manager")  # their own password on their own request: refused
    assert popup.isVisible()
    assert popup.error.text().startswith("A request must be approved by a manager other than")

    popup.self_approve_button.click()
    assert popup.outcome is Outcome.APPROVED
    assert dialog.grant is not None and dialog.grant.flagged
    assert "*" not in dialog.value_text("national_id")
    assert "*" not in dialog.value_text("date_of_birth")
    dialog.hide_values("closed")
    assert "flagged for review" in dialog.status.text()


def test_self_approval_needs_the_reason_in_words(
    demo_vault: Vault, open_record: OpenRecord
) -> None:
    manager = login(demo_vault, "manager")
    dialog = open_record(manager, own_customer(demo_vault, manager))
    popup = ask(dialog, details="")
    assert popup.self_approve_button is not None
    assert not popup.self_approve_button.isEnabled()
    assert popup.self_hint is not None and popup.self_hint.isVisible()


def test_inbox_path_waits_then_the_reopened_record_shows_the_grant(
    demo_vault: Vault, frontdesk: Session, open_record: OpenRecord
) -> None:
    customer_id = own_customer(demo_vault, frontdesk)
    dialog = open_record(frontdesk, customer_id)
    popup = ask(dialog, details="Customer at the desk")
    popup.inbox_button.click()
    assert popup.outcome is Outcome.WAITING
    assert "waiting" in dialog.status.text()
    assert dialog.check_button.isVisible() and not dialog.request_button.isVisible()
    request_id = dialog.waiting_request
    assert request_id is not None

    manager = login(demo_vault, "manager")
    reveals.decide(demo_vault, manager, request_id=request_id, approve=True)
    dialog.check_button.click()
    assert dialog.grant is not None and dialog.show_button.isVisible()
    dialog.reject()

    again = open_record(frontdesk, customer_id)
    assert again.grant is not None and again.show_button.isVisible()
    assert "approved access until" in again.status.text()
    again.show_button.click()
    assert "*" not in again.value_text("national_id")


def test_a_waiting_request_can_still_be_approved_on_the_spot_later(
    demo_vault: Vault, frontdesk: Session, open_record: OpenRecord
) -> None:
    customer_id = own_customer(demo_vault, frontdesk)
    ask(open_record(frontdesk, customer_id), details="Customer at the desk").inbox_button.click()
    again = open_record(frontdesk, customer_id)
    assert again.approve_here_button.isVisible()
    popup = again.approve_here()
    assert popup is not None and "Customer at the desk" in popup.summary.text()
    approve_as(popup, "manager")
    assert again.is_revealed and "*" not in again.value_text("national_id")
    assert not again.approve_here_button.isVisible()


def test_closing_or_rejecting_a_revealed_record_remasks_and_records_it(
    demo_vault: Vault, frontdesk: Session, open_record: OpenRecord
) -> None:
    dialog = open_record(frontdesk, own_customer(demo_vault, frontdesk))
    approve_as(ask(dialog), "manager")
    assert dialog.is_revealed
    label = dialog._rows["national_id"].value
    dialog.reject()  # what the main window does on lock and sign-out
    assert not dialog.is_revealed and "*" in label.text()
    assert not dialog.countdown.isActive()
    assert remask_reasons(demo_vault)[0] == "closed"


def test_an_expired_grant_is_refused_and_access_can_be_asked_again(
    demo_vault: Vault, frontdesk: Session, open_record: OpenRecord, clock: FakeClock
) -> None:
    dialog = open_record(frontdesk, own_customer(demo_vault, frontdesk))
    approve_as(ask(dialog, minutes=1), "manager")
    run_out(dialog)
    clock.advance(minutes=2)
    dialog.show_button.click()
    assert not dialog.is_revealed
    assert dialog.error.text() == (
        "The permission to see these fields has expired; ask for access again."
    )
    assert dialog.request_button.isVisible() and not dialog.show_button.isVisible()


def test_the_first_look_never_outlasts_the_grant(
    demo_vault: Vault, frontdesk: Session, open_record: OpenRecord, clock: FakeClock
) -> None:
    dialog = open_record(frontdesk, own_customer(demo_vault, frontdesk))
    approve_as(ask(dialog, minutes=1), "manager")
    run_out(dialog)
    clock.advance(seconds=45)
    dialog.show_button.click()
    assert "hidden again in 15 s" in dialog.status.text()
