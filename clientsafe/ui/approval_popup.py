"""The approval pop-up on the requester's screen.

A manager standing at the desk types their own user name and password and approves or denies
(a denial needs a reason). Nobody near? The request simply waits in the managers' Approvals inbox.
A signed-in manager may also approve their own request: the reason they gave is recorded and the
entry is flagged for review.

Every decision is made and audited by services.reveals; this dialog only collects the inputs.
The manager's password is cleared from the field after every attempt and is never kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.entities import RevealGrant
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import reveals
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.manager_credentials import ManagerCredentials
from clientsafe.ui.message_labels import (
    Tone,
    error_line,
    heading,
    hint,
    notice_box,
    paragraph,
    show_text,
)
from clientsafe.ui.reveal_request_dialog import OTHER_REASON, field_labels, reason_label


class Outcome(StrEnum):
    WAITING = "waiting"  # sent to the Approvals inbox (or closed): the request stays pending
    APPROVED = "approved"
    DENIED = "denied"


class ApprovalPopup(QDialog):
    """Accepted when a decision was made (`outcome` APPROVED with `grant`, or DENIED);
    rejected when the request goes to the inbox instead."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        *,
        request_id: int,
        fields: Sequence[str],
        reason_code: str,
        reason_text: str,
        minutes: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.request_id = request_id
        self._reason_text = reason_text.strip()
        self.outcome = Outcome.WAITING
        self.grant: RevealGrant | None = None
        self.setWindowTitle(self.tr("Manager approval"))
        self.setMinimumWidth(500)

        self.title = heading(self.tr("A manager must approve"), self, size=1.3)
        self.explanation = paragraph(
            self.tr(
                "A manager must approve: they type their own user name and password here. "
                "If no manager is nearby, send the request to their Approvals inbox instead."
            ),
            self,
        )
        reason = reason_label(reason_code)
        if self._reason_text:
            reason = (
                self._reason_text
                if reason_code == OTHER_REASON
                else self.tr("{reason} — {details}").format(
                    reason=reason, details=self._reason_text
                )
            )
        self.summary = notice_box(
            Tone.INFO,
            self.tr("{who} asks to see: {fields}, for {minutes} min.\nReason: {reason}").format(
                who=session.display_name,
                fields=field_labels(fields),
                minutes=minutes,
                reason=reason,
            ),
            self,
        )
        self.summary.setObjectName("requestSummary")

        self.error = error_line(self)
        self.error.setObjectName("approvalError")
        self.deny_reason = QLineEdit(self)
        self.deny_reason.setObjectName("denyReason")
        self.deny_reason.setMaxLength(500)
        self.deny_reason.setPlaceholderText(self.tr("Required when denying"))
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.credentials = ManagerCredentials(self, self.form, self.error)
        self.manager_name, self.manager_password = self.credentials.name, self.credentials.password
        self.form.addRow(self.tr("Reason for &denial:"), self.deny_reason)
        self.form.setRowVisible(self.deny_reason, False)

        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setObjectName("approve")
        self.approve_button.clicked.connect(self.approve)
        self.deny_button = QPushButton(self.tr("Deny…"), self)
        self.deny_button.setObjectName("deny")
        self.deny_button.clicked.connect(self.deny)
        self.inbox_button = QPushButton(self.tr("Send to the Approvals inbox instead"), self)
        self.inbox_button.setObjectName("sendToInbox")
        self.inbox_button.setAutoDefault(False)
        self.inbox_button.clicked.connect(self.reject)
        for button in (self.approve_button, self.deny_button):
            button.setMinimumWidth(110)
            # No default button: Enter is handled per field below, so it never acts twice.
            button.setAutoDefault(False)
        self.manager_password.returnPressed.connect(self.approve)
        self.deny_reason.returnPressed.connect(self.deny)

        self.self_box: QWidget | None = None
        self.self_approve_button: QPushButton | None = None
        if session.can(Permission.REVEAL_APPROVE):
            self.self_box = self._self_approval()

        buttons = QHBoxLayout()
        buttons.addWidget(self.inbox_button)
        buttons.addStretch(1)
        buttons.addWidget(self.deny_button)
        buttons.addWidget(self.approve_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.summary)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        if self.self_box is not None:
            layout.addSpacing(6)
            layout.addWidget(self.self_box)
        self.manager_name.setFocus()

    def _self_approval(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("selfApproval")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.self_warning = notice_box(
            Tone.WARNING,
            self.tr(
                "You are a manager, so you may approve this request for yourself. Your reason is "
                "recorded and the entry is flagged for review by the security officer."
            ),
            box,
        )
        self.self_approve_button = QPushButton(self.tr("Approve for myself"), box)
        self.self_approve_button.setObjectName("selfApprove")
        self.self_approve_button.setAutoDefault(False)
        self.self_approve_button.clicked.connect(self.approve_for_myself)
        self.self_hint: QLabel | None = None
        row = QHBoxLayout()
        if not self._reason_text:
            self.self_approve_button.setEnabled(False)
            self.self_hint = hint(
                self.tr(
                    "Approving for yourself needs the reason in your own words; ask again with "
                    "details."
                ),
                box,
            )
            row.addWidget(self.self_hint, 1)
        else:
            row.addStretch(1)
        row.addWidget(self.self_approve_button)
        column.addWidget(self.self_warning)
        column.addLayout(row)
        return box

    # --- actions ---------------------------------------------------------------------------------

    def approve(self) -> None:
        done, grant = self.credentials.call(
            lambda name, password: reveals.approve_on_the_spot(
                self._vault, self._session, request_id=self.request_id,
                manager_username=name, manager_password=password))
        if done:
            self.grant = grant
            self.outcome = Outcome.APPROVED
            self.accept()

    def deny(self) -> None:
        if not self.form.isRowVisible(self.deny_reason):
            # First press: the reason becomes part of the form, and required.
            self.form.setRowVisible(self.deny_reason, True)
            self.deny_button.setText(self.tr("Deny"))
            show_text(self.error, "")
            self.deny_reason.setFocus()
            return
        reason = self.deny_reason.text().strip()
        if not reason:
            show_text(self.error, self.tr("Type the reason for the denial; the requester sees it."))
            self.deny_reason.setFocus()
            return
        done, _ = self.credentials.call(
            lambda name, password: reveals.deny_on_the_spot(
                self._vault, self._session, request_id=self.request_id,
                manager_username=name, manager_password=password, reason=reason))
        if not done:
            return
        self.outcome = Outcome.DENIED
        self.accept()

    def approve_for_myself(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            grant = reveals.self_approve(self._vault, self._session, request_id=self.request_id)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.grant = grant
        self.outcome = Outcome.APPROVED
        self.accept()
