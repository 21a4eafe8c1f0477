"""Registering a rights request: what they ask for, how and when it arrived, and a note of what
exactly was asked. The deadline follows from the date received; the register service checks
everything again (the date range, the note's length, the customer's scope).

Without a customer (`customer_id` None) the dialog registers a request from someone the vault
does not hold, and asks for their name and how to send them the answer instead."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.rights import CHANNEL_LABELS, KIND_LABELS, RequestChannel, RightsKind
from clientsafe.core.session import Session
from clientsafe.services import rights_requests
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import Tone, error_line, heading, hint, notice_box, show_text

# What staff do next, by kind (the register only records the request).
KIND_GUIDANCE: dict[RightsKind, str] = {
    RightsKind.ACCESS: QT_TRANSLATE_NOOP(
        "RightsRequestDialog", "Once the customer's identity is verified, a manager prepares "
                               "the access report from the Rights requests list."),
    RightsKind.COPY: QT_TRANSLATE_NOOP(
        "RightsRequestDialog", "Once the customer's identity is verified, a manager prepares "
                               "the access report (PDF and JSON) to hand over as the copy."),
    RightsKind.CORRECTION: QT_TRANSLATE_NOOP(
        "RightsRequestDialog", "Correct the details on the customer's Corrections tab and link "
                               "each correction to this request."),
    RightsKind.DELETION: QT_TRANSLATE_NOOP(
        "RightsRequestDialog", "Once the customer's identity is verified, the request waits in "
                               "the destruction queue until a manager approves destroying the "
                               "data."),
    RightsKind.WITHDRAWAL: QT_TRANSLATE_NOOP(
        "RightsRequestDialog", "Withdraw the consent on the customer's Consent tab; it takes "
                               "effect at once."),
    RightsKind.OBJECTION: QT_TRANSLATE_NOOP(
        "RightsRequestDialog", "Withdraw the purpose objected to (such as marketing) on the "
                               "customer's Consent tab."),
}


# For someone not in the vault, whatever they ask for.
OUTSIDE_GUIDANCE = QT_TRANSLATE_NOOP(
    "RightsRequestDialog", "Search for the person among the customers first (a manager can "
                           "search all of them): if they are a customer, register the request "
                           "on their record instead. If not, a manager answers that no personal "
                           "data about them is held; their contact details are erased once it is "
                           "answered.")


def kind_guidance(kind: RightsKind, *, from_outside: bool = False) -> str:
    if from_outside:
        return translated("RightsRequestDialog", OUTSIDE_GUIDANCE)
    return translated("RightsRequestDialog", KIND_GUIDANCE[kind])


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def from_qdatetime(value: QDateTime) -> datetime:
    """An aware datetime for the service (the edit shows this computer's local time)."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch()).astimezone()


class RightsRequestDialog(QDialog):
    """Registers the request when accepted; `request_id` holds its number afterwards."""

    def __init__(self, vault: Vault, session: Session, customer_id: int | None,
                 parent: QWidget | None = None, *, customer_name: str = "") -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.customer_id = customer_id
        self.request_id: int | None = None
        self.setWindowTitle(self.tr("New rights request"))
        self.setMinimumWidth(520)

        title = heading(self.tr("New rights request") if customer_id is not None
                        else self.tr("Request from someone not in the vault"), self, size=1.25)
        subtitle = hint(customer_name, self)
        subtitle.setTextFormat(Qt.TextFormat.PlainText)
        subtitle.setVisible(bool(customer_name))

        self.kind = QComboBox(self)
        self.kind.setObjectName("requestKind")
        for kind in RightsKind:
            self.kind.addItem(translated("rights", KIND_LABELS[kind]), kind)
        self.channel = QComboBox(self)
        self.channel.setObjectName("requestChannel")
        for channel in RequestChannel:
            self.channel.addItem(translated("rights", CHANNEL_LABELS[channel]), channel)
        now = vault.clock()
        self._opened_at = to_qdatetime(now)
        self.received = QDateTimeEdit(self._opened_at, self)
        self.received.setObjectName("receivedAt")
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        self.received.setMaximumDateTime(self._opened_at)
        self.received.setMinimumDateTime(
            to_qdatetime(now - timedelta(days=rights_requests.MAX_LATE_DAYS)))
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("requestDetails")
        self.details.setTabChangesFocus(True)
        self.details.setPlaceholderText(self.tr(
            "What exactly the customer asked for, in a few words"))
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * 4 + 16)

        # Only for someone not in the vault: who they are and where the answer goes.
        self.requester = QLineEdit(self)
        self.requester.setObjectName("requesterName")
        self.requester.setMaxLength(rights_requests.MAX_REQUESTER)
        self.requester.setPlaceholderText(self.tr("Their name as they gave it"))
        self.contact = QLineEdit(self)
        self.contact.setObjectName("requesterContact")
        self.contact.setMaxLength(rights_requests.MAX_REQUESTER)
        self.contact.setPlaceholderText(self.tr("Phone number, e-mail or postal address"))

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        if self.from_outside:
            form.addRow(self.tr("Name:"), self.requester)
            form.addRow(self.tr("Send the answer to:"), self.contact)
            form.addRow(self.tr("They ask for:"), self.kind)
            self.details.setPlaceholderText(self.tr("What exactly they asked for, in a few "
                                                    "words"))
        else:
            self.requester.hide()
            self.contact.hide()
            form.addRow(self.tr("The customer asks for:"), self.kind)
        form.addRow(self.tr("Received:"), self.channel)
        form.addRow(self.tr("On:"), self.received)
        form.addRow(self.tr("Note:"), self.details)

        self.deadline = hint("", self)
        self.deadline.setObjectName("deadlineHint")
        self.guidance = notice_box(Tone.INFO, "", self)
        self.guidance.setObjectName("kindGuidance")
        self.error = error_line(self)
        self.error.setObjectName("requestError")
        self.buttons = QDialogButtonBox(self)
        self.register_button = self.buttons.addButton(
            self.tr("Register request"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(form)
        layout.addWidget(self.deadline)
        layout.addWidget(self.guidance)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._days = rights_requests.deadline_days(vault)
        self.kind.currentIndexChanged.connect(self._update_hints)
        self.received.dateTimeChanged.connect(self._update_hints)
        self._update_hints()

    @property
    def from_outside(self) -> bool:
        return self.customer_id is None

    def chosen_kind(self) -> RightsKind:
        return RightsKind(self.kind.currentData())

    def set_kind(self, kind: RightsKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def received_at(self) -> datetime | None:
        """None while left as it was opened: the service then takes the exact moment now."""
        value = self.received.dateTime()
        if abs(value.secsTo(self._opened_at)) < 60:
            return None
        return from_qdatetime(value)

    def _update_hints(self) -> None:
        received = self.received_at() or self._vault.clock()
        due = (received + timedelta(days=self._days)).astimezone()
        self.deadline.setText(self.tr("The answer is due by {date} ({n} days after it was "
                                      "received).").format(date=due.strftime("%Y-%m-%d %H:%M"),
                                                           n=self._days))
        show_text(self.guidance, kind_guidance(self.chosen_kind(),
                                               from_outside=self.from_outside))

    def accept(self) -> None:
        show_text(self.error, "")
        channel = RequestChannel(self.channel.currentData())
        try:
            if self.customer_id is None:
                self.request_id = rights_requests.register_outside(
                    self._vault, self._session, name=self.requester.text(),
                    contact=self.contact.text(), kind=self.chosen_kind(), channel=channel,
                    received_at=self.received_at(), details=self.details.toPlainText())
            else:
                self.request_id = rights_requests.register(
                    self._vault, self._session, self.customer_id, kind=self.chosen_kind(),
                    channel=channel, received_at=self.received_at(),
                    details=self.details.toPlainText())
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        super().accept()
