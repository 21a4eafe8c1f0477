"""A deletion request from the counter to the certificate, through the widgets: front desk
registers it in the customer's record, a manager checks the identity in the Rights requests
area, finds the customer in the Retention queue, destroys them with the password, saves the
certificate; the register then shows the request completed, the customer is gone from the list,
and the audit trail still verifies."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from clientsafe.core.rights import RightsKind, RightsStatus
from clientsafe.services import audit_verify, auth, customers, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui import destruction_dialog
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.destruction_dialog import DestructionDialog
from clientsafe.ui.retention_view import RetentionView
from clientsafe.ui.rights_answer_dialog import VerifyIdentityDialog
from clientsafe.ui.rights_request_dialog import RightsRequestDialog
from clientsafe.ui.rights_view import RightsView
from clientsafe.vault import customer_repo


def test_a_deletion_request_ends_in_a_certificate(qtbot: QtBot, demo_vault: Vault,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    frontdesk = auth.login(demo_vault, "frontdesk", demo.DEMO_PASSWORD)
    manager = auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)
    customer_id = customers.page(demo_vault, frontdesk, offset=0, limit=1)[0].id
    name = customer_repo.get(demo_vault.conn, customer_id).full_name  # type: ignore[union-attr]

    # At the counter: the customer asks for deletion; front desk records it in the record.
    record = CustomerRecordDialog(demo_vault, frontdesk, customer_id)
    qtbot.addWidget(record)
    record.show()
    assert record.panels.rights is not None
    asked = record.panels.rights.new_request()
    assert isinstance(asked, RightsRequestDialog)
    asked.set_kind(RightsKind.DELETION)
    asked.details.setPlainText("Asked at the counter to delete everything")
    asked.accept()
    request_id = asked.request_id
    assert request_id is not None
    record.reject()

    # A manager checks the identity in the register; the request goes in progress.
    register = RightsView(demo_vault, manager)
    qtbot.addWidget(register)
    register.show()
    row = next(r for r, item in enumerate(register.model.rows) if item.request.id == request_id)
    register.table.selectRow(row)
    verify = register.verify_selected()
    assert isinstance(verify, VerifyIdentityDialog)
    verify.accept()
    item = next(i for i in register.model.rows if i.request.id == request_id)
    assert item.request.status is RightsStatus.IN_PROGRESS and item.request.verified_by

    # The Retention queue lists the customer on the request's basis; destroy with the password.
    queue = RetentionView(demo_vault, manager)
    qtbot.addWidget(queue)
    queue.show()
    row = next(r for r, e in enumerate(queue.due_model.rows) if e.customer_id == customer_id)
    assert queue.due_model.rows[row].request is not None
    queue.due_page.table.selectionModel().select(
        queue.due_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    dialog = queue.open_destruction()
    assert isinstance(dialog, DestructionDialog)
    with qtbot.waitSignal(dialog.customers_destroyed, timeout=30_000):
        dialog.password.setText(demo.DEMO_PASSWORD)
        dialog.destroy_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    monkeypatch.setattr(destruction_dialog, "choose_folder", lambda parent, suggested: tmp_path)
    dialog.certificates_button.click()
    (certificate,) = tmp_path.glob("DC-*.pdf")
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(certificate).pages)
    assert f"#{request_id}" in text and name not in text
    dialog.close_button.click()

    # Afterwards: the request is completed, the customer is gone, the audit trail verifies.
    register.filter.setCurrentIndex(1)  # all requests
    item = next(i for i in register.model.rows if i.request.id == request_id)
    assert item.request.status is RightsStatus.COMPLETED and not item.customer_exists
    assert customer_repo.get(demo_vault.conn, customer_id) is None
    assert all(r.id != customer_id for r in customers.page(demo_vault, manager, offset=0,
                                                             limit=10_000))
    assert audit_verify.verify_audit(demo_vault, manager).ok
