"""The status bar's reminders of rights-request deadlines and customers due for destruction:
shown from sign-in to the roles that act on them, moved on by the clock, opening their area, and
never writing an audit entry (they name no customer)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.rights import RightsStatus
from clientsafe.core.session import Session
from clientsafe.services import auth, demo, retention, rights_requests
from clientsafe.services.vault_access import Vault
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.vault import audit_log
from tests.conftest import FakeClock

WAIT_MS = 10_000


def login(vault: Vault, name: str) -> Session:
    return auth.login(vault, name, demo.DEMO_PASSWORD)


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        window.close()


def open_window(qtbot: QtBot, windows: list[MainWindow], vault: Vault, name: str) -> MainWindow:
    window = MainWindow(vault, login(vault, name))
    qtbot.addWidget(window)
    window.show()
    windows.append(window)
    reminders = window.reminders
    if reminders.rights is not None or reminders.destruction is not None:
        # The first reading comes once the window has shown.
        qtbot.waitUntil(lambda: reminders.readings > 0, timeout=WAIT_MS)
    return window


def test_manager_sees_both_reminders_and_they_open_their_areas(
        qtbot: QtBot, demo_vault: Vault, windows: list[MainWindow]) -> None:
    window = open_window(qtbot, windows, demo_vault, "manager")
    rights, destruction = window.reminders.rights, window.reminders.destruction
    assert rights is not None and destruction is not None
    assert rights.isVisible() and rights.state == "late"
    assert rights.text() == "⚠ 1 rights request overdue"
    due = retention.due_count(demo_vault, login(demo_vault, "manager"))
    assert due > 0 and destruction.text() == f"{due} customers due for destruction"
    qtbot.mouseClick(rights, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.navigation.currentRow() == window.visible_areas().index(Area.RIGHTS)
    qtbot.mouseClick(destruction, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.navigation.currentRow() == window.visible_areas().index(Area.RETENTION)


def test_counting_writes_no_audit_entry(demo_vault: Vault) -> None:
    manager = login(demo_vault, "manager")
    before = audit_log.count(demo_vault.conn)
    counts = rights_requests.deadline_counts(demo_vault, manager)
    retention.due_count(demo_vault, manager)
    assert audit_log.count(demo_vault.conn) == before
    assert (counts.overdue, counts.due_soon) == (1, 1)


def test_the_reminder_follows_the_clock_and_the_answers(
        qtbot: QtBot, demo_vault: Vault, clock: FakeClock, windows: list[MainWindow]) -> None:
    manager = login(demo_vault, "manager")
    overdue = next(r.request for r in rights_requests.list_requests(demo_vault, manager)
                   if r.days_left is not None and r.days_left < 0)
    rights_requests.close(demo_vault, manager, overdue.id, status=RightsStatus.REFUSED,
                          response="The customer withdrew the request by phone.")
    window = open_window(qtbot, windows, demo_vault, "manager")
    rights = window.reminders.rights
    assert rights is not None
    assert (rights.state, rights.text()) == ("soon", "1 rights request due within 3 days")
    clock.advance(days=30)  # everything open is now overdue
    window.reminders.timer.timeout.emit()
    assert rights.state == "late" and rights.text().endswith("rights requests overdue")


def test_roles_without_the_work_get_no_reminder(
        qtbot: QtBot, demo_vault: Vault, windows: list[MainWindow]) -> None:
    for name in ("finance", "officer"):
        window = open_window(qtbot, windows, demo_vault, name)
        assert window.reminders.rights is None and window.reminders.destruction is None
    frontdesk = open_window(qtbot, windows, demo_vault, "frontdesk")
    assert frontdesk.reminders.destruction is None and frontdesk.reminders.rights is not None
