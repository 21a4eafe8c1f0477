"""The customer list area: one search box (a name narrows the list; a whole phone, ID number or
e-mail is looked up exactly), the list, opening one customer's record (double-click, Enter or
"Open…"), registering a new customer ("New customer…": service, intake form, consent), importing
a spreadsheet and exporting the selected customers to CSV."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QBoxLayout, QHBoxLayout, QPushButton, QWidget

from clientsafe.core.errors import AccountLocked, ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.customer_record_dialog import CustomerRecordDialog
from clientsafe.ui.customer_table_model import CustomerTableModel
from clientsafe.ui.error_text import error_text
from clientsafe.ui.exact_lookup import ExactLookup
from clientsafe.ui.export_dialog import ExportFlow
from clientsafe.ui.import_wizard import ImportWizard
from clientsafe.ui.intake_dialog import IntakeDialog
from clientsafe.ui.message_labels import Tone
from clientsafe.ui.table_page import TablePage, set_column_widths

# Name, phone (+86 and 11 digits, which are wider than an average character), e-mail,
# assigned to, created (stretches).
_WIDTHS = (26, 20, 36, 20, 16)


class CustomersView(TablePage):
    # Opening a record locked the account (too many records in a short time); the argument is
    # the sentence. The session is over: whoever owns the session signs out.
    account_locked = Signal(str)
    # An export runs in the background and holds the vault's connection (the main window then
    # starts nothing else).
    busy_changed = Signal(bool)
    # A record was closed while its reveal request waits for a manager (the main window's
    # request notifier starts watching it).
    request_waiting = Signal()

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.record_dialog: CustomerRecordDialog | None = None
        self.intake_dialog: IntakeDialog | None = None
        self.model = CustomerTableModel(vault, session, self)
        self.model.load_failed.connect(self.show_error)
        self.table.setModel(self.model)
        # Several rows can be chosen for an export; opening takes one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        self._add_new_button()
        self._add_lookup_and_export()
        self._add_import()
        self.reload()

    def _add_open_button(self) -> None:
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.setObjectName("openCustomer")
        self.open_button.setToolTip(self.tr("Open the selected customer's record (Enter)"))
        self.open_button.setVisible(self._session.can(Permission.CUSTOMER_OPEN))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        top = self._top_row()
        top.insertWidget(top.indexOf(self.refresh_button), self.open_button)
        self.table.doubleClicked.connect(self._double_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)
        self.model.modelReset.connect(self._selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _add_new_button(self) -> None:
        self.new_button = QPushButton(self.tr("New customer…"), self)
        self.new_button.setObjectName("newCustomer")
        self.new_button.setToolTip(
            self.tr("Register a customer for a service: their details, then their consent")
        )
        self.new_button.setVisible(self._session.can(Permission.CUSTOMERS_CREATE))
        self.new_button.clicked.connect(self.new_customer)
        top = self._top_row()
        top.insertWidget(top.indexOf(self.open_button), self.new_button)

    def new_customer(self) -> IntakeDialog | None:
        """Open the intake dialog (window-modal, not blocking); returns it."""
        if not self._session.can(Permission.CUSTOMERS_CREATE):
            return None
        if self.intake_dialog is not None:
            return self.intake_dialog
        dialog = IntakeDialog(self._vault, self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.customer_created.connect(self._customer_created)
        dialog.finished.connect(self._intake_closed)
        self.intake_dialog = dialog
        dialog.open()
        return dialog

    def _customer_created(self) -> None:
        self.reload()

    def _intake_closed(self) -> None:
        self.intake_dialog = None

    def _add_lookup_and_export(self) -> None:
        self.lookup = ExactLookup(self._vault, self._session, self)
        self.lookup.open_requested.connect(self.open_customer)
        self.lookup.name_search_changed.connect(self._search_changed)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(0, self.lookup)
        layout.insertSpacing(1, 6)

        self.export_flow = ExportFlow(self._vault, self._session, self)
        self.export_flow.message.connect(self._export_message)
        self.export_flow.busy_changed.connect(self._export_busy)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportCustomers")
        self.export_button.setToolTip(
            self.tr("Save the selected customers to a CSV file, with sensitive fields masked")
        )
        self.export_button.setVisible(self._session.can(Permission.CUSTOMERS_EXPORT))
        self.export_button.clicked.connect(self.export_selected)
        top = self._top_row()
        top.insertWidget(top.indexOf(self.refresh_button), self.export_button)

    def _add_import(self) -> None:
        self.import_wizard: ImportWizard | None = None
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setObjectName("importCustomers")
        self.import_button.setToolTip(
            self.tr("Add customers from an Excel or CSV file, for one service")
        )
        self.import_button.setVisible(self._session.can(Permission.CUSTOMERS_IMPORT))
        self.import_button.clicked.connect(self.import_customers)
        top = self._top_row()
        top.insertWidget(top.indexOf(self.refresh_button), self.import_button)

    def import_customers(self) -> ImportWizard | None:
        """Open the import wizard (window-modal, not blocking); returns it."""
        if not self._session.can(Permission.CUSTOMERS_IMPORT) or self.import_wizard is not None:
            return self.import_wizard
        wizard = ImportWizard(self._vault, self._session, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # While it reads or imports, the worker holds the vault's connection, as an export does.
        wizard.busy_changed.connect(self._export_busy)
        wizard.imported.connect(self._customers_imported)
        wizard.finished.connect(self._import_closed)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _customers_imported(self, _count: int) -> None:
        # A bound method, not a lambda holding `self`: such a cycle keeps the view alive until
        # the garbage collector runs, possibly in a worker thread, which must not delete widgets.
        self.reload()

    def _import_closed(self) -> None:
        self.import_wizard = None

    def _top_row(self) -> QHBoxLayout:
        layout = self.layout()
        assert layout is not None
        for index in range(layout.count()):
            row = layout.itemAt(index).layout()
            if isinstance(row, QHBoxLayout) and row.indexOf(self.refresh_button) >= 0:
                return row
        raise LookupError("the top row of the table page")

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_count() == 1)

    def _selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as merged (first, last) spans; a row selected in several column
        ranges counts once."""
        spans: list[tuple[int, int]] = []
        for top, bottom in sorted((r.top(), r.bottom())
                                  for r in self.table.selectionModel().selection()):
            if spans and top <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], bottom))
            else:
                spans.append((top, bottom))
        return spans

    def selected_count(self) -> int:
        return sum(last - first + 1 for first, last in self._selected_spans())

    def selected_customer_id(self) -> int | None:
        """The selected customer when exactly one row is selected."""
        ids = self.selected_customer_ids() if self.selected_count() == 1 else []
        return ids[0] if ids else None

    def selected_customer_ids(self) -> list[int]:
        """The selected customers, top to bottom (pages are fetched as needed)."""
        found = (self.model.row_at(row) for first, last in self._selected_spans()
                 for row in range(first, last + 1))
        return [int(row.id) for row in found if row is not None]

    def export_selected(self) -> None:
        if self._session.can(Permission.CUSTOMERS_EXPORT):
            self.export_flow.start(self.selected_customer_ids())

    def _export_message(self, tone: str, text: str, tooltip: str) -> None:
        self.lookup.say(Tone(tone), text)
        self.lookup.notice.setToolTip(tooltip)

    def _export_busy(self, busy: bool) -> None:
        # The worker holds the vault's connection: nothing here may read meanwhile.
        for widget in (self.lookup, self.table, self.open_button, self.new_button,
                       self.export_button, self.import_button, self.refresh_button):
            widget.setEnabled(not busy)
        if not busy:
            self._selection_changed()
        self.busy_changed.emit(busy)

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_customer(int(row.id))

    def open_selected(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is not None:
            self.open_customer(customer_id)

    def _record_closed(self) -> None:
        dialog, self.record_dialog = self.record_dialog, None
        if dialog is not None and dialog.waiting_request is not None:
            self.request_waiting.emit()

    def open_customer(self, customer_id: int) -> CustomerRecordDialog | None:
        """Open a customer's record (window-modal, not blocking); returns the dialog."""
        if not self._session.can(Permission.CUSTOMER_OPEN):
            return None
        if self.record_dialog is not None:
            return self.record_dialog
        dialog = CustomerRecordDialog(self._vault, self._session, customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._record_closed)
        dialog.busy_changed.connect(self._export_busy)  # its access report, in the background
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

    def _search_changed(self, text: str) -> None:
        """A new name search: count (one audited read) and show its first page."""
        self.model.set_search(text)
        self.reload()

    def _show_summary(self) -> None:
        total = self.model.total
        number = QLocale().toString(total)
        if self.model.search:
            self._show_search_summary(total, number)
            return
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

    def _show_search_summary(self, total: int, number: str) -> None:
        # The query is not repeated here: it stays in the search box right above.
        if total == 0:
            text = self.tr("No matches")
        elif self._session.sees_only_assigned_customers:
            text = (self.tr("1 of your customers matches") if total == 1
                    else self.tr("{n} of your customers match").format(n=number))
        else:
            text = (self.tr("1 customer matches") if total == 1
                    else self.tr("{n} customers match").format(n=number))
        if any(ch.isdigit() or ch == "@" for ch in self.model.search):
            # Most likely part of a phone number, ID number or e-mail address.
            empty = self.tr("No customer's name starts with this. To look up a phone number, ID "
                            "number or e-mail address, type all of it.")
        elif self._session.sees_only_assigned_customers:
            empty = self.tr("None of your customers has a name, pinyin or initials starting "
                            "with this.")
        else:
            empty = self.tr("No customer has a name, pinyin or initials starting with this.")
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
