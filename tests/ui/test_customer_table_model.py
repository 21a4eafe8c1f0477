"""The customer table model, without a window: paging, SQL sorting, scoping by role, the cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from clientsafe.core.errors import PermissionDenied
from clientsafe.core.session import Session
from clientsafe.services import auth, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui import paged_table_model
from clientsafe.ui.customer_table_model import CustomerTableModel
from clientsafe.ui.paged_table_model import PAGE_SIZE

DISPLAY = Qt.ItemDataRole.DisplayRole


def login(vault: Vault, name: str) -> Session:
    return auth.login(vault, name, demo.DEMO_PASSWORD)


def column_texts(model: CustomerTableModel, column: int) -> list[str]:
    return [model.data(model.index(row, column), DISPLAY) for row in range(model.rowCount())]


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """1,000 customers: five pages, to watch which pages are fetched."""
    path: Path = tmp_path_factory.mktemp("big") / "big.csvault"
    result = demo.create_demo_vault(path, customers=1000, seed=3)
    yield result.vault
    result.vault.close()


def test_the_model_passes_qts_model_checks(demo_vault: Vault, qtmodeltester: ModelTester) -> None:
    model = CustomerTableModel(demo_vault, login(demo_vault, "manager"))
    qtmodeltester.check(model)
    model.refresh()  # the tester watches the reset too
    assert model.rowCount() == 30
    qtmodeltester.check(model)


def test_nothing_is_read_before_refresh_and_refresh_counts(demo_vault: Vault) -> None:
    model = CustomerTableModel(demo_vault, login(demo_vault, "manager"))
    assert model.rowCount() == 0
    model.refresh()
    assert model.rowCount() == model.total == 30
    assert model.columnCount() == 5
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children


def test_headers_are_the_five_columns(demo_vault: Vault) -> None:
    model = CustomerTableModel(demo_vault, login(demo_vault, "manager"))
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(5)]
    assert headers == ["Name", "Phone", "E-mail", "Assigned to", "Created"]


def test_rows_come_sorted_by_name_and_sorting_is_done_by_the_service(demo_vault: Vault) -> None:
    model = CustomerTableModel(demo_vault, login(demo_vault, "manager"))
    model.refresh()
    names = column_texts(model, CustomerTableModel.NAME)
    assert len(names) == 30 and all(names)
    assert names == sorted(names)  # SQLite's binary order: the same as Python's for str

    model.sort(CustomerTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, CustomerTableModel.NAME) == sorted(names, reverse=True)

    model.sort(CustomerTableModel.ASSIGNED, Qt.SortOrder.AscendingOrder)
    assigned = column_texts(model, CustomerTableModel.ASSIGNED)
    assert assigned == sorted(assigned)
    assert model.sort_column == CustomerTableModel.ASSIGNED


def test_phone_and_email_are_not_sortable_and_clicking_them_changes_nothing(
    demo_vault: Vault,
) -> None:
    model = CustomerTableModel(demo_vault, login(demo_vault, "manager"))
    model.refresh()
    before = column_texts(model, CustomerTableModel.NAME)
    fetched = model.pages_fetched
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    for column in (CustomerTableModel.PHONE, CustomerTableModel.EMAIL):
        assert not model.is_sortable(column)
        model.sort(column, Qt.SortOrder.DescendingOrder)
    assert resets == []
    assert model.sort_column == CustomerTableModel.NAME
    assert column_texts(model, CustomerTableModel.NAME) == before
    assert model.pages_fetched == fetched  # still cached: nothing asked of the service


def test_front_desk_sees_only_customers_assigned_to_them(demo_vault: Vault) -> None:
    manager = CustomerTableModel(demo_vault, login(demo_vault, "manager"))
    manager.refresh()
    everyone = column_texts(manager, CustomerTableModel.ASSIGNED)
    wang = next(a for a in demo.DEMO_ACCOUNTS if a.username == "frontdesk").display_name
    expected = everyone.count(wang)
    assert 0 < expected < len(everyone)

    frontdesk = CustomerTableModel(demo_vault, login(demo_vault, "frontdesk"))
    frontdesk.refresh()
    assert frontdesk.rowCount() == expected
    assert set(column_texts(frontdesk, CustomerTableModel.ASSIGNED)) == {wang}


def test_roles_without_customer_access_are_refused_by_the_service(demo_vault: Vault) -> None:
    for name in ("finance", "officer"):
        model = CustomerTableModel(demo_vault, login(demo_vault, name))
        with pytest.raises(PermissionDenied):
            model.refresh()
        assert model.rowCount() == 0


def test_only_the_pages_touched_are_loaded(big_vault: Vault) -> None:
    model = CustomerTableModel(big_vault, login(big_vault, "manager"))
    model.refresh()
    assert model.rowCount() == 1000
    assert model.cached_page_count == 0

    model.data(model.index(0, 0), DISPLAY)
    model.data(model.index(PAGE_SIZE - 1, 4), DISPLAY)
    assert model.cached_page_count == 1

    last = model.data(model.index(999, CustomerTableModel.NAME), DISPLAY)  # jump to the end
    assert last
    assert model.cached_page_count == 2
    assert model.pages_fetched == 2

    # A second look at cached rows asks the service for nothing.
    model.data(model.index(5, 0), DISPLAY)
    model.data(model.index(998, 0), DISPLAY)
    assert model.pages_fetched == 2

    # The end of the list in the ascending order is the start of the descending one.
    model.sort(CustomerTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert model.cached_page_count == 0
    assert model.rowCount() == 1000  # sorting does not count again
    assert model.data(model.index(0, CustomerTableModel.NAME), DISPLAY) == last


def test_the_page_cache_keeps_the_most_recently_used_pages(
    big_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small pages and a small cache, so 1,000 rows are many pages.
    monkeypatch.setattr(paged_table_model, "PAGE_SIZE", 10)
    monkeypatch.setattr(paged_table_model, "MAX_CACHED_PAGES", 3)
    model = CustomerTableModel(big_vault, login(big_vault, "manager"))
    model.refresh()
    for row in range(0, 1000, 10):
        assert model.data(model.index(row, 0), DISPLAY)
    assert model.pages_fetched == 100
    assert model.cached_page_count == 3
    model.data(model.index(995, 0), DISPLAY)  # page 99: still cached
    assert model.pages_fetched == 100
    model.data(model.index(0, 0), DISPLAY)  # page 0: evicted long ago
    assert model.pages_fetched == 101
    assert model.cached_page_count == 3


def test_refresh_counts_again_and_forgets_pages(demo_vault: Vault) -> None:
    model = CustomerTableModel(demo_vault, login(demo_vault, "manager"))
    model.refresh()
    model.data(model.index(0, 0), DISPLAY)
    assert model.cached_page_count == 1
    model.refresh()
    assert model.cached_page_count == 0
    assert model.rowCount() == 30


def test_cells_outside_the_data_are_empty(demo_vault: Vault) -> None:
    model = CustomerTableModel(demo_vault, login(demo_vault, "manager"))
    model.refresh()
    assert model.data(QModelIndex(), DISPLAY) is None
    assert model.row_at(30) is None
    assert model.row_at(-1) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    row = model.row_at(0)
    assert row is not None
    assert model.data(model.index(0, CustomerTableModel.PHONE), DISPLAY) == row.phone
    assert model.data(model.index(0, CustomerTableModel.CREATED), DISPLAY)[:4].isdigit()
