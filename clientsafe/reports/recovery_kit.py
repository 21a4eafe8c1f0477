"""The Recovery Kit: a one-page, bilingual (English / Simplified Chinese) PDF with the recovery key.

The key is a secret: it goes into the PDF and nowhere else (no logs, no metadata, no repr).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from clientsafe.reports.fonts import MONO_FONT_NAME, cjk_font_name
from clientsafe.reports.pdf_text import FILL, GREY, INK, NAVY, RULE, has_cjk

__all__ = ["RecoveryKit", "render_recovery_kit"]

# Calm, bank-statement palette: navy for structure, grey for secondary text.
_WARN = colors.HexColor("#8A2C2C")

_MARGIN_X = 20 * mm
_MARGIN_TOP = 18 * mm
_MARGIN_BOTTOM = 20 * mm  # leaves room for the footer



@dataclass(frozen=True)
class RecoveryKit:
    """What the Recovery Kit page shows. `recovery_key` is kept out of repr so it never leaks."""

    business_name: str
    vault_id: str
    created_at: datetime
    recovery_key: str = field(repr=False)
    vault_location: str

    def __post_init__(self) -> None:
        # Messages name the field, never its value: the key must not end up in a traceback.
        if not self.recovery_key.strip():
            raise ValueError("The recovery key is empty.")
        if not self.vault_id.strip():
            raise ValueError("The vault id is empty.")


# --------------------------------------------------------------------------- text


def _styles(font: str) -> dict[str, ParagraphStyle]:
    # bulletFontName too: its default (Helvetica) would add a second, unembedded font.
    base = ParagraphStyle(
        "base", fontName=font, bulletFontName=font, fontSize=9.5, leading=14, textColor=INK
    )
    return {
        "banner": ParagraphStyle(
            "banner", parent=base, fontSize=8.5, leading=11, textColor=_WARN, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontSize=22, leading=27, textColor=NAVY, alignment=TA_LEFT
        ),
        "title_zh": ParagraphStyle(
            "title_zh", parent=base, fontSize=16, leading=21, textColor=NAVY, wordWrap="CJK"
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontSize=11.5, leading=15, textColor=NAVY, spaceAfter=4
        ),
        "label": ParagraphStyle("label", parent=base, fontSize=9, leading=12, textColor=GREY),
        "value": ParagraphStyle("value", parent=base, fontSize=11, leading=15),
        "value_cjk": ParagraphStyle(
            "value_cjk", parent=base, fontSize=11, leading=15, wordWrap="CJK"
        ),
        "body": base,
        "body_zh": ParagraphStyle("body_zh", parent=base, wordWrap="CJK"),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=10, bulletIndent=0),
        "bullet_zh": ParagraphStyle(
            "bullet_zh", parent=base, leftIndent=10, bulletIndent=0, wordWrap="CJK"
        ),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12, textColor=GREY),
        "small_cjk": ParagraphStyle(
            "small_cjk", parent=base, fontSize=9, leading=12.5, wordWrap="CJK"
        ),
    }


def _value(text: str, styles: dict[str, ParagraphStyle], small: bool = False) -> Paragraph:
    """A user-supplied value: escaped (it may contain & or <) and wrapped to suit its script."""
    if small:
        return Paragraph(escape(text), styles["small_cjk"])
    style = styles["value_cjk"] if has_cjk(text) else styles["value"]
    return Paragraph(escape(text), style)


def _format_created(created_at: datetime) -> str:
    stamp = created_at.strftime("%Y-%m-%d %H:%M")
    offset = created_at.utcoffset()
    if offset is None:
        return stamp
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{stamp} (UTC{sign}{hours:02d}:{mins:02d})"


def _bilingual_label(en: str, zh: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(f"{en}<br/>{zh}", styles["label"])


# --------------------------------------------------------------------------- key box


class _KeyBox(Flowable):
    """The recovery key, large, fixed-width and boxed; wrapped only at group boundaries."""

    _PAD_X = 14.0
    _PAD_Y = 12.0
    _CHAR_SPACE = 1.2  # a little air between characters makes hand-copying easier
    _MAX_SIZE = 20.0
    _MIN_ONE_LINE_SIZE = 14.0
    _WRAPPED_SIZE = 16.0

    def __init__(self, key: str) -> None:
        super().__init__()
        # Whitespace is never part of the key; groups are separated by '-'.
        self._key = "".join(key.split())
        self._lines: list[str] = []
        self._size = self._MAX_SIZE
        self._box_width = 0.0
        self._box_height = 0.0

    def _width_of(self, text: str, size: float) -> float:
        return stringWidth(text, MONO_FONT_NAME, size) + self._CHAR_SPACE * max(len(text) - 1, 0)

    def _split(self, inner: float) -> tuple[float, list[str]]:
        size = self._MAX_SIZE
        while size >= self._MIN_ONE_LINE_SIZE:
            if self._width_of(self._key, size) <= inner:
                return size, [self._key]
            size -= 1.0
        size = self._WRAPPED_SIZE
        # A wrapped line starts with the '-' rather than ending with it: text extractors
        # (pdftotext, viewers' copy) drop a line-final hyphen as soft hyphenation.
        groups = self._key.split("-")
        tokens = [groups[0]] + ["-" + g for g in groups[1:]]
        lines: list[str] = []
        line = ""
        for token in tokens:
            if line and self._width_of(line + token, size) > inner:
                lines.append(line)
                line = ""
            # A single over-long group (a key without dashes) is cut by characters.
            while self._width_of(token, size) > inner and len(token) > 1:
                cut = len(token)
                while cut > 1 and self._width_of(token[:cut], size) > inner:
                    cut -= 1
                if line:
                    lines.append(line)
                    line = ""
                lines.append(token[:cut])
                token = token[cut:]
            line += token
        if line:
            lines.append(line)
        return size, self._balance(tokens, lines, size, inner)

    def _balance(self, tokens: list[str], lines: list[str], size: float, inner: float) -> list[str]:
        """Spread groups evenly over the lines (8+5 becomes 7+6), which reads more calmly."""
        count = len(lines)
        if count < 2:
            return lines
        per_line = -(-len(tokens) // count)
        even = ["".join(tokens[i : i + per_line]) for i in range(0, len(tokens), per_line)]
        if len(even) == count and all(self._width_of(t, size) <= inner for t in even):
            return even
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._box_width = availWidth
        self._size, self._lines = self._split(availWidth - 2 * self._PAD_X)
        leading = self._size * 1.45
        self._box_height = 2 * self._PAD_Y + leading * len(self._lines) - (leading - self._size)
        return self._box_width, self._box_height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(FILL)
        c.setStrokeColor(NAVY)
        c.setLineWidth(1.2)
        c.roundRect(0, 0, self._box_width, self._box_height, 6, stroke=1, fill=1)
        c.setFillColor(INK)
        leading = self._size * 1.45
        # Baseline of the first line: top padding plus the cap height (~0.7 em for Courier).
        y = self._box_height - self._PAD_Y - self._size * 0.72
        for line in self._lines:
            width = self._width_of(line, self._size)
            text = c.beginText((self._box_width - width) / 2, y)
            text.setFont(MONO_FONT_NAME, self._size)
            text.setCharSpace(self._CHAR_SPACE)
            text.textOut(line)
            c.drawText(text)
            y -= leading
        c.restoreState()


# --------------------------------------------------------------------------- page


def _section_table(
    heading_en: str,
    heading_zh: str,
    en: list[Paragraph],
    zh: list[Paragraph],
    styles: dict[str, ParagraphStyle],
    width: float,
) -> KeepTogether:
    """One section, English on the left and Chinese on the right, so each reads on its own."""
    gap = 8 * mm
    col = (width - gap) / 2
    table = Table(
        [
            [Paragraph(heading_en, styles["h2"]), None, Paragraph(heading_zh, styles["h2"])],
            [en, None, zh],
        ],
        colWidths=[col, gap, col],
    )
    table.setStyle(
        TableStyle(
            [
                # Table cells default to Helvetica, an extra unembedded font.
                ("FONT", (0, 0), (-1, -1), styles["body"].fontName),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (0, 0), 0.6, RULE),
                ("LINEBELOW", (2, 0), (2, 0), 0.6, RULE),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
                ("TOPPADDING", (0, 1), (-1, 1), 6),
            ]
        )
    )
    return KeepTogether([table])


_FOOTER_TEXT = "ClientSafe Recovery Kit · Confidential  /  ClientSafe 恢复工具包 · 机密"


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    font = cjk_font_name()
    page = canvas.getPageNumber()
    width, _height = A4
    y = 12 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(_MARGIN_X, y + 10, width - _MARGIN_X, y + 10)
    canvas.setFont(font, 8)
    canvas.setFillColor(GREY)
    canvas.drawString(_MARGIN_X, y, _FOOTER_TEXT)
    canvas.drawRightString(width - _MARGIN_X, y, f"Page {page}  /  第 {page} 页")
    canvas.restoreState()


def _story(kit: RecoveryKit, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph("CONFIDENTIAL · KEEP THIS PAGE SAFE  /  机密 · 请妥善保管此页", styles["banner"]),
        Spacer(1, 4 * mm),
        Paragraph("ClientSafe Recovery Kit", styles["title"]),
        Paragraph("ClientSafe 恢复工具包", styles["title_zh"]),
        Spacer(1, 6 * mm),
    ]

    details = Table(
        [
            [
                _bilingual_label("Business name", "企业名称", styles),
                _value(kit.business_name, styles),
            ],
            [_bilingual_label("Vault ID", "保险库编号", styles), _value(kit.vault_id, styles)],
            [
                _bilingual_label("Date created", "创建日期", styles),
                _value(_format_created(kit.created_at), styles),
            ],
        ],
        colWidths=[42 * mm, width - 42 * mm],
    )
    details.setStyle(
        TableStyle(
            [
                # Table cells default to Helvetica, an extra unembedded font.
                ("FONT", (0, 0), (-1, -1), styles["body"].fontName),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEABOVE", (0, 0), (-1, 0), 1.0, NAVY),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 1.0, NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story += [details, Spacer(1, 8 * mm)]

    story.append(
        KeepTogether(
            [
                Paragraph("Recovery key  /  恢复密钥", styles["h2"]),
                _KeyBox(kit.recovery_key),
                Spacer(1, 2 * mm),
                Paragraph(
                    "Type it exactly as printed when ClientSafe asks for the recovery key.<br/>"
                    "当 ClientSafe 要求输入恢复密钥时，请按打印内容准确输入。",
                    styles["small_cjk"],
                ),
            ]
        )
    )
    story.append(Spacer(1, 8 * mm))

    story.append(
        _section_table(
            "What this key is for",
            "此密钥的用途",
            [
                Paragraph(
                    "This key opens this ClientSafe vault when this computer's keyring cannot:",
                    styles["body"],
                ),
                Paragraph("on a new computer;", styles["bullet"], bulletText="•"),
                Paragraph(
                    "after this computer's keyring was wiped or reset;",
                    styles["bullet"],
                    bulletText="•",
                ),
                Paragraph("to restore a backup.", styles["bullet"], bulletText="•"),
                Spacer(1, 2 * mm),
                Paragraph(
                    "Without this key and without this computer's keyring, the data "
                    "<u>cannot be recovered</u>. Nobody, including the vendor of ClientSafe, "
                    "can recover it for you.",
                    styles["body"],
                ),
            ],
            [
                Paragraph(
                    "当本计算机的密钥环无法使用时，此密钥可打开此 ClientSafe 保险库：",
                    styles["body_zh"],
                ),
                Paragraph("在新计算机上；", styles["bullet_zh"], bulletText="•"),
                Paragraph("本计算机的密钥环被清除或重置后；", styles["bullet_zh"], bulletText="•"),
                Paragraph("恢复备份时。", styles["bullet_zh"], bulletText="•"),
                Spacer(1, 2 * mm),
                Paragraph(
                    "如果既没有此密钥，也没有本计算机的密钥环，数据将<u>无法恢复</u>。"
                    "任何人（包括 ClientSafe 的供应商）都无法为您恢复数据。",
                    styles["body_zh"],
                ),
            ],
            styles,
            width,
        )
    )
    story.append(Spacer(1, 7 * mm))

    story.append(
        _section_table(
            "Where to keep it",
            "如何保管",
            [
                Paragraph(
                    "Print this page and store it in a locked place, such as a safe, "
                    "away from the computer.",
                    styles["bullet"],
                    bulletText="•",
                ),
                Paragraph("Do not e-mail it or photograph it.", styles["bullet"], bulletText="•"),
                Paragraph(
                    "Anyone with this key and a copy of the vault or a backup can open the "
                    "customer data. Guard it like the key to your safe.",
                    styles["bullet"],
                    bulletText="•",
                ),
            ],
            [
                Paragraph(
                    "请打印此页，并存放在远离计算机的上锁之处，例如保险箱。",
                    styles["bullet_zh"],
                    bulletText="•",
                ),
                Paragraph("请勿通过电子邮件发送或拍照。", styles["bullet_zh"], bulletText="•"),
                Paragraph(
                    "任何人只要拥有此密钥以及保险库副本或备份，就能打开客户数据。"
                    "请像保管保险箱钥匙一样保管它。",
                    styles["bullet_zh"],
                    bulletText="•",
                ),
            ],
            styles,
            width,
        )
    )
    story.append(Spacer(1, 8 * mm))

    location = Table(
        [
            [
                Paragraph("Vault location when created:<br/>创建时的保险库位置：", styles["small"]),
                _value(kit.vault_location, styles, small=True),
            ]
        ],
        colWidths=[52 * mm, width - 52 * mm],
    )
    location.setStyle(
        TableStyle(
            [
                # Table cells default to Helvetica, an extra unembedded font.
                ("FONT", (0, 0), (-1, -1), styles["body"].fontName),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story.append(location)
    return story


def render_recovery_kit(kit: RecoveryKit) -> bytes:
    """Build the Recovery Kit PDF (A4) in memory and return its bytes."""
    font = cjk_font_name()
    styles = _styles(font)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=_MARGIN_X,
        rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP,
        bottomMargin=_MARGIN_BOTTOM,
        # Metadata is readable without opening the page: never put the key or the name here.
        title="ClientSafe Recovery Kit",
        author="ClientSafe",
        subject="Recovery Kit",
        creator="ClientSafe",
        # Otherwise every page starts in Helvetica, an extra font no text uses.
        initialFontName=font,
    )
    story = _story(kit, styles, doc.width)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return buffer.getvalue()
