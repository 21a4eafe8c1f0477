"""Putting a revealed value on the clipboard for a short time only.

`copy_secret(text, clear_after_s)` puts the text on the system clipboard together with the
`x-kde-passwordManagerHint: secret` format, which KDE Klipper and other clipboard managers read as
"do not keep this in the history". After `clear_after_s` seconds the clipboard is emptied, but
only if it still holds our value: something the user copied since is left alone.

What we put there is remembered as a keyed hash (a random key per run), not as the value, so the
guard never holds a customer's value itself. `clear_if_ours()` is for whoever ends the session
(lock, sign out, quit).

The caller records the copy in the audit trail (services.reveals.record_copy) before calling.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

import shiboken6
from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

PASSWORD_MANAGER_HINT = "x-kde-passwordManagerHint"
HINT_SECRET = b"secret"


class ClipboardGuard(QObject):
    """One per application (see `guard()`); its `timer` is public so tests can fire it."""

    # The clipboard was emptied by us (after the delay, or on clear_if_ours).
    cleared = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = secrets.token_bytes(32)
        self._digest: bytes | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_if_ours)

    def _fingerprint(self, text: str) -> bytes:
        return hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).digest()

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    @property
    def holds_secret(self) -> bool:
        """True while the clipboard still holds the value we put there."""
        if self._digest is None:
            return False
        current = self._clipboard().text()
        return bool(current) and hmac.compare_digest(self._fingerprint(current), self._digest)

    def copy(self, text: str, clear_after_s: int) -> None:
        data = QMimeData()
        data.setText(text)
        data.setData(PASSWORD_MANAGER_HINT, HINT_SECRET)
        self._clipboard().setMimeData(data)
        self._digest = self._fingerprint(text)
        self.timer.start(max(1, int(clear_after_s)) * 1000)

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds our value; True if it did."""
        self.timer.stop()
        ours = self.holds_secret
        self._digest = None
        if ours:
            self._clipboard().clear()
            self.cleared.emit()
        return ours


_guard: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    """The application's clipboard guard, created on first use (needs a QGuiApplication)."""
    global _guard
    if _guard is None or not shiboken6.isValid(_guard):
        _guard = ClipboardGuard(QGuiApplication.instance())
    return _guard


def copy_secret(text: str, clear_after_s: int) -> None:
    """Put `text` on the clipboard, marked secret, and clear it after `clear_after_s` seconds
    if it is still ours."""
    guard().copy(text, clear_after_s)


def clear_if_ours() -> bool:
    """For lock, sign-out and quit: empty the clipboard now if it still holds our value."""
    if _guard is None or not shiboken6.isValid(_guard):
        return False
    return _guard.clear_if_ours()
