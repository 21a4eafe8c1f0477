"""The audit table model, without a window: the count, lazy pages at 10k entries, columns, the
tint of denied rows, filters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from bench.audit import build
from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.session import Session
from clientsafe.services import auth, setup
from clientsafe.services.vault_access import Vault
from clientsafe.ui.audit_table_model import AuditTableModel, action_text
from clientsafe.ui.paged_table_model import PAGE_SIZE
from tests.conftest import OFFICER, OFFICER_PASSWORD

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ENTRIES = 10_000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Session]]:
    """A vault with 10,000 audit entries (the bench's fast builder), signed in as officer."""
    path: Path = tmp_path_factory.mktemp("audit") / "audit.csvault"
    result = setup.create_vault(setup.SetupRequest(path, "Audit Shop", OFFICER, "Olivia",
                                                   OFFICER_PASSWORD))
    session = auth.login(result.vault, OFFICER, OFFICER_PASSWORD)
    build(result.vault, ENTRIES)
    yield result.vault, session
    result.vault.close()


def test_the_model_passes_qts_model_checks(big: tuple[Vault, Session],
                                           qtmodeltester: ModelTester) -> None:
    model = AuditTableModel(*big)
    model.set_filter(AuditFilter(outcome="denied"))
    qtmodeltester.check(model)
    model.refresh()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_only_the_pages_touched_are_loaded(big: tuple[Vault, Session]) -> None:
    model = AuditTableModel(*big)
    assert model.rowCount() == 0  # nothing read before refresh
    model.refresh()
    total = model.rowCount()
    assert total > ENTRIES  # the 10k plus this look at them (and the sign-ins)
    assert model.columnCount() == 9
    assert model.cached_page_count == 0 and model.pages_fetched == 0

    for column in range(9):
        model.data(model.index(0, column), DISPLAY)
    model.data(model.index(PAGE_SIZE - 1, 0), DISPLAY)
    assert model.pages_fetched == 1
    assert model.data(model.index(0, AuditTableModel.ACTION), DISPLAY) == "Audit trail viewed"
    assert model.data(model.index(0, AuditTableModel.OUTCOME), DISPLAY) == "Done"

    oldest = model.row_at(total - 1)  # jump to the end: the first entry ever
    assert oldest is not None and oldest.seq == 1
    assert model.pages_fetched == 2 and model.cached_page_count == 2
    model.data(model.index(3, 0), DISPLAY)
    model.data(model.index(total - 2, 0), DISPLAY)
    assert model.pages_fetched == 2


def test_columns_and_denied_rows(big: tuple[Vault, Session]) -> None:
    model = AuditTableModel(*big)
    model.set_filter(AuditFilter(outcome="denied", action="customer.viewed"))
    model.refresh()
    assert model.rowCount() > 0
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(9)]
    assert headers == ["Seq", "When", "User", "Action", "Customer #", "Fields", "Purpose",
                       "Outcome", "Detail"]
    entry = model.row_at(0)
    assert entry is not None
    texts = [model.data(model.index(0, c), DISPLAY) for c in range(9)]
    assert texts[AuditTableModel.SEQ].replace(",", "") == str(entry.seq)
    assert texts[AuditTableModel.WHEN][:4].isdigit()
    assert texts[AuditTableModel.ACTION] == "Customer record opened"
    # The stored id, for support, in the tooltip of the action only.
    assert model.data(model.index(0, AuditTableModel.ACTION), TOOLTIP) == "customer.viewed"
    assert model.data(model.index(0, AuditTableModel.OUTCOME), TOOLTIP) == "Denied"
    assert texts[AuditTableModel.CUSTOMER] == ("" if entry.customer_id is None
                                               else str(entry.customer_id))
    assert texts[AuditTableModel.FIELDS] == ", ".join(entry.fields)
    assert texts[AuditTableModel.OUTCOME] == "Denied"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None

    model.set_filter(AuditFilter(outcome="done"))
    model.refresh()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_a_filter_takes_effect_at_refresh(big: tuple[Vault, Session]) -> None:
    model = AuditTableModel(*big)
    model.refresh()
    everything = model.total
    model.set_filter(AuditFilter(action="auth.login"))
    assert model.total == everything  # not yet
    model.refresh()
    assert 0 < model.total < everything
    actions = {model.data(model.index(r, AuditTableModel.ACTION), DISPLAY)
               for r in range(model.rowCount())}
    assert actions == {"Signed in"}


def test_held_pages_are_not_fetched(big: tuple[Vault, Session]) -> None:
    model = AuditTableModel(*big)
    model.refresh()
    model.data(model.index(0, 0), DISPLAY)
    model.hold_pages = True
    assert model.data(model.index(1, 0), DISPLAY)  # cached: still shown
    assert model.data(model.index(5 * PAGE_SIZE, 0), DISPLAY) is None
    assert model.pages_fetched == 1
    model.hold_pages = False
    assert model.data(model.index(5 * PAGE_SIZE, 0), DISPLAY)
    assert model.pages_fetched == 2


def test_a_combined_filter_is_counted_up_to_the_cap(
    big: tuple[Vault, Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    from clientsafe.services import audit_query

    monkeypatch.setattr(audit_query, "COUNT_CAP", 50)
    model = AuditTableModel(*big)
    model.set_filter(AuditFilter(action="customer.viewed", outcome="done"))
    model.refresh()
    assert model.total == 51  # "more than 50"
    assert {model.row_at(r).action for r in range(51)} == {"customer.viewed"}
    model.set_filter(AuditFilter(action="customer.viewed"))  # one condition: exact
    model.refresh()
    assert model.total > 1000


def test_an_action_this_version_does_not_know_shows_its_id() -> None:
    assert action_text("customer.viewed") == "Customer record opened"
    assert action_text("auth.login_failed") == "Sign-in refused"
    assert action_text("robot.dreamed") == "robot.dreamed"  # written by a newer version
