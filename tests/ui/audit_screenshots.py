"""Render the audit trail viewer and a manager's Access history to PNG files, in English and
Chinese, to look at them as pictures (not a test).

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \
        python tests/ui/audit_screenshots.py OUTPUT_DIR

Needs resources/i18n/clientsafe_zh_CN.qm (pyside6-lrelease) for the Chinese pictures.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CLIENTSAFE_HOME"] = tempfile.mkdtemp(prefix="clientsafe-audit-shots-")

from PySide6.QtWidgets import QApplication
from shot_tools import save, settle

from clientsafe.core.errors import ClientSafeError
from clientsafe.services import auth, customer_records, customers, demo
from clientsafe.ui import i18n
from clientsafe.ui.audit_view import AuditViewer
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    vault = demo.create_demo_vault(Path(os.environ["CLIENTSAFE_HOME"]) / "d.csvault",
                                   customers=40, seed=5).vault
    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    rows = customers.page(vault, manager, offset=0, limit=5)
    for row in rows:
        customer_records.open_record(vault, manager, row.id)
    frontdesk = auth.login(vault, "frontdesk", demo.DEMO_PASSWORD)
    for row in rows[:3]:
        # Some are not theirs: refused and audited, which the viewer then tints.
        with contextlib.suppress(ClientSafeError):
            customer_records.open_record(vault, frontdesk, row.id)
    officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)
    for language in ("en", "zh_CN"):
        i18n.install(app, language)
        viewer = AuditViewer(vault, officer)
        viewer.resize(1280, 720)
        save(viewer, out, f"audit_viewer_{language}")
        viewer.action.setCurrentIndex(viewer.action.findData("customer.viewed"))
        viewer.apply_filter()
        viewer.verify_chain()
        while viewer.busy:
            settle(50)
        save(viewer, out, f"audit_viewer_filtered_verified_{language}")
        viewer.close()
        dialog = CustomerRecordDialog(vault, manager, rows[0].id)
        dialog.resize(860, 560)
        assert dialog.tabs is not None and dialog.history is not None
        dialog.tabs.setCurrentWidget(dialog.history)
        save(dialog, out, f"access_history_{language}")
        dialog.reject()
    vault.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
