"""Render the access report dialog (masked fields, the request dialog, after approval, a refusal)
and the report PDF's pages, in English and Simplified Chinese, to be looked at whenever they
change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/access_report_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from shot_tools import demo_in_each_language, save, settle

from clientsafe.core.rights import RequestChannel, RightsKind
from clientsafe.services import access_report, auth, customer_records, demo, rights_requests
from clientsafe.services.vault_access import Vault
from clientsafe.ui import access_report_dialog, background
from clientsafe.ui.access_report_dialog import AccessReportDialog


def richest_customer(vault: Vault) -> int:
    """A customer with a sharing record and a rights request if the demo has one."""
    row = vault.conn.execute(
        "SELECT s.customer_id FROM sharing_records s JOIN customers c ON c.id = s.customer_id"
        " ORDER BY (SELECT count(*) FROM rights_requests r WHERE r.customer_id = s.customer_id)"
        " DESC, s.customer_id LIMIT 1").fetchone()
    if row is not None:
        return int(row[0])
    return int(vault.conn.execute("SELECT min(id) FROM customers").fetchone()[0])


def shoot(app: QApplication, vault: Vault, out: Path, lang: str, tmp: Path) -> None:
    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    frontdesk = auth.login(vault, "frontdesk", demo.DEMO_PASSWORD)
    customer_id = richest_customer(vault)
    for _ in range(3):
        customer_records.open_record(vault, manager, customer_id)
    request_id = rights_requests.register(vault, manager, customer_id, kind=RightsKind.ACCESS,
                                          channel=RequestChannel.COUNTER)

    dialog = AccessReportDialog(vault, manager, customer_id, request_id=request_id)
    dialog.resize(640, 560)
    save(dialog, out, f"access_report_masked_{lang}")
    request = dialog.request_access()
    assert request is not None
    request.details.setText("The customer asked for a full copy")
    save(request, out, f"access_report_request_{lang}")
    request.ok_button.click()
    popup = dialog.approval_popup
    assert popup is not None and popup.self_approve_button is not None
    save(popup, out, f"access_report_popup_{lang}")
    popup.self_approve_button.click()
    save(dialog, out, f"access_report_approved_{lang}")
    access_report_dialog.choose_report_file = lambda parent, suggested, fmt: tmp / suggested.name
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.pdf_button.click()
    background.wait_for_all()
    settle()
    save(dialog, out, f"access_report_saved_{lang}")
    dialog.close()

    refused = AccessReportDialog(vault, frontdesk, customer_id)
    refused.resize(640, 480)
    save(refused, out, f"access_report_refused_{lang}")
    refused.close()

    for language in ("en", "zh_CN"):
        target = out / f"access_report_{lang}_ui_{language}.pdf"
        access_report.export(vault, manager, customer_id, fmt="pdf", target=target,
                             language=language, request_id=request_id)
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(target),
                        str(out / f"access_report_pdf_{lang}_ui_{language}")], check=True)
        print(target)


def main(out: Path) -> int:
    for app, vault, lang, home in demo_in_each_language(out, customers=60):
        shoot(app, vault, out, lang, home)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "access-report-screenshots")))
