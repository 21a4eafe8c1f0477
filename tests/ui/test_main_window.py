"""The main window: areas per role, session information, sign out, lazy views, vault health."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QToolBar
from pytestqt.qtbot import QtBot

from clientsafe.core.roles import Role
from clientsafe.core.session import Session
from clientsafe.services import auth, checks, demo, staff
from clientsafe.services.vault_access import Vault
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.ui.staff_view import StaffView
from clientsafe.ui.transactions_view import TransactionsView
from clientsafe.ui.vault_health_view import VaultHealthView

WAIT_MS = 10_000

EXPECTED_AREAS = {
    "frontdesk": [Area.CUSTOMERS, Area.RIGHTS],
    "finance": [Area.TRANSACTIONS],
    "manager": [Area.CUSTOMERS, Area.TRANSACTIONS, Area.RIGHTS, Area.MARKETING, Area.RETENTION,
                Area.APPROVALS, Area.SERVICES, Area.BACKUPS],
    "officer": [Area.STAFF, Area.VAULT_HEALTH, Area.KEYS, Area.SERVICES, Area.COLLECTION,
                Area.CATALOG, Area.AUDIT, Area.BACKUPS, Area.SETTINGS],
}
AREA_TITLES = {
    Area.CUSTOMERS: "Customers",
    Area.TRANSACTIONS: "Transactions",
    Area.RIGHTS: "Rights requests",
    Area.MARKETING: "Marketing list",
    Area.RETENTION: "Retention",
    Area.STAFF: "Staff",
    Area.VAULT_HEALTH: "Vault health",
    Area.KEYS: "Encryption keys",
    Area.APPROVALS: "Approvals",
    Area.SERVICES: "Services",
    Area.COLLECTION: "Collection requests",
    Area.CATALOG: "Field catalog",
    Area.AUDIT: "Audit trail",
    Area.BACKUPS: "Backups",
    Area.SETTINGS: "Settings",
}
ROLE_LABELS = {
    "frontdesk": "Front desk",
    "finance": "Finance",
    "manager": "Manager",
    "officer": "Security officer",
}


def login(vault: Vault, name: str, password: str = demo.DEMO_PASSWORD) -> Session:
    return auth.login(vault, name, password)


def audit_entries(vault: Vault, officer: Session) -> int:
    """The audit trail's length, read the only way the UI may: a security officer's check."""
    return checks.check_vault(vault, officer).audit.entries


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[Vault, Session], MainWindow]]:
    """Opens main windows and closes them before the vault fixture closes the vault."""
    windows: list[MainWindow] = []

    def make(vault: Vault, session: Session) -> MainWindow:
        window = MainWindow(vault, session)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.mark.parametrize("name", list(EXPECTED_AREAS))
def test_navigation_shows_exactly_the_areas_the_role_may_use(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow], name: str
) -> None:
    session = login(demo_vault, name)
    window = open_window(demo_vault, session)
    assert window.visible_areas() == EXPECTED_AREAS[name]
    nav = window.navigation
    assert [nav.item(i).text() for i in range(nav.count())] == [
        AREA_TITLES[a] for a in EXPECTED_AREAS[name]
    ]
    assert [nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(nav.count())] == (
        EXPECTED_AREAS[name]
    )
    assert nav.currentRow() == 0
    assert all(not nav.item(i).icon().isNull() for i in range(nav.count()))

    status = window.signed_in_label.text()
    assert session.display_name in status
    assert f"({name})" in status
    assert ROLE_LABELS[name] in status
    assert window.business_label.text() == demo.DEMO_BUSINESS

    assert window.windowTitle() == f"ClientSafe — {demo.DEMO_BUSINESS} — DEMO"
    assert window.demo_badge is not None and window.demo_badge.isVisible()
    assert window.demo_badge.text() == "DEMO"
    assert (window.width(), window.height()) == (1100, 700)


def test_a_real_vault_has_no_demo_marks(
    vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(vault, login(vault, "officer", "Correct-Horse-42-Battery"))
    assert window.windowTitle() == "ClientSafe — Harbour Salon 海港沙龙"
    assert window.demo_badge is None


def test_views_are_created_when_first_shown(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "manager"))
    customers = window.view_for(Area.CUSTOMERS)
    assert isinstance(customers, CustomersView)
    assert window.view_for(Area.TRANSACTIONS) is None  # not read until asked for

    transactions = window.show_area(Area.TRANSACTIONS)
    assert isinstance(transactions, TransactionsView)
    assert window.stack.currentWidget() is transactions
    window.navigation.setCurrentRow(0)
    assert window.stack.currentWidget() is customers  # the same view, not a new one
    assert window.show_area(Area.TRANSACTIONS) is transactions
    with pytest.raises(ValueError):
        window.show_area(Area.STAFF)  # not an area of a manager


def test_customer_list_shows_its_count_and_fixed_rows(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "manager"))
    view = window.view_for(Area.CUSTOMERS)
    assert isinstance(view, CustomersView)
    assert view.summary.text() == "30 customers"
    assert not view.showing_empty_state
    table = view.findChild(QTableView)
    assert table is not None and table.model() is view.model
    assert table.isSortingEnabled()
    assert not table.isColumnHidden(3)
    rows = table.verticalHeader()
    assert rows.sectionResizeMode(0) == rows.ResizeMode.Fixed

    # Clicking a column the service cannot sort leaves the order (and the arrow) alone.
    header = table.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == 0
    header.setSortIndicator(4, Qt.SortOrder.DescendingOrder)
    assert view.model.sort_column == 4


def test_front_desk_summary_says_assigned_to_you(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "frontdesk"))
    view = window.view_for(Area.CUSTOMERS)
    assert isinstance(view, CustomersView)
    total = view.model.total
    assert 0 < total < 30
    assert view.summary.text() == f"{total} customers assigned to you"
    assert view.table.isColumnHidden(3)  # "Assigned to" would always name themselves


def test_an_empty_vault_shows_a_sentence_instead_of_an_empty_table(
    vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    officer = login(vault, "officer", "Correct-Horse-42-Battery")
    staff.create_staff(
        vault,
        officer,
        username="maria",
        display_name="Maria Manager",
        role=Role.MANAGER,
        temporary_password="Temporary-Pass-2026",
    )
    manager = auth.change_password(
        vault, login(vault, "maria", "Temporary-Pass-2026"), "Temporary-Pass-2026", "My-Own-42-pw!"
    )
    window = open_window(vault, manager)
    view = window.view_for(Area.CUSTOMERS)
    assert isinstance(view, CustomersView)
    assert view.summary.text() == "0 customers"
    assert view.showing_empty_state
    assert view.empty.text() == "There are no customers in this vault yet."
    transactions = window.show_area(Area.TRANSACTIONS)
    assert isinstance(transactions, TransactionsView)
    assert transactions.summary.text() == "0 transactions"
    assert transactions.showing_empty_state


def test_officer_sees_staff_accounts(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "officer"))
    view = window.view_for(Area.STAFF)
    assert isinstance(view, StaffView)
    model = view.model
    assert model.rowCount() == len(demo.DEMO_ACCOUNTS)
    assert view.summary.text() == f"{len(demo.DEMO_ACCOUNTS)} staff accounts"
    rows = {
        model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(6)]
        for r in range(model.rowCount())
    }
    assert rows["finance"][1:4] == ["陈静 Chen Jing", "Finance", "Yes"]
    assert rows["officer"][4] != "Never"  # just signed in
    assert rows["finance"][4] == "Never"
    assert rows["finance"][5] == ""


def test_vault_check_runs_in_the_background_and_shows_the_result(
    qtbot: QtBot, demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "officer"))
    view = window.show_area(Area.VAULT_HEALTH)
    assert isinstance(view, VaultHealthView)
    with qtbot.waitSignal(view.check_finished, timeout=WAIT_MS):
        view.check_button.click()
        # While the check holds the vault's connection, nothing else may start.
        assert not window.navigation.isEnabled()
        assert not window.sign_out_action.isEnabled()
    assert window.navigation.isEnabled()
    assert window.sign_out_action.isEnabled()
    report = view.last_report
    assert report is not None and report.ok
    assert "healthy" in view.status.text()
    assert view.customers.text() == "30"
    assert view.staff.text() == str(len(demo.DEMO_ACCOUNTS))
    assert view.audit_entries.text() == str(report.audit.entries)
    assert report.audit.head_hash[:12] in view.chain_head.text()
    assert view.storage.text() == "OK"
    assert not view.problems.isVisible()


def test_sign_out_audits_the_logout_emits_logged_out_and_closes(
    qtbot: QtBot, demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "manager"))
    officer = login(demo_vault, "officer")
    before = audit_entries(demo_vault, officer)
    with qtbot.waitSignal(window.logged_out, timeout=WAIT_MS):
        window.sign_out_action.trigger()
    assert not window.isVisible()
    # One entry for the check that measured `before`, and exactly one logout (closing the
    # window after signing out does not record a second one).
    assert audit_entries(demo_vault, officer) == before + 2


def test_quitting_audits_the_logout_without_asking_for_a_login(
    qtbot: QtBot, demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "finance"))
    officer = login(demo_vault, "officer")
    before = audit_entries(demo_vault, officer)
    signals: list[bool] = []
    window.logged_out.connect(lambda: signals.append(True))
    window.quit_action.trigger()
    assert not window.isVisible()
    assert signals == []
    assert audit_entries(demo_vault, officer) == before + 2


def test_change_password_from_the_menu_updates_the_session(
    qtbot: QtBot, demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "manager"))
    dialog = window.change_password()
    assert dialog.isVisible() and not dialog.forced
    dialog.current.setText(demo.DEMO_PASSWORD)
    dialog.new.setText("Blue-Harbour-Lantern-7")
    dialog.repeat.setText("Blue-Harbour-Lantern-7")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert window.password_dialog is None
    assert window.isVisible()
    assert login(demo_vault, "manager", "Blue-Harbour-Lantern-7").username == "manager"


def test_a_temporary_password_must_be_changed_or_the_user_is_signed_out(
    qtbot: QtBot, vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    officer = login(vault, "officer", "Correct-Horse-42-Battery")
    staff.create_staff(
        vault,
        officer,
        username="fiona",
        display_name="Fiona Finance",
        role=Role.FINANCE,
        temporary_password="Temporary-Pass-2026",
    )
    session = login(vault, "fiona", "Temporary-Pass-2026")
    assert session.must_change_password
    window = open_window(vault, session)
    qtbot.waitUntil(lambda: window.password_dialog is not None, timeout=WAIT_MS)
    dialog = window.password_dialog
    assert dialog is not None and dialog.forced
    assert dialog.cancel_button.text() == "Sign out"
    with qtbot.waitSignal(window.logged_out, timeout=WAIT_MS):
        dialog.cancel_button.click()
    assert not window.isVisible()


def test_the_file_menu_offers_lock_on_ctrl_l(
    demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "officer"))
    [file_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == ["&Change password…", "&Lock", "&Sign out", "&Quit"]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    assert window.sign_out_action.shortcut().isEmpty()  # Ctrl+L locks; it no longer signs out
    toolbar = window.findChild(QToolBar, "session_toolbar")
    assert toolbar is not None and window.lock_action in toolbar.actions()


def test_locking_the_officer_s_window_closes_a_staff_dialog(
    qtbot: QtBot, demo_vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    window = open_window(demo_vault, login(demo_vault, "officer"))
    view = window.view_for(Area.STAFF)
    assert isinstance(view, StaffView)
    dialog = view.new_staff()
    dialog.password.setText("Half-typed-password")
    with qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        window.lock_action.trigger()
    assert view.dialog is None
    assert window.is_locked and not view.isVisible()


def test_locking_during_a_forced_password_change_signs_out(
    qtbot: QtBot, vault: Vault, open_window: Callable[[Vault, Session], MainWindow]
) -> None:
    officer = login(vault, "officer", "Correct-Horse-42-Battery")
    staff.create_staff(vault, officer, username="fiona", display_name="Fiona Finance",
                       role=Role.FINANCE, temporary_password="Temporary-Pass-2026")
    window = open_window(vault, login(vault, "fiona", "Temporary-Pass-2026"))
    qtbot.waitUntil(lambda: window.password_dialog is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(window.logged_out, timeout=WAIT_MS):
        window.idle_watcher.trigger()
    assert not window.isVisible()


def test_bulk_viewing_lockout_signs_out(qtbot, demo_vault, monkeypatch) -> None:
    """Opening too many records locks the account; the window says so and signs out."""
    from clientsafe.services import auth
    from clientsafe.ui import prompts
    from clientsafe.ui.main_window import MainWindow

    warnings: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: warnings.append(text))
    window = MainWindow(demo_vault, auth.login(demo_vault, "manager", "demo"))
    qtbot.addWidget(window)
    window.show()
    customers = window.show_area(Area.CUSTOMERS)
    with qtbot.waitSignal(window.logged_out, timeout=10_000):
        customers.account_locked.emit("locked for 60 minutes")
    assert warnings == ["locked for 60 minutes"]


def test_officer_sees_lockout_alerts_on_sign_in(qtbot, demo_vault, monkeypatch, clock) -> None:
    from clientsafe.core.errors import AuthenticationFailed
    from clientsafe.services import auth
    from clientsafe.ui import prompts
    from clientsafe.ui.main_window import MainWindow

    auth.login(demo_vault, "officer", "demo")  # a previous sign-in
    clock.advance(minutes=1)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):  # the fifth one locks the account
            auth.login(demo_vault, "finance", "wrong")
    shown: list[str] = []
    monkeypatch.setattr(prompts, "warn", lambda parent, title, text: shown.append(text))
    window = MainWindow(demo_vault, auth.login(demo_vault, "officer", "demo"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    assert "finance" in shown[0] and "wrong password" in shown[0]
