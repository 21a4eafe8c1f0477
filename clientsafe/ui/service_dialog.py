"""New service / edit service: its name, what the data is used for (in the customer's words, it
goes into the consent notice), how long it is kept and from when, whether marketing is offered,
and whether the service is still offered. Saving republishes the notice when its text changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from clientsafe.core.consent import RetentionStart, ServiceInfo
from clientsafe.core.session import Session
from clientsafe.services import offerings
from clientsafe.services.vault_access import Vault
from clientsafe.ui.action_dialog import ActionDialog, text_box
from clientsafe.ui.collection_text import retention_start_label


class ServiceDialog(ActionDialog):
    def __init__(self, vault: Vault, session: Session, service: ServiceInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, session, parent, width=580)
        self.service = service
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New service") if service is None
                            else self.tr("Edit service"))
        self.intro.setText(self.tr(
            "A service is something the business offers, such as a membership. Its consent "
            "notice is built from what you write here and from the fields approved for it; "
            "when the notice changes, customers are asked to agree again at their next visit."))

        self.name = QLineEdit(self)
        self.name.setMaxLength(80)
        self.description = text_box(self, lines=3, max_length=500)
        self.retention_months = QSpinBox(self)
        self.retention_months.setRange(1, 1200)
        self.retention_months.setValue(24)
        self.retention_months.setSuffix(self.tr(" months"))
        self.retention_start = QComboBox(self)
        for start in RetentionStart:
            self.retention_start.addItem(retention_start_label(start), str(start))
        retention = QHBoxLayout()
        retention.addWidget(self.retention_months)
        retention.addWidget(self.retention_start, 1)
        self.offers_marketing = QCheckBox(self.tr("Offer news and offers (customers opt in)"),
                                          self)
        self.active = QCheckBox(self.tr("Offered to new customers"), self)
        self.active.setChecked(True)

        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&What the data is used for:"), self.description)
        self.add_hint(self.tr(
            "In the customer's words, 5 to 500 characters, e.g. “Gym membership: access cards, "
            "class bookings and renewal reminders.”"))
        kept = QLabel(self.tr("&Kept for:"), self)
        kept.setBuddy(self.retention_months)
        self.form.addRow(kept, retention)
        self.form.addRow(self.tr("Marketing:"), self.offers_marketing)
        self.form.addRow(self.tr("Status:"), self.active)
        self.form.setRowVisible(self.active, service is not None)  # a new service is offered

        if service is not None:
            self.name.setText(service.name)
            self.description.setPlainText(service.description)
            self.retention_months.setValue(service.retention_months)
            self.retention_start.setCurrentIndex(
                self.retention_start.findData(str(service.retention_start)))
            self.offers_marketing.setChecked(service.offers_marketing)
            self.active.setChecked(service.active)
        self.ok_button.setText(self.tr("Create service") if service is None
                               else self.tr("Save"))
        self.name.setFocus()

    def _apply(self) -> None:
        self.saved_id = offerings.save_service(
            self._vault, self._session,
            service_id=None if self.service is None else self.service.id,
            name=self.name.text(),
            description=self.description.toPlainText(),
            retention_months=self.retention_months.value(),
            retention_start=RetentionStart(self.retention_start.currentData()),
            offers_marketing=self.offers_marketing.isChecked(),
            active=self.active.isChecked(),
        )
