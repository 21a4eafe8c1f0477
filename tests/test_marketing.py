"""Marketing contact lists: only customers who agree to marketing today, read back from the CSV
and the PDF; watermarked, hashed into the audit trail, held to the export limit; and the rule
behind them (core.use_purposes) agreeing with the SQL that applies it to everyone at once."""

from __future__ import annotations

import csv
import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from clientsafe.core.consent import Decision, Purpose, PurposeState
from clientsafe.core.errors import PermissionDenied, VaultError
from clientsafe.core.roles import Role
from clientsafe.core.use_purposes import Use, allowed
from clientsafe.services import auth, consents, customer_export, marketing, staff
from clientsafe.services.disclosure_settings import limits, set_limits
from clientsafe.vault import audit_log, consent_repo, marketing_repo
from clientsafe.vault.vault import Vault
from tests.consent_tools import MEMBERSHIP, member, register

TRAINING = 2


def _login(vault: Vault, name: str):
    return auth.login(vault, name, "demo")


def _csv_rows(path: Path) -> tuple[str, list[dict[str, str]]]:
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    return lines[0], list(csv.DictReader(lines[1:]))


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _opted_in_ids(vault: Vault, service_id: int | None = None) -> set[int]:
    """The rule, customer by customer (the slow, obvious way)."""
    ids = [int(r[0]) for r in vault.conn.execute("SELECT id FROM customers")]
    return {i for i in ids if allowed(consent_repo.current_state(vault.conn, i), Use.MARKETING,
                                      service_id=service_id)}


# --- the rule -----------------------------------------------------------------------------------

def _state(purpose: Purpose, decision: Decision, *, service_id: int = 1,
           recipient_id: int | None = None) -> PurposeState:
    return PurposeState(service_id, "S", purpose, recipient_id, "", decision,
                        datetime(2026, 1, 1, tzinfo=UTC), 1)


def test_a_use_is_allowed_only_while_its_latest_decision_is_granted() -> None:
    granted = _state(Purpose.MARKETING, Decision.GRANTED)
    assert allowed([granted], Use.MARKETING) and allowed([granted], Use.MARKETING, service_id=1)
    assert not allowed([granted], Use.MARKETING, service_id=2)
    assert not allowed([granted], Use.SERVICE)  # marketing consent is not service consent
    for decision in (Decision.WITHDRAWN, Decision.DECLINED):
        assert not allowed([_state(Purpose.MARKETING, decision)], Use.MARKETING)
    assert not allowed([], Use.MARKETING)  # imported, never asked
    share = _state(Purpose.SHARING, Decision.GRANTED, service_id=2, recipient_id=7)
    assert allowed([share], Use.SHARING, recipient_id=7)
    assert not allowed([share], Use.SHARING, recipient_id=8)
    assert not allowed([share], Use.SHARING)  # sharing always names its recipient


def test_the_sql_agrees_with_the_rule(demo_vault: Vault) -> None:
    manager = _login(demo_vault, "manager")
    first = marketing_repo.contacts(demo_vault.conn, keys=(), service_id=MEMBERSHIP)[0]
    consents.withdraw(demo_vault, manager, first.customer_id, MEMBERSHIP, "marketing")
    for service_id in (None, MEMBERSHIP, TRAINING, 3):
        expected = _opted_in_ids(demo_vault, service_id)
        found = marketing_repo.contacts(demo_vault.conn, keys=(), service_id=service_id)
        assert {c.customer_id for c in found} == expected
        assert marketing_repo.count(demo_vault.conn, service_id=service_id) == len(expected)
        assert marketing.marketing_list_count(demo_vault, manager, service_id) == len(expected)
    desk = _login(demo_vault, "frontdesk")
    mine = {int(r[0]) for r in demo_vault.conn.execute(
        "SELECT id FROM customers WHERE assigned_staff_id = ?", (desk.staff_id,))}
    assert marketing_repo.count(demo_vault.conn, assigned_to=desk.staff_id) == len(
        _opted_in_ids(demo_vault) & mine)


# --- the list -----------------------------------------------------------------------------------

def test_a_withdrawal_leaves_the_customer_off_the_very_next_list(demo_vault: Vault,
                                                                   tmp_path: Path) -> None:
    manager = _login(demo_vault, "manager")
    never = register(demo_vault, manager, member("从未 Never Asked", "+8613900000001"),
                     granted={"service", "sensitive"})
    leaving = register(demo_vault, manager, member("退出 Soon Gone", "+8613900000002"))
    names = {c.customer_id: c.full_name for c in marketing_repo.contacts(
        demo_vault.conn, keys=())}
    assert leaving in names and never not in names
    set_limits(demo_vault, _login(demo_vault, "officer"),
               type(limits(demo_vault.conn))(export_limit=1000))

    before = marketing.export_marketing_list(demo_vault, manager, fmt="csv",
                                             target=tmp_path / "before.csv")
    _, rows = _csv_rows(tmp_path / "before.csv")
    assert "退出 Soon Gone" in {r["full_name"] for r in rows}
    assert "从未 Never Asked" not in {r["full_name"] for r in rows}

    consents.withdraw(demo_vault, manager, leaving, MEMBERSHIP, "marketing")
    after_csv = marketing.export_marketing_list(demo_vault, manager, fmt="csv",
                                                target=tmp_path / "after.csv")
    after_pdf = marketing.export_marketing_list(demo_vault, manager, fmt="pdf",
                                                target=tmp_path / "after.pdf")
    assert after_csv.count == after_pdf.count == before.count - 1
    _, rows = _csv_rows(tmp_path / "after.csv")
    assert list(rows[0]) == ["full_name", "phone", "email"]
    assert {r["full_name"] for r in rows} == set(names.values()) - {"退出 Soon Gone"}
    text = _pdf_text(tmp_path / "after.pdf")
    assert "Soon Gone" not in text and "+8613900000002" not in text
    assert "Never Asked" not in text
    for row in rows:  # everyone on the CSV is on the PDF too, with their phone
        assert row["full_name"] in text and row["phone"] in text


def test_the_list_is_watermarked_hashed_and_audited(demo_vault: Vault, tmp_path: Path,
                                                    clock) -> None:
    manager = _login(demo_vault, "manager")
    target = tmp_path / "list.csv"
    result = marketing.export_marketing_list(demo_vault, manager, fmt="csv", target=target,
                                             service_id=MEMBERSHIP)
    data = target.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert target.stat().st_mode & 0o777 == 0o600
    header, rows = _csv_rows(target)
    assert header.startswith("# ClientSafe marketing list by 李强 Li Qiang (manager) at "
                             "2026-03-01T09:00:00")
    assert f"{len(rows)} customers who agree to marketing (Membership 会员)" in header
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (entry.action, entry.outcome, entry.purpose) == (
        "marketing.list_exported", "done", "marketing")
    assert entry.fields == ("full_name", "phone", "email")
    assert f"sha256 {result.sha256}" in entry.detail and "service #1" in entry.detail
    for row in rows:  # ids, keys and fixed words only
        assert row["full_name"] not in entry.detail and row["phone"] not in entry.detail

    pdf = tmp_path / "list.pdf"
    result = marketing.export_marketing_list(demo_vault, manager, fmt="pdf", target=pdf)
    assert result.sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert result.sha256 in audit_log.page(demo_vault.conn, 0, 1)[0].detail
    for page in PdfReader(pdf).pages:
        assert "made by 李强 Li Qiang (manager) at 2026-03-01" in page.extract_text()
    printed = marketing.print_marketing_list(demo_vault, manager)
    assert printed.data.startswith(b"%PDF") and printed.count == result.count
    assert printed.sha256 in audit_log.page(demo_vault.conn, 0, 1)[0].detail


def test_a_long_list_runs_over_pages_each_marked(demo_vault: Vault, tmp_path: Path) -> None:
    from clientsafe.reports.marketing_pdf import MarketingListHeader, page_count, render

    rows = [(f"客户 Customer {i}", f"+86139{i:08d}", f"c{i}@example.com") for i in range(130)]
    header = MarketingListHeader("Harbour 海港", "All services", "李强 Li Qiang (manager)",
                                 datetime(2026, 3, 1, 9, tzinfo=UTC),
                                 ("full_name", "phone", "email"))
    target = tmp_path / "long.pdf"
    target.write_bytes(render(header, rows))
    pages = PdfReader(target).pages
    assert len(pages) == page_count(130) > 2
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {len(pages)}" in text and "李强 Li Qiang (manager)" in text
    text = _pdf_text(target)
    assert all(f"客户 Customer {i}" in text for i in (0, 64, 129))


def test_above_the_limit_another_manager_approves(demo_vault: Vault, tmp_path: Path) -> None:
    officer = _login(demo_vault, "officer")
    set_limits(demo_vault, officer, type(limits(demo_vault.conn))(export_limit=5))
    staff.create_staff(demo_vault, officer, username="manager2", display_name="Second Manager",
                       role=Role.MANAGER, temporary_password="Temporary-Pass-2026")
    manager = _login(demo_vault, "manager")
    count = marketing.marketing_list_count(demo_vault, manager)
    assert count > 5
    target = tmp_path / "big.pdf"
    with pytest.raises(customer_export.ExportLimitExceeded):
        marketing.export_marketing_list(demo_vault, manager, fmt="pdf", target=target)
    entry = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (entry.action, entry.outcome) == ("marketing.list_exported", "denied")
    assert not target.exists()
    approval = customer_export.approve_export(demo_vault, manager, count=count,
                                              manager_username="manager2",
                                              manager_password="Temporary-Pass-2026")
    result = marketing.export_marketing_list(demo_vault, manager, fmt="pdf", target=target,
                                             approval_id=approval)
    assert result.count == count and f"approval #{approval}" in audit_log.page(
        demo_vault.conn, 0, 1)[0].detail
    with pytest.raises(customer_export.ExportLimitExceeded):  # single use
        marketing.export_marketing_list(demo_vault, manager, fmt="pdf", target=target,
                                        approval_id=approval)


@pytest.mark.parametrize("user", ["frontdesk", "finance", "officer"])
def test_only_managers_make_marketing_lists(demo_vault: Vault, tmp_path: Path,
                                            user: str) -> None:
    session = _login(demo_vault, user)
    before = audit_log.count(demo_vault.conn)
    with pytest.raises(PermissionDenied):
        marketing.export_marketing_list(demo_vault, session, fmt="csv",
                                        target=tmp_path / "x.csv")
    with pytest.raises(PermissionDenied):
        marketing.marketing_list_count(demo_vault, session)
    assert audit_log.count(demo_vault.conn) == before + 2
    assert audit_log.page(demo_vault.conn, 0, 1)[0].outcome == "denied"
    assert not (tmp_path / "x.csv").exists()


def test_formula_names_are_neutralised(demo_vault: Vault, tmp_path: Path) -> None:
    manager = _login(demo_vault, "manager")
    register(demo_vault, manager, member("-Robert Minus", "+8613900000003"))
    marketing.export_marketing_list(demo_vault, manager, fmt="csv", target=tmp_path / "m.csv")
    _, rows = _csv_rows(tmp_path / "m.csv")
    assert "'-Robert Minus" in {r["full_name"] for r in rows}
    assert all(not r["phone"].startswith("'") for r in rows)  # +86… stays a number


def test_a_disk_error_leaves_no_file_and_no_entry(demo_vault: Vault, tmp_path: Path) -> None:
    manager = _login(demo_vault, "manager")
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "not-a-folder"  # a file where the folder should be
    blocker.write_text("x")
    before = audit_log.count(demo_vault.conn)
    for fmt in ("csv", "pdf"):
        with pytest.raises(VaultError):
            marketing.export_marketing_list(demo_vault, manager, fmt=fmt,  # type: ignore[arg-type]
                                            target=blocker / f"list.{fmt}")
    assert audit_log.count(demo_vault.conn) == before
    assert [p.name for p in out.iterdir()] == ["not-a-folder"]


class _Stop(Exception):
    """What the GUI's progress callable raises after Cancel."""


def test_cancelling_while_the_list_is_made_leaves_no_file_and_no_entry(
        demo_vault: Vault, tmp_path: Path) -> None:
    manager = _login(demo_vault, "manager")
    before = audit_log.count(demo_vault.conn)
    out = tmp_path / "lists"
    out.mkdir()
    for fmt in ("csv", "pdf"):
        reports: list[tuple[int, int]] = []

        def stop_when_done(done: int, total: int, reports: list[tuple[int, int]] = reports
                           ) -> None:
            reports.append((done, total))
            if done == total:  # the list is complete, its entry not yet committed
                raise _Stop()

        with pytest.raises(_Stop):
            marketing.export_marketing_list(demo_vault, manager, fmt=fmt,  # type: ignore[arg-type]
                                            target=out / f"list.{fmt}",
                                            progress=stop_when_done)
        assert reports[0][0] == 0 and reports[-1][0] == reports[-1][1] > 0
    with pytest.raises(_Stop):
        marketing.print_marketing_list(demo_vault, manager,
                                       progress=lambda done, total: (_ for _ in ()).throw(_Stop()))
    assert audit_log.count(demo_vault.conn) == before
    assert list(out.iterdir()) == []


def test_a_long_pdf_reports_progress_as_it_goes() -> None:
    from clientsafe.reports.marketing_pdf import MarketingListHeader, render

    rows = [(f"Customer {i}", f"+86139{i:08d}", "") for i in range(1_200)]
    header = MarketingListHeader("Harbour", "All services", "Li Qiang (manager)",
                                 datetime(2026, 3, 1, 9, tzinfo=UTC),
                                 ("full_name", "phone", "email"))
    seen: list[tuple[int, int]] = []
    assert render(header, rows, progress=lambda d, t: seen.append((d, t))).startswith(b"%PDF")
    assert seen == [(500, 1_200), (1_000, 1_200)]


def test_no_opt_ins_and_unknown_choices(demo_vault: Vault, tmp_path: Path) -> None:
    manager = _login(demo_vault, "manager")
    with pytest.raises(marketing.UnknownService):
        marketing.export_marketing_list(demo_vault, manager, fmt="csv",
                                        target=tmp_path / "x.csv", service_id=99)
    with pytest.raises(marketing.UnknownFormat):
        marketing.export_marketing_list(demo_vault, manager, fmt="xlsx",  # type: ignore[arg-type]
                                        target=tmp_path / "x.xlsx")
    for customer_id in marketing_repo.contacts(demo_vault.conn, keys=(), service_id=3):
        consents.withdraw(demo_vault, manager, customer_id.customer_id, 3, "marketing")
    with pytest.raises(marketing.NoOptIns):
        marketing.export_marketing_list(demo_vault, manager, fmt="csv",
                                        target=tmp_path / "x.csv", service_id=3)
    assert not list(tmp_path.glob("x.*"))
