"""The consent dialog at the counter, driven through its real widgets (offscreen): ticks, a
signature drawn with mouse events, the language toggle, paper signatures with a scan, a minor's
guardian, sensitive information, declining and closing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from clientsafe.core import consent_notice
from clientsafe.core.consent import (
    PROBLEM_GUARDIAN,
    PROBLEM_SENSITIVE,
    PROBLEM_SERVICE_REQUIRED,
    PROBLEM_SIGNATURE,
    ApprovedField,
    Channel,
    ConsentNotice,
    Decision,
    IntakeForm,
    Recipient,
    RetentionStart,
    ServiceInfo,
)
from clientsafe.core.field_catalog import BUILTIN_BY_KEY
from clientsafe.ui.consent_dialog import BODY_PT, ConsentDialog
from clientsafe.ui.paper_scan import MAX_SCAN_BYTES
from clientsafe.ui.signature_pad import SignaturePad

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
SHARING_KEY = "sharing:7"
# The smallest valid PNG (1×1, grey).
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010800000000"
    "3a7e9b550000000a49444154789c63680000008200815f0c1b6b0000000049454e44ae426082")


def intake_form(*, sensitive: bool = True, chinese: bool = False) -> IntakeForm:
    """A sample form as a business would write it, in English or (chinese=True) in Chinese."""
    words = _ZH_WORDS if chinese else _EN_WORDS
    service = ServiceInfo(
        id=3, name=words["service"], description=words["description"], retention_months=24,
        retention_start=RetentionStart.END_OF_RELATIONSHIP, offers_marketing=True, active=True,
        recipients=(Recipient(7, words["recipient"], words["recipient_for"]),), notice_version=1)
    keys = ["full_name", "phone", "email"] + (["date_of_birth"] if sensitive else [])
    fields = tuple(ApprovedField(BUILTIN_BY_KEY[key], key != "email", *words[key])
                   for key in keys)
    return IntakeForm(service, fields)


_EN_WORDS = {
    "business": "Sunrise Fitness", "service": "Membership",
    "description": "to run your membership and let you in",
    "recipient": "City Insurance Co.", "recipient_for": "insure you during training",
    "full_name": ("know who you are", "we cannot register you"),
    "phone": ("reach you about your membership",
              "we cannot tell you about changes to your classes"),
    "email": ("send your receipts", "receipts are printed at the desk"),
    "date_of_birth": ("check whether a guardian must agree", "we cannot register you"),
}
_ZH_WORDS = {
    "business": "朝阳健身", "service": "会员服务", "description": "办理会员卡并为您提供入场服务",
    "recipient": "平安城市保险公司", "recipient_for": "为您的训练投保",
    "full_name": ("确认您的身份", "无法为您办理会员"),
    "phone": ("联系您会员相关事宜", "无法通知您课程变动"),
    "email": ("发送电子收据", "收据将在前台打印"),
    "date_of_birth": ("判断是否需要监护人同意", "无法为您办理会员"),
}


def make_notices(*, sensitive: bool = True, chinese: bool = False
                 ) -> dict[str, ConsentNotice]:
    """Real notices from core, English (id 1) and Chinese (id 2), for one sample form."""
    form = intake_form(sensitive=sensitive, chinese=chinese)
    business = (_ZH_WORDS if chinese else _EN_WORDS)["business"]
    notices = {}
    for notice_id, language in ((1, "en"), (2, "zh_CN")):
        text, purposes = consent_notice.build(business, form, language)
        notices[language] = ConsentNotice(
            id=notice_id, service_id=form.service.id, version=1, language=language, text=text,
            sha256=consent_notice.text_hash(text), purposes=purposes,
            created_at=datetime(2026, 11, 1, 9, 0, tzinfo=UTC))
    return notices


def mouse_stroke(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """Press, drag with the left button held (real QMouseEvents), release."""
    first, *rest = points
    QTest.mousePress(pad, LEFT, NO_MODIFIER, QPoint(*first))
    for x, y in rest:
        local = QPointF(x, y)
        QApplication.sendEvent(pad, QMouseEvent(QEvent.Type.MouseMove, local,
                                                pad.mapToGlobal(local), Qt.MouseButton.NoButton,
                                                LEFT, NO_MODIFIER))
    QTest.mouseRelease(pad, LEFT, NO_MODIFIER, QPoint(*rest[-1]))


def sign(pad: SignaturePad) -> None:
    """A zig-zag across the middle of the pad, whatever its size: plenty of ink."""
    w, h = pad.width(), pad.height()
    mouse_stroke(pad, [(int(w * (0.15 + 0.06 * i)), int(h * (0.35 if i % 2 else 0.65)))
                       for i in range(12)])
    assert pad.looks_signed()


@pytest.fixture
def open_dialog(qtbot: QtBot):
    def make(*, minor: bool = False, sensitive_values: bool = False, language: str = "en",
             notices: dict[str, ConsentNotice] | None = None) -> ConsentDialog:
        dialog = ConsentDialog(notices or make_notices(), customer_name="王小明", minor=minor,
                               has_sensitive_values=sensitive_values, start_language=language)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def problem_text(dialog: ConsentDialog) -> str:
    return dialog.status_label.text()


def tr_error(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def test_starts_with_nothing_ticked_and_the_exact_notice(open_dialog) -> None:
    notices = make_notices()
    dialog = open_dialog(notices=notices)
    assert dialog.notice_view.toPlainText() == notices["en"].text
    assert consent_notice.text_hash(dialog.notice_view.toPlainText()) == notices["en"].sha256
    assert dialog.notice_view.isReadOnly()
    assert dialog.choices.purpose_keys() == [p.key for p in notices["en"].purposes]
    assert not any(dialog.choices.checkbox(k).isChecked() for k in dialog.choices.purpose_keys())
    assert not dialog.agree_button.isEnabled()
    assert problem_text(dialog) == tr_error(PROBLEM_SERVICE_REQUIRED)
    assert dialog.font().pointSizeF() >= BODY_PT
    assert dialog.notice_view.font().pointSizeF() >= BODY_PT
    assert dialog.title.font().pointSizeF() > dialog.font().pointSizeF()
    assert dialog.language_buttons["en"].isChecked()
    assert dialog.guardian is None and not dialog.paper_box.isVisible()
    assert dialog.second_screen_button.isVisible() == (len(QGuiApplication.screens()) > 1)


def test_agree_needs_the_service_box_and_a_signature(open_dialog, qtbot: QtBot) -> None:
    notices = make_notices()
    dialog = open_dialog(notices=notices)
    QTest.mouseClick(dialog.choices.checkbox("service"), LEFT)
    assert dialog.choices.checkbox("service").isChecked()
    assert not dialog.agree_button.isEnabled()
    assert problem_text(dialog) == tr_error(PROBLEM_SIGNATURE)

    pad = dialog.signature.pad
    QTest.mouseClick(pad, LEFT, NO_MODIFIER, QPoint(40, 40))  # a tap is not a signature
    assert not pad.is_empty() and not dialog.agree_button.isEnabled()
    QTest.mouseClick(dialog.signature.clear_button, LEFT)
    sign(pad)
    assert dialog.agree_button.isEnabled()

    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        QTest.mouseClick(dialog.agree_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.declined
    given = dialog.given()
    assert given is not None
    assert (given.notice_id, given.notice_sha256) == (1, notices["en"].sha256)
    assert given.channel is Channel.SCREEN and given.guardian is None and not given.paper_scan
    assert given.decisions == {"service": Decision.GRANTED, "marketing": Decision.DECLINED,
                               SHARING_KEY: Decision.DECLINED, "sensitive": Decision.DECLINED}
    image = QImage.fromData(given.signature_png)
    assert given.signature_png.startswith(b"\x89PNG") and not image.isNull()
    assert given.signature_png == pad.to_png()


def test_optional_purposes_follow_the_ticks(open_dialog) -> None:
    dialog = open_dialog()
    for key in ("service", "marketing", SHARING_KEY):
        dialog.choices.checkbox(key).setChecked(True)
    sign(dialog.signature.pad)
    dialog.agree_button.click()
    given = dialog.given()
    assert given is not None
    assert given.decisions == {"service": Decision.GRANTED, "marketing": Decision.GRANTED,
                               SHARING_KEY: Decision.GRANTED, "sensitive": Decision.DECLINED}


def test_clicking_the_text_ticks_the_box_and_the_keyboard_works(open_dialog) -> None:
    dialog = open_dialog()
    assert dialog.focusWidget() is dialog.notice_view  # first, so the keys scroll the notice
    QTest.keyClick(dialog.notice_view, Qt.Key.Key_PageDown)
    assert dialog.notice_view.verticalScrollBar().value() > 0
    box = dialog.choices.checkbox("marketing")
    text = next(label for label in dialog.choices.findChildren(QWidget)
                if getattr(label, "_box", None) is box)
    QTest.mouseClick(text, LEFT)
    assert box.isChecked()
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert box.accessibleName() == dialog.notice().purposes[1].label


def tab_stops(dialog: ConsentDialog, count: int) -> list[QWidget]:
    """The widgets Tab visits from the notice, in order."""
    dialog.notice_view.setFocus()
    stops = []
    for _ in range(count):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    return stops


def test_tab_goes_from_the_notice_through_the_choices_to_the_signature(open_dialog) -> None:
    dialog = open_dialog()
    assert QTest.qWaitForWindowActive(dialog)
    boxes = [dialog.choices.checkbox(key) for key in dialog.choices.purpose_keys()]
    expected = [*boxes, dialog.paper_check]  # Undo and Clear are disabled until ink
    assert tab_stops(dialog, len(expected)) == expected
    QTest.mouseClick(dialog.language_buttons["zh_CN"], LEFT)  # the boxes are rebuilt
    boxes = [dialog.choices.checkbox(key) for key in dialog.choices.purpose_keys()]
    assert tab_stops(dialog, len(boxes) + 1) == [*boxes, dialog.paper_check]


def test_switching_language_resets_and_returns_the_chinese_notice(open_dialog) -> None:
    notices = make_notices()
    dialog = open_dialog(notices=notices)
    dialog.choices.checkbox("service").setChecked(True)
    dialog.choices.checkbox("marketing").setChecked(True)
    sign(dialog.signature.pad)
    assert dialog.agree_button.isEnabled()

    QTest.mouseClick(dialog.language_buttons["zh_CN"], LEFT)
    assert dialog.language() == "zh_CN" and dialog.language_buttons["zh_CN"].isChecked()
    assert dialog.notice_view.toPlainText() == notices["zh_CN"].text
    assert not any(dialog.choices.checkbox(k).isChecked() for k in dialog.choices.purpose_keys())
    assert dialog.signature.pad.is_empty()  # the signature belonged to the English text
    assert not dialog.agree_button.isEnabled()
    assert dialog.choices.checkbox("service").accessibleName().startswith("我同意")

    dialog.choices.checkbox("service").setChecked(True)
    sign(dialog.signature.pad)
    dialog.agree_button.click()
    given = dialog.given()
    assert given is not None
    assert (given.notice_id, given.notice_sha256) == (2, notices["zh_CN"].sha256)
    assert given.decisions["marketing"] is Decision.DECLINED


def test_starts_in_the_language_asked_for(open_dialog) -> None:
    notices = make_notices(chinese=True)
    dialog = open_dialog(notices=notices, language="zh_CN")
    assert dialog.notice_view.toPlainText() == notices["zh_CN"].text
    one = open_dialog(notices={"en": notices["en"]}, language="zh_CN")
    assert one.language() == "en" and not one.language_buttons["en"].isVisible()


def test_paper_channel_needs_no_signature(open_dialog) -> None:
    dialog = open_dialog()
    dialog.choices.checkbox("service").setChecked(True)
    assert not dialog.agree_button.isEnabled()
    QTest.mouseClick(dialog.paper_check, LEFT)
    assert dialog.paper_box.isVisible() and not dialog.signature.isVisible()
    assert dialog.agree_button.isEnabled()
    dialog.agree_button.click()
    given = dialog.given()
    assert given is not None
    assert given.channel is Channel.PAPER and given.signature_png == b"" == given.paper_scan


def test_paper_channel_with_an_attached_scan(open_dialog, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    scan = tmp_path / "consent-form.png"
    scan.write_bytes(TINY_PNG)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(scan), "")))
    dialog = open_dialog()
    dialog.paper_check.setChecked(True)
    dialog.choices.checkbox("service").setChecked(True)
    QTest.mouseClick(dialog.paper_box.attach_button, LEFT)
    assert dialog.paper_box.file_label.text() == "consent-form.png"  # the name only
    assert str(tmp_path) not in dialog.paper_box.file_label.text()
    assert dialog.paper_box.remove_button.isVisible()
    dialog.agree_button.click()
    given = dialog.given()
    assert given is not None
    assert given.channel is Channel.PAPER and given.paper_scan == TINY_PNG
    assert given.signature_png == b""


def test_a_scan_must_be_small_and_an_image_or_pdf(open_dialog, tmp_path: Path) -> None:
    dialog = open_dialog()
    dialog.paper_check.setChecked(True)
    panel = dialog.paper_box
    big = tmp_path / "huge.jpg"
    with big.open("wb") as file:
        file.write(b"\xff\xd8\xff")
        file.truncate(MAX_SCAN_BYTES + 1)
    assert not panel.attach(big)
    assert panel.error.isVisible() and "10 MB" in panel.error.text()
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture", encoding="utf-8")
    assert not panel.attach(fake) and panel.data() == b""
    assert not panel.attach(tmp_path / "missing.pdf")
    assert not panel.attach(tmp_path / "letter.docx")
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert panel.attach(pdf) and not panel.error.isVisible()
    QTest.mouseClick(panel.remove_button, LEFT)
    assert panel.data() == b"" and panel.file_name() == ""


def test_a_minor_needs_the_guardian(open_dialog) -> None:
    dialog = open_dialog(minor=True)
    guardian = dialog.guardian
    assert guardian is not None and guardian.isVisible()
    assert guardian.relationship.currentText() == ""  # nothing assumed
    dialog.choices.checkbox("service").setChecked(True)
    sign(dialog.signature.pad)
    assert problem_text(dialog) == tr_error(PROBLEM_GUARDIAN)
    bar = dialog.side_scroll.verticalScrollBar()  # the guardian's part scrolled into view
    assert bar.value() == min(guardian.y(), bar.maximum())
    guardian.name_edit.setText("王建国")  # QTest.keyClicks aborts on non-Latin-1 text
    assert not dialog.agree_button.isEnabled()
    guardian.relationship.setCurrentIndex(0)
    assert not dialog.agree_button.isEnabled()  # the guardian has not signed yet
    sign(guardian.signature.pad)
    assert dialog.agree_button.isEnabled()
    dialog.agree_button.click()
    given = dialog.given()
    assert given is not None and given.guardian is not None
    assert given.guardian.name == "王建国"
    assert given.guardian.relationship == guardian.relationship.itemText(0)
    assert given.guardian.signature_png == guardian.signature.pad.to_png() != b""
    assert given.signature_png == dialog.signature.pad.to_png()


def test_a_minor_on_paper_needs_name_and_relationship_only(open_dialog) -> None:
    dialog = open_dialog(minor=True)
    guardian = dialog.guardian
    assert guardian is not None
    dialog.choices.checkbox("service").setChecked(True)
    dialog.paper_check.setChecked(True)
    assert not guardian.signature.isVisible()
    guardian.name_edit.setText("Jane Doe")
    assert not dialog.agree_button.isEnabled()
    other = guardian.relationship.findData("other")
    guardian.relationship.setCurrentIndex(other)
    guardian.relationship.activated.emit(other)  # "Other" asks for the words
    assert guardian.relationship.currentText() == ""
    assert not dialog.agree_button.isEnabled()
    QTest.keyClicks(guardian.relationship.lineEdit(), "Aunt")
    assert dialog.agree_button.isEnabled()
    dialog.agree_button.click()
    given = dialog.given()
    assert given is not None and given.guardian is not None
    assert (given.guardian.name, given.guardian.relationship) == ("Jane Doe", "Aunt")
    assert given.guardian.signature_png == b"" and given.channel is Channel.PAPER


def test_sensitive_values_need_the_sensitive_box(open_dialog) -> None:
    dialog = open_dialog(sensitive_values=True)
    dialog.choices.checkbox("service").setChecked(True)
    sign(dialog.signature.pad)
    assert not dialog.agree_button.isEnabled()
    assert problem_text(dialog) == tr_error(PROBLEM_SENSITIVE)
    sensitive = dialog.choices.checkbox("sensitive")
    assert sensitive.parentWidget().parentWidget().objectName() == "sensitiveBox"
    sensitive.setChecked(True)
    assert dialog.agree_button.isEnabled()
    dialog.agree_button.click()
    given = dialog.given()
    assert given is not None and given.decisions["sensitive"] is Decision.GRANTED


def test_no_sensitive_box_when_the_form_collects_nothing_sensitive(open_dialog) -> None:
    dialog = open_dialog(notices=make_notices(sensitive=False))
    assert "sensitive" not in dialog.choices.purpose_keys()
    assert dialog.choices.findChild(QWidget, "sensitiveBox") is None


@pytest.mark.parametrize("confirm", [True, False])
def test_declining_asks_then_stores_nothing(open_dialog, prompt_answers, confirm: bool) -> None:
    prompt_answers.confirm_answer = confirm
    dialog = open_dialog()
    dialog.choices.checkbox("service").setChecked(True)
    sign(dialog.signature.pad)
    QTest.mouseClick(dialog.decline_button, LEFT)
    assert prompt_answers.asked == ["Nothing will be stored. Decline?"]
    if confirm:
        assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
        assert dialog.declined and dialog.given() is None
        assert dialog.signature.pad.is_empty()  # the drawn signature is not kept
    else:
        assert dialog.isVisible() and not dialog.declined
        assert dialog.agree_button.isEnabled()


def test_escape_or_close_returns_nothing(open_dialog) -> None:
    dialog = open_dialog()
    dialog.choices.checkbox("service").setChecked(True)
    sign(dialog.signature.pad)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.given() is None and not dialog.declined

    closed = open_dialog()
    closed.choices.checkbox("service").setChecked(True)
    sign(closed.signature.pad)
    closed.close()
    assert closed.given() is None and not closed.declined


def test_enter_in_a_field_does_not_agree(open_dialog) -> None:
    dialog = open_dialog(minor=True)
    assert dialog.guardian is not None
    QTest.keyClick(dialog.guardian.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.given() is None


def test_full_screen_toggle_and_f11(open_dialog) -> None:
    dialog = open_dialog()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)  # a shortcut needs the active window
    QTest.mouseClick(dialog.full_screen_button, LEFT)
    assert dialog.isFullScreen() and dialog.full_screen_button.isChecked()
    QTest.keyClick(dialog, Qt.Key.Key_F11)
    assert not dialog.isFullScreen() and not dialog.full_screen_button.isChecked()


def test_move_to_a_screen_goes_full_screen_there(open_dialog) -> None:
    dialog = open_dialog()
    screen = QGuiApplication.screens()[-1]
    dialog.move_to_screen(screen)
    assert dialog.isFullScreen() and dialog.screen() is screen


_TWO_SCREENS = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
sys.path.insert(0, sys.argv[1])
from test_consent_dialog import make_notices
from clientsafe.ui.consent_dialog import ConsentDialog
dialog = ConsentDialog(make_notices(), customer_name="x", minor=False,
                       has_sensitive_values=False, start_language="en")
dialog.show()
app.processEvents()
assert len(QGuiApplication.screens()) == 2 and dialog.second_screen_button.isVisible()
start = dialog.screen()
dialog.second_screen_button.click()
app.processEvents()
assert dialog.screen() is not start, dialog.screen().name()
assert dialog.isFullScreen() and dialog.full_screen_button.isChecked()
assert dialog.geometry() == dialog.screen().geometry(), dialog.geometry()
print("moved to", dialog.screen().name())
"""


def test_move_to_second_screen_with_two_screens(tmp_path: Path) -> None:
    """Qt's offscreen platform with two screens configured: a fresh process, since the screens
    are fixed when the application starts."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [
        {"name": "desk", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
        {"name": "counter", "x": 1280, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, "-c", _TWO_SCREENS, str(Path(__file__).parent)],
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "moved to" in done.stdout


def test_the_whole_dialog_speaks_the_customers_language_until_it_closes(
        open_dialog, qtbot: QtBot) -> None:
    dialog = open_dialog()
    assert dialog.agree_button.text() == "Agree and save"
    dialog.language_buttons["zh_CN"].click()
    qtbot.waitUntil(lambda: dialog.agree_button.text() == "同意并保存")
    assert dialog.decline_button.text() != "Customer declines"
    dialog.reject()
    # The staff's language is back for everything else.
    assert QCoreApplication.translate("ConsentDialog", "Agree and save") == "Agree and save"
