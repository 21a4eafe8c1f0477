"""The access report dialog: what the report will contain, saving PDF and JSON in either
language, printing from memory, asking for the masked fields (request dialog, then the approval
pop-up), and the refusals. Real services on the demo vault; the save dialog and the printer are
replaced by functions that answer at once."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from clientsafe.core.access_report import ReportFormat
from clientsafe.core.audit_actions import Action
from clientsafe.core.rights import RequestChannel, RightsKind
from clientsafe.core.session import Session
from clientsafe.services import rights_requests
from clientsafe.services.vault_access import Vault
from clientsafe.ui import access_report_dialog
from clientsafe.ui.access_report_dialog import AccessReportDialog
from clientsafe.ui.approval_popup import Outcome
from clientsafe.ui.reveal_request_dialog import RevealRequestDialog
from clientsafe.vault import audit_log, customer_repo
from tests.conftest import FakeClock
from tests.ui.reveal_helpers import WAIT_MS, login, own_customer

OpenDialog = Callable[..., AccessReportDialog]


@dataclass
class Outside:
    """Stands in for the save dialog and the printer."""

    folder: Path
    answer: bool = True
    suggested: list[Path] = field(default_factory=list)
    printed: list[bytes] = field(default_factory=list)


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outside:
    found = Outside(tmp_path / "saved")
    found.folder.mkdir()

    def choose(parent: QWidget | None, suggested: Path, fmt: ReportFormat) -> Path | None:
        found.suggested.append(suggested)
        return found.folder / suggested.name if found.answer else None

    def printer(parent: QWidget | None, title: str) -> object | None:
        return object() if found.answer else None

    def send(data: bytes, printer: object) -> bool:
        found.printed.append(data)
        return True

    monkeypatch.setattr(access_report_dialog, "choose_report_file", choose)
    monkeypatch.setattr(access_report_dialog, "choose_printer", printer)
    monkeypatch.setattr(access_report_dialog, "send_to_printer", send)
    return found


@pytest.fixture
def manager(demo_vault: Vault) -> Session:
    return login(demo_vault, "manager")


@pytest.fixture
def open_dialog(qtbot: QtBot, demo_vault: Vault) -> Iterator[OpenDialog]:
    made: list[AccessReportDialog] = []

    def make(session: Session, customer_id: int, **kwargs: object) -> AccessReportDialog:
        dialog = AccessReportDialog(demo_vault, session, customer_id, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        if dialog.approval_popup is not None:
            dialog.approval_popup.reject()
        dialog.reject()


def finished(qtbot: QtBot, dialog: AccessReportDialog) -> None:
    """Wait for the report made in the background; its outcome is then on screen."""
    qtbot.waitUntil(lambda: dialog.task is None, timeout=WAIT_MS)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_the_summary_then_a_saved_pdf_and_json(
        qtbot: QtBot, demo_vault: Vault, manager: Session, open_dialog: OpenDialog,
        outside: Outside) -> None:
    customer_id = own_customer(demo_vault, manager)
    dialog = open_dialog(manager, customer_id)
    assert dialog.failure is None and dialog.summary is not None
    assert f"customer #{customer_id}" in dialog.subtitle.text()
    assert dialog.count_labels["fields"].text() == str(len(dialog.summary.fields))
    assert dialog.masked_note.isVisible()
    assert "Resident ID number" in dialog.masked_note.text() or \
        "National ID number" in dialog.masked_note.text()
    assert dialog.request_button.isVisible()

    before = audit_log.count(demo_vault.conn)
    path = dialog.save_pdf()
    assert not dialog.pdf_button.isEnabled()  # busy until the worker has written it
    finished(qtbot, dialog)
    assert path is not None and path.exists() and path.suffix == ".pdf"
    assert dialog.pdf_button.isEnabled()
    assert outside.suggested[-1].name.startswith(f"access-report-{customer_id}-")
    assert audit_log.count(demo_vault.conn) == before + 1
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (entry.action, entry.customer_id) == (str(Action.ACCESS_REPORT_CREATED), customer_id)
    assert "Saved to" in dialog.status.text() and "masked in it" in dialog.status.text()
    # The access log count now includes this report.
    assert dialog.count_labels["access_log"].text() == str(
        dialog.summary.counts["access_log"])

    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    zh = dialog.save_pdf()
    finished(qtbot, dialog)
    assert zh is not None and "个人信息查阅报告" in pdf_text(zh.read_bytes())

    saved = dialog.save_json()
    finished(qtbot, dialog)
    assert saved is not None
    body = json.loads(saved.read_bytes())
    customer = customer_repo.get(demo_vault.conn, customer_id)
    assert customer is not None
    values = {f["key"]: f["value"] for f in body["fields"]}
    assert values["full_name"] == customer.full_name
    assert values["national_id"] != customer.national_id  # masked without approval


def test_cancelling_the_save_dialog_writes_nothing(demo_vault: Vault, manager: Session,
                                                   open_dialog: OpenDialog,
                                                   outside: Outside) -> None:
    dialog = open_dialog(manager, own_customer(demo_vault, manager))
    outside.answer = False
    before = audit_log.count(demo_vault.conn)
    assert dialog.save_json() is None
    assert audit_log.count(demo_vault.conn) == before
    assert list(outside.folder.iterdir()) == []


def test_cancelling_the_print_dialog_makes_and_records_nothing(
        demo_vault: Vault, manager: Session, open_dialog: OpenDialog, outside: Outside) -> None:
    dialog = open_dialog(manager, own_customer(demo_vault, manager))
    outside.answer = False
    before = audit_log.count(demo_vault.conn)
    dialog.print_report()
    assert dialog.task is None and outside.printed == []
    assert audit_log.count(demo_vault.conn) == before
    assert dialog.status.text() == "Printing was cancelled; no report was made."
    assert dialog.print_button.isEnabled()


def test_printing_sends_the_pdf_from_memory(qtbot: QtBot, demo_vault: Vault, manager: Session,
                                            open_dialog: OpenDialog, outside: Outside) -> None:
    dialog = open_dialog(manager, own_customer(demo_vault, manager))
    dialog.print_report()
    finished(qtbot, dialog)
    [data] = outside.printed
    assert data.startswith(b"%PDF") and "Who looked at your record" in pdf_text(data)
    assert "printer" in dialog.status.text()
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert entry.action == str(Action.ACCESS_REPORT_CREATED) and "printing" in entry.detail
    assert list(outside.folder.iterdir()) == []  # no file on the way


def test_asking_for_the_masked_fields_then_saving_them(
        qtbot: QtBot, demo_vault: Vault, manager: Session, open_dialog: OpenDialog,
        outside: Outside, clock: FakeClock) -> None:
    customer_id = own_customer(demo_vault, manager)
    dialog = open_dialog(manager, customer_id)
    assert dialog.summary is not None
    masked = set(dialog.summary.masked_fields)
    request = dialog.request_access()
    assert isinstance(request, RevealRequestDialog)
    assert {k for k, box in request.checks.items() if box.isChecked()} == masked
    assert request.reason_code == "customer_request"
    request.details.setText("The customer asked for a full copy")
    request.ok_button.click()
    popup = dialog.approval_popup
    assert popup is not None and not dialog.request_button.isVisible()
    assert popup.self_approve_button is not None
    popup.self_approve_button.click()  # the only manager: approves for themself (flagged)
    assert popup.outcome is Outcome.APPROVED and dialog.approval_popup is None
    assert dialog.summary.masked_fields == ()
    assert "until" in dialog.masked_note.text() and not dialog.request_button.isVisible()

    saved = dialog.save_json()
    finished(qtbot, dialog)
    assert saved is not None
    customer = customer_repo.get(demo_vault.conn, customer_id)
    assert customer is not None
    values = {f["key"]: f["value"] for f in json.loads(saved.read_bytes())["fields"]}
    assert values["national_id"] == customer.national_id
    assert "masked in it" not in dialog.status.text()

    clock.advance(hours=2)  # the approval has run out
    dialog.load()
    assert set(dialog.summary.masked_fields) == masked and dialog.request_button.isVisible()


def test_a_request_sent_to_the_inbox_leaves_the_fields_masked(
        demo_vault: Vault, manager: Session, open_dialog: OpenDialog, outside: Outside) -> None:
    dialog = open_dialog(manager, own_customer(demo_vault, manager))
    request = dialog.request_access()
    assert request is not None
    request.ok_button.click()
    assert dialog.approval_popup is not None
    dialog.approval_popup.inbox_button.click()
    assert "Approvals inbox" in dialog.status.text()
    assert dialog.summary is not None and dialog.summary.masked_fields


def test_the_dialog_names_the_request_it_answers(qtbot: QtBot, demo_vault: Vault,
                                                 manager: Session,
                                                 open_dialog: OpenDialog,
                                                 outside: Outside) -> None:
    customer_id = own_customer(demo_vault, manager)
    request_id = rights_requests.register(demo_vault, manager, customer_id,
                                          kind=RightsKind.ACCESS, channel=RequestChannel.EMAIL)
    dialog = open_dialog(manager, customer_id, request_id=request_id)
    assert f"request #{request_id} (Access)" in dialog.subtitle.text()
    saved = dialog.save_json()
    finished(qtbot, dialog)
    assert saved is not None and json.loads(saved.read_bytes())["request"]["id"] == request_id

    other = own_customer(demo_vault, manager, 1)
    wrong = open_dialog(manager, other, request_id=request_id)
    assert wrong.failure is not None and wrong.status.isVisible()
    assert not wrong.pdf_button.isEnabled() and not wrong.print_button.isEnabled()


def test_front_desk_is_refused(demo_vault: Vault, open_dialog: OpenDialog,
                               outside: Outside) -> None:
    frontdesk = login(demo_vault, "frontdesk")
    dialog = open_dialog(frontdesk, own_customer(demo_vault, frontdesk))
    assert dialog.failure is not None and dialog.status.isVisible()
    assert not dialog.json_button.isEnabled() and not dialog.request_button.isVisible()
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (entry.outcome, entry.actor) == ("denied", "frontdesk")


def test_a_failed_save_is_told_and_leaves_no_entry(qtbot: QtBot, demo_vault: Vault,
                                                  manager: Session, open_dialog: OpenDialog,
                                                  outside: Outside) -> None:
    dialog = open_dialog(manager, own_customer(demo_vault, manager))
    outside.folder.rmdir()  # the chosen folder is gone by the time the file is written
    before = audit_log.count(demo_vault.conn)
    dialog.save_pdf()
    finished(qtbot, dialog)
    assert dialog.status.isVisible() and "Saved" not in dialog.status.text()
    assert audit_log.count(demo_vault.conn) == before and dialog.saved_path is None
