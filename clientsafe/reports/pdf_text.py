"""Helpers for reportlab documents that print user-supplied and legal text verbatim.

Paragraph takes a small XML markup and collapses whitespace; `paragraph` makes arbitrary text
safe for it (escaped, space runs kept) and picks the line-breaking mode from the text itself,
because a Chinese name can appear in an English document and the other way round. Long text that
may run over pages goes in a `TextBlock` instead (see why there). Also: a footer with "page X of
Y", an image box read from memory, and local time as printed on records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

__all__ = [
    "FILL",
    "GREY",
    "INK",
    "NAVY",
    "RULE",
    "Footer",
    "ImageBox",
    "NumberedCanvas",
    "TextBlock",
    "break_lines",
    "fit",
    "has_cjk",
    "has_glyph",
    "local_time",
    "markup",
    "notice_flowables",
    "paragraph",
]

# The reports' shared palette (bank-statement calm: navy for structure, grey for secondary text).
NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D2DE")
FILL = colors.HexColor("#F3F6FA")

# CJK ideographs, punctuation, kana, Hangul and full-width forms: text without spaces to break at.
_CJK_RE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_SPACE_RUN_RE = re.compile(r" {2,}")
_BULLETS = ("•", "-", "*", "·", "◦", "–")
# A notice heading is a short line on its own after a blank line ("What we collect").
_HEADING_MAX = 40


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


def markup(text: str) -> str:
    """`text` as Paragraph markup that prints exactly these characters on one logical line.

    Paragraph collapses spaces, so any run of two or more keeps its width with no-break spaces;
    a leading indent likewise. Tabs count as four spaces.
    """
    text = text.replace("\t", "    ")
    stripped = text.lstrip(" ")
    indent = "\u00a0" * (len(text) - len(stripped))
    body = _SPACE_RUN_RE.sub(lambda m: " " + "\u00a0" * (len(m.group()) - 1), stripped)
    return escape(indent + body)


def cjk_variant(style: ParagraphStyle) -> ParagraphStyle:
    """The same style, breaking lines between any two characters (Chinese has no spaces)."""
    return ParagraphStyle(style.name + "_cjk", parent=style, wordWrap="CJK")


def paragraph(text: str, style: ParagraphStyle, cjk_style: ParagraphStyle | None = None
              ) -> Paragraph:
    """A paragraph of plain (unescaped) text, wrapped to suit its script."""
    if has_cjk(text):
        style = cjk_style or cjk_variant(style)
    return Paragraph(markup(text), style)


# One token per CJK character (a line may break between any two), runs of spaces, and runs of
# anything else (a Latin word with its punctuation, breakable only at spaces).
_TOKEN_RE = re.compile(
    r" +|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"
    r"|[^ \u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]+")
# Chinese line-breaking rules: these never start a line / never end one.
_NO_LINE_START = frozenset("，。、；：？！）】》」』〉”’…%,.;:!?)]}")
_NO_LINE_END = frozenset("（【《「『〈“‘([{")


def break_lines(text: str, font: str, size: float, first: float, later: float) -> list[str]:
    """`text` broken into lines no wider than `first` (the first line) and `later` points.

    Lines break at spaces (the one space at a break is dropped, as in any paragraph) or between
    CJK characters; a word too long for a line is cut by characters. Every other character,
    including runs of spaces and leading indentation, is kept as it is.
    """
    lines: list[str] = []
    parts: list[str] = []  # the tokens of the line being filled

    def fits(candidate: str) -> bool:
        return stringWidth(candidate, font, size) <= (later if lines else first)

    for token in _TOKEN_RE.findall(text):
        if token.startswith(" ") or fits("".join(parts) + token):
            parts.append(token)
            continue
        if "".join(parts).strip():
            carry: list[str] = []
            # Closing punctuation goes down with the token before it, an opening one with the
            # token after it: as long as the line keeps something else.
            while len(parts) > 1 and not parts[-1].startswith(" ") and (
                    parts[-1][-1] in _NO_LINE_END
                    or (token[0] in _NO_LINE_START and not carry)):
                carry.insert(0, parts.pop())
            lines.append("".join(parts).rstrip(" "))
            parts = carry
        line = "".join(parts)
        while not fits(line + token) and len(token) > 1:  # still too wide alone: cut it
            cut = len(token) - 1
            while cut > 1 and not fits(line + token[:cut]):
                cut -= 1
            lines.append(line + token[:cut])
            line, token = "", token[cut:]
        parts = [line, token] if line else [token]
    line = "".join(parts).rstrip(" ")
    if line.strip() or not lines:
        lines.append(line)
    return lines


class TextBlock(Flowable):
    """Verbatim text in a ParagraphStyle's font, size, leading, colour and (hanging) indents.

    Unlike Paragraph it has no markup to escape and draws exactly the characters it was given; and
    it splits across pages by whole lines. (Paragraph with wordWrap="CJK" re-wraps the rest of a
    split paragraph without the spaces it broke at, gluing Latin words together.)
    """

    def __init__(self, text: str, style: ParagraphStyle, *, lines: list[str] | None = None,
                 continued: bool = False) -> None:
        super().__init__()
        self._text = text
        self._style = style
        self._lines = lines  # set on the pieces of a split block: already broken, kept as is
        self._continued = continued  # this piece's first line is not the text's first line
        self.width = self.height = 0.0

    def _x(self, index: int) -> float:
        s = self._style
        return s.leftIndent + (s.firstLineIndent if index == 0 and not self._continued else 0)

    def _broken(self, width: float) -> list[str]:
        if self._lines is None:
            s = self._style
            return break_lines(self._text, s.fontName, s.fontSize, width - self._x(0),
                               width - s.leftIndent)
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._broken(availWidth)) * self._style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._broken(availWidth)
        fit_count = int(availHeight // self._style.leading)
        if fit_count < 1 or fit_count >= len(lines):
            return []  # nothing fits here (the frame moves on), or no need to split
        return [TextBlock(self._text, self._style, lines=lines[:fit_count],
                          continued=self._continued),
                TextBlock(self._text, self._style, lines=lines[fit_count:], continued=True)]

    def draw(self) -> None:
        s = self._style
        ascent, descent = pdfmetrics.getAscentDescent(s.fontName, s.fontSize)
        # The glyphs' box centred in each line's leading.
        first_baseline = self.height - (s.leading - (ascent - descent)) / 2 - ascent
        c = self.canv
        c.saveState()
        c.setFillColor(s.textColor)
        c.setFont(s.fontName, s.fontSize)
        for index, line in enumerate(self._broken(self.width)):
            c.drawString(self._x(index), first_baseline - index * s.leading, line)
        c.restoreState()


def _is_bullet(line: str) -> bool:
    return line.lstrip().startswith(_BULLETS)


def notice_flowables(text: str, body: ParagraphStyle, bullet: ParagraphStyle,
                     heading: ParagraphStyle, title: ParagraphStyle) -> list[Flowable]:
    """The notice, one block per line: every character printed, every line break kept.

    Only the look varies: the first line as a title, short lines after a blank line as headings,
    bullet lines with a hanging indent so wrapped text lines up after the bullet. The bullet stays
    part of the text (not reportlab's separate bullet), so the printed words are the signed words.
    """
    # The font has no tab glyph: a tab prints as four spaces, as markup() does.
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n")
    flowables: list[Flowable] = []
    previous_blank = True
    for number, line in enumerate(lines):
        if not line.strip():
            flowables.append(Spacer(1, body.leading * 0.6))
            previous_blank = True
            continue
        if number == 0:
            style = title
        elif _is_bullet(line):
            style = bullet
        elif previous_blank and len(line.strip()) <= _HEADING_MAX:
            style = heading
        else:
            style = body
        flowables.append(TextBlock(line, style))
        previous_blank = False
    return flowables


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the embedded font can draw `char`; a missing glyph would print as an empty box."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TTFont):
        return False
    return ord(char) in font.face.charToGlyph


def fit(text: str, font_name: str, size: float, width: float) -> str:
    """`text` on one line, cut with "…" to fit `width` (for footers, which cannot wrap)."""
    text = " ".join(text.split())
    if pdfmetrics.stringWidth(text, font_name, size) <= width:
        return text
    room = width - pdfmetrics.stringWidth("…", font_name, size)
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits
        mid = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:mid], font_name, size) <= room:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def local_time(moment: datetime) -> str:
    """Local wall time with its UTC offset: a printed record is read without a computer."""
    local = moment.astimezone()
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{local:%Y-%m-%d %H:%M} (UTC{sign}{hours:02d}:{mins:02d})"


class ImageBox(Flowable):
    """A framed box with an image fitted inside it, aspect kept; read from memory, never a file."""

    _PAD = 2 * mm

    def __init__(self, image: ImageReader, width: float, height: float, border: Color) -> None:
        super().__init__()
        self._image = image
        self._border = border
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(self._border)
        c.setLineWidth(0.8)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        iw, ih = self._image.getSize()
        scale = min((self.width - 2 * self._PAD) / iw, (self.height - 2 * self._PAD) / ih)
        w, h = iw * scale, ih * scale
        # mask="auto": a transparent PNG keeps its transparency instead of turning black.
        c.drawImage(self._image, (self.width - w) / 2, (self.height - h) / 2, w, h, mask="auto")
        c.restoreState()


@dataclass(frozen=True, slots=True)
class Footer:
    """What every page's footer says: `text` on the left, `page_text` ("Page {page} of {pages}")
    on the right, on A4 at `margin_x` from the sides and `y` from the bottom."""

    text: str
    page_text: str
    font: str
    margin_x: float
    y: float
    color: Color
    rule: Color


class NumberedCanvas(Canvas):
    """Holds each page until the end so every footer can say "page X of Y" in one pass."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(len(self._pages))
            super().showPage()
        super().save()

    def _draw_footer(self, pages: int) -> None:
        f = self._footer
        width, _ = A4
        right = f.page_text.format(page=self.getPageNumber(), pages=pages)
        right_w = pdfmetrics.stringWidth(right, f.font, 8)
        self.saveState()
        self.setStrokeColor(f.rule)
        self.setLineWidth(0.6)
        self.line(f.margin_x, f.y + 10, width - f.margin_x, f.y + 10)
        self.setFont(f.font, 8)
        self.setFillColor(f.color)
        room = width - 2 * f.margin_x - right_w - 8 * mm
        self.drawString(f.margin_x, f.y, fit(f.text, f.font, 8, room))
        self.drawRightString(width - f.margin_x, f.y, right)
        self.restoreState()
