"""The exact look-up at the top of the customer list: an own customer opens, someone else's is
only named (masked) with who looks after them, nothing found and nonsense are sentences. Real
services on the demo vault; the demo's phone and ID numbers are read from the database here, in
the test only."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.audit_actions import Action
from clientsafe.core.session import Session
from clientsafe.services import customers
from clientsafe.services.vault_access import Vault
from clientsafe.ui.customers_view import CustomersView
from clientsafe.vault import customer_repo
from tests.ui.reveal_helpers import audit_tail, login, other_customer, own_customer

MakeView = Callable[[Session], CustomersView]


@pytest.fixture
def make_view(qtbot: QtBot, demo_vault: Vault) -> Iterator[MakeView]:
    views: list[CustomersView] = []

    def make(session: Session) -> CustomersView:
        view = CustomersView(demo_vault, session)
        qtbot.addWidget(view)
        view.show()
        views.append(view)
        return view

    yield make
    for view in views:
        if view.record_dialog is not None:
            view.record_dialog.reject()


def contact(vault: Vault, customer_id: int) -> tuple[str, str]:
    """(phone, national ID) as stored: read straight from the database, in tests only."""
    held = customer_repo.get(vault.conn, customer_id)
    return held.phone, held.national_id


def name_of(vault: Vault, customer_id: int) -> tuple[str, str]:
    """(full name, assigned staff name), from the manager's list."""
    rows = customers.page(vault, login(vault, "manager"), offset=0, limit=1000)
    row = next(r for r in rows if r.id == customer_id)
    return row.full_name, row.assigned_staff_name


def spaced(phone: str) -> str:
    """+8613812345678 → "+86 138 1234 5678", the way people write it."""
    digits = phone.removeprefix("+86")
    return f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}"


def search(view: CustomersView, text: str) -> None:
    view.lookup.search.setText(text)
    view.lookup.find_button.click()


def test_an_own_customer_found_by_phone_opens_their_record(
    demo_vault: Vault, make_view: MakeView
) -> None:
    frontdesk = login(demo_vault, "frontdesk")
    view = make_view(frontdesk)
    customer_id = own_customer(demo_vault, frontdesk, 2)
    phone, _ = contact(demo_vault, customer_id)
    name, _ = name_of(demo_vault, customer_id)

    search(view, spaced(phone))

    assert [m.customer_id for m in view.lookup.matches] == [customer_id]
    dialog = view.record_dialog
    assert dialog is not None and dialog.customer_id == customer_id
    assert dialog.failure is None
    assert view.lookup.notice.isVisible()
    assert view.lookup.notice.text() == f"Existing customer: {name}. Their record is open."
    dialog.reject()
    assert view.record_dialog is None

    # The plain 11 digits work too, and Enter in the field is the same as Find.
    view.lookup.search.setText(phone.removeprefix("+86"))
    view.lookup.search.setFocus()
    QtBot.keyClick(view.lookup.search, Qt.Key.Key_Return)
    assert view.record_dialog is not None and view.record_dialog.customer_id == customer_id

    looked_up = [e for e in audit_tail(demo_vault) if e.action == str(Action.CUSTOMER_LOOKED_UP)]
    assert len(looked_up) == 2
    assert looked_up[0].fields == ("phone",) and looked_up[0].customer_id == customer_id
    # The audit trail names the field, never the typed value.
    assert all(phone.removeprefix("+86") not in e.detail for e in looked_up)


def test_someone_elses_customer_is_named_masked_with_their_staff_and_nothing_opens(
    demo_vault: Vault, make_view: MakeView
) -> None:
    frontdesk = login(demo_vault, "frontdesk")
    view = make_view(frontdesk)
    customer_id = other_customer(demo_vault, frontdesk)
    _, national_id = contact(demo_vault, customer_id)
    name, staff = name_of(demo_vault, customer_id)

    search(view, national_id.lower())

    assert view.record_dialog is None
    [match] = view.lookup.matches
    assert match.customer_id is None and not match.own
    text = view.lookup.notice.text()
    assert text == (
        f"Existing customer ({match.display_name}), assigned to {staff} — do not create a "
        "duplicate; ask them or a manager."
    )
    assert match.display_name.startswith(name[0]) and "*" in match.display_name
    assert name not in text and "<a" not in text  # named, and nothing to click into


def test_a_manager_finds_and_opens_anyones_customer_by_email(
    demo_vault: Vault, make_view: MakeView
) -> None:
    frontdesk = login(demo_vault, "frontdesk")
    customer_id = other_customer(demo_vault, frontdesk)
    email = customer_repo.get(demo_vault.conn, customer_id).email
    view = make_view(login(demo_vault, "manager"))

    search(view, f"  {str(email).upper()} ")

    assert view.record_dialog is not None and view.record_dialog.customer_id == customer_id


def test_nothing_found_is_a_sentence_and_other_text_searches_names(
    demo_vault: Vault, make_view: MakeView
) -> None:
    view = make_view(login(demo_vault, "frontdesk"))
    everyone = view.model.total

    search(view, "+86 199 0000 0000")
    assert view.lookup.matches == []
    assert view.lookup.notice.text() == "No customer has this phone, ID number or e-mail."
    assert view.record_dialog is None
    assert view.model.search == ""  # a look-up leaves the list whole

    # Not a phone, ID or e-mail: the same box narrows the list by name, with no look-up.
    search(view, "张伟")
    assert view.lookup.matches == [] and not view.lookup.notice.isVisible()
    assert view.model.search == "张伟"
    assert view.record_dialog is None

    search(view, "")
    assert view.lookup.notice.text() == (
        "Type a name, or a whole phone number, ID number or e-mail address."
    )
    assert view.model.search == "" and view.model.total == everyone
