"""A read-only table model that pages rows in from a service, written once for every long list.

The total comes from one count call, so the scroll bar is right from the start and jumping to the
end works. Rows arrive a page at a time when the view first asks for one of them, and at most
`MAX_CACHED_PAGES` pages are kept (least recently used go first), so memory stays flat however
far the user scrolls. Sorting is the service's job (in SQL): `sort()` only records the order and
drops the cache. Nothing here issues a query per row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.ui.error_text import error_text

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

AnyIndex = QModelIndex | QPersistentModelIndex


def local_time(moment: datetime) -> str:
    """A stored UTC moment in this computer's local time, to the minute; ISO order reads the same
    in English and Chinese."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its English title (marked with QT_TRANSLATE_NOOP in the model's context),
    how a row shows in it, and the service's sort key for it (None: the service cannot sort by
    it, so clicking its header does nothing)."""

    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = ALIGN_LEFT
    sort_key: Any = None


class PagedTableModel(QAbstractTableModel):
    """Subclasses set `TR_CONTEXT`, `columns`, and implement `_count_rows` and `_fetch_rows`.

    The model holds no rows until `refresh()` is called, so creating it never touches the vault
    and a failing count can be shown by the view as a sentence.
    """

    TR_CONTEXT = "PagedTableModel"

    # A page could not be fetched; the argument is the sentence to show.
    load_failed = Signal(str)

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._total = 0
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()
        self._sort_column = sort_column
        self._sort_order = sort_order
        self.pages_fetched = 0  # how many page requests reached the service (for tests, bench)

    # --- what subclasses provide --------------------------------------------------------------

    def _count_rows(self) -> int:
        raise NotImplementedError

    def _fetch_rows(
        self, offset: int, limit: int, sort_key: Any, descending: bool
    ) -> Sequence[Any]:
        raise NotImplementedError

    # --- public ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count again and forget every cached page. Raises ClientSafeError (the model is then
        empty) so the caller can show the sentence."""
        self.beginResetModel()
        self._pages.clear()
        self._total = 0
        try:
            self._total = max(0, int(self._count_rows()))
        finally:
            self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    @property
    def cached_page_count(self) -> int:
        return len(self._pages)

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self._columns) and self._columns[column].sort_key is not None

    def row_at(self, row: int) -> Any | None:
        """The row object at `row`, fetching its page if needed; None outside the data."""
        if not 0 <= row < self._total:
            return None
        number, within = divmod(row, PAGE_SIZE)
        page = self._page(number)
        return page[within] if within < len(page) else None

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            return None if row is None else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.TR_CONTEXT, self._columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._columns[section].align
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the service for another order. Columns the service cannot sort are ignored, and
        the total is not counted again (sorting is not a new look at the list)."""
        if not self.is_sortable(column):
            return
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._pages.clear()
        self.endResetModel()

    # --- paging ---------------------------------------------------------------------------------

    def _page(self, number: int) -> Sequence[Any]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        column = self._columns[self._sort_column]
        try:
            page = self._fetch_rows(
                number * PAGE_SIZE,
                PAGE_SIZE,
                column.sort_key,
                self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        except ClientSafeError as exc:
            # Remember the failure as an empty page so painting does not retry on every frame;
            # Refresh clears it.
            page = ()
            self.load_failed.emit(error_text(exc))
        self.pages_fetched += 1
        self._pages[number] = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return page
