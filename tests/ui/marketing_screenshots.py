"""Render the Marketing list area (all services, one service, the approval pop-up, after saving),
the customer record's Sharing tab and the "Record data shared" dialog (a recipient agreed to,
one declined), in English and Simplified Chinese, and save a marketing list PDF to look at with
pdftoppm. To be looked at whenever these screens change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/marketing_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from shot_tools import demo_in_each_language, save, settle

from clientsafe.core.disclosure import DisclosureLimits
from clientsafe.services import auth, demo, disclosure_settings, marketing
from clientsafe.services.vault_access import Vault
from clientsafe.ui import background, marketing_view
from clientsafe.ui.marketing_view import MarketingView
from clientsafe.ui.sharing_panel import SharingPanel


def _customer_with_sharing(vault: Vault, decision: str) -> int:
    """A customer whose latest decision about the demo's recipient is `decision`, preferring
    one with register entries (read in the script only, to pick a customer to show)."""
    return int(vault.conn.execute(
        "SELECT d.customer_id FROM consent_decisions d WHERE d.purpose = 'sharing'"
        " AND d.decision = ? AND d.id = (SELECT max(id) FROM consent_decisions"
        "  WHERE customer_id = d.customer_id AND purpose = 'sharing')"
        " ORDER BY (SELECT count(*) FROM sharing_records r WHERE r.customer_id = d.customer_id)"
        " DESC, d.customer_id LIMIT 1", (decision,)).fetchone()[0])


def shoot(app: QApplication, vault: Vault, out: Path, lang: str, tmp: Path) -> None:
    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)

    view = MarketingView(vault, manager)
    view.resize(900, 520)
    save(view, out, f"marketing_all_{lang}")
    view.service_box.setCurrentIndex(view.service_box.findData(2))
    save(view, out, f"marketing_training_{lang}")
    view.service_box.setCurrentIndex(0)
    disclosure_settings.set_limits(vault, officer, DisclosureLimits(export_limit=10))
    marketing_view.choose_marketing_file = lambda parent, suggested, fmt: tmp / suggested.name
    view.csv_button.click()
    popup = view.approval_popup
    assert popup is not None
    save(popup, out, f"marketing_popup_{lang}")
    popup.reject()
    disclosure_settings.set_limits(vault, officer, DisclosureLimits(export_limit=1000))
    view.pdf_button.click()
    background.wait_for_all()
    settle()
    save(view, out, f"marketing_saved_{lang}")
    view.close()
    if lang == "en":
        marketing.export_marketing_list(vault, manager, fmt="pdf",
                                        target=out / "marketing_list.pdf")
        print(out / "marketing_list.pdf")

    desk = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    panel = SharingPanel(vault, desk, _customer_with_sharing(vault, "granted"))
    panel.resize(980, 420)
    panel.load()
    save(panel, out, f"sharing_panel_{lang}")
    dialog = panel.open_dialog()
    assert dialog is not None
    for key in ("full_name", "phone"):
        dialog.field_boxes[key].setChecked(True)
    dialog.purpose.setPlainText("Insurance cover for the 12-week course 私教课保险")
    save(dialog, out, f"share_dialog_{lang}")
    dialog.reject()
    panel.close()

    panel = SharingPanel(vault, desk, _customer_with_sharing(vault, "declined"))
    panel.resize(980, 420)
    panel.load()
    dialog = panel.open_dialog()
    assert dialog is not None
    save(dialog, out, f"share_dialog_declined_{lang}")
    dialog.reject()
    panel.close()


def main(out: Path) -> int:
    for app, vault, lang, home in demo_in_each_language(out, customers=120):
        shoot(app, vault, out, lang, home)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "marketing-screenshots")))
