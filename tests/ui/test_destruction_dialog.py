"""The destruction dialog: the password gate, a wrong password, destroying with progress, the
certificates, and stopping between customers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from clientsafe.core.audit_actions import Action
from clientsafe.core.retention import DueCustomer
from clientsafe.core.session import Session
from clientsafe.services import auth, destruction, retention
from clientsafe.services.vault_access import Vault
from clientsafe.ui import destruction_dialog
from clientsafe.ui.destruction_dialog import DestructionDialog
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.ui.retention_view import RetentionView
from clientsafe.vault import audit_log, customer_repo, erasure

WAIT_MS = 10_000


@pytest.fixture
def manager(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "manager", "demo")


def due(vault: Vault, session: Session, count: int) -> list[DueCustomer]:
    found = [e for e in retention.due_queue(vault, session) if e.destroyable][:count]
    assert len(found) == count
    return found


def make_dialog(qtbot: QtBot, vault: Vault, session: Session, customers: list[DueCustomer]
                ) -> DestructionDialog:
    dialog = DestructionDialog(vault, session, customers)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run(qtbot: QtBot, dialog: DestructionDialog, password: str) -> None:
    dialog.password.setText(password)
    dialog.destroy_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)


def test_lists_what_goes_and_needs_the_password(qtbot: QtBot, demo_vault: Vault,
                                                manager: Session) -> None:
    chosen = due(demo_vault, manager, 2)
    dialog = make_dialog(qtbot, demo_vault, manager, chosen)
    assert dialog.title.text() == "Destroy the data of 2 customers"
    assert "cannot be undone" in dialog.warning.text()
    assert dialog.model.rowCount() == 2 and dialog.model.rows[0] == chosen[0]
    assert "Consent records (with signatures)" in dialog.what.text()
    assert not dialog.destroy_button.isEnabled()
    dialog.password.setText("x")
    assert dialog.destroy_button.isEnabled()
    assert dialog.close_button.isDefault()  # Enter does not destroy


def test_wrong_password_destroys_nothing_and_allows_another_try(
        qtbot: QtBot, demo_vault: Vault, manager: Session) -> None:
    chosen = due(demo_vault, manager, 1)
    dialog = make_dialog(qtbot, demo_vault, manager, chosen)
    run(qtbot, dialog, "not-my-password")
    assert dialog.error.isVisible() and "password" in dialog.error.text()
    assert customer_repo.get(demo_vault.conn, chosen[0].customer_id) is not None
    assert dialog.password.isEnabled() and dialog.password.text() == ""
    assert not dialog.certificates_button.isVisible()
    run(qtbot, dialog, "demo")
    assert customer_repo.get(demo_vault.conn, chosen[0].customer_id) is None


def test_destroys_with_progress_then_saves_certificates(
        qtbot: QtBot, demo_vault: Vault, manager: Session, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = due(demo_vault, manager, 2)
    dialog = make_dialog(qtbot, demo_vault, manager, chosen)
    with qtbot.waitSignal(dialog.customers_destroyed, timeout=20_000) as signal:
        dialog.password.setText("demo")
        dialog.destroy_button.click()
    qtbot.waitUntil(lambda: not dialog.running)
    stones = signal.args[0]
    assert [s.customer_id for s in stones] == [c.customer_id for c in chosen]
    assert dialog.progress.value() == dialog.progress.maximum() == 2
    assert dialog.result.text().startswith("Destroyed 2 of 2 customers.")
    assert not dialog.destroy_button.isEnabled() and not dialog.password.isVisible()
    assert dialog.close_button.text() == "Close"
    monkeypatch.setattr(destruction_dialog, "choose_folder", lambda parent, suggested: tmp_path)
    dialog.certificates_button.click()
    saved = sorted(tmp_path.glob("DC-*.pdf"))
    assert [p.stem for p in saved] == sorted(s.certificate_number for s in stones)
    assert all(p.read_bytes().startswith(b"%PDF") for p in saved)
    assert dialog.result.text() == f"Saved 2 certificates in {tmp_path}."


def test_stop_ends_the_run_between_customers(qtbot: QtBot, demo_vault: Vault,
                                             manager: Session,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = due(demo_vault, manager, 3)
    dialog = make_dialog(qtbot, demo_vault, manager, chosen)
    real_erase = erasure.erase_customer

    def erase_then_press_stop(conn, customer_id):  # type: ignore[no-untyped-def]
        # Pressing Stop while the first customer is being destroyed (a real erasure).
        dialog._stop.set()
        return real_erase(conn, customer_id)

    monkeypatch.setattr(erasure, "erase_customer", erase_then_press_stop)
    run(qtbot, dialog, "demo")
    assert [t.customer_id for t in dialog.tombstones] == [chosen[0].customer_id]
    assert dialog.result.text().startswith("Destroyed 1 of 3 customers.")
    assert all(customer_repo.get(demo_vault.conn, c.customer_id) for c in chosen[1:])
    assert destruction.tombstones(demo_vault, manager) == dialog.tombstones


def test_cancel_closes_without_destroying(qtbot: QtBot, demo_vault: Vault,
                                          manager: Session) -> None:
    chosen = due(demo_vault, manager, 1)
    dialog = make_dialog(qtbot, demo_vault, manager, chosen)
    dialog.password.setText("demo")
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert customer_repo.get(demo_vault.conn, chosen[0].customer_id) is not None


def select_destroyable(view: RetentionView, count: int) -> None:
    rows = [r for r, e in enumerate(view.due_model.rows) if e.destroyable][:count]
    assert len(rows) == count
    selection = view.due_page.table.selectionModel()
    for row in rows:
        selection.select(view.due_model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_locking_hides_a_running_destruction_and_holds_the_vault(
        qtbot: QtBot, demo_vault: Vault, manager: Session) -> None:
    window = MainWindow(demo_vault, manager)
    qtbot.addWidget(window)
    window.show()
    try:
        view = window.show_area(Area.RETENTION)
        assert isinstance(view, RetentionView)
        select_destroyable(view, 2)
        dialog = view.open_destruction()
        assert dialog is not None
        dialog.password.setText("demo")
        dialog.destroy_button.click()
        assert not window.navigation.isEnabled()  # busy: the run holds the vault's connection
        window.lock()
        # Hidden (the lock shows nobody whose data goes), not stopped: the run was approved.
        assert window.is_locked and dialog.running and not dialog.isVisible()
        assert not window.lock_screen.unlock_button.isEnabled()
        qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
        assert len(dialog.tombstones) == 2 and not dialog.isVisible()
        assert window.lock_screen.unlock_button.isEnabled()
        assert audit_log.page(demo_vault.conn, 0, 1)[0].action == str(Action.IDLE_LOCK)
        with qtbot.waitSignal(window.unlocked, timeout=WAIT_MS):
            window.lock_screen.password.setText("demo")
            window.lock_screen.unlock_button.click()
        assert dialog.isVisible() and dialog.result.text().startswith("Destroyed 2 of 2")
        dialog.close_button.click()
    finally:
        window.close()


def test_wrong_passwords_that_lock_the_account_end_the_session(
        qtbot: QtBot, demo_vault: Vault, manager: Session) -> None:
    view = RetentionView(demo_vault, manager)
    qtbot.addWidget(view)
    view.show()
    select_destroyable(view, 1)
    dialog = view.open_destruction()
    assert dialog is not None
    locked: list[str] = []
    view.account_locked.connect(locked.append)
    for _ in range(auth.MAX_FAILURES + 1):
        run(qtbot, dialog, "not-my-password")
        if locked:
            break
    assert locked and locked[0] == dialog.error.text()
    assert "locked" in locked[0]
