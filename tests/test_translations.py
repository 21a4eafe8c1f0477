"""The Simplified Chinese translation: complete, placeholders intact, in sync with the code, and
actually used by Qt at run time.

A developer who adds or changes a user-visible string gets a failing test here that names it; the
fix is `make translations`, then translating the new entries (Qt Linguist or by hand).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "i18n" / "clientsafe_zh_CN.ts"

# `{name}` Python format fields (not `{{` escapes) and Qt's `%1`, `%L1`, `%n` markers.
_FORMAT_FIELD = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")
_QT_MARKER = re.compile(r"%L?(?:\d+|n)")
# A keyboard accelerator: `&` followed by a letter or digit (`&&` is a literal ampersand).
_ACCELERATOR = re.compile(r"(?<!&)&([A-Za-z0-9])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    translation_type: str | None

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_messages(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", default=""),
                    translation=(translation.text or "") if translation is not None else "",
                    translation_type=translation.get("type") if translation is not None else None,
                )
            )
    return messages


def qt_tool(name: str) -> Path:
    tool = Path(sys.executable).with_name(name)
    if not tool.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} is not installed next to {sys.executable}")
        tool = Path(found)
    return tool


def placeholders(text: str) -> list[str]:
    return sorted(_FORMAT_FIELD.findall(text) + _QT_MARKER.findall(text))


MESSAGES = read_messages(TS_FILE)


def test_the_translation_file_has_messages() -> None:
    assert len(MESSAGES) > 100


def test_every_message_is_translated() -> None:
    problems = [
        f"{message}: type={message.translation_type!r}"
        for message in MESSAGES
        if message.translation_type in {"unfinished", "vanished", "obsolete"}
    ]
    problems += [f"{message}: empty" for message in MESSAGES if not message.translation.strip()]
    assert not problems, "untranslated or stale messages:\n" + "\n".join(problems)


def test_placeholders_are_kept() -> None:
    problems = [
        f"{message}: {placeholders(message.source)} became {placeholders(message.translation)}"
        for message in MESSAGES
        if placeholders(message.source) != placeholders(message.translation)
    ]
    assert not problems, "placeholders changed:\n" + "\n".join(problems)


def test_accelerators_keep_their_letter() -> None:
    problems = [
        f"{message}: {message.translation!r}"
        for message in MESSAGES
        if [key.upper() for key in _ACCELERATOR.findall(message.source)]
        != [key.upper() for key in _ACCELERATOR.findall(message.translation)]
    ]
    assert not problems, "accelerators changed:\n" + "\n".join(problems)


def test_leading_and_trailing_whitespace_is_kept() -> None:
    def ends(text: str) -> tuple[str, str]:
        return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]

    problems = [
        str(message) for message in MESSAGES if ends(message.source) != ends(message.translation)
    ]
    assert not problems, "whitespace around the text changed:\n" + "\n".join(problems)


def python_sources() -> list[str]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "clientsafe/*.py"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        listed = []
    if not listed:  # no git, or not a checkout (an unpacked source archive)
        listed = [str(path.relative_to(ROOT)) for path in sorted(ROOT.glob("clientsafe/**/*.py"))]
    return listed


def test_translation_file_is_in_sync_with_the_code(tmp_path: Path) -> None:
    lupdate = qt_tool("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *python_sources(), "-ts", str(fresh)],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    in_code = {(m.context, m.source) for m in read_messages(fresh)}
    in_file = {(m.context, m.source) for m in MESSAGES}
    lines = [f"not in the .ts yet: [{c}] {s!r}" for c, s in sorted(in_code - in_file)]
    lines += [f"no longer in the code: [{c}] {s!r}" for c, s in sorted(in_file - in_code)]
    assert not lines, (
        "resources/i18n/clientsafe_zh_CN.ts is out of date; run `make translations` and "
        "translate the new strings:\n" + "\n".join(lines)
    )


@pytest.fixture
def chinese(qtbot: object, tmp_path: Path) -> Iterator[None]:
    """The compiled Chinese translation installed on the running QApplication."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    del qtbot  # only here to make sure a QApplication runs
    qm = tmp_path / "clientsafe_zh_CN.qm"
    subprocess.run(
        [str(qt_tool("pyside6-lrelease")), "-silent", str(TS_FILE), "-qm", str(qm)],
        capture_output=True,
        check=True,
    )
    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    assert app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)


@pytest.mark.usefixtures("chinese")
def test_qt_translates_labels_and_errors() -> None:
    from PySide6.QtCore import QCoreApplication

    from clientsafe.core.errors import PermissionDenied, WeakPassword
    from clientsafe.core.roles import Permission, Role
    from clientsafe.ui.error_text import error_text

    assert QCoreApplication.translate("roles", "Manager") == "经理"
    assert QCoreApplication.translate("roles", Role.SECURITY_OFFICER.label) == "安全主管"

    weak = error_text(WeakPassword(min_length=12))
    assert weak == "请设置更长的密码：至少 12 个字符，并且不易被猜到。"

    denied = error_text(
        PermissionDenied(role=Role.FINANCE.label, action=Permission.CUSTOMERS_VIEW.label)
    )
    assert "财务" in denied and "查看客户" in denied
    assert "{" not in denied and "Finance" not in denied


@pytest.mark.usefixtures("chinese")
def test_qt_translates_audit_actions_and_keeps_unknown_ids() -> None:
    from clientsafe.core.audit_actions import ACTION_LABELS
    from clientsafe.ui.audit_table_model import action_text, outcome_text

    assert action_text("customer.viewed") == "打开客户记录"
    assert action_text("auth.login_failed") == "登录被拒绝"
    assert outcome_text("denied") == "拒绝"
    assert action_text("robot.dreamed") == "robot.dreamed"  # from a newer version
    untranslated = [str(a) for a in ACTION_LABELS if action_text(str(a)) == ACTION_LABELS[a]]
    assert not untranslated
