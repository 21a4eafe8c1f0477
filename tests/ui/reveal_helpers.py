"""Shared steps for the reveal tests: signing in, finding a customer, driving the dialogs."""

from __future__ import annotations

from clientsafe.core.entities import AuditEntry
from clientsafe.core.session import Session
from clientsafe.services import auth, customers, demo
from clientsafe.services.vault_access import Vault
from clientsafe.ui.approval_popup import ApprovalPopup
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.reveal_request_dialog import RevealRequestDialog
from clientsafe.vault import audit_log

WAIT_MS = 10_000


def login(vault: Vault, name: str) -> Session:
    return auth.login(vault, name, demo.DEMO_PASSWORD)


def own_customer(vault: Vault, session: Session, index: int = 0) -> int:
    """A customer in this user's list (front desk: one assigned to them)."""
    return customers.page(vault, session, offset=index, limit=1)[0].id


def other_customer(vault: Vault, session: Session) -> int:
    """A customer outside this front-desk user's list."""
    mine = {row.id for row in customers.page(vault, session, offset=0, limit=1000)}
    everyone = customers.page(vault, login(vault, "manager"), offset=0, limit=1000)
    return next(row.id for row in everyone if row.id not in mine)


def audit_tail(vault: Vault, n: int = 20) -> list[AuditEntry]:
    """The newest audit entries, newest first (read back from the real trail)."""
    return audit_log.page(vault.conn, 0, n)


def ask(
    dialog: CustomerRecordDialog,
    *,
    fields: tuple[str, ...] = ("national_id",),
    reason: str = "identity_check",
    details: str = "",
    minutes: int | None = None,
) -> ApprovalPopup:
    """Request access from the record dialog and return the approval pop-up that follows."""
    request = dialog.request_access()
    assert isinstance(request, RevealRequestDialog)
    for key, box in request.checks.items():
        box.setChecked(key in fields)
    request.reason.setCurrentIndex(request.reason.findData(reason))
    request.details.setText(details)
    if minutes is not None:
        request.minutes.setValue(minutes)
    request.ok_button.click()
    popup = dialog.approval_popup
    assert popup is not None, request.error.text()
    return popup


def approve_as(popup: ApprovalPopup, name: str, password: str = demo.DEMO_PASSWORD) -> None:
    popup.manager_name.setText(name)
    popup.manager_password.setText(password)
    popup.approve_button.click()
