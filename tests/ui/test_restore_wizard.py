"""The restore wizard against real vaults and backup files: the keyring path end to end, the
recovery key when the keyring has no key, a wrong key, a damaged file, a mistyped business name
and a backup from a newer version."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.restore_flow import KeySource, Step
from clientsafe.core.roles import Role
from clientsafe.core.session import Session
from clientsafe.services import auth, backup, setup, staff
from clientsafe.services.backup_types import RestoreResult
from clientsafe.services.vault_access import Vault
from clientsafe.ui.restore_wizard import RestoreWizard
from clientsafe.vault import migrate
from tests.conftest import OFFICER, OFFICER_PASSWORD

WAIT_MS = 30_000
NAME = "Harbour Salon 海港沙龙"


@pytest.fixture
def officer(vault: Vault) -> Session:
    return auth.login(vault, OFFICER, OFFICER_PASSWORD)


@pytest.fixture
def backup_file(vault: Vault, officer: Session, tmp_path: Path) -> Path:
    """A backup of the vault; afterwards a staff account is added that the backup lacks."""
    out = tmp_path / "backups"
    out.mkdir()
    made = backup.create(vault, officer, out).path
    staff.create_staff(vault, officer, username="later", display_name="Added Later",
                       role=Role.FRONT_DESK, temporary_password="Temporary-Pass-123")
    return made


@pytest.fixture
def wizard(qtbot: QtBot, vault: Vault, officer: Session) -> Iterator[RestoreWizard]:
    widget = RestoreWizard(vault, officer)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    if widget.result is not None:
        widget.result.vault.close()


def wait_idle(qtbot: QtBot, wizard: RestoreWizard) -> None:
    qtbot.waitUntil(lambda: wizard.task is None and not wizard.flow.working, timeout=WAIT_MS)


def check(qtbot: QtBot, wizard: RestoreWizard, path: Path) -> None:
    wizard.set_backup(str(path))
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    wait_idle(qtbot, wizard)


def usernames(vault: Vault) -> set[str]:
    session = auth.login(vault, OFFICER, OFFICER_PASSWORD)
    return {member.username for member in staff.list_staff(vault, session)}


def test_restore_with_the_keyring_end_to_end(
        qtbot: QtBot, wizard: RestoreWizard, vault: Vault, backup_file: Path) -> None:
    assert not wizard.next_button.isEnabled() and not wizard.back_button.isEnabled()
    busy: list[bool] = []
    wizard.busy_changed.connect(busy.append)
    check(qtbot, wizard, backup_file)
    assert wizard.flow.step is Step.PREVIEW and wizard.flow.key_source is KeySource.KEYRING
    preview = wizard.preview_page
    assert preview.checked.isVisible() and "this computer's keyring" in preview.checked.text()
    assert preview.warning.isVisible() and "2026-03-01" in preview.warning.text()
    assert preview.manifest.text_of("business") == NAME
    assert preview.manifest.text_of("by") == OFFICER
    assert wizard.step_labels[Step.UNLOCK].text().startswith("–")  # not needed
    wizard.next_button.click()
    assert wizard.flow.step is Step.CONFIRM
    assert wizard.confirm_page.name.text() == NAME
    assert wizard.next_button.text() == "Restore now" and not wizard.next_button.isEnabled()
    qtbot.keyClicks(wizard.confirm_page.typed, "harbour salon ")
    assert not wizard.next_button.isEnabled()
    wizard.confirm_page.typed.insert("海港沙龙")  # QTest types ASCII only; an IME inserts
    assert wizard.next_button.isEnabled()
    restored: list[RestoreResult] = []
    wizard.restored.connect(restored.append)
    wizard.next_button.click()
    assert not wizard.cancel_button.isEnabled()  # the restore runs to its end
    wait_idle(qtbot, wizard)
    assert wizard.flow.step is Step.DONE, wizard.run_page.problem.text()
    assert busy[-1] is True  # stays busy: the old vault is closed now
    assert wizard.done_page.result.isVisible()
    assert "Sign in again" in wizard.done_page.result.text()
    assert wizard.result is not None and wizard.result.pre_restore_path is not None
    assert str(wizard.result.pre_restore_path) in wizard.done_page.kept.text()
    assert restored == [wizard.result]  # at once: the old vault is closed
    assert wizard.finish_button.text() == "Sign in again"
    wizard.reject()  # Esc or the window's close button: the same as Finish now
    assert not wizard.isVisible() and restored == [wizard.result]
    assert "later" not in usernames(wizard.result.vault)


def test_without_the_keyring_entry_the_recovery_key_unlocks(
        qtbot: QtBot, wizard: RestoreWizard, new_vault: setup.SetupResult,
        backup_file: Path) -> None:
    keyring.delete_password("ClientSafe", new_vault.vault.vault_id)  # as on a new computer
    check(qtbot, wizard, backup_file)
    assert wizard.flow.step is Step.UNLOCK
    page = wizard.unlock_page
    assert not page.reason.isVisible()  # the page itself says what a missing key means
    assert wizard.step_labels[Step.VERIFY].text().startswith("  ")  # checked again here
    assert wizard.next_button.text() == "Unlock and check"
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(page.key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    wizard.next_button.click()
    wait_idle(qtbot, wizard)
    assert wizard.flow.step is Step.UNLOCK and page.problem.text()
    page.key.setText(str(new_vault.recovery_key))
    wizard.next_button.click()
    wait_idle(qtbot, wizard)
    assert wizard.flow.step is Step.PREVIEW
    assert "the recovery key" in wizard.preview_page.checked.text()
    assert wizard.step_labels[Step.UNLOCK].text().startswith("✓")


def test_a_damaged_backup_stops_at_the_check_with_a_sentence(
        qtbot: QtBot, wizard: RestoreWizard, vault: Vault, backup_file: Path) -> None:
    data = bytearray(backup_file.read_bytes())
    data[len(data) // 2] ^= 0x01
    backup_file.write_bytes(bytes(data))
    check(qtbot, wizard, backup_file)
    assert wizard.flow.step is Step.VERIFY
    text = wizard.verify_page.problem.text()
    assert text and "Traceback" not in text
    assert not wizard.next_button.isVisible() and wizard.back_button.isEnabled()
    wizard.back_button.click()
    assert wizard.flow.step is Step.CHOOSE and wizard.choose_page.path.text() == str(backup_file)
    assert "later" in usernames(vault)  # nothing changed


def test_a_wrong_business_name_says_what_to_type(
        qtbot: QtBot, wizard: RestoreWizard, backup_file: Path) -> None:
    check(qtbot, wizard, backup_file)
    wizard.next_button.click()
    qtbot.keyClicks(wizard.confirm_page.typed, "Harbor")
    assert not wizard.next_button.isEnabled()
    assert NAME in wizard.confirm_page.problem.text()
    wizard.back_button.click()
    assert wizard.flow.step is Step.PREVIEW


def test_a_backup_from_a_newer_version_is_refused_before_anything_changes(
        qtbot: QtBot, wizard: RestoreWizard, vault: Vault, backup_file: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrate, "LATEST", migrate.LATEST - 1)  # this app is one version older
    check(qtbot, wizard, backup_file)
    assert wizard.flow.step is Step.VERIFY
    assert wizard.verify_page.problems.isVisible()
    found = wizard.verify_page.problems.item(0).text()
    assert "newer version of ClientSafe" in found
    assert "cannot be restored" in wizard.verify_page.problem.text()
    assert "later" in usernames(vault)


def test_cancel_before_the_restore_changes_nothing(
        qtbot: QtBot, wizard: RestoreWizard, vault: Vault, backup_file: Path) -> None:
    check(qtbot, wizard, backup_file)
    wizard.next_button.click()
    wizard.cancel_button.click()
    assert not wizard.isVisible() and wizard.result is None
    assert "later" in usernames(vault)


def test_without_a_usable_keyring_the_restore_says_it_is_for_this_session_only(
        qtbot: QtBot, new_vault: setup.SetupResult, officer: Session, backup_file: Path,
        no_keyring: None) -> None:
    wizard = RestoreWizard(new_vault.vault, officer)
    qtbot.addWidget(wizard)
    wizard.show()
    check(qtbot, wizard, backup_file)
    assert wizard.flow.step is Step.UNLOCK
    assert wizard.unlock_page.reason.isVisible()  # no usable keyring: its own sentence
    assert "No usable keyring" in wizard.unlock_page.reason.text()
    wizard.unlock_page.key.setText(str(new_vault.recovery_key))
    wizard.next_button.click()
    wait_idle(qtbot, wizard)
    assert wizard.flow.step is Step.PREVIEW
    wizard.next_button.click()
    wizard.confirm_page.typed.setText(NAME)
    wizard.next_button.click()
    wait_idle(qtbot, wizard)
    assert wizard.flow.step is Step.DONE, wizard.run_page.problem.text()
    try:
        assert wizard.result is not None and not wizard.result.remembered_in_keyring
        assert "for this session only" in wizard.done_page.result.text()
    finally:
        if wizard.result is not None:
            wizard.result.vault.close()
