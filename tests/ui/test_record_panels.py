"""The lifecycle tabs inside the customer record and the links between areas: tabs per role,
read when first shown, a correction shown at once, the access report from the record and from
the rights register, and every child dialog closed with the record."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.audit_actions import Action
from clientsafe.core.rights import RightsKind
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui import access_report_dialog, background
from clientsafe.ui.access_report_dialog import AccessReportDialog
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.main_window import Area, MainWindow
from clientsafe.ui.rights_view import RightsView
from clientsafe.vault import audit_log, customer_repo
from tests.ui.conftest import MARKUP
from tests.ui.reveal_helpers import WAIT_MS, login, own_customer


def record(qtbot: QtBot, vault: Vault, session: Session, customer_id: int
           ) -> CustomerRecordDialog:
    dialog = CustomerRecordDialog(vault, session, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def titles(dialog: CustomerRecordDialog) -> list[str]:
    assert dialog.tabs is not None
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_manager_gets_every_tab_and_the_access_report(qtbot: QtBot, demo_vault: Vault) -> None:
    manager = login(demo_vault, "manager")
    dialog = record(qtbot, demo_vault, manager, own_customer(demo_vault, manager))
    assert titles(dialog) == ["Record", "Consent", "Access history", "Sharing", "Requests",
                              "Corrections", "Retention"]
    assert dialog.report_button.isVisible()
    report = dialog.access_report()
    assert isinstance(report, AccessReportDialog) and report.isVisible()
    assert dialog.access_report() is report  # one at a time
    dialog.reject()
    assert not report.isVisible()


def test_front_desk_has_no_access_report_button(qtbot: QtBot, demo_vault: Vault) -> None:
    frontdesk = login(demo_vault, "frontdesk")
    dialog = record(qtbot, demo_vault, frontdesk, own_customer(demo_vault, frontdesk))
    assert not dialog.report_button.isVisible()
    dialog.reject()


def test_tabs_read_when_first_shown_and_close_with_the_record(qtbot: QtBot,
                                                              demo_vault: Vault) -> None:
    frontdesk = login(demo_vault, "frontdesk")
    dialog = record(qtbot, demo_vault, frontdesk, own_customer(demo_vault, frontdesk))
    panels = dialog.panels
    assert panels.corrections is not None and panels.rights is not None
    assert not panels._loaded
    assert dialog.tabs is not None
    dialog.tabs.setCurrentWidget(panels.corrections)
    assert panels._loaded == {panels.corrections}
    correction = panels.corrections.correct()
    rights = panels.rights.new_request()
    assert correction is not None and rights is not None
    assert correction.isVisible() and rights.isVisible()
    dialog.reject()  # as on lock or sign-out
    assert not correction.isVisible() and not rights.isVisible()


def test_a_correction_shows_in_the_record_at_once(qtbot: QtBot, demo_vault: Vault) -> None:
    frontdesk = login(demo_vault, "frontdesk")
    dialog = record(qtbot, demo_vault, frontdesk, own_customer(demo_vault, frontdesk))
    before = dialog.value_text("phone")
    assert dialog.panels.corrections is not None
    correction = dialog.panels.corrections.correct()
    assert correction is not None
    correction.select_field("phone")
    correction.line.setText("+8613912345670")
    correction.reason.setText("Customer gave a new number")
    correction.accept()
    assert dialog.value_text("phone") != before
    assert "5670" in dialog.value_text("phone")
    assert dialog.value_text("full_name")  # the whole form came back
    dialog.reject()


def test_the_rights_register_opens_the_access_report_for_an_access_request(
        qtbot: QtBot, demo_vault: Vault) -> None:
    view = RightsView(demo_vault, login(demo_vault, "manager"))
    qtbot.addWidget(view)
    view.show()
    row = next(r for r, item in enumerate(view.model.rows)
               if item.request.kind is RightsKind.ACCESS)
    view.table.selectRow(row)
    report = view.access_report()
    assert isinstance(report, AccessReportDialog)
    assert report.isVisible()
    report.reject()


def test_the_name_shows_as_typed(qtbot: QtBot, demo_vault: Vault) -> None:
    # Today's name check refuses "<", but a name may come from older data: never markup.
    frontdesk = login(demo_vault, "frontdesk")
    customer_id = own_customer(demo_vault, frontdesk)
    with demo_vault.transaction() as conn:
        customer_repo.update_name(conn, customer_id, MARKUP, now=demo_vault.clock())
    dialog = record(qtbot, demo_vault, frontdesk, customer_id)
    assert dialog.title.text() == MARKUP
    assert dialog.title.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()


def test_the_access_report_closes_its_pop_ups_and_waits_for_its_work(
        qtbot: QtBot, demo_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    manager = login(demo_vault, "manager")
    customer_id = own_customer(demo_vault, manager)
    dialog = record(qtbot, demo_vault, manager, customer_id)
    report = dialog.access_report()
    request = report.request_access()
    assert request is not None and request.isVisible()
    dialog.reject()  # as on lock or sign-out
    assert not report.isVisible() and not request.isVisible()

    printed: list[bytes] = []
    monkeypatch.setattr(access_report_dialog, "choose_printer", lambda parent, title: object())
    monkeypatch.setattr(access_report_dialog, "send_to_printer",
                        lambda data, printer: printed.append(data) or True)
    dialog = record(qtbot, demo_vault, manager, customer_id)
    busy: list[bool] = []
    dialog.busy_changed.connect(busy.append)
    report = dialog.access_report()
    before = audit_log.count(demo_vault.conn)
    report.print_report()
    assert busy == [True]
    dialog.reject()  # while the report is made: closing waits for it, the vault is free again
    assert busy == [True, False] and not report.isVisible()
    qtbot.waitUntil(lambda: not background.running_tasks(), timeout=WAIT_MS)
    assert printed == []  # nothing goes to the printer once the dialog is gone
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]  # the report was made and recorded
    assert audit_log.count(demo_vault.conn) == before + 1
    assert (entry.action, entry.customer_id) == (str(Action.ACCESS_REPORT_CREATED), customer_id)


def test_an_access_report_from_the_register_holds_the_window(
        qtbot: QtBot, demo_vault: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(access_report_dialog, "choose_report_file",
                        lambda parent, suggested, fmt: tmp_path / suggested.name)
    window = MainWindow(demo_vault, login(demo_vault, "manager"))
    qtbot.addWidget(window)
    window.show()
    try:
        view = window.show_area(Area.RIGHTS)
        assert isinstance(view, RightsView)
        view.table.selectRow(next(r for r, item in enumerate(view.model.rows)
                                  if item.request.kind is RightsKind.ACCESS))
        report = view.access_report()
        assert isinstance(report, AccessReportDialog)
        saved = report.save_pdf()
        assert not window.navigation.isEnabled()  # the worker holds the vault's connection
        qtbot.waitUntil(lambda: report.task is None, timeout=WAIT_MS)
        assert window.navigation.isEnabled()
        assert saved is not None and saved.exists()
        report.reject()
    finally:
        window.close()
