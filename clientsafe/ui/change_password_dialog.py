"""Changing one's own password, by choice or because the account requires it.

The policy (length, strength) lives in core and is enforced by services.auth.change_password; the
strength bar only shows the same estimate while typing. Forced mode is for a first login with a
temporary password: the only other way out is signing out. A rejected forced dialog means "the
user chose to sign out"; the caller ends the session (services.auth.logout) and shows the login.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import AuthenticationFailed, ClientSafeError, ValidationError
from clientsafe.core.passwords import MIN_LENGTH
from clientsafe.core.session import Session
from clientsafe.services import auth
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.password_strength import PasswordStrengthBar

_ERROR_STYLE = "color: #b91c1c;"


class ChangePasswordDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        session: Session,
        parent: QWidget | None = None,
        forced: bool = False,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.forced = forced
        self.result_session: Session | None = None
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(460)

        if forced:
            intro_text = self.tr(
                "Your account still has the temporary password it was given. Choose your own "
                "password before you continue: at least {n} characters that only you know."
            ).format(n=MIN_LENGTH)
        else:
            intro_text = self.tr(
                "Choose a new password of at least {n} characters that is not easy to guess. "
                "A few unrelated words make a strong password that is easy to remember."
            ).format(n=MIN_LENGTH)
        self.intro = QLabel(intro_text)
        self.intro.setWordWrap(True)

        self.current = self._password_field()
        self.new = self._password_field()
        self.repeat = self._password_field()
        self.strength = PasswordStrengthBar(self)
        self.new.textChanged.connect(self.strength.set_password)

        form = QFormLayout()
        form.addRow(self.tr("&Current password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow("", self.strength)
        form.addRow(self.tr("&Repeat new password:"), self.repeat)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Change password"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        if forced:
            self.cancel_button = self.buttons.addButton(
                self.tr("Sign out"), QDialogButtonBox.ButtonRole.RejectRole
            )
        else:
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.current.setFocus()

    def _password_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumWidth(240)
        return field

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def accept(self) -> None:
        if not self.current.text():
            self.show_error(self.tr("Type your current password."))
            self.current.setFocus()
            return
        if self.new.text() != self.repeat.text():
            self.show_error(
                self.tr("The new password and its repetition differ; type the same one twice.")
            )
            self.repeat.selectAll()
            self.repeat.setFocus()
            return
        # Hashing takes tens of milliseconds (Argon2id): short enough for the GUI thread.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session = auth.change_password(
                self._vault, self._session, self.current.text(), self.new.text()
            )
        except ClientSafeError as exc:
            self.show_error(error_text(exc))
            if isinstance(exc, AuthenticationFailed):
                self.current.selectAll()
                self.current.setFocus()
            elif isinstance(exc, ValidationError):
                self.new.selectAll()
                self.new.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.result_session = session
        super().accept()
