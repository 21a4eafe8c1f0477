"""Render the import wizard's steps (file, service, columns, check with rejected rows, done) and
the customer list with its Import button, in English and Simplified Chinese, to be looked at
whenever these screens change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/import_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication
from shot_tools import demo_in_each_language, save, settle

from clientsafe.core.import_flow import Step
from clientsafe.services import auth, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui import import_wizard
from clientsafe.ui.customers_view import CustomersView
from tests.import_tools import person, phone, resident_id, write_csv

MEMBERSHIP = 1


def _wait(wizard: import_wizard.ImportWizard) -> None:
    while wizard.busy:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    settle()


def shoot(vault: Vault, out: Path, lang: str, tmp: Path) -> None:
    rows = [[person(n), phone(n), "1990-05-01", resident_id(n), "VIP"] for n in range(40)]
    rows[3][1] = "12345"
    rows[7][2] = "1990-02-30"
    rows[9][0] = ""
    rows[12][3] = "110101199001011234"
    rows[15] = list(rows[2])
    headers = ["姓名", "手机", "出生日期", "身份证号", "备注"]
    path = write_csv(tmp / "会员名单.csv", [headers, *rows], encoding="gb18030")
    import_wizard.choose_import_file = lambda parent, folder: path

    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    view = CustomersView(vault, manager)
    view.resize(1000, 480)
    save(view, out, f"import_list_button_{lang}")
    wizard = view.import_customers()
    assert wizard is not None
    wizard.resize(960, 620)
    save(wizard, out, f"import_1_file_empty_{lang}")
    wizard.file_page.choose.click()
    _wait(wizard)
    save(wizard, out, f"import_1_file_{lang}")
    wizard.next_button.click()
    page = wizard.service_page
    page.services.setCurrentIndex(page.services.findData(MEMBERSHIP))
    save(wizard, out, f"import_2_service_{lang}")
    wizard.next_button.click()
    save(wizard, out, f"import_3_columns_{lang}")
    combos = wizard.mapping_page.combos
    combos[0].setCurrentIndex(0)
    save(wizard, out, f"import_3_columns_problem_{lang}")
    combos[0].setCurrentIndex(combos[0].findData("full_name"))
    wizard.next_button.click()
    _wait(wizard)
    save(wizard, out, f"import_4_check_{lang}")
    wizard.next_button.click()
    _wait(wizard)
    assert wizard.flow.step is Step.DONE
    save(wizard, out, f"import_5_done_{lang}")
    wizard.close_button.click()
    settle()
    save(view, out, f"import_list_after_{lang}")

    more = [[person(n), phone(n), "1990-05-01"] for n in range(100, 2100)]
    bigger = write_csv(tmp / "more.csv", [["Name", "Phone", "Date of birth"], *more])
    import_wizard.choose_import_file = lambda parent, folder: bigger
    wizard = view.import_customers()
    assert wizard is not None
    wizard.resize(960, 620)
    wizard.file_page.choose.click()
    _wait(wizard)
    wizard.next_button.click()
    wizard.service_page.services.setCurrentIndex(
        wizard.service_page.services.findData(MEMBERSHIP))
    wizard.next_button.click()
    wizard.next_button.click()
    _wait(wizard)
    wizard.next_button.click()
    wizard.run_page.set_progress(0, 2000)
    save(wizard, out, f"import_6_running_{lang}")
    wizard.cancel_button.click()
    _wait(wizard)
    save(wizard, out, f"import_7_stopped_{lang}")
    wizard.close_button.click()
    view.close()


def main(out: Path) -> int:
    for _, vault, lang, home in demo_in_each_language(out, customers=40):
        shoot(vault, out, lang, home)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")))
