"""Render the Services area (manager and security officer), its dialogs, the Collection requests
inbox and the Field catalog to PNG files, in English and Simplified Chinese, to be looked at
whenever these screens change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/services_screenshots.py [OUT_DIR]

Files are named services_*.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shot_tools import demo_in_each_language, save

from clientsafe.core.collection import RequestStatus
from clientsafe.core.field_access import FieldClass
from clientsafe.services import auth, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui.catalog_view import CatalogView
from clientsafe.ui.collection_inbox import CollectionInbox
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.ui.services_view import ServicesView

MEMBERSHIP = "Membership 会员"
TRAINING = "Personal training 私教课"


def shoot_manager(vault: Vault, out: Path, lang: str) -> None:
    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    window = MainWindow(vault, manager)
    view = window.show_area(Area.SERVICES)
    assert isinstance(view, ServicesView)
    window.show()
    view.select_service_named(MEMBERSHIP)
    save(window, out, f"services_manager_{lang}")
    view.select_service_named(TRAINING)
    save(window, out, f"services_manager_training_{lang}")

    dialog = view.new_service()
    dialog.name.setText("Swimming lessons 游泳课")
    dialog.description.setPlainText("Group swimming lessons for children and adults.")
    dialog.retention_months.setValue(12)
    save(dialog, out, f"services_new_service_{lang}")
    dialog.ok_button.click()
    save(window, out, f"services_created_{lang}")

    request = view.ask_for_field()
    assert request is not None
    request.select_field("national_id")
    request.ok_button.click()  # no statements yet: the service's sentence
    save(request, out, f"services_request_error_{lang}")
    request.select_field("phone")
    request.required.setChecked(True)
    request.necessity_use.setPlainText("tell you when a lesson is cancelled because of the "
                                       "weather")
    request.necessity_without.setPlainText("you only find out at the pool")
    save(request, out, f"services_request_field_{lang}")
    request.ok_button.click()
    save(window, out, f"services_after_request_{lang}")

    view.select_service_named(TRAINING)
    recipient = view.add_recipient()
    assert recipient is not None
    save(recipient, out, f"services_add_recipient_{lang}")
    recipient.reject()

    view.select_service_named(MEMBERSHIP)
    edit = view.edit_service()
    assert edit is not None
    save(edit, out, f"services_edit_{lang}")
    edit.reject()

    preview = view.preview_notice()
    assert preview is not None
    save(preview, out, f"services_notice_en_{lang}")
    preview.tabs.setCurrentIndex(1)
    save(preview, out, f"services_notice_zh_{lang}")
    preview.reject()
    window.close()


def shoot_officer(vault: Vault, out: Path, lang: str) -> None:
    officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)
    window = MainWindow(vault, officer)
    inbox = window.show_area(Area.COLLECTION)
    assert isinstance(inbox, CollectionInbox)
    window.show()
    save(window, out, f"services_officer_inbox_{lang}")
    bank = next(r for r in inbox.model.requests if r.field_key == "bank_account")
    inbox.select(bank.id)  # sensitive: the dialog warns
    approve = inbox.approve_selected()
    assert approve is not None
    approve.ok_button.click()  # no reason: refused
    save(approve, out, f"services_approve_no_reason_{lang}")
    approve.reason.setPlainText("Direct debit is the usual way to pay the monthly fee")
    approve.ok_button.click()
    save(window, out, f"services_officer_approved_{lang}")

    inbox.show_status(RequestStatus.PENDING)
    inbox.table.selectRow(0)
    reject = inbox.reject_selected()
    if reject is not None:
        save(reject, out, f"services_reject_{lang}")
        reject.reason.setPlainText("Phone is enough to reach a swimmer's parents")
        reject.ok_button.click()
    inbox.show_status(None)
    save(window, out, f"services_officer_all_requests_{lang}")

    catalog = window.show_area(Area.CATALOG)
    assert isinstance(catalog, CatalogView)
    save(window, out, f"services_catalog_{lang}")
    custom = catalog.new_field()
    custom.label_en.setText("Emergency contact")
    custom.label_zh.setText("紧急联系人")
    custom.field_class.setCurrentIndex(custom.field_class.findData(str(FieldClass.SENSITIVE)))
    save(custom, out, f"services_custom_field_{lang}")
    custom.ok_button.click()
    save(window, out, f"services_catalog_added_{lang}")

    services = window.show_area(Area.SERVICES)
    assert isinstance(services, ServicesView)
    services.select_service_named(MEMBERSHIP)
    request = services.ask_for_field()
    assert request is not None
    request.select_field("custom_emergency_contact")
    request.necessity_use.setPlainText("call someone if you are injured during training")
    request.necessity_without.setPlainText("we can only call an ambulance")
    save(request, out, f"services_officer_request_sensitive_{lang}")
    request.ok_button.click()
    save(window, out, f"services_officer_services_{lang}")
    window.show_area(Area.COLLECTION)
    inbox.show_status(RequestStatus.PENDING)
    inbox.select(max(r.id for r in inbox.model.requests))
    save(window, out, f"services_officer_own_request_{lang}")
    window.close()


def main(out: Path) -> int:
    for _, vault, lang, _ in demo_in_each_language(out, customers=20):
        shoot_manager(vault, out, lang)
        shoot_officer(vault, out, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")))
