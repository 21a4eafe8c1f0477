"""Restoring from the start-up's "vault cannot be opened" dialog: a real vault damaged on its first
page, a real backup of it, and a security officer of the backup signing in in the wizard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.restore_flow import Step
from clientsafe.core.roles import Role
from clientsafe.services import auth, backup, settings, setup, staff, vault_access
from clientsafe.services.vault_access import StartState, Vault
from clientsafe.ui.login_window import LoginWindow
from clientsafe.ui.restore_wizard import RestoreWizard
from clientsafe.ui.startup_controller import Screen, StartupController
from clientsafe.ui.vault_problem_dialog import VaultProblemDialog
from tests.backup_helpers import files_digest, flip
from tests.conftest import OFFICER, OFFICER_PASSWORD
from tests.ui.conftest import PromptAnswers

WAIT_MS = 30_000
NAME = "Harbour Salon 海港沙龙"


@pytest.fixture
def damaged(new_vault: setup.SetupResult, tmp_path: Path) -> tuple[Path, Path]:
    """(vault path, backup file): the backup is made, a front-desk account added that it lacks,
    then the vault is closed (its WAL folded in) and a byte of its first page flipped."""
    vault = new_vault.vault
    officer = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    (tmp_path / "backups").mkdir()
    made = backup.create(vault, officer, tmp_path / "backups").path
    staff.create_staff(vault, officer, username="later", display_name="Added Later",
                       role=Role.FRONT_DESK, temporary_password="Temporary-Pass-123")
    vault.close()
    flip(vault.path, 200)
    return vault.path, made


@pytest.fixture
def controllers(prompt_answers: PromptAnswers) -> Iterator[list[StartupController]]:
    prompt_answers.confirm_answer = True
    made: list[StartupController] = []
    yield made
    for controller in made:
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
        controller.shutdown()


def problem_dialog(controllers: list[StartupController], path: Path) -> VaultProblemDialog:
    controller = StartupController(path)
    controllers.append(controller)
    controller.start()
    assert controller.screen is Screen.PROBLEM
    dialog = controller.window
    assert isinstance(dialog, VaultProblemDialog)
    return dialog


def wait_idle(qtbot: QtBot, wizard: RestoreWizard) -> None:
    qtbot.waitUntil(lambda: wizard.task is None and not wizard.flow.working, timeout=WAIT_MS)


def to_confirm(qtbot: QtBot, wizard: RestoreWizard, backup_file: Path) -> None:
    wizard.set_backup(str(backup_file))
    wizard.next_button.click()
    wait_idle(qtbot, wizard)
    assert wizard.flow.step is Step.PREVIEW, wizard.verify_page.problem.text()
    wizard.next_button.click()
    assert wizard.flow.step is Step.CONFIRM


def sign_in_as(qtbot: QtBot, wizard: RestoreWizard, username: str, password: str) -> None:
    officer = wizard.confirm_page.officer
    officer.username.setText(username)
    officer.password.clear()
    qtbot.keyClicks(officer.password, password)


def usernames(vault: Vault) -> set[str]:
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    return {member.username for member in staff.list_staff(vault, session)}


def test_the_problem_dialog_restores_a_backup_and_the_start_up_signs_in_to_it(
        qtbot: QtBot, controllers: list[StartupController], damaged: tuple[Path, Path]) -> None:
    path, backup_file = damaged
    dialog = problem_dialog(controllers, path)
    controller = controllers[0]
    assert dialog.restore_button.isVisible() and dialog.restore_advice.isVisible()
    assert "kept aside" in dialog.restore_advice.text()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wizard = dialog.wizard
    assert wizard is not None and wizard.isVisible() and wizard.flow.needs_officer
    to_confirm(qtbot, wizard, backup_file)
    page = wizard.confirm_page
    assert page.officer.isVisible()
    assert "signed out" not in page.intro.text()  # nobody is signed in to a broken vault
    sign_in_as(qtbot, wizard, OFFICER, OFFICER_PASSWORD)
    assert not wizard.next_button.isEnabled()  # the business name is still needed
    page.typed.setText(NAME)
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    wait_idle(qtbot, wizard)
    assert wizard.flow.step is Step.DONE, wizard.run_page.problem.text()
    result = wizard.result
    assert result is not None and result.pre_restore_path is not None
    assert result.pre_restore_path.exists()  # the damaged vault, kept aside
    assert controller.screen is Screen.PROBLEM  # the "done" page is read first
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)

    assert controller.screen is Screen.LOGIN
    login = controller.window
    assert isinstance(login, LoginWindow) and login.isVisible()
    assert "The backup was restored" in login.notice.text()
    assert controller.vault is result.vault and controller.vault.path == path
    assert settings.load().vault_path == path
    assert "later" not in usernames(result.vault)  # the backup's staff list, not the damaged one
    actors = [row[0] for row in result.vault.conn.execute(
        "SELECT actor FROM audit_log WHERE action = 'backup.restored'")]
    assert actors == [OFFICER]  # the officer of the backup is named as the one who restored


def test_a_wrong_officer_password_is_refused_and_nothing_changes(
        qtbot: QtBot, controllers: list[StartupController], damaged: tuple[Path, Path]) -> None:
    path, backup_file = damaged
    before = files_digest(path.parent)
    dialog = problem_dialog(controllers, path)
    wizard = dialog.open_restore_wizard()
    to_confirm(qtbot, wizard, backup_file)
    wizard.confirm_page.typed.setText(NAME)
    sign_in_as(qtbot, wizard, OFFICER, "Not-The-Password-1")
    wizard.next_button.click()
    wait_idle(qtbot, wizard)
    page = wizard.confirm_page
    assert wizard.flow.step is Step.CONFIRM  # back where the password is typed
    assert "user name or password is not correct" in page.problem.text()
    assert page.officer.username.text() == OFFICER and page.officer.password.text() == ""
    assert not wizard.next_button.isEnabled() and wizard.result is None
    assert files_digest(path.parent) == before  # no copy aside, no staged file left
    assert vault_access.probe(path).state is StartState.BROKEN  # still the damaged vault

    qtbot.keyClicks(page.officer.password, OFFICER_PASSWORD)  # typed again, it restores
    wizard.next_button.click()
    wait_idle(qtbot, wizard)
    assert wizard.flow.step is Step.DONE, wizard.run_page.problem.text()
    wizard.reject()  # closing the window after the restore is "Sign in again" too
    assert controllers[0].screen is Screen.LOGIN


def test_a_front_desk_account_of_the_backup_may_not_restore(
        qtbot: QtBot, controllers: list[StartupController], new_vault: setup.SetupResult,
        tmp_path: Path) -> None:
    vault = new_vault.vault
    officer = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    staff.create_staff(vault, officer, username="fiona", display_name="Fiona Front",
                       role=Role.FRONT_DESK, temporary_password="Temporary-Pass-123")
    (tmp_path / "backups").mkdir()
    backup_file = backup.create(vault, officer, tmp_path / "backups").path
    vault.close()
    flip(vault.path, 200)
    wizard = problem_dialog(controllers, vault.path).open_restore_wizard()
    to_confirm(qtbot, wizard, backup_file)
    wizard.confirm_page.typed.setText(NAME)
    sign_in_as(qtbot, wizard, "fiona", "Temporary-Pass-123")
    wizard.next_button.click()
    wait_idle(qtbot, wizard)
    assert wizard.flow.step is Step.CONFIRM and wizard.result is None
    assert "may not" in wizard.confirm_page.problem.text()


def test_the_business_name_of_the_backup_must_be_typed(
        qtbot: QtBot, controllers: list[StartupController], damaged: tuple[Path, Path]) -> None:
    path, backup_file = damaged
    wizard = problem_dialog(controllers, path).open_restore_wizard()
    to_confirm(qtbot, wizard, backup_file)
    sign_in_as(qtbot, wizard, OFFICER, OFFICER_PASSWORD)
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(wizard.confirm_page.typed, "Harbor")
    assert not wizard.next_button.isEnabled()
    assert NAME in wizard.confirm_page.problem.text()


def test_cancelling_the_wizard_returns_to_the_problem_dialog(
        qtbot: QtBot, controllers: list[StartupController], damaged: tuple[Path, Path]) -> None:
    path, _backup_file = damaged
    dialog = problem_dialog(controllers, path)
    wizard = dialog.open_restore_wizard()
    wizard.cancel_button.click()
    assert not wizard.isVisible() and dialog.wizard is None
    assert controllers[0].screen is Screen.PROBLEM and dialog.isVisible()


def test_a_vault_from_a_newer_version_is_not_offered_a_restore(qtbot: QtBot) -> None:
    from clientsafe.core.errors import VaultTooNew

    dialog = VaultProblemDialog(Path("/x/shop.csvault"), VaultTooNew(found=9, supported=3))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible() and not dialog.restore_advice.isVisible()
    assert dialog.choose_button.isVisible()
