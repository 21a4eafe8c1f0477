"""The signed consent PDF: what one customer was shown and chose, in the notice's language.

It is evidence, so it prints the notice text verbatim (every character and line break), the
choice per purpose, the signature, who recorded it and when, and the text hash and short
verification code that tie it to the stored notice version. The PDF's own headings are data here,
like the notice wording, not UI translations: a printed record must not change with a release.
Same document in, same bytes out (the record may be printed again years later and compared).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from clientsafe.core.consent import Channel, ConsentDocument, Decision, EventKind
from clientsafe.reports.fonts import MONO_FONT_NAME, cjk_font_name
from clientsafe.reports.pdf_text import (
    FILL,
    GREY,
    INK,
    NAVY,
    RULE,
    Footer,
    ImageBox,
    NumberedCanvas,
    has_glyph,
    local_time,
    notice_flowables,
    paragraph,
)

__all__ = ["render"]

_DECISION_COLORS = {
    Decision.GRANTED: colors.HexColor("#1E6E38"),
    Decision.DECLINED: colors.HexColor("#992222"),
    Decision.WITHDRAWN: colors.HexColor("#8A5A00"),
}
# Marks beside the words; each is printed only if the embedded font has its glyph.
_MARKS = {Decision.GRANTED: "✔", Decision.DECLINED: "✘", Decision.WITHDRAWN: "—"}

_MARGIN_X = 18 * mm
_MARGIN_TOP = 16 * mm
_MARGIN_BOTTOM = 20 * mm  # room for the footer
_FOOTER_Y = 11 * mm
_SIGNATURE_W, _SIGNATURE_H = 78 * mm, 26 * mm  # 3:1, the signature pad's aspect


@dataclass(frozen=True, slots=True)
class _Labels:
    title: str
    kinds: dict[EventKind, str]
    service: str
    customer: str
    customer_id: str
    record_id: str
    at: str
    staff: str
    channel: str
    channels: dict[Channel, str]
    version: str
    language: str
    language_name: str
    collected: str
    list_sep: str
    notice: str
    notice_note: str
    notice_note_withdrawal: str
    choices: str
    decisions: dict[Decision, str]
    signature: str
    customer_signature: str
    paper: str
    no_image: str
    unreadable: str
    guardian: str
    guardian_name: str
    relationship: str
    guardian_signature: str
    verification: str
    sha256: str
    code: str
    code_note: str
    code_note_withdrawal: str
    footer: str
    page: str
    colon: str


_EN = _Labels(
    title="Signed consent record",
    kinds={EventKind.COLLECTION: "Consent given", EventKind.RECONSENT: "Consent renewed",
           EventKind.WITHDRAWAL: "Consent withdrawn", EventKind.UNKNOWN: "Consent unknown"},
    service="Service", customer="Customer", customer_id="Customer id", record_id="Record id",
    at="Date and time", staff="Staff member", channel="Channel",
    channels={Channel.SCREEN: "Signed on screen", Channel.PAPER: "Signed on paper",
              Channel.COUNTER: "At the counter", Channel.IMPORT: "Imported"},
    version="Notice version", language="Language", language_name="English",
    collected="Information collected", list_sep=", ",
    notice="Notice shown to the customer",
    notice_note="Reproduced exactly as shown and signed.",
    notice_note_withdrawal="The notice the withdrawn consent was given under, reproduced exactly.",
    choices="The customer's choices",
    decisions={Decision.GRANTED: "Agreed", Decision.DECLINED: "Not agreed",
               Decision.WITHDRAWN: "Withdrawn"},
    signature="Signature", customer_signature="Signature of the customer",
    paper="Signed on paper; the signed form is kept on file.",
    no_image="No signature image was recorded.",
    unreadable="The stored signature image could not be read.",
    guardian="Guardian", guardian_name="Name", relationship="Relationship",
    guardian_signature="Signature of the guardian",
    verification="Verification", sha256="Notice text SHA-256", code="Verification code",
    code_note="This code and hash identify the exact notice text this customer agreed to.",
    code_note_withdrawal="This code and hash identify the exact notice text this record "
                         "refers to.",
    footer="{business} · Signed consent record · Record {record}",
    page="Page {page} of {pages}",
    colon=": ",
)

_ZH = _Labels(
    title="个人信息处理同意书",
    kinds={EventKind.COLLECTION: "首次同意", EventKind.RECONSENT: "重新同意",
           EventKind.WITHDRAWAL: "撤回同意", EventKind.UNKNOWN: "同意状态未知"},
    service="服务", customer="客户", customer_id="客户编号", record_id="记录编号",
    at="日期和时间", staff="经办员工", channel="签署方式",
    channels={Channel.SCREEN: "屏幕签名", Channel.PAPER: "纸质签名",
              Channel.COUNTER: "前台办理", Channel.IMPORT: "导入"},
    version="告知版本", language="语言", language_name="简体中文",
    collected="收集的信息", list_sep="、",
    notice="向客户展示的告知内容",
    notice_note="以下内容与展示并签署的文本完全一致。",
    notice_note_withdrawal="以下为所撤回的同意所依据的告知内容，与原文完全一致。",
    choices="客户的选择",
    decisions={Decision.GRANTED: "同意", Decision.DECLINED: "不同意",
               Decision.WITHDRAWN: "已撤回"},
    signature="签名", customer_signature="客户签名",
    paper="已在纸质表格上签名，签字表格已存档。",
    no_image="未记录签名图像。",
    unreadable="无法读取已保存的签名图像。",
    guardian="监护人", guardian_name="姓名", relationship="与客户关系",
    guardian_signature="监护人签名",
    verification="核验信息", sha256="告知文本 SHA-256", code="验证码",
    code_note="此验证码和哈希值可确认该客户所同意的告知文本的确切内容。",
    code_note_withdrawal="此验证码和哈希值可确认本记录所涉及的告知文本的确切内容。",
    footer="{business} · 个人信息处理同意书 · 记录编号 {record}",
    page="第 {page} 页，共 {pages} 页",
    colon="：",
)


def _labels(language: str) -> _Labels:
    return _ZH if language.startswith("zh") else _EN


def _styles(font: str) -> dict[str, ParagraphStyle]:
    # bulletFontName too: its default (Helvetica) would add a second, unembedded font.
    base = ParagraphStyle("base", fontName=font, bulletFontName=font, fontSize=9.5, leading=14,
                          textColor=INK)
    hang = stringWidth("• ", font, 9.5)  # wrapped bullet lines line up after the bullet
    return {
        "business": ParagraphStyle("business", parent=base, fontSize=13, leading=17,
                                   textColor=NAVY),
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=25, textColor=NAVY),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15,
                                   textColor=GREY),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=16, textColor=NAVY,
                             spaceBefore=8, spaceAfter=3),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        "value": ParagraphStyle("value", parent=base, fontSize=10.5, leading=14),
        "body": base,
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=hang, firstLineIndent=-hang),
        "n_heading": ParagraphStyle("n_heading", parent=base, fontSize=10.5, leading=15,
                                    textColor=NAVY),
        "n_title": ParagraphStyle("n_title", parent=base, fontSize=11.5, leading=16,
                                  textColor=NAVY),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12, textColor=GREY),
        "code": ParagraphStyle("code", parent=base, fontName=MONO_FONT_NAME, fontSize=20,
                               leading=24),
    }


def _table(rows: list[list[Any]], widths: list[float], extra: list[tuple[Any, ...]]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([
        # Table cells default to Helvetica, an extra unembedded font.
        ("FONT", (0, 0), (-1, -1), cjk_font_name()),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *extra,
    ]))
    return table


def _signature(png: bytes, channel: Channel, caption: str, labels: _Labels,
               styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    cell: list[Flowable] = [paragraph(caption, styles["label"])]
    if png:
        try:
            image = ImageReader(io.BytesIO(png))
            image.getSize()  # decodes now, so a damaged image is caught here, not mid-page
        except OSError:
            return [*cell, paragraph(labels.unreadable, styles["body"])]
        return [*cell, Spacer(1, 1 * mm), ImageBox(image, _SIGNATURE_W, _SIGNATURE_H, RULE)]
    sentence = labels.paper if channel is Channel.PAPER else labels.no_image
    return [*cell, paragraph(sentence, styles["body"])]


def _header(doc: ConsentDocument, labels: _Labels, styles: dict[str, ParagraphStyle],
            width: float) -> list[Flowable]:
    kind = labels.kinds.get(doc.kind, doc.kind.value)
    details = [
        (labels.customer, doc.customer_name), (labels.customer_id, str(doc.customer_id)),
        (labels.record_id, str(doc.record_id)), (labels.at, local_time(doc.at)),
        (labels.staff, doc.staff_name), (labels.channel, labels.channels[doc.channel]),
        (labels.version, str(doc.notice_version)), (labels.language, labels.language_name),
    ]
    label_w, gap = 27 * mm, 4 * mm
    value_w = (width - 2 * label_w - gap) / 2
    rows = [[paragraph(a, styles["label"]), paragraph(b, styles["value"]), "",
             paragraph(c, styles["label"]), paragraph(d, styles["value"])]
            for (a, b), (c, d) in zip(details[::2], details[1::2], strict=True)]
    extra: list[tuple[Any, ...]] = [
        ("LINEABOVE", (0, 0), (-1, 0), 1.0, NAVY),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 1.0, NAVY),
    ]
    if doc.fields_collected:
        rows.append([paragraph(labels.collected, styles["label"]),
                     paragraph(labels.list_sep.join(doc.fields_collected), styles["value"]),
                     "", "", ""])
        extra.append(("SPAN", (1, -1), (-1, -1)))
    return [
        paragraph(doc.business_name, styles["business"]),
        paragraph(labels.title, styles["title"]),
        paragraph(f"{kind} · {labels.service}{labels.colon}{doc.service_name}", styles["subtitle"]),
        Spacer(1, 4 * mm),
        _table(rows, [label_w, value_w, gap, label_w, value_w], extra),
    ]


def _choices(doc: ConsentDocument, labels: _Labels, styles: dict[str, ParagraphStyle],
             width: float) -> Flowable:
    font = styles["body"].fontName
    mark_w = 32 * mm
    rows = []
    extra: list[tuple[Any, ...]] = [
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for index, (label, decision) in enumerate(doc.choices):
        mark = _MARKS[decision]
        word = labels.decisions[decision]
        text = f"{mark} {word}" if has_glyph(font, mark) else word
        style = ParagraphStyle(f"decision{index}", parent=styles["value"],
                               textColor=_DECISION_COLORS[decision])
        rows.append([paragraph(label, styles["body"]), paragraph(text, style)])
        if index % 2:
            extra.append(("BACKGROUND", (0, index), (-1, index), FILL))
    return _table(rows, [width - mark_w, mark_w], extra)


def _signatures(doc: ConsentDocument, labels: _Labels, styles: dict[str, ParagraphStyle],
                width: float) -> Flowable:
    customer = _signature(doc.signature_png, doc.channel, labels.customer_signature, labels,
                          styles)
    column = (width - 6 * mm) / 2
    if doc.guardian is None:
        return KeepTogether([paragraph(labels.signature, styles["h2"]), *customer])
    g = doc.guardian
    # Name and relationship under the box, so both signature boxes sit at the same height.
    guardian = [
        *_signature(g.signature_png, doc.channel, labels.guardian_signature, labels, styles),
        Spacer(1, 2 * mm),
        paragraph(f"{labels.guardian_name}{labels.colon}{g.name}", styles["body"]),
        paragraph(f"{labels.relationship}{labels.colon}{g.relationship}", styles["body"]),
    ]
    heading = [paragraph(labels.signature, styles["h2"]), paragraph(labels.guardian, styles["h2"])]
    table = _table([heading, [customer, guardian]], [width - column, column],
                   [("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, 0), 0)])
    return KeepTogether([table])


def _verification(doc: ConsentDocument, labels: _Labels, styles: dict[str, ParagraphStyle],
                  width: float) -> Flowable:
    label_w = 38 * mm
    inner = width - label_w - 9  # the value cell less its paddings (6 left, 3 right)
    digest = doc.text_sha256
    # One line when it fits (easiest to compare and copy), otherwise two halves.
    size = 9.0
    one_line = stringWidth(digest, MONO_FONT_NAME, size) <= inner
    mono = ParagraphStyle("mono", parent=styles["value"], fontName=MONO_FONT_NAME, fontSize=size,
                          leading=size * 1.35)
    half = len(digest) // 2
    digest_markup = digest if one_line else f"{digest[:half]}<br/>{digest[half:]}"
    note = labels.code_note_withdrawal if doc.kind is EventKind.WITHDRAWAL else labels.code_note
    rows = [
        [paragraph(labels.record_id, styles["label"]),
         paragraph(str(doc.record_id), styles["value"])],
        [paragraph(labels.sha256, styles["label"]), Paragraph(digest_markup, mono)],
        [paragraph(labels.code, styles["label"]),
         paragraph(doc.verification_code, styles["code"])],
        [paragraph(note, styles["small"]), ""],
    ]
    table = _table(rows, [label_w, width - label_w], [
        ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
        ("BACKGROUND", (0, 0), (-1, -1), FILL),
        ("SPAN", (0, -1), (-1, -1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("VALIGN", (0, 2), (0, 2), "MIDDLE"),
    ])
    return KeepTogether([paragraph(labels.verification, styles["h2"]), table])


def _story(doc: ConsentDocument, labels: _Labels, styles: dict[str, ParagraphStyle],
           width: float) -> list[Flowable]:
    story = _header(doc, labels, styles, width)
    story += [
        Spacer(1, 3 * mm),
        paragraph(labels.notice, styles["h2"]),
        paragraph(labels.notice_note_withdrawal if doc.kind is EventKind.WITHDRAWAL
                  else labels.notice_note, styles["small"]),
        Spacer(1, 2 * mm),
        *notice_flowables(doc.notice_text, styles["body"], styles["bullet"],
                          styles["n_heading"], styles["n_title"]),
        Spacer(1, 2 * mm),
    ]
    if doc.choices:
        story.append(KeepTogether([paragraph(labels.choices, styles["h2"]),
                                   _choices(doc, labels, styles, width)]))
    story += [Spacer(1, 3 * mm), _signatures(doc, labels, styles, width), Spacer(1, 3 * mm),
              _verification(doc, labels, styles, width)]
    return story


def render(doc: ConsentDocument) -> bytes:
    """The signed consent record as an A4 PDF, built in memory. Deterministic."""
    font = cjk_font_name()
    labels = _labels(doc.language)
    styles = _styles(font)
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=_MARGIN_X, rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP, bottomMargin=_MARGIN_BOTTOM,
        # Metadata shows without opening the pages (file managers, search indexes): no customer
        # values in it, not even the name.
        title="ClientSafe signed consent record", author="ClientSafe", subject="Consent record",
        creator="ClientSafe", producer="ClientSafe",
        # No timestamps or random ids in the file: the same record gives the same bytes.
        invariant=True,
        # Otherwise every page starts in Helvetica, an extra font no text uses.
        initialFontName=font,
        lang="zh-CN" if doc.language.startswith("zh") else "en",
    )
    # A frame without the default 6 pt padding: text, tables and the footer share one left edge.
    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate("page", frames=[frame])])
    footer = Footer(labels.footer.format(business=doc.business_name, record=doc.record_id),
                    labels.page, font, _MARGIN_X, _FOOTER_Y, GREY, RULE)
    template.build(_story(doc, labels, styles, template.width),
                   canvasmaker=partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()
