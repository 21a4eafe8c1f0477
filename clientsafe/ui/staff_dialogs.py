"""The security officer's small staff dialogs: new account, change role, reset password.

Each dialog calls its service itself when the officer confirms, so a refusal (a taken user name,
a weak password, the guard rails of core.staff_rules) appears as one sentence inside the dialog
and the officer can correct it; it closes only when the change has been made. Dialogs are opened
with open() (window-modal, no nested event loop), so locking the window can reject them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.entities import StaffMember
from clientsafe.core.errors import ClientSafeError, WeakPassword
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.passwords import MIN_LENGTH
from clientsafe.core.roles import Role
from clientsafe.core.session import Session
from clientsafe.core.validators import InvalidName, InvalidUsername, UsernameTaken
from clientsafe.services import staff
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import error_line, hint, paragraph, show_text
from clientsafe.ui.password_strength import PasswordStrengthBar

ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP(
        "StaffDialogs",
        "Enters customers and runs the consent dialog; sees only the customers assigned to them.",
    ),
    Role.FINANCE: QT_TRANSLATE_NOOP(
        "StaffDialogs", "Sees transactions and customer names only; no contact or identity data."
    ),
    Role.MANAGER: QT_TRANSLATE_NOOP(
        "StaffDialogs",
        "Sees all customers with sensitive fields masked, approves reveals and runs reports.",
    ),
    Role.SECURITY_OFFICER: QT_TRANSLATE_NOOP(
        "StaffDialogs",
        "Manages staff accounts, settings, the audit trail and backups; no routine access to "
        "customer data.",
    ),
}


def role_combo(parent: QWidget, selected: Role = Role.FRONT_DESK) -> QComboBox:
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(translated("roles", role.label), str(role))
    combo.setCurrentIndex(combo.findData(str(selected)))
    return combo


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


class _StaffDialog(QDialog):
    """Intro sentence, a form, an error line and OK/Cancel. On OK, `_ready()` checks what the
    dialog itself can check, then `_apply()` calls the service."""

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.setMinimumWidth(500)
        self.intro = paragraph(parent=self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.error = error_line(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, sentence: str) -> None:
        show_text(self.error, sentence)

    def _password_rows(self) -> None:
        self.password = _password_field(self)
        self.repeat = _password_field(self)
        self.strength = PasswordStrengthBar(self)
        self.password.textChanged.connect(self.strength.set_password)
        self.form.addRow(self.tr("&Temporary password:"), self.password)
        self.form.addRow("", self.strength)
        self.form.addRow(self.tr("&Repeat it:"), self.repeat)

    def _passwords_match(self) -> bool:
        if self.password.text() == self.repeat.text():
            return True
        self.show_error(self.tr("The two passwords differ; type the same one twice."))
        self.repeat.selectAll()
        self.repeat.setFocus()
        return False

    def accept(self) -> None:
        if not self._ready():
            return
        # Hashing a password takes tens of milliseconds (Argon2id): fine on the GUI thread.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._apply()
        except ClientSafeError as exc:
            self.show_error(error_text(exc))
            self._focus_for(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()

    def _ready(self) -> bool:
        return True

    def _apply(self) -> None:
        raise NotImplementedError

    def _focus_for(self, exc: ClientSafeError) -> None:
        if isinstance(exc, WeakPassword) and hasattr(self, "password"):
            self.password.selectAll()
            self.password.setFocus()


class NewStaffDialog(_StaffDialog):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(vault, session, parent)
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New staff account"))
        self.intro.setText(
            self.tr(
                "The new colleague signs in once with a temporary password and must then choose "
                "their own. Tell it to them in person, not by e-mail or chat. Passwords have at "
                "least {n} characters."
            ).format(n=MIN_LENGTH)
        )
        self.username = QLineEdit(self)
        self.username.setMaxLength(32)
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(100)
        self.role = role_combo(self)
        self.role_hint = hint(parent=self)
        self.role.currentIndexChanged.connect(self._describe_role)
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Name:"), self.display_name)
        self.form.addRow(self.tr("R&ole:"), self.role)
        self.form.addRow("", self.role_hint)
        self._password_rows()
        self.ok_button.setText(self.tr("Create account"))
        self._describe_role()
        self.username.setFocus()

    def _describe_role(self) -> None:
        role = Role(self.role.currentData())
        self.role_hint.setText(QCoreApplication.translate("StaffDialogs", ROLE_DESCRIPTIONS[role]))

    def _ready(self) -> bool:
        return self._passwords_match()

    def _apply(self) -> None:
        self.created_id = staff.create_staff(
            self._vault,
            self._session,
            username=self.username.text(),
            display_name=self.display_name.text(),
            role=Role(self.role.currentData()),
            temporary_password=self.password.text(),
        )

    def _focus_for(self, exc: ClientSafeError) -> None:
        if isinstance(exc, InvalidUsername | UsernameTaken | InvalidName):
            field = self.display_name if isinstance(exc, InvalidName) else self.username
            field.selectAll()
            field.setFocus()
        else:
            super()._focus_for(exc)


class ChangeRoleDialog(_StaffDialog):
    def __init__(
        self, vault: Vault, session: Session, member: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, session, parent)
        self.member = member
        self.setWindowTitle(self.tr("Change role"))
        self.intro.setText(
            self.tr(
                "{name} ({username}) is now: {role}. The new role takes effect the next time "
                "they sign in."
            ).format(
                name=member.display_name,
                username=member.username,
                role=translated("roles", member.role.label),
            )
        )
        self.role = role_combo(self, member.role)
        self.role_hint = hint(parent=self)
        self.role.currentIndexChanged.connect(self._role_chosen)
        self.form.addRow(self.tr("New &role:"), self.role)
        self.form.addRow("", self.role_hint)
        self.ok_button.setText(self.tr("Change role"))
        self._role_chosen()
        self.role.setFocus()

    @property
    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def _role_chosen(self) -> None:
        self.role_hint.setText(
            QCoreApplication.translate("StaffDialogs", ROLE_DESCRIPTIONS[self.chosen_role])
        )
        self.ok_button.setEnabled(self.chosen_role is not self.member.role)
        show_text(self.error, "")

    def _apply(self) -> None:
        staff.change_role(self._vault, self._session, self.member.id, self.chosen_role)


class ResetPasswordDialog(_StaffDialog):
    def __init__(
        self, vault: Vault, session: Session, member: StaffMember, parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, session, parent)
        self.member = member
        self.setWindowTitle(self.tr("Reset password"))
        self.intro.setText(
            self.tr(
                "Give {name} ({username}) a temporary password of at least {n} characters. They "
                "must choose their own password when they next sign in. A locked account is "
                "unlocked too."
            ).format(name=member.display_name, username=member.username, n=MIN_LENGTH)
        )
        self._password_rows()
        self.ok_button.setText(self.tr("Reset password"))
        self.password.setFocus()

    def _ready(self) -> bool:
        return self._passwords_match()

    def _apply(self) -> None:
        staff.reset_password(self._vault, self._session, self.member.id, self.password.text())
