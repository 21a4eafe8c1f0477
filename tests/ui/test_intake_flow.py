"""Registering a new customer through the widgets: service → intake form → the real consent
dialog → saved; declined (nothing stored), paper signature, a minor with a guardian, inline
validation. Real demo vault, real services, the consent dialog driven while on screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from clientsafe.core.consent import Channel, Decision, EventKind, Purpose
from clientsafe.core.session import Session
from clientsafe.services import collection, consents, customers
from clientsafe.services.vault_access import Vault
from clientsafe.ui import consent_pdf_bar
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.date_entry import DateEntry
from clientsafe.ui.intake_dialog import IntakeDialog
from tests.conftest import FakeClock
from tests.ui.conftest import PromptAnswers
from tests.ui.consent_helpers import agree_on_paper, agree_on_screen, tick
from tests.ui.reveal_helpers import audit_tail, login

NAME = "陈小雨"


@pytest.fixture
def frontdesk(demo_vault: Vault) -> Session:
    return login(demo_vault, "frontdesk")


@pytest.fixture
def view(qtbot: QtBot, demo_vault: Vault, frontdesk: Session) -> Iterator[CustomersView]:
    view = CustomersView(demo_vault, frontdesk)
    qtbot.addWidget(view)
    view.show()
    yield view
    if view.intake_dialog is not None:
        view.intake_dialog.reject()


def membership(dialog: IntakeDialog) -> int:
    return next(s.id for s in dialog.services if s.name.startswith("Membership"))


def open_form(view: CustomersView, qtbot: QtBot) -> IntakeDialog:
    """"New customer…", choose Membership, Next."""
    assert view.new_button.isVisible()
    view.new_button.click()
    dialog = view.intake_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert not dialog.next_button.isEnabled()  # no service chosen yet
    dialog.service_buttons[membership(dialog)].click()
    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 1
    return dialog


def type_into(dialog: IntakeDialog, key: str, text: str) -> None:
    """Type as staff would (key events), then leave the field."""
    editor = dialog.form.editor(key)
    target = editor.edit if isinstance(editor, DateEntry) else editor
    target.setFocus()
    if text.isascii():
        QTest.keyClicks(target, text)
    elif isinstance(target, QLineEdit):
        target.insert(text)  # what an input method commits (keyClicks is ASCII only)
    else:
        target.insertPlainText(text)
    if isinstance(editor, QPlainTextEdit):
        dialog.form.check_field(key)  # what leaving the field does
    else:
        editor.editingFinished.emit()


def fill(dialog: IntakeDialog, *, born: str = "1990-05-17", phone: str = "138 0013 8000") -> None:
    type_into(dialog, "full_name", NAME)
    type_into(dialog, "phone", phone)
    type_into(dialog, "date_of_birth", born)


def test_the_form_shows_only_the_approved_fields_with_their_purpose(
        qtbot: QtBot, view: CustomersView, demo_vault: Vault, frontdesk: Session) -> None:
    dialog = open_form(view, qtbot)
    approved = collection.form(demo_vault, frontdesk, membership(dialog))
    assert dialog.form.field_keys() == list(approved.keys)
    assert dialog.form.field_keys()[0] == "full_name"
    for field in approved.fields:
        label = dialog.findChild(type(dialog.form.error_label("phone")),
                                 f"label_{field.field.key}")
        assert label is not None and field.field.label_en in label.text()
        assert ("*" in label.text()) == field.required
        assert field.necessity_use.rstrip(".") in dialog.form.used_for_label(
            field.field.key).text()
    assert isinstance(dialog.form.editor("date_of_birth"), DateEntry)
    assert isinstance(dialog.form.editor("phone"), QLineEdit)
    assert dialog.form.editor("phone").placeholderText()
    assert not dialog.continue_button.isEnabled()


def test_chinese_interface_shows_chinese_labels(qtbot: QtBot, demo_vault: Vault,
                                                frontdesk: Session) -> None:
    dialog = IntakeDialog(demo_vault, frontdesk, language="zh_CN")
    qtbot.addWidget(dialog)
    dialog.choose_service(membership(dialog))
    dialog.show_form()
    label = dialog.findChild(type(dialog.form.error_label("phone")), "label_phone")
    assert label is not None and "手机号码" in label.text()
    assert "识别您的身份" in dialog.form.used_for_label("full_name").text()
    dialog.reject()


def test_an_invalid_phone_shows_an_inline_error_and_blocks_continue(
        qtbot: QtBot, view: CustomersView) -> None:
    dialog = open_form(view, qtbot)
    fill(dialog, phone="12345")
    error = dialog.form.error_label("phone")
    assert error.isVisible() and "Phone number" in error.text()
    assert not dialog.continue_button.isEnabled()
    editor = dialog.form.editor("phone")
    assert isinstance(editor, QLineEdit)
    editor.setText("138 0013 8000")  # the error follows the typing once shown
    assert not error.isVisible()
    assert dialog.continue_button.isEnabled()


def test_the_calendar_fills_in_the_date(qtbot: QtBot, view: CustomersView) -> None:
    dialog = open_form(view, qtbot)
    entry = dialog.form.editor("date_of_birth")
    assert isinstance(entry, DateEntry)
    calendar = entry.open_calendar()
    assert calendar.isVisible()
    assert calendar.maximumDate() == QDate(2026, 3, 1)  # the FakeClock's today
    calendar.setSelectedDate(QDate(1988, 2, 29))
    calendar.clicked.emit(calendar.selectedDate())
    assert entry.text() == "1988-02-29" and not calendar.isVisible()
    assert not dialog.form.error_label("date_of_birth").isVisible()


def test_intake_consent_on_screen_saves_the_customer_with_the_consent(
        qtbot: QtBot, view: CustomersView, demo_vault: Vault, frontdesk: Session,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = customers.count(demo_vault, frontdesk)
    dialog = open_form(view, qtbot)
    fill(dialog)
    type_into(dialog, "email", "xiaoyu@example.com")
    assert dialog.continue_button.isEnabled()
    dialog.continue_button.click()
    consent = dialog.consent_dialog
    assert consent is not None and consent.isVisible()
    assert consent.language() == "en"  # the interface language
    assert not dialog.continue_button.isEnabled()  # one consent dialog at a time
    agree_on_screen(consent, Purpose.SENSITIVE, Purpose.MARKETING)

    assert dialog.consent_dialog is None and dialog.customer_id is not None
    assert dialog.pages.currentIndex() == 2
    assert NAME in dialog.done_text.text() and dialog.done_text.isVisible()
    assert dialog.form.values() == {}  # the draft is off the screen
    assert customers.count(demo_vault, frontdesk) == before + 1
    assert view.model.total == before + 1  # the list reloaded

    overview = consents.overview(demo_vault, frontdesk, dialog.customer_id)
    (event,) = overview.history
    assert event.kind is EventKind.COLLECTION and event.channel is Channel.SCREEN
    assert event.has_signature and event.verification_code
    assert event.decisions["marketing"] is Decision.GRANTED
    assert event.decisions["sensitive"] is Decision.GRANTED
    assert overview.needs_consent == ()
    created = next(e for e in audit_tail(demo_vault) if e.action == "customer.created")
    assert created.customer_id == dialog.customer_id
    assert set(created.fields) == {"full_name", "phone", "date_of_birth", "email"}
    assert all(NAME not in e.detail for e in audit_tail(demo_vault))

    # "Save consent PDF…" on the confirmation page writes the signed record.
    target = tmp_path / "signed.pdf"
    monkeypatch.setattr(consent_pdf_bar, "choose_consent_pdf", lambda parent, suggested: target)
    assert dialog.pdf_bar.save_button.isEnabled()
    dialog.pdf_bar.save_button.click()
    assert target.read_bytes().startswith(b"%PDF-")
    assert dialog.pdf_bar.open_button.isEnabled()


def test_declining_stores_nothing_and_wipes_the_form(
        qtbot: QtBot, view: CustomersView, demo_vault: Vault, frontdesk: Session,
        prompt_answers: PromptAnswers) -> None:
    before = customers.count(demo_vault, frontdesk)
    dialog = open_form(view, qtbot)
    fill(dialog)
    dialog.continue_button.click()
    consent = dialog.consent_dialog
    assert consent is not None
    tick(consent, Purpose.SERVICE)
    prompt_answers.confirm_answer = True
    consent.decline_button.click()

    assert dialog.consent_dialog is None and dialog.customer_id is None
    assert customers.count(demo_vault, frontdesk) == before
    declined = next(e for e in audit_tail(demo_vault, 5) if e.action == "consent.declined")
    assert declined.customer_id is None and declined.actor == "frontdesk"
    assert "nothing stored" in declined.detail and NAME not in declined.detail
    assert dialog.note.isVisible() and "Nothing was stored" in dialog.note.text()
    assert dialog.form.values() == {}
    for key in dialog.form.field_keys():
        editor = dialog.form.editor(key)
        line = editor.edit if isinstance(editor, DateEntry) else editor
        assert isinstance(line, QLineEdit | QPlainTextEdit)
        undo = (line.isUndoAvailable() if isinstance(line, QLineEdit)
                else line.document().isUndoAvailable())
        assert not undo, key  # Ctrl+Z cannot bring a value back
    assert dialog.pages.currentIndex() == 1 and not dialog.continue_button.isEnabled()


def test_closing_the_consent_dialog_keeps_the_form(qtbot: QtBot, view: CustomersView,
                                                   demo_vault: Vault,
                                                   frontdesk: Session) -> None:
    before = customers.count(demo_vault, frontdesk)
    dialog = open_form(view, qtbot)
    fill(dialog)
    dialog.continue_button.click()
    assert dialog.consent_dialog is not None
    dialog.consent_dialog.reject()  # closed, not declined
    assert customers.count(demo_vault, frontdesk) == before
    assert dialog.form.values()["full_name"] == NAME
    assert "nothing was stored" in dialog.note.text()
    assert dialog.continue_button.isEnabled()


def test_paper_signature(qtbot: QtBot, view: CustomersView, demo_vault: Vault,
                         frontdesk: Session) -> None:
    dialog = open_form(view, qtbot)
    fill(dialog)
    dialog.continue_button.click()
    assert dialog.consent_dialog is not None
    agree_on_paper(dialog.consent_dialog, Purpose.SENSITIVE)
    assert dialog.customer_id is not None
    (event,) = consents.overview(demo_vault, frontdesk, dialog.customer_id).history
    assert event.channel is Channel.PAPER and not event.has_signature
    assert event.decisions["marketing"] is Decision.DECLINED  # never ticked: not agreed


def test_a_minor_needs_a_guardian(qtbot: QtBot, view: CustomersView, demo_vault: Vault,
                                  frontdesk: Session, clock: FakeClock) -> None:
    today = clock.now.date()
    born = date(today.year - 10, today.month, today.day).isoformat()
    dialog = open_form(view, qtbot)
    fill(dialog, born=born)
    dialog.continue_button.click()
    consent = dialog.consent_dialog
    assert consent is not None and consent.guardian is not None
    tick(consent, Purpose.SERVICE, Purpose.SENSITIVE)
    assert consent.problem() is not None and not consent.agree_button.isEnabled()
    agree_on_screen(consent, Purpose.SENSITIVE, guardian="陈大文")
    assert dialog.customer_id is not None
    (event,) = consents.overview(demo_vault, frontdesk, dialog.customer_id).history
    assert event.guardian_name == "陈大文" and event.has_signature
    created = next(e for e in audit_tail(demo_vault) if e.action == "customer.created")
    assert "with guardian" in created.detail


def test_back_wipes_the_form_and_another_customer_starts_over(
        qtbot: QtBot, view: CustomersView) -> None:
    dialog = open_form(view, qtbot)
    type_into(dialog, "full_name", NAME)
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == 0
    dialog.next_button.click()
    assert dialog.form.values() == {}
    fill(dialog)
    dialog.continue_button.click()
    assert dialog.consent_dialog is not None
    agree_on_paper(dialog.consent_dialog, Purpose.SENSITIVE)
    assert dialog.another_button.isVisible()
    dialog.another_button.click()
    assert dialog.pages.currentIndex() == 0 and dialog.customer_id is None


def test_a_notice_changed_while_on_screen_is_shown_again(
        qtbot: QtBot, view: CustomersView, demo_vault: Vault, frontdesk: Session,
        clock: FakeClock) -> None:
    before = customers.count(demo_vault, frontdesk)
    dialog = open_form(view, qtbot)
    fill(dialog)
    dialog.continue_button.click()
    consent = dialog.consent_dialog
    assert consent is not None
    # Meanwhile the business starts collecting the address for Membership: a new notice.
    manager, officer = login(demo_vault, "manager"), login(demo_vault, "officer")
    request = collection.request_field(
        demo_vault, manager, service_id=membership(dialog), field_key="address",
        required=False, necessity_use="post the membership card",
        necessity_without="the card is collected at the counter")
    clock.advance(minutes=1)
    collection.decide(demo_vault, officer, request, approve=True, reason="Cards are posted")
    agree_on_screen(consent, Purpose.SENSITIVE)

    assert dialog.customer_id is None and customers.count(demo_vault, frontdesk) == before
    assert dialog.error.isVisible() and "notice changed" in dialog.error.text()
    assert "address" in dialog.form.field_keys()  # the form as it is now
    assert dialog.form.values()["full_name"] == NAME  # what was typed is kept
    type_into(dialog, "address", "Room 1, 8 Harbour Road, Shanghai")
    dialog.continue_button.click()
    assert dialog.consent_dialog is not None
    agree_on_screen(dialog.consent_dialog, Purpose.SENSITIVE)
    assert dialog.customer_id is not None
    (event,) = consents.overview(demo_vault, frontdesk, dialog.customer_id).history
    assert event.notice_version == 3 and not event.outdated
