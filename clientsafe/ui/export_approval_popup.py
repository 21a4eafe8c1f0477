"""The pop-up in which another manager approves a large export, on the requester's screen.

More customer records than the business's export limit (default 20) at once need a manager's
approval. A manager standing at the desk — not the person exporting — types their own user name
and password; services.customer_export.approve_export checks and audits them and returns a
single-use approval for exactly this export. The password is cleared after every attempt.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.session import Session
from clientsafe.services import customer_export
from clientsafe.services.vault_access import Vault
from clientsafe.ui.manager_credentials import ManagerCredentials
from clientsafe.ui.message_labels import Tone, error_line, heading, notice_box, paragraph


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

        self.error = error_line(self)
        self.error.setObjectName("approvalError")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.credentials = ManagerCredentials(self, form, self.error)
        self.manager_name, self.manager_password = self.credentials.name, self.credentials.password

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
        done, approval_id = self.credentials.call(
            lambda name, password: customer_export.approve_export(
                self._vault, self._session, count=self.count, manager_username=name,
                manager_password=password))
        if done:
            self.approval_id = approval_id
            self.accept()
