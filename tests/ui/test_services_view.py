"""The Services area: a manager defines a service and asks to collect a field, the security
officer approves it in the inbox, and the service's fields and notice preview show it; editing,
third parties, the dialogs' refusals, and which roles see the area. Real vault, real widgets."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clientsafe.core.collection import RequestStatus
from clientsafe.core.consent import RetentionStart
from clientsafe.core.session import Session
from clientsafe.services import auth, collection, demo, notices, offerings
from clientsafe.services.vault_access import Vault
from clientsafe.ui.areas import AREAS, Area
from clientsafe.ui.collection_inbox import CollectionInbox
from clientsafe.ui.service_dialog import ServiceDialog
from clientsafe.ui.services_view import ServicesView
from tests.ui.conftest import PromptAnswers

MEMBERSHIP = "Membership 会员"
TRAINING = "Personal training 私教课"


@pytest.fixture
def manager(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)


@pytest.fixture
def officer(demo_vault: Vault) -> Session:
    return auth.login(demo_vault, "officer", demo.DEMO_PASSWORD)


@pytest.fixture
def view(qtbot: QtBot, demo_vault: Vault, manager: Session) -> ServicesView:
    widget = ServicesView(demo_vault, manager)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def field_rows(view: ServicesView) -> dict[str, tuple[str, str, str]]:
    """Field label → (class, required, status) as the table shows them."""
    model = view.details.fields_model
    return {
        model.data(model.index(r, 0)): tuple(model.data(model.index(r, c)) for c in (1, 2, 3))
        for r in range(model.rowCount())
    }


def create_service(view: ServicesView, name: str = "Swimming lessons 游泳课") -> int:
    dialog = view.new_service()
    dialog.name.setText(name)
    dialog.description.setPlainText("Group swimming lessons for children and adults.")
    dialog.retention_months.setValue(12)
    dialog.retention_start.setCurrentIndex(
        dialog.retention_start.findData(str(RetentionStart.LAST_VISIT)))
    dialog.ok_button.click()
    assert not dialog.isVisible()
    service = view.selected_service()
    assert service is not None and service.name == name
    return service.id


def test_the_demo_services_and_their_fields(view: ServicesView) -> None:
    assert [view.list.item(r).text() for r in range(view.list.count())] == [
        "Locker rental 储物柜", MEMBERSHIP, TRAINING]
    view.select_service_named(MEMBERSHIP)
    details = view.details
    assert details.title.text() == MEMBERSHIP
    assert details.retention.text() == "24 months after the customer stops using the service"
    assert details.notice_version.text() == "Version 2"
    rows = field_rows(view)
    assert rows["Phone number"] == ("Contact", "Required", "Approved")
    assert rows["Bank account number"] == ("Sensitive", "Optional", "Waiting for approval")
    # Collected fields first, the waiting one after them.
    assert list(rows)[-1] == "Bank account number"
    view.details.fields_table.selectRow(len(rows) - 1)
    text = view.details.field_details.text()
    assert "collect the monthly fee by direct debit" in text
    assert "pay at the counter each month" in text
    assert "李强 Li Qiang" in text
    view.select_service_named(TRAINING)
    assert view.details.recipients.count() == 1
    assert "Ping An Health" in view.details.recipients.item(0).text()


def test_manager_asks_officer_approves_and_the_notice_lists_it(
    qtbot: QtBot, demo_vault: Vault, view: ServicesView, officer: Session
) -> None:
    service_id = create_service(view)
    assert "Created Swimming lessons 游泳课" in view.notice.text()
    assert view.details.retention.text() == "12 months after the last visit"
    assert view.details.no_fields.isVisible()  # only the name so far

    ask = view.ask_for_field()
    assert ask is not None
    ask.select_field("phone")
    ask.required.setChecked(True)
    ask.necessity_use.setPlainText("tell you when a lesson is cancelled")
    ask.necessity_without.setPlainText("you only find out at the pool")
    ask.ok_button.click()
    assert not ask.isVisible()
    assert "Asked to collect Phone number" in view.notice.text()
    assert field_rows(view) == {"Phone number": ("Contact", "Required", "Waiting for approval")}

    inbox = CollectionInbox(demo_vault, officer)
    qtbot.addWidget(inbox)
    inbox.show()
    request = next(r for r in inbox.model.requests if r.service_id == service_id)
    inbox.select(request.id)
    assert inbox.approve_action.isEnabled()
    approve = inbox.approve_selected()
    assert approve is not None
    approve.reason.setPlainText("Needed to reach parents about cancellations")
    approve.ok_button.click()
    assert not approve.isVisible()
    assert "Approved: Swimming lessons 游泳课 now collects Phone number" in \
        inbox.done_note.text()

    view.reload()
    assert field_rows(view) == {"Phone number": ("Contact", "Required", "Approved")}
    view.details.fields_table.selectRow(0)
    assert "Approved by 张伟 Zhang Wei" in view.details.field_details.text()
    assert "Needed to reach parents about cancellations" in view.details.field_details.text()

    preview = view.preview_notice()
    assert preview is not None and preview.isVisible()
    english, chinese = preview.texts["en"].toPlainText(), preview.texts["zh_CN"].toPlainText()
    assert "Phone number (required): used to tell you when a lesson is cancelled" in english
    assert "手机号码" in chinese
    assert preview.tabs.tabText(0) == "English" and preview.tabs.tabText(1) == "中文"
    current = notices.current(demo_vault.conn, service_id)
    assert "Version 2" in preview.version.text()
    for language in ("en", "zh_CN"):
        text = preview.texts[language].toPlainText()
        assert preview.hashes[language].text() == current[language].sha256
        assert current[language].sha256 == hashlib.sha256(text.encode()).hexdigest()
    preview.reject()


def test_new_service_refusals_stay_in_the_dialog(view: ServicesView) -> None:
    dialog = view.new_service()
    dialog.name.setText("Yoga")
    dialog.description.setPlainText("yo")  # too short
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "5 to 500 characters" in dialog.error.text()

    dialog.name.setText(MEMBERSHIP)
    dialog.description.setPlainText("Another membership with the same name.")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == "Another service already has this name; choose another."
    assert not dialog.active.isVisible()  # a new service is always offered
    dialog.reject()
    assert view.list.count() == 3


def test_edit_republishes_the_notice(view: ServicesView) -> None:
    view.select_service_named("Locker rental 储物柜")
    before = view.selected_service()
    assert before is not None
    dialog = view.edit_service()
    assert isinstance(dialog, ServiceDialog)
    assert dialog.name.text() == before.name
    assert dialog.retention_months.value() == 6
    dialog.retention_months.setValue(3)
    dialog.ok_button.click()
    after = view.selected_service()
    assert after is not None and after.retention_months == 3
    assert after.notice_version == before.notice_version + 1
    assert f"now version {after.notice_version}" in view.notice.text()

    again = view.edit_service()
    assert again is not None
    again.ok_button.click()  # nothing changed
    assert view.notice.text() == "Saved. The consent notice did not change."

    stop = view.edit_service()
    assert stop is not None
    stop.active.setChecked(False)
    stop.ok_button.click()
    assert view.list.currentItem().text() == "Locker rental 储物柜 (not offered)"
    assert view.details.inactive.isVisible()


def test_ask_offers_only_fields_not_yet_live(demo_vault: Vault, view: ServicesView) -> None:
    view.select_service_named(MEMBERSHIP)
    dialog = view.ask_for_field()
    assert dialog is not None
    # Name is always collected; phone, birth date, ID, e-mail approved; bank account waiting.
    assert [f.key for f in dialog.choices] == ["address", "custom_health_conditions"]
    dialog.select_field("custom_health_conditions")
    assert dialog.sensitive
    assert "Sensitive information" in dialog.field_note.text()
    dialog.necessity_use.setPlainText("too short")  # 9 characters
    dialog.necessity_without.setPlainText("the trainer plans without knowing")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "10 to 500 characters" in dialog.error.text()
    dialog.reject()


def test_third_parties(view: ServicesView, prompt_answers: PromptAnswers) -> None:
    view.select_service_named(MEMBERSHIP)
    assert view.details.no_recipients.isVisible()
    assert not view.details.remove_recipient_button.isEnabled()
    dialog = view.add_recipient()
    assert dialog is not None
    dialog.name.setText("X")
    dialog.what_for.setText("send")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "Name the third party" in dialog.error.text()
    dialog.name.setText("顺丰速运 SF Express")
    dialog.what_for.setText("deliver membership cards")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert view.details.recipients.count() == 1
    assert view.selected_service().notice_version == 3  # type: ignore[union-attr]

    view.details.recipients.setCurrentRow(0)
    assert view.details.remove_recipient_button.isEnabled()
    prompt_answers.confirm_answer = False
    view.details.remove_recipient_button.click()
    assert "SF Express" in prompt_answers.asked[-1]
    assert view.details.recipients.count() == 1
    prompt_answers.confirm_answer = True
    view.details.recipients.setCurrentRow(0)
    view.details.remove_recipient_button.click()
    assert view.details.recipients.count() == 0
    assert view.notice.text().startswith("Removed 顺丰速运 SF Express")


def test_officer_sees_requests_made_elsewhere_when_coming_back(
    qtbot: QtBot, demo_vault: Vault, view: ServicesView, officer: Session
) -> None:
    view.select_service_named(MEMBERSHIP)
    pending = collection.requests(demo_vault, officer, statuses=(RequestStatus.PENDING,))
    collection.decide(demo_vault, officer, pending[0].id, approve=False, reason="Cash is fine")
    view.hide()
    view.show()  # the area is shown again: read again
    assert field_rows(view)["Bank account number"][2] == "Rejected"
    assert view.selected_service().name == MEMBERSHIP  # type: ignore[union-attr]


@pytest.mark.parametrize(("username", "expected"), [
    ("frontdesk", set()),
    ("finance", set()),
    ("manager", {Area.SERVICES}),
    ("officer", {Area.SERVICES, Area.COLLECTION, Area.CATALOG}),
])
def test_who_sees_the_services_areas(demo_vault: Vault, username: str,
                                     expected: set[Area]) -> None:
    session = auth.login(demo_vault, username, demo.DEMO_PASSWORD)
    mine = {spec.area for spec in AREAS if session.can(spec.permission)}
    assert mine & {Area.SERVICES, Area.COLLECTION, Area.CATALOG} == expected


def test_a_service_with_no_services_at_all(qtbot: QtBot, vault: Vault) -> None:
    officer = auth.login(vault, "officer", "Correct-Horse-42-Battery")
    widget = ServicesView(vault, officer)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.right.currentWidget() is widget.empty
    assert not widget.edit_action.isEnabled()
    assert not widget.request_action.isEnabled()
    offerings.save_service(vault, officer, service_id=None, name="Haircut 理发",
                           description="Haircuts and styling appointments.",
                           retention_months=12, retention_start=RetentionStart.LAST_VISIT,
                           offers_marketing=False)
    widget.refresh_button.click()
    assert widget.right.currentWidget() is widget.details
    assert widget.details.marketing.text() == "Not offered"
    assert widget.list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
