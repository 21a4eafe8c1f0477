"""The user name and password a manager types into a pop-up on someone else's screen.

Shared by the reveal approval and the export approval pop-ups: the two fields, the check that
both are filled, and running the service call with the password cleared, a wait cursor, and the
error shown as one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from clientsafe.core.errors import AuthenticationFailed, ClientSafeError
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import show_text

T = TypeVar("T")


class ManagerCredentials:
    def __init__(self, parent: QWidget, form: QFormLayout, error: QLabel) -> None:
        self.error = error
        self.name = QLineEdit(parent)
        self.name.setObjectName("managerName")
        self.name.setMaxLength(64)
        self.password = QLineEdit(parent)
        self.password.setObjectName("managerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("ManagerCredentials", "Manager's &user name:"),
                    self.name)
        form.addRow(QCoreApplication.translate("ManagerCredentials", "Manager's &password:"),
                    self.password)
        self.name.returnPressed.connect(self.password.setFocus)

    def read(self) -> tuple[str, str] | None:
        """Both fields, or None after saying what is missing."""
        name, password = self.name.text().strip(), self.password.text()
        if not name or not password:
            show_text(self.error, QCoreApplication.translate(
                "ManagerCredentials", "The manager types their user name and password."))
            (self.password if name else self.name).setFocus()
            return None
        return name, password

    def call(self, service: Callable[[str, str], T]) -> tuple[bool, T | None]:
        """Run `service(name, password)`; (True, result), or (False, None) with the error shown.
        The password never stays in the field, whatever the outcome."""
        credentials = self.read()
        if credentials is None:
            return False, None
        self.password.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return True, service(*credentials)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            (self.password if isinstance(exc, AuthenticationFailed) else self.name).setFocus()
            return False, None
        finally:
            QGuiApplication.restoreOverrideCursor()
