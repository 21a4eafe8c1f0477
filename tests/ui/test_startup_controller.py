"""Each start-up state leads to the right first screen, and each screen to the next one."""

from __future__ import annotations

import importlib.util
import random
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from clientsafe.core.roles import Role
from clientsafe.services import auth, settings, setup, staff
from clientsafe.ui.login_window import LoginWindow
from clientsafe.ui.recovery_unlock_dialog import RecoveryUnlockDialog
from clientsafe.ui.setup_wizard import SetupWizard
from clientsafe.ui.startup_controller import Screen, StartupController
from clientsafe.ui.vault_problem_dialog import VaultProblemDialog
from tests.conftest import OFFICER, OFFICER_PASSWORD
from tests.ui.conftest import PromptAnswers

WAIT_MS = 15_000
STRONG = "Correct-Horse-42-Battery"
needs_main_window = pytest.mark.skipif(
    importlib.util.find_spec("clientsafe.ui.main_window") is None,
    reason="the main window is not written yet",
)


@pytest.fixture
def controllers(prompt_answers: PromptAnswers) -> Iterator[list[StartupController]]:
    """Controllers made by a test; their windows and vaults are closed afterwards."""
    prompt_answers.confirm_answer = True
    made: list[StartupController] = []
    yield made
    for controller in made:
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
        controller.shutdown()


def start(
    controllers: list[StartupController], path: Path, *, demo: bool = False
) -> StartupController:
    controller = StartupController(path, demo=demo)
    controllers.append(controller)
    controller.start()
    return controller


def forget_key(result: setup.SetupResult) -> None:
    keyring.delete_password("ClientSafe", result.vault.vault_id)
    result.vault.close()


def test_no_vault_opens_the_wizard_then_the_login(
    qtbot: QtBot, controllers: list[StartupController], tmp_path: Path
) -> None:
    path = tmp_path / "new" / "shop.csvault"
    controller = start(controllers, path)
    assert controller.screen is Screen.SETUP
    wizard = controller.window
    assert isinstance(wizard, SetupWizard) and wizard.isVisible()
    wizard.flow.rng = random.Random(1)

    wizard.welcome_page.business.setText("Shop")
    wizard.go_next()
    wizard.go_next()
    page = wizard.officer_page
    page.username.setText("olivia")
    page.password.setText(STRONG)
    page.repeat.setText(STRONG)
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.flow.created, timeout=WAIT_MS)
    wizard.go_next()
    for number, field in wizard.confirm_page.fields.items():
        field.setText(wizard.flow.group(number))
    wizard.finish()

    assert controller.screen is Screen.LOGIN
    login = controller.window
    assert isinstance(login, LoginWindow) and login.isVisible()
    assert login.username.text() == "olivia"
    assert not wizard.isVisible()
    assert settings.load().vault_path == path


def test_cancelling_the_wizard_asks_to_quit(
    qtbot: QtBot, controllers: list[StartupController], tmp_path: Path
) -> None:
    controller = start(controllers, tmp_path / "x.csvault")
    with qtbot.waitSignal(controller.quit_requested, timeout=1000) as signal:
        assert controller.window is not None
        controller.window.close()
    assert signal.args == [0]


def test_open_vault_goes_to_login_and_is_remembered(
    qtbot: QtBot, controllers: list[StartupController], new_vault: setup.SetupResult
) -> None:
    path = new_vault.vault.path
    controller = start(controllers, path)
    assert controller.screen is Screen.LOGIN
    assert isinstance(controller.window, LoginWindow)
    assert "DEMO" not in controller.window.windowTitle()
    assert settings.load().vault_path == path
    assert settings.vault_to_open(None) == path


@needs_main_window
def test_sign_in_shows_the_main_window_and_sign_out_the_login_again(
    qtbot: QtBot, controllers: list[StartupController], new_vault: setup.SetupResult
) -> None:
    controller = start(controllers, new_vault.vault.path)
    login = controller.window
    assert isinstance(login, LoginWindow)
    login.username.setText(OFFICER)
    login.password.setText(OFFICER_PASSWORD)
    login.sign_in()
    assert controller.screen is Screen.MAIN
    main = controller.window
    assert main is not None and main.isVisible() and not login.isVisible()
    main.logged_out.emit()  # type: ignore[attr-defined]
    assert controller.screen is Screen.LOGIN
    assert isinstance(controller.window, LoginWindow) and controller.window is not login


@needs_main_window
def test_temporary_password_must_be_changed_before_the_main_window(
    qtbot: QtBot, controllers: list[StartupController], new_vault: setup.SetupResult
) -> None:
    officer = auth.login(new_vault.vault, OFFICER, OFFICER_PASSWORD)
    staff.create_staff(
        new_vault.vault,
        officer,
        username="fiona",
        display_name="Fiona Front",
        role=Role.FRONT_DESK,
        temporary_password="Temporary-Pass-2026",
    )
    controller = start(controllers, new_vault.vault.path)
    login = controller.window
    assert isinstance(login, LoginWindow)
    login.username.setText("fiona")
    login.password.setText("Temporary-Pass-2026")
    login.sign_in()
    dialog = login.findChild(QDialog)
    assert dialog is not None and dialog.isVisible() and getattr(dialog, "forced", False)
    assert controller.screen is Screen.LOGIN

    fields = dialog.findChildren(QLineEdit)
    current, new, repeat = fields[:3]
    current.setText("Temporary-Pass-2026")
    new.setText("Fiona-Own-Secret-77")
    repeat.setText("Fiona-Own-Secret-77")
    dialog.accept()
    qtbot.waitUntil(lambda: controller.screen is Screen.MAIN, timeout=WAIT_MS)
    assert controller.session is not None and not controller.session.must_change_password


def test_not_in_keyring_asks_for_the_recovery_key_then_stores_it(
    qtbot: QtBot, controllers: list[StartupController], new_vault: setup.SetupResult
) -> None:
    forget_key(new_vault)
    controller = start(controllers, new_vault.vault.path)
    assert controller.screen is Screen.UNLOCK
    dialog = controller.window
    assert isinstance(dialog, RecoveryUnlockDialog)
    assert "keyring does not hold its key" in dialog.explanation.text()
    qtbot.keyClicks(dialog.key, new_vault.recovery_key)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.screen is Screen.LOGIN
    login = controller.window
    assert isinstance(login, LoginWindow)
    assert login.notice.isVisible() and "now stored in this computer's keyring" in (
        login.notice.text()
    )


def test_no_keyring_unlocks_for_this_session_and_says_so(
    qtbot: QtBot,
    controllers: list[StartupController],
    new_vault: setup.SetupResult,
    no_keyring: None,
) -> None:
    new_vault.vault.close()
    controller = start(controllers, new_vault.vault.path)
    assert controller.screen is Screen.UNLOCK
    dialog = controller.window
    assert isinstance(dialog, RecoveryUnlockDialog)
    assert "No usable keyring" in dialog.explanation.text()
    qtbot.keyClicks(dialog.key, new_vault.recovery_key)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert controller.screen is Screen.LOGIN
    login = controller.window
    assert isinstance(login, LoginWindow)
    text = login.notice.text()
    assert "this session only" in text and "plain text" in text


def test_quitting_the_unlock_asks_to_quit(
    qtbot: QtBot, controllers: list[StartupController], new_vault: setup.SetupResult
) -> None:
    forget_key(new_vault)
    controller = start(controllers, new_vault.vault.path)
    dialog = controller.window
    assert isinstance(dialog, RecoveryUnlockDialog)
    with qtbot.waitSignal(controller.quit_requested, timeout=1000):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)


def test_broken_vault_says_why_and_offers_another(
    qtbot: QtBot,
    controllers: list[StartupController],
    new_vault: setup.SetupResult,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.csvault"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(4080))  # another program's database
    controller = start(controllers, broken)
    assert controller.screen is Screen.PROBLEM
    dialog = controller.window
    assert isinstance(dialog, VaultProblemDialog)
    assert "not a ClientSafe vault" in dialog.reason.text()
    assert "Traceback" not in dialog.reason.text()

    good = new_vault.vault.path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert controller.screen is Screen.LOGIN
    assert settings.load().vault_path == good


def test_quitting_a_broken_vault_exits_with_problem_status(
    qtbot: QtBot, controllers: list[StartupController], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.csvault"
    broken.write_bytes(b"not a vault")
    controller = start(controllers, broken)
    dialog = controller.window
    assert isinstance(dialog, VaultProblemDialog)
    with qtbot.waitSignal(controller.quit_requested, timeout=1000) as signal:
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert signal.args == [1]


def test_demo_prepares_the_demo_vault_and_marks_it(
    qtbot: QtBot, controllers: list[StartupController], tmp_path: Path
) -> None:
    controller = start(controllers, tmp_path / "ignored.csvault", demo=True)
    qtbot.waitUntil(lambda: controller.screen is Screen.LOGIN, timeout=60_000)
    login = controller.window
    assert isinstance(login, LoginWindow)
    assert "DEMO" in login.windowTitle() and login.badge.isVisible()
    assert login.demo_box is not None
    assert controller.vault is not None and controller.vault.path == settings.demo_vault_path()
    assert settings.load().vault_path is None  # the demo is never remembered as "the" vault


def test_shutdown_closes_the_vault(
    qtbot: QtBot, controllers: list[StartupController], new_vault: setup.SetupResult
) -> None:
    controller = start(controllers, new_vault.vault.path)
    vault = controller.vault
    assert vault is not None
    controller.shutdown()
    assert controller.vault is None
    with pytest.raises(Exception, match="closed"):
        vault.conn.execute("SELECT 1")


def test_command_line_options() -> None:
    from clientsafe.ui.app import build_parser

    args = build_parser().parse_args(["--vault", "/x/shop.csvault", "--demo", "--lang", "zh_CN"])
    assert (args.vault, args.demo, args.lang) == ("/x/shop.csvault", True, "zh_CN")
    with pytest.raises(SystemExit) as exit_info:
        build_parser().parse_args(["--lang", "fr"])
    assert exit_info.value.code == 2
