"""The transaction table model, without a window: newest first, money formatting, roles."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from clientsafe.core.errors import PermissionDenied
from clientsafe.core.session import Session
from clientsafe.services import auth, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui.transaction_table_model import TransactionTableModel, format_amount

DISPLAY = Qt.ItemDataRole.DisplayRole


def login(vault: Vault, name: str) -> Session:
    return auth.login(vault, name, demo.DEMO_PASSWORD)


def test_the_model_passes_qts_model_checks(demo_vault: Vault, qtmodeltester: ModelTester) -> None:
    model = TransactionTableModel(demo_vault, login(demo_vault, "finance"))
    qtmodeltester.check(model)
    model.refresh()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_finance_and_managers_see_transactions_newest_first(demo_vault: Vault) -> None:
    for name in ("finance", "manager"):
        model = TransactionTableModel(demo_vault, login(demo_vault, name))
        model.refresh()
        assert model.columnCount() == 4
        assert [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(4)] == [
            "Date",
            "Customer",
            "Amount",
            "Description",
        ]
        dates = [
            date.fromisoformat(model.data(model.index(r, TransactionTableModel.DATE), DISPLAY))
            for r in range(model.rowCount())
        ]
        assert dates == sorted(dates, reverse=True)
        row = model.row_at(0)
        assert row is not None
        assert model.data(model.index(0, TransactionTableModel.CUSTOMER), DISPLAY) == (
            row.customer_name
        )
        assert model.data(model.index(0, TransactionTableModel.DESCRIPTION), DISPLAY) == (
            row.description
        )


def test_amounts_show_the_currency_and_are_right_aligned(demo_vault: Vault) -> None:
    model = TransactionTableModel(demo_vault, login(demo_vault, "finance"))
    model.refresh()
    index = model.index(0, TransactionTableModel.AMOUNT)
    row = model.row_at(0)
    assert row is not None and row.currency == "CNY"
    assert model.data(index, DISPLAY) == format_amount(row.amount_cents, "CNY")
    assert model.data(index, DISPLAY).startswith("¥")
    align = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    header_align = model.headerData(
        TransactionTableModel.AMOUNT, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole
    )
    assert header_align & Qt.AlignmentFlag.AlignRight


@pytest.mark.parametrize(
    ("cents", "currency", "text"),
    [
        (128800, "CNY", "¥1,288.00"),
        (9900, "CNY", "¥99.00"),
        (5, "CNY", "¥0.05"),
        (0, "CNY", "¥0.00"),
        (-350000, "CNY", "-¥3,500.00"),
        (123456789, "USD", "US$1,234,567.89"),
        (1999, "JPY", "JPY 19.99"),
    ],
)
def test_format_amount(cents: int, currency: str, text: str) -> None:
    assert format_amount(cents, currency) == text


def test_no_column_is_sortable_until_the_service_can_sort(demo_vault: Vault) -> None:
    model = TransactionTableModel(demo_vault, login(demo_vault, "finance"))
    model.refresh()
    first = model.data(model.index(0, 0), DISPLAY)
    for column in range(model.columnCount()):
        assert not model.is_sortable(column)
        model.sort(column, Qt.SortOrder.AscendingOrder)
    assert model.sort_order == Qt.SortOrder.DescendingOrder
    assert model.data(model.index(0, 0), DISPLAY) == first


def test_front_desk_and_officer_are_refused_by_the_service(demo_vault: Vault) -> None:
    for name in ("frontdesk", "officer"):
        model = TransactionTableModel(demo_vault, login(demo_vault, name))
        with pytest.raises(PermissionDenied):
            model.refresh()
        assert model.rowCount() == 0


def test_pages_are_fetched_once(demo_vault: Vault) -> None:
    model = TransactionTableModel(demo_vault, login(demo_vault, "finance"))
    model.refresh()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.data(model.index(row, column), DISPLAY)
    assert model.pages_fetched == 1
    assert model.cached_page_count == 1


def test_a_destroyed_customers_payments_stay_without_a_name(demo_vault: Vault) -> None:
    """Destruction keeps the payment's date and amount for the accounts, and nothing else."""
    from clientsafe.services import destruction, retention

    manager = login(demo_vault, "manager")
    model = TransactionTableModel(demo_vault, login(demo_vault, "finance"))
    model.refresh()
    before = model.rowCount()
    payers = {model.row_at(r).customer_id for r in range(before)}  # type: ignore[union-attr]
    due = [d.customer_id for d in retention.due_queue(demo_vault, manager)
           if d.customer_id in payers]
    assert due, "the demo has a customer who paid and is due for destruction"
    destruction.destroy(demo_vault, manager, due[:1], password=demo.DEMO_PASSWORD)
    model.refresh()
    assert model.rowCount() == before
    gone = [r for r in range(before) if model.row_at(r).customer_id is None]  # type: ignore
    assert gone
    for r in gone:
        assert model.data(model.index(r, TransactionTableModel.CUSTOMER), DISPLAY) == (
            "(customer destroyed)")
        assert model.data(model.index(r, TransactionTableModel.DESCRIPTION), DISPLAY) == ""
        assert model.data(model.index(r, TransactionTableModel.AMOUNT), DISPLAY)
