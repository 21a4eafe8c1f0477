"""The customer list area. Search, creation and the detail view arrive in later issues."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.customer_table_model import CustomerTableModel
from clientsafe.ui.error_text import error_text
from clientsafe.ui.table_page import TablePage, set_column_widths

# Name, phone (+86 and 11 digits, which are wider than an average character), e-mail,
# assigned to, created (stretches).
_WIDTHS = (26, 20, 36, 20, 16)


class CustomersView(TablePage):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = CustomerTableModel(vault, session, self)
        self.model.load_failed.connect(self.show_error)
        self.table.setModel(self.model)
        set_column_widths(self.table, _WIDTHS)
        header = self.table.horizontalHeader()
        # Show the model's own order before enabling sorting: enabling it sorts by the header's
        # current indicator, which would otherwise be an arbitrary column.
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        if session.sees_only_assigned_customers:
            # Every row would name the same person: the signed-in user.
            self.table.hideColumn(CustomerTableModel.ASSIGNED)
        self.reload()

    def reload(self) -> None:
        self.clear_error()
        try:
            self.model.refresh()
        except ClientSafeError as exc:
            self.show_error(error_text(exc))
        self._show_summary()
        self.table.scrollToTop()

    def _show_summary(self) -> None:
        total = self.model.total
        number = QLocale().toString(total)
        # Two sentences instead of "%n customer(s)": English has no .qm file to pick plural forms.
        if self._session.sees_only_assigned_customers:
            text = (
                self.tr("1 customer assigned to you")
                if total == 1
                else self.tr("{n} customers assigned to you").format(n=number)
            )
            empty = self.tr("No customers are assigned to you yet.")
        else:
            text = (
                self.tr("1 customer") if total == 1 else self.tr("{n} customers").format(n=number)
            )
            empty = self.tr("There are no customers in this vault yet.")
        self.summary.setText(text)
        self.show_rows(total > 0, empty)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            # The service cannot sort by this column; put the arrow back where the order is.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)
            return
        self.table.scrollToTop()
