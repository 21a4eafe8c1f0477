"""The sign-in window against real vaults: wrong and right passwords, lockout, the demo list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from clientsafe.core.errors import AuthenticationFailed
from clientsafe.core.roles import Role
from clientsafe.services import demo, settings
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.login_window import LoginWindow
from tests.conftest import OFFICER, OFFICER_PASSWORD


def make_login(qtbot: QtBot, vault: Vault, **kwargs: object) -> LoginWindow:
    window = LoginWindow(vault, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def sign_in(qtbot: QtBot, window: LoginWindow, username: str, password: str) -> None:
    window.username.clear()
    qtbot.keyClicks(window.username, username)
    qtbot.keyClicks(window.password, password)
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_one_sentence_and_clears_the_field(
    qtbot: QtBot, vault: Vault
) -> None:
    window = make_login(qtbot, vault)
    with qtbot.assertNotEmitted(window.signed_in):
        sign_in(qtbot, window, OFFICER, "not-the-password")
    assert window.error.isVisible()
    assert window.error.text() == error_text(AuthenticationFailed())
    assert window.password.text() == ""
    assert window.username.text() == OFFICER


def test_right_password_emits_the_session(qtbot: QtBot, vault: Vault) -> None:
    window = make_login(qtbot, vault)
    with qtbot.waitSignal(window.signed_in, timeout=5000) as signal:
        sign_in(qtbot, window, OFFICER, OFFICER_PASSWORD)
    session = signal.args[0]
    assert session.username == OFFICER and session.role is Role.SECURITY_OFFICER
    assert window.password.text() == ""
    assert not window.error.isVisible()


def test_enter_in_the_password_field_signs_in(qtbot: QtBot, vault: Vault) -> None:
    window = make_login(qtbot, vault, username=OFFICER)
    assert window.username.text() == OFFICER
    qtbot.keyClicks(window.password, OFFICER_PASSWORD)
    with qtbot.waitSignal(window.signed_in, timeout=5000):
        qtbot.keyClick(window.password, Qt.Key.Key_Return)


def test_empty_fields_ask_for_both(qtbot: QtBot, vault: Vault) -> None:
    window = make_login(qtbot, vault)
    with qtbot.assertNotEmitted(window.signed_in):
        qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    assert "user name and password" in window.error.text()


def test_repeated_failures_lock_the_account(qtbot: QtBot, vault: Vault) -> None:
    window = make_login(qtbot, vault)
    for _ in range(5):
        sign_in(qtbot, window, OFFICER, "wrong-password")
    assert "locked" in window.error.text()
    sign_in(qtbot, window, OFFICER, OFFICER_PASSWORD)  # even the right one, while locked
    assert "locked" in window.error.text()


def test_ordinary_vault_has_no_demo_marks(qtbot: QtBot, vault: Vault) -> None:
    window = make_login(qtbot, vault)
    assert "DEMO" not in window.windowTitle()
    assert "Harbour Salon" in window.windowTitle()
    assert not window.badge.isVisible()
    assert window.demo_box is None


def test_demo_vault_lists_the_demo_accounts(qtbot: QtBot, demo_vault: Vault) -> None:
    window = make_login(qtbot, demo_vault)
    assert "DEMO" in window.windowTitle()
    assert window.badge.isVisible() and window.badge.text() == "DEMO"
    assert window.demo_box is not None and window.demo_box.isVisible()
    buttons = window.demo_box.findChildren(QPushButton)
    assert len(buttons) == len(demo.DEMO_ACCOUNTS) == 5
    assert [b.text() for b in buttons] == [a.username for a in demo.DEMO_ACCOUNTS]
    labels = [label.text() for label in window.demo_box.findChildren(QLabel)]
    for account in demo.DEMO_ACCOUNTS:
        assert account.display_name in labels
    assert "Security officer" in labels and labels.count("Front desk") == 2
    assert "“demo”" in window.demo_hint.text()

    manager = window.findChild(QPushButton, "demo_manager")
    assert manager is not None
    qtbot.mouseClick(manager, Qt.MouseButton.LeftButton)
    assert window.username.text() == "manager"
    qtbot.keyClicks(window.password, demo.DEMO_PASSWORD)
    with qtbot.waitSignal(window.signed_in, timeout=5000) as signal:
        qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].role is Role.MANAGER


def test_notice_is_shown_when_given(qtbot: QtBot, vault: Vault) -> None:
    window = make_login(qtbot, vault, notice="Unlocked for this session only.")
    assert window.notice.isVisible() and "session only" in window.notice.text()
    plain = make_login(qtbot, vault)
    assert not plain.notice.isVisible()


def test_language_choice_is_saved(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed: list[str] = []
    monkeypatch.setattr("clientsafe.ui.i18n.install", lambda app, code: installed.append(code))
    settings.save(settings.Settings(vault_path=vault.path, language="en"))
    window = make_login(qtbot, vault)
    assert window.language.currentData() == "en"
    window.language.setCurrentIndex(window.language.findData("zh_CN"))
    assert settings.load().language == "zh_CN"
    assert settings.load().vault_path == vault.path  # the rest of the settings is kept
    assert installed == ["zh_CN"]
