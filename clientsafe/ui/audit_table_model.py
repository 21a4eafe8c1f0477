"""The audit trail as Qt models: the security officer's filtered log and a manager's access
history of one customer, both paged from services.audit_query, newest first.

Denied entries are tinted so a burst of refusals stands out while scrolling. Actions show as
translated labels; the stored id (`customer.viewed`) is the cell's tooltip, for support.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from clientsafe.core.audit_actions import action_label
from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.session import Session
from clientsafe.services import audit_query
from clientsafe.services.vault_access import Vault
from clientsafe.ui import paged_table_model
from clientsafe.ui.paged_table_model import (
    ALIGN_RIGHT,
    AnyIndex,
    Column,
    PagedTableModel,
    local_time,
)

_DENIED_BACKGROUND = QBrush(QColor("#fde8e8"))
_DENIED_FOREGROUND = QBrush(QColor("#8a1c1c"))

# Outcomes as stored → English words, translated in context "AuditTableModel".
OUTCOME_WORDS = {
    "done": QT_TRANSLATE_NOOP("AuditTableModel", "Done"),
    "denied": QT_TRANSLATE_NOOP("AuditTableModel", "Denied"),
}


def outcome_text(outcome: str) -> str:
    word = OUTCOME_WORDS.get(outcome)
    return QCoreApplication.translate("AuditTableModel", word) if word else outcome


def action_text(action: str) -> str:
    """A stored action id as people read it, translated; an id this version does not know
    (written by a newer one) as it is."""
    label = action_label(action)
    return QCoreApplication.translate("actions", label) if label else action


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _fields(fields: Sequence[str]) -> str:
    return ", ".join(fields)


class _AuditModelBase(PagedTableModel):
    """Tints denied rows; rows are entries or access events (both have `.outcome`).

    While `hold_pages` is set (background work holds the vault's connection) only pages already
    cached are shown; rows of other pages stay blank until it is cleared.
    """

    hold_pages = False
    ACTION: int  # the column showing the action; its tooltip is the stored id

    def row_at(self, row: int) -> Any | None:
        if self.hold_pages and row // paged_table_model.PAGE_SIZE not in self._pages:
            return None
        return super().row_at(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if not index.isValid():
                return None
            row = self.row_at(index.row())
            if row is None or row.outcome != "denied":
                return None
            return (_DENIED_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole
                    else _DENIED_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.isValid() and index.column() == self.ACTION:
                row = self.row_at(index.row())
                return None if row is None else row.action
            # The whole text of an elided cell.
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        return super().data(index, role)


class AuditTableModel(_AuditModelBase):
    TR_CONTEXT = "AuditTableModel"

    SEQ, WHEN, USER, ACTION, CUSTOMER, FIELDS, PURPOSE, OUTCOME, DETAIL = range(9)

    def __init__(self, vault: Vault, session: Session, parent: Any = None) -> None:
        columns = (
            Column(QT_TRANSLATE_NOOP("AuditTableModel", "Seq"),
                   lambda e: QLocale().toString(e.seq), ALIGN_RIGHT),
            Column(QT_TRANSLATE_NOOP("AuditTableModel", "When"), lambda e: local_time(e.at)),
            Column(QT_TRANSLATE_NOOP("AuditTableModel", "User"), lambda e: e.actor),
            Column(QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
                   lambda e: action_text(e.action)),
            Column(QT_TRANSLATE_NOOP("AuditTableModel", "Customer #"),
                   lambda e: _number(e.customer_id), ALIGN_RIGHT),
            Column(QT_TRANSLATE_NOOP("AuditTableModel", "Fields"), lambda e: _fields(e.fields)),
            Column(QT_TRANSLATE_NOOP("AuditTableModel", "Purpose"), lambda e: e.purpose),
            Column(QT_TRANSLATE_NOOP("AuditTableModel", "Outcome"),
                   lambda e: outcome_text(e.outcome)),
            Column(QT_TRANSLATE_NOOP("AuditTableModel", "Detail"), lambda e: e.detail),
        )
        # Newest first, always: the log has no other order worth a query.
        super().__init__(columns, sort_column=self.SEQ,
                         sort_order=Qt.SortOrder.DescendingOrder, parent=parent)
        self._vault = vault
        self._session = session
        self.filter = AuditFilter()

    def set_filter(self, flt: AuditFilter) -> None:
        """Use another filter; takes effect (and is audited) at the next refresh()."""
        self.filter = flt

    def _count_rows(self) -> int:
        return audit_query.count(self._vault, self._session, self.filter)

    def _fetch_rows(self, offset: int, limit: int, sort_key: Any,
                    descending: bool) -> Sequence[Any]:
        return audit_query.page(self._vault, self._session, self.filter, offset=offset,
                                limit=limit)


class AccessHistoryModel(_AuditModelBase):
    """One customer's access history (managers)."""

    TR_CONTEXT = "AccessHistoryModel"

    WHEN, USER, ACTION, FIELDS, PURPOSE, OUTCOME = range(6)

    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 parent: Any = None) -> None:
        columns = (
            Column(QT_TRANSLATE_NOOP("AccessHistoryModel", "When"), lambda e: local_time(e.at)),
            Column(QT_TRANSLATE_NOOP("AccessHistoryModel", "User"), lambda e: e.actor),
            Column(QT_TRANSLATE_NOOP("AccessHistoryModel", "Action"),
                   lambda e: action_text(e.action)),
            Column(QT_TRANSLATE_NOOP("AccessHistoryModel", "Fields"),
                   lambda e: _fields(e.fields)),
            Column(QT_TRANSLATE_NOOP("AccessHistoryModel", "Purpose"), lambda e: e.purpose),
            Column(QT_TRANSLATE_NOOP("AccessHistoryModel", "Outcome"),
                   lambda e: outcome_text(e.outcome)),
        )
        super().__init__(columns, sort_column=self.WHEN,
                         sort_order=Qt.SortOrder.DescendingOrder, parent=parent)
        self._vault = vault
        self._session = session
        self.customer_id = customer_id

    def _count_rows(self) -> int:
        return audit_query.customer_history_count(self._vault, self._session, self.customer_id)

    def _fetch_rows(self, offset: int, limit: int, sort_key: Any,
                    descending: bool) -> Sequence[Any]:
        return audit_query.customer_history(self._vault, self._session, self.customer_id,
                                            offset=offset, limit=limit)
