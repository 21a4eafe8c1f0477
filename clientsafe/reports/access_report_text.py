"""The access report's printed wording in English and Simplified Chinese.

A report handed to a customer is a document, so its words are data here (as in consent_pdf.py),
not UI translations: reports cannot use Qt, and a printed record must not change with a release.
"""

from __future__ import annotations

from dataclasses import dataclass

from clientsafe.core.consent import Channel, Decision, EventKind, Purpose, RetentionStart
from clientsafe.core.field_catalog import Category
from clientsafe.core.rights import RequestChannel, RightsKind, RightsStatus, Verification
from clientsafe.core.roles import Role
from clientsafe.core.sharing import LegalBasis


@dataclass(frozen=True, slots=True)
class Wording:
    title: str
    subtitle: str
    customer: str
    customer_id: str
    customer_since: str
    made_at: str
    made_by: str
    answers: str
    no_request: str
    request_line: str  # "#{id} {kind}, received {date}"
    sections: dict[str, str]
    about: str
    about_masked: str
    about_clear: str
    empty: str
    col: dict[str, str]
    shown_full: str
    shown_masked: str
    service_line: str  # "{name}: registered since {date}"
    uses_for: str
    purposes: dict[Purpose, str]  # "{recipient}" for sharing
    decisions: dict[Decision, str]
    kinds: dict[EventKind, str]
    channels: dict[Channel, str]
    notice_line: str  # "Notice version {version} ({language})"
    languages: dict[str, str]
    text_hash: str
    signature: str
    paper_scan: str
    guardian: str
    code: str
    rights_kinds: dict[RightsKind, str]
    rights_channels: dict[RequestChannel, str]
    statuses: dict[RightsStatus, str]
    verifications: dict[Verification, str]
    not_verified: str
    response: str
    bases: dict[LegalBasis, str]
    consent_of: str  # "consent given {date}"
    keep_line: str  # "{months} months after {start}"
    starts: dict[RetentionStart, str]
    not_yet: str
    ongoing: str
    no_service: str
    hold_on: str
    hold_off: str
    roles: dict[Role, str]
    system: str
    outcomes: dict[str, str]
    categories: dict[str, str]
    footer: str  # "access report · customer #{id} · made by {who}, {when}"
    person: str  # "{name} ({role})"
    page: str
    list_sep: str
    colon: str


EN = Wording(
    title="Your personal information: access report",
    subtitle="What we hold about you, why, who received it, how long we keep it and who "
             "looked at it",
    customer="Customer", customer_id="Customer number", customer_since="Customer since",
    made_at="Report made", made_by="Made by", answers="In answer to", no_request="—",
    request_line="request #{id} ({kind}), received {date}",
    sections={"about": "About this report", "details": "Your details",
              "payments": "Payments we recorded", "services": "Services and purposes",
              "consents": "Consent history", "sharing": "Shared with",
              "corrections": "Corrections", "requests": "Requests",
              "retention": "How long we keep it", "log": "Who looked at your record"},
    about="This report lists all personal information {business} holds about you as of "
          "{date}: your details, the services and purposes we use them for, your consents, "
          "the third parties we shared them with, corrections, your requests, how long we keep "
          "your information, and every time our staff accessed your record. It contains "
          "nothing about any other person.",
    about_masked="Some sensitive values are printed masked ({fields}). They are printed in "
                 "full only with a manager's approval; ask us if you want them included.",
    about_clear="Sensitive values are printed in full with a manager's approval.",
    empty="None.",
    col={"field": "Information", "category": "Kind", "value": "Value", "shown": "Shown",
         "when": "Date",
         "service": "Service", "purpose": "Purpose", "choice": "Your choice",
         "since": "Decided on", "event": "What happened", "by": "Recorded by",
         "recipient": "Recipient", "fields": "Information shared", "basis": "Legal basis",
         "was": "Was", "now": "Now", "why": "Why", "request": "Request",
         "identity": "Identity checked", "due": "Answer due", "status": "Status",
         "kept": "Kept for", "start": "Period starts", "until": "Kept until",
         "staff": "Staff member",
         "action": "What they did", "involved": "Information involved", "outcome": "Result",
         "amount": "Amount", "description": "Description"},
    shown_full="in full", shown_masked="masked",
    service_line="{name} · registered {date}", uses_for="Used for: {text}",
    purposes={Purpose.SERVICE: "Providing the service", Purpose.MARKETING: "Marketing",
              Purpose.SHARING: "Sharing with {recipient}",
              Purpose.SENSITIVE: "Sensitive information"},
    decisions={Decision.GRANTED: "Agreed", Decision.DECLINED: "Not agreed",
               Decision.WITHDRAWN: "Withdrawn"},
    kinds={EventKind.COLLECTION: "Consent given", EventKind.RECONSENT: "Consent renewed",
           EventKind.WITHDRAWAL: "Consent withdrawn", EventKind.UNKNOWN: "Consent unknown"},
    channels={Channel.SCREEN: "signed on screen", Channel.PAPER: "signed on paper",
              Channel.COUNTER: "at the counter", Channel.IMPORT: "imported"},
    notice_line="Notice version {version} ({language})",
    languages={"en": "English", "zh_CN": "Chinese"},
    text_hash="Notice text SHA-256", signature="Signature on file, SHA-256",
    paper_scan="Paper form scan on file, SHA-256", guardian="Guardian",
    code="Verification code",
    rights_kinds={RightsKind.ACCESS: "access", RightsKind.COPY: "copy",
                  RightsKind.CORRECTION: "correction", RightsKind.DELETION: "deletion",
                  RightsKind.WITHDRAWAL: "withdrawal of consent",
                  RightsKind.OBJECTION: "objection"},
    rights_channels={RequestChannel.COUNTER: "at the counter", RequestChannel.PHONE: "by phone",
                     RequestChannel.EMAIL: "by e-mail", RequestChannel.LETTER: "by letter",
                     RequestChannel.OTHER: "other"},
    statuses={RightsStatus.OPEN: "open", RightsStatus.IN_PROGRESS: "in progress",
              RightsStatus.COMPLETED: "completed", RightsStatus.REFUSED: "refused"},
    verifications={Verification.ID_DOCUMENT: "identity document seen",
                   Verification.KNOWN_CONTACT: "confirmed on contact details held",
                   Verification.IN_PERSON: "known in person"},
    not_verified="not yet", response="Our answer",
    bases={LegalBasis.CONSENT: "your consent", LegalBasis.CONTRACT: "needed for the service",
           LegalBasis.LEGAL_OBLIGATION: "required by law"},
    consent_of="relying on your consent of {date}",
    keep_line="{months} months after {start}",
    starts={RetentionStart.END_OF_RELATIONSHIP: "our relationship ends",
            RetentionStart.LAST_VISIT: "your last visit"},
    not_yet="not yet", ongoing="relationship continues",
    no_service="No service (our general rule)",
    hold_on="A legal hold is in place: your information is kept, even past these periods, "
            "until the hold is lifted.",
    hold_off="No legal hold is in place. When the period ends, your information is destroyed "
             "securely and only a record that it was destroyed is kept.",
    roles={Role.FRONT_DESK: "Front desk", Role.FINANCE: "Finance", Role.MANAGER: "Manager",
           Role.SECURITY_OFFICER: "Security officer"},
    system="ClientSafe (automatic)",
    outcomes={"done": "done", "denied": "refused"},
    categories={Category.IDENTITY: "Identity", Category.CONTACT: "Contact",
                Category.DEMOGRAPHIC: "Personal details", Category.FINANCIAL: "Financial",
                Category.HEALTH: "Health", Category.OTHER: "Other"},
    footer="Access report · customer #{id} · made by {who}, {when} · confidential",
    person="{name} ({role})",
    page="Page {page} of {pages}", list_sep=", ", colon=": ",
)

ZH = Wording(
    title="个人信息查阅报告",
    subtitle="我们持有您的哪些信息、用途、向谁提供、保存多久以及谁查看过",
    customer="客户", customer_id="客户编号", customer_since="成为客户日期",
    made_at="报告生成时间", made_by="生成人", answers="对应请求", no_request="—",
    request_line="第 {id} 号请求（{kind}），收到日期 {date}",
    sections={"about": "关于本报告", "details": "您的个人信息", "payments": "交易记录",
              "services": "服务与处理目的", "consents": "同意记录", "sharing": "向第三方提供",
              "corrections": "更正记录", "requests": "您的请求", "retention": "保存期限",
              "log": "谁查看过您的记录"},
    about="本报告列出截至 {date}，{business}持有的您的全部个人信息：您的个人资料、"
          "我们使用这些信息的服务和目的、您的同意记录、我们向哪些第三方提供过、更正记录、"
          "您的请求、保存期限，以及我们的员工每一次访问您记录的情况。"
          "本报告不含任何其他人的信息。",
    about_masked="部分敏感信息以遮盖形式打印（{fields}）。只有经理批准后才会完整打印；如需完整内容，"
                 "请告知我们。",
    about_clear="敏感信息经经理批准后完整打印。",
    empty="无。",
    col={"field": "信息", "category": "类别", "value": "内容", "shown": "显示方式", "when": "日期",
         "service": "服务", "purpose": "目的", "choice": "您的选择", "since": "决定日期",
         "event": "事项", "by": "经办员工", "recipient": "接收方", "fields": "提供的信息",
         "basis": "法律依据", "was": "原内容", "now": "现内容", "why": "原因",
         "request": "请求", "identity": "身份核验", "due": "答复期限",
         "status": "状态", "kept": "保存期限", "start": "起算日期", "until": "保存至",
         "staff": "员工",
         "action": "操作", "involved": "涉及的信息", "outcome": "结果", "amount": "金额",
         "description": "说明"},
    shown_full="完整", shown_masked="已遮盖",
    service_line="{name} · 登记日期 {date}", uses_for="用途：{text}",
    purposes={Purpose.SERVICE: "提供服务", Purpose.MARKETING: "营销推广",
              Purpose.SHARING: "向{recipient}提供", Purpose.SENSITIVE: "处理敏感个人信息"},
    decisions={Decision.GRANTED: "同意", Decision.DECLINED: "不同意",
               Decision.WITHDRAWN: "已撤回"},
    kinds={EventKind.COLLECTION: "首次同意", EventKind.RECONSENT: "重新同意",
           EventKind.WITHDRAWAL: "撤回同意", EventKind.UNKNOWN: "同意状态未知"},
    channels={Channel.SCREEN: "屏幕签名", Channel.PAPER: "纸质签名", Channel.COUNTER: "前台办理",
              Channel.IMPORT: "导入"},
    notice_line="告知版本 {version}（{language}）",
    languages={"en": "英文", "zh_CN": "简体中文"},
    text_hash="告知文本 SHA-256", signature="签名已存档，SHA-256",
    paper_scan="纸质表格扫描件已存档，SHA-256",
    guardian="监护人", code="验证码",
    rights_kinds={RightsKind.ACCESS: "查阅", RightsKind.COPY: "复制",
                  RightsKind.CORRECTION: "更正", RightsKind.DELETION: "删除",
                  RightsKind.WITHDRAWAL: "撤回同意", RightsKind.OBJECTION: "反对处理"},
    rights_channels={RequestChannel.COUNTER: "前台", RequestChannel.PHONE: "电话",
                     RequestChannel.EMAIL: "电子邮件", RequestChannel.LETTER: "信函",
                     RequestChannel.OTHER: "其他"},
    statuses={RightsStatus.OPEN: "待处理", RightsStatus.IN_PROGRESS: "处理中",
              RightsStatus.COMPLETED: "已完成", RightsStatus.REFUSED: "已拒绝"},
    verifications={Verification.ID_DOCUMENT: "已查验身份证件",
                   Verification.KNOWN_CONTACT: "已通过预留联系方式确认",
                   Verification.IN_PERSON: "本人当面确认"},
    not_verified="尚未核验", response="我们的答复",
    bases={LegalBasis.CONSENT: "您的同意", LegalBasis.CONTRACT: "提供服务所必需",
           LegalBasis.LEGAL_OBLIGATION: "法律要求"},
    consent_of="依据您于 {date} 给予的同意",
    keep_line="{start}后保存 {months} 个月",
    starts={RetentionStart.END_OF_RELATIONSHIP: "双方关系终止",
            RetentionStart.LAST_VISIT: "您最后一次到访"},
    not_yet="尚未开始", ongoing="关系仍在继续",
    no_service="未登记服务（一般规则）",
    hold_on="您的信息目前处于法律保全状态：在保全解除前，即使超过上述期限也会继续保存。",
    hold_off="目前没有法律保全。期限届满后，您的信息将被安全销毁，仅保留销毁记录。",
    roles={Role.FRONT_DESK: "前台", Role.FINANCE: "财务", Role.MANAGER: "经理",
           Role.SECURITY_OFFICER: "安全主管"},
    system="ClientSafe（系统自动）",
    outcomes={"done": "完成", "denied": "被拒绝"},
    categories={Category.IDENTITY: "身份", Category.CONTACT: "联系方式",
                Category.DEMOGRAPHIC: "个人资料", Category.FINANCIAL: "财务",
                Category.HEALTH: "健康", Category.OTHER: "其他"},
    footer="个人信息查阅报告 · 客户编号 {id} · 由 {who} 于 {when} 生成 · 保密",
    person="{name}（{role}）",
    page="第 {page} 页，共 {pages} 页", list_sep="、", colon="：",
)

# Audit actions in Chinese, by stored id (the English labels are core.audit_actions').
ACTIONS_ZH: dict[str, str] = {
    "customer.created": "新增客户",
    "customer.viewed": "打开客户记录",
    "auth.bulk_view_lockout": "打开记录过多，已被锁定",
    "reveal.requested": "申请查看遮盖字段",
    "reveal.approved": "批准查看遮盖字段",
    "reveal.denied": "拒绝查看遮盖字段的申请",
    "reveal.shown": "显示遮盖字段",
    "reveal.copied": "复制遮盖字段",
    "reveal.remasked": "重新遮盖字段",
    "customer.looked_up": "精确查找客户",
    "customers.exported": "导出客户",
    "customer.history_viewed": "查看客户访问记录",
    "consent.given": "记录同意",
    "consent.declined": "客户拒绝同意；未保存任何内容",
    "consent.renewed": "重新确认同意",
    "consent.withdrawn": "撤回同意",
    "consent.document": "生成已签名的同意文件",
    "customers.imported": "导入客户",
    "transaction.created": "记录交易",
    "marketing.list_exported": "生成营销名单",
    "sharing.recorded": "向第三方提供数据",
    "rights.registered": "收到权利请求",
    "rights.updated": "更新权利请求",
    "rights.closed": "答复权利请求",
    "rights.listed": "查看权利请求列表",
    "customer.corrected": "更正客户信息",
    "rights.access_report": "生成查阅报告",
    "retention.relationship_ended": "结束客户关系",
    "retention.hold_placed": "设置法律保全",
    "retention.hold_released": "解除法律保全",
    "retention.queue_viewed": "查看待销毁队列",
    "customer.destroyed": "销毁客户数据",
    "retention.certificate": "生成销毁证明",
}


def wording(language: str) -> Wording:
    return ZH if language.startswith("zh") else EN
