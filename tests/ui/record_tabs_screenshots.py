"""Render the main window's new areas (Rights requests, Marketing list, Retention) with the
status-bar reminders, and a customer record's lifecycle tabs, in English and Simplified Chinese,
to be looked at whenever these screens change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/record_tabs_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shot_tools import demo_in_each_language, save, settle

from clientsafe.services import auth, demo
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.vault import sharing_repo


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/clientsafe-record-tabs")
    for _app, vault, lang, _home in demo_in_each_language(out, customers=300):
        manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
        window = MainWindow(vault, manager)
        window.resize(1280, 720)
        window.show()
        for area in (Area.RIGHTS, Area.MARKETING, Area.RETENTION):
            window.show_area(area)
            settle(100)
            save(window, out, f"main_{area.value}_{lang}")
        shared = vault.conn.execute("SELECT min(customer_id) FROM sharing_records").fetchone()[0]
        dialog = CustomerRecordDialog(vault, manager, int(shared), window)
        dialog.resize(900, 620)
        dialog.show()
        assert dialog.tabs is not None
        for panel in dialog.panels.panels():
            dialog.tabs.setCurrentWidget(panel)
            settle(100)
            save(dialog, out, f"record_{type(panel).__name__}_{lang}")
        assert sharing_repo.for_customer(vault.conn, int(shared))
        dialog.reject()
        window.close()


if __name__ == "__main__":
    main()
