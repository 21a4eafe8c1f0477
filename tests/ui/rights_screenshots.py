"""Render the Rights requests area (countdowns, overdue in red, all requests), the new-request,
verify and answer dialogs, a customer's Rights tab, the Corrections tab and the correction
dialog (with a live validation error), and the security officer's settings screen, in English
and Simplified Chinese, to be looked at whenever these screens change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/rights_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from shot_tools import demo_in_each_language, save, settle

from clientsafe.core.rights import RightsKind
from clientsafe.services import auth, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui.corrections_panel import CorrectionsPanel
from clientsafe.ui.rights_panel import RightsPanel
from clientsafe.ui.rights_view import RightsView
from clientsafe.ui.settings_view import SettingsView


def select_kind(view: RightsView, kind: RightsKind) -> None:
    for row, item in enumerate(view.model.rows):
        if item.request.kind is kind:
            view.table.selectRow(row)
            return


def shoot(app: QApplication, vault: Vault, out: Path, lang: str, home: Path) -> None:
    manager = auth.login(vault, "manager", demo.DEMO_PASSWORD)
    frontdesk = auth.login(vault, "frontdesk", demo.DEMO_PASSWORD)
    officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)

    view = RightsView(vault, manager)
    view.resize(1180, 560)
    save(view, out, f"rights_open_{lang}")
    select_kind(view, RightsKind.DELETION)
    save(view, out, f"rights_deletion_selected_{lang}")
    view.filter.setCurrentIndex(1)
    save(view, out, f"rights_all_{lang}")
    view.filter.setCurrentIndex(0)

    outside = view.register_outside()
    assert outside is not None
    outside.requester.setText("林慧 Lin Hui")
    outside.contact.setText("lin.hui@example.org")
    outside.details.setPlainText("Asked by phone whether we hold anything about her")
    save(outside, out, f"rights_outside_dialog_{lang}")
    outside.register_button.click()
    settle()
    save(view, out, f"rights_outside_selected_{lang}")
    answer = view.answer_selected()
    assert answer is not None
    save(answer, out, f"rights_outside_answer_{lang}")
    answer.reject()
    settle()

    select_kind(view, RightsKind.CORRECTION)
    verify = view.verify_selected()
    assert verify is not None
    save(verify, out, f"rights_verify_{lang}")
    verify.reject()
    settle()
    answer = view.answer_selected()
    assert answer is not None
    save(answer, out, f"rights_answer_unverified_{lang}")
    answer.reject()
    settle()
    select_kind(view, RightsKind.ACCESS)
    answer = view.answer_selected()
    assert answer is not None
    answer.response.setPlainText("The access report was handed over at the counter.")
    save(answer, out, f"rights_answer_{lang}")
    answer.reject()
    settle()
    view.close()

    desk_view = RightsView(vault, frontdesk)
    desk_view.resize(1180, 480)
    save(desk_view, out, f"rights_frontdesk_{lang}")
    customer_id = desk_view.model.rows[0].request.customer_id
    desk_view.close()

    panel = RightsPanel(vault, frontdesk, customer_id)
    panel.resize(900, 380)
    panel.load()
    save(panel, out, f"rights_panel_{lang}")
    dialog = panel.new_request()
    assert dialog is not None
    dialog.set_kind(RightsKind.CORRECTION)
    dialog.details.setPlainText("Says the e-mail address on file is out of date.")
    save(dialog, out, f"rights_new_request_{lang}")
    dialog.reject()
    settle()
    panel.close()

    corrected = int(vault.conn.execute(
        "SELECT customer_id FROM corrections ORDER BY id LIMIT 1").fetchone()[0])
    corrections = CorrectionsPanel(vault, frontdesk, corrected)
    corrections.resize(980, 340)
    corrections.load()
    save(corrections, out, f"corrections_panel_{lang}")
    correction = corrections.correct()
    assert correction is not None
    correction.select_field("phone")
    correction.line.setText("138 0013 80")
    correction.line.editingFinished.emit()
    correction.reason.setText("Customer gave a new number")
    save(correction, out, f"correction_dialog_error_{lang}")
    correction.select_field("address")
    correction.text.setPlainText("上海市浦东新区世纪大道 100 号")
    save(correction, out, f"correction_dialog_address_{lang}")
    correction.reject()
    settle()
    corrections.close()

    settings_view = SettingsView(vault, officer)
    settings_view.resize(900, 900)
    save(settings_view, out, f"settings_{lang}")
    settings_view.close()


def main(out: Path) -> int:
    for app, vault, lang, home in demo_in_each_language(out, customers=60):
        shoot(app, vault, out, lang, home)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "rights-screenshots")))
