"""The "Rights requests" tab of the customer record: this customer's requests, answered ones
included, and "New request…". Identity checks and answers are given in the Rights requests
area, where the deadlines of all requests are seen together."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import rights_requests
from clientsafe.services.rights_requests import RightsRequestRow
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, error_line, heading, hint, notice_box, show_text
from clientsafe.ui.rights_request_dialog import RightsRequestDialog
from clientsafe.ui.rights_table_model import WIDTHS, RightsTableModel
from clientsafe.ui.table_page import make_table_view, set_column_widths


class RightsPanel(QWidget):
    # A request was registered (the number); the record may want to say so elsewhere.
    request_registered = Signal(int)

    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.customer_id = customer_id
        self.rows: list[RightsRequestRow] = []
        self.dialog: RightsRequestDialog | None = None
        self._customer_name = ""

        self.title = heading(self.tr("Requests under the customer's rights"), self, size=1.1)
        self.new_button = QPushButton(self.tr("New request…"), self)
        self.new_button.setObjectName("newRightsRequest")
        self.new_button.setAutoDefault(False)
        self.new_button.setVisible(session.can(Permission.RIGHTS_MANAGE))
        self.new_button.clicked.connect(self.new_request)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.new_button)
        self.status = notice_box(Tone.SUCCESS, "", self)
        self.status.setObjectName("rightsPanelStatus")
        self.error = error_line(self)
        self.error.setObjectName("rightsPanelError")
        self.model = RightsTableModel(vault.clock, self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        set_column_widths(self.table, WIDTHS)
        self.table.hideColumn(RightsTableModel.CUSTOMER)  # always this customer
        self.empty = hint(self.tr("This customer has made no requests."), self)
        self.where = hint(self.tr(
            "Verify identity and answer requests in the Rights requests area, where every "
            "deadline is listed."), self)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        # Empty, the sentence takes the table's place at the top (not spread over the page).
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.where)

    def load(self) -> None:
        """Read the customer's requests (again) and show them."""
        self.error.hide()
        try:
            self.rows = rights_requests.list_requests(self._vault, self._session,
                                                      open_only=False,
                                                      customer_id=self.customer_id)
        except ClientSafeError as exc:
            self.rows = []
            show_text(self.error, error_text(exc))
        # Newest first here: the customer's own story, not a work queue.
        self.rows.sort(key=lambda r: (r.request.received_at, r.request.id), reverse=True)
        self.model.set_rows(self.rows)
        if self.rows:
            self._customer_name = self.rows[0].customer_name
        self.empty.setVisible(not self.rows and not self.error.isVisible())
        self.table.setVisible(bool(self.rows))

    def set_customer_name(self, name: str) -> None:
        """The name shown in the new-request dialog (the record dialog knows it)."""
        self._customer_name = name

    def new_request(self) -> RightsRequestDialog | None:
        if self.dialog is not None:
            return self.dialog
        dialog = RightsRequestDialog(self._vault, self._session, self.customer_id, self,
                                     customer_name=self._customer_name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        self.status.hide()
        dialog.open()
        return dialog

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or dialog.request_id is None:
            return
        request_id = dialog.request_id
        self.load()
        show_text(self.status, self.tr("Request #{id} registered.").format(id=request_id))
        self.request_registered.emit(request_id)
