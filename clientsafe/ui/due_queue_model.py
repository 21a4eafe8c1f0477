"""Table models of the Retention area: customers due for destruction, customers on legal hold,
and the tombstones of destroyed customers. Plain lists (the queue is short and loaded in one
audited call), so no paging; fixed row heights come from the views."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from clientsafe.core.consent import RetentionStart
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.retention import (
    BASIS_LABELS,
    DestructionBasis,
    DueCustomer,
    ServicePeriod,
    Tombstone,
)
from clientsafe.ui.error_text import translated
from clientsafe.ui.message_labels import plain_tip
from clientsafe.ui.paged_table_model import ALIGN_RIGHT, AnyIndex, local_time

Row = TypeVar("Row")


def basis_text(basis: DestructionBasis | None) -> str:
    return translated("retention", BASIS_LABELS[basis]) if basis is not None else ""


def period_text(period: ServicePeriod) -> str:
    """"Membership: 24 months after the relationship ended (2023-10-23)"."""
    service = period.service_name or QCoreApplication.translate(
        "DueQueue", "No service (default period)")
    if period.start is RetentionStart.LAST_VISIT:
        text = QCoreApplication.translate(
            "DueQueue", "{service}: {months} months after the last visit ({day})")
    elif period.start_on is None:
        text = QCoreApplication.translate(
            "DueQueue", "{service}: {months} months after the relationship ends (still going on)")
    else:
        text = QCoreApplication.translate(
            "DueQueue", "{service}: {months} months after the relationship ended ({day})")
    return text.format(service=service, months=period.months, day=day_text(period.start_on))


def why_text(entry: DueCustomer) -> str:
    if entry.request is not None:
        return QCoreApplication.translate(
            "DueQueue", "Deletion request #{id} received {day}").format(
            id=entry.request.id, day=entry.request.received_at.astimezone().date().isoformat())
    return "; ".join(period_text(p) for p in entry.periods)


def day_text(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


class _ListModel(QAbstractTableModel, Generic[Row]):
    """Rows of one dataclass; each column an English title (marked in the subclass's context)
    and a function giving the cell's text."""

    TITLES: tuple[str, ...] = ()
    RIGHT: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def cells(self) -> tuple[Callable[[Row], str], ...]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.TITLES)

    def text(self, row: int, column: int) -> str:
        return self.cells()[column](self.rows[row])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # names and hold reasons: never markup
            return plain_tip(self.text(index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.RIGHT:
            return ALIGN_RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.TITLES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # marked in the subclass's own context
            return QCoreApplication.translate(type(self).__name__, self.TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.RIGHT:
            return ALIGN_RIGHT
        return None


class DueQueueModel(_ListModel[DueCustomer]):
    """Customers due for destruction (not on hold)."""

    ID, NAME, BASIS, SINCE, WHY = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("DueQueueModel", "Customer"),
        QT_TRANSLATE_NOOP("DueQueueModel", "Name"),
        QT_TRANSLATE_NOOP("DueQueueModel", "Basis"),
        QT_TRANSLATE_NOOP("DueQueueModel", "Due since"),
        QT_TRANSLATE_NOOP("DueQueueModel", "Why"),
    )
    RIGHT = frozenset({ID})

    def cells(self) -> tuple[Callable[[DueCustomer], str], ...]:
        return (lambda e: str(e.customer_id), lambda e: e.name, lambda e: basis_text(e.basis),
                lambda e: day_text(e.due_since), why_text)


class HeldModel(_ListModel[DueCustomer]):
    """Customers on legal hold (due or not)."""

    ID, NAME, SINCE, BY, REASON, DUE = range(6)
    TITLES = (
        QT_TRANSLATE_NOOP("HeldModel", "Customer"),
        QT_TRANSLATE_NOOP("HeldModel", "Name"),
        QT_TRANSLATE_NOOP("HeldModel", "On hold since"),
        QT_TRANSLATE_NOOP("HeldModel", "Placed by"),
        QT_TRANSLATE_NOOP("HeldModel", "Reason"),
        QT_TRANSLATE_NOOP("HeldModel", "Due without the hold"),
    )
    RIGHT = frozenset({ID})

    def cells(self) -> tuple[Callable[[DueCustomer], str], ...]:
        return (lambda e: str(e.customer_id), lambda e: e.name,
                lambda e: local_time(e.hold.placed_at) if e.hold else "",
                lambda e: e.hold.placed_by if e.hold else "",
                lambda e: e.hold.reason if e.hold else "",
                lambda e: self._due(e))

    def _due(self, entry: DueCustomer) -> str:
        if entry.basis is None:
            return self.tr("No")
        return self.tr("Yes, since {day}: {basis}").format(day=day_text(entry.due_since),
                                                           basis=basis_text(entry.basis))


class TombstonesModel(_ListModel[Tombstone]):
    """Destroyed customers: what is left of them (no personal data)."""

    NUMBER, ID, DESTROYED, BASIS, APPROVED = range(5)
    TITLES = (
        QT_TRANSLATE_NOOP("TombstonesModel", "Certificate"),
        QT_TRANSLATE_NOOP("TombstonesModel", "Customer"),
        QT_TRANSLATE_NOOP("TombstonesModel", "Destroyed"),
        QT_TRANSLATE_NOOP("TombstonesModel", "Basis"),
        QT_TRANSLATE_NOOP("TombstonesModel", "Approved by"),
    )
    RIGHT = frozenset({ID})

    def cells(self) -> tuple[Callable[[Tombstone], str], ...]:
        return (lambda t: t.certificate_number, lambda t: str(t.customer_id),
                lambda t: local_time(t.destroyed_at), self._basis,
                lambda t: t.approved_by_name)

    def _basis(self, stone: Tombstone) -> str:
        if stone.request is not None:
            return self.tr("{basis} #{id}").format(basis=basis_text(stone.basis),
                                                    id=stone.request.id)
        return basis_text(stone.basis)
