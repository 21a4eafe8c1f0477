"""The guardian's part of the consent dialog, shown when the customer is under 14: the guardian's
name, their relationship to the customer and their own signature."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.consent import Guardian
from clientsafe.ui.message_labels import heading
from clientsafe.ui.signature_pad import SignatureField

_NAME_MAX = 100
_RELATIONSHIPS = ("parent", "guardian", "other")


class GuardianSection(QFrame):
    """`changed` fires on any edit or signature stroke. In paper mode the signature pad is hidden
    (the guardian signed the printed form)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(_NAME_MAX)
        self.relationship = QComboBox(self)
        self.relationship.setEditable(True)
        self.relationship.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code in _RELATIONSHIPS:
            self.relationship.addItem("", code)
        self.relationship.setCurrentIndex(-1)  # staff chooses; nothing assumed
        self.relationship.lineEdit().setMaxLength(_NAME_MAX)
        self.signature_label = QLabel(self)
        self.signature = SignatureField(self)
        for button in (self.signature.undo_button, self.signature.clear_button):
            button.setAutoDefault(False)
        self.title = heading(parent=self, size=1.15)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._name_label = QLabel(self)
        self._name_label.setBuddy(self.name_edit)
        self._relationship_label = QLabel(self)
        self._relationship_label.setBuddy(self.relationship)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._name_label, self.name_edit)
        form.addRow(self._relationship_label, self.relationship)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self.signature_label)
        layout.addWidget(self.signature)

        self.name_edit.textChanged.connect(self.changed)
        self.relationship.currentTextChanged.connect(self.changed)
        self.relationship.activated.connect(self._on_relationship_chosen)
        self.signature.changed.connect(self.changed)
        self._retranslate()

    def set_paper(self, paper: bool) -> None:
        self.signature_label.setVisible(not paper)
        self.signature.setVisible(not paper)

    def guardian(self, *, paper: bool) -> Guardian:
        """What was entered; the signature only when signing on screen and it looks signed."""
        pad = self.signature.pad
        png = pad.to_png() if not paper and pad.looks_signed() else b""
        return Guardian(self.name_edit.text().strip(), self.relationship.currentText().strip(),
                        png)

    def _on_relationship_chosen(self, index: int) -> None:
        if self.relationship.itemData(index) == "other":  # "Other" is not a relationship:
            self.relationship.setEditText("")  # ask for the words instead
            self.relationship.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Parent or guardian"))
        self._intro.setText(self.tr(
            "The customer is under 14, so a parent or guardian must also agree and sign."))
        self._name_label.setText(self.tr("Guardian's &name"))
        self._relationship_label.setText(self.tr("&Relationship"))
        labels = {"parent": self.tr("Parent"), "guardian": self.tr("Guardian"),
                  "other": self.tr("Other")}
        text = self.relationship.currentText()
        for index in range(self.relationship.count()):
            old = self.relationship.itemText(index)
            new = labels[self.relationship.itemData(index)]
            self.relationship.setItemText(index, new)
            if text and text == old:  # a chosen relationship follows the language
                text = new
        self.relationship.setEditText(text)
        self.relationship.lineEdit().setPlaceholderText(self.tr("Choose or type"))
        self.name_edit.setAccessibleName(self.tr("Guardian's name"))
        self.relationship.setAccessibleName(self.tr("Relationship to the customer"))
        self.signature_label.setText(self.tr("Guardian's signature"))
