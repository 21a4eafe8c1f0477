"""Render the consent dialog at the counter to PNG files, to be looked at whenever it changes
(not a test): English (signed, ready to save), Chinese (interface and notice), a minor with the
guardian section, and a paper signature with an attached scan.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/consent_screenshots.py [OUT_DIR]
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python tests/ui/consent_screenshots.py

Writes consent_dialog_en.png, _zh.png, _minor.png (and _minor_full_hd.png, the whole guardian
section on a 1920×1080 counter screen) and _paper.png. Default OUT_DIR /tmp/shots. No vault or
keyring is needed: the notices are built by core from a sample form.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Under xvfb-run use the real X11 platform (signature_screenshots would default to offscreen).
os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

from PySide6.QtWidgets import QApplication
from shot_tools import save
from signature_screenshots import sign
from test_consent_dialog import TINY_PNG, make_notices

from clientsafe.ui import i18n
from clientsafe.ui.consent_dialog import ConsentDialog

COUNTER = (1280, 800)  # a common counter monitor or tablet
FULL_HD = (1920, 1080)


def dialog(language: str, *, minor: bool = False, sensitive: bool = False,
           size: tuple[int, int] = COUNTER) -> ConsentDialog:
    """The sample business writes in the customer's language: Chinese notices for Chinese."""
    shown = ConsentDialog(make_notices(chinese=language == "zh_CN"),
                          customer_name="王小明 (Wang Xiaoming)", minor=minor,
                          has_sensitive_values=sensitive, start_language=language)
    shown.resize(*size)
    shown.show()
    return shown


def shoot(out: Path) -> None:
    english = dialog("en")
    english.choices.checkbox("service").setChecked(True)
    english.choices.checkbox("marketing").setChecked(True)
    sign(english.signature.pad)
    save(english, out, "consent_dialog_en")
    english.reject()

    minor = dialog("en", minor=True, sensitive=True)
    minor.choices.checkbox("service").setChecked(True)
    minor.choices.checkbox("sensitive").setChecked(True)
    sign(minor.signature.pad)
    assert minor.guardian is not None
    minor.guardian.name_edit.setText("Wang Jianguo")
    minor.guardian.relationship.setCurrentIndex(0)
    save(minor, out, "consent_dialog_minor")
    minor.resize(*FULL_HD)
    save(minor, out, "consent_dialog_minor_full_hd")
    minor.reject()

    paper = dialog("en", sensitive=True)
    paper.paper_check.setChecked(True)
    paper.choices.checkbox("service").setChecked(True)
    with tempfile.TemporaryDirectory() as tmp:
        scan = Path(tmp) / "signed-consent-form.png"
        scan.write_bytes(TINY_PNG)
        paper.paper_box.attach(scan)
    save(paper, out, "consent_dialog_paper")
    paper.reject()


def shoot_chinese(app: QApplication, out: Path) -> None:
    i18n.install(app, "zh_CN")
    try:
        chinese = dialog("zh_CN", minor=True)
        chinese.choices.checkbox("service").setChecked(True)
        save(chinese, out, "consent_dialog_zh")
        chinese.reject()
    finally:
        i18n.install(app, "en")


def main(app: QApplication, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    print("platform:", app.platformName())
    i18n.install(app, "en")
    shoot(out)
    shoot_chinese(app, out)
    return 0


if __name__ == "__main__":
    application = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(application, QApplication)
    sys.exit(main(application, Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots")))
