"""Importing customers from CSV and XLSX files at the service layer: reading (encodings,
delimiters, Chinese headers), mapping, rejected rows with reasons but no values, batches that
commit whole or not at all, reruns that add nobody, consent unknown, permissions and the audit
entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientsafe.core.collection import FieldNotCollected
from clientsafe.core.consent import Channel, Decision, EventKind, Purpose
from clientsafe.core.errors import PermissionDenied
from clientsafe.core.import_flow import ImportFlow, Step
from clientsafe.core.import_rules import (
    FieldMappedTwice,
    ImportCounts,
    ImportPlan,
    ImportPreview,
    ImportStopped,
    NameNotMapped,
    RequiredFieldNotMapped,
    SpreadsheetEmpty,
    SpreadsheetUnreadable,
    column_name,
    mapping_problem,
    suggest_mapping,
)
from clientsafe.core.roles import Role
from clientsafe.services import auth, customer_import, customers, staff
from clientsafe.services.spreadsheet_reader import open_sheet
from clientsafe.vault import audit_log, consent_repo, customer_repo
from clientsafe.vault.vault import Vault
from tests.consent_tools import make_service, staff_pair
from tests.import_tools import person, phone, resident_id, write_csv, write_xlsx

HEADERS_ZH = ["姓名", "手机", "身份证号", "邮箱", "备注"]
HEADERS_EN = ["Name", "Phone", "ID number", "E-mail", "Notes"]


@pytest.fixture
def shop(vault: Vault):
    manager, officer = staff_pair(vault)
    service_id = make_service(vault, manager, officer, [
        ("phone", True), ("national_id", False), ("email", False), ("date_of_birth", False)])
    return vault, manager, service_id


def _rows(count: int, start: int = 0) -> list[list[str]]:
    return [[person(n), phone(n), resident_id(n), f"c{n}@example.com", "VIP"]
            for n in range(start, start + count)]


def _plan(vault: Vault, manager, path: Path, service_id: int, **more) -> ImportPlan:
    form = customer_import.form(vault, manager, service_id)
    heads = customer_import.headers(vault, manager, path)
    return ImportPlan(path, service_id, suggest_mapping(heads, form.fields), **more)


# --- reading -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8-sig", ","), ("utf-8", ";"), ("gb18030", ","), ("gb18030", "\t")])
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "list.csv", [HEADERS_ZH, *_rows(3)], encoding=encoding,
                     delimiter=delimiter)
    with open_sheet(path) as sheet:
        assert sheet.headers == tuple(HEADERS_ZH)
        rows = list(sheet.rows)
    assert [r[0] for r in rows] == [2, 3, 4]
    assert rows[0][1][:2] == [person(0), phone(0)]


def test_xlsx_first_sheet_values_as_text(tmp_path: Path) -> None:
    from datetime import datetime

    path = write_xlsx(tmp_path / "list.xlsx", [
        ["姓名", "手机", "出生日期"], [], ["王芳", 13800000001, datetime(1990, 5, 1)]])
    with open_sheet(path) as sheet:
        assert sheet.headers == ("姓名", "手机", "出生日期")
        assert list(sheet.rows) == [(3, ["王芳", "13800000001", "1990-05-01"])]


def test_unreadable_and_empty_files(tmp_path: Path) -> None:
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(SpreadsheetUnreadable), open_sheet(bad):
        pass
    empty = write_csv(tmp_path / "empty.csv", [[], ["", ""]])
    with pytest.raises(SpreadsheetEmpty), open_sheet(empty):
        pass


# --- mapping -------------------------------------------------------------------------------------


def test_headers_suggest_fields_in_english_and_chinese(shop) -> None:
    vault, manager, service_id = shop
    form = customer_import.form(vault, manager, service_id)
    assert suggest_mapping(HEADERS_ZH, form.fields) == (
        "full_name", "phone", "national_id", "email", None)
    assert suggest_mapping(HEADERS_EN, form.fields) == (
        "full_name", "phone", "national_id", "email", None)
    assert suggest_mapping(["手机号码", "Mobile", "客户姓名", "出生日期"], form.fields) == (
        "phone", None, "full_name", "date_of_birth")
    assert column_name(["", "x"], 0) == "A" and column_name([], 27) == "AB"


def test_mapping_rules(shop) -> None:
    vault, manager, service_id = shop
    form = customer_import.form(vault, manager, service_id)
    assert isinstance(mapping_problem(["phone", None], form, "en"), NameNotMapped)
    assert isinstance(mapping_problem(["full_name", "phone", "phone"], form, "en"),
                      FieldMappedTwice)
    assert isinstance(mapping_problem(["full_name", "email"], form, "en"),
                      RequiredFieldNotMapped)
    # Not approved for this service: refused whatever the caller sends.
    assert isinstance(mapping_problem(["full_name", "phone", "bank_account"], form, "en"),
                      FieldNotCollected)
    assert mapping_problem(["full_name", "phone"], form, "en") is None


# --- preview -------------------------------------------------------------------------------------


def test_preview_rejects_rows_with_reasons_but_never_values(shop, tmp_path: Path) -> None:
    vault, manager, service_id = shop
    secret_phone, secret_id = "12345", "110101199001011234"
    path = write_csv(tmp_path / "list.csv", [
        HEADERS_EN, *_rows(2),
        ["Bad Phone", secret_phone, "", "", ""],
        ["", phone(9), "", "", ""],
        ["Bad ID", phone(10), secret_id, "bad@@mail", ""],
        ["No Phone", "", "", "", ""],
        _rows(1)[0],  # repeats the first row
    ], encoding="gb18030")
    result = customer_import.preview(vault, manager, _plan(vault, manager, path, service_id))
    counts = result.counts
    assert (counts.rows, counts.imported, counts.duplicates, counts.rejected) == (7, 2, 1, 4)
    assert [(r.row, r.column) for r in result.rejections] == [
        (4, "Phone"), (5, "Name"), (6, "ID number"), (6, "E-mail"), (7, "Phone")]
    for rejection in result.rejections:
        text = str(rejection.reason)
        assert secret_phone not in text and secret_id not in text and "bad@@" not in text
    assert "Phone number" in str(result.rejections[0].reason)
    assert customers.count(vault, manager) == 0  # a preview stores nothing


def test_rejection_report_is_a_csv_without_values(shop, tmp_path: Path) -> None:
    vault, manager, service_id = shop
    path = write_csv(tmp_path / "list.csv", [HEADERS_EN, ["=Evil()", "12345", "", "", ""]])
    result = customer_import.preview(vault, manager, _plan(vault, manager, path, service_id))
    report = customer_import.save_rejections(
        result.rejections, tmp_path / "report.csv", headings=("Row", "Column", "Reason"),
        describe=str)
    text = report.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "Row,Column,Reason"
    assert text.splitlines()[1].startswith("2,Name,") and "12345" not in text
    assert "Evil" not in text
    assert report.stat().st_mode & 0o777 == 0o600


# --- import --------------------------------------------------------------------------------------


def test_import_registers_customers_with_consent_unknown(shop, tmp_path: Path) -> None:
    vault, manager, service_id = shop
    path = write_xlsx(tmp_path / "客户名单.xlsx", [HEADERS_ZH, *_rows(3)])
    counts = customer_import.run(vault, manager, _plan(vault, manager, path, service_id))
    assert (counts.rows, counts.imported, counts.duplicates, counts.rejected) == (3, 3, 0, 0)
    found = customer_repo.find_exact(vault.conn, "phone", "+86" + phone(1))
    assert [c.full_name for c in found] == [person(1)]
    customer = found[0]
    assert customer.national_id == resident_id(1) and customer.email == "c1@example.com"
    assert customer.assigned_staff_id == manager.staff_id
    assert customer_repo.find_exact(vault.conn, "national_id", resident_id(2))
    # Registered for the service, consent unknown: ask at the next visit; nothing granted, so
    # no marketing either.
    assert consent_repo.enrolled_services(vault.conn, customer.id) == [service_id]
    assert consent_repo.needs_consent(vault.conn, customer.id) == [service_id]
    assert consent_repo.current_state(vault.conn, customer.id) == []
    (event,) = consent_repo.history(vault.conn, customer.id)
    assert (event.kind, event.channel, event.decisions) == (EventKind.UNKNOWN, Channel.IMPORT, {})
    granted = {(s.purpose, s.decision) for s in consent_repo.current_state(vault.conn,
                                                                            customer.id)}
    assert (Purpose.MARKETING, Decision.GRANTED) not in granted
    assert customers.count(vault, manager) == 3
    # Nothing but the name is stored in clear.
    for table in ("customers", "customer_fields", "blind_index", "consent_events"):
        raw = repr(vault.conn.execute(f"SELECT * FROM {table}").fetchall())
        assert phone(1) not in raw and resident_id(1) not in raw and "c1@example" not in raw


def test_the_wizard_flow_rules(shop, tmp_path: Path) -> None:
    vault, manager, service_id = shop
    flow = ImportFlow()
    assert not flow.can_go_next() and not flow.can_go_back()
    flow.file_read(tmp_path / "list.csv", HEADERS_ZH)
    flow.next()
    assert flow.step is Step.SERVICE and not flow.can_go_next()
    flow.service_chosen(customer_import.form(vault, manager, service_id))
    flow.next()
    assert flow.mapping == ["full_name", "phone", "national_id", "email", None]
    assert flow.can_go_next()
    flow.set_column(1, None)  # the service needs the phone number
    assert isinstance(flow.mapping_problem(), RequiredFieldNotMapped)
    assert not flow.can_go_next()
    flow.set_column(1, "phone")
    flow.next()
    assert flow.step is Step.CHECK and not flow.can_go_next()  # nothing checked yet
    flow.busy = True
    assert not flow.can_go_back() and flow.can_close_freely
    flow.checked(ImportPreview(ImportCounts(rows=3, imported=3), ()))
    assert flow.can_go_next() and flow.plan().total_rows == 3
    flow.next()
    flow.busy = True
    assert flow.step is Step.IMPORT and not flow.can_go_back() and not flow.can_close_freely
    flow.imported(ImportCounts(rows=3, imported=3))
    assert flow.step is Step.DONE and not flow.can_go_next()


def test_rerunning_the_same_file_creates_nothing_new(shop, tmp_path: Path) -> None:
    vault, manager, service_id = shop
    path = write_csv(tmp_path / "list.csv", [HEADERS_ZH, *_rows(5), _rows(1)[0]])
    plan = _plan(vault, manager, path, service_id)
    first = customer_import.run(vault, manager, plan)
    assert (first.imported, first.duplicates) == (5, 1)
    again = customer_import.run(vault, manager, plan)
    assert (again.rows, again.imported, again.duplicates) == (6, 0, 6)
    assert customer_import.preview(vault, manager, plan).counts.imported == 0
    # A longer version of the file adds only the new rows.
    longer = write_csv(tmp_path / "longer.csv", [HEADERS_ZH, *_rows(8)])
    third = customer_import.run(vault, manager, _plan(vault, manager, longer, service_id))
    assert (third.imported, third.duplicates) == (3, 5)
    assert customers.count(vault, manager) == 8


def test_a_names_only_list_is_not_imported_twice(vault: Vault, tmp_path: Path) -> None:
    manager, officer = staff_pair(vault)
    service_id = make_service(vault, manager, officer, [("email", False)], name="Newsletter")
    path = write_csv(tmp_path / "names.csv", [["Name"], ["Emily Carter"], ["王芳"]])
    plan = _plan(vault, manager, path, service_id)
    assert customer_import.run(vault, manager, plan).imported == 2
    assert customer_import.run(vault, manager, plan).duplicates == 2


BATCH = 500  # smaller than the product's batches, so the test file stays small


def test_a_crash_half_way_keeps_whole_batches_only(shop, tmp_path: Path) -> None:
    vault, manager, service_id = shop
    path = write_csv(tmp_path / "big.csv", [HEADERS_EN, *_rows(BATCH * 2 + 100)])
    calls_in_transaction = 0

    def crash(done: int, total: int) -> None:
        nonlocal calls_in_transaction
        if vault.conn.in_transaction:  # the second batch is written but not yet committed
            calls_in_transaction += 1
            if calls_in_transaction == 2:
                raise RuntimeError("power cut")

    plan = _plan(vault, manager, path, service_id)
    with pytest.raises(ImportStopped) as stopped:
        customer_import.run(vault, manager, plan, crash, batch_size=BATCH)
    assert stopped.value.counts.imported == BATCH
    assert isinstance(stopped.value.__cause__, RuntimeError)
    names = {r[0] for r in vault.conn.execute("SELECT full_name FROM customers")}
    assert names == {person(n) for n in range(BATCH)}
    for table in ("customer_services", "consent_events"):
        assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == BATCH
    entry, first = audit_log.page(vault.conn, 0, 2)
    assert entry.action == "customers.imported"
    assert f"{BATCH} imported" in entry.detail and "stopped (RuntimeError)" in entry.detail
    # The committed batch had its own entry already, naming the customers it brought in.
    assert first.action == "customers.imported" and "import goes on" in first.detail
    subjects = vault.conn.execute("SELECT count(*) FROM audit_subjects WHERE seq = ?",
                                  (first.seq,)).fetchone()[0]
    assert subjects == BATCH
    # Running it again completes the import without duplicating the first batch.
    rest = customer_import.run(vault, manager, plan, batch_size=BATCH)
    assert (rest.imported, rest.duplicates) == (BATCH + 100, BATCH)
    assert customers.count(vault, manager) == BATCH * 2 + 100


def test_a_killed_import_leaves_no_customer_without_an_audit_entry(shop, tmp_path: Path
                                                                  ) -> None:
    vault, manager, service_id = shop
    path = write_csv(tmp_path / "many.csv", [HEADERS_EN, *_rows(BATCH * 2 + 10)])
    calls_in_transaction = 0

    def killed(done: int, total: int) -> None:
        # SystemExit is not an Exception: like a killed process, nothing gets to audit the stop.
        nonlocal calls_in_transaction
        if vault.conn.in_transaction:
            calls_in_transaction += 1
            if calls_in_transaction == 3:
                raise SystemExit(1)

    before = audit_log.count(vault.conn)
    last_id = vault.conn.execute("SELECT coalesce(max(id), 0) FROM customers").fetchone()[0]
    with pytest.raises(SystemExit):
        customer_import.run(vault, manager, _plan(vault, manager, path, service_id), killed,
                            batch_size=BATCH)
    imported = {int(r[0]) for r in vault.conn.execute(
        "SELECT id FROM customers WHERE id > ?", (last_id,))}
    assert len(imported) == BATCH * 2
    entries = audit_log.page(vault.conn, 0, audit_log.count(vault.conn) - before)
    assert [e.action for e in entries] == ["customers.imported"] * 2
    covered = {int(r[0]) for r in vault.conn.execute(
        "SELECT customer_id FROM audit_subjects WHERE seq IN (?, ?)",
        (entries[0].seq, entries[1].seq))}
    assert covered == imported


def test_one_audit_entry_with_counts_file_name_and_fields(shop, tmp_path: Path) -> None:
    vault, manager, service_id = shop
    folder = tmp_path / "private folder"
    folder.mkdir()
    path = write_csv(folder / "members.csv", [HEADERS_EN, *_rows(2), ["", "", "", "", ""],
                                              ["X", "1", "", "", ""], _rows(1)[0]])
    before = audit_log.count(vault.conn)
    customer_import.run(vault, manager, _plan(vault, manager, path, service_id))
    assert audit_log.count(vault.conn) == before + 1
    entry = audit_log.page(vault.conn, 0, 1)[0]
    assert (entry.action, entry.actor, entry.outcome) == ("customers.imported", "mgr", "done")
    assert entry.detail == (f"file members.csv; service #{service_id}; 4 rows, 2 imported,"
                            " 1 duplicates, 1 rejected")
    assert "private folder" not in entry.detail
    assert set(entry.fields) == {"full_name", "phone", "national_id", "email"}
    assert person(0) not in entry.detail and phone(0) not in str(entry)


def test_front_desk_may_not_import_and_is_audited(shop, tmp_path: Path) -> None:
    vault, manager, service_id = shop
    officer = auth.login(vault, "officer", "Correct-Horse-42-Battery")
    staff.create_staff(vault, officer, username="desk", display_name="Desk",
                       role=Role.FRONT_DESK, temporary_password="Temporary-Pass-2026")
    desk = auth.login(vault, "desk", "Temporary-Pass-2026")
    path = write_csv(tmp_path / "list.csv", [HEADERS_EN, *_rows(2)])
    plan = _plan(vault, manager, path, service_id)
    for call in (customer_import.preview, customer_import.run):
        before = audit_log.count(vault.conn)
        with pytest.raises(PermissionDenied):
            call(vault, desk, plan)
        entry = audit_log.page(vault.conn, 0, 1)[0]
        assert (entry.action, entry.outcome, entry.actor) == ("customers.imported", "denied",
                                                              "desk")
        assert audit_log.count(vault.conn) == before + 1
    assert customers.count(vault, manager) == 0


def test_existing_customers_in_a_filled_vault_are_skipped(demo_vault: Vault,
                                                          tmp_path: Path) -> None:
    manager = auth.login(demo_vault, "manager", "demo")
    known = customers.page(demo_vault, manager, offset=0, limit=3)
    path = write_csv(tmp_path / "list.csv", [["Name", "Phone", "Date of birth"], *[
        [row.full_name, row.phone, "1990-01-01"] for row in known],
        ["New Person", "+8613912345678", "1991-02-03"]])
    plan = _plan(demo_vault, manager, path, 1)
    counts = customer_import.run(demo_vault, manager, plan)
    assert (counts.imported, counts.duplicates) == (1, 3)
