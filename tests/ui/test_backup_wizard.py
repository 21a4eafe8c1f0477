"""The backup wizard against real vaults: a verified backup with its manifest shown, a folder
that vanished, Cancel half-way, and the remembered folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.backup_flow import Step
from clientsafe.core.session import Session
from clientsafe.services import auth, backup, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui.backup_wizard import BackupWizard
from tests.conftest import OFFICER, OFFICER_PASSWORD

WAIT_MS = 30_000


@pytest.fixture
def officer(vault: Vault) -> Session:
    return auth.login(vault, OFFICER, OFFICER_PASSWORD)


def open_wizard(qtbot: QtBot, vault: Vault, session: Session) -> BackupWizard:
    wizard = BackupWizard(vault, session)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def run(qtbot: QtBot, wizard: BackupWizard) -> None:
    with qtbot.waitSignal(wizard.busy_changed, timeout=WAIT_MS,
                          check_params_cb=lambda busy: not busy):
        wizard.next_button.click()


def test_a_backup_is_written_verified_and_its_manifest_shown(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    wizard = open_wizard(qtbot, vault, officer)
    assert not wizard.next_button.isEnabled()  # no folder yet
    wizard.set_folder(str(out))
    assert "Free space there" in wizard.destination.space.text()
    assert wizard.next_button.isEnabled() and wizard.next_button.text() == "Back up now"
    made: list[object] = []
    wizard.backup_made.connect(made.append)
    run(qtbot, wizard)
    assert wizard.flow.step is Step.DONE
    files = list(out.glob("*.csbackup"))
    assert len(files) == 1 and len(made) == 1
    manifest = backup.read_manifest(files[0])
    form = wizard.done_page.manifest
    assert form.text_of("business") == "Harbour Salon 海港沙龙"
    assert form.text_of("customers") == str(manifest.customer_count)
    assert form.text_of("audit") == f"{manifest.audit_count:,}"
    assert manifest.audit_head_hash.startswith(form.text_of("head").split("· ")[1].rstrip("…"))
    assert form.text_of("file") == str(files[0])
    assert wizard.done_page.result.isVisible() and "verified" in wizard.done_page.result.text()
    assert wizard.finish_button.isVisible() and not wizard.cancel_button.isVisible()
    wizard.finish_button.click()
    assert wizard.result() == BackupWizard.DialogCode.Accepted


def test_the_folder_is_remembered_for_next_time(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path) -> None:
    out = tmp_path / "drive"
    out.mkdir()
    wizard = open_wizard(qtbot, vault, officer)
    wizard.set_folder(str(out))
    run(qtbot, wizard)
    again = open_wizard(qtbot, vault, officer)
    assert again.destination.folder.text() == str(out)
    assert again.next_button.isEnabled()


def test_a_missing_folder_is_named_and_cannot_be_used(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot, vault, officer)
    wizard.set_folder(str(tmp_path / "unplugged"))
    assert not wizard.next_button.isEnabled()
    assert "There is no folder at" in wizard.destination.problem.text()
    assert wizard.destination.space.isHidden()


def test_a_folder_that_vanishes_gives_one_sentence_and_keeps_nothing(
        qtbot: QtBot, vault: Vault, officer: Session, tmp_path: Path) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    wizard = open_wizard(qtbot, vault, officer)
    wizard.set_folder(str(out))
    out.rmdir()  # the drive was pulled after it was chosen
    run(qtbot, wizard)
    assert wizard.flow.step is Step.DESTINATION
    text = wizard.destination.problem.text()
    assert text and "Traceback" not in text and str(out) in text
    assert not out.exists() or not any(out.iterdir())
    assert wizard.cancel_button.isEnabled()


def test_cancel_stops_the_work_and_removes_the_partial_file(
        qtbot: QtBot, demo_vault: Vault, tmp_path: Path) -> None:
    manager = auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)
    out = tmp_path / "usb"
    out.mkdir()
    wizard = open_wizard(qtbot, demo_vault, manager)
    wizard.set_folder(str(out))
    with qtbot.waitSignal(wizard.busy_changed, timeout=WAIT_MS,
                          check_params_cb=lambda busy: not busy):
        wizard.next_button.click()
        assert wizard.flow.running and wizard.cancel_button.isEnabled()
        wizard.cancel_button.click()  # asks the work to stop at its next progress report
        assert not wizard.cancel_button.isEnabled()  # pressed once is enough
        assert wizard.isVisible()  # the window waits for the work to end
    assert wizard.flow.cancelled and wizard.flow.step is Step.DESTINATION
    assert wizard.destination.notice.text() == "Cancelled; nothing was kept."
    assert list(out.iterdir()) == []
    assert wizard.isVisible()
