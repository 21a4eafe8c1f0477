"""The request notifier: a reveal request that waits in the managers' inbox, decided later, is
told in the status bar (no modal box); nothing is asked while nothing is pending, while locked or
while background work runs. Real services and main window on the demo vault; the timer is fired
by hand."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.session import Session
from clientsafe.services import customers, demo, reveals
from clientsafe.services.vault_access import Vault
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.ui.request_notifier import MESSAGE_MS, POLL_INTERVAL_MS
from tests.ui.reveal_helpers import WAIT_MS, ask, login, own_customer

OpenWindow = Callable[[Session], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, demo_vault: Vault) -> Iterator[OpenWindow]:
    windows: list[MainWindow] = []

    def make(session: Session) -> MainWindow:
        window = MainWindow(demo_vault, session, idle_ms=3_600_000)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def frontdesk(demo_vault: Vault) -> Session:
    return login(demo_vault, "frontdesk")


def request(vault: Vault, session: Session) -> tuple[int, str]:
    """A waiting request for the national ID of one of the user's customers: (id, name)."""
    customer_id = own_customer(vault, session)
    name = customers.page(vault, session, offset=0, limit=1)[0].full_name
    request_id = reveals.request_reveal(vault, session, customer_id=customer_id,
                                        fields=("national_id",), reason_code="identity_check",
                                        reason_text="")
    return request_id, name


def tick(window: MainWindow) -> None:
    window.request_notifier.timer.timeout.emit()


def test_an_approval_from_the_inbox_is_told_in_the_status_bar(
    demo_vault: Vault, frontdesk: Session, open_window: OpenWindow
) -> None:
    request_id, name = request(demo_vault, frontdesk)
    window = open_window(frontdesk)
    notifier = window.request_notifier
    assert notifier.pending == {request_id}
    assert notifier.timer.isActive() and notifier.timer.interval() == POLL_INTERVAL_MS

    tick(window)  # still waiting: nothing to say
    assert window.statusBar().currentMessage() == ""

    reveals.decide(demo_vault, login(demo_vault, "manager"), request_id=request_id, approve=True)
    tick(window)
    expected = (
        f"Your request to see National ID number of {name} was approved — open the record to "
        "see it."
    )
    assert window.statusBar().currentMessage() == expected
    assert notifier.last_message == expected
    assert not notifier.timer.isActive()  # nothing pending any more: no more asking
    assert MESSAGE_MS == 15_000


def test_a_denial_says_the_managers_reason(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session, open_window: OpenWindow
) -> None:
    request_id, name = request(demo_vault, frontdesk)
    window = open_window(frontdesk)
    reveals.decide(demo_vault, login(demo_vault, "manager"), request_id=request_id,
                   approve=False, reason="Not needed for a renewal")
    with qtbot.waitSignal(window.request_notifier.decided, timeout=WAIT_MS) as decided:
        tick(window)
    expected = (
        f"Your request to see National ID number of {name} was denied: Not needed for a renewal"
    )
    assert decided.args == [expected]
    assert window.statusBar().currentMessage() == expected


def test_nothing_pending_means_no_timer(
    demo_vault: Vault, frontdesk: Session, open_window: OpenWindow
) -> None:
    window = open_window(frontdesk)
    assert window.request_notifier.pending == set()
    assert not window.request_notifier.timer.isActive()


def test_roles_that_cannot_ask_are_never_polled(
    demo_vault: Vault, open_window: OpenWindow
) -> None:
    window = open_window(login(demo_vault, "officer"))
    assert not window.request_notifier.enabled
    window.request_notifier.watch()
    tick(window)
    assert not window.request_notifier.timer.isActive()


def test_not_asked_while_locked_and_the_message_is_cleared_on_lock(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session, open_window: OpenWindow
) -> None:
    first, _ = request(demo_vault, frontdesk)
    second, _ = request(demo_vault, frontdesk)
    window = open_window(frontdesk)
    manager = login(demo_vault, "manager")
    reveals.decide(demo_vault, manager, request_id=first, approve=True)
    tick(window)
    assert window.statusBar().currentMessage() != ""

    window.lock()
    assert window.statusBar().currentMessage() == ""  # it names a customer
    reveals.decide(demo_vault, manager, request_id=second, approve=False, reason="No")
    tick(window)
    assert window.statusBar().currentMessage() == ""
    assert window.request_notifier.pending == {second}  # not asked while locked

    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        window.lock_screen.password.setText(demo.DEMO_PASSWORD)
        window.lock_screen.unlock_button.click()
    tick(window)
    assert window.statusBar().currentMessage().endswith("was denied: No")


def test_not_asked_while_background_work_runs(
    demo_vault: Vault, frontdesk: Session, open_window: OpenWindow
) -> None:
    request_id, _ = request(demo_vault, frontdesk)
    window = open_window(frontdesk)
    view = window.show_area(Area.CUSTOMERS)
    assert isinstance(view, CustomersView)
    reveals.decide(demo_vault, login(demo_vault, "manager"), request_id=request_id, approve=True)

    view.busy_changed.emit(True)  # as an export does while it runs
    tick(window)
    assert window.statusBar().currentMessage() == ""
    view.busy_changed.emit(False)
    tick(window)
    assert "was approved" in window.statusBar().currentMessage()


def test_a_request_sent_to_the_inbox_from_a_record_is_watched_after_the_record_closes(
    demo_vault: Vault, frontdesk: Session, open_window: OpenWindow
) -> None:
    window = open_window(frontdesk)
    assert not window.request_notifier.timer.isActive()
    view = window.show_area(Area.CUSTOMERS)
    assert isinstance(view, CustomersView)
    dialog = view.open_customer(own_customer(demo_vault, frontdesk))
    assert dialog is not None and dialog.record is not None
    popup = ask(dialog, details="Renewal")
    popup.inbox_button.click()  # no manager nearby
    request_id, name = dialog.waiting_request, dialog.title.text()
    assert request_id is not None
    dialog.reject()

    assert window.request_notifier.pending == {request_id}
    assert window.request_notifier.timer.isActive()
    reveals.decide(demo_vault, login(demo_vault, "manager"), request_id=request_id,
                   approve=False, reason="Ask the customer to show the card")
    tick(window)
    assert window.statusBar().currentMessage() == (
        f"Your request to see National ID number of {name} was denied: "
        "Ask the customer to show the card"
    )
