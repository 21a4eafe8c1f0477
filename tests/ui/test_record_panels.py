"""The lifecycle tabs inside the customer record and the links between areas: tabs per role,
read when first shown, a correction shown at once, the access report from the record and from
the rights register, and every child dialog closed with the record."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from clientsafe.core.rights import RightsKind
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.access_report_dialog import AccessReportDialog
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.rights_view import RightsView
from tests.ui.reveal_helpers import login, own_customer


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
