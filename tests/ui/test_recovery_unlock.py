"""Unlocking with the recovery key through the dialog, against the real keyring."""

from __future__ import annotations

import keyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.errors import MalformedRecoveryKey, WrongRecoveryKey
from clientsafe.services import setup, vault_access
from clientsafe.services.vault_access import StartState
from clientsafe.ui.error_text import error_text
from clientsafe.ui.recovery_unlock_dialog import RecoveryUnlockDialog

# A well-formed key (its check group matches) that belongs to no vault of these tests.
OTHER_VAULTS_KEY = "3CZD-95TM-616P-98HS-44J3-SXNC-ZA7S-R1E2-CBSE"


def forget_key(result: setup.SetupResult) -> None:
    """What a new computer or a wiped profile looks like: the keyring has no entry."""
    keyring.delete_password("ClientSafe", result.vault.vault_id)
    result.vault.close()


def make_dialog(qtbot: QtBot, result: setup.SetupResult, state: StartState) -> RecoveryUnlockDialog:
    probe = vault_access.probe(result.vault.path)
    assert probe.state is state
    dialog = RecoveryUnlockDialog(result.vault.path, probe.state, probe.error)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def unlock_with(qtbot: QtBot, dialog: RecoveryUnlockDialog, key: str) -> None:
    dialog.key.clear()
    qtbot.keyClicks(dialog.key, key)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_not_in_keyring_wrong_then_right_key(
    qtbot: QtBot, new_vault: setup.SetupResult
) -> None:
    forget_key(new_vault)
    dialog = make_dialog(qtbot, new_vault, StartState.NOT_IN_KEYRING)
    assert "new computer" in dialog.explanation.text()
    assert not dialog.session_only.isVisible()

    unlock_with(qtbot, dialog, "ABCD-1234")
    assert dialog.error.text() == error_text(MalformedRecoveryKey())
    unlock_with(qtbot, dialog, OTHER_VAULTS_KEY)
    assert dialog.error.text() == error_text(WrongRecoveryKey())
    assert dialog.result_unlock is None and dialog.isVisible()

    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as signal:
        unlock_with(qtbot, dialog, new_vault.recovery_key.lower())
    unlocked = signal.args[0]
    assert unlocked is dialog.result_unlock
    assert unlocked.remembered
    assert unlocked.vault.info.business_name == new_vault.vault.info.business_name
    assert dialog.key.text() == ""  # the key does not linger in the widget
    unlocked.vault.close()

    # It went into the keyring: the next start opens without asking.
    again = vault_access.probe(new_vault.vault.path)
    assert again.state is StartState.OPEN
    assert again.vault is not None
    again.vault.close()


def test_no_keyring_unlocks_for_this_session_only(
    qtbot: QtBot, new_vault: setup.SetupResult, no_keyring: None
) -> None:
    new_vault.vault.close()
    dialog = make_dialog(qtbot, new_vault, StartState.NO_KEYRING)
    assert "No usable keyring" in dialog.explanation.text()
    # the reason is named, in words
    assert "no keyring service is installed or running" in dialog.explanation.text()
    assert dialog.session_only.isVisible() and "plain text" in dialog.session_only.text()
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as signal:
        unlock_with(qtbot, dialog, new_vault.recovery_key)
    unlocked = signal.args[0]
    assert not unlocked.remembered
    unlocked.vault.close()
    assert vault_access.probe(new_vault.vault.path).state is StartState.NO_KEYRING


def test_empty_key_asks_for_it(qtbot: QtBot, new_vault: setup.SetupResult) -> None:
    forget_key(new_vault)
    dialog = make_dialog(qtbot, new_vault, StartState.NOT_IN_KEYRING)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "Recovery Kit" in dialog.error.text()


def test_quit_rejects(qtbot: QtBot, new_vault: setup.SetupResult) -> None:
    forget_key(new_vault)
    dialog = make_dialog(qtbot, new_vault, StartState.NOT_IN_KEYRING)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.result_unlock is None
