"""The destruction certificate: proof that one customer's personal data was destroyed, when, why
and on whose approval, without any of the destroyed values (not even the name).

Headings are bilingual (English and Chinese) and are data of the document, not UI translations:
a certificate reprinted years later must say the same thing. Same tombstone in, same bytes out;
the SHA-256 of the first copy is kept on the tombstone for comparison.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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

from clientsafe.core.consent import RetentionStart
from clientsafe.core.retention import DESTROYED_KINDS, DestructionBasis, Tombstone
from clientsafe.reports.fonts import MONO_FONT_NAME, cjk_font_name
from clientsafe.reports.pdf_text import (
    FILL,
    GREY,
    INK,
    NAVY,
    RULE,
    Footer,
    NumberedCanvas,
    local_time,
    paragraph,
)

__all__ = ["CertificateData", "FieldLabel", "render"]

_MARGIN_X = 18 * mm
_MARGIN_TOP = 16 * mm
_MARGIN_BOTTOM = 20 * mm
_FOOTER_Y = 11 * mm

_KINDS = {
    "customers": "Customer record (name, name search keys) 客户记录（姓名及检索键）",
    "customer_fields": "Encrypted field values 加密字段值",
    "blind_index": "Look-up index entries 查找索引条目",
    "transactions": "Transactions 交易记录",  # deleted by versions before 0009
    "transactions_unlinked": "Payments: link to the customer and description erased, date and "
                             "amount kept for the accounts "
                             "付款记录：已解除与客户的关联并清除说明，日期和金额保留以备账务",
    "consent_events": "Consent records, with signatures 同意记录（含签名）",
    "consent_decisions": "Consent decisions 同意选项",
    "customer_services": "Service enrolments 服务登记",
    "sharing_records": "Sharing register entries 对外提供记录",
    "corrections": "Correction history entries 更正记录",
    "legal_holds": "Legal hold records 法律保全记录",
    "reveal_requests": "Requests to see masked fields 查看遮盖字段申请",
    "reveal_grants": "Approvals to see masked fields 查看遮盖字段批准",
    "rights_requests_blanked": "Rights requests: notes and answers erased, dates kept "
                               "权利请求：备注和答复已清除，日期保留",
}
_ROLES = {"manager": "Manager 经理", "front_desk": "Front desk 前台", "finance": "Finance 财务",
          "security_officer": "Security officer 安全专员"}
_STARTS = {RetentionStart.END_OF_RELATIONSHIP: "End of relationship 关系结束",
           RetentionStart.LAST_VISIT: "Last visit 最近到访"}
_METHOD = (
    "Every database row holding the customer's personal data was deleted in one transaction, "
    "with SQLite's secure delete on, which overwrites deleted content with zeros. "
    "删除客户个人信息的所有数据行在同一事务中完成，并启用安全删除（以零覆盖已删除内容）。",
    "The database file was then rebuilt with VACUUM on {when}, so no free page keeps old "
    "content, and its write-ahead journal was truncated. 随后于 {when} 以 VACUUM 重建数据库文件，"
    "不留存任何含旧内容的空闲页，并截断预写日志。",
    "The audit trail was kept: its entries hold ids and field names, never values, and its "
    "hash chain still verifies. 审计日志予以保留：其条目只含编号和字段名，不含字段值，"
    "哈希链仍可验证。",
)


@dataclass(frozen=True, slots=True)
class FieldLabel:
    key: str
    label_en: str
    label_zh: str


@dataclass(frozen=True, slots=True)
class CertificateData:
    business_name: str
    vault_id: str
    tombstone: Tombstone
    field_labels: tuple[FieldLabel, ...]
    chain_matches: bool  # the audit entry named below is in the trail with this hash


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, bulletFontName=font, fontSize=9, leading=12.5,
                          textColor=INK)
    return {
        "business": ParagraphStyle("business", parent=base, fontSize=13, leading=17,
                                   textColor=NAVY),
        "title": ParagraphStyle("title", parent=base, fontSize=19, leading=24, textColor=NAVY),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15,
                                   textColor=GREY),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=15, textColor=NAVY,
                             spaceBefore=7, spaceAfter=2),
        "label": ParagraphStyle("label", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        "value": ParagraphStyle("value", parent=base, fontSize=9.5, leading=13),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12, textColor=GREY),
        "mono": ParagraphStyle("mono", parent=base, fontName=MONO_FONT_NAME, fontSize=8.5,
                               leading=11.5),
    }


def _table(rows: list[list[Any]], widths: list[float], extra: list[tuple[Any, ...]]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=0)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), cjk_font_name()),  # cells default to Helvetica otherwise
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]))
    return table


def _pairs(rows: list[tuple[str, str]], s: dict[str, ParagraphStyle], width: float) -> Table:
    label_w = 52 * mm
    return _table([[paragraph(a, s["label"]), paragraph(b, s["value"])] for a, b in rows],
                  [label_w, width - label_w],
                  [("LINEABOVE", (0, 0), (-1, 0), 1.0, NAVY),
                   ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                   ("LINEBELOW", (0, -1), (-1, -1), 1.0, NAVY)])


def _header(d: CertificateData, s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    t = d.tombstone
    role = _ROLES.get(t.destroyed.approver_role, t.destroyed.approver_role)
    rows = [
        ("Certificate number 证明编号", t.certificate_number),
        ("Vault 数据库", d.vault_id),
        ("Customer id 客户编号", str(t.customer_id)),
        ("Customer added on 客户登记日期", local_time(t.created_at)),
        ("Destroyed at 销毁时间", local_time(t.destroyed_at)),
        ("Approved by 批准人", f"{t.approved_by_name} · {role}"),
    ]
    return [
        paragraph(d.business_name, s["business"]),
        paragraph("Certificate of destruction 个人信息销毁证明", s["title"]),
        paragraph("Personal data of one customer, destroyed and not recoverable from this "
                  "vault. 一名客户的个人信息已销毁，无法从本数据库恢复。", s["subtitle"]),
        Spacer(1, 4 * mm),
        _pairs(rows, s, width),
    ]


def _basis(t: Tombstone, s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    heading = paragraph("Why 销毁依据", s["h2"])
    if t.basis is DestructionBasis.DELETION_REQUEST and t.request is not None:
        r = t.request
        verified = local_time(r.verified_at) if r.verified_at else "-"
        rows = [("Basis 依据", "The customer's deletion request 客户的删除请求"),
                ("Request number 请求编号", f"#{r.id}"),
                ("Received on 收到时间", local_time(r.received_at)),
                ("Identity verified on 身份核验时间", verified)]
        return [heading, _pairs(rows, s, width)]
    lead = paragraph("Basis 依据: every retention period below had ended. "
                     "以下所有保存期限均已届满。", s["body"])
    head = ["Service 服务", "Period 期限", "Counted from 起算事件", "Start 起算日",
            "Ended 届满日"]
    rows: list[list[Any]] = [[paragraph(h, s["label"]) for h in head]]
    for p in t.periods:
        name = p.service_name or "No service: default period 未登记服务：默认期限"
        rows.append([paragraph(v, s["body"]) for v in (
            name, f"{p.months} months 个月", _STARTS[p.start],
            p.start_on.isoformat() if p.start_on else "-",
            p.due_on.isoformat() if p.due_on else "-")])
    widths = [width * f for f in (0.30, 0.16, 0.22, 0.16, 0.16)]
    table = _table(rows, widths, [("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                                  ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                                  ("BACKGROUND", (0, 0), (-1, 0), FILL)])
    return [heading, lead, Spacer(1, 2 * mm), table]


def _destroyed(d: CertificateData, s: dict[str, ParagraphStyle], width: float
               ) -> list[Flowable]:
    counts = d.tombstone.destroyed.counts
    rows: list[list[Any]] = [[paragraph("What 内容", s["label"]),
                              paragraph("Records 条数", s["label"])]]
    number = ParagraphStyle("number", parent=s["value"], alignment=TA_RIGHT)
    rows += [[paragraph(_KINDS[k], s["body"]), paragraph(str(counts[k]), number)]
             for k in DESTROYED_KINDS if counts.get(k)]
    count_w = 28 * mm
    table = _table(rows, [width - count_w, count_w],
                   [("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), FILL), ("RIGHTPADDING", (1, 0), (1, -1), 8)])
    fields = "; ".join(f"{f.label_en} {f.label_zh}" if f.label_zh != f.label_en else f.label_en
                      for f in d.field_labels)
    return [paragraph("What was destroyed 销毁内容", s["h2"]), table, Spacer(1, 2 * mm),
            paragraph(f"Fields held 所持字段: {fields}", s["body"]),
            paragraph("No destroyed value is reproduced here. 本证明不含任何已销毁的信息内容。",
                      s["small"])]


def _method(t: Tombstone, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    lines = list(_METHOD)
    if t.destroyed.reclaimed_at is not None:
        lines[1] = lines[1].format(when=local_time(t.destroyed.reclaimed_at))
    else:
        lines[1] = ("The database file has not been rebuilt yet; deleted content was overwritten "
                    "in place. 数据库文件尚未重建；已删除内容已就地覆盖。")
    return [paragraph("How 销毁方式", s["h2"]),
            *(paragraph(f"• {line}", s["body"]) for line in lines)]


def _audit(d: CertificateData, s: dict[str, ParagraphStyle], width: float) -> Flowable:
    t = d.tombstone
    digest = t.destroyed.audit_hash
    label_w = 52 * mm
    mono = s["mono"]
    room = width - label_w - 9  # the value cell less its paddings
    shown = digest if stringWidth(digest, mono.fontName, mono.fontSize) <= room else (
        f"{digest[:len(digest) // 2]}<br/>{digest[len(digest) // 2:]}")
    check = ("This entry is in the audit trail with this hash. 审计日志中的该条目与此哈希值一致。"
             if d.chain_matches else
             "WARNING: the audit trail does not hold this entry with this hash; verify the audit "
             "trail. 警告：审计日志中的该条目与此哈希值不一致，请验证审计日志。")
    rows = [[paragraph("Audit entry 审计条目", s["label"]),
             paragraph(f"#{t.destroyed.audit_seq} (customer.destroyed)", s["value"])],
            [paragraph("Entry hash 条目哈希 (SHA-256)", s["label"]),
             Paragraph(shown, mono)],
            [paragraph(check, s["small"]), ""]]
    table = _table(rows, [label_w, width - label_w], [
        ("BOX", (0, 0), (-1, -1), 0.8, NAVY), ("BACKGROUND", (0, 0), (-1, -1), FILL),
        ("SPAN", (0, -1), (-1, -1)), ("LEFTPADDING", (0, 0), (-1, -1), 6)])
    return KeepTogether([paragraph("Audit trail 审计日志", s["h2"]), table])


def _backups(t: Tombstone, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    policy = t.destroyed.backups
    day = t.destroyed_at.astimezone().date()
    by = policy.ages_out_by(day)
    if by is None:
        rule = ("Automatic backups were off on this computer: backups made by hand keep the data "
                "until they are deleted. 本机未开启自动备份：手动备份在删除前仍含该数据。")
    else:
        rule = (f"Automatic backups keep {policy.keep_daily} daily and {policy.keep_weekly} "
                f"weekly copies, so those made before the destruction age out by about "
                f"{by.isoformat()} while backups go on. 自动备份保留 {policy.keep_daily} 份每日"
                f"备份和 {policy.keep_weekly} 份每周备份，销毁前的备份约于 {by.isoformat()} "
                "前被轮换删除。")
    return [KeepTogether([
        paragraph("Backups 备份", s["h2"]),
        paragraph(f"Backups made before {day.isoformat()} still hold this customer's data "
                  f"until they are deleted. 在 {day.isoformat()} 之前制作的备份在删除前仍含该"
                  f"客户的数据。{rule}", s["body"]),
        paragraph("Copies kept elsewhere (other drives, pre-upgrade copies beside the vault) "
                  "stay until someone deletes them. 存放在其他位置的副本（其他磁盘、升级前留在"
                  "数据库旁的副本）在被删除前仍然存在。", s["small"])])]


def _story(d: CertificateData, s: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    return [*_header(d, s, width), *_basis(d.tombstone, s, width),
            *_destroyed(d, s, width), *_method(d.tombstone, s), _audit(d, s, width),
            *_backups(d.tombstone, s)]


def render(data: CertificateData) -> bytes:
    """The certificate as an A4 PDF, built in memory. Deterministic."""
    font = cjk_font_name()
    styles = _styles(font)
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=_MARGIN_X, rightMargin=_MARGIN_X,
        topMargin=_MARGIN_TOP, bottomMargin=_MARGIN_BOTTOM,
        title=f"ClientSafe certificate of destruction {data.tombstone.certificate_number}",
        author="ClientSafe", subject="Certificate of destruction", creator="ClientSafe",
        producer="ClientSafe", invariant=True, initialFontName=font, lang="en")
    frame = Frame(template.leftMargin, template.bottomMargin, template.width, template.height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate("page", frames=[frame])])
    footer = Footer(f"{data.business_name} · Certificate of destruction 销毁证明 · "
                    f"{data.tombstone.certificate_number}",
                    "Page {page} of {pages} 第 {page}/{pages} 页", font, _MARGIN_X, _FOOTER_Y,
                    GREY, RULE)
    template.build(_story(data, styles, template.width),
                   canvasmaker=partial(NumberedCanvas, footer=footer))
    return buffer.getvalue()
