"""The customer list as a Qt model: paged from services.customers, sorted and searched in SQL.

What a role may see is decided by the service (front desk gets only the customers assigned to
them); this model shows whatever the service returns. A name search (prefix, pinyin, initials)
narrows both the count and the pages, so the total stays known and "jump to end" still works.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from clientsafe.core.entities import CustomerRow, CustomerSort
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.session import Session
from clientsafe.services import customers
from clientsafe.services.vault_access import Vault
from clientsafe.ui.paged_table_model import Column, PagedTableModel, local_time


class CustomerTableModel(PagedTableModel):
    TR_CONTEXT = "CustomerTableModel"

    NAME, PHONE, EMAIL, ASSIGNED, CREATED = range(5)

    def __init__(self, vault: Vault, session: Session, parent: Any = None) -> None:
        columns = (
            Column(
                QT_TRANSLATE_NOOP("CustomerTableModel", "Name"),
                lambda r: r.full_name,
                sort_key=CustomerSort.NAME,
            ),
            # Phone and e-mail have no sort in the service (they will be encrypted per field).
            Column(QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"), lambda r: r.phone),
            Column(QT_TRANSLATE_NOOP("CustomerTableModel", "E-mail"), lambda r: r.email),
            Column(
                QT_TRANSLATE_NOOP("CustomerTableModel", "Assigned to"),
                lambda r: r.assigned_staff_name,
                sort_key=CustomerSort.ASSIGNED,
            ),
            Column(
                QT_TRANSLATE_NOOP("CustomerTableModel", "Created"),
                lambda r: local_time(r.created_at),
                sort_key=CustomerSort.CREATED,
            ),
        )
        super().__init__(
            columns, sort_column=self.NAME, sort_order=Qt.SortOrder.AscendingOrder, parent=parent
        )
        self._vault = vault
        self._session = session
        self._search = ""

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """The name search for the next `refresh()` ("" lists everyone in scope). Kept apart
        from refreshing so the view decides when to count (and audit) again."""
        self._search = text

    def _count_rows(self) -> int:
        return customers.count(self._vault, self._session, search=self._search)

    def _fetch_rows(
        self, offset: int, limit: int, sort_key: Any, descending: bool
    ) -> Sequence[CustomerRow]:
        return customers.page(
            self._vault,
            self._session,
            offset=offset,
            limit=limit,
            sort=sort_key,
            descending=descending,
            search=self._search,
        )
