"""The restore drill report PDF, read back with pypdf (and pdftotext where installed): the
business (Chinese too), the backup's manifest figures, who, when, the result and duration."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest

from clientsafe.reports.drill_report import BackupFigures, DrillReport, render_drill_report

HEAD = "9f2c" * 16
FIGURES = BackupFigures(
    created_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC), created_by="officer", customers=1234,
    audit_entries=56789, audit_head_seq=56789, audit_head_hash=HEAD, schema_version=3,
    app_version="0.1.0", size_bytes=5_400_000)


def make_report(**changes: object) -> DrillReport:
    report = DrillReport(
        business_name="海港沙龙 Harbour Salon & Spa",
        backup_file="clientsafe-harbour-salon-20260301-090000.csbackup",
        figures=FIGURES,
        tested_by="Olivia Officer (officer)",
        tested_at=datetime(2026, 3, 2, 10, 30, tzinfo=UTC),
        passed=True,
        duration_s=4.25,
        detail="The backup was restored and checked: 1,234 customers and 56,789 audit entries "
               "match the manifest.",
    )
    return replace(report, **changes)  # type: ignore[arg-type]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pypdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_a_passed_drill_reads_back_with_its_figures() -> None:
    data = render_drill_report(make_report())
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = squash(pypdf_text(data))
    for expected in ("Restore drill report", "恢复演练报告", "海港沙龙", "Harbour Salon & Spa",
                     "clientsafe-harbour-salon-20260301-090000.csbackup", "PASSED", "通过",
                     "1,234", "56,789", "Olivia Officer (officer)", "4.25 s", "0.1.0"):
        assert squash(expected) in text, expected
    # The full audit head is on the page (in two halves), so it can be compared by hand.
    assert HEAD[:32] in text and HEAD[32:] in text
    assert "FAILED" not in text


def test_a_failed_drill_says_so_and_why() -> None:
    data = render_drill_report(make_report(
        passed=False, duration_s=75.0,
        detail="The backup's checksum does not match; the file was changed or damaged."))
    text = squash(pypdf_text(data))
    assert "FAILED" in text and "未通过" in text
    assert squash("the file was changed or damaged") in text
    assert "1min15s" in text


def test_a_file_that_could_not_be_authenticated_has_no_figures() -> None:
    text = squash(pypdf_text(render_drill_report(make_report(
        figures=None, passed=False, detail="The backup is damaged."))))
    assert squash("could not be authenticated") in text and "1,234" not in text


def test_only_the_shipped_font_is_used_and_it_is_embedded() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_drill_report(make_report())))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font).get(
                "/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert fonts and all("WenQuanYiMicroHei" in name for name in fonts)


def test_metadata_names_no_business(tmp_path: Path) -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_drill_report(make_report())))
    meta = reader.metadata
    assert meta is not None and "海港" not in str(dict(meta))


def test_pdftotext_reads_the_chinese_business_name(tmp_path: Path) -> None:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = tmp_path / "drill.pdf"
    pdf.write_bytes(render_drill_report(make_report()))
    out = subprocess.run([exe, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    assert "海港沙龙" in out.stdout.decode("utf-8")
