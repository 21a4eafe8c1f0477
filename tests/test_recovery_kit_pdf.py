"""The Recovery Kit PDF, read back as a person's tools would: pypdf, pdftotext, the file system."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pypdf
import pytest

import clientsafe.vault.atomic_file as atomic_file_module
from clientsafe.reports.recovery_kit import (
    RecoveryKit,
    render_recovery_kit,
)
from clientsafe.vault.atomic_file import write_atomically

VAULT_ID = "0f3c9a52-8e1d-4b7a-9c11-2a6d5e7f8b90"
SHORT_KEY = "JNA7-QS3X-YVYP-RKGD-C8XS-A2DP-Y2X8-VZ4F"
# Too long for one line: must wrap, at group boundaries only.
LONG_KEY = "G3R4-A8PB-8F75-T7P5-V7DG-Q7VK-H8D7-Z42T-6TTS-DSX6-FXNP-DMNR-6E7J"


def make_kit(
    business_name: str = "张三健身房",
    recovery_key: str = SHORT_KEY,
    vault_location: str = "/home/zhangsan/.local/share/ClientSafe/vaults/main/vault.db",
) -> RecoveryKit:
    return RecoveryKit(
        business_name=business_name,
        vault_id=VAULT_ID,
        created_at=datetime(2025, 11, 29, 14, 3, tzinfo=timezone(timedelta(hours=8))),
        recovery_key=recovery_key,
        vault_location=vault_location,
    )


def squash(text: str) -> str:
    """Extractors split lines and may add spaces; compare with all whitespace removed."""
    return re.sub(r"\s+", "", text)


def pypdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def pdftotext(data: bytes, tmp_path: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = tmp_path / "kit.pdf"
    pdf.write_bytes(data)
    result = subprocess.run(
        [exe, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, timeout=60
    )
    return result.stdout.decode("utf-8")


def test_output_is_a_pdf() -> None:
    data = render_recovery_kit(make_kit())
    assert data.startswith(b"%PDF")


@pytest.mark.parametrize(
    "business_name",
    ["张三健身房", "Harbour View Physio & Sports <Clinic> Ltd"],
    ids=["chinese-name", "english-name-with-markup-characters"],
)
def test_text_reads_back_with_pypdf(business_name: str) -> None:
    text = pypdf_text(render_recovery_kit(make_kit(business_name=business_name)))
    flat = squash(text)
    assert squash(business_name) in flat
    assert VAULT_ID in flat
    assert squash(SHORT_KEY) in flat
    assert "恢复" in text
    assert "2025-11-29" in text
    assert "Vault location when created:" in text
    assert "/home/zhangsan/.local/share/ClientSafe/vaults/main/vault.db" in flat


def test_fits_on_one_a4_page() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_recovery_kit(make_kit(recovery_key=LONG_KEY))))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_long_key_wraps_only_between_groups(tmp_path: Path) -> None:
    data = render_recovery_kit(make_kit(recovery_key=LONG_KEY))
    groups = LONG_KEY.split("-")
    for text in (pypdf_text(data), pdftotext(data, tmp_path)):
        assert squash(LONG_KEY) in squash(text)
        key_lines = [line for line in text.splitlines() if groups[0] in line or groups[-1] in line]
        assert len(key_lines) == 2, "the long key should take exactly two lines"
        for line in key_lines:
            # Every piece of a key line is a whole group: no group is cut in two.
            assert all(piece in groups for piece in line.strip().strip("-").split("-"))


def test_cjk_font_is_embedded() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_recovery_kit(make_kit())))
    embedded: list[str] = []
    for page in reader.pages:
        fonts: Any = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [
                d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])
            ]
            for descriptor in descriptors:
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    embedded.append(str(font["/BaseFont"]))
    assert embedded, "no embedded TrueType font found"
    assert all("WenQuanYiMicroHei" in name for name in embedded)
    # Subset fonts are tagged "ABCDEF+Name".
    assert all(re.match(r"/?[A-Z]{6}\+", name) for name in embedded)


def test_pdftotext_reads_the_chinese(tmp_path: Path) -> None:
    text = pdftotext(render_recovery_kit(make_kit()), tmp_path)
    assert "ClientSafe 恢复工具包" in text
    assert "张三健身房" in text
    assert "恢复密钥" in text
    assert squash(SHORT_KEY) in squash(text)


def test_key_stays_out_of_metadata_and_repr() -> None:
    kit = make_kit()
    assert SHORT_KEY not in repr(kit)
    reader = pypdf.PdfReader(io.BytesIO(render_recovery_kit(kit)))
    metadata = reader.metadata or {}
    assert all(SHORT_KEY not in str(value) for value in metadata.values())


def test_empty_key_is_refused_without_echoing_anything() -> None:
    with pytest.raises(ValueError, match="recovery key is empty"):
        make_kit(recovery_key="   ")


def test_naive_and_utc_dates_render() -> None:
    for created in (datetime(2025, 1, 2, 3, 4), datetime(2025, 1, 2, 3, 4, tzinfo=UTC)):
        kit = RecoveryKit("Shop", VAULT_ID, created, SHORT_KEY, "/v")
        assert "2025-01-02 03:04" in pypdf_text(render_recovery_kit(kit))


def test_write_leaves_only_the_target(tmp_path: Path) -> None:
    target = tmp_path / "recovery-kit.pdf"
    write_atomically(target, render_recovery_kit(make_kit()))
    assert [p.name for p in tmp_path.iterdir()] == ["recovery-kit.pdf"]
    assert target.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        # It holds a secret: readable by the owner only.
        assert target.stat().st_mode & 0o077 == 0


def test_write_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "kit.pdf"
    target.write_bytes(b"old")
    write_atomically(target, render_recovery_kit(make_kit(business_name="New Name Ltd")))
    assert "New Name Ltd" in pypdf_text(target.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["kit.pdf"]


def test_write_into_missing_directory_raises_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "missing" / "kit.pdf", render_recovery_kit(make_kit()))
    assert list(tmp_path.iterdir()) == []


def test_failed_replace_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kit.pdf"
    target.write_bytes(b"previous kit")

    def broken_replace(src: Any, dst: Any) -> None:
        raise PermissionError("simulated failure")

    monkeypatch.setattr(atomic_file_module.os, "replace", broken_replace)
    with pytest.raises(PermissionError, match="simulated failure"):
        write_atomically(target, render_recovery_kit(make_kit()))
    # The old file is untouched and no temporary file is left behind.
    assert [p.name for p in tmp_path.iterdir()] == ["kit.pdf"]
    assert target.read_bytes() == b"previous kit"


def test_failed_fsync_leaves_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file_module.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(tmp_path / "kit.pdf", render_recovery_kit(make_kit()))
    assert list(tmp_path.iterdir()) == []
