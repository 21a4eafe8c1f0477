"""The signed consent PDF, read back as a person's tools would: pypdf for the text, pdftoppm for
what the page looks like (the signature must actually be drawn)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PIL import Image

from clientsafe.core.consent import Channel, ConsentDocument, Decision, EventKind, Guardian
from clientsafe.reports.consent_pdf import render
from clientsafe.reports.pdf_text import markup
from tests.consent_pdf_samples import make_document, minor_on_paper, signature_png

LONG_EXTRA = " We also use it to plan class timetables and staffing for the coming season." * 60


def squash(text: str) -> str:
    """Extractors split lines and may add spaces; compare with all whitespace removed."""
    return re.sub(r"\s+", "", text)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def all_text(data: bytes) -> str:
    return squash("".join(page_texts(data)))


def without_footers(data: bytes) -> str:
    """All pages' text, squashed, without the footer (its last two lines) that ends each page,
    so text that runs over a page break reads back whole."""
    return squash("".join("\n".join(text.splitlines()[:-2]) for text in page_texts(data)))


def image_count(data: bytes) -> int:
    return sum(len(page.images) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def picture(data: bytes, page: int, tmp_path: Path, name: str) -> Image.Image:
    """One page as pdftoppm draws it at 50 dpi, greyscale."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run([exe, "-png", "-r", "50", "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(tmp_path / name)], check=True, timeout=60)
    return Image.open(tmp_path / f"{name}.png").convert("L")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_chinese_customer_name_reads_back(language: str) -> None:
    data = render(make_document(language, customer_name="张伟明"))
    assert data.startswith(b"%PDF")
    assert "张伟明" in all_text(data)


@pytest.mark.parametrize(("language", "distinctive"), [
    ("en", ["What we collect",
            "• Phone number (required): used to reach you about bookings and changes. "
            "Without it: we cannot confirm bookings",
            "Harbour View Fitness & Spa <Central> — how we handle your information for "
            "Membership"]),
    ("zh_CN", ["我们收集哪些信息", "您的权利",
               "• 居民身份证号码（必填）：用于按法律要求在签订会员合同时核验身份。"
               "不提供的后果：无法签订合同"]),
])
def test_every_notice_line_reads_back(language: str, distinctive: list[str]) -> None:
    doc = make_document(language)
    flat = all_text(render(doc))
    lines = [line for line in doc.notice_text.splitlines() if line.strip()]
    assert len(lines) > 15
    for line in distinctive:
        assert line in doc.notice_text.splitlines()  # the sample still says what we test
        assert squash(line) in flat
    for line in lines:
        assert squash(line) in flat, line


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_verification_values_and_choices_read_back(language: str) -> None:
    doc = make_document(language)
    texts = page_texts(render(doc))
    flat = squash("".join(texts))
    assert doc.text_sha256 in flat
    assert squash(doc.verification_code) in flat
    assert str(doc.record_id) in flat and str(doc.customer_id) in flat
    assert f"{doc.at.astimezone():%Y-%m-%d%H:%M}" in flat  # doc.at in local time
    for label, _decision in doc.choices:
        # Printed twice: in the notice's own choice list and in the table of decisions.
        assert flat.count(squash(label)) >= 2
    words = {"en": ("✔Agreed", "✘Notagreed"), "zh_CN": ("✔同意", "✘不同意")}[language]
    assert all(word in flat for word in words)
    title = {"en": "Signedconsentrecord", "zh_CN": "个人信息处理同意书"}[language]
    assert title in squash(texts[0])


def test_withdrawal_is_marked_withdrawn() -> None:
    doc = make_document("en", kind=EventKind.WITHDRAWAL, channel=Channel.COUNTER,
                        signature_png=b"", choices=(("I agree to receive marketing.",
                                                     Decision.WITHDRAWN),))
    flat = all_text(render(doc))
    assert "Consentwithdrawn·Service:Membership" in flat
    assert "noticethewithdrawnconsentwasgivenunder" in flat
    assert "—Withdrawn" in flat
    assert "Nosignatureimagewasrecorded." in flat


@pytest.mark.parametrize(("language", "footer", "page"), [
    ("en", "HarbourViewFitness&Spa<Central>·Signedconsentrecord·Record88017",
     "Page{page}of{pages}"),
    ("zh_CN", "海景健身中心（中环店）·个人信息处理同意书·记录编号88017", "第{page}页，共{pages}页"),
])
def test_long_notice_runs_over_pages_with_a_footer_on_each(language: str, footer: str,
                                                           page: str) -> None:
    doc = make_document(language, extra_description=LONG_EXTRA)
    texts = page_texts(render(doc))
    assert len(texts) > 2
    body = []
    for number, text in enumerate(texts, start=1):
        flat = squash(text)
        # The footer is drawn last, so it closes each page's text.
        assert flat.endswith(footer + page.format(page=number, pages=len(texts)))
        body.append(flat.removesuffix(footer + page.format(page=number, pages=len(texts))))
    # A paragraph split over two pages reads back whole once the footers are taken out.
    for line in doc.notice_text.splitlines():
        assert squash(line) in "".join(body)
    # ...with its spaces: no two words glued together where a line or a page broke.
    words = " ".join(" ".join(text.splitlines()[:-2]) for text in texts).split()
    assert " ".join(words).count(LONG_EXTRA.split(".")[0].strip()) == 60


def test_markup_characters_print_as_themselves() -> None:
    doc = make_document("en", customer_name="O'Brien & <Sons>",
                        notice_text="Line with <b>tags</b> & ampersands\n\n  indented  twice")
    flat = all_text(render(doc))
    assert "O'Brien&<Sons>" in flat
    assert "Linewith<b>tags</b>&ampersands" in flat
    assert markup("  a  b <&>") == "\u00a0\u00a0a \u00a0b &lt;&amp;&gt;"


@pytest.mark.parametrize("notice", [
    "",
    "x" * 700,  # one word longer than a line: cut by characters
    "个人信息" * 900,  # Chinese without any break opportunity but between characters
    "Tabbed\tline\r\nWindows line\r\n\r\n    indented  with  double  spaces",
    "（括号）“引号”，标点。" * 80,
], ids=["empty", "long-word", "long-chinese", "tabs-and-crlf", "cjk-punctuation"])
def test_awkward_notice_text_prints_every_character(notice: str) -> None:
    doc = make_document("zh_CN", notice_text=notice)
    assert squash(notice) in without_footers(render(doc))
    if "double" in notice:
        texts = page_texts(render(doc))
        assert "indented  with  double  spaces" in texts[0]


def test_signature_is_drawn_in_its_box(tmp_path: Path) -> None:
    # A short notice keeps everything on page 1; the blank twin has the same layout, so the
    # only difference between the two pictures is the ink.
    short = make_document("en", notice_text="Short notice.\n• One line.")
    blank = replace(short, signature_png=signature_png(ink=False))
    assert len(page_texts(render(short))) == 1
    signed = picture(render(short), 1, tmp_path, "signed")
    unsigned = picture(render(blank), 1, tmp_path, "unsigned")
    assert signed.size == unsigned.size
    dark, light = signed.load(), unsigned.load()
    assert dark is not None and light is not None
    ink = [(x, y) for y in range(signed.height) for x in range(signed.width)
           if dark[x, y] < 100 and light[x, y] > 200]
    assert len(ink) > 200, "the signature stroke is not on the page"
    xs, ys = [x for x, _ in ink], [y for _, y in ink]
    # Within the 78 × 26 mm box (at 50 dpi about 154 × 51 px), not anywhere else on the page.
    assert max(xs) - min(xs) < 154 and max(ys) - min(ys) < 51
    assert image_count(render(short)) == 1


def test_paper_consent_of_a_minor_with_guardian(tmp_path: Path) -> None:
    doc = minor_on_paper("zh_CN")
    data = render(doc)
    flat = all_text(data)
    assert "张小明" in flat and "李秀英" in flat and "母亲" in flat
    assert "监护人签名" in flat
    assert flat.count("已在纸质表格上签名，签字表格已存档。") == 2  # customer and guardian
    assert image_count(data) == 0
    pages = len(page_texts(data))
    assert picture(data, pages, tmp_path, "minor").getbbox() is not None


def test_paper_consent_in_english_and_guardian_signature_on_screen() -> None:
    paper = make_document("en", channel=Channel.PAPER, signature_png=b"")
    assert "Signedonpaper;thesignedformiskeptonfile." in all_text(render(paper))
    # A different picture: the same bytes would be stored once and drawn twice.
    guardian = Guardian("Li Xiuying", "Mother", signature_png(600, 200))
    minor = make_document("en", guardian=guardian)
    data = render(minor)
    flat = all_text(data)
    assert "Name:LiXiuying" in flat and "Relationship:Mother" in flat
    assert "Signatureoftheguardian" in flat
    assert image_count(data) == 2


def test_damaged_signature_image_is_said_not_crashed() -> None:
    doc = make_document("en", signature_png=b"\x89PNG not really")
    assert "Thestoredsignatureimagecouldnotberead." in all_text(render(doc))


def test_same_record_gives_the_same_bytes() -> None:
    doc = make_document("zh_CN", guardian=Guardian("李秀英", "母亲", signature_png()))
    assert render(doc) == render(make_document(
        "zh_CN", guardian=Guardian("李秀英", "母亲", signature_png())))


def test_metadata_holds_no_customer_values() -> None:
    doc: ConsentDocument = make_document("en", customer_name="张伟明")
    metadata: Any = pypdf.PdfReader(io.BytesIO(render(doc))).metadata
    values = " ".join(str(v) for v in metadata.values())
    for secret in (doc.customer_name, str(doc.customer_id), doc.staff_name, doc.text_sha256):
        assert secret not in values
    assert metadata.title == "ClientSafe signed consent record"


def test_only_the_embedded_font_and_courier_are_used() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render(make_document("zh_CN"))))
    names = set()
    for page in reader.pages:
        fonts: Any = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            if "WQY" in str(font["/BaseFont"]) or "Micro" in str(font["/BaseFont"]):
                assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert names, "no fonts found"
    assert all(("Micro" in n or "WQY" in n) or n == "/Courier-Bold" for n in names), names


def test_writes_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(empty))
    monkeypatch.setenv("TMPDIR", str(empty))
    monkeypatch.chdir(empty)
    render(make_document("zh_CN", guardian=Guardian("李秀英", "母亲", signature_png())))
    assert list(empty.iterdir()) == []
