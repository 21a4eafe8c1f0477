"""The audit report: a landscape A4 PDF of audit entries, written page by page.

reportlab's canvas keeps every page of a document in memory until it saves, and a 100,000-entry
report has a few thousand pages. This module therefore writes the PDF itself, one page at a time:
each page's content stream is compressed and written to the output as soon as the page is full,
and only the byte offsets of the objects (a few numbers per page) are kept. reportlab still does
the font work: text widths, the assignment of characters to 256-glyph subsets and the embedded
TrueType subsets of the shipped CJK font, written at the end.

Rows have a fixed height; a value longer than its column is cut and ends with "…". Every page
repeats the column headings and has a footer with its number and the chain head's short hash.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap

from clientsafe.core.entities import AuditEntry
from clientsafe.reports.fonts import cjk_font_name

__all__ = ["AuditReportHeader", "render_audit_report"]

# Landscape A4, in points.
PAGE_W, PAGE_H = 841.89, 595.28
MARGIN_X = 28.0
MARGIN_TOP = 30.0
FOOTER_Y = 18.0
TABLE_BOTTOM = 36.0  # the last row's bottom edge stays above the footer
ROW_H = 11.0
HEAD_H = 14.0
FONT_SIZE = 7.2

_NAVY = (0.122, 0.227, 0.373)
_INK = (0.10, 0.10, 0.10)
_GREY = (0.373, 0.420, 0.478)
_RULE = (0.788, 0.824, 0.871)
_ZEBRA = (0.953, 0.965, 0.980)
_OK = (0.12, 0.43, 0.22)
_BAD = (0.60, 0.13, 0.13)

# (heading, width in points); the last column takes what is left.
_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Seq 序号", 48),
    ("Time 时间", 84),
    ("User 用户", 70),
    ("Action 操作", 112),
    ("Customer 客户", 62),
    ("Fields 字段", 118),
    ("Purpose 目的", 58),
    ("Outcome 结果", 60),
    ("Detail 详情", 0),
    ("Hash 哈希", 56),
)


@dataclass(frozen=True, slots=True)
class AuditReportHeader:
    """What page 1 says about the report; every value is already in words (no ids to look up)."""

    business_name: str
    period: str  # e.g. "2026-03-01 – 2026-03-31" or "all dates"
    filters: tuple[str, ...]  # e.g. ("User: alice", "Outcome: denied"); empty: none
    generated_by: str
    generated_at: datetime
    verified_ok: bool
    verification: str  # one sentence: "OK: 1,234 entries …" or the first problem
    head_seq: int  # the chain head (the last good entry when verification failed)
    head_hash: str


def _column_layout() -> list[tuple[str, float, float]]:
    """(heading, x, width) for each column."""
    fixed = sum(w for _, w in _COLUMNS)
    rest = PAGE_W - 2 * MARGIN_X - fixed
    x = MARGIN_X
    layout = []
    for heading, width in _COLUMNS:
        w = width or rest
        layout.append((heading, x, w))
        x += w
    return layout


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _stamp_with_zone(moment: datetime) -> str:
    local = moment.astimezone()
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{local:%Y-%m-%d %H:%M} (UTC{sign}{hours:02d}:{mins:02d})"


class _PdfWriter:
    """A minimal PDF 1.4 writer: objects go out as soon as they are complete."""

    _CATALOG, _PAGES, _RESOURCES, _INFO = 1, 2, 3, 4

    def __init__(self, out: BinaryIO, font: TTFont) -> None:
        self._out = out
        self._font = font
        self._key = _FontState()  # reportlab keys its subset state by "document"
        self._pos = 0
        self._offsets: dict[int, int] = {}
        self._next = 5
        self._pages: list[int] = []
        self._write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")

    # --- low level
    def _write(self, data: bytes) -> None:
        self._out.write(data)
        self._pos += len(data)

    def _new_id(self) -> int:
        number = self._next
        self._next += 1
        return number

    def _object(self, number: int, body: bytes) -> None:
        self._offsets[number] = self._pos
        self._write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    def _stream(self, number: int, data: bytes, extra: bytes = b"") -> None:
        packed = zlib.compress(data, 6)
        self._object(number, b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n"
                     % (len(packed), extra) + packed + b"\nendstream")

    # --- text
    def encode(self, text: str) -> list[tuple[int, bytes]]:
        return self._font.splitString(text, self._key)

    def add_page(self, content: bytes) -> None:
        stream_id, page_id = self._new_id(), self._new_id()
        self._stream(stream_id, content)
        self._object(page_id, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f]"
                     b" /Resources 3 0 R /Contents %d 0 R >>" % (PAGE_W, PAGE_H, stream_id))
        self._pages.append(page_id)

    def finish(self, title: str) -> None:
        face = self._font.face
        state = self._font.state.get(self._key)
        subsets = state.subsets if state is not None else [[0] + [32] * 32]
        font_refs = []
        for n, subset in enumerate(subsets):
            base = (SUBSETN(n) + b"+" + face.name + face.subfontNameX).decode("latin-1")
            font_id, cmap_id, desc_id, file_id = (self._new_id() for _ in range(4))
            program = face.makeSubset(subset)
            self._stream(file_id, program, b" /Length1 %d" % len(program))
            flags = (face.flags & ~32) | 4  # symbolic, as reportlab marks its subsets
            bbox = " ".join(str(v) for v in face.bbox)
            self._object(desc_id, (
                f"<< /Type /FontDescriptor /FontName /{base} /Flags {flags} /FontBBox [{bbox}]"
                f" /ItalicAngle {face.italicAngle} /Ascent {face.ascent} /Descent {face.descent}"
                f" /CapHeight {face.capHeight} /StemV {face.stemV}"
                f" /MissingWidth {face.defaultWidth} /FontFile2 {file_id} 0 R >>").encode())
            self._stream(cmap_id, makeToUnicodeCMap(base, subset).encode("latin-1"))
            widths = " ".join(str(face.getCharWidth(c)) for c in subset)
            self._object(font_id, (
                f"<< /Type /Font /Subtype /TrueType /BaseFont /{base} /FirstChar 0"
                f" /LastChar {len(subset) - 1} /Widths [{widths}]"
                f" /FontDescriptor {desc_id} 0 R /ToUnicode {cmap_id} 0 R >>").encode())
            font_refs.append(f"/F{n} {font_id} 0 R")
        self._object(self._RESOURCES, (
            "<< /ProcSet [/PDF /Text] /Font << " + " ".join(font_refs) + " >> >>").encode())
        kids = " ".join(f"{p} 0 R" for p in self._pages)
        self._object(self._PAGES, f"<< /Type /Pages /Count {len(self._pages)} /Kids [{kids}] >>"
                     .encode())
        self._object(self._CATALOG, b"<< /Type /Catalog /Pages 2 0 R >>")
        self._object(self._INFO, b"<< /Title " + _pdf_text(title)
                     + b" /Producer (ClientSafe) /Creator (ClientSafe) >>")
        xref_at = self._pos
        lines = [b"xref\n0 %d\n" % self._next, b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % self._offsets[i] for i in range(1, self._next)]
        self._write(b"".join(lines))
        self._write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                    % (self._next, xref_at))
        if state is not None:
            del self._font.state[self._key]


class _FontState:
    """A weak-referenceable stand-in for the reportlab document that keys the subset state."""


def _pdf_text(text: str) -> bytes:
    """A PDF text string (UTF-16BE with BOM), for the document information."""
    return b"<feff" + text.encode("utf-16-be").hex().encode() + b">"


class _Page:
    """The drawing operators of one page, collected as text."""

    def __init__(self, writer: _PdfWriter) -> None:
        self._writer = writer
        self.ops: list[str] = []

    def color(self, rgb: tuple[float, float, float], *, stroke: bool = False) -> None:
        r, g, b = rgb
        self.ops.append(f"{r:.3f} {g:.3f} {b:.3f} {'RG' if stroke else 'rg'}")

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.ops.append(f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re f")

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5) -> None:
        self.ops.append(f"{width:.2f} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def text(self, x: float, y: float, text: str, size: float) -> None:
        if not text:
            return
        parts = [f"BT {x:.2f} {y:.2f} Td"]
        for subset, codes in self._writer.encode(text):
            parts.append(f"/F{subset} {size:g} Tf <{codes.hex()}> Tj")
        parts.append("ET")
        self.ops.append(" ".join(parts))

    def text_right(self, x: float, y: float, text: str, size: float) -> None:
        self.text(x - pdfmetrics.stringWidth(text, cjk_font_name(), size), y, text, size)

    def content(self) -> bytes:
        return "\n".join(self.ops).encode("latin-1")


def _fit(text: str, width: float, size: float) -> str:
    """The text cut to the width, with "…" when cut; one line (line breaks become spaces)."""
    text = " ".join(text.split())
    font = cjk_font_name()
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    ellipsis = "…"
    room = width - pdfmetrics.stringWidth(ellipsis, font, size)
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits
        mid = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:mid], font, size) <= room:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ellipsis


class _Report:
    def __init__(self, header: AuditReportHeader, writer: _PdfWriter) -> None:
        self._header = header
        self._writer = writer
        self._columns = _column_layout()
        self._page: _Page | None = None
        self._page_number = 0
        self._y = 0.0
        self._rows_on_page = 0

    # --- pages
    def _start_page(self) -> _Page:
        self._page_number += 1
        page = _Page(self._writer)
        self._page = page
        top = PAGE_H - MARGIN_TOP
        if self._page_number == 1:
            top = self._header_block(page, top)
        else:
            page.color(_NAVY)
            title = f"Audit trail 审计日志 · {self._header.business_name}"
            page.text(MARGIN_X, top - 9, _fit(title, PAGE_W - 2 * MARGIN_X, 9), 9)
            top -= 18
        self._column_headings(page, top)
        self._y = top - HEAD_H
        self._rows_on_page = 0
        return page

    def _end_page(self) -> None:
        page = self._page
        if page is None:
            return
        head = self._header
        page.line(MARGIN_X, FOOTER_Y + 10, PAGE_W - MARGIN_X, FOOTER_Y + 10, 0.5)
        page.color(_GREY)
        page.text(MARGIN_X, FOOTER_Y, _fit(
            f"ClientSafe audit report · {head.business_name} · chain head {head.head_seq} "
            f"{head.head_hash[:12]}", PAGE_W / 2, 7), 7)
        page.text_right(PAGE_W - MARGIN_X, FOOTER_Y,
                        f"Page {self._page_number}  /  第 {self._page_number} 页", 7)
        self._writer.add_page(page.content())
        self._page = None

    def _header_block(self, page: _Page, top: float) -> float:
        head = self._header
        width = PAGE_W - 2 * MARGIN_X
        page.color(_NAVY)
        page.text(MARGIN_X, top - 18, "Audit trail report", 18)
        page.text(MARGIN_X + 190, top - 18, "审计日志报告", 15)
        page.color(_NAVY, stroke=True)
        page.line(MARGIN_X, top - 26, PAGE_W - MARGIN_X, top - 26, 1.0)
        y = top - 40
        label_w = 150.0
        rows = [
            ("Business 企业名称", head.business_name),
            ("Period 期间", head.period),
            ("Filters 筛选条件", "; ".join(head.filters) if head.filters else "none 无"),
            ("Generated by 导出人", head.generated_by),
            ("Generated at 导出时间", _stamp_with_zone(head.generated_at)),
        ]
        for label, value in rows:
            page.color(_GREY)
            page.text(MARGIN_X, y, label, 8.5)
            page.color(_INK)
            page.text(MARGIN_X + label_w, y, _fit(value, width - label_w, 9.5), 9.5)
            y -= 14
        page.color(_GREY)
        page.text(MARGIN_X, y, "Verification 核验结果", 8.5)
        page.color(_OK if head.verified_ok else _BAD)
        result = ("OK 通过: " if head.verified_ok else "FAILED 未通过: ") + head.verification
        page.text(MARGIN_X + label_w, y, _fit(result, width - label_w, 9.5), 9.5)
        y -= 14
        page.color(_GREY)
        page.text(MARGIN_X, y, "Chain head 链头" if head.verified_ok
                  else "Last good entry 最后有效条目", 8.5)
        page.color(_INK)
        page.text(MARGIN_X + label_w, y, f"entry {head.head_seq}", 9.5)
        y -= 12
        page.text(MARGIN_X + label_w, y, head.head_hash, 8.5)
        y -= 8
        page.color(_RULE, stroke=True)
        page.line(MARGIN_X, y, PAGE_W - MARGIN_X, y, 0.6)
        return y - 10

    def _column_headings(self, page: _Page, top: float) -> None:
        page.color(_NAVY)
        page.rect(MARGIN_X, top - HEAD_H, PAGE_W - 2 * MARGIN_X, HEAD_H)
        page.color((1.0, 1.0, 1.0))
        for heading, x, width in self._columns:
            page.text(x + 2, top - HEAD_H + 4, _fit(heading, width - 4, 7.5), 7.5)

    # --- rows
    def add(self, entry: AuditEntry) -> None:
        if self._page is None or self._y - ROW_H < TABLE_BOTTOM:
            self._end_page()
            self._start_page()
        page = self._page
        assert page is not None
        if self._rows_on_page % 2:
            page.color(_ZEBRA)
            page.rect(MARGIN_X, self._y - ROW_H, PAGE_W - 2 * MARGIN_X, ROW_H)
        values = (
            str(entry.seq),
            _local(entry.at),
            entry.actor,
            entry.action,
            "" if entry.customer_id is None else f"#{entry.customer_id}",
            ", ".join(entry.fields),
            entry.purpose,
            entry.outcome,
            entry.detail,
            entry.hash[:10],
        )
        baseline = self._y - ROW_H + 3
        for (_, x, width), value in zip(self._columns, values, strict=True):
            if not value:
                continue
            page.color(_BAD if value == "denied" else _INK)
            page.text(x + 2, baseline, _fit(value, width - 4, FONT_SIZE), FONT_SIZE)
        self._y -= ROW_H
        self._rows_on_page += 1

    def finish(self, count: int) -> None:
        if self._page is None or self._y - ROW_H < TABLE_BOTTOM:
            self._end_page()
            self._start_page()
        page = self._page
        assert page is not None
        page.color(_GREY)
        page.text(MARGIN_X, self._y - ROW_H + 1,
                  "No entries match. 没有符合条件的条目。" if count == 0
                  else f"End of report: {count} entries. 报告结束：共 {count} 条。", 8)
        self._end_page()
        self._writer.finish(f"ClientSafe audit report - {self._header.business_name}")


def render_audit_report(header: AuditReportHeader, entries: Iterable[AuditEntry],
                        out: BinaryIO) -> int:
    """Write the report to `out` (a binary file), reading `entries` once, oldest first.

    Memory stays flat however many entries there are. Returns the number of entries written.
    """
    font = pdfmetrics.getFont(cjk_font_name())
    assert isinstance(font, TTFont)
    report = _Report(header, _PdfWriter(out, font))
    count = 0
    for entry in entries:
        report.add(entry)
        count += 1
    report.finish(count)
    return count
