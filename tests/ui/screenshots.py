"""Render every start-up screen to PNG files, to look at them as pictures (not a test).

    QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh \
        python tests/ui/screenshots.py OUTPUT_DIR

Uses a throw-away CLIENTSAFE_HOME, a real vault and the real keyring of the private Secret
Service that the wrapper starts.
"""

from __future__ import annotations

import atexit
import os
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CLIENTSAFE_HOME"] = tempfile.mkdtemp(prefix="clientsafe-shots-")

import keyring
import keyring.backends.fail
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from shot_tools import settle

from clientsafe.core.errors import NotAVault
from clientsafe.core.setup_flow import Step
from clientsafe.services import demo, settings, setup, vault_access
from clientsafe.ui import i18n, prompts
from clientsafe.ui.login_window import LANGUAGE_PROPERTY, LoginWindow
from clientsafe.ui.message_labels import Tone, set_tone
from clientsafe.ui.recovery_unlock_dialog import RecoveryUnlockDialog
from clientsafe.ui.setup_wizard import SetupWizard
from clientsafe.ui.startup_controller import PreparingDemoWindow
from clientsafe.ui.vault_problem_dialog import VaultProblemDialog

PASSWORD = "Correct-Horse-42-Battery"




def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    waited = 0
    while not condition():
        if waited > timeout_ms:
            raise TimeoutError("screen did not reach the expected state")
        settle(20)
        waited += 20


def shoot(widget: QWidget, out: Path, name: str) -> Path:
    if not widget.isVisible():
        widget.show()
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def wizard_pages(out: Path) -> None:
    wizard = SetupWizard(settings.default_vault_path(), rng=random.Random(4))
    wizard.show()
    shoot(wizard, out, "wizard_a_welcome_empty")
    wizard.welcome_page.business.setText("Harbour Salon 海港沙龙")
    shoot(wizard, out, "wizard_a_welcome")
    wizard.go_next()
    shoot(wizard, out, "wizard_b_location")
    wizard.go_next()
    page = wizard.officer_page
    page.username.setText("olivia")
    page.display_name.setText("Olivia Chen 陈奥")
    page.password.setText("abc123x")
    shoot(wizard, out, "wizard_c_officer_weak")
    page.password.setText(PASSWORD)
    page.repeat.setText(PASSWORD + "!")
    shoot(wizard, out, "wizard_c_officer_mismatch")
    page.repeat.setText(PASSWORD)
    shoot(wizard, out, "wizard_c_officer_ready")
    wizard.go_next()
    shoot(wizard, out, "wizard_d_creating")
    wait_until(lambda: wizard.flow.step is Step.RECOVERY_KEY)
    shoot(wizard, out, "wizard_e_recovery_key")
    kit = out / "recovery_kit.pdf"
    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = lambda *a, **k: (str(kit), "")  # type: ignore[method-assign]
    try:
        wizard.save_recovery_kit()
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    shoot(wizard, out, "wizard_e_recovery_key_saved")
    wizard.go_next()
    shoot(wizard, out, "wizard_f_confirm_empty")
    first, second = wizard.flow.challenge
    wizard.confirm_page.fields[first].setText(wizard.flow.group(first).lower())
    wizard.confirm_page.fields[second].setText("ABCD")
    shoot(wizard, out, "wizard_f_confirm_wrong")
    wizard.confirm_page.fields[second].setText(wizard.flow.group(second))
    shoot(wizard, out, "wizard_f_confirm_ready")
    assert wizard.created_vault is not None
    wizard.created_vault.close()
    wizard.hide()
    wizard.deleteLater()


def wizard_failure_and_no_keyring(out: Path) -> None:
    real = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        target = Path(os.environ["CLIENTSAFE_HOME"]) / "nokeyring.csvault"
        wizard = SetupWizard(target, rng=random.Random(2))
        wizard.show()
        wizard.welcome_page.business.setText("Corner Shop")
        wizard.go_next()
        wizard.go_next()
        wizard.officer_page.username.setText("admin")
        wizard.officer_page.password.setText(PASSWORD)
        wizard.officer_page.repeat.setText(PASSWORD)
        target.write_bytes(b"in the way")  # creation will fail: something appeared there
        wizard.go_next()
        wait_until(lambda: wizard.flow.creation_error is not None)
        shoot(wizard, out, "wizard_d_creation_failed")
        target.unlink()
        wizard.go_back()
        wizard.go_next()
        wizard.go_next()
        wait_until(lambda: wizard.flow.step is Step.RECOVERY_KEY)
        shoot(wizard, out, "wizard_e_recovery_key_no_keyring")
        assert wizard.created_vault is not None
        wizard.created_vault.close()
        wizard.hide()
        wizard.deleteLater()
    finally:
        keyring.set_keyring(real)


def login_windows(out: Path, app: QApplication) -> None:
    result = demo.open_demo(settings.demo_vault_path(), customers=20)
    for language in ("en", "zh_CN"):
        app.setProperty(LANGUAGE_PROPERTY, language)
        i18n.install(app, language)
        window = LoginWindow(result.vault)
        window.show()
        shoot(window, out, f"login_demo_{language}")
        if language == "en":
            window.username.setText("manager")
            window.password.setText("wrong")
            window.sign_in()
            shoot(window, out, "login_demo_wrong_password")
        window.hide()
        window.deleteLater()
    app.setProperty(LANGUAGE_PROPERTY, "en")
    i18n.install(app, "en")
    plain = setup.create_vault(
        setup.SetupRequest(
            Path(os.environ["CLIENTSAFE_HOME"]) / "plain.csvault",
            "Harbour Salon 海港沙龙",
            "olivia",
            "Olivia",
            PASSWORD,
        )
    )
    window = LoginWindow(
        plain.vault,
        notice=QCoreApplication.translate(
            "StartupController",
            "Unlocked for this session only: there is no usable keyring on this computer, and "
            "ClientSafe never stores the key in plain text. You will need the recovery key "
            "again at the next start.",
        ),
    )
    set_tone(window.notice, Tone.WARNING)
    shoot(window, out, "login_plain_with_notice")
    window.hide()
    plain.vault.close()
    result.vault.close()


def unlock_dialogs(out: Path) -> None:
    created = setup.create_vault(
        setup.SetupRequest(
            Path(os.environ["CLIENTSAFE_HOME"]) / "moved.csvault",
            "Moved Shop",
            "owner",
            "",
            PASSWORD,
        )
    )
    keyring.delete_password("ClientSafe", created.vault.vault_id)
    created.vault.close()
    path = created.vault.path
    probe = vault_access.probe(path)
    dialog = RecoveryUnlockDialog(path, probe.state, probe.error)
    shoot(dialog, out, "unlock_not_in_keyring")
    dialog.key.setText("3CZD-95TM-616P-98HS-44J3-SXNC-ZA7S-R1E2-CBSE")
    dialog.unlock()
    shoot(dialog, out, "unlock_not_in_keyring_wrong_key")
    dialog.hide()
    real = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        probe = vault_access.probe(path)
        dialog = RecoveryUnlockDialog(path, probe.state, probe.error)
        shoot(dialog, out, "unlock_no_keyring")
        dialog.hide()
    finally:
        keyring.set_keyring(real)


def other_screens(out: Path) -> None:
    problem = VaultProblemDialog(
        Path("/home/anna/Documents/report.csvault"),
        NotAVault(path="/home/anna/Documents/report.csvault"),
    )
    shoot(problem, out, "vault_problem")
    problem.hide()
    busy = PreparingDemoWindow()
    shoot(busy, out, "preparing_demo")
    busy.hide()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    atexit.register(shutil.rmtree, os.environ["CLIENTSAFE_HOME"], True)  # sample vaults only
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("ClientSafe")
    prompts.confirm = lambda *a, **k: True  # closing a wizard after creation must not block
    wizard_pages(out)
    wizard_failure_and_no_keyring(out)
    login_windows(out, app)
    unlock_dialogs(out)
    other_screens(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
