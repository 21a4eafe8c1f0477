"""The import wizard driven through its widgets on a real demo vault: file → service → columns →
check (rejected rows, saved report) → import → done, plus stopping half-way and who sees it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clientsafe.core.entities import AuditEntry
from clientsafe.core.import_flow import Step
from clientsafe.core.import_rules import BATCH_SIZE
from clientsafe.services import auth, customers, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui import import_wizard
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.import_wizard import ImportWizard
from clientsafe.vault import audit_log
from tests.import_tools import person, phone, resident_id, write_csv, write_xlsx

WAIT_MS = 20_000
MEMBERSHIP = 1  # the demo's "Membership 会员": phone and date of birth required


def _rows(count: int) -> list[list[str]]:
    return [[person(n), phone(n), "1990-05-01", resident_id(n), "VIP"] for n in range(count)]


@pytest.fixture
def manager_view(demo_vault: Vault, qtbot: QtBot) -> CustomersView:
    view = CustomersView(demo_vault, auth.login(demo_vault, "manager", demo.DEMO_PASSWORD))
    qtbot.addWidget(view)
    view.show()
    return view


def _last_import_entry(vault: Vault) -> AuditEntry:
    # Reloading the list after an import writes its own entry after the import's.
    return next(e for e in audit_log.page(vault.conn, 0, 10) if e.action == "customers.imported")


def _open(view: CustomersView, path: Path, monkeypatch: pytest.MonkeyPatch,
          qtbot: QtBot) -> ImportWizard:
    monkeypatch.setattr(import_wizard, "choose_import_file", lambda parent, folder: path)
    assert view.import_button.isVisible()
    view.import_button.click()
    wizard = view.import_wizard
    assert wizard is not None
    wizard.file_page.choose.click()
    qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT_MS)
    return wizard


def _to_check(wizard: ImportWizard, qtbot: QtBot) -> None:
    wizard.next_button.click()  # → service
    page = wizard.service_page
    page.services.setCurrentIndex(page.services.findData(MEMBERSHIP))
    assert wizard.flow.service_id == MEMBERSHIP
    wizard.next_button.click()  # → columns
    assert wizard.flow.step is Step.MAPPING
    wizard.next_button.click()  # → check, in the background
    qtbot.waitUntil(lambda: wizard.flow.preview is not None and not wizard.busy,
                    timeout=WAIT_MS)


def test_import_end_to_end(manager_view: CustomersView, demo_vault: Vault, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    known = customers.page(demo_vault, manager_view._session, offset=0, limit=1)[0]
    path = write_csv(tmp_path / "名单.csv", [
        ["姓名", "手机", "出生日期", "身份证号", "备注"], *_rows(3),
        ["坏号码", "12345", "1990-05-01", "", ""],
        [known.full_name, known.phone, "1990-05-01", "", ""],
    ], encoding="gb18030")
    before = manager_view.model.total
    wizard = _open(manager_view, path, monkeypatch, qtbot)
    assert wizard.flow.headers == ("姓名", "手机", "出生日期", "身份证号", "备注")
    assert "5" in wizard.file_page.status.text()
    _to_check(wizard, qtbot)
    # The columns were matched from their Chinese headings; the notes column is ignored.
    assert wizard.flow.mapping == ["full_name", "phone", "date_of_birth", "national_id", None]
    counts = wizard.flow.preview.counts
    assert (counts.imported, counts.duplicates, counts.rejected) == (3, 1, 1)
    model = wizard.check_page.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "5" and model.index(0, 1).data() == "手机"
    assert "12345" not in model.index(0, 2).data()
    assert wizard.next_button.text() == "Import 3 customers"

    report = tmp_path / "report.csv"
    monkeypatch.setattr(import_wizard, "choose_report_file", lambda parent, suggested: report)
    wizard.check_page.save.click()
    assert report.read_bytes().decode("utf-8-sig").splitlines()[1].startswith("5,手机,")

    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step is Step.DONE and not wizard.busy,
                    timeout=WAIT_MS)
    assert wizard.flow.result is not None and wizard.flow.result.imported == 3
    assert "Customers imported: 3\n" in wizard.done_page.summary.text()
    assert manager_view.model.total == before + 3  # the list reloaded
    entry = _last_import_entry(demo_vault)
    assert "file 名单.csv" in entry.detail and "3 imported" in entry.detail
    wizard.close_button.click()
    assert manager_view.import_wizard is None


def test_a_mapping_without_a_required_field_cannot_be_checked(
        manager_view: CustomersView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        qtbot: QtBot) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", [["Name", "Mobile", "Birth (dd.mm)"], *[
        r[:3] for r in _rows(2)]])
    wizard = _open(manager_view, path, monkeypatch, qtbot)
    wizard.next_button.click()
    wizard.service_page.services.setCurrentIndex(
        wizard.service_page.services.findData(MEMBERSHIP))
    wizard.next_button.click()
    combos = wizard.mapping_page.combos
    assert [c.currentData() for c in combos] == ["full_name", "phone", None]
    assert not wizard.next_button.isEnabled()
    assert wizard.mapping_page.problem.text()  # date of birth is required for Membership
    combos[2].setCurrentIndex(combos[2].findData("date_of_birth"))
    assert wizard.next_button.isEnabled()
    combos[0].setCurrentIndex(0)  # (ignore) the name
    assert not wizard.next_button.isEnabled()


def test_stopping_the_import(manager_view: CustomersView, demo_vault: Vault, tmp_path: Path,
                             monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    path = write_csv(tmp_path / "big.csv", [["Name", "Phone", "Date of birth"],
                                            *[r[:3] for r in _rows(1500)]])
    wizard = _open(manager_view, path, monkeypatch, qtbot)
    _to_check(wizard, qtbot)
    wizard.next_button.click()
    assert wizard.flow.step is Step.IMPORT and wizard.cancel_button.text() == "Stop import"
    wizard.cancel_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step is Step.DONE and not wizard.busy,
                    timeout=WAIT_MS)
    assert wizard.flow.stopped is not None
    assert wizard.done_page.title.text() == "Import stopped"
    assert "You stopped the import." in wizard.done_page.intro.text()
    imported = wizard.flow.stopped.counts.imported
    assert imported % BATCH_SIZE == 0  # whole batches only
    assert "stopped (Cancelled)" in _last_import_entry(demo_vault).detail


def test_front_desk_has_no_import_button(demo_vault: Vault, qtbot: QtBot) -> None:
    view = CustomersView(demo_vault, auth.login(demo_vault, "frontdesk", demo.DEMO_PASSWORD))
    qtbot.addWidget(view)
    view.show()
    assert not view.import_button.isVisible()
    assert view.import_customers() is None
