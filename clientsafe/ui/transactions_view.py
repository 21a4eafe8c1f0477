"""The transaction list area (finance and managers)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.table_page import TablePage, set_column_widths
from clientsafe.ui.transaction_table_model import TransactionTableModel

# Date, customer, amount, description (stretches).
_WIDTHS = (12, 26, 14, 30)


class TransactionsView(TablePage):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TransactionTableModel(vault, session, self)
        self.model.load_failed.connect(self.show_error)
        self.table.setModel(self.model)
        set_column_widths(self.table, _WIDTHS)
        header = self.table.horizontalHeader()
        # Sorting is enabled only for columns the service can sort by (none yet); the arrow
        # still tells the reader the list runs newest first.
        sortable = any(self.model.is_sortable(c) for c in range(self.model.columnCount()))
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(sortable)
        header.setSectionsClickable(sortable)  # a click must not move the arrow for nothing
        self.reload()

    def reload(self) -> None:
        self.clear_error()
        try:
            self.model.refresh()
        except ClientSafeError as exc:
            self.show_error(error_text(exc))
        total = self.model.total
        self.summary.setText(
            self.tr("1 transaction")
            if total == 1
            else self.tr("{n} transactions").format(n=QLocale().toString(total))
        )
        self.show_rows(total > 0, self.tr("There are no transactions in this vault yet."))
        self.table.scrollToTop()
