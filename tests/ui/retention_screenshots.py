"""Render the Retention area (due for destruction, on legal hold, destroyed), the destruction
dialog before and after destroying, the retention panel of a customer record (kept, held,
due) and a destruction certificate, in English and Simplified Chinese, to be looked at
whenever these screens change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/retention_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QApplication
from shot_tools import demo_in_each_language, save, settle

from clientsafe.services import auth, demo, destruction
from clientsafe.services.vault_access import Vault
from clientsafe.ui import background
from clientsafe.ui.retention_panel import RetentionPanel
from clientsafe.ui.retention_view import RetentionView
from clientsafe.ui.transactions_view import TransactionsView


def shoot(app: QApplication, vault: Vault, out: Path, lang: str) -> None:
    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    view = RetentionView(vault, manager)
    view.resize(1100, 560)
    save(view, out, f"retention_due_{lang}")
    model = view.due_model
    view.due_page.table.selectionModel().select(
        QItemSelection(model.index(0, 0), model.index(1, model.columnCount() - 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen = view.selected_due()
    dialog = view.open_destruction()
    assert dialog is not None
    dialog.password.setText(demo.DEMO_PASSWORD)
    save(dialog, out, f"destroy_dialog_{lang}")
    dialog.start()
    background.wait_for_all()
    settle(100)
    save(dialog, out, f"destroy_done_{lang}")
    dialog.close()
    settle()
    finance = TransactionsView(vault, auth.login(vault, "finance", demo.DEMO_PASSWORD))
    finance.resize(900, 420)
    finance.reload()
    destroyed_row = next(r for r in range(finance.model.rowCount())
                         if finance.model.row_at(r).customer_id is None)  # type: ignore
    finance.table.scrollTo(finance.model.index(destroyed_row, 0))
    finance.table.selectRow(destroyed_row)
    save(finance, out, f"payments_kept_{lang}")
    finance.close()
    view.tabs.setCurrentIndex(2)
    view.destroyed_page.table.selectRow(0)
    save(view, out, f"retention_destroyed_{lang}")
    view.tabs.setCurrentIndex(1)
    view.held_page.table.selectRow(0)
    save(view, out, f"retention_held_{lang}")
    held = view.held_model.rows[0].customer_id
    due = view.due_model.rows[0].customer_id
    view.close()

    newest = int(vault.conn.execute(  # the demo's customer who left last month
        "SELECT customer_id FROM customer_services ORDER BY ended_on DESC LIMIT 1").fetchone()[0])
    ongoing = int(vault.conn.execute(
        "SELECT min(customer_id) FROM customer_services WHERE ended_on IS NULL").fetchone()[0])
    for name, customer_id in (("kept", newest), ("ongoing", ongoing), ("held", held),
                              ("due", due)):
        panel = RetentionPanel(vault, manager, customer_id)
        panel.resize(820, 360)
        panel.load()
        save(panel, out, f"panel_{name}_{lang}")
        if name == "ongoing":
            dialog = panel.end_buttons[min(panel.end_buttons)].click() or panel.dialog
            assert dialog is not None
            save(dialog, out, f"panel_end_dialog_{lang}")
            dialog.reject()
            panel.hold_button.click()
            assert panel.dialog is not None
            panel.dialog.field.setText("Insurance claim 保险理赔")  # type: ignore[attr-defined]
            save(panel.dialog, out, f"panel_hold_dialog_{lang}")
            panel.dialog.reject()
        panel.close()

    if lang == "en":
        pdf = out / "certificate.pdf"
        pdf.write_bytes(destruction.certificate_pdf(vault, manager, chosen[0].customer_id))
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / "certificate")],
                       check=True)
        print(out / "certificate-1.png")


def main(out: Path) -> int:
    for app, vault, lang, _home in demo_in_each_language(out, customers=200):
        shoot(app, vault, out, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "retention-screenshots")))
