"""The security officer's decision on a collection request: approve, reject, or stop collecting
an approved field. Every decision needs a reason (it is shown to whoever asked and kept in the
audit trail). The service refuses deciding one's own request; the dialog shows that sentence.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from clientsafe.core.collection import CollectionRequest
from clientsafe.core.session import Session
from clientsafe.services import collection
from clientsafe.services.vault_access import Vault
from clientsafe.ui.action_dialog import ActionDialog, text_box
from clientsafe.ui.collection_text import request_details
from clientsafe.ui.message_labels import Tone, notice_box


class Decision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    RETIRE = "retire"


class DecisionDialog(ActionDialog):
    def __init__(self, vault: Vault, session: Session, request: CollectionRequest, label: str,
                 decision: Decision, *, sensitive: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, session, parent, width=580)
        self.request = request
        self.decision = decision
        self.setWindowTitle({
            Decision.APPROVE: self.tr("Approve collecting a field"),
            Decision.REJECT: self.tr("Reject collecting a field"),
            Decision.RETIRE: self.tr("Stop collecting a field"),
        }[decision])
        self.intro.setText({
            Decision.APPROVE: self.tr(
                "Approve collecting {field} for {service}? It appears on the service's intake "
                "form at once, and the consent notice is published again with it."),
            Decision.REJECT: self.tr(
                "Reject collecting {field} for {service}? {who} sees your reason and can ask "
                "again with a better one."),
            Decision.RETIRE: self.tr(
                "Stop collecting {field} for {service}? It leaves the intake form and the "
                "notice is published again without it. Values already held stay until their "
                "retention ends."),
        }[decision].format(field=label, service=request.service_name, who=request.requested_by))
        self.details = QLabel(request_details(request, label), self)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 8px; }")
        self.sensitive_note = notice_box(Tone.WARNING, self.tr(
            "This is a sensitive field: it is encrypted and masked, and customers consent to it "
            "separately. Approve it only if the service cannot work without it.")
            if sensitive and decision is Decision.APPROVE else "", self)
        self.reason = text_box(self, lines=2)
        self.form.addRow(self.details)
        self.form.addRow(self.sensitive_note)
        self.form.setRowVisible(self.sensitive_note, bool(self.sensitive_note.text()))
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.add_hint(self.tr(
            "Required, 3 to 500 characters; kept with the request and in the audit trail."))
        self.ok_button.setText({
            Decision.APPROVE: self.tr("Approve"),
            Decision.REJECT: self.tr("Reject"),
            Decision.RETIRE: self.tr("Stop collecting"),
        }[decision])
        self.reason.setFocus()

    def _apply(self) -> None:
        reason = self.reason.toPlainText()
        if self.decision is Decision.RETIRE:
            collection.retire(self._vault, self._session, self.request.id, reason=reason)
        else:
            collection.decide(self._vault, self._session, self.request.id,
                              approve=self.decision is Decision.APPROVE, reason=reason)
