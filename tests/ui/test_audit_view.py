"""The audit trail viewer (security officer) and the Access history tab (managers), driven
through their widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.session import Session
from clientsafe.services import customer_records
from clientsafe.services.vault_access import Vault
from clientsafe.ui.audit_table_model import AuditTableModel
from clientsafe.ui.audit_view import AuditViewer
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.vault import audit_log
from tests.ui.reveal_helpers import login, own_customer

WAIT_MS = 20_000
DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def viewer(qtbot: QtBot, demo_vault: Vault) -> Iterator[AuditViewer]:
    view = AuditViewer(demo_vault, login(demo_vault, "officer"))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    yield view
    if view.task is not None:
        view.task.wait()


def column(view: AuditViewer, col: int) -> list[str]:
    model = view.model
    return [model.data(model.index(r, col), DISPLAY) for r in range(model.rowCount())]


def test_viewer_shows_the_trail_and_filters_it(viewer: AuditViewer, demo_vault: Vault) -> None:
    assert viewer.model.total == audit_log.count(demo_vault.conn)
    assert viewer.summary.text().endswith("audit entries")
    assert viewer.user.findText("manager") >= 0
    login_item = viewer.action.findData("auth.login")
    assert login_item >= 0
    assert viewer.action.itemText(login_item) == "Signed in"
    assert viewer.action.itemData(login_item, Qt.ItemDataRole.ToolTipRole) == "auth.login"
    assert viewer.action.findText("auth.login") < 0  # no raw ids shown
    assert viewer.toolbar_layout.indexOf(viewer.verify_button) == 0

    manager = login(demo_vault, "manager")
    customer = own_customer(demo_vault, manager)
    customer_records.open_record(demo_vault, manager, customer)

    viewer.user.setCurrentIndex(viewer.user.findText("manager"))
    viewer.customer.setText(str(customer))
    viewer.apply_button.click()
    assert set(column(viewer, AuditTableModel.USER)) == {"manager"}
    assert set(column(viewer, AuditTableModel.CUSTOMER)) == {str(customer)}
    assert "Customer record opened" in column(viewer, AuditTableModel.ACTION)
    assert "the filter" in viewer.summary.text()
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.detail) == ("audit.viewed", f"user={manager.staff_id} "
                                                          f"customer={customer}")

    viewer.outcome.setCurrentIndex(viewer.outcome.findData("denied"))
    viewer.apply_button.click()
    assert viewer.model.total == 0 and viewer.showing_empty_state

    viewer.reset_button.click()
    assert viewer.model.filter.is_empty
    assert viewer.model.total == audit_log.count(demo_vault.conn)


def test_customer_box_takes_digits_only_and_dates_need_unticking_any(
    qtbot: QtBot, viewer: AuditViewer
) -> None:
    qtbot.keyClicks(viewer.customer, "12a3")
    assert viewer.customer.text() == "123"
    assert not viewer.since.isEnabled()
    viewer.since_any.setChecked(False)
    assert viewer.since.isEnabled()
    viewer.since.setDate(QDate(2026, 3, 1))
    viewer.customer.clear()
    flt = viewer.current_filter()
    assert flt.since is not None and flt.since.isoformat() == "2026-03-01" and flt.until is None
    viewer.until_any.setChecked(False)
    viewer.until.setDate(QDate(2026, 2, 1))
    viewer.apply_button.click()
    assert viewer.model.total == 0


def test_verify_shows_ok_with_the_head(qtbot: QtBot, viewer: AuditViewer,
                                       demo_vault: Vault) -> None:
    busy: list[bool] = []
    viewer.busy_changed.connect(busy.append)
    with qtbot.waitSignal(viewer.verify_finished, timeout=WAIT_MS):
        viewer.verify_button.click()
    assert busy == [True, False]
    result = viewer.last_verification
    assert result is not None and result.ok
    assert viewer.notice.isVisible()
    assert "intact" in viewer.notice.text()
    assert result.head_hash[:16] in viewer.notice.text()
    assert viewer.verify_button.isEnabled()


def test_verify_names_the_first_bad_entry_after_tampering(
    qtbot: QtBot, viewer: AuditViewer, demo_vault: Vault
) -> None:
    conn = demo_vault.conn
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("UPDATE audit_log SET detail = detail || 'x' WHERE seq = 3")
    with qtbot.waitSignal(viewer.verify_finished, timeout=WAIT_MS):
        viewer.verify_button.click()
    result = viewer.last_verification
    assert result is not None and not result.ok and result.first_bad_seq == 3
    assert "First bad entry: 3" in viewer.notice.text()
    assert "entry 3 was changed after it was written" in viewer.notice.text()


def test_manager_sees_the_access_history_tab(qtbot: QtBot, demo_vault: Vault) -> None:
    manager = login(demo_vault, "manager")
    customer = own_customer(demo_vault, manager)
    dialog = CustomerRecordDialog(demo_vault, manager, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs is not None and dialog.history is not None
    before = audit_log.count(demo_vault.conn)
    assert not dialog.history.loaded  # not read until shown
    dialog.tabs.setCurrentWidget(dialog.history)
    assert dialog.history.loaded
    assert audit_log.count(demo_vault.conn) == before + 1
    model = dialog.history.model
    expected = demo_vault.conn.execute(
        "SELECT count(*) FROM audit_log WHERE customer_id = ?", (customer,)).fetchone()[0]
    assert model.rowCount() == expected >= 2
    actions = [model.data(model.index(r, model.ACTION), DISPLAY) for r in range(expected)]
    assert actions[0] == "Access history viewed" and "Customer record opened" in actions
    assert model.data(model.index(0, model.ACTION),
                      Qt.ItemDataRole.ToolTipRole) == "customer.history_viewed"
    assert set(model.data(model.index(r, model.USER), DISPLAY) for r in range(expected)) == {
        "manager"}
    assert "concern this customer" in dialog.history.summary.text()
    dialog.reject()


def test_front_desk_has_no_access_history(qtbot: QtBot, demo_vault: Vault) -> None:
    frontdesk: Session = login(demo_vault, "frontdesk")
    dialog = CustomerRecordDialog(demo_vault, frontdesk, own_customer(demo_vault, frontdesk))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.history is None
    assert dialog.tabs is not None
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["Record", "Consent", "Sharing", "Requests", "Corrections", "Retention"]
    assert dialog.failure is None and dialog.value_text("full_name")
    dialog.reject()
