"""Render the customer record (masked, waiting, revealed, denied), the access request, the
approval pop-up (front desk and manager) and the Approvals inbox to PNG files, in English and
Simplified Chinese, to be looked at whenever these screens change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        /tmp/venvprobe/bin/python tests/ui/reveal_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from shot_tools import demo_in_each_language, save

from clientsafe.services import auth, customers, demo, reveals
from clientsafe.services.vault_access import Vault
from clientsafe.ui.approvals_view import ApprovalsView
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog


def shoot(app: QApplication, vault: Vault, out: Path, lang: str) -> None:
    frontdesk = auth.login(vault, "frontdesk", demo.DEMO_PASSWORD)
    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    mine = [row.id for row in customers.page(vault, frontdesk, offset=0, limit=10)]

    record = CustomerRecordDialog(vault, frontdesk, mine[0])
    save(record, out, f"record_masked_{lang}")
    request = record.request_access()
    assert request is not None
    save(request, out, f"request_empty_{lang}")
    request.checks["national_id"].setChecked(True)
    request.reason.setCurrentIndex(request.reason.findData("other"))
    request.ok_button.click()
    save(request, out, f"request_other_needs_details_{lang}")
    request.details.setText("客户在前台办理会员续期 / renewal at the desk")
    request.ok_button.click()
    popup = record.approval_popup
    assert popup is not None
    save(popup, out, f"popup_frontdesk_{lang}")
    popup.deny_button.click()
    popup.manager_name.setText("frontdesk2")
    popup.manager_password.setText(demo.DEMO_PASSWORD)
    popup.approve_button.click()
    save(popup, out, f"popup_deny_reason_not_a_manager_{lang}")
    popup.manager_name.setText("manager")
    popup.manager_password.setText("wrong-password")
    popup.approve_button.click()
    save(popup, out, f"popup_wrong_password_{lang}")
    popup.manager_password.setText(demo.DEMO_PASSWORD)
    popup.approve_button.click()
    save(record, out, f"record_revealed_{lang}")
    record.copy_button("national_id").click()
    record.countdown.timeout.emit()
    save(record, out, f"record_revealed_copied_{lang}")
    for _ in range(60):
        record.countdown.timeout.emit()
    save(record, out, f"record_remasked_with_grant_{lang}")
    record.reject()

    waiting = CustomerRecordDialog(vault, frontdesk, mine[1])
    waiting.request_access()
    assert waiting.request_dialog is not None
    waiting.request_dialog.checks["national_id"].setChecked(True)
    waiting.request_dialog.ok_button.click()
    assert waiting.approval_popup is not None
    waiting.approval_popup.inbox_button.click()
    save(waiting, out, f"record_waiting_{lang}")
    waiting.reject()

    own = [row.id for row in customers.page(vault, manager, offset=0, limit=40)]
    manager_record = CustomerRecordDialog(vault, manager, own[-1])
    manager_record.request_access()
    assert manager_record.request_dialog is not None
    manager_record.request_dialog.checks["date_of_birth"].setChecked(True)
    manager_record.request_dialog.details.setText("Bank asked to confirm the birth date")
    manager_record.request_dialog.ok_button.click()
    assert manager_record.approval_popup is not None
    save(manager_record.approval_popup, out, f"popup_manager_{lang}")
    manager_record.approval_popup.inbox_button.click()
    manager_record.reject()

    inbox = ApprovalsView(vault, manager)
    inbox.resize(1000, 360)
    save(inbox, out, f"inbox_{lang}")
    deny = inbox.deny_selected()
    assert deny is not None
    deny.deny_button.click()
    save(deny, out, f"inbox_deny_reason_{lang}")
    deny.reason.setText("Ask the customer to show their ID card")
    deny.deny_button.click()
    save(inbox, out, f"inbox_after_deny_{lang}")
    for request_info in reveals.pending_requests(vault, manager):
        if request_info.requester_name != manager.display_name:
            reveals.decide(vault, manager, request_id=request_info.id, approve=False,
                           reason="Ask the customer to show their ID card")
    inbox.reload()
    inbox.table.selectRow(0)
    inbox.approve_button.click()  # the manager's own request: refused
    save(inbox, out, f"inbox_own_request_refused_{lang}")
    inbox.close()

    denied = CustomerRecordDialog(vault, frontdesk, mine[1])
    save(denied, out, f"record_denied_{lang}")
    denied.reject()


def main(out: Path) -> int:
    for app, vault, lang, _ in demo_in_each_language(out, customers=40):
        shoot(app, vault, out, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "reveal-screenshots")))
