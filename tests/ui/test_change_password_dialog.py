"""Changing one's password through the dialog: errors as sentences, success changes the login."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from clientsafe.core.errors import AuthenticationFailed
from clientsafe.core.session import Session
from clientsafe.services import auth, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui.change_password_dialog import ChangePasswordDialog

NEW_PASSWORD = "Blue-Harbour-Lantern-7"


@pytest.fixture
def manager(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)


def make_dialog(
    qtbot: QtBot, vault: Vault, session: Session, *, forced: bool = False
) -> ChangePasswordDialog:
    dialog = ChangePasswordDialog(vault, session, forced=forced)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: ChangePasswordDialog, current: str, new: str, repeat: str | None = None) -> None:
    dialog.current.setText(current)
    dialog.new.setText(new)
    dialog.repeat.setText(new if repeat is None else repeat)


def test_wrong_current_password_is_one_sentence_and_changes_nothing(
    qtbot: QtBot, demo_vault: Vault, manager: Session
) -> None:
    dialog = make_dialog(qtbot, demo_vault, manager)
    fill(dialog, "not-the-password", NEW_PASSWORD)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.result_session is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "The user name or password is not correct; check them and try again."
    )
    assert dialog.current.hasFocus() or dialog.focusWidget() is dialog.current
    with pytest.raises(AuthenticationFailed):
        auth.login(demo_vault, "manager", NEW_PASSWORD)


def test_a_weak_new_password_is_refused_with_the_policy_sentence(
    qtbot: QtBot, demo_vault: Vault, manager: Session
) -> None:
    dialog = make_dialog(qtbot, demo_vault, manager)
    fill(dialog, demo.DEMO_PASSWORD, "password123")
    assert not dialog.strength.acceptable  # the bar already says so while typing
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "Choose a longer password: at least 10 characters that are not easy to guess."
    )
    assert dialog.focusWidget() is dialog.new


def test_a_mistyped_repetition_is_caught_before_anything_is_sent(
    qtbot: QtBot, demo_vault: Vault, manager: Session
) -> None:
    dialog = make_dialog(qtbot, demo_vault, manager)
    fill(dialog, demo.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "type the same one twice" in dialog.error.text()
    assert auth.login(demo_vault, "manager", demo.DEMO_PASSWORD).username == "manager"


def test_success_accepts_returns_the_session_and_the_new_password_logs_in(
    qtbot: QtBot, demo_vault: Vault, manager: Session
) -> None:
    dialog = make_dialog(qtbot, demo_vault, manager)
    fill(dialog, demo.DEMO_PASSWORD, NEW_PASSWORD)
    assert dialog.strength.acceptable
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_session is not None
    assert dialog.result_session.staff_id == manager.staff_id
    assert not dialog.result_session.must_change_password
    assert auth.login(demo_vault, "manager", NEW_PASSWORD).username == "manager"
    with pytest.raises(AuthenticationFailed):
        auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)


def test_normal_mode_offers_cancel(qtbot: QtBot, demo_vault: Vault, manager: Session) -> None:
    dialog = make_dialog(qtbot, demo_vault, manager)
    assert dialog.cancel_button is dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.cancel_button.click()
    assert dialog.result_session is None


def test_forced_mode_replaces_cancel_with_sign_out(
    qtbot: QtBot, demo_vault: Vault, manager: Session
) -> None:
    dialog = make_dialog(qtbot, demo_vault, manager, forced=True)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) is None
    assert dialog.cancel_button.text() == "Sign out"
    assert "temporary password" in dialog.intro.text()
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        dialog.cancel_button.click()
    assert dialog.result_session is None
