"""The customer list's one search box, driven through the widgets: typing narrows the list by
name / pinyin / initials after a pause, a whole phone number in the same box is an exact look-up,
Esc and the clear button bring the whole list back. Real services on a demo vault."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.audit_actions import Action
from clientsafe.core.entities import NewCustomer
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.customer_table_model import CustomerTableModel
from clientsafe.ui.customers_view import CustomersView
from clientsafe.vault import customer_repo
from tests.ui.reveal_helpers import audit_tail, login

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def named_vault(demo_vault: Vault) -> Vault:
    """The demo vault plus customers whose names the tests know, two of them the front desk's."""
    frontdesk = login(demo_vault, "frontdesk").staff_id
    manager = login(demo_vault, "manager").staff_id
    with demo_vault.transaction() as conn:
        for name, owner in (("张伟", frontdesk), ("章薇", frontdesk), ("张伟明", manager),
                            ("Zed Whitaker", manager)):
            customer_repo.insert(conn, NewCustomer(full_name=name, phone="",
                                                   assigned_staff_id=owner), now=demo_vault.clock())
    return demo_vault


@pytest.fixture
def view_for(qtbot: QtBot, named_vault: Vault) -> Iterator:
    views: list[CustomersView] = []

    def make(session: Session) -> CustomersView:
        view = CustomersView(named_vault, session)
        qtbot.addWidget(view)
        view.resize(1000, 520)
        view.show()
        view.lookup.search.setFocus()  # where the user types (the table's Enter opens a row)
        views.append(view)
        return view

    yield make
    for view in views:
        if view.record_dialog is not None:
            view.record_dialog.reject()


def shown_names(view: CustomersView) -> list[str]:
    model = view.model
    return [model.data(model.index(r, CustomerTableModel.NAME), DISPLAY)
            for r in range(model.rowCount())]


def listed_entries(vault: Vault) -> int:
    return sum(e.action == str(Action.CUSTOMERS_LISTED) for e in audit_tail(vault, 200))


def test_typing_narrows_the_list_after_a_pause(
    qtbot: QtBot, named_vault: Vault, view_for
) -> None:
    view: CustomersView = view_for(login(named_vault, "manager"))
    everyone = view.model.total
    before = listed_entries(named_vault)

    qtbot.keyClicks(view.lookup.search, "zhangw")
    assert view.model.search == ""  # not on every keystroke
    qtbot.waitUntil(lambda: view.model.search == "zhangw", timeout=2000)
    assert shown_names(view) == ["张伟", "张伟明", "章薇"]
    assert view.summary.text() == "3 customers match"
    # One count (and one audit entry) for the pause, not one per keystroke.
    assert listed_entries(named_vault) == before + 1

    view.lookup.search.setText("zw")
    qtbot.waitUntil(lambda: view.model.search == "zw", timeout=2000)
    assert set(shown_names(view)) >= {"张伟", "张伟明", "章薇", "Zed Whitaker"}
    assert not view.lookup.notice.isVisible()

    # Esc empties the box and brings the whole list back at once.
    qtbot.keyClick(view.lookup.search, Qt.Key.Key_Escape)
    assert view.lookup.search.text() == ""
    assert view.model.search == "" and view.model.total == everyone
    assert view.summary.text() == f"{everyone} customers"


def test_enter_searches_at_once_and_nothing_found_says_so(
    qtbot: QtBot, named_vault: Vault, view_for
) -> None:
    view: CustomersView = view_for(login(named_vault, "manager"))
    view.lookup.search.setText("qqqq")
    qtbot.keyClick(view.lookup.search, Qt.Key.Key_Return)
    assert view.model.search == "qqqq" and view.model.total == 0
    assert view.summary.text() == "No matches"
    assert view.showing_empty_state
    assert view.empty.text() == "No customer has a name, pinyin or initials starting with this."

    view.lookup.search.setText("138")  # part of a phone number
    qtbot.keyClick(view.lookup.search, Qt.Key.Key_Return)
    assert "type all of it" in view.empty.text()

    view.lookup.search.clear()  # the clear button does this
    assert not view.showing_empty_state and view.model.search == ""


def test_front_desk_search_shows_only_their_customers(
    qtbot: QtBot, named_vault: Vault, view_for
) -> None:
    view: CustomersView = view_for(login(named_vault, "frontdesk"))
    qtbot.keyClicks(view.lookup.search, "zw")
    qtbot.waitUntil(lambda: view.model.search == "zw", timeout=2000)
    assert "张伟明" not in shown_names(view)
    assert {"张伟", "章薇"} <= set(shown_names(view))
    assert view.summary.text().endswith("of your customers match")


def test_a_whole_phone_number_in_the_same_box_is_an_exact_look_up(
    qtbot: QtBot, named_vault: Vault, view_for
) -> None:
    frontdesk = login(named_vault, "frontdesk")
    view: CustomersView = view_for(frontdesk)
    row = view.model.row_at(0)
    assert row is not None and row.phone
    customer_id, digits = int(row.id), row.phone.removeprefix("+86")

    # A pause looks it up and says who it is, but opens nothing by itself.
    qtbot.keyClicks(view.lookup.search, digits)
    qtbot.waitUntil(lambda: bool(view.lookup.matches), timeout=2000)
    assert [m.customer_id for m in view.lookup.matches] == [customer_id]
    assert view.lookup.notice.text().endswith("Press Enter to open their record.")
    assert view.record_dialog is None
    assert view.model.search == ""  # the list is not narrowed by a phone number

    # Enter opens it, without a second look-up.
    looked_up = sum(e.action == str(Action.CUSTOMER_LOOKED_UP) for e in audit_tail(named_vault))
    qtbot.keyClick(view.lookup.search, Qt.Key.Key_Return)
    assert view.record_dialog is not None and view.record_dialog.customer_id == customer_id
    assert sum(e.action == str(Action.CUSTOMER_LOOKED_UP)
               for e in audit_tail(named_vault)) == looked_up
