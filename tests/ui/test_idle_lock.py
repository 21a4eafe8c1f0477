"""The idle lock: the watcher (with an injected clock, no sleeping), and the main window locking,
hiding its work, closing its dialogs, unlocking with the right password and signing out when the
account locks."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from clientsafe.core.errors import AccountLocked
from clientsafe.core.session import Session
from clientsafe.core.session_lock import LockReason
from clientsafe.services import auth, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.idle_lock import IdleWatcher
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.vault import audit_log
from tests.ui.conftest import PromptAnswers

WAIT_MS = 10_000


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def watcher(qtbot: QtBot) -> Iterator[tuple[IdleWatcher, ManualClock, list[str]]]:
    clock = ManualClock()
    watcher = IdleWatcher(60_000, clock=clock)
    reasons: list[str] = []
    watcher.lock_requested.connect(reasons.append)
    watcher.start()
    yield watcher, clock, reasons
    watcher.stop()
    watcher.deleteLater()


# --- the watcher --------------------------------------------------------------------------------


def test_the_timer_asks_for_a_lock_after_the_idle_time(qtbot: QtBot) -> None:
    watcher = IdleWatcher(30)
    try:
        with qtbot.waitSignal(watcher.lock_requested, timeout=WAIT_MS) as blocker:
            watcher.start()
        assert blocker.args == [str(LockReason.IDLE)]
        assert not watcher.is_running  # once; start() arms it again
    finally:
        watcher.stop()


def test_input_postpones_the_lock(
    qtbot: QtBot, watcher: tuple[IdleWatcher, ManualClock, list[str]]
) -> None:
    idle, clock, reasons = watcher
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    clock.now += 40
    qtbot.keyClick(field, Qt.Key.Key_A)  # through the application-wide event filter
    clock.now += 30
    idle.check()  # 30 s since the key press: not yet
    assert reasons == []
    clock.now += 31
    idle.check()
    assert reasons == [LockReason.IDLE]


def test_every_kind_of_input_counts(
    qtbot: QtBot, watcher: tuple[IdleWatcher, ManualClock, list[str]]
) -> None:
    idle, clock, reasons = watcher
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    for send in (
        lambda: qtbot.mouseClick(widget, Qt.MouseButton.LeftButton),
        lambda: qtbot.mouseMove(widget, QPoint(5, 7)),  # elsewhere than the click
        lambda: qtbot.keyClick(widget, Qt.Key.Key_Space),
    ):
        clock.now += 40
        send()
        clock.now += 19  # and the next input comes 59 s after this one
        idle.check()
    assert reasons == []


def test_the_first_input_after_a_long_gap_locks(
    qtbot: QtBot, watcher: tuple[IdleWatcher, ManualClock, list[str]]
) -> None:
    """The computer slept, so the timer never fired; the first key press locks instead."""
    idle, clock, reasons = watcher
    field = QLineEdit()
    qtbot.addWidget(field)
    clock.now += 3600
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert reasons == [LockReason.IDLE]
    assert not idle.is_running


def test_coming_back_after_a_long_time_in_the_background_locks(
    watcher: tuple[IdleWatcher, ManualClock, list[str]],
) -> None:
    idle, clock, reasons = watcher
    idle.application_state_changed(Qt.ApplicationState.ApplicationInactive)
    clock.now += 59
    idle.application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert reasons == []  # a short visit elsewhere
    idle.application_state_changed(Qt.ApplicationState.ApplicationInactive)
    clock.now += 20
    idle.application_state_changed(Qt.ApplicationState.ApplicationHidden)
    clock.now += 41
    idle.application_state_changed(Qt.ApplicationState.ApplicationActive)
    assert reasons == [LockReason.APP_INACTIVE]


def test_a_stopped_watcher_asks_for_nothing(
    qtbot: QtBot, watcher: tuple[IdleWatcher, ManualClock, list[str]]
) -> None:
    idle, clock, reasons = watcher
    idle.stop()
    clock.now += 3600
    idle.check()
    idle.trigger()
    field = QLineEdit()
    qtbot.addWidget(field)
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert reasons == []


# --- the main window ----------------------------------------------------------------------------


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[Vault, Session], MainWindow]]:
    windows: list[MainWindow] = []

    def make(vault: Vault, session: Session) -> MainWindow:
        window = MainWindow(vault, session, idle_ms=5 * 60_000)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def last_entry(vault: Vault) -> tuple[str, str, str, str]:
    entry = audit_log.page(vault.conn, 0, 1)[0]
    return entry.action, entry.outcome, entry.actor, entry.detail


def manager_window(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> MainWindow:
    return open_window(demo_vault, auth.login(demo_vault, "manager", demo.DEMO_PASSWORD))


def test_idle_lock_hides_the_customers_and_closes_open_dialogs(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = manager_window(demo_vault, open_window)
    customers = window.view_for(Area.CUSTOMERS)
    assert isinstance(customers, CustomersView) and customers.table.isVisible()
    dialog = QDialog(customers)  # e.g. a customer's details with a revealed value
    dialog.open()
    closed: list[int] = []
    dialog.finished.connect(closed.append)

    window.idle_watcher.trigger()

    assert window.is_locked
    assert window.central.currentWidget() is window.lock_screen
    assert window.lock_screen.isVisible()
    assert not window.work_area.isVisible() and not customers.table.isVisible()
    assert closed == [QDialog.DialogCode.Rejected.value] and not dialog.isVisible()
    assert window.windowTitle().endswith("— Locked")
    assert not window.change_password_action.isEnabled()
    assert window.sign_out_action.isEnabled()
    assert "李强 Li Qiang (manager) · Manager" in window.lock_screen.who.text()
    assert window.lock_screen.why.text() == "Locked after 5 minute(s) without activity."
    assert last_entry(demo_vault) == ("auth.idle_lock", "done", "manager", "reason: idle")
    assert not window.idle_watcher.is_running


def test_wrong_password_says_so_and_the_right_one_restores_the_view(
    qtbot: QtBot, demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = manager_window(demo_vault, open_window)
    transactions = window.show_area(Area.TRANSACTIONS)
    window.lock()
    screen = window.lock_screen
    assert screen.why.text() == "Locked on request."

    screen.unlock_button.click()
    assert screen.error.text() == "Type your password to unlock."

    qtbot.keyClicks(screen.password, "not-my-password")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert window.is_locked
    assert screen.error.isVisible()
    assert screen.error.text() == "That is not your password; type the password you sign in with."
    assert screen.password.text() == ""
    assert last_entry(demo_vault)[:2] == ("auth.unlock", "denied")

    with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
        screen.password.setText(demo.DEMO_PASSWORD)
        screen.unlock_button.click()
    assert not window.is_locked
    assert window.central.currentWidget() is window.work_area
    assert window.stack.currentWidget() is transactions and transactions.isVisible()
    assert window.windowTitle() == f"ClientSafe — {demo.DEMO_BUSINESS} — DEMO"
    assert window.change_password_action.isEnabled()
    assert window.idle_watcher.is_running
    assert last_entry(demo_vault)[:2] == ("auth.unlock", "done")
    assert screen.password.text() == "" and not screen.error.isVisible()


def test_five_wrong_passwords_sign_out_and_lock_the_account(
    qtbot: QtBot,
    demo_vault: Vault,
    open_window: Callable[[Vault, Session], MainWindow],
    prompt_answers: PromptAnswers,
) -> None:
    window = manager_window(demo_vault, open_window)
    window.lock()
    screen = window.lock_screen
    for _ in range(4):
        screen.password.setText("not-my-password")
        screen.unlock_button.click()
    assert window.isVisible() and prompt_answers.asked == []
    with qtbot.waitSignal(window.logged_out, timeout=WAIT_MS):
        screen.password.setText("not-my-password")
        screen.unlock_button.click()
    assert not window.isVisible()
    assert len(prompt_answers.asked) == 1
    assert prompt_answers.asked[0].startswith("This account is locked for 1 more minute(s)")
    assert last_entry(demo_vault)[:3] == ("auth.logout", "done", "manager")
    with pytest.raises(AccountLocked):
        auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)


def test_sign_out_from_the_lock_screen(
    qtbot: QtBot, demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = manager_window(demo_vault, open_window)
    window.lock()
    with qtbot.waitSignal(window.logged_out, timeout=WAIT_MS):
        window.lock_screen.sign_out_button.click()
    assert not window.isVisible()
    assert last_entry(demo_vault)[:2] == ("auth.logout", "done")


def test_ctrl_l_locks(
    qtbot: QtBot, demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = manager_window(demo_vault, open_window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(window.locked, timeout=WAIT_MS):
        qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert last_entry(demo_vault)[3] == "reason: on_demand"
    assert not window.lock_action.isEnabled()


def test_a_lock_while_the_vault_is_busy_is_recorded_when_the_work_ends(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = manager_window(demo_vault, open_window)
    before = audit_log.count(demo_vault.conn)
    window._set_busy(True)  # what a view does while its background work holds the connection
    window.idle_watcher.trigger()
    assert window.is_locked and not window.work_area.isVisible()
    assert not window.lock_screen.unlock_button.isEnabled()
    assert audit_log.count(demo_vault.conn) == before
    window._set_busy(False)
    assert last_entry(demo_vault)[3] == "reason: idle"
    assert window.lock_screen.unlock_button.isEnabled()


def test_a_window_that_is_closed_stops_watching(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = manager_window(demo_vault, open_window)
    window.close()
    assert not window.idle_watcher.is_running
    window.lock()  # the session has ended: nothing to lock, nothing to record
    assert not window.is_locked


def test_ctrl_l_in_an_open_customer_dialog_locks_and_closes_it(
    qtbot: QtBot, demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    """The shortcut works application-wide, so a (non-modal) dialog in front is no hiding place."""
    window = manager_window(demo_vault, open_window)
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(window.locked, timeout=WAIT_MS):
        qtbot.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and not dialog.isVisible()
