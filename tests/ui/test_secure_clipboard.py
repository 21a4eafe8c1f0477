"""The clipboard guard against the real (offscreen) QClipboard: marked secret, cleared after the
delay only if it still holds our value, cleared on demand, and never keeping the value itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clientsafe.ui import secure_clipboard

SECRET = "110101199003071234"


@pytest.fixture
def clipboard(qtbot: QtBot) -> Iterator[QClipboard]:
    board = QApplication.clipboard()
    board.clear()
    yield board
    secure_clipboard.clear_if_ours()
    board.clear()


def test_the_copy_is_marked_for_clipboard_managers(clipboard: QClipboard) -> None:
    secure_clipboard.copy_secret(SECRET, 30)
    assert clipboard.text() == SECRET
    mime = clipboard.mimeData()
    assert mime.hasFormat("text/plain")
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"


def test_the_timer_clears_our_value_after_the_delay(
    qtbot: QtBot, clipboard: QClipboard
) -> None:
    guard = secure_clipboard.guard()
    secure_clipboard.copy_secret(SECRET, 30)
    assert guard.timer.isActive() and guard.timer.interval() == 30_000
    assert guard.holds_secret
    with qtbot.waitSignal(guard.cleared, timeout=1000):
        guard.timer.timeout.emit()
    assert clipboard.text() == ""
    assert not guard.holds_secret


def test_something_copied_since_is_left_alone(clipboard: QClipboard) -> None:
    guard = secure_clipboard.guard()
    secure_clipboard.copy_secret(SECRET, 30)
    clipboard.setText("a note the user copied afterwards")
    guard.timer.timeout.emit()
    assert clipboard.text() == "a note the user copied afterwards"
    assert secure_clipboard.clear_if_ours() is False


def test_clear_if_ours_for_lock_and_sign_out(clipboard: QClipboard) -> None:
    secure_clipboard.copy_secret(SECRET, 30)
    assert secure_clipboard.clear_if_ours() is True
    assert clipboard.text() == ""
    assert not secure_clipboard.guard().timer.isActive()
    assert secure_clipboard.clear_if_ours() is False  # nothing of ours any more


def test_the_guard_keeps_no_copy_of_the_value(clipboard: QClipboard) -> None:
    guard = secure_clipboard.guard()
    secure_clipboard.copy_secret(SECRET, 30)
    held = [value for value in vars(guard).values() if isinstance(value, (str, bytes))]
    assert all(SECRET not in (v if isinstance(v, str) else v.decode("latin-1")) for v in held)
    assert all(SECRET.encode() != v for v in held)
