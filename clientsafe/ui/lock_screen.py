"""What a locked main window shows instead of its work: who is signed in, and a password field.

The right password (services.auth.reauthenticate) emits `unlocked`. A wrong one shows the
sentence and counts toward the account's lockout; when the account locks (or has been
deactivated meanwhile) the screen emits `must_sign_out(sentence)` and the window signs out.
"Sign out" emits `sign_out_requested`. All texts are set in `_retranslate`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import AccountDisabled, AccountLocked, ClientSafeError
from clientsafe.core.session import Session
from clientsafe.core.session_lock import LockReason
from clientsafe.services import auth
from clientsafe.services.auth import MAX_FAILURES
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import error_line, heading, hint, paragraph, show_text

_PADLOCK_COLOUR = QColor("#52606d")


def _padlock_pixmap(size: int) -> QPixmap:
    """Drawn on a 16-unit grid: a shackle arch over a rounded body with a keyhole."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    unit = size / 16
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(unit, unit)
    shackle = QPainterPath(QPointF(4.5, 8))
    shackle.lineTo(4.5, 6)
    shackle.arcTo(QRectF(4.5, 2.5, 7, 7), 180, -180)
    shackle.lineTo(11.5, 8)
    painter.setPen(QPen(_PADLOCK_COLOUR, 1.8))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(_PADLOCK_COLOUR))
    painter.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1, 1)
    painter.setBrush(QBrush(Qt.GlobalColor.white))
    painter.drawEllipse(QRectF(7, 9.3, 2, 2))
    painter.drawRect(QRectF(7.6, 10.5, 0.8, 2.5))
    painter.end()
    return pixmap


def padlock_icon() -> QIcon:
    """A closed padlock (Qt's standard icons have none); drawn, so it is sharp at any size."""
    icon = QIcon.fromTheme("system-lock-screen")
    if icon.isNull():
        icon = QIcon()
        for size in (16, 24, 32, 48, 64):
            icon.addPixmap(_padlock_pixmap(size))
    return icon


class LockScreen(QWidget):
    unlocked = Signal()
    sign_out_requested = Signal()
    must_sign_out = Signal(str)  # the sentence saying why (account locked or deactivated)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._vault = vault
        self._session = session
        self._reason = LockReason.ON_DEMAND
        self._idle_minutes = 0
        self._busy = False

        self.icon = QLabel(self)
        self.icon.setPixmap(_padlock_pixmap(44))
        self.title = heading(parent=self, size=1.5)
        self.who = paragraph(parent=self)
        self.why = hint(parent=self)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(260)
        self.password.returnPressed.connect(self.unlock)
        self.password_label = QLabel(self)
        self.password_label.setBuddy(self.password)
        self.error = error_line(self)
        self.error.setObjectName("unlockError")
        self.warning = hint(parent=self)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumWidth(120)
        self.unlock_button.clicked.connect(self.unlock)
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.setObjectName("lockSignOut")
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        self._layout()
        self._retranslate()

    def _layout(self) -> None:
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setStyleSheet(
            "#lockCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 10px; }"
        )
        card.setMaximumWidth(560)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        title_row = QHBoxLayout()
        title_row.setSpacing(12)
        title_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.title, 1)
        form = QFormLayout()
        form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(26, 22, 26, 22)
        inner.setSpacing(12)
        inner.addLayout(title_row)
        inner.addWidget(self.who)
        inner.addWidget(self.why)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.warning)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _retranslate(self) -> None:
        session = self._session
        self.title.setText(self.tr("ClientSafe is locked"))
        self.who.setText(
            self.tr(
                "Signed in as {name} ({username}) · {role}. Everything stays hidden until you "
                "type your password again."
            ).format(
                name=session.display_name,
                username=session.username,
                role=translated("roles", session.role.label),
            )
        )
        self.why.setText(self._why_text())
        self.password_label.setText(self.tr("&Password:"))
        self.warning.setText(
            self.tr(
                "After {n} wrong passwords in a row the account locks for a while and you are "
                "signed out."
            ).format(n=MAX_FAILURES)
        )
        self.unlock_button.setText(self.tr("&Unlock"))
        self.sign_out_button.setText(self.tr("Sign &out"))

    def _why_text(self) -> str:
        if self._reason == LockReason.IDLE:
            return self.tr("Locked after {n} minute(s) without activity.").format(
                n=self._idle_minutes
            )
        if self._reason == LockReason.APP_INACTIVE:
            return self.tr("Locked because ClientSafe was in the background for a while.")
        return self.tr("Locked on request.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- state -----------------------------------------------------------------------------------

    def prepare(self, session: Session, reason: str, idle_minutes: int) -> None:
        """Called as the window locks: who is signed in now, and why it locked."""
        self._session = session
        self._reason = LockReason(reason)
        self._idle_minutes = idle_minutes
        self.password.clear()
        show_text(self.error, "")
        self._retranslate()

    def set_busy(self, busy: bool) -> None:
        """While background work holds the vault, unlocking waits for it."""
        self._busy = busy
        self.unlock_button.setEnabled(not busy)
        self.sign_out_button.setEnabled(not busy)

    # --- actions ---------------------------------------------------------------------------------

    def unlock(self) -> None:
        if self._busy:
            return
        password = self.password.text()
        if not password:
            show_text(self.error, self.tr("Type your password to unlock."))
            self.password.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            auth.reauthenticate(self._vault, self._session, password)
        except (AccountLocked, AccountDisabled) as exc:
            self.password.clear()
            self.must_sign_out.emit(error_text(exc))
            return
        except ClientSafeError as exc:
            self.password.clear()
            show_text(self.error, error_text(exc))
            self.password.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        show_text(self.error, "")
        self.unlocked.emit()
