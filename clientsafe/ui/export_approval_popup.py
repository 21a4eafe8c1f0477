"""The pop-up in which another manager approves a large export, on the requester's screen.

More customer records than the business's export limit (default 20) at once need a manager's
approval. A manager standing at the desk — not the person exporting — types their own user name
and password; services.customer_export.approve_export checks and audits them and returns a
single-use approval for exactly this export. The password is cleared after every attempt.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import AuthenticationFailed, ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import customer_export
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, error_line, heading, notice_box, paragraph, show_text


class ExportApprovalPopup(QDialog):
    """Accepted with `approval_id` once a manager approved; rejected on Cancel (or lock)."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        *,
        count: int,
        limit: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.count = count
        self.approval_id: int | None = None
        self.setWindowTitle(self.tr("Manager approval"))
        self.setMinimumWidth(500)
        locale = QLocale()

        self.title = heading(self.tr("A manager must approve this export"), self, size=1.3)
        self.explanation = paragraph(
            self.tr(
                "More than {limit} records at once need a manager's approval. A manager other "
                "than you types their own user name and password here."
            ).format(limit=locale.toString(limit)),
            self,
        )
        self.summary = notice_box(
            Tone.INFO,
            self.tr(
                "{who} wants to export {n} customer records to a CSV file. The file holds only "
                "what {who} may see, with sensitive fields masked, and names who exported it."
            ).format(who=session.display_name, n=locale.toString(count)),
            self,
        )
        self.summary.setObjectName("exportSummary")

        self.manager_name = QLineEdit(self)
        self.manager_name.setObjectName("managerName")
        self.manager_name.setMaxLength(64)
        self.manager_password = QLineEdit(self)
        self.manager_password.setObjectName("managerPassword")
        self.manager_password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Manager's &user name:"), self.manager_name)
        form.addRow(self.tr("Manager's &password:"), self.manager_password)

        self.error = error_line(self)
        self.error.setObjectName("approvalError")

        self.approve_button = QPushButton(self.tr("Approve export"), self)
        self.approve_button.setObjectName("approve")
        self.approve_button.setMinimumWidth(130)
        self.approve_button.clicked.connect(self.approve)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.approve_button, self.cancel_button):
            # No default button: Enter is handled per field below, so it never acts twice.
            button.setAutoDefault(False)
        self.manager_name.returnPressed.connect(self.manager_password.setFocus)
        self.manager_password.returnPressed.connect(self.approve)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.approve_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # Word-wrapped labels guess their height for a narrower width; size for the real one.
        width = self.minimumWidth()
        self.resize(width, layout.totalHeightForWidth(width))
        self.manager_name.setFocus()

    def approve(self) -> None:
        name, password = self.manager_name.text().strip(), self.manager_password.text()
        if not name or not password:
            show_text(self.error, self.tr("The manager types their user name and password."))
            (self.manager_password if name else self.manager_name).setFocus()
            return
        self.manager_password.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            approval_id = customer_export.approve_export(
                self._vault,
                self._session,
                count=self.count,
                manager_username=name,
                manager_password=password,
            )
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            (self.manager_password if isinstance(exc, AuthenticationFailed)
             else self.manager_name).setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.approval_id = approval_id
        self.accept()
