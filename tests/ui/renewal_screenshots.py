"""Render the details asked before a renewal (the service added a field to its form, so the
notice changed), in English and Simplified Chinese, to be looked at whenever it changes.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/renewal_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shot_tools import demo_in_each_language, save, settle

from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import Category, MaskRule
from clientsafe.core.field_validators import ValidatorKind
from clientsafe.services import auth, catalog, collection, customers, demo, offerings
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog


def main(out: Path) -> int:
    for _app, vault, lang, _home in demo_in_each_language(out, customers=60):
        manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
        officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)
        desk = auth.login(vault, "frontdesk", demo.DEMO_PASSWORD)
        membership = next(s.id for s in offerings.list_services(vault, manager)
                          if s.name.startswith("Membership"))
        field = catalog.add_custom_field(
            vault, officer, label_en="Emergency contact", label_zh="紧急联系人",
            category=Category.CONTACT, field_class=FieldClass.CONTACT,
            validator=ValidatorKind.TEXT, mask_rule=MaskRule.FULL, blind_indexed=False)
        request = collection.request_field(
            vault, manager, service_id=membership, field_key=field.key, required=True,
            necessity_use="call someone if the member is taken ill while training",
            necessity_without="membership cannot be offered")
        collection.decide(vault, officer, request, approve=True, reason="Cards are posted now")
        customer = customers.page(vault, desk, offset=0, limit=1)[0].id
        record = CustomerRecordDialog(vault, desk, customer)
        record.show()
        settle()
        asked = record.consent.ask_now(membership)
        assert asked is not None
        asked.resize(620, 300)
        save(asked, out, f"renewal_details_{lang}")
        asked.reject()
        record.reject()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "renewal-screenshots")))
