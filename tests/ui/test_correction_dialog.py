"""Correcting a detail from the customer's Corrections tab: the field picker, the live check of
the new value, the reason, the link to a correction request, and the masked history."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from clientsafe.core.masking import mask_phone
from clientsafe.core.rights import RequestChannel, RightsKind
from clientsafe.core.session import Session
from clientsafe.services import auth, corrections, customers, demo
from clientsafe.services import rights_requests as rights
from clientsafe.services.vault_access import Vault
from clientsafe.ui.correction_dialog import CorrectionDialog
from clientsafe.ui.corrections_panel import CorrectionsPanel
from clientsafe.vault import customer_repo
from tests.consent_tools import member, register
from tests.ui.conftest import MARKUP, tooltip_shows

NEW_PHONE = "+8615987650002"


@pytest.fixture
def desk(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "frontdesk", demo.DEMO_PASSWORD)


@pytest.fixture
def customer_id(demo_vault: Vault, desk: Session) -> int:
    # Membership: name, phone, birth date given; e-mail and ID number collected but not given.
    return register(demo_vault, desk, member("林小雨 Lin Xiaoyu", "+8613712340001"))


@pytest.fixture
def panel(qtbot: QtBot, demo_vault: Vault, desk: Session, customer_id: int) -> CorrectionsPanel:
    widget = CorrectionsPanel(demo_vault, desk, customer_id)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    widget.load()
    return widget


def open_dialog(panel: CorrectionsPanel, **kw: int) -> CorrectionDialog:
    dialog = panel.correct(**kw)
    assert isinstance(dialog, CorrectionDialog)
    return dialog


def test_the_picker_lists_the_customers_details(panel: CorrectionsPanel) -> None:
    assert panel.empty.isVisible() and not panel.table.isVisible()
    dialog = open_dialog(panel)
    labels = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert labels == ["Name", "Phone number", "E-mail address (not given yet)",
                      "Resident ID number (not given yet)", "Date of birth"]
    dialog.select_field("date_of_birth")
    assert dialog.editor() is dialog.date and dialog.date.isVisible()
    assert not dialog.line.isVisible()
    dialog.reject()


def test_live_check_then_save(qtbot: QtBot, demo_vault: Vault, desk: Session,
                              customer_id: int, panel: CorrectionsPanel) -> None:
    dialog = open_dialog(panel)
    dialog.select_field("phone")
    assert not dialog.save_button.isEnabled()
    dialog.line.setText("12ab")
    dialog.line.editingFinished.emit()
    assert dialog.value_error.isVisible()
    assert "Phone number" in dialog.value_error.text() and "12ab" not in dialog.value_error.text()
    dialog.reason.setText("The customer has a new mobile number")
    assert not dialog.save_button.isEnabled()
    dialog.line.setText("159 8765 0002")
    assert not dialog.value_error.isVisible()  # the error followed the typing away
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(panel.corrected) as signal:
        dialog.save_button.click()
    assert signal.args == ["phone"]
    assert dialog.line.text() == ""  # nothing typed stays behind
    assert customer_repo.get(demo_vault.conn, customer_id).phone == NEW_PHONE
    assert panel.status.text() == "Corrected: Phone number."
    assert panel.model.rowCount() == 1
    cells = [panel.model.item(0, c).text() for c in range(panel.model.columnCount())]
    assert cells[1:] == ["Phone number", mask_phone("+8613712340001"), mask_phone(NEW_PHONE),
                         "王芳 Wang Fang", "—", "The customer has a new mobile number"]


def test_the_service_refusal_shows_under_the_value(demo_vault: Vault,
                                                   panel: CorrectionsPanel) -> None:
    dialog = open_dialog(panel)
    dialog.select_field("phone")
    dialog.line.setText("+8613712340001")  # the number already held
    dialog.reason.setText("Typo")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == (
        "The new value is the same as the one held, so nothing was changed.")
    dialog.reject()


def test_linked_to_a_correction_request(demo_vault: Vault, desk: Session, customer_id: int,
                                        panel: CorrectionsPanel) -> None:
    request_id = rights.register(demo_vault, desk, customer_id, kind=RightsKind.CORRECTION,
                                 channel=RequestChannel.COUNTER)
    rights.register(demo_vault, desk, customer_id, kind=RightsKind.ACCESS,
                    channel=RequestChannel.COUNTER)
    dialog = open_dialog(panel, request_id=request_id)
    assert dialog.request.count() == 2  # none, and the one correction request
    assert dialog.request.currentData() == request_id
    dialog.select_field("full_name")
    dialog.line.setText("林小雨")
    dialog.reason.setText("Name as on the identity card")
    dialog.save_button.click()
    [done] = corrections.correction_history(demo_vault, desk, customer_id)
    assert (done.field_key, done.request_id, done.old_masked, done.new_masked) == (
        "full_name", request_id, "林**", "林**")
    assert panel.model.item(0, 5).text() == f"#{request_id}"


def test_an_address_is_typed_on_several_lines(qtbot: QtBot, demo_vault: Vault,
                                              desk: Session) -> None:
    # A demo customer was entered with an address, which Membership does not collect: a
    # detail the customer already holds may still be corrected.
    held = customers.page(demo_vault, desk, offset=0, limit=1)[0].id
    panel = CorrectionsPanel(demo_vault, desk, held)
    qtbot.addWidget(panel)
    panel.load()
    dialog = open_dialog(panel)
    dialog.select_field("address")
    assert dialog.editor() is dialog.text
    dialog.text.setPlainText("上海市浦东新区\n世纪大道 100 号")
    dialog.reason.setText("Moved house")
    dialog.save_button.click()
    assert customer_repo.get(demo_vault.conn, held).address == "上海市浦东新区\n世纪大道 100 号"
    assert panel.model.item(0, 3).text() == "上海市浦东新…"


def test_the_reason_shows_as_typed(panel: CorrectionsPanel) -> None:
    dialog = open_dialog(panel)
    dialog.select_field("phone")
    dialog.line.setText(NEW_PHONE)
    dialog.reason.setText(MARKUP)
    dialog.save_button.click()
    reason = panel.model.item(0, 6)
    assert reason.text() == MARKUP and tooltip_shows(reason.toolTip()) == MARKUP
