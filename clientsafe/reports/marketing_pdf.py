"""The printable marketing contact list: A4 pages of name, phone and e-mail, each page marked
with who made the list and when.

A list can hold tens of thousands of customers, so rows have a fixed height and are drawn
straight onto the canvas (no table layout to compute), and the number of pages is known before
the first is drawn, so every footer can say "page X of Y" without holding pages back. A value
longer than its column is cut with "…". Headings are bilingual, like the audit report: the list
is read by whoever runs the campaign, whatever language the app was in.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from clientsafe.reports.fonts import cjk_font_name
from clientsafe.reports.pdf_text import FILL, GREY, INK, NAVY, RULE, break_lines, fit, local_time

__all__ = ["COLUMN_HEADINGS", "MarketingListHeader", "render"]

PAGE_W, PAGE_H = A4
MARGIN_X = 16 * mm
MARGIN_TOP = 14 * mm
FOOTER_Y = 9 * mm
TABLE_BOTTOM = 16 * mm
ROW_H = 15.0
HEAD_H = 16.0
FONT_SIZE = 9.0
_WATERMARK = Color(0.75, 0.78, 0.83, alpha=0.28)

COLUMN_HEADINGS: dict[str, str] = {
    "full_name": "Name 姓名",
    "phone": "Phone 手机号码",
    "email": "E-mail 电子邮箱",
}
# Share of the table's width per column (the number column is fixed).
_WEIGHTS = {"full_name": 0.34, "phone": 0.24, "email": 0.42}
_NUMBER_W = 13 * mm
_PROGRESS_EVERY = 500  # rows between progress reports (about 10 pages)


@dataclass(frozen=True, slots=True)
class MarketingListHeader:
    business_name: str
    scope: str  # the service's name, or "All services"
    exported_by: str  # "李强 Li Qiang (manager)"
    exported_at: datetime
    columns: tuple[str, ...]  # field keys, in order


def _header_rows(header: MarketingListHeader, count: int) -> list[tuple[str, str]]:
    return [
        ("Business 企业名称", header.business_name),
        ("Service 服务", header.scope),
        ("Customers 客户数", f"{count:,}"),
        ("Made by 制表人", header.exported_by),
        ("Made at 制表时间", local_time(header.exported_at)),
    ]


_NOTE = (
    "Only customers who agree to marketing today are listed; anyone who withdraws is left out "
    "of the next list. Make a new list for each campaign and destroy this one after use.",
    "仅列出目前同意接收营销信息的客户；撤回同意的客户不会出现在下一份名单中。"
    "每次活动请重新制作名单，用后销毁本名单。",
)
_NOTE_SIZE, _NOTE_LEADING = 7.6, 10.5
# Below the title, the five header rows and the note box of page 1.
_FIRST_TOP = PAGE_H - MARGIN_TOP - 152
_LATER_TOP = PAGE_H - MARGIN_TOP - 18


def _rows_per_page(top: float) -> int:
    return int((top - HEAD_H - TABLE_BOTTOM) // ROW_H)


def page_count(count: int) -> int:
    first, later = _rows_per_page(_FIRST_TOP), _rows_per_page(_LATER_TOP)
    return 1 + max(0, math.ceil((count - first) / later))


def _columns(keys: tuple[str, ...]) -> list[tuple[str, float, float]]:
    """(heading, x, width): the row number, then the fields sharing the rest by weight."""
    rest = PAGE_W - 2 * MARGIN_X - _NUMBER_W
    total = sum(_WEIGHTS.get(k, 0.3) for k in keys) or 1.0
    layout = [("#", MARGIN_X, _NUMBER_W)]
    x = MARGIN_X + _NUMBER_W
    for key in keys:
        width = rest * _WEIGHTS.get(key, 0.3) / total
        layout.append((COLUMN_HEADINGS.get(key, key), x, width))
        x += width
    return layout


class _Writer:
    def __init__(self, header: MarketingListHeader, count: int) -> None:
        self.header = header
        self.count = count
        self.pages = page_count(count)
        self.font = cjk_font_name()
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=A4, pageCompression=1)
        self.canvas.setTitle(f"Marketing list - {header.business_name}")
        self.canvas.setAuthor(header.exported_by)
        self.canvas.setCreator("ClientSafe")
        self.columns = _columns(header.columns)
        self.page = 0
        self.y = 0.0
        self.on_page = 0
        stamp = local_time(header.exported_at)
        self.mark = f"CONFIDENTIAL 机密 · {header.exported_by} · {stamp}"
        self.footer = (f"Marketing list made by {header.exported_by} at {stamp} · confidential, "
                       "do not pass on")

    def text(self, x: float, y: float, value: str, size: float, color: Color,
             width: float | None = None) -> None:
        c = self.canvas
        c.setFillColor(color)
        c.setFont(self.font, size)
        c.drawString(x, y, value if width is None else fit(value, self.font, size, width))

    def start_page(self) -> None:
        self.page += 1
        c = self.canvas
        c.saveState()  # the watermark first, so the rows print over it
        c.translate(PAGE_W / 2, PAGE_H / 2)
        c.rotate(35)
        c.setFillColor(_WATERMARK)
        c.setFont(self.font, 17)
        c.drawCentredString(0, 0, fit(self.mark, self.font, 17, PAGE_H * 0.9))
        c.restoreState()
        top = PAGE_H - MARGIN_TOP
        if self.page == 1:
            self.title_block(top)
            top = _FIRST_TOP
        else:
            self.text(MARGIN_X, top - 10, f"Marketing list 营销名单 · {self.header.scope}", 9,
                      NAVY, PAGE_W - 2 * MARGIN_X)
            top = _LATER_TOP
        c.setFillColor(NAVY)
        c.rect(MARGIN_X, top - HEAD_H, PAGE_W - 2 * MARGIN_X, HEAD_H, stroke=0, fill=1)
        for heading, x, width in self.columns:
            self.text(x + 3, top - HEAD_H + 5, heading, 8.5, white, width - 6)
        self.y = top - HEAD_H
        self.on_page = 0

    def title_block(self, top: float) -> None:
        c = self.canvas
        width = PAGE_W - 2 * MARGIN_X
        self.text(MARGIN_X, top - 18, "Marketing contact list", 18, NAVY)
        self.text(MARGIN_X + 215, top - 18, "营销联系名单", 15, NAVY)
        c.setStrokeColor(NAVY)
        c.setLineWidth(1.0)
        c.line(MARGIN_X, top - 26, PAGE_W - MARGIN_X, top - 26)
        y = top - 42
        for label, value in _header_rows(self.header, self.count):
            self.text(MARGIN_X, y, label, 8.5, GREY)
            self.text(MARGIN_X + 110, y, value, 9.5, INK, width - 110)
            y -= 14
        lines = [line for text in _NOTE
                 for line in break_lines(text, self.font, _NOTE_SIZE, width - 10, width - 10)]
        lines = lines[:3]  # the box has room for three lines
        c.setFillColor(FILL)
        c.rect(MARGIN_X, y - 30, width, 36, stroke=0, fill=1)
        for index, line in enumerate(lines):
            self.text(MARGIN_X + 5, y - 4 - index * _NOTE_LEADING, line, _NOTE_SIZE, INK)

    def end_page(self) -> None:
        c = self.canvas
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(MARGIN_X, FOOTER_Y + 10, PAGE_W - MARGIN_X, FOOTER_Y + 10)
        right = f"Page {self.page} of {self.pages}  第 {self.page}/{self.pages} 页"
        c.setFont(self.font, 7.5)
        room = PAGE_W - 2 * MARGIN_X - c.stringWidth(right, self.font, 7.5) - 6 * mm
        self.text(MARGIN_X, FOOTER_Y, self.footer, 7.5, GREY, room)
        c.setFillColor(GREY)
        c.drawRightString(PAGE_W - MARGIN_X, FOOTER_Y, right)
        c.showPage()

    def row(self, number: int, values: Sequence[str]) -> None:
        if self.page == 0 or self.y - ROW_H < TABLE_BOTTOM:
            if self.page:
                self.end_page()
            self.start_page()
        c = self.canvas
        if self.on_page % 2:
            c.setFillColor(FILL)
            c.rect(MARGIN_X, self.y - ROW_H, PAGE_W - 2 * MARGIN_X, ROW_H, stroke=0, fill=1)
        baseline = self.y - ROW_H + 4.5
        for (_, x, width), value in zip(self.columns, (str(number), *values), strict=True):
            if value:
                self.text(x + 3, baseline, value, FONT_SIZE, GREY if x == MARGIN_X else INK,
                          width - 6)
        self.y -= ROW_H
        self.on_page += 1

    def finish(self) -> bytes:
        if self.page == 0:
            self.start_page()
        if self.y - ROW_H >= TABLE_BOTTOM:
            n = f"{self.count:,}"
            self.text(MARGIN_X, self.y - ROW_H + 3,
                      f"End of list: {n} customers. 名单结束：共 {n} 位客户。", 8, GREY)
        self.end_page()
        self.canvas.save()
        return self.buffer.getvalue()


def render(header: MarketingListHeader, rows: Sequence[Sequence[str]], *,
           progress: Callable[[int, int], None] | None = None) -> bytes:
    """The list as PDF bytes; each row holds the values of `header.columns`, in order.
    `progress(done, total)` is called every few hundred rows and may raise to stop."""
    writer = _Writer(header, len(rows))
    for number, values in enumerate(rows, start=1):
        writer.row(number, values)
        if progress is not None and number % _PROGRESS_EVERY == 0:
            progress(number, len(rows))
    return writer.finish()
