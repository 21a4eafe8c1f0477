"""Ask to collect a field for a service ("minimum necessary"): which catalog field, required or
optional, what it is used for and what happens without it. The security officer decides; until
then the intake form does not show the field.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from clientsafe.core.consent import ServiceInfo
from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import NAME_FIELD, CatalogField
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.session import Session
from clientsafe.services import collection
from clientsafe.services.vault_access import Vault
from clientsafe.ui.action_dialog import ActionDialog, grow, text_box
from clientsafe.ui.collection_text import class_label, ui_language
from clientsafe.ui.message_labels import Tone, hint, set_tone, show_text

HINT_STYLE = "color: #5f6b7a;"  # as message_labels.hint

_CLASS_NOTES: dict[FieldClass, str] = {
    FieldClass.BASIC: QT_TRANSLATE_NOOP(
        "FieldRequestDialog", "Basic information: front desk and managers see it; finance sees it "
                            "too."),
    FieldClass.CONTACT: QT_TRANSLATE_NOOP(
        "FieldRequestDialog", "Contact information: front desk and managers see it; finance "
                              "does not."),
    FieldClass.SENSITIVE: QT_TRANSLATE_NOOP(
        "FieldRequestDialog", "Sensitive information: stored encrypted, shown masked until a "
                              "manager approves a reveal, and customers give a separate, "
                              "explicit consent for it. Ask only if the service cannot do "
                              "without it."),
}


def requestable(catalog: Sequence[CatalogField], live_keys: Collection[str]) -> list[CatalogField]:
    """Catalog fields that may still be asked for: active, not the name (always collected), not
    already collected or waiting for this service."""
    return [f for f in catalog
            if f.active and f.key != NAME_FIELD and f.key not in live_keys]


class FieldRequestDialog(ActionDialog):
    def __init__(self, vault: Vault, session: Session, service: ServiceInfo,
                 catalog: Sequence[CatalogField], live_keys: Collection[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(vault, session, parent, width=600)
        self.service = service
        self.request_id: int | None = None
        self.sensitive = False
        self.setWindowTitle(self.tr("Ask to collect a field"))
        self.intro.setText(self.tr(
            "Collect only what {service} needs. Say why in plain words: the security officer "
            "decides on it, and once approved both sentences appear in the consent notice "
            "customers sign.").format(service=service.name))
        language = ui_language()
        self.choices = requestable(catalog, live_keys)
        self.field = QComboBox(self)
        for field in self.choices:
            self.field.addItem(self.tr("{label} ({cls})").format(
                label=field.label(language), cls=class_label(field.field_class)), field.key)
        # One note under the field: grey for ordinary fields, a warning box for sensitive ones.
        self.field_note = grow(hint(parent=self))
        self.required = QCheckBox(
            self.tr("Required: a customer cannot use the service without giving it"), self)
        self.necessity_use = text_box(self, lines=3)
        self.necessity_without = text_box(self, lines=3)

        self.form.addRow(self.tr("&Field:"), self.field)
        self.form.addRow("", self.field_note)
        self.form.addRow("", self.required)
        self.form.addRow(self.tr("What is it &used for?"), self.necessity_use)
        self.add_hint(self.tr(
            "Finishes the notice's sentence “used to …”, 10 to 500 characters, e.g. “send "
            "booking confirmations and renewal reminders”."))
        self.form.addRow(self.tr("What happens &without it?"), self.necessity_without)
        self.add_hint(self.tr(
            "Finishes “Without it: …”, e.g. “we cannot confirm bookings” or “you can only buy "
            "monthly passes”."))
        self.ok_button.setText(self.tr("Send for approval"))
        self.field.currentIndexChanged.connect(self._field_chosen)
        self._field_chosen()
        if not self.choices:
            self.show_error(self.tr(
                "Every field in the catalog is already collected or waiting for approval for "
                "this service. The security officer can add a custom field to the catalog."))
            self.ok_button.setEnabled(False)
        self.field.setFocus()

    def chosen(self) -> CatalogField | None:
        key = self.field.currentData()
        return next((f for f in self.choices if f.key == key), None)

    def select_field(self, key: str) -> None:
        self.field.setCurrentIndex(self.field.findData(key))

    def _field_chosen(self) -> None:
        field = self.chosen()
        self.sensitive = field is not None and field.sensitive
        note = "" if field is None else QCoreApplication.translate(
            "FieldRequestDialog", _CLASS_NOTES.get(field.field_class, ""))
        self.field_note.setText(note)
        if self.sensitive:
            set_tone(self.field_note, Tone.WARNING)
        else:
            self.field_note.setStyleSheet(HINT_STYLE)
        if self.error.isVisible():
            show_text(self.error, "")

    def _apply(self) -> None:
        field = self.chosen()
        if field is None:
            return
        self.request_id = collection.request_field(
            self._vault, self._session, service_id=self.service.id, field_key=field.key,
            required=self.required.isChecked(),
            necessity_use=self.necessity_use.toPlainText(),
            necessity_without=self.necessity_without.toPlainText())
