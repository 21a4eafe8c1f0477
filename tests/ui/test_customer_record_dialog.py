"""The customer record dialog: masked values, opening from the list, refusals as sentences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.disclosure import DisclosureLimits
from clientsafe.core.errors import AccountLocked, CustomerOutOfScope
from clientsafe.core.session import Session
from clientsafe.services.disclosure_settings import set_limits
from clientsafe.services.vault_access import Vault
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.customers_view import CustomersView
from tests.ui.reveal_helpers import login, other_customer, own_customer


@pytest.fixture
def frontdesk(demo_vault: Vault) -> Session:
    return login(demo_vault, "frontdesk")


@pytest.fixture
def view(qtbot: QtBot, demo_vault: Vault, frontdesk: Session) -> Iterator[CustomersView]:
    view = CustomersView(demo_vault, frontdesk)
    qtbot.addWidget(view)
    view.show()
    yield view
    if view.record_dialog is not None:
        view.record_dialog.reject()


def test_front_desk_sees_contact_fields_and_a_masked_id(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session
) -> None:
    dialog = CustomerRecordDialog(demo_vault, frontdesk, own_customer(demo_vault, frontdesk))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.failure is None and dialog.record is not None
    shown = {f.key: f for f in dialog.record.fields}
    assert dialog.title.text() == shown["full_name"].text
    assert "*" in dialog.value_text("national_id")
    assert dialog.value_text("national_id") == shown["national_id"].text
    assert "*" not in dialog.value_text("phone") or not shown["phone"].masked
    assert dialog.request_button.isVisible()
    assert not dialog.show_button.isVisible()
    assert not any(dialog.copy_button(key).isVisible() for key in shown)
    dialog.reject()


def test_a_customer_of_someone_else_is_refused_with_a_sentence(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session
) -> None:
    dialog = CustomerRecordDialog(demo_vault, frontdesk, other_customer(demo_vault, frontdesk))
    qtbot.addWidget(dialog)
    dialog.show()
    assert isinstance(dialog.failure, CustomerOutOfScope)
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("This customer is assigned to ")
    assert not dialog.request_button.isVisible()
    assert dialog.form.rowCount() == 0


def test_double_click_enter_and_open_button_open_the_selected_record(
    qtbot: QtBot, view: CustomersView
) -> None:
    assert not view.open_button.isEnabled()  # nothing selected yet
    view.table.selectRow(1)
    assert view.open_button.isEnabled()
    expected = view.selected_customer_id()

    view.open_button.click()
    dialog = view.record_dialog
    assert dialog is not None and dialog.customer_id == expected
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.reject()
    assert view.record_dialog is None

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.record_dialog is not None and view.record_dialog.customer_id == expected
    view.record_dialog.reject()

    index = view.model.index(2, 0)
    rect = view.table.visualRect(index)
    # A real double-click starts with a press; QTest's double-click alone sends none.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.record_dialog is not None
    assert view.record_dialog.customer_id == view.model.row_at(2).id


def test_opening_too_many_records_locks_the_account_and_says_so(
    qtbot: QtBot, demo_vault: Vault, view: CustomersView
) -> None:
    officer = login(demo_vault, "officer")
    set_limits(demo_vault, officer, DisclosureLimits(bulk_view_limit=2))
    for row in range(2):
        dialog = view.open_customer(view.model.row_at(row).id)
        assert dialog is not None and dialog.failure is None
        dialog.reject()
    with qtbot.waitSignal(view.account_locked, timeout=5000) as locked:
        dialog = view.open_customer(view.model.row_at(2).id)
    assert dialog is not None and isinstance(dialog.failure, AccountLocked)
    assert locked.args[0] == dialog.error.text()
    assert "locked" in dialog.error.text()
    assert dialog.form.rowCount() == 0
    with pytest.raises(AccountLocked):
        login(demo_vault, "frontdesk")

