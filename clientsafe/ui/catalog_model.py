"""The field catalog as a table: every field with what it takes to hold it.

The label is shown in the interface language (labels are data, see core/field_catalog.py); the
other columns are the catalog's translated words. Sensitive fields are highlighted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from clientsafe.core.field_catalog import CatalogField
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.ui.collection_text import (
    SENSITIVE_BACKGROUND,
    SENSITIVE_TEXT,
    category_label,
    class_label,
    mask_label,
    ui_language,
    validator_label,
)
from clientsafe.ui.paged_table_model import ALIGN_LEFT

AnyIndex = QModelIndex | QPersistentModelIndex

_TITLES = (
    QT_TRANSLATE_NOOP("CatalogModel", "Field"),
    QT_TRANSLATE_NOOP("CatalogModel", "Other language"),
    QT_TRANSLATE_NOOP("CatalogModel", "Category"),
    QT_TRANSLATE_NOOP("CatalogModel", "Class"),
    QT_TRANSLATE_NOOP("CatalogModel", "Checked as"),
    QT_TRANSLATE_NOOP("CatalogModel", "Masked as"),
    QT_TRANSLATE_NOOP("CatalogModel", "Encrypted"),
    QT_TRANSLATE_NOOP("CatalogModel", "Indexed"),
    QT_TRANSLATE_NOOP("CatalogModel", "Source"),
)


class CatalogModel(QAbstractTableModel):
    (LABEL, OTHER_LABEL, CATEGORY, CLASS, VALIDATOR, MASK, ENCRYPTED, BLIND_INDEX,
     SOURCE) = range(9)

    def __init__(self, *, language: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._fields: list[CatalogField] = []

    def set_fields(self, fields: Sequence[CatalogField]) -> None:
        self.beginResetModel()
        self._fields = list(fields)
        self.endResetModel()

    def field(self, row: int) -> CatalogField | None:
        return self._fields[row] if 0 <= row < len(self._fields) else None

    def row_of(self, key: str) -> int:
        return next((r for r, f in enumerate(self._fields) if f.key == key), -1)

    @property
    def language(self) -> str:
        return self._language or ui_language()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_TITLES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        field = self._fields[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(field, column)
        if field.sensitive and column == self.CLASS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(SENSITIVE_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(SENSITIVE_BACKGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LABEL:
                return self.tr("{label} (key: {key})").format(label=field.label(self.language),
                                                              key=field.key)
            if column == self.BLIND_INDEX:
                return self.tr("A look-up index finds customers by the exact value without "
                               "decrypting")
            return self.text(field, column)  # the whole text of an elided cell
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def text(self, field: CatalogField, column: int) -> str:
        zh = self.language.startswith("zh")
        if column == self.LABEL:
            return field.label(self.language)
        if column == self.OTHER_LABEL:
            return field.label_en if zh else field.label_zh
        if column == self.CATEGORY:
            return category_label(field.category)
        if column == self.CLASS:
            return class_label(field.field_class)
        if column == self.VALIDATOR:
            return validator_label(field.validator)
        if column == self.MASK:
            return mask_label(field.mask_rule)
        if column == self.ENCRYPTED:
            return self.tr("Yes") if field.encrypted else self.tr("No")
        if column == self.BLIND_INDEX:
            return self.tr("Yes") if field.blind_indexed else self.tr("No")
        if not field.active:
            return self.tr("Custom (inactive)")
        return self.tr("Built-in") if field.builtin else self.tr("Custom")
