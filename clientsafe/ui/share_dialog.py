"""Recording that a customer's data went to a third party: which recipient, which fields, what
for and on which legal basis.

Every recipient of the services the customer uses is listed, so staff see why one cannot be
chosen: a recipient the customer has not agreed to (never asked, declined, withdrawn) is shown
disabled with the reason. The sharing service checks the consent again when the entry is made
(the dialog only reflects it), and the dialog stays open with the refusal if it says no.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.consent import Decision
from clientsafe.core.session import Session
from clientsafe.core.sharing import LEGAL_BASIS_LABELS, LegalBasis
from clientsafe.services import sharing
from clientsafe.services.sharing import ShareOption
from clientsafe.services.vault_access import Vault
from clientsafe.ui.action_dialog import ActionDialog, grow, text_box
from clientsafe.ui.collection_text import field_label
from clientsafe.ui.message_labels import Tone, hint, notice_box
from clientsafe.ui.paged_table_model import local_time


def consent_text(option: ShareOption) -> str:
    """Why this recipient can or cannot be chosen, in one short sentence."""
    when = local_time(option.consent_at) if option.consent_at else ""
    if option.consent is Decision.GRANTED:
        text = QCoreApplication.translate("ShareDialog", "The customer agreed on {date}.")
    elif option.consent is Decision.WITHDRAWN:
        text = QCoreApplication.translate(
            "ShareDialog", "Not possible: the customer withdrew consent on {date}.")
    elif option.consent is Decision.DECLINED:
        text = QCoreApplication.translate(
            "ShareDialog", "Not possible: the customer did not agree to this recipient.")
    else:
        text = QCoreApplication.translate(
            "ShareDialog", "Not possible: the customer was never asked about this recipient.")
    return text.format(date=when)


class ShareDialog(ActionDialog):
    """Accepted with `record_id` once the entry is made."""

    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 options: Sequence[ShareOption], parent: QWidget | None = None) -> None:
        super().__init__(vault, session, parent, width=600)
        self.customer_id = customer_id
        self.options = list(options)
        self.record_id: int | None = None
        self.setWindowTitle(self.tr("Record data shared"))
        self.intro.setText(self.tr(
            "Record each time this customer's data goes to a third party. Only recipients the "
            "customer agreed to can be chosen; the register keeps which fields went, never "
            "their values."))

        self.recipients = QButtonGroup(self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.recipient_buttons: dict[int, QRadioButton] = {}
        self.reason_labels: dict[int, QLabel] = {}
        for index, option in enumerate(self.options):
            button = QRadioButton(self.tr("{recipient} ({service})").format(
                recipient=option.recipient_name, service=option.service_name), box)
            button.setObjectName(f"recipient_{option.recipient_id}")
            button.setEnabled(option.allowed)
            reason = hint(consent_text(option), box)
            reason.setObjectName(f"reason_{option.recipient_id}")
            reason.setTextFormat(Qt.TextFormat.PlainText)
            reason.setContentsMargins(24, 0, 0, 6)
            if not option.allowed:
                reason.setStyleSheet("color: #9a3412;")
            self.recipients.addButton(button, index)
            self.recipient_buttons[option.recipient_id] = button
            self.reason_labels[option.recipient_id] = reason
            column.addWidget(button)
            column.addWidget(reason)
        self.none_notice = notice_box(Tone.WARNING, "", self)
        self.none_notice.setObjectName("noRecipient")
        if not self.options:
            self.none_notice.setText(self.tr(
                "The customer uses no service with a third-party recipient, so there is "
                "nothing to record."))
        elif not any(o.allowed for o in self.options):
            self.none_notice.setText(self.tr(
                "The customer has not agreed to sharing with any recipient. Ask for their "
                "consent first (Consent tab)."))
        self.none_notice.setVisible(bool(self.none_notice.text()))
        column.addWidget(self.none_notice)
        self.form.addRow(self.tr("Recipient:"), box)

        fields_box = QWidget(self)
        fields_column = QVBoxLayout(fields_box)
        fields_column.setContentsMargins(0, 0, 0, 0)
        fields_column.setSpacing(2)
        self.field_boxes: dict[str, QCheckBox] = {}
        for field in self.options[0].fields if self.options else ():
            check = QCheckBox(field_label(field, field.key), fields_box)
            check.setObjectName(f"field_{field.key}")
            check.toggled.connect(self._update)
            self.field_boxes[field.key] = check
            fields_column.addWidget(check)
        self.form.addRow(self.tr("Fields shared:"), fields_box)

        self.purpose = text_box(self, lines=2, max_length=sharing.MAX_PURPOSE)
        self.purpose.setObjectName("purpose")
        self.purpose.textChanged.connect(self._update)
        self.form.addRow(self.tr("&Shared for:"), self.purpose)
        self.add_hint(self.tr("What the recipient needs the data for, e.g. “insurance cover for "
                              "the training course”."))
        self.basis = QComboBox(self)
        self.basis.setObjectName("legalBasis")
        for basis in LegalBasis:
            self.basis.addItem(QCoreApplication.translate("sharing", LEGAL_BASIS_LABELS[basis]),
                               str(basis))
        self.form.addRow(self.tr("&Legal basis:"), self.basis)
        self.ok_button.setText(self.tr("Record"))
        self.ok_button.setObjectName("record")
        self.recipients.idToggled.connect(lambda *_: self._update())
        allowed = [o for o in self.options if o.allowed]
        if len(allowed) == 1:  # the usual case: one recipient the customer agreed to
            self.recipient_buttons[allowed[0].recipient_id].setChecked(True)
        for widget in (fields_box, self.purpose, self.basis):
            widget.setEnabled(bool(allowed))  # nothing to fill in when no one may receive it
        for label in self.reason_labels.values():
            grow(label)
        self._update()

    def chosen(self) -> ShareOption | None:
        index = self.recipients.checkedId()
        return self.options[index] if 0 <= index < len(self.options) else None

    def chosen_fields(self) -> list[str]:
        return [key for key, box in self.field_boxes.items() if box.isChecked()]

    def _update(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None and bool(self.chosen_fields())
                                  and bool(self.purpose.toPlainText().strip()))

    def _apply(self) -> None:
        option = self.chosen()
        if option is None:
            return
        self.record_id = sharing.record_sharing(
            self._vault, self._session, self.customer_id, recipient_id=option.recipient_id,
            purpose=self.purpose.toPlainText(), fields=self.chosen_fields(),
            legal_basis=LegalBasis(self.basis.currentData()))
