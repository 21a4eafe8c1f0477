"""Working on a rights request: recording how the customer's identity was checked, and answering
it (completed, or refused with the reason). The dialogs only offer what the service allows
(completing needs a verified identity; a deletion is completed by the destruction itself), and
the service checks again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.rights import (
    KIND_LABELS,
    VERIFICATION_LABELS,
    RightsKind,
    RightsStatus,
    Verification,
)
from clientsafe.core.session import Session
from clientsafe.services import rights_requests
from clientsafe.services.rights_requests import RightsRequestRow
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import (
    Tone,
    error_line,
    heading,
    hint,
    notice_box,
    paragraph,
    show_text,
)
from clientsafe.ui.paged_table_model import local_time


def _summary(parent: QWidget, row: RightsRequestRow) -> QLabel:
    """Request number, kind, customer and when it arrived, with the note taken then."""
    request = row.request
    text = QCoreApplication.translate(
        "RightsAnswer", "Request #{id}: {kind} — {customer}, received {when}.").format(
        id=request.id, kind=translated("rights", KIND_LABELS[request.kind]),
        customer=(row.customer_name or f"#{request.customer_id}") if not request.from_outside
        else QCoreApplication.translate("RightsAnswer", "{name} (not a customer)").format(
            name=row.customer_name),
        when=local_time(request.received_at))
    if request.details:
        text += "\n" + QCoreApplication.translate("RightsAnswer", "Note: {note}").format(
            note=request.details)
    label = paragraph(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # staff's note: never markup
    return label


class VerifyIdentityDialog(QDialog):
    def __init__(self, vault: Vault, session: Session, row: RightsRequestRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.row = row
        self.setWindowTitle(self.tr("Verify identity"))
        self.setMinimumWidth(500)
        self.methods = QButtonGroup(self)
        self.method_buttons: dict[Verification, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Verify the customer's identity"), self, size=1.25))
        layout.addWidget(_summary(self, row))
        layout.addWidget(paragraph(self.tr("How did you make sure the request comes from the "
                                           "customer?"), self))
        for how in Verification:
            button = QRadioButton(translated("rights", VERIFICATION_LABELS[how]), self)
            button.setObjectName(f"verify_{how.value}")
            self.methods.addButton(button)
            self.method_buttons[how] = button
            layout.addWidget(button)
        self.method_buttons[Verification.ID_DOCUMENT].setChecked(True)
        note = hint(self.tr("Your name and the time are recorded with the request."), self)
        layout.addWidget(note)
        if row.request.kind is RightsKind.DELETION:
            layout.addWidget(notice_box(Tone.WARNING, self.tr(
                "The deletion request then waits in the destruction queue until a manager "
                "approves destroying the customer's data."), self))
        self.error = error_line(self)
        self.error.setObjectName("verifyError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.verify_button = self.buttons.addButton(
            self.tr("Identity verified"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.verify_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen(self) -> Verification:
        return next(how for how, b in self.method_buttons.items() if b.isChecked())

    def accept(self) -> None:
        try:
            rights_requests.verify_identity(self._vault, self._session, self.row.request.id,
                                            self.chosen())
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        super().accept()


class AnswerDialog(QDialog):
    """Closes the request as completed or refused, with the answer given to the customer."""

    def __init__(self, vault: Vault, session: Session, row: RightsRequestRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.row = row
        request = row.request
        self.setWindowTitle(self.tr("Answer request"))
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Answer the request"), self, size=1.25))
        layout.addWidget(_summary(self, row))
        self.completed = QRadioButton(self.tr("Completed: the customer got what they asked "
                                              "for"), self)
        self.completed.setObjectName("answerCompleted")
        if request.from_outside:
            self.completed.setText(self.tr("Completed: the requester was answered"))
        self.refused = QRadioButton(self.tr("Refused: explain why below"), self)
        self.refused.setObjectName("answerRefused")
        outcome = QButtonGroup(self)
        outcome.addButton(self.completed)
        outcome.addButton(self.refused)
        layout.addWidget(self.completed)
        layout.addWidget(self.refused)
        # Only what the service allows is offered; it checks again anyway.
        self.why_not = hint("", self)
        self.why_not.setObjectName("completeBlocked")
        if request.from_outside:
            # Nothing held, nothing disclosed; but only someone who can search every customer
            # may say so.
            if session.sees_only_assigned_customers:
                self.why_not.setText(self.tr(
                    "A manager completes this request, after searching all customers for the "
                    "person. Here it can only be refused."))
        elif request.kind is RightsKind.DELETION:
            self.why_not.setText(self.tr(
                "A deletion request is completed by destroying the customer's data, which a "
                "manager approves in the destruction queue. Here it can only be refused."))
        elif request.verified_at is None:
            self.why_not.setText(self.tr(
                "Verify the customer's identity first to complete the request; it can be "
                "refused without."))
        blocked = bool(self.why_not.text())
        self.completed.setEnabled(not blocked)
        (self.refused if blocked else self.completed).setChecked(True)
        self.why_not.setVisible(blocked)
        layout.addWidget(self.why_not)
        self.response = QPlainTextEdit(self)
        self.response.setObjectName("answerText")
        self.response.setTabChangesFocus(True)
        self.response.setFixedHeight(self.response.fontMetrics().lineSpacing() * 5 + 16)
        layout.addWidget(QLabel(self.tr("Answer given to the requester:") if request.from_outside
                                else self.tr("Answer given to the customer:"), self))
        layout.addWidget(self.response)
        self.error = error_line(self)
        self.error.setObjectName("answerError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.answer_button = self.buttons.addButton(
            self.tr("Close the request"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.answer_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.completed.toggled.connect(self._update_placeholder)
        self._update_placeholder()

    def status(self) -> RightsStatus:
        return RightsStatus.COMPLETED if self.completed.isChecked() else RightsStatus.REFUSED

    def _update_placeholder(self) -> None:
        if self.row.request.from_outside and self.completed.isChecked():
            self.response.setPlaceholderText(self.tr(
                "For example: we searched our records and hold no personal data about you."))
            return
        self.response.setPlaceholderText(
            self.tr("For example: the access report was handed over at the counter.")
            if self.completed.isChecked()
            else self.tr("For example: we could not confirm your identity; please come to the "
                         "counter with an identity document."))

    def accept(self) -> None:
        try:
            rights_requests.close(self._vault, self._session, self.row.request.id,
                                  status=self.status(), response=self.response.toPlainText())
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        super().accept()
