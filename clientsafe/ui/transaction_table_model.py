"""The transaction list as a Qt model, paged from services.transactions.

The service returns transactions newest first and takes no sort order, so no column is sortable
here; when the service grows one, give the Date column its sort key.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from clientsafe.core.entities import TransactionRow
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.session import Session
from clientsafe.services import transactions
from clientsafe.services.vault_access import Vault
from clientsafe.ui.paged_table_model import ALIGN_RIGHT, Column, PagedTableModel

# Symbols for the currencies a small business here meets; anything else shows its ISO code, which
# is never ambiguous.
_SYMBOLS = {"CNY": "¥", "USD": "US$", "EUR": "€", "HKD": "HK$", "GBP": "£"}


def format_amount(amount_cents: int, currency: str) -> str:
    """Integer arithmetic, so no float rounding: 128800, "CNY" -> "¥1,288.00"."""
    sign = "-" if amount_cents < 0 else ""
    units, cents = divmod(abs(amount_cents), 100)
    symbol = _SYMBOLS.get(currency)
    number = f"{units:,}.{cents:02d}"
    return f"{sign}{symbol}{number}" if symbol else f"{sign}{currency} {number}"


class TransactionTableModel(PagedTableModel):
    TR_CONTEXT = "TransactionTableModel"

    DATE, CUSTOMER, AMOUNT, DESCRIPTION = range(4)

    def __init__(self, vault: Vault, session: Session, parent: Any = None) -> None:
        columns = (
            Column(
                QT_TRANSLATE_NOOP("TransactionTableModel", "Date"),
                lambda r: r.occurred_on.isoformat(),
            ),
            Column(QT_TRANSLATE_NOOP("TransactionTableModel", "Customer"), self._customer),
            Column(
                QT_TRANSLATE_NOOP("TransactionTableModel", "Amount"),
                lambda r: format_amount(r.amount_cents, r.currency),
                align=ALIGN_RIGHT,
            ),
            Column(
                QT_TRANSLATE_NOOP("TransactionTableModel", "Description"), lambda r: r.description
            ),
        )
        # The order the service always uses: newest first.
        super().__init__(
            columns, sort_column=self.DATE, sort_order=Qt.SortOrder.DescendingOrder, parent=parent
        )
        self._vault = vault
        self._session = session

    def _customer(self, row: TransactionRow) -> str:
        if row.customer_id is None:
            return QCoreApplication.translate("TransactionTableModel", "(customer destroyed)")
        return row.customer_name

    def _count_rows(self) -> int:
        return transactions.count(self._vault, self._session)

    def _fetch_rows(
        self, offset: int, limit: int, sort_key: Any, descending: bool
    ) -> Sequence[TransactionRow]:
        return transactions.page(self._vault, self._session, offset=offset, limit=limit)
