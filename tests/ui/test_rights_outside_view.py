"""A request from someone the vault does not hold, through the widgets: registered from the
Rights requests area with a name and where to send the answer, listed as "not a customer",
answered without an identity check, and the contact gone once answered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.rights import RequestChannel, RightsKind, RightsStatus
from clientsafe.services import rights_requests as rights
from clientsafe.services.vault_access import Vault
from clientsafe.ui.rights_answer_dialog import AnswerDialog
from clientsafe.ui.rights_request_dialog import RightsRequestDialog
from clientsafe.ui.rights_table_model import RightsTableModel
from tests.ui.test_rights_view import login, make_view

M = RightsTableModel


def test_from_the_counter_to_the_answer(qtbot: QtBot, demo_vault: Vault) -> None:
    desk = login(demo_vault, "frontdesk")
    view = make_view(qtbot, demo_vault, desk)
    before = view.model.rowCount()
    assert view.outside_button.isVisible() and view.outside_button.isEnabled()

    qtbot.mouseClick(view.outside_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, RightsRequestDialog) and dialog.from_outside
    assert dialog.requester.isVisible() and dialog.contact.isVisible()
    assert dialog.guidance.text().startswith("Search for the person among the customers first")
    dialog.set_kind(RightsKind.ACCESS)
    qtbot.keyClicks(dialog.contact, "lin.wai@example.org")
    dialog.register_button.click()  # no name yet
    assert dialog.isVisible() and dialog.error.text() == (
        "Enter the requester's name, in at most 200 characters.")
    qtbot.keyClicks(dialog.requester, "Lin Wai")
    dialog.details.setPlainText("Asked on the phone whether we hold anything about her")
    dialog.register_button.click()
    assert view.dialog is None and dialog.request_id is not None
    request_id = dialog.request_id
    assert view.done_note.text() == f"Request #{request_id} registered."

    assert view.model.rowCount() == before + 1
    row = view.selected_row()
    assert row is not None and row.request.id == request_id
    current = view.table.currentIndex().row()
    assert view.model.index(current, M.CUSTOMER).data() == "Lin Wai (not a customer)"
    assert view.model.index(current, M.DEADLINE).data() == "15 days left"
    assert not view.open_button.isEnabled()
    assert view.answer_button.isEnabled()
    assert "From Lin Wai, who is not a customer." in view.details.text()
    assert "Send the answer to: lin.wai@example.org" in view.details.text()

    # Front desk searches only their own customers: a manager says "nothing held".
    answer = view.answer_selected()
    assert isinstance(answer, AnswerDialog)
    assert not answer.completed.isEnabled() and answer.refused.isChecked()
    assert answer.why_not.text().startswith("A manager completes this request")
    answer.reject()

    manager_view = make_view(qtbot, demo_vault, login(demo_vault, "manager"))
    ids = [r.request.id for r in manager_view.model.rows]
    manager_view.table.selectRow(ids.index(request_id))
    answer = manager_view.answer_selected()
    assert isinstance(answer, AnswerDialog)
    assert answer.completed.isEnabled() and answer.completed.isChecked()  # no identity check
    assert not answer.why_not.isVisible()
    assert "hold no personal data" in answer.response.placeholderText()
    answer.response.setPlainText("We hold no personal data about you.")
    answer.answer_button.click()
    assert manager_view.dialog is None
    done = rights.get_request(demo_vault, desk, request_id).request
    assert done.status is RightsStatus.COMPLETED and done.requester_contact == ""

    view.filter.setCurrentIndex(1)  # all requests, answered ones too (reads them again)
    ids = [r.request.id for r in view.model.rows]
    view.table.selectRow(ids.index(request_id))
    assert "contact details were erased" in view.details.text()
    assert "lin.wai" not in view.details.text()


def test_a_colleague_at_the_front_desk_does_not_see_it(qtbot: QtBot, demo_vault: Vault) -> None:
    desk, other = login(demo_vault, "frontdesk"), login(demo_vault, "frontdesk2")
    request_id = rights.register_outside(demo_vault, desk, name="Lin Wai", contact="+8613912345678",
                                         kind=RightsKind.DELETION,
                                         channel=RequestChannel.PHONE)
    view = make_view(qtbot, demo_vault, other)
    assert request_id not in {r.request.id for r in view.model.rows}
    manager_view = make_view(qtbot, demo_vault, login(demo_vault, "manager"))
    assert request_id in {r.request.id for r in manager_view.model.rows}
