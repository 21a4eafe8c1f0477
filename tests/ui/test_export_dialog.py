"""Exporting selected customers from the list: the CSV under the limit (watermark, row count,
no clear ID numbers), the manager's approval pop-up over the limit (wrong password, wrong
approver, cancel, approve), and the sentences on the way. Real services on the demo vault; the
save dialog is replaced by a function that answers at once."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from clientsafe.core.audit_actions import Action
from clientsafe.core.disclosure import DisclosureLimits
from clientsafe.core.session import Session
from clientsafe.services.disclosure_settings import set_limits
from clientsafe.services.vault_access import Vault
from clientsafe.ui import export_dialog
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.export_approval_popup import ExportApprovalPopup
from tests.ui.reveal_helpers import WAIT_MS, audit_tail, login


@dataclass
class SaveAnswers:
    """Stands in for the save dialog: records the suggested path, answers `answer`."""

    answer: Path | None
    suggested: list[Path] = field(default_factory=list)


@pytest.fixture
def save_as(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SaveAnswers:
    answers = SaveAnswers(tmp_path / "exports" / "customers.csv")
    answers.answer.parent.mkdir()

    def choose(parent: QWidget, suggested: Path) -> Path | None:
        answers.suggested.append(suggested)
        return answers.answer

    monkeypatch.setattr(export_dialog, "choose_export_file", choose)
    return answers


@pytest.fixture
def frontdesk(demo_vault: Vault) -> Session:
    return login(demo_vault, "frontdesk")


@pytest.fixture
def view(qtbot: QtBot, demo_vault: Vault, frontdesk: Session) -> Iterator[CustomersView]:
    view = CustomersView(demo_vault, frontdesk)
    qtbot.addWidget(view)
    view.show()
    yield view
    popup = view.export_flow.approval_popup
    if popup is not None:
        popup.reject()
    qtbot.waitUntil(lambda: view.export_flow.task is None, timeout=WAIT_MS)


def select_rows(view: CustomersView, count: int) -> list[int]:
    model = view.model
    assert model.total >= count
    selection = QItemSelection(model.index(0, 0), model.index(count - 1, model.columnCount() - 1))
    view.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    ids = view.selected_customer_ids()
    assert len(ids) == count
    return ids


def national_ids(vault: Vault, ids: list[int]) -> list[str]:
    """The clear ID numbers, read from the database in the test only."""
    from clientsafe.vault import customer_repo

    return [customer_repo.get(vault.conn, i).national_id for i in ids]


def wait_for_export(qtbot: QtBot, view: CustomersView) -> None:
    qtbot.waitUntil(lambda: view.export_flow.task is None, timeout=WAIT_MS)


def read_csv(path: Path) -> tuple[str, list[list[str]]]:
    text = path.read_text(encoding="utf-8-sig")
    first, _, rest = text.partition("\n")
    return first, list(csv.reader(rest.splitlines()))


def test_exporting_under_the_limit_writes_a_watermarked_masked_csv(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session, view: CustomersView, save_as: SaveAnswers
) -> None:
    assert view.export_button.isVisible()
    ids = select_rows(view, 3)
    assert not view.open_button.isEnabled()  # opening takes exactly one row

    busy: list[bool] = []
    view.busy_changed.connect(busy.append)
    view.export_button.click()
    assert busy == [True] and not view.table.isEnabled()  # the worker holds the connection
    wait_for_export(qtbot, view)
    assert busy == [True, False]

    [suggested] = save_as.suggested
    today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
    assert suggested.name == f"clientsafe-customers-{today}.csv"
    assert view.export_flow.approval_popup is None  # no approval needed for three
    path = save_as.answer
    assert path is not None and path.exists()
    watermark, rows = read_csv(path)
    assert watermark.startswith(
        f"# ClientSafe export by {frontdesk.display_name} ({frontdesk.username}) at "
    )
    assert "3 records" in watermark
    header, body = rows[0], rows[1:]
    assert "full_name" in header and len(body) == 3
    text = path.read_text(encoding="utf-8-sig")
    for clear in national_ids(demo_vault, ids):
        assert clear not in text
    column = header.index("national_id")
    assert all("*" in row[column] for row in body)

    assert view.lookup.notice.text() == "Exported 3 customers to customers.csv."
    assert view.lookup.notice.toolTip() == str(path)
    exported = [e for e in audit_tail(demo_vault) if e.action == str(Action.CUSTOMERS_EXPORTED)]
    assert len(exported) == 1 and exported[0].outcome == "done"
    assert view.table.isEnabled() and view.export_button.isEnabled()


def test_nothing_selected_says_so_and_asks_for_no_file(
    view: CustomersView, save_as: SaveAnswers
) -> None:
    view.export_button.click()
    assert view.lookup.notice.text() == "Select the customers to export first."
    assert save_as.suggested == []


def test_cancelling_the_save_dialog_exports_nothing(
    demo_vault: Vault, view: CustomersView, save_as: SaveAnswers
) -> None:
    save_as.answer = None
    select_rows(view, 2)
    view.export_button.click()
    assert view.export_flow.task is None and view.export_flow.approval_popup is None
    assert not any(e.action == str(Action.CUSTOMERS_EXPORTED) for e in audit_tail(demo_vault))


def over_the_limit(vault: Vault, limit: int = 2) -> None:
    set_limits(vault, login(vault, "officer"), DisclosureLimits(export_limit=limit))


def open_popup(view: CustomersView, count: int) -> ExportApprovalPopup:
    select_rows(view, count)
    view.export_button.click()
    popup = view.export_flow.approval_popup
    assert popup is not None and popup.isVisible()
    return popup


def approve_as(popup: ExportApprovalPopup, name: str, password: str = "demo") -> None:
    popup.manager_name.setText(name)
    popup.manager_password.setText(password)
    popup.approve_button.click()


def test_over_the_limit_a_manager_approves_in_the_pop_up_then_it_exports(
    qtbot: QtBot, demo_vault: Vault, view: CustomersView, save_as: SaveAnswers
) -> None:
    over_the_limit(demo_vault)
    popup = open_popup(view, 3)
    assert popup.explanation.text().startswith(
        "More than 2 records at once need a manager's approval."
    )
    assert "export 3 customer records" in popup.summary.text()
    assert save_as.answer is not None and not save_as.answer.exists()  # not before approval

    approve_as(popup, "manager", "wrong-password")
    assert popup.isVisible()
    assert popup.error.text() == (
        "The user name or password is not correct; check them and try again."
    )
    assert popup.manager_password.text() == ""  # never kept

    approve_as(popup, "frontdesk2")  # a front-desk colleague cannot approve
    assert popup.isVisible()
    assert popup.error.text().startswith("Your role (Front desk) may not ")

    approve_as(popup, "manager")
    assert popup.approval_id is not None
    wait_for_export(qtbot, view)
    assert view.export_flow.approval_popup is None
    assert view.lookup.notice.text() == "Exported 3 customers to customers.csv."
    _, rows = read_csv(save_as.answer)
    assert len(rows) == 1 + 3
    actions = [e.action for e in audit_tail(demo_vault)]
    assert str(Action.EXPORT_APPROVED) in actions and str(Action.CUSTOMERS_EXPORTED) in actions


def test_a_manager_cannot_approve_their_own_large_export(
    qtbot: QtBot, demo_vault: Vault, save_as: SaveAnswers
) -> None:
    over_the_limit(demo_vault)
    view = CustomersView(demo_vault, login(demo_vault, "manager"))
    qtbot.addWidget(view)
    view.show()
    popup = open_popup(view, 3)
    approve_as(popup, "manager")
    assert popup.isVisible() and popup.approval_id is None
    assert popup.error.text().startswith(
        "A request must be approved by a manager other than the person who asked"
    )
    popup.reject()
    assert save_as.answer is not None and not save_as.answer.exists()


def test_cancelling_the_approval_exports_nothing_and_says_so(
    demo_vault: Vault, view: CustomersView, save_as: SaveAnswers
) -> None:
    over_the_limit(demo_vault)
    popup = open_popup(view, 3)
    popup.cancel_button.click()
    assert view.export_flow.approval_popup is None and view.export_flow.task is None
    assert view.lookup.notice.text() == (
        "Nothing was exported: no manager approved the export."
    )
    assert save_as.answer is not None and not save_as.answer.exists()


def test_customers_without_service_consent_are_left_out_and_the_user_is_told(
    qtbot: QtBot, demo_vault: Vault, frontdesk: Session, view: CustomersView, save_as: SaveAnswers
) -> None:
    from clientsafe.services import consents

    ids = select_rows(view, 3)
    consents.withdraw(demo_vault, frontdesk, ids[1], 1, "service")
    view.export_button.click()
    wait_for_export(qtbot, view)
    assert view.lookup.notice.text() == (
        "Exported 2 customers to customers.csv. 1 customer was left out: no active consent "
        "for service delivery."
    )
    assert save_as.answer is not None
    watermark, rows = read_csv(save_as.answer)
    assert "2 records for service delivery" in watermark and len(rows) == 1 + 2
