"""The restore drill log as a table model: when, who, which backup, the result and how long it
took. The log is short (the service returns the newest few dozen), but it is drawn with the same
fixed-height rows as every other table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from clientsafe.services.backup_types import DrillRecord
from clientsafe.ui.backup_text import duration_text, time_text

_PASS = QColor("#1e6b34")
_FAIL = QColor("#b3261e")
Index = QModelIndex | QPersistentModelIndex


class DrillLogModel(QAbstractTableModel):
    WHEN, BY, BACKUP, RESULT, DURATION = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[DrillRecord] = []
        self._headings = (self.tr("When"), self.tr("By"), self.tr("Backup"), self.tr("Result"),
                          self.tr("Duration"))

    def set_records(self, records: list[DrillRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> DrillRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headings)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headings[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.backup_path if column == self.BACKUP else self.result_text(record)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RESULT:
            return QBrush(_PASS if record.ok else _FAIL)
        return None

    def _text(self, record: DrillRecord, column: int) -> str:
        if column == self.WHEN:
            return time_text(record.at)
        if column == self.BY:
            return record.by
        if column == self.BACKUP:
            return Path(record.backup_path).name
        if column == self.RESULT:
            return self.tr("✔ Passed") if record.ok else self.tr("✖ Failed")
        return duration_text(record.seconds)

    def result_text(self, record: DrillRecord) -> str:
        """Passed, or the service's own words for the first problem (support needs them)."""
        return self.tr("Passed") if record.ok else self.tr("Failed: {detail}").format(
            detail=record.detail)
