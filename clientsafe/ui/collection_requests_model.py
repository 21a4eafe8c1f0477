"""Collection requests as a table: the security officer's inbox shows them across services, a
service's page shows its own (service_fields_model.py). The whole list is held in memory: a
business has a few services with a handful of fields each.

Sensitive fields are highlighted in the class column; the status is coloured.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from clientsafe.core.collection import CollectionRequest
from clientsafe.core.field_catalog import CatalogField
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.ui.collection_text import (
    SENSITIVE_BACKGROUND,
    SENSITIVE_TEXT,
    STATUS_COLOURS,
    class_label,
    field_label,
    required_label,
    status_label,
    ui_language,
)
from clientsafe.ui.paged_table_model import ALIGN_LEFT, local_time

AnyIndex = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    SERVICE = 0
    FIELD = 1
    CLASS = 2
    REQUIRED = 3
    STATUS = 4
    ASKED_BY = 5
    ASKED_ON = 6
    DECIDED_BY = 7
    USED_FOR = 8


_TITLES: dict[Col, str] = {
    Col.SERVICE: QT_TRANSLATE_NOOP("CollectionRequestsModel", "Service"),
    Col.FIELD: QT_TRANSLATE_NOOP("CollectionRequestsModel", "Field"),
    Col.CLASS: QT_TRANSLATE_NOOP("CollectionRequestsModel", "Class"),
    Col.REQUIRED: QT_TRANSLATE_NOOP("CollectionRequestsModel", "Required?"),
    Col.STATUS: QT_TRANSLATE_NOOP("CollectionRequestsModel", "Status"),
    Col.ASKED_BY: QT_TRANSLATE_NOOP("CollectionRequestsModel", "Asked by"),
    Col.ASKED_ON: QT_TRANSLATE_NOOP("CollectionRequestsModel", "Asked on"),
    Col.DECIDED_BY: QT_TRANSLATE_NOOP("CollectionRequestsModel", "Decided by"),
    Col.USED_FOR: QT_TRANSLATE_NOOP("CollectionRequestsModel", "Used to"),
}

# Both statements and the decision are in the details under the table.
INBOX_COLUMNS = (Col.SERVICE, Col.FIELD, Col.CLASS, Col.REQUIRED, Col.ASKED_BY, Col.ASKED_ON,
                 Col.STATUS)


class CollectionRequestsModel(QAbstractTableModel):
    """`set_requests(requests, catalog)`: the catalog (key → field) gives labels and classes."""

    def __init__(self, columns: Sequence[Col] = INBOX_COLUMNS, *, language: str | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._language = language
        self._requests: list[CollectionRequest] = []
        self._catalog: dict[str, CatalogField] = {}

    def set_requests(self, requests: Sequence[CollectionRequest],
                     catalog: Mapping[str, CatalogField]) -> None:
        self.beginResetModel()
        self._requests = list(requests)
        self._catalog = dict(catalog)
        self.endResetModel()

    @property
    def requests(self) -> list[CollectionRequest]:
        return list(self._requests)

    def request(self, row: int) -> CollectionRequest | None:
        return self._requests[row] if 0 <= row < len(self._requests) else None

    def row_of(self, request_id: int) -> int:
        return next((r for r, q in enumerate(self._requests) if q.id == request_id), -1)

    def field(self, request: CollectionRequest) -> CatalogField | None:
        return self._catalog.get(request.field_key)

    @property
    def language(self) -> str:
        return self._language or ui_language()

    def label(self, request: CollectionRequest) -> str:
        return field_label(self.field(request), request.field_key, self.language)

    def column(self, col: Col) -> int:
        return self.columns.index(col)

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._requests)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_TITLES[self.columns[section]])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._requests) \
                or not 0 <= index.column() < len(self.columns):
            return None
        request = self._requests[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(request, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (Col.USED_FOR, Col.FIELD):
            return self.tr("Used to: {use}\nWithout it: {without}").format(
                use=request.necessity_use, without=request.necessity_without)
        field = self.field(request)
        sensitive = field is not None and field.sensitive
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Col.STATUS:
                return QBrush(STATUS_COLOURS[request.status])
            if col == Col.CLASS and sensitive:
                return QBrush(SENSITIVE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and col == Col.CLASS and sensitive:
            return QBrush(SENSITIVE_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and col == Col.CLASS and sensitive:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def text(self, request: CollectionRequest, col: Col) -> str:
        if col == Col.SERVICE:
            return request.service_name
        if col == Col.FIELD:
            return self.label(request)
        if col == Col.CLASS:
            field = self.field(request)
            return class_label(field.field_class) if field is not None else ""
        if col == Col.REQUIRED:
            return required_label(request.required)
        if col == Col.STATUS:
            return status_label(request.status)
        if col == Col.ASKED_BY:
            return request.requested_by
        if col == Col.ASKED_ON:
            return local_time(request.requested_at)
        if col == Col.DECIDED_BY:
            return request.decided_by
        return request.necessity_use
