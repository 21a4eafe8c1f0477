"""The customer list area: the list, and opening one customer's record (double-click, Enter or
"Open…"). Search and creation arrive in later issues."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from clientsafe.core.errors import AccountLocked, ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.customer_table_model import CustomerTableModel
from clientsafe.ui.error_text import error_text
from clientsafe.ui.table_page import TablePage, set_column_widths

# Name, phone (+86 and 11 digits, which are wider than an average character), e-mail,
# assigned to, created (stretches).
_WIDTHS = (26, 20, 36, 20, 16)


class CustomersView(TablePage):
    # Opening a record locked the account (too many records in a short time); the argument is
    # the sentence. The session is over: whoever owns the session signs out.
    account_locked = Signal(str)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.record_dialog: CustomerRecordDialog | None = None
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
        self._add_open_button()
        self.reload()

    def _add_open_button(self) -> None:
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.setObjectName("openCustomer")
        self.open_button.setToolTip(self.tr("Open the selected customer's record (Enter)"))
        self.open_button.setVisible(self._session.can(Permission.CUSTOMER_OPEN))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        top = self.layout().itemAt(0).layout()
        assert isinstance(top, QHBoxLayout)
        top.insertWidget(top.indexOf(self.refresh_button), self.open_button)
        self.table.doubleClicked.connect(self._double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)
        self.model.modelReset.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_customer_id() is not None)

    def selected_customer_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return None if row is None else int(row.id)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_customer(int(row.id))

    def open_selected(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is not None:
            self.open_customer(customer_id)

    def _record_closed(self) -> None:
        self.record_dialog = None

    def open_customer(self, customer_id: int) -> CustomerRecordDialog | None:
        """Open a customer's record (window-modal, not blocking); returns the dialog."""
        if not self._session.can(Permission.CUSTOMER_OPEN):
            return None
        if self.record_dialog is not None:
            return self.record_dialog
        dialog = CustomerRecordDialog(self._vault, self._session, customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._record_closed)
        self.record_dialog = dialog
        dialog.open()
        if isinstance(dialog.failure, AccountLocked):
            self.account_locked.emit(error_text(dialog.failure))
        return dialog

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
