"""The backup state in the status bar and the automatic backups the GUI starts: the label's
states from a real vault's records (time moved by the injected clock), clicking it, the timer's
check and the backup made when the app closes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import auth, backup, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui.areas import Area
from clientsafe.ui.auto_backup import AutoBackupScheduler
from clientsafe.ui.backup_status_label import BackupStatusLabel
from clientsafe.ui.backups_view import BackupsView
from clientsafe.ui.main_window import MainWindow
from tests.conftest import OFFICER, OFFICER_PASSWORD, FakeClock
from tests.ui.conftest import PromptAnswers

WAIT_MS = 30_000


@pytest.fixture
def officer(vault: Vault) -> Session:
    return auth.login(vault, OFFICER, OFFICER_PASSWORD)


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[Vault, Session], MainWindow]]:
    def make(vault: Vault, session: Session) -> MainWindow:
        window = MainWindow(vault, session)
        # pytest-qt closes left-over windows before the vault fixture closes the vault; that
        # close must not start a close-time backup of a vault about to be closed.
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_ended", True))
        window.show()
        return window

    yield make


def enable_auto(vault: Vault, session: Session, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    backup.save_auto_settings(vault, session, backup.AutoBackupSettings(
        enabled=True, folder=str(folder)))


def test_the_label_follows_the_backup_records(
        qtbot: QtBot, vault: Vault, officer: Session, clock: FakeClock, tmp_path: Path) -> None:
    label = BackupStatusLabel(vault, officer)
    qtbot.addWidget(label)
    label.refresh()
    assert (label.state, label.text()) == ("unknown", "No backup yet")
    clock.advance(days=3)
    label.refresh()
    assert (label.state, label.text()) == ("reminder", "No backup yet; make one now")
    backup.create(vault, officer, tmp_path)
    label.refresh()
    assert label.state == "ok"
    assert label.text() == "Backed up today at 09:00 · no restore drill has passed yet"
    clock.advance(days=3)
    label.refresh()
    assert (label.state, label.text()) == (
        "reminder", "Last backup 3 days ago; time for a new one")
    with pytest.raises(ClientSafeError):
        backup.create(vault, officer, tmp_path / "unplugged")
    label.refresh()
    assert label.state == "failed" and label.text().startswith("⚠ The last backup failed: ")
    made = backup.create(vault, officer, tmp_path).path
    backup.run_drill(vault, officer, made)
    clock.advance(days=1)
    label.refresh()
    assert label.text() == "Backed up yesterday · last restore drill passed yesterday"


def test_clicking_the_label_opens_the_backups_area(
        qtbot: QtBot, demo_vault: Vault,
        open_window: Callable[[Vault, Session], MainWindow]) -> None:
    window = open_window(demo_vault, auth.login(demo_vault, "manager", demo.DEMO_PASSWORD))
    label = window.backups.label
    assert label is not None and label.isVisible()
    assert window.statusBar().isAncestorOf(label)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert window.visible_areas()[window.navigation.currentRow()] is Area.BACKUPS


def test_the_front_desk_has_no_label_but_the_schedule(
        demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]) -> None:
    window = open_window(demo_vault, auth.login(demo_vault, "frontdesk", demo.DEMO_PASSWORD))
    assert window.backups.label is None
    assert window.backups.scheduler.timer.isActive()


def test_the_timer_check_makes_a_backup_when_one_is_due(
        qtbot: QtBot, vault: Vault, officer: Session, clock: FakeClock, tmp_path: Path,
        open_window: Callable[[Vault, Session], MainWindow]) -> None:
    folder = tmp_path / "auto"
    enable_auto(vault, officer, folder)
    window = open_window(vault, officer)
    scheduler: AutoBackupScheduler = window.backups.scheduler
    with qtbot.waitSignal(scheduler.ended, timeout=WAIT_MS):
        assert scheduler.check_now() is not None
        assert not window.navigation.isEnabled()  # the vault is in use meanwhile
    assert window.navigation.isEnabled()
    assert len(list(folder.glob("*.csbackup"))) == 1
    assert window.backups.label is not None and window.backups.label.state == "ok"
    assert scheduler.check_now() is None  # not due again today
    clock.advance(days=1, seconds=1)
    with qtbot.waitSignal(scheduler.ended, timeout=WAIT_MS):
        assert scheduler.check_now() is not None
    assert len(list(folder.glob("*.csbackup"))) == 2


def test_nothing_runs_while_the_window_is_busy(
        vault: Vault, officer: Session, tmp_path: Path,
        open_window: Callable[[Vault, Session], MainWindow]) -> None:
    enable_auto(vault, officer, tmp_path / "auto")
    window = open_window(vault, officer)
    window._set_busy(True)
    assert window.backups.scheduler.check_now() is None
    window._set_busy(False)


def test_closing_the_app_makes_the_due_backup_first(
        qtbot: QtBot, demo_vault: Vault, tmp_path: Path, prompt_answers: PromptAnswers,
        open_window: Callable[[Vault, Session], MainWindow]) -> None:
    officer = auth.login(demo_vault, "officer", demo.DEMO_PASSWORD)
    folder = tmp_path / "auto"
    enable_auto(demo_vault, officer, folder)
    # The front desk closes the app at night: the backup is everyone's.
    window = open_window(demo_vault, auth.login(demo_vault, "frontdesk", demo.DEMO_PASSWORD))
    window.close()
    assert window.isVisible()  # waits for the backup
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert prompt_answers.asked == []
    assert len(list(folder.glob("*.csbackup"))) == 1
    status = backup.status(demo_vault, officer)
    assert status.last_good_at is not None and not status.failed_since_good


def test_closing_without_a_due_backup_closes_at_once(
        vault: Vault, officer: Session, tmp_path: Path,
        open_window: Callable[[Vault, Session], MainWindow]) -> None:
    window = open_window(vault, officer)  # automatic backups are off
    window.close()
    assert not window.isVisible()
    enable_auto(vault, officer, tmp_path / "auto")
    backup.create(vault, officer, tmp_path)  # the last one is not older than a day
    window = open_window(vault, officer)
    window.close()
    assert not window.isVisible()


def test_a_backup_made_in_the_wizard_updates_the_status_bar(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path,
        open_window: Callable[[Vault, Session], MainWindow]) -> None:
    window = open_window(vault, officer)
    label = window.backups.label
    assert label is not None and label.text() == "No backup yet"
    view = window.show_area(Area.BACKUPS)
    assert isinstance(view, BackupsView)
    wizard = view.open_backup_wizard()
    wizard.set_folder(str(tmp_path))
    with qtbot.waitSignal(view.backups_changed, timeout=WAIT_MS):
        wizard.next_button.click()
    assert window.navigation.isEnabled()
    assert label.state == "ok" and label.text().startswith("Backed up today at")
