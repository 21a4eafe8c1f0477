"""Render the customer list with the exact look-up notices and name searches (pinyin, initials,
Chinese and English prefixes, nothing found), the export approval pop-up (empty and after a wrong
password), the list after an export and the main window's request notice, in English and
Simplified Chinese, to be looked at whenever these screens change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        /tmp/venvprobe/bin/python tests/ui/export_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QApplication
from shot_tools import demo_in_each_language, save, settle

from clientsafe.core.disclosure import DisclosureLimits
from clientsafe.services import auth, customers, demo, disclosure_settings, reveals
from clientsafe.services.vault_access import Vault
from clientsafe.ui import background, export_dialog
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.exact_lookup import DEBOUNCE_MS
from clientsafe.ui.main_window import MainWindow
from clientsafe.vault import customer_repo


def select(view: CustomersView, count: int) -> None:
    model = view.model
    view.table.selectionModel().select(
        QItemSelection(model.index(0, 0), model.index(count - 1, model.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )


def shoot(app: QApplication, vault: Vault, out: Path, lang: str, tmp: Path) -> None:
    frontdesk = auth.login(vault, "frontdesk", demo.DEMO_PASSWORD)
    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)
    mine = {row.id for row in customers.page(vault, frontdesk, offset=0, limit=1000)}
    other = next(row.id for row in customers.page(vault, manager, offset=0, limit=1000)
                 if row.id not in mine)
    held = customer_repo.get(vault.conn, other)  # values are encrypted: read them decrypted
    assert held is not None
    national_id = held.national_id

    view = CustomersView(vault, frontdesk)
    view.resize(1000, 520)
    view.lookup.search.setText(str(national_id))
    view.lookup.find()
    save(view, out, f"lookup_someone_elses_{lang}")
    view.lookup.search.setText("+86 199 0000 0000")
    view.lookup.find()
    save(view, out, f"lookup_none_{lang}")
    for name, typed in (("pinyin", "zhang"), ("initials", "zw"), ("chinese", "王"),
                        ("english", "Em"), ("nothing", "138")):
        view.lookup.search.setText(typed)
        settle(DEBOUNCE_MS + 100)  # the search waits for a pause in typing
        save(view, out, f"search_{name}_{lang}")
    view.lookup.search.setFocus()
    view.lookup.clear()

    disclosure_settings.set_limits(vault, officer, DisclosureLimits(export_limit=2))
    export_dialog.choose_export_file = lambda parent, suggested: tmp / suggested.name
    select(view, 3)
    view.export_button.click()
    popup = view.export_flow.approval_popup
    assert popup is not None
    save(popup, out, f"export_popup_{lang}")
    popup.manager_name.setText("manager")
    popup.manager_password.setText("wrong-password")
    popup.approve_button.click()
    save(popup, out, f"export_popup_wrong_password_{lang}")
    popup.manager_password.setText(demo.DEMO_PASSWORD)
    popup.approve_button.click()
    background.wait_for_all()
    settle()
    save(view, out, f"export_done_{lang}")
    view.close()

    request_id = reveals.request_reveal(vault, frontdesk, customer_id=min(mine),
                                        fields=("national_id",), reason_code="identity_check",
                                        reason_text="")
    window = MainWindow(vault, frontdesk, idle_ms=3_600_000)
    window.resize(1100, 640)
    window.show()
    reveals.decide(vault, manager, request_id=request_id, approve=False,
                   reason="Ask the customer to show their ID card")
    window.request_notifier.timer.timeout.emit()
    save(window, out, f"notifier_denied_{lang}")
    window.close()


def main(out: Path) -> int:
    for app, vault, lang, home in demo_in_each_language(out, customers=300):
        shoot(app, vault, out, lang, home)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "export-screenshots")))
