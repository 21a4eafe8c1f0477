"""Realistic signed consent documents, for tests/test_consent_pdf.py and to look at (not a test):

    .venv/bin/python tests/consent_pdf_samples.py [OUTPUT_DIR]

Writes consent_en.pdf/.png, consent_zh.pdf/.png (page 1 as a picture; later pages as
consent_XX-N.png) and consent_minor_paper.pdf/.png. Default /tmp/shots.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from clientsafe.core.consent import (
    ApprovedField,
    Channel,
    ConsentDocument,
    Decision,
    EventKind,
    Guardian,
    IntakeForm,
    Recipient,
    RetentionStart,
    ServiceInfo,
)
from clientsafe.core.consent_notice import build, text_hash
from clientsafe.core.field_catalog import BUILTIN_BY_KEY
from clientsafe.reports.consent_pdf import render

AT = datetime(2026, 3, 1, 9, 5, tzinfo=UTC)

# (field key, required, what it is used for, what happens without it), per language.
_NEEDS = {
    "en": [
        ("full_name", True, "know who you are and address you", "we cannot register you"),
        ("phone", True, "reach you about bookings and changes", "we cannot confirm bookings"),
        ("email", False, "send receipts", "receipts are printed instead"),
        ("date_of_birth", True, "check the age limits of some classes",
         "we cannot admit you to age-limited classes"),
        ("national_id", True, "verify your identity for a membership contract, as the law "
         "requires", "we cannot sign the contract"),
    ],
    "zh_CN": [
        ("full_name", True, "识别您的身份并称呼您", "无法为您登记"),
        ("phone", True, "就预约及变更与您联系", "无法确认预约"),
        ("email", False, "发送收据", "改为打印收据"),
        ("date_of_birth", True, "核对部分课程的年龄限制", "无法参加有年龄限制的课程"),
        ("national_id", True, "按法律要求在签订会员合同时核验身份", "无法签订合同"),
    ],
}
_SERVICE = {
    "en": ("Membership", "gym access, classes and lockers, and the membership contract."),
    "zh_CN": ("会员服务", "健身房使用、团体课程、储物柜以及会员合同的履行。"),
}
_RECIPIENTS = {
    "en": (Recipient(1, "Harbour Insurance Co.", "provide accident cover for members"),),
    "zh_CN": (Recipient(1, "海港保险有限公司", "为会员提供意外保险"),),
}
BUSINESS = {"en": "Harbour View Fitness & Spa <Central>", "zh_CN": "海景健身中心（中环店）"}


def make_form(language: str, extra_description: str = "") -> IntakeForm:
    name, description = _SERVICE[language]
    service = ServiceInfo(
        id=1, name=name, description=description + extra_description, retention_months=36,
        retention_start=RetentionStart.END_OF_RELATIONSHIP, offers_marketing=True, active=True,
        recipients=_RECIPIENTS[language], notice_version=3)
    fields = tuple(ApprovedField(BUILTIN_BY_KEY[key], required, use, without)
                   for key, required, use, without in _NEEDS[language])
    return IntakeForm(service, fields)


def signature_png(width: int = 900, height: int = 300, ink: bool = True) -> bytes:
    """A white pad with a thick black scribble (or blank), like SignaturePad.to_png gives."""
    image = Image.new("RGB", (width, height), "white")
    if ink:
        draw = ImageDraw.Draw(image)
        points = [(80 + i * 12, 150 + int(70 * ((i % 8) - 4) / 4)) for i in range(62)]
        draw.line(points, fill="black", width=18, joint="curve")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def make_document(language: str = "en", *, customer_name: str = "张伟明",
                  extra_description: str = "", **changes: object) -> ConsentDocument:
    """A collection signed on screen; `changes` replaces any field of the document."""
    form = make_form(language, extra_description)
    business = BUSINESS[language]
    text, purposes = build(business, form, language)
    decisions = {
        "service": Decision.GRANTED, "marketing": Decision.DECLINED,
        "sharing:1": Decision.GRANTED, "sensitive": Decision.GRANTED,
    }
    doc = ConsentDocument(
        business_name=business, service_name=form.service.name, customer_name=customer_name,
        customer_id=1042, record_id=88017, kind=EventKind.COLLECTION, language=language,
        notice_version=3, notice_text=text, text_sha256=text_hash(text),
        choices=tuple((p.label, decisions[p.key]) for p in purposes), channel=Channel.SCREEN,
        signature_png=signature_png(), guardian=None, staff_name="Alice Chen 陈爱丽", at=AT,
        verification_code="K7Q2-9XFD",
        fields_collected=tuple(BUILTIN_BY_KEY[k].label(language) for k, *_ in _NEEDS[language]))
    return replace(doc, **changes)  # type: ignore[arg-type]


def minor_on_paper(language: str = "zh_CN") -> ConsentDocument:
    guardian = Guardian("李秀英", "母亲" if language == "zh_CN" else "Mother")
    return make_document(language, customer_name="张小明", channel=Channel.PAPER,
                         signature_png=b"", guardian=guardian)


def _write(out: Path, name: str, data: bytes) -> None:
    pdf = out / f"{name}.pdf"
    pdf.write_bytes(data)
    exe = shutil.which("pdftoppm")
    if exe:  # page 1 as NAME.png, any later pages as NAME-N.png
        subprocess.run([exe, "-png", "-r", "70", "-singlefile", str(pdf), str(out / name)],
                       check=True)
        subprocess.run([exe, "-png", "-r", "70", "-f", "2", str(pdf), str(out / name)],
                       check=True)
    print(pdf)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots")
    out.mkdir(parents=True, exist_ok=True)
    _write(out, "consent_en", render(make_document("en", customer_name="Zhang Weiming")))
    guardian = Guardian("李秀英", "母亲", signature_png())
    _write(out, "consent_zh", render(make_document("zh_CN", guardian=guardian)))
    _write(out, "consent_minor_paper", render(minor_on_paper()))
    _write(out, "consent_withdrawal_en", render(make_document(
        "en", kind=EventKind.WITHDRAWAL, channel=Channel.COUNTER, signature_png=b"",
        choices=(("I agree to receive marketing from Harbour View Fitness.",
                  Decision.WITHDRAWN),))))


if __name__ == "__main__":
    main()
