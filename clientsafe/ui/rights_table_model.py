"""The rights-request table: who asked for what, when and how, where it stands, and how long is
left to answer. The countdown is worked out from the vault's clock each time it is shown, so a
list left open keeps counting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.rights import (
    CHANNEL_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    VERIFICATION_LABELS,
    RightsStatus,
    days_left,
)
from clientsafe.services.rights_requests import RightsRequestRow
from clientsafe.ui.error_text import translated
from clientsafe.ui.paged_table_model import local_time

AnyIndex = QModelIndex | QPersistentModelIndex

# Request number, customer, kind, received, channel, status, verified by, deadline (stretches).
WIDTHS = (6, 20, 15, 20, 16, 13, 18, 16)
_TITLES = (
    QT_TRANSLATE_NOOP("RightsTableModel", "No."),
    QT_TRANSLATE_NOOP("RightsTableModel", "Customer"),
    QT_TRANSLATE_NOOP("RightsTableModel", "Request"),
    QT_TRANSLATE_NOOP("RightsTableModel", "Received"),
    QT_TRANSLATE_NOOP("RightsTableModel", "How"),
    QT_TRANSLATE_NOOP("RightsTableModel", "Status"),
    QT_TRANSLATE_NOOP("RightsTableModel", "Verified by"),
    QT_TRANSLATE_NOOP("RightsTableModel", "Deadline"),
)
OVERDUE_COLOR = "#b3261e"
SOON_COLOR = "#9a3412"
SOON_DAYS = 3  # this close to the deadline, the countdown turns amber
_MUTED_COLOR = "#5f6b7a"


class RightsTableModel(QAbstractTableModel):
    NUMBER, CUSTOMER, KIND, RECEIVED, CHANNEL, STATUS, VERIFIED, DEADLINE = range(8)

    def __init__(self, clock: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.rows: list[RightsRequestRow] = []

    def set_rows(self, rows: list[RightsRequestRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RightsRequestRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_TITLES)

    def days_left(self, row: RightsRequestRow) -> int | None:
        """Days to the deadline as of now; None once the request is answered."""
        if row.request.is_closed:
            return None
        return days_left(row.request.due_at, self._clock())

    def countdown(self, days: int | None) -> str:
        if days is None:
            return "—"
        if days > 1:
            return self.tr("{n} days left").format(n=days)
        if days >= 0:  # the last day: less than 24 hours to go
            return self.tr("due today")
        if days == -1:
            # Two sentences instead of "%n": English has no .qm file to pick plural forms.
            return self.tr("1 day overdue")
        return self.tr("{n} days overdue").format(n=-days)

    def customer_text(self, row: RightsRequestRow) -> str:
        if row.request.from_outside:
            return self.tr("{name} (not a customer)").format(name=row.customer_name or "—")
        if not row.customer_exists:
            return self.tr("#{id} (data destroyed)").format(id=row.request.customer_id)
        return row.customer_name or f"#{row.request.customer_id}"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.request.id
        return None

    def _text(self, row: RightsRequestRow, column: int) -> str:
        request = row.request
        if column == self.NUMBER:
            return f"#{request.id}"
        if column == self.CUSTOMER:
            return self.customer_text(row)
        if column == self.KIND:
            return translated("rights", KIND_LABELS[request.kind])
        if column == self.RECEIVED:
            return local_time(request.received_at)
        if column == self.CHANNEL:
            return translated("rights", CHANNEL_LABELS[request.channel])
        if column == self.STATUS:
            return translated("rights", STATUS_LABELS[request.status])
        if column == self.VERIFIED:
            return request.verified_by or self.tr("not yet")
        if request.closed_at is not None:
            return self.tr("answered {date}").format(date=local_time(request.closed_at)[:10])
        return self.countdown(self.days_left(row))

    def _color(self, row: RightsRequestRow, column: int) -> QColor | None:
        if column == self.DEADLINE:
            days = self.days_left(row)
            if days is None:
                return QColor(_MUTED_COLOR)
            if days < 0:
                return QColor(OVERDUE_COLOR)
            if days <= SOON_DAYS:
                return QColor(SOON_COLOR)
        if column == self.VERIFIED and not row.request.verified_by:
            return QColor(_MUTED_COLOR)
        if column == self.STATUS and row.request.status is RightsStatus.REFUSED:
            return QColor(SOON_COLOR)
        if column == self.CUSTOMER and not row.customer_exists \
                and not row.request.from_outside:
            return QColor(_MUTED_COLOR)
        return None

    def _tip(self, row: RightsRequestRow, column: int) -> str | None:
        request = row.request
        if column == self.DEADLINE:
            if request.closed_at is not None:
                return self.tr("Answered {when} by {who}").format(
                    when=local_time(request.closed_at), who=request.closed_by)
            return self.tr("Due {when}").format(when=local_time(request.due_at))
        if column == self.VERIFIED and request.verified_how is not None \
                and request.verified_at is not None:
            return self.tr("{how}, {when}").format(
                how=translated("rights", VERIFICATION_LABELS[request.verified_how]),
                when=local_time(request.verified_at))
        if column == self.RECEIVED:
            return self.tr("Registered by {who}").format(who=request.registered_by)
        if column == self.CUSTOMER and request.from_outside:
            return self.tr("Someone the vault holds nothing about; the request names them "
                           "instead of a customer record.")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(_TITLES)):
            return self.tr(_TITLES[section])
        return None
