"""The customer record's Sharing tab driven through its widgets: the register table, the dialog
that shows recipients without consent disabled with the reason, recording an entry, and the
refusal staying in the dialog when the consent is withdrawn meanwhile."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.consent import Decision
from clientsafe.services import consents
from clientsafe.services.vault_access import Vault
from clientsafe.ui.share_dialog import ShareDialog
from clientsafe.ui.sharing_panel import PURPOSE_COLUMN, SharingPanel
from clientsafe.vault import audit_log
from tests.test_sharing import ping_an, with_sharing
from tests.ui.conftest import MARKUP, tooltip_shows
from tests.ui.reveal_helpers import login


def make_panel(qtbot: QtBot, vault: Vault, user: str, customer_id: int) -> SharingPanel:
    panel = SharingPanel(vault, login(vault, user), customer_id)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    return panel


def fill(dialog: ShareDialog, purpose: str = "Insurance cover for the course") -> None:
    dialog.field_boxes["full_name"].setChecked(True)
    dialog.field_boxes["phone"].setChecked(True)
    dialog.purpose.setPlainText(purpose)


def test_recording_adds_a_row(qtbot: QtBot, demo_vault: Vault) -> None:
    customer_id = with_sharing(demo_vault, Decision.GRANTED, owner="frontdesk")
    panel = make_panel(qtbot, demo_vault, "frontdesk", customer_id)
    rows = panel.model.rowCount()
    assert panel.record_button.isVisible()
    dialog = panel.open_dialog()
    assert dialog is not None and dialog.isVisible()
    button = dialog.recipient_buttons[ping_an(demo_vault)]
    assert button.isEnabled() and button.isChecked()  # the only recipient, agreed to
    assert dialog.reason_labels[ping_an(demo_vault)].text().startswith("The customer agreed on")
    assert not dialog.ok_button.isEnabled()  # no fields, no purpose yet
    fill(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.basis.setCurrentIndex(dialog.basis.findData("contract"))
    dialog.ok_button.click()
    assert not dialog.isVisible() and panel.dialog is None
    assert panel.model.rowCount() == rows + 1
    row = [panel.model.item(0, c).text() for c in range(panel.model.columnCount())]
    assert row[1] == "平安健康保险 Ping An Health"
    assert row[2] == "Name, Phone number"
    assert row[3] == "Needed to deliver the service"
    assert row[5] == "王芳 Wang Fang"
    assert row[6] == "Insurance cover for the course"
    assert panel.status.text() == "Recorded: data shared with 平安健康保险 Ping An Health."
    assert audit_log.page(demo_vault.conn, 0, 1)[0].action == "sharing.recorded"


@pytest.mark.parametrize("decision", [Decision.DECLINED, Decision.WITHDRAWN])
def test_a_recipient_without_consent_is_shown_disabled_with_the_reason(
        qtbot: QtBot, demo_vault: Vault, decision: Decision) -> None:
    customer_id = with_sharing(demo_vault, Decision.GRANTED if decision is Decision.WITHDRAWN
                                else decision)
    if decision is Decision.WITHDRAWN:
        consents.withdraw(demo_vault, login(demo_vault, "manager"), customer_id, 2,
                          f"sharing:{ping_an(demo_vault)}")
    panel = make_panel(qtbot, demo_vault, "manager", customer_id)
    dialog = panel.open_dialog()
    assert dialog is not None
    assert not dialog.recipient_buttons[ping_an(demo_vault)].isEnabled()
    reason = dialog.reason_labels[ping_an(demo_vault)].text()
    assert reason.startswith("Not possible: the customer")
    assert ("withdrew" in reason) == (decision is Decision.WITHDRAWN)
    assert dialog.none_notice.isVisible()
    assert "not agreed to sharing with any recipient" in dialog.none_notice.text()
    fill(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_a_withdrawal_meanwhile_is_refused_inside_the_dialog(qtbot: QtBot,
                                                             demo_vault: Vault) -> None:
    customer_id = with_sharing(demo_vault, Decision.GRANTED)
    panel = make_panel(qtbot, demo_vault, "manager", customer_id)
    rows = panel.model.rowCount()
    dialog = panel.open_dialog()
    assert dialog is not None
    fill(dialog)
    consents.withdraw(demo_vault, login(demo_vault, "manager"), customer_id, 2,
                      f"sharing:{ping_an(demo_vault)}")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.record_id is None
    assert dialog.error.text().startswith("The customer has not agreed to sharing")
    dialog.reject()
    assert panel.model.rowCount() == rows


def test_out_of_scope_and_empty_states(qtbot: QtBot, demo_vault: Vault) -> None:
    other = with_sharing(demo_vault, Decision.GRANTED, owner="frontdesk2")
    panel = make_panel(qtbot, demo_vault, "frontdesk", other)
    assert panel.error.isVisible() and "assigned to Emily Carter" in panel.error.text()
    assert panel.model.rowCount() == 0 and not panel.table.isVisible()
    membership_only = int(demo_vault.conn.execute(
        "SELECT customer_id FROM customer_services GROUP BY customer_id"
        " HAVING count(*) = 1 ORDER BY customer_id").fetchone()[0])
    panel = make_panel(qtbot, demo_vault, "manager", membership_only)
    assert panel.empty.isVisible() and not panel.error.isVisible()
    dialog = panel.open_dialog()
    assert dialog is not None and dialog.none_notice.isVisible()
    assert "no service with a third-party recipient" in dialog.none_notice.text()
    dialog.reject()


def test_the_purpose_shows_as_typed(qtbot: QtBot, demo_vault: Vault) -> None:
    customer_id = with_sharing(demo_vault, Decision.GRANTED, owner="frontdesk")
    panel = make_panel(qtbot, demo_vault, "frontdesk", customer_id)
    dialog = panel.open_dialog()
    assert dialog is not None
    fill(dialog, purpose=MARKUP)
    dialog.ok_button.click()
    purpose = panel.model.item(0, PURPOSE_COLUMN)
    assert purpose.text() == MARKUP and tooltip_shows(purpose.toolTip()) == MARKUP
