"""The Marketing list area driven through its widgets: the count per service (read again after a
withdrawal), saving CSV and PDF, printing, and the approval pop-up above the limit. Real
services on the demo vault; the save dialog and the printer are replaced by functions that
answer at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.disclosure import DisclosureLimits
from clientsafe.core.roles import Role
from clientsafe.services import consents, marketing, staff
from clientsafe.services.disclosure_settings import set_limits
from clientsafe.services.vault_access import Vault
from clientsafe.ui import marketing_view
from clientsafe.ui.marketing_view import MarketingView
from clientsafe.vault import audit_log, marketing_repo
from tests.ui.reveal_helpers import WAIT_MS, login


@dataclass
class Answers:
    """Stands in for the save dialog and the printer."""

    folder: Path
    save: bool = True
    suggested: list[Path] = field(default_factory=list)
    printed: list[bytes] = field(default_factory=list)
    printer_chosen: bool = True
    printer_asked: int = 0

    def choose(self, parent: object, suggested: Path, fmt: str) -> Path | None:
        self.suggested.append(suggested)
        return self.folder / f"list.{fmt}" if self.save else None

    def choose_printer(self, parent: object, title: str) -> object | None:
        self.printer_asked += 1
        return object() if self.printer_chosen else None

    def send_to_printer(self, data: bytes, printer: object) -> bool:
        self.printed.append(data)
        return True


@pytest.fixture
def answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Answers:
    folder = tmp_path / "lists"
    folder.mkdir()
    found = Answers(folder)
    monkeypatch.setattr(marketing_view, "choose_marketing_file", found.choose)
    monkeypatch.setattr(marketing_view, "choose_printer", found.choose_printer)
    monkeypatch.setattr(marketing_view, "send_to_printer", found.send_to_printer)
    return found


@pytest.fixture
def view(qtbot: QtBot, demo_vault: Vault) -> Iterator[MarketingView]:
    view = MarketingView(demo_vault, login(demo_vault, "manager"))
    qtbot.addWidget(view)
    view.show()
    yield view
    view.close_dialogs()
    qtbot.waitUntil(lambda: view.task is None, timeout=WAIT_MS)


def wait(qtbot: QtBot, view: MarketingView) -> None:
    qtbot.waitUntil(lambda: view.task is None, timeout=WAIT_MS)


def test_the_count_follows_the_service_and_withdrawals(demo_vault: Vault,
                                                        view: MarketingView) -> None:
    total = marketing_repo.count(demo_vault.conn)
    assert view.service_box.itemText(0) == "All services"
    assert view.summary.text() == f"{total} customers agree to marketing for any service today."
    assert "withdraws is left out of the very next list" in view.explanation.text()
    training = view.service_box.findData(2)
    view.service_box.setCurrentIndex(training)
    count = marketing_repo.count(demo_vault.conn, service_id=2)
    assert view.summary.text().startswith(f"{count} customer")
    assert "Personal training 私教课" in view.summary.text()

    view.service_box.setCurrentIndex(view.service_box.findData(1))
    first = marketing_repo.contacts(demo_vault.conn, keys=(), service_id=1)[0].customer_id
    consents.withdraw(demo_vault, login(demo_vault, "manager"), first, 1, "marketing")
    view.refresh_button.click()
    assert view.count == marketing_repo.count(demo_vault.conn, service_id=1)
    assert view.summary.text().startswith(f"{view.count} customers agree")


def test_saving_csv_and_pdf_and_printing(qtbot: QtBot, demo_vault: Vault, view: MarketingView,
                                         answers: Answers) -> None:
    busy: list[bool] = []
    view.busy_changed.connect(busy.append)
    view.csv_button.click()
    wait(qtbot, view)
    assert busy == [True, False]
    assert answers.suggested[0].name.startswith("marketing-list-")
    assert answers.suggested[0].suffix == ".csv"
    csv_file = answers.folder / "list.csv"
    assert csv_file.read_text("utf-8-sig").startswith("# ClientSafe marketing list by 李强")
    n = view.count
    assert view.status.text() == f"Saved the marketing list of {n} customers to list.csv."
    assert view.status.toolTip() == str(csv_file)

    view.pdf_button.click()
    wait(qtbot, view)
    assert (answers.folder / "list.pdf").read_bytes().startswith(b"%PDF")
    view.print_button.click()
    wait(qtbot, view)
    [printed] = answers.printed
    assert printed.startswith(b"%PDF")
    assert view.status.text() == f"Sent the marketing list of {n} customers to the printer."
    entries = [e for e in audit_log.page(demo_vault.conn, 0, 3)]
    assert [e.action for e in entries] == ["marketing.list_exported"] * 3
    assert entries[0].detail.startswith("pdf for printing:")


def test_cancelling_the_save_dialog_makes_nothing(demo_vault: Vault, view: MarketingView,
                                                  answers: Answers) -> None:
    answers.save = False
    before = audit_log.count(demo_vault.conn)
    view.csv_button.click()
    assert view.task is None and audit_log.count(demo_vault.conn) == before


def test_cancel_while_the_list_is_made_keeps_no_file_and_no_entry(
        qtbot: QtBot, demo_vault: Vault, view: MarketingView, answers: Answers) -> None:
    before = audit_log.count(demo_vault.conn)
    with demo_vault.exclusive():  # the worker waits for the vault while Cancel is pressed
        view.pdf_button.click()
        assert view.task is not None
        view.task.cancel()  # what the progress dialog's Cancel button does
    wait(qtbot, view)
    assert view.status.text() == "Cancelled: no list was saved or printed, and none was recorded."
    assert audit_log.count(demo_vault.conn) == before
    assert list(answers.folder.iterdir()) == []
    assert view.pdf_button.isEnabled()


def test_cancelling_the_print_dialog_makes_and_records_nothing(
        demo_vault: Vault, view: MarketingView, answers: Answers) -> None:
    """The printer is chosen before the list is made, so a cancelled print leaves no entry."""
    answers.printer_chosen = False
    before = audit_log.count(demo_vault.conn)
    view.print_button.click()
    assert answers.printer_asked == 1 and answers.printed == []
    assert view.task is None and audit_log.count(demo_vault.conn) == before
    assert view.status.text() == "Printing was cancelled; no list was made."
    assert view.print_button.isEnabled()


def test_above_the_limit_another_manager_approves(qtbot: QtBot, demo_vault: Vault,
                                                  view: MarketingView,
                                                  answers: Answers) -> None:
    officer = login(demo_vault, "officer")
    set_limits(demo_vault, officer, DisclosureLimits(export_limit=3))
    staff.create_staff(demo_vault, officer, username="manager2", display_name="Second Manager",
                       role=Role.MANAGER, temporary_password="Temporary-Pass-2026")
    view.csv_button.click()
    popup = view.approval_popup
    assert popup is not None and popup.isVisible()
    assert not view.csv_button.isEnabled()  # one list at a time
    popup.manager_name.setText("manager")  # not the person making the list
    popup.manager_password.setText("demo")
    popup.approve_button.click()
    assert popup.isVisible() and popup.error.text().startswith("A request must be approved")
    popup.manager_name.setText("manager2")
    popup.manager_password.setText("Temporary-Pass-2026")
    popup.approve_button.click()
    wait(qtbot, view)
    assert view.approval_popup is None
    assert (answers.folder / "list.csv").exists()
    assert "approval #" in audit_log.page(demo_vault.conn, 0, 1)[0].detail

    view.pdf_button.click()
    view.approval_popup.cancel_button.click()
    assert view.status.text() == "No list was made: no manager approved it."
    assert not (answers.folder / "list.pdf").exists()


def test_no_opt_ins_disables_the_buttons(demo_vault: Vault, view: MarketingView) -> None:
    view.service_box.setCurrentIndex(view.service_box.findData(3))  # nobody rents lockers
    assert marketing.marketing_list_count(demo_vault, login(demo_vault, "manager"), 3) == 0
    assert view.summary.text() == (
        "No customer agrees to marketing for Locker rental 储物柜 today.")
    assert not any(b.isEnabled() for b in (view.csv_button, view.pdf_button, view.print_button))
