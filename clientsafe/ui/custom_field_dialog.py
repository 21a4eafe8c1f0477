"""The security officer's new custom field: its labels in English and Chinese (both appear in
consent notices), category, class, how values are checked and masked, and whether it has a
look-up index. Whether it is encrypted follows from the class: sensitive fields always are, and
the checkbox only shows that (the service decides it, whatever the dialog says)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from clientsafe.core.field_access import FieldClass
from clientsafe.core.field_catalog import CUSTOM_FIELD_CLASSES, CatalogField, Category, MaskRule
from clientsafe.core.field_validators import ValidatorKind
from clientsafe.core.session import Session
from clientsafe.services import catalog
from clientsafe.services.vault_access import Vault
from clientsafe.ui.action_dialog import ActionDialog, grow
from clientsafe.ui.collection_text import category_label, class_label, mask_label, validator_label
from clientsafe.ui.message_labels import hint


def _combo(parent: QWidget, items: list[tuple[str, str]], selected: str) -> QComboBox:
    combo = QComboBox(parent)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class CustomFieldDialog(ActionDialog):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(vault, session, parent, width=560)
        self.created: CatalogField | None = None
        self.setWindowTitle(self.tr("New custom field"))
        self.intro.setText(self.tr(
            "A custom field is added to the catalog for every service to ask for. It is "
            "collected only where you approve a request for it. Labels appear in consent "
            "notices exactly as typed here, so write them as a customer would read them."))
        self.label_en = QLineEdit(self)
        self.label_en.setMaxLength(60)
        self.label_en.setPlaceholderText(self.tr("e.g. Emergency contact"))
        self.label_zh = QLineEdit(self)
        self.label_zh.setMaxLength(60)
        self.label_zh.setPlaceholderText("例如：紧急联系人")
        self.category = _combo(self, [(category_label(c), str(c)) for c in Category],
                               str(Category.OTHER))
        self.field_class = _combo(self, [(class_label(c), str(c)) for c in CUSTOM_FIELD_CLASSES],
                                  str(FieldClass.BASIC))
        self.validator = _combo(self, [(validator_label(v), str(v)) for v in ValidatorKind],
                                str(ValidatorKind.TEXT))
        self.mask_rule = _combo(self, [(mask_label(m), str(m)) for m in MaskRule],
                                str(MaskRule.FULL))
        self.encrypted = QCheckBox(self.tr("Encrypted field by field"), self)
        self.encrypted.setEnabled(False)  # follows the class; shown, never chosen
        self.encrypted_hint = grow(hint(parent=self))
        self.blind_indexed = QCheckBox(self.tr("Look-up index for exact searches"), self)

        self.form.addRow(self.tr("Label in &English:"), self.label_en)
        self.form.addRow(self.tr("Label in &Chinese:"), self.label_zh)
        self.form.addRow(self.tr("C&ategory:"), self.category)
        self.form.addRow(self.tr("C&lass:"), self.field_class)
        self.form.addRow(self.tr("&Checked as:"), self.validator)
        self.form.addRow(self.tr("&Masked as:"), self.mask_rule)
        self.form.addRow(self.tr("Storage:"), self.encrypted)
        self.form.addRow("", self.encrypted_hint)
        self.form.addRow(self.tr("Search:"), self.blind_indexed)
        self.add_hint(self.tr(
            "An index lets staff find a customer by the exact value (as with phone numbers) "
            "without decrypting anything. Add it only if people will search by this field."))
        self.field_class.currentIndexChanged.connect(self._class_chosen)
        self._class_chosen()
        self.ok_button.setText(self.tr("Add to catalog"))
        self.label_en.setFocus()

    @property
    def chosen_class(self) -> FieldClass:
        return FieldClass(self.field_class.currentData())

    def _class_chosen(self) -> None:
        sensitive = self.chosen_class is FieldClass.SENSITIVE
        self.encrypted.setChecked(sensitive)
        self.encrypted_hint.setText(
            self.tr("Sensitive fields are always encrypted with their own keys, shown masked "
                    "until a manager approves a reveal, and need the customer's separate "
                    "consent.") if sensitive else
            self.tr("Only sensitive fields are encrypted field by field; the whole vault is "
                    "encrypted anyway."))

    def _apply(self) -> None:
        self.created = catalog.add_custom_field(
            self._vault, self._session,
            label_en=self.label_en.text(),
            label_zh=self.label_zh.text(),
            category=Category(self.category.currentData()),
            field_class=self.chosen_class,
            validator=ValidatorKind(self.validator.currentData()),
            mask_rule=MaskRule(self.mask_rule.currentData()),
            blind_indexed=self.blind_indexed.isChecked(),
        )
