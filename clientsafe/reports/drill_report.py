"""The restore drill report: a one-page A4 PDF that proves a backup was restored and checked.

Bilingual labels (English / Simplified Chinese) in the shipped WenQuanYi font, so a Chinese
business name embeds and reads back. The figures are the backup manifest's and the drill's own;
no secret and no customer value is ever on this page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from clientsafe.reports.fonts import cjk_font_name
from clientsafe.reports.pdf_text import GREY, INK, NAVY, RULE, has_cjk

__all__ = ["BackupFigures", "DrillReport", "render_drill_report"]

_PASS_FILL = colors.HexColor("#E9F6EC")
_PASS_INK = colors.HexColor("#1E4620")
_FAIL_FILL = colors.HexColor("#FDECEA")
_FAIL_INK = colors.HexColor("#8A1C1C")

_MARGIN_X = 20 * mm
_LABEL_W = 48 * mm


@dataclass(frozen=True, slots=True)
class BackupFigures:
    """The backup's verified manifest, as the report shows it."""

    created_at: datetime
    created_by: str
    customers: int
    audit_entries: int
    audit_head_seq: int
    audit_head_hash: str
    schema_version: int
    app_version: str
    size_bytes: int


@dataclass(frozen=True, slots=True)
class DrillReport:
    """What the page says; every value is already in words or plain numbers."""

    business_name: str
    backup_file: str  # the file name (the folder is not needed to identify it)
    figures: BackupFigures | None  # None: the file could not even be authenticated
    tested_by: str
    tested_at: datetime
    passed: bool
    duration_s: float
    detail: str  # one sentence: what was checked, or why it failed


def _stamp(moment: datetime) -> str:
    local = moment.astimezone()
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{local:%Y-%m-%d %H:%M:%S} (UTC{sign}{hours:02d}:{mins:02d})"


def _size(size: int) -> str:
    if size < 1024:
        return f"{size:,} bytes"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:,.1f} {unit} ({size:,} bytes)"
        value /= 1024
    return f"{value:,.2f} GB ({size:,} bytes)"


def _duration(seconds: float) -> str:
    if seconds < 60:
        # A drill on a small vault takes a fraction of a second: do not print "0.0 s".
        return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)} min {rest:.0f} s"


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, bulletFontName=font, fontSize=10, leading=14,
                          textColor=INK)
    return {
        "title": ParagraphStyle("title", parent=base, fontSize=21, leading=26, textColor=NAVY),
        "title_zh": ParagraphStyle("title_zh", parent=base, fontSize=15, leading=20,
                                   textColor=NAVY, wordWrap="CJK"),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=15, textColor=NAVY,
                             spaceBefore=2, spaceAfter=4),
        "label": ParagraphStyle("label", parent=base, fontSize=8.8, leading=11.5,
                                textColor=GREY),
        "value": ParagraphStyle("value", parent=base, fontSize=10.5, leading=14),
        "value_cjk": ParagraphStyle("value_cjk", parent=base, fontSize=10.5, leading=14,
                                    wordWrap="CJK"),
        "mono": ParagraphStyle("mono", parent=base, fontSize=8.6, leading=11.5),
        "verdict": ParagraphStyle("verdict", parent=base, fontSize=16, leading=21),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12,
                                textColor=GREY, wordWrap="CJK"),
    }


def _value(text: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """A value: escaped (a business name may hold & or <), wrapped to suit its script."""
    style = styles["value_cjk"] if has_cjk(text) else styles["value"]
    return Paragraph(escape(text), style)


def _label(en: str, zh: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(f"{en}<br/>{zh}", styles["label"])


def _facts(rows: list[tuple[Paragraph, Flowable]], width: float, font: str) -> Table:
    table = Table(rows, colWidths=[_LABEL_W, width - _LABEL_W])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font),  # the default (Helvetica) would be an extra font
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, NAVY),
        ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 1.0, NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 4.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
    ]))
    return table


def _verdict(report: DrillReport, styles: dict[str, ParagraphStyle], width: float,
             font: str) -> Table:
    ink, fill = (_PASS_INK, _PASS_FILL) if report.passed else (_FAIL_INK, _FAIL_FILL)
    word = "PASSED  /  通过" if report.passed else "FAILED  /  未通过"
    verdict = ParagraphStyle("v", parent=styles["verdict"], textColor=ink)
    detail = ParagraphStyle("d", parent=styles["value_cjk"], textColor=ink)
    lines = escape(report.detail).replace("\n", "<br/>")  # English, then Chinese
    table = Table([[Paragraph(f"<b>{word}</b>", verdict)], [Paragraph(lines, detail)]],
                  colWidths=[width])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), font),
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("BOX", (0, 0), (-1, -1), 0.8, ink),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
    ]))
    return table


def _story(report: DrillReport, styles: dict[str, ParagraphStyle], width: float,
           font: str) -> list[Flowable]:
    drill = [
        (_label("Business", "企业名称", styles), _value(report.business_name, styles)),
        (_label("Tested by", "测试人", styles), _value(report.tested_by, styles)),
        (_label("Tested at", "测试时间", styles), _value(_stamp(report.tested_at), styles)),
        (_label("Duration", "耗时", styles), _value(_duration(report.duration_s), styles)),
    ]
    backup = [(_label("Backup file", "备份文件", styles), _value(report.backup_file, styles))]
    figures = report.figures
    if figures is None:
        backup.append((_label("Manifest", "清单", styles), _value(
            "Not shown: the file could not be authenticated. / 未显示：无法验证该文件。",
            styles)))
    else:
        head = figures.audit_head_hash
        # The full hash, broken in two so it fits beside its label without a tiny font.
        hash_text = (f"entry {figures.audit_head_seq:,} / 第 {figures.audit_head_seq:,} 条<br/>"
                     + (f"{escape(head[:32])}<br/>{escape(head[32:])}" if len(head) > 32
                        else escape(head)))
        backup += [
            (_label("Backup created", "备份创建时间", styles),
             _value(_stamp(figures.created_at), styles)),
            (_label("Created by", "创建人", styles), _value(
                "automatic / 自动" if figures.created_by in ("automatic", "system")
                else figures.created_by, styles)),
            (_label("Size", "大小", styles), _value(_size(figures.size_bytes), styles)),
            (_label("Customers", "客户数", styles), _value(f"{figures.customers:,}", styles)),
            (_label("Audit entries", "审计记录数", styles),
             _value(f"{figures.audit_entries:,}", styles)),
            (_label("Audit chain head", "审计链头", styles), Paragraph(hash_text, styles["mono"])),
            (_label("Schema / app version", "架构 / 应用版本", styles),
             _value(f"{figures.schema_version} / {figures.app_version}", styles)),
        ]
    return [
        Paragraph("Restore drill report", styles["title"]),
        Paragraph("恢复演练报告", styles["title_zh"]),
        Spacer(1, 6 * mm),
        _verdict(report, styles, width, font),
        Spacer(1, 6 * mm),
        Paragraph("The drill  /  演练", styles["h2"]),
        _facts(drill, width, font),
        Spacer(1, 6 * mm),
        Paragraph("The backup (from its verified manifest)  /  备份（来自已验证的清单）",
                  styles["h2"]),
        _facts(backup, width, font),
        Spacer(1, 6 * mm),
        Paragraph(
            "The backup was restored into a scratch location, never over the working vault, "
            "then opened and checked in full: storage pages, structure, schema, the audit "
            "chain and the counts against the manifest.<br/>"
            "演练将备份恢复到临时位置（绝不覆盖正在使用的保险库），然后完整打开并检查："
            "存储页、结构、架构版本、审计链以及与清单一致的数量。",
            styles["small"],
        ),
    ]


_FOOTER_TEXT = "ClientSafe · Restore drill report  /  恢复演练报告"


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    font = cjk_font_name()
    width, _height = A4
    y = 12 * mm
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(_MARGIN_X, y + 10, width - _MARGIN_X, y + 10)
    canvas.setFont(font, 8)
    canvas.setFillColor(GREY)
    canvas.drawString(_MARGIN_X, y, _FOOTER_TEXT)
    page = canvas.getPageNumber()
    canvas.drawRightString(width - _MARGIN_X, y, f"Page {page}  /  第 {page} 页")
    canvas.restoreState()


def render_drill_report(report: DrillReport) -> bytes:
    """Build the drill report PDF (A4) in memory and return its bytes."""
    font = cjk_font_name()
    styles = _styles(font)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=_MARGIN_X, rightMargin=_MARGIN_X,
        topMargin=18 * mm, bottomMargin=20 * mm,
        title="ClientSafe restore drill report", author="ClientSafe",
        subject="Restore drill", creator="ClientSafe",
        initialFontName=font,  # otherwise each page starts in Helvetica, an unused extra font
    )
    doc.build(_story(report, styles, doc.width, font), onFirstPage=_footer,
              onLaterPages=_footer)
    return buffer.getvalue()
