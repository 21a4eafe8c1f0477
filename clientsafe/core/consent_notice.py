"""The consent notice, generated from the field catalog and the service, so it always says exactly
what the intake form collects.

The notice is a versioned legal text: its exact words are hashed and signed. That is why its
English and Chinese wording is written here as data rather than going through the UI's
translations (which can change with any release). Necessity statements, service descriptions and
recipients are shown as the business wrote them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from clientsafe.core.consent import (
    IntakeForm,
    NoticePurpose,
    Purpose,
    RetentionStart,
    purpose_key,
)


@dataclass(frozen=True, slots=True)
class _Wording:
    title: str
    collect: str
    field_line: str
    required: str
    optional: str
    use: str
    provide: str
    marketing: str
    sharing: str
    sensitive: str
    keep: str
    keep_text: str
    starts: dict[RetentionStart, str]
    rights: str
    rights_text: str
    choices: str
    choice_service: str
    choice_marketing: str
    choice_sharing: str
    choice_sensitive: str
    list_sep: str


_EN = _Wording(
    title="{business} — how we handle your information for {service}",
    collect="What we collect",
    field_line="• {label} ({need}): used to {use}. Without it: {without}",
    required="required",
    optional="optional",
    use="What we use it for",
    provide="• To provide {service}: {description}",
    marketing="• Marketing, only if you agree below: news and offers from {business}. "
              "Saying no does not affect {service}.",
    sharing="• Sharing, only if you agree below: with {recipient}, to {what_for}.",
    sensitive="• Sensitive information ({labels}), only with your separate, explicit consent "
              "below: {why}",
    keep="How long we keep it",
    keep_text="We keep your information for {months} months after {start}, then destroy it "
              "securely and keep only a record that it was destroyed.",
    starts={RetentionStart.END_OF_RELATIONSHIP: "our relationship ends",
            RetentionStart.LAST_VISIT: "your last visit"},
    rights="Your rights",
    rights_text="You may ask to see your information, get a copy, correct it or have it "
                "deleted, and object to how we use it. You can withdraw any consent at any time "
                "at the front desk: it is as easy as giving it and takes effect at once. "
                "Withdrawing consent to the service itself means we can no longer provide it; "
                "it does not undo what was done before.",
    choices="Your choices",
    choice_service="I agree that {business} uses the information above to provide {service}. "
                   "(Required for {service})",
    choice_marketing="I agree to receive marketing from {business}. (Optional)",
    choice_sharing="I agree that my information is shared with {recipient} to {what_for}. "
                   "(Optional)",
    choice_sensitive="I explicitly agree that {business} processes my sensitive information "
                     "({labels}) for the reasons above.",
    list_sep=", ",
)

_ZH = _Wording(
    title="{business} —— 关于“{service}”的个人信息处理告知",
    collect="我们收集哪些信息",
    field_line="• {label}（{need}）：用于{use}。不提供的后果：{without}",
    required="必填",
    optional="选填",
    use="我们将信息用于",
    provide="• 提供“{service}”：{description}",
    marketing="• 营销推广（仅在您于下方同意时）：{business}的资讯与优惠。拒绝不影响“{service}”。",
    sharing="• 向第三方提供（仅在您于下方同意时）：提供给{recipient}，用于{what_for}。",
    sensitive="• 敏感个人信息（{labels}）：仅在您于下方单独明确同意时处理。原因：{why}",
    keep="保存期限",
    keep_text="我们在{start}后保存您的信息{months}个月，之后安全销毁，仅保留销毁记录。",
    starts={RetentionStart.END_OF_RELATIONSHIP: "双方关系终止",
            RetentionStart.LAST_VISIT: "您最后一次到访"},
    rights="您的权利",
    rights_text="您可以查阅、复制、更正或删除您的个人信息，也可以反对我们的处理方式。"
                "您可以随时在前台撤回任何同意，撤回与同意同样便捷，并立即生效。"
                "撤回对服务本身的同意后，我们将无法继续提供该服务，但不影响撤回前的处理。",
    choices="您的选择",
    choice_service="我同意{business}为提供“{service}”使用上述信息。（办理“{service}”必需）",
    choice_marketing="我同意接收{business}的营销信息。（可选）",
    choice_sharing="我同意将我的信息提供给{recipient}，用于{what_for}。（可选）",
    choice_sensitive="我明确同意{business}为上述原因处理我的敏感个人信息（{labels}）。",
    list_sep="、",
)

_WORDING = {"en": _EN, "zh_CN": _ZH}


def wording_language(language: str) -> str:
    return "zh_CN" if language.startswith("zh") else "en"


def build(business_name: str, form: IntakeForm, language: str
          ) -> tuple[str, tuple[NoticePurpose, ...]]:
    """The notice's exact text and its choices, for one language. Deterministic: the same
    catalog, service and business give the same text, hence the same hash and version."""
    w = _WORDING[wording_language(language)]
    lang = wording_language(language)
    service = form.service
    names = {"business": business_name, "service": service.name}

    purposes: list[NoticePurpose] = [NoticePurpose(
        purpose_key(Purpose.SERVICE), Purpose.SERVICE, None, True,
        w.choice_service.format(**names))]
    lines = [w.title.format(**names), "", w.collect]
    for approved in form.fields:
        lines.append(w.field_line.format(
            label=approved.field.label(lang),
            need=w.required if approved.required else w.optional,
            use=approved.necessity_use.rstrip("。. "),
            without=approved.necessity_without))
    lines += ["", w.use, w.provide.format(description=service.description, **names)]
    if service.offers_marketing:
        lines.append(w.marketing.format(**names))
        purposes.append(NoticePurpose(purpose_key(Purpose.MARKETING), Purpose.MARKETING, None,
                                      False, w.choice_marketing.format(**names)))
    for recipient in service.recipients:
        lines.append(w.sharing.format(recipient=recipient.name, what_for=recipient.what_for))
        purposes.append(NoticePurpose(
            purpose_key(Purpose.SHARING, recipient.id), Purpose.SHARING, recipient.id, False,
            w.choice_sharing.format(recipient=recipient.name, what_for=recipient.what_for,
                                    **names)))
    sensitive = [f for f in form.fields if f.field.sensitive]
    if sensitive:
        labels = w.list_sep.join(f.field.label(lang) for f in sensitive)
        why = " ".join(f.necessity_use.rstrip("。. ") + ("。" if lang == "zh_CN" else ".")
                       for f in sensitive)
        lines.append(w.sensitive.format(labels=labels, why=why))
        purposes.append(NoticePurpose(purpose_key(Purpose.SENSITIVE), Purpose.SENSITIVE, None,
                                      False, w.choice_sensitive.format(labels=labels, **names)))
    lines += ["", w.keep, w.keep_text.format(months=service.retention_months,
                                             start=w.starts[service.retention_start]),
              "", w.rights, w.rights_text, "", w.choices]
    lines += ["• " + p.label for p in purposes]
    return "\n".join(lines), tuple(purposes)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
