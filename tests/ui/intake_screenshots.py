"""Render the new-customer flow (service, intake form with an inline error, the consent dialog,
saved, declined) and the customer record's Consent tab (state, "ask again" banner, withdrawn,
renewed) to PNG files, in English and Simplified Chinese, to be looked at when they change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/intake_screenshots.py [OUT_DIR]

Writes intake_*_{en,zh_CN}.png and record_consent_*_{en,zh_CN}.png (default /tmp/shots).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from consent_helpers import agree_on_screen, sign, tick
from shot_tools import demo_in_each_language, save, settle

from clientsafe.core.consent import Purpose
from clientsafe.services import auth, consents, customers, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.customers_view import CustomersView


def shoot_intake(vault: Vault, out: Path, lang: str) -> int:
    frontdesk = auth.login(vault, "frontdesk", demo.DEMO_PASSWORD)
    view = CustomersView(vault, frontdesk)
    view.resize(1000, 600)
    save(view, out, f"intake_customers_{lang}")
    dialog = view.new_customer()
    assert dialog is not None
    dialog.resize(720, 640)
    save(dialog, out, f"intake_service_{lang}")
    membership = next(s.id for s in dialog.services if s.name.startswith("Membership"))
    dialog.choose_service(membership)
    dialog.next_button.click()
    save(dialog, out, f"intake_form_empty_{lang}")
    form = dialog.form
    form.fill({"full_name": "王小明", "phone": "12345"})
    form.check_field("phone")
    save(dialog, out, f"intake_form_error_{lang}")
    form.fill({"phone": "138 0013 8000", "date_of_birth": "1990-05-17",
               "email": "xiaoming@example.com"})
    form.check_field("phone")
    save(dialog, out, f"intake_form_filled_{lang}")
    calendar = form.editor("date_of_birth").open_calendar()  # type: ignore[union-attr]
    settle()
    save(dialog, out, f"intake_form_calendar_{lang}")
    calendar.grab().save(str(out / f"intake_calendar_popup_{lang}.png"))
    calendar.hide()
    consent = dialog.continue_to_consent()
    assert consent is not None
    consent.resize(1280, 860)
    save(consent, out, f"intake_consent_empty_{lang}")
    tick(consent, Purpose.SERVICE, Purpose.SENSITIVE)
    sign(consent.signature.pad)
    save(consent, out, f"intake_consent_signed_{lang}")
    consent.agree_button.click()
    settle()
    save(dialog, out, f"intake_done_{lang}")
    assert dialog.customer_id is not None
    customer_id = dialog.customer_id
    save(view, out, f"intake_customers_after_{lang}")

    dialog.another_button.click()
    dialog.choose_service(membership)
    dialog.next_button.click()
    form.fill({"full_name": "Anne-Marie O'Neil", "phone": "+44 20 7946 0958",
               "date_of_birth": "2016-02-01"})
    consent = dialog.continue_to_consent()
    assert consent is not None
    consent.resize(1280, 860)
    save(consent, out, f"intake_consent_minor_{lang}")
    consent.decline_button.click()  # prompts.confirm answers yes in this script
    settle()
    save(dialog, out, f"intake_declined_{lang}")
    dialog.reject()
    view.close()
    return customer_id


def shoot_record(vault: Vault, out: Path, lang: str, new_customer: int) -> None:
    frontdesk = auth.login(vault, "frontdesk", demo.DEMO_PASSWORD)
    record = CustomerRecordDialog(vault, frontdesk, new_customer)
    record.resize(900, 700)  # offscreen's 800×600 screen would cap it at 2/3 of its width
    assert record.tabs is not None
    record.tabs.setCurrentWidget(record.consent)
    record.consent.table.selectRow(0)
    save(record, out, f"record_consent_new_{lang}")
    record.reject()

    mine = [row.id for row in customers.page(vault, frontdesk, offset=0, limit=100)]
    outdated = next(c for c in mine if consents.overview(vault, frontdesk, c).needs_consent)
    record = CustomerRecordDialog(vault, frontdesk, outdated)
    record.resize(900, 720)
    assert record.tabs is not None
    save(record, out, f"record_consent_tab_marked_{lang}")
    record.tabs.setCurrentWidget(record.consent)
    save(record, out, f"record_consent_banner_{lang}")
    panel = record.consent
    button = next(iter(panel.withdraw_buttons.values()))
    button.click()
    save(record, out, f"record_consent_withdrawn_{lang}")
    service_id = next(iter(panel.ask_buttons))
    consent = panel.ask_now(service_id)
    assert consent is not None
    consent.resize(1280, 860)
    agree_on_screen(consent, Purpose.SENSITIVE)
    settle()
    save(record, out, f"record_consent_renewed_{lang}")
    record.reject()


def main(out: Path) -> int:
    prompts.confirm = lambda *args, **kwargs: True  # type: ignore[assignment]
    for _, vault, lang, _ in demo_in_each_language(out, customers=40):
        new_customer = shoot_intake(vault, out, lang)
        shoot_record(vault, out, lang, new_customer)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")))
