"""Render the main window for each demo role, the vault health view after a check and the change
password dialog to PNG files, to be looked at whenever these screens change.

Not a test. Run it inside the test Secret Service (the demo vault keeps its key in the keyring):

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \\
        /tmp/venvprobe/bin/python tests/ui/main_window_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication
from shot_tools import save, settle

from clientsafe.services import auth, demo, vault_access
from clientsafe.ui.change_password_dialog import ChangePasswordDialog
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.ui.vault_health_view import VaultHealthView


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CLIENTSAFE_HOME"] = tmp
        vault = demo.create_demo_vault(Path(tmp) / "demo.csvault", customers=300, seed=1).vault
        try:
            for name in ("frontdesk", "finance", "manager", "officer"):
                window = MainWindow(vault, auth.login(vault, name, demo.DEMO_PASSWORD))
                window.show()
                settle()
                save(window, out, f"main_{name}")
                if name == "manager":
                    customers = window.view_for(Area.CUSTOMERS)
                    assert isinstance(customers, CustomersView)
                    # Descending by name puts the Chinese names first: check they are not tofu.
                    customers.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
                    settle()
                    save(window, out, "main_manager_names_descending")
                    window.show_area(Area.TRANSACTIONS)
                    settle()
                    save(window, out, "main_manager_transactions")
                if name == "officer":
                    view = window.show_area(Area.VAULT_HEALTH)
                    assert isinstance(view, VaultHealthView)
                    loop = QEventLoop()
                    view.check_finished.connect(loop.quit)
                    QTimer.singleShot(30_000, loop.quit)  # never hang a script
                    view.check_now()
                    loop.exec()
                    settle()
                    save(window, out, "main_officer_vault_health")
                window.close()
                settle()

            session = auth.login(vault, "manager", demo.DEMO_PASSWORD)
            dialog = ChangePasswordDialog(vault, session)
            dialog.show()
            dialog.current.setText("wrong password")
            dialog.new.setText("Blue-Harbour-Lantern-7")
            dialog.repeat.setText("Blue-Harbour-Lantern-7")
            dialog.ok_button.click()  # shows the wrong-password sentence
            settle()
            save(dialog, out, "change_password_error")
            dialog.close()

            forced = ChangePasswordDialog(vault, session, forced=True)
            forced.show()
            forced.new.setText("short")
            settle()
            save(forced, out, "change_password_forced")
            forced.close()
        finally:
            vault.close()
        damaged_vault_health(app, Path(tmp), out)
    return 0


def damaged_vault_health(app: QApplication, tmp: Path, out: Path) -> None:
    """The same view after a check that finds a damaged page (one flipped byte mid-file)."""
    path = tmp / "damaged.csvault"
    demo.create_demo_vault(path, customers=300, seed=2).vault.close()
    data = bytearray(path.read_bytes())
    data[len(data) // 2 + 100] ^= 0xFF
    path.write_bytes(bytes(data))
    vault = vault_access.open_with_keyring(path)
    try:
        window = MainWindow(vault, auth.login(vault, "officer", demo.DEMO_PASSWORD))
        window.show()
        view = window.show_area(Area.VAULT_HEALTH)
        assert isinstance(view, VaultHealthView)
        loop = QEventLoop()
        view.check_finished.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        view.check_now()
        loop.exec()
        settle()
        save(window, out, "main_officer_vault_health_damaged")
        # Not close(): ending the session writes to a vault that cannot be written, and the
        # window would (rightly) say so in a message box that nobody is here to answer.
        window.hide()
        window.deleteLater()
    finally:
        vault.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "cs-shots"
    sys.exit(main(target))
