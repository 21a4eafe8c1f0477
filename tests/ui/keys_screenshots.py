"""Render the Encryption keys area and the vault-key replacement dialog to PNG files, in English
and Chinese, to look at them as pictures (not a test).

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \
        python tests/ui/keys_screenshots.py OUTPUT_DIR

Needs resources/i18n/clientsafe_zh_CN.qm (pyside6-lrelease) for the Chinese pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CLIENTSAFE_HOME"] = tempfile.mkdtemp(prefix="clientsafe-keys-shots-")

from PySide6.QtWidgets import QApplication
from shot_tools import save, settle

from clientsafe.services import auth, demo
from clientsafe.ui import background, i18n
from clientsafe.ui.keys_view import KeysView
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.vault import key_rotation


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    vault = demo.create_demo_vault(Path(os.environ["CLIENTSAFE_HOME"]) / "d.csvault",
                                   customers=300, seed=5).vault
    officer = auth.login(vault, "officer", demo.DEMO_PASSWORD)
    background.PROGRESS_DELAY_MS = 0
    real_batch = key_rotation.reencrypt_batch
    for language in ("en", "zh_CN"):
        i18n.install(app, language)
        view = KeysView(vault, officer, batch=200)
        view.resize(1000, 640)
        save(view, out, f"keys_view_{language}")

        # The progress dialog, caught while the work waits in its second batch.
        release, calls = threading.Event(), []

        def slow(conn: object, batch: int = 2000, *, _r: threading.Event = release,
                 _c: list[int] = calls) -> int:
            _c.append(1)
            if len(_c) == 2:
                _r.wait(10)
            return real_batch(conn, batch)  # type: ignore[arg-type]

        key_rotation.reencrypt_batch = slow  # type: ignore[assignment]
        view._start()
        while view.task is None or view.task.progress_dialog is None or len(calls) < 2:
            settle(20)
        settle(100)
        dialog = view.task.progress_dialog
        dialog.grab().save(str(out / f"keys_progress_{language}.png"))
        print(out / f"keys_progress_{language}.png")
        # Cancel there: the view then offers to continue.
        view.task.cancel()
        release.set()
        while view.busy:
            settle(20)
        key_rotation.reencrypt_batch = real_batch  # type: ignore[assignment]
        save(view, out, f"keys_interrupted_{language}")
        view.continue_rotation()
        while view.busy:
            settle(20)
        save(view, out, f"keys_rotated_{language}")

        root = view.replace_vault_key()
        assert root is not None
        root.resize(760, 600)
        save(root, out, f"keys_root_explain_{language}")
        root.password.setText("wrong password 1")
        root.start()
        while root.task is not None:
            settle(20)
        save(root, out, f"keys_root_wrong_password_{language}")
        root.password.setText(demo.DEMO_PASSWORD)
        root.start()
        settle(30)
        save(root, out, f"keys_root_working_{language}")
        while root.task is not None:
            settle(20)
        save(root, out, f"keys_root_new_key_{language}")
        root.go_next()
        assert root.flow is not None and root.confirm_page is not None
        numbers = list(root.confirm_page.fields)
        root.confirm_page.fields[numbers[0]].setText(root.flow.group(numbers[0]))
        root.confirm_page.fields[numbers[1]].setText("ZZZZ")
        save(root, out, f"keys_root_confirm_{language}")
        root.confirm_page.fields[numbers[1]].setText(root.flow.group(numbers[1]))
        save(root, out, f"keys_root_confirmed_{language}")
        root.finish()
        settle()
        save(view, out, f"keys_after_root_{language}")
        view.close()
        window = MainWindow(vault, auth.login(vault, "officer", demo.DEMO_PASSWORD))
        window.show_area(Area.KEYS)
        save(window, out, f"keys_main_window_{language}")
        window.close()
    vault.close()



if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots"))
