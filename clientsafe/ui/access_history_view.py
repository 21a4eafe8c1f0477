"""A manager's "Access history" of one customer, shown as a tab of the customer record: who looked
at or changed this customer, when, which fields, for what purpose.

Nothing is read until the tab is first shown (`load()`): looking at the history is itself an
audited read, and a manager who only opens the record has not looked at it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.audit_table_model import AccessHistoryModel
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import error_line, hint, show_text
from clientsafe.ui.table_page import make_table_view, set_column_widths

# When, user, action, fields, purpose, outcome (stretches).
_WIDTHS = (19, 12, 28, 22, 10, 8)


class AccessHistoryPanel(QWidget):
    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = False
        self.model = AccessHistoryModel(vault, session, customer_id, self)
        self.summary = hint(parent=self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.load)
        self.error = error_line(self)
        self.model.load_failed.connect(lambda sentence: show_text(self.error, sentence))
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.table.setMinimumWidth(640)
        set_column_widths(self.table, _WIDTHS)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        """Read (again) the history; one audited look at it."""
        self.loaded = True
        self.error.hide()
        try:
            self.model.refresh()
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
        total = self.model.total
        self.summary.setText(
            self.tr("1 entry concerns this customer, newest first.") if total == 1
            else self.tr("{n} entries concern this customer, newest first.").format(
                n=QLocale().toString(total)))
        self.table.scrollToTop()

    def showEvent(self, event: QShowEvent) -> None:
        if not self.loaded:
            self.load()
        super().showEvent(event)

