"""Render the backup screens to PNG files, in English and Chinese, to look at them as pictures
(not a test): the Backups area for the officer and a manager, the status bar's states, the backup
wizard (destination, done, an error), the restore wizard (unlock, preview, confirm, done), the
restore drills with their log, and the drill report PDF (as PDF; pdftoppm makes the picture).

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/backup_screenshots.py OUT_DIR
    QT_QPA_PLATFORM=xcb xvfb-run -a bash tests/with-secret-service.sh \\
        .venv/bin/python tests/ui/backup_screenshots.py OUT_DIR

Needs resources/i18n/clientsafe_zh_CN.qm for the Chinese pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CLIENTSAFE_HOME"] = tempfile.mkdtemp(prefix="clientsafe-backup-shots-")

from PySide6.QtWidgets import QApplication
from shot_tools import save, settle

from clientsafe.core.errors import VaultLocked
from clientsafe.services import auth, backup, demo, drill_reports
from clientsafe.services.vault_access import Vault
from clientsafe.ui import i18n
from clientsafe.ui.backups_view import BackupsView
from clientsafe.ui.main_window import Area, MainWindow

HOME = Path(os.environ["CLIENTSAFE_HOME"])


def wait(condition: object, limit_ms: int = 60_000) -> None:
    waited = 0
    while not condition() and waited < limit_ms:  # type: ignore[operator]
        settle(50)
        waited += 50


def shots_for(vault: Vault, out: Path, language: str) -> Vault:
    """Every picture for one language; returns the vault after the restore at the end."""
    suffix = f"_{language}"
    auto = HOME / f"auto-{language}"
    auto.mkdir()
    officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)
    window = MainWindow(vault, officer)
    window.resize(1180, 760)
    window.show()
    view = window.show_area(Area.BACKUPS)
    assert isinstance(view, BackupsView)
    save(window, out, f"backups_none_yet{suffix}")

    # The backup wizard: a folder chosen, then done; then a folder that vanished.
    wizard = view.open_backup_wizard()
    wizard.set_folder(str(auto))
    save(wizard, out, f"backup_wizard_destination{suffix}")
    wizard.start()
    wait(lambda: wizard.task is None)
    save(wizard, out, f"backup_wizard_done{suffix}")
    wizard.accept()
    gone = HOME / f"usb-{language}"
    gone.mkdir()
    wizard = view.open_backup_wizard()
    wizard.set_folder(str(gone))
    gone.rmdir()
    wizard.start()
    wait(lambda: wizard.task is None)
    save(wizard, out, f"backup_wizard_error{suffix}")
    wizard.reject()

    # Automatic settings, then a drill on the newest backup.
    box = view.settings_box
    box.enabled.setChecked(True)
    box.folder.setText(str(auto))
    box.save()
    view.tabs.setCurrentIndex(0)
    save(window, out, f"backups_settings_saved{suffix}")
    drills = view.drill_view
    assert drills is not None
    drills.path.clear()
    drills.suggest_newest(str(auto))
    view.tabs.setCurrentWidget(drills)
    drills.run_drill()
    wait(lambda: drills.task is None)
    save(window, out, f"backups_drill_passed{suffix}")
    record = drills.selected_record()
    if record is not None and language == "en":
        drill_reports.save_drill_report(vault, officer, record, out / "drill_report.pdf")

    # The status bar's states (the records of a real vault do not age in a script).
    label = window.backups.label
    assert label is not None
    status = backup.status(vault, officer)
    now = vault.clock()
    label.show_status(replace(status, reminder_due=True, failed_since_good=False,
                              last_good_at=now - timedelta(days=4)), now)
    save(window, out, f"status_reminder{suffix}")
    label.show_status(replace(status, failed_since_good=True, last_failure="disk_full"), now)
    save(window, out, f"status_failed{suffix}")
    label.refresh()

    # The restore wizard: unlock (drawn from the flow), preview, confirm, done.
    made = sorted(auto.glob("*.csbackup"))[-1]
    restore = view.open_restore_wizard()
    restore.resize(820, 560)
    save(restore, out, f"restore_choose_empty{suffix}")
    restore.set_backup(str(made))
    restore.flow.next()
    restore.flow.verify_started()
    restore.flow.verify_failed(VaultLocked())
    restore._show_step()
    save(restore, out, f"restore_unlock{suffix}")
    restore.go_back()
    restore.go_next()
    wait(lambda: restore.task is None)
    save(restore, out, f"restore_preview{suffix}")
    restore.go_next()
    restore.confirm_page.typed.setText("Harbor")
    save(restore, out, f"restore_confirm_mismatch{suffix}")
    restore.confirm_page.typed.setText(vault.info.business_name)
    restore.go_next()
    wait(lambda: restore.task is None)
    save(restore, out, f"restore_done{suffix}")
    results: list[object] = []
    window.vault_replaced.connect(results.append)
    restore.finish()
    settle()
    assert results, "the restore did not hand over the vault"
    restored = results[0].vault  # type: ignore[attr-defined]

    manager = auth.login(restored, "manager", demo.DEMO_PASSWORD)
    window = MainWindow(restored, manager)
    window.resize(1180, 760)
    window.show()
    window.show_area(Area.BACKUPS)
    save(window, out, f"backups_manager{suffix}")
    window._ended = True  # no close-time backup for a picture
    window.close()
    return restored


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    vault = demo.create_demo_vault(HOME / "demo" / "demo.csvault", customers=60, seed=3).vault
    for language in ("en", "zh_CN"):
        i18n.install(app, language)
        vault = shots_for(vault, out, language)
    vault.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "backup-shots"))
