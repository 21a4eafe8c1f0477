"""Add a named third party a service may share data with. Customers agree to each recipient
separately (off by default), so the notice names it and says what it receives the data for."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from clientsafe.core.consent import ServiceInfo
from clientsafe.core.session import Session
from clientsafe.services import offerings
from clientsafe.services.vault_access import Vault
from clientsafe.ui.action_dialog import ActionDialog


class RecipientDialog(ActionDialog):
    def __init__(self, vault: Vault, session: Session, service: ServiceInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, session, parent)
        self.service = service
        self.added_id: int | None = None
        self.setWindowTitle(self.tr("Add a third party"))
        self.intro.setText(self.tr(
            "Name the organisation {service} shares customer data with. Each customer decides "
            "separately whether to allow it; sharing is off unless they tick it.").format(
                service=service.name))
        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.what_for = QLineEdit(self)
        self.what_for.setMaxLength(300)
        self.form.addRow(self.tr("&Organisation:"), self.name)
        self.form.addRow(self.tr("&Receives it to:"), self.what_for)
        self.add_hint(self.tr(
            "Finishes the notice's sentence “with …, to …”, e.g. “cover injuries during "
            "training sessions”."))
        self.ok_button.setText(self.tr("Add"))
        self.name.setFocus()

    def _apply(self) -> None:
        self.added_id = offerings.add_recipient(
            self._vault, self._session, self.service.id, name=self.name.text(),
            what_for=self.what_for.text())
