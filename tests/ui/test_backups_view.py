"""The Backups area against real vaults: what each role sees, the automatic-backup settings,
restore drills with their log and report, and a restore handed from the main window to the
sign-in screen."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.session import Session
from clientsafe.services import auth, backup, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui import drill_view
from clientsafe.ui.areas import Area
from clientsafe.ui.backups_view import BackupsView
from clientsafe.ui.login_window import LoginWindow
from clientsafe.ui.main_window import MainWindow
from clientsafe.ui.restore_wizard import RestoreWizard
from clientsafe.ui.startup_controller import Screen, StartupController
from tests.conftest import OFFICER, OFFICER_PASSWORD

WAIT_MS = 30_000


@pytest.fixture
def officer(vault: Vault) -> Session:
    return auth.login(vault, OFFICER, OFFICER_PASSWORD)


def make_view(qtbot: QtBot, vault: Vault, session: Session) -> BackupsView:
    view = BackupsView(vault, session)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    return view


def test_the_officer_sees_restore_and_drills_the_manager_only_backups(
        qtbot: QtBot, demo_vault: Vault) -> None:
    officer = auth.login(demo_vault, "officer", demo.DEMO_PASSWORD)
    view = make_view(qtbot, demo_vault, officer)
    assert view.restore_button.isVisible() and view.drill_view is not None
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Automatic backups", "Restore drills"]
    manager = auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)
    view = make_view(qtbot, demo_vault, manager)
    assert view.backup_button.isVisible() and not view.restore_button.isVisible()
    assert view.drill_view is None and view.tabs.count() == 1


def test_the_summary_says_no_backup_yet_then_when_the_last_one_was_made(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path) -> None:
    view = make_view(qtbot, vault, officer)
    assert "No backup has been made yet." in view.summary.text()
    assert "No restore drill has passed yet." in view.summary.text()
    backup.create(vault, officer, tmp_path)
    view.refresh_status()
    assert "Last good backup: 2026-03-01" in view.summary.text()
    assert "(today at" in view.summary.text()


def test_automatic_settings_are_saved_and_a_refusal_saves_nothing(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path) -> None:
    view = make_view(qtbot, vault, officer)
    box = view.settings_box
    assert not box.save_button.isEnabled()
    box.enabled.setChecked(True)
    assert box.save_button.isEnabled()
    box.save_button.click()  # enabled without a folder: the service refuses
    assert box.notice.isVisible() and "folder" in box.notice.text()
    assert backup.auto_settings(vault, officer).enabled is False
    box.folder.setText(str(tmp_path))
    box.keep_daily.setValue(3)
    box.keep_weekly.setValue(2)
    box.remind_after.setValue(5)
    changed: list[object] = []
    view.backups_changed.connect(lambda: changed.append(True))
    box.save_button.click()
    saved = backup.auto_settings(vault, officer)
    assert (saved.enabled, saved.folder, saved.keep_daily, saved.keep_weekly,
            saved.remind_after_days) == (True, str(tmp_path), 3, 2, 5)
    assert "Saved" in box.notice.text() and not box.save_button.isEnabled() and changed
    box.keep_daily.setValue(9)
    box.revert_button.click()
    assert box.keep_daily.value() == 3


def drill(qtbot: QtBot, view: BackupsView) -> None:
    assert view.drill_view is not None
    with qtbot.waitSignal(view.drill_view.drill_finished, timeout=WAIT_MS):
        view.drill_view.run_button.click()


def test_a_drill_passes_is_logged_and_its_report_is_saved(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "auto"
    folder.mkdir()
    backup.save_auto_settings(vault, officer, backup.AutoBackupSettings(
        enabled=True, folder=str(folder)))
    made = backup.create(vault, officer, folder).path
    view = make_view(qtbot, vault, officer)
    drills = view.drill_view
    assert drills is not None
    assert drills.path.text() == str(made)  # the newest in the automatic folder
    assert "newest backup in the automatic folder" in drills.suggestion.text()
    busy: list[bool] = []
    view.busy_changed.connect(busy.append)
    drill(qtbot, view)
    assert busy == [True, False]
    assert drills.result.text().startswith("✔ Passed in")
    assert drills.model.rowCount() == 1
    assert drills.model.index(0, drills.model.RESULT).data() == "✔ Passed"
    assert "Last restore drill passed" in view.summary.text()
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(drill_view, "ask_save_path", lambda *args: target)
    assert drills.save_report() == target
    text = "".join(page.extract_text() for page in
                   pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "PASSED" in text and "海港沙龙" in text and made.name in text.replace("\n", "")
    assert str(target) in drills.report_notice.text()
    record = drills.selected_record()
    assert record is not None
    printed: list[bytes] = []
    monkeypatch.setattr(drill_view, "print_document",
                        lambda parent, data, title: printed.append(data) or True)
    drills.print_report()
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(printed[0])).pages)
    assert "PASSED" in text and "海港沙龙" in text
    assert "Sent to the printer" in drills.report_notice.text()


def test_a_damaged_backup_fails_the_drill_in_red(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path) -> None:
    made = backup.create(vault, officer, tmp_path).path
    data = bytearray(made.read_bytes())
    data[-200] ^= 0x01
    made.write_bytes(bytes(data))
    view = make_view(qtbot, vault, officer)
    assert view.drill_view is not None
    view.drill_view.path.setText(str(made))
    drill(qtbot, view)
    text = view.drill_view.result.text()
    assert text.startswith("✖") and "Traceback" not in text


def restore_through_the_window(qtbot: QtBot, vault: Vault, officer: Session,
                               made: Path) -> tuple[StartupController, MainWindow,
                                                    RestoreWizard]:
    controller = StartupController(vault.path)
    controller.vault = vault
    controller._show_main(officer)
    window = controller.window
    assert isinstance(window, MainWindow)
    view = window.show_area(Area.BACKUPS)
    assert isinstance(view, BackupsView)
    wizard = view.open_restore_wizard()
    wizard.set_backup(str(made))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.task is None, timeout=WAIT_MS)
    wizard.next_button.click()
    wizard.confirm_page.typed.setText("Harbour Salon 海港沙龙")
    wizard.next_button.click()
    assert not window.navigation.isEnabled()  # busy: the vault is in use
    qtbot.waitUntil(lambda: wizard.flow.restored, timeout=WAIT_MS)
    assert not window.navigation.isEnabled()  # still: the old vault is closed now
    return controller, window, wizard


def test_a_restore_hands_the_restored_vault_to_the_sign_in_screen(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path) -> None:
    made = backup.create(vault, officer, tmp_path).path
    controller, _window, wizard = restore_through_the_window(qtbot, vault, officer, made)
    wizard.finish_button.click()
    assert controller.screen == Screen.LOGIN
    login = controller.window
    assert isinstance(login, LoginWindow) and login.isVisible()
    assert controller.vault is not vault and controller.vault is not None
    assert auth.login(controller.vault, OFFICER, OFFICER_PASSWORD).username == OFFICER
    controller.shutdown()


def test_closing_the_window_after_a_restore_also_hands_over(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path) -> None:
    made = backup.create(vault, officer, tmp_path).path
    controller, window, _wizard = restore_through_the_window(qtbot, vault, officer, made)
    window.lock()  # nothing to lock: the session ended with the restore
    assert not window.is_locked
    window.close()
    assert controller.screen == Screen.LOGIN and not window.isVisible()
    assert controller.vault is not vault
    controller.shutdown()
