"""The Consent tab of the customer record: state per purpose, withdrawal through the widget,
re-consent after a notice change, imported customers, and saving a signed record as a PDF."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.consent import Channel, ConsentGiven, Decision, EventKind, Purpose
from clientsafe.core.session import Session
from clientsafe.services import collection, consents, intake, offerings
from clientsafe.services.vault_access import Vault
from clientsafe.ui import consent_pdf_bar
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.new_details_dialog import NewDetailsDialog
from clientsafe.vault import consent_repo, customer_repo
from tests.conftest import FakeClock
from tests.ui.conftest import PromptAnswers
from tests.ui.consent_helpers import agree_on_screen
from tests.ui.reveal_helpers import audit_tail, login

NAME = "林小红"
ADDRESS = "上海市徐汇区漕溪北路 88 号 Flat 5"


@pytest.fixture
def frontdesk(demo_vault: Vault) -> Session:
    return login(demo_vault, "frontdesk")


def service_id(vault: Vault, session: Session, prefix: str) -> int:
    return next(s.id for s in offerings.list_services(vault, session)
                if s.name.startswith(prefix))


def register(vault: Vault, session: Session) -> int:
    """A Membership customer who agreed to everything on paper (through the real services)."""
    draft = intake.prepare(vault, session, service_id(vault, session, "Membership"), {
        "full_name": NAME, "phone": "13800138000", "date_of_birth": "1990-01-02"})
    notice = draft.notices["zh_CN"]
    given = ConsentGiven(notice.id, notice.sha256,
                         {p.key: Decision.GRANTED for p in notice.purposes}, Channel.PAPER)
    return intake.complete(vault, session, draft, given)


@pytest.fixture
def customer(demo_vault: Vault, frontdesk: Session) -> int:
    return register(demo_vault, frontdesk)


@pytest.fixture
def record(qtbot: QtBot, demo_vault: Vault, frontdesk: Session,
           customer: int) -> Iterator[CustomerRecordDialog]:
    dialog = CustomerRecordDialog(demo_vault, frontdesk, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs is not None and dialog.failure is None
    dialog.tabs.setCurrentWidget(dialog.consent)
    yield dialog
    dialog.reject()


def change_membership_notice(vault: Vault, clock: FakeClock) -> None:
    """A manager asks to collect the address, the security officer approves: a new notice."""
    manager, officer = login(vault, "manager"), login(vault, "officer")
    request = collection.request_field(
        vault, manager, service_id=service_id(vault, manager, "Membership"),
        field_key="address", required=False, necessity_use="post the membership card",
        necessity_without="the card is collected at the counter")
    clock.advance(minutes=5)
    collection.decide(vault, officer, request, approve=True, reason="Cards are posted now")


def test_the_tab_shows_what_the_customer_agreed_to(record: CustomerRecordDialog) -> None:
    panel = record.consent
    membership = service_id(panel._vault, panel._session, "Membership")
    for key in ("service", "marketing", "sensitive"):
        assert panel.state_labels[(membership, key)].text() == "Agreed"
        assert panel.withdraw_buttons[(membership, key)].isVisible()
    assert panel.ask_buttons == {} and not panel.needs_attention
    assert panel.model.rowCount() == 1
    assert panel.model.item(0, 2).text() == "Consent given"
    assert panel.model.item(0, 3).text() == "Signed on paper"
    assert not panel.pdf_bar.save_button.isEnabled()  # no record chosen yet


def test_withdrawal_takes_effect_at_once(record: CustomerRecordDialog, demo_vault: Vault,
                                         frontdesk: Session, customer: int,
                                         prompt_answers: PromptAnswers) -> None:
    panel = record.consent
    membership = service_id(demo_vault, frontdesk, "Membership")
    prompt_answers.confirm_answer = False
    panel.withdraw_buttons[(membership, "marketing")].click()
    assert prompt_answers.asked[-1].startswith("Withdraw “Marketing” for Membership")
    assert "takes effect immediately" in prompt_answers.asked[-1]
    assert panel.state_labels[(membership, "marketing")].text() == "Agreed"  # kept

    prompt_answers.confirm_answer = True
    panel.withdraw_buttons[(membership, "marketing")].click()
    assert panel.state_labels[(membership, "marketing")].text() == "Withdrawn"
    assert (membership, "marketing") not in panel.withdraw_buttons
    assert panel.state_labels[(membership, "service")].text() == "Agreed"
    assert "Withdrawn: Marketing" in panel.status.text()
    state = {s.purpose: s.decision
             for s in consents.overview(demo_vault, frontdesk, customer).state}
    assert state[Purpose.MARKETING] is Decision.WITHDRAWN
    entry = next(e for e in audit_tail(demo_vault) if e.action == "consent.withdrawn")
    assert entry.customer_id == customer and entry.purpose == "marketing"
    assert panel.model.rowCount() == 2
    assert panel.model.item(0, 2).text() == "Consent withdrawn"
    panel.table.selectRow(0)
    assert not panel.pdf_bar.save_button.isEnabled()  # nothing was signed


def test_a_changed_notice_is_asked_again_and_ask_now_clears_it(
        qtbot: QtBot, demo_vault: Vault, frontdesk: Session, customer: int,
        clock: FakeClock, prompt_answers: PromptAnswers) -> None:
    change_membership_notice(demo_vault, clock)
    membership = service_id(demo_vault, frontdesk, "Membership")
    dialog = CustomerRecordDialog(demo_vault, frontdesk, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.consent
    assert dialog.tabs is not None
    assert not dialog.tabs.tabIcon(dialog.tabs.indexOf(panel)).isNull()  # marked
    dialog.tabs.setCurrentWidget(panel)
    banner = panel.findChild(type(panel.status), f"needsConsent_{membership}")
    assert banner is not None and banner.isVisible()
    assert banner.text().startswith("Ask for consent again at this visit: the notice")

    # The notice changed because Membership now asks for the address, which this customer
    # has not given: "Ask now…" asks for it first.
    asked = panel.ask_now(membership)  # what "Ask now…" does
    assert isinstance(asked, NewDetailsDialog) and asked.isVisible()
    # Every field of the form this customer has no value for; none is required here.
    assert asked.form.field_keys()[-1] == "address" and "phone" not in asked.form.field_keys()
    assert asked.continue_button.isEnabled()
    asked.reject()  # closed: nothing changes
    assert panel.needs_attention and "Nothing was recorded" in panel.status.text()

    panel.ask_buttons[membership].click()
    details = panel.details_dialog
    assert details is not None and panel.consent_dialog is None
    details.form.fill({"address": ADDRESS})
    details.continue_button.click()
    consent = panel.consent_dialog
    assert consent is not None and panel.details_dialog is None
    consent.reject()  # the customer does not agree after all: the address is not kept
    assert customer_repo.get(demo_vault.conn, customer).address == ""  # type: ignore

    panel.ask_buttons[membership].click()
    details = panel.details_dialog
    assert details is not None
    details.form.fill({"address": ADDRESS})
    details.continue_button.click()
    consent = panel.consent_dialog
    assert consent is not None
    clock.advance(minutes=1)
    agree_on_screen(consent, Purpose.SENSITIVE)
    assert panel.consent_dialog is None
    assert customer_repo.get(demo_vault.conn, customer).address == ADDRESS  # type: ignore
    assert panel.ask_buttons == {} and not panel.needs_attention
    assert dialog.tabs.tabIcon(dialog.tabs.indexOf(panel)).isNull()
    overview = consents.overview(demo_vault, frontdesk, customer)
    assert overview.needs_consent == ()
    latest = overview.history[0]
    assert latest.kind is EventKind.RECONSENT and latest.channel is Channel.SCREEN
    assert latest.has_signature and latest.notice_version == overview.history[1].notice_version + 1
    assert latest.decisions["marketing"] is Decision.DECLINED  # not ticked this time
    assert panel.state_labels[(membership, "marketing")].text() == "Not agreed"
    assert panel.model.item(0, 2).text() == "Consent renewed"
    assert "(older)" in panel.model.item(1, 4).text()
    assert panel.pdf_bar.save_button.isEnabled()  # the renewal is selected
    assert "renewed" in panel.status.text()
    dialog.reject()


def test_an_imported_customer_shows_consent_unknown(
        qtbot: QtBot, demo_vault: Vault, frontdesk: Session, customer: int,
        clock: FakeClock) -> None:
    locker = service_id(demo_vault, frontdesk, "Locker")
    with demo_vault.transaction() as conn:  # what an import does: enrolled, nothing agreed
        consent_repo.enroll(conn, customer, locker, now=clock())
    dialog = CustomerRecordDialog(demo_vault, frontdesk, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    banner = dialog.consent.findChild(type(dialog.consent.status), f"needsConsent_{locker}")
    assert banner is not None
    assert banner.text().startswith("Consent unknown for Locker rental")
    assert locker in dialog.consent.ask_buttons
    dialog.reject()


def test_a_signed_record_is_saved_as_a_pdf_and_opened_to_print(
        record: CustomerRecordDialog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "consent.pdf"
    asked: list[Path] = []
    opened: list[Path] = []

    def choose(parent: object, suggested: Path) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(consent_pdf_bar, "choose_consent_pdf", choose)
    monkeypatch.setattr(consent_pdf_bar, "open_file", lambda path: opened.append(path) or True)
    panel = record.consent
    bar = panel.pdf_bar
    panel.table.selectRow(0)
    assert bar.save_button.isEnabled() and not bar.open_button.isEnabled()
    bar.save_button.click()
    assert asked[0].suffix == ".pdf" and NAME not in asked[0].name
    text = "".join(page.extract_text()
                   for page in pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert NAME in text
    assert "Saved to" in bar.status.text() and bar.open_button.isEnabled()
    bar.open_button.click()
    assert opened == [target]
    entry = next(e for e in audit_tail(panel._vault) if e.action == "consent.document")
    assert entry.customer_id == panel.customer_id


def test_a_signed_record_prints_through_the_print_dialog(
        record: CustomerRecordDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(consent_pdf_bar, "print_document",
                        lambda parent, data, title: printed.append((data, title)) or True)
    panel = record.consent
    bar = panel.pdf_bar
    panel.table.selectRow(0)
    assert bar.print_button.isEnabled()
    bar.print_button.click()
    ((data, _),) = printed
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert NAME in text and "Sent to the printer" in bar.status.text()
    entry = next(e for e in audit_tail(panel._vault) if e.action == "consent.document")
    assert entry.customer_id == panel.customer_id
