"""The PDF audit export: read back with pypdf (and pdftotext for Chinese), filtered by period,
stating a failed verification, limited to the security officer and managers, audited, and
leaving no partial file behind on a full disk or a cancel. Also through `clientsafe audit export`.
"""

from __future__ import annotations

import errno
import hashlib
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.errors import DiskFull, PermissionDenied
from clientsafe.core.roles import Role
from clientsafe.services import audit_export, auth, demo, setup, staff
from clientsafe.services.audit_export import PeriodReversed, export_audit_pdf
from clientsafe.vault import audit_log
from clientsafe.vault.vault import Vault
from tests.cli_runner import run_cli
from tests.conftest import OFFICER, OFFICER_PASSWORD, FakeClock


def _fill(vault: Vault, n: int, *, tag: str = "e") -> None:
    with vault.transaction() as conn:
        for i in range(n):
            audit_log.record(conn, at=vault.clock(), action="test.entry", actor="officer",
                             customer_id=i % 7 or None, fields=("phone",), detail=f"{tag}{i}")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the exported files (the vault lives elsewhere in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _officer(vault: Vault):
    return auth.login(vault, OFFICER, OFFICER_PASSWORD)


def test_the_pdf_holds_the_entries_the_header_and_the_head(vault: Vault, out: Path) -> None:
    _fill(vault, 150)
    session = _officer(vault)
    head_before = audit_log.head(vault.conn)
    target = out / "audit.pdf"
    result = export_audit_pdf(vault, session, flt=AuditFilter(), target=target)

    assert result.path == target and result.verified_ok
    assert result.entries == head_before[0]  # every entry up to the verified head
    assert result.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    reader = PdfReader(target)
    assert len(reader.pages) >= 4
    text = _text(target)
    assert "Harbour Salon 海港沙龙" in text
    assert "Audit trail report" in text and "审计日志报告" in text
    assert "OK 通过" in text and "FAILED" not in text
    assert head_before[1] in text  # the full chain head on page 1
    assert f"entry {head_before[0]}" in text
    assert "Olivia Officer (officer" in text and "all dates" in text
    for seq in (1, 2, 75, head_before[0]):
        assert re.search(rf"^{seq} 2026-03-01 ", text, re.MULTILINE), seq
    assert text.count("test.entry") == 150 and "vault.created" in text and "auth.login" in text
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert f"Page {number}" in page_text and head_before[1][:12] in page_text
        assert "Seq 序号" in page_text  # the column headings repeat
    assert f"End of report: {result.entries} entries" in text

    last = audit_log.page(vault.conn, 0, 1)[0]
    assert (last.action, last.outcome, last.actor) == ("audit.exported", "done", OFFICER)
    assert f"{result.entries} entries" in last.detail and result.sha256 in last.detail
    assert f"head {head_before[0]} verified" in last.detail and "all entries" in last.detail
    assert [p.name for p in out.iterdir()] == ["audit.pdf"]


def test_chinese_comes_back_through_pdftotext(tmp_path: Path, clock: FakeClock) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    created = setup.create_vault(setup.SetupRequest(
        tmp_path / "gym" / "gym.csvault", "海港健身", OFFICER, "张伟", OFFICER_PASSWORD),
        clock=clock)
    try:
        vault = created.vault
        session = _officer(vault)
        target = tmp_path / "审计.pdf"
        export_audit_pdf(vault, session, flt=AuditFilter(), target=target)
        out = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                             text=True, check=True).stdout
        assert "海港健身" in out and "审计日志报告" in out and "张伟 (officer" in out
        assert "第 1 页" in out
    finally:
        created.vault.close()


def test_a_period_keeps_only_its_days(vault: Vault, clock: FakeClock, out: Path) -> None:
    for day in (1, 2, 3):
        clock.now = clock.now.replace(day=day, hour=12)
        _fill(vault, 5, tag=f"day{day}-")
    session = _officer(vault)
    flt = AuditFilter(since=date(2026, 3, 2), until=date(2026, 3, 2))
    result = export_audit_pdf(vault, session, flt=flt, target=out / "march2.pdf")
    text = _text(result.path)
    assert result.entries == 5
    assert all(f"day2-{i}" in text for i in range(5))
    assert "day1-" not in text and "day3-" not in text
    assert "2026-03-02 – 2026-03-02" in text
    assert "since=2026-03-02, until=2026-03-02" in audit_log.page(vault.conn, 0, 1)[0].detail

    with pytest.raises(PeriodReversed):
        export_audit_pdf(vault, session, flt=AuditFilter(since=date(2026, 3, 3),
                                                         until=date(2026, 3, 1)),
                         target=out / "never.pdf")
    assert not (out / "never.pdf").exists()


def test_other_filters_are_stated_in_words(demo_vault: Vault, out: Path) -> None:
    manager = auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)
    flt = AuditFilter(actor_id=manager.staff_id, action="auth.login", outcome="done")
    result = export_audit_pdf(demo_vault, manager, flt=flt, target=out / "m.pdf")
    text = _text(result.path)
    assert result.entries >= 1
    assert "User 用户: manager (李强 Li Qiang)" in text
    assert "Action 操作: auth.login" in text and "Outcome 结果: done" in text


def test_a_tampered_log_exports_with_the_failure_stated(vault: Vault, out: Path) -> None:
    _fill(vault, 60)
    session = _officer(vault)
    vault.conn.execute("DROP TRIGGER audit_log_no_update")
    vault.conn.execute("UPDATE audit_log SET detail = 'e9x' WHERE seq = 20")
    result = export_audit_pdf(vault, session, flt=AuditFilter(), target=out / "bad.pdf")
    assert not result.verified_ok
    text = _text(result.path)
    assert "FAILED 未通过" in text and "entry 20 was changed after it was written" in text
    assert "Last good entry" in text and f"entry {19}" in text
    assert audit_log.hash_at(vault.conn, 19) in text
    assert "verification failed" in audit_log.page(vault.conn, 0, 1)[0].detail


@pytest.mark.parametrize("user", ["finance", "frontdesk"])
def test_finance_and_front_desk_are_refused_and_audited(demo_vault: Vault, out: Path,
                                                        user: str) -> None:
    session = auth.login(demo_vault, user, demo.DEMO_PASSWORD)
    before = audit_log.count(demo_vault.conn)
    with pytest.raises(PermissionDenied):
        export_audit_pdf(demo_vault, session, flt=AuditFilter(), target=out / "a.pdf")
    last = audit_log.page(demo_vault.conn, 0, 1)[0]
    assert (last.action, last.outcome, last.actor) == ("audit.exported", "denied", user)
    assert audit_log.count(demo_vault.conn) == before + 1
    assert list(out.iterdir()) == []


def test_a_manager_may_export(demo_vault: Vault, out: Path) -> None:
    session = auth.login(demo_vault, "manager", demo.DEMO_PASSWORD)
    result = export_audit_pdf(demo_vault, session, flt=AuditFilter(), target=out / "m.pdf")
    assert result.verified_ok and result.entries > 0
    assert "李强 Li Qiang (manager, Manager)" in _text(result.path)


def test_a_full_disk_leaves_no_partial_file(vault: Vault, out: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(vault, 3000)
    session = _officer(vault)
    folder = out
    real_write = audit_export._HashingWriter.write
    written = [0]

    def write(self, data: bytes) -> int:
        written[0] += len(data)
        if written[0] > 60_000:  # a few pages in
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, data)

    monkeypatch.setattr(audit_export._HashingWriter, "write", write)
    before = audit_log.count(vault.conn)
    with pytest.raises(DiskFull):
        export_audit_pdf(vault, session, flt=AuditFilter(), target=folder / "audit.pdf")
    assert written[0] > 60_000
    assert list(folder.iterdir()) == []
    assert audit_log.count(vault.conn) == before  # nothing exported, nothing claimed


def test_cancelling_through_progress_leaves_no_file(vault: Vault, out: Path) -> None:
    _fill(vault, 2500)
    session = _officer(vault)
    reports: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        if done >= 2000:
            raise Stop()

    with pytest.raises(Stop):
        export_audit_pdf(vault, session, flt=AuditFilter(), target=out / "a.pdf",
                         progress=progress)
    assert reports[:3] == [(0, reports[0][1]), (1000, reports[0][1]), (2000, reports[0][1])]
    assert reports[0][1] >= 2500
    assert list(out.iterdir()) == []
    assert audit_log.page(vault.conn, 0, 1)[0].action != "audit.exported"


# --- the command line ---------------------------------------------------------------------------


def test_the_command_line(new_vault: setup.SetupResult, tmp_path: Path) -> None:
    vault = new_vault.vault
    staff.create_staff(vault, _officer(vault), username="cashier", display_name="Cashier",
                       role=Role.FINANCE, temporary_password="Temporary-Pass-2026")
    path = vault.path
    vault.close()
    out = tmp_path / "report.pdf"

    ok = run_cli("audit", "export", "--vault", str(path), "--user", OFFICER, "--out", str(out),
                 "--since", "2000-01-01", password=OFFICER_PASSWORD)
    assert ok.status == 0, ok.err
    match = re.fullmatch(r"Exported (\d+) audit entries to (.+) \(sha256 ([0-9a-f]{64})\)\n",
                         ok.out)
    assert match and Path(match.group(2)) == out, ok.out
    assert hashlib.sha256(out.read_bytes()).hexdigest() == match.group(3)
    assert int(match.group(1)) > 0 and ok.err == ""

    bad = run_cli("audit", "export", "--vault", str(path), "--user", OFFICER, "--out",
                  str(tmp_path / "x.pdf"), "--until", "31.03.2026", password=OFFICER_PASSWORD)
    assert bad.status == 2 and bad.out == ""
    assert bad.err.strip().count("\n") == 0 and "YYYY-MM-DD" in bad.err

    reversed_ = run_cli("audit", "export", "--vault", str(path), "--user", OFFICER, "--out",
                        str(tmp_path / "x.pdf"), "--since", "2026-03-02", "--until",
                        "2026-03-01", password=OFFICER_PASSWORD)
    assert reversed_.status == 2 and "ends before it starts" in reversed_.err

    denied = run_cli("audit", "export", "--vault", str(path), "--user", "cashier", "--out",
                     str(tmp_path / "x.pdf"), password="Temporary-Pass-2026")
    assert denied.status == 3 and denied.out == ""
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_line_exits_1_for_a_tampered_log(new_vault: setup.SetupResult,
                                                     tmp_path: Path) -> None:
    vault = new_vault.vault
    _fill(vault, 20)
    vault.conn.execute("DROP TRIGGER audit_log_no_update")
    vault.conn.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 5")
    path = vault.path
    vault.close()
    out = tmp_path / "report.pdf"
    result = run_cli("audit", "export", "--vault", str(path), "--user", OFFICER, "--out",
                     str(out), password=OFFICER_PASSWORD)
    assert result.status == 1, result.err
    assert result.out.startswith("Exported ") and out.exists()
    assert result.err.count("\n") == 1 and "failed verification" in result.err
    assert "entry 5 was changed" in _text(out)
