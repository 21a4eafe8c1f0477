"""The "Rights requests" tab of the customer record: this customer's requests, answered ones
included, and "New request…". Identity checks and answers are given in the Rights requests
area, where the deadlines of all requests are seen together."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import rights_requests
from clientsafe.services.rights_requests import RightsRequestRow
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import show_text
from clientsafe.ui.record_tab import RecordTab
from clientsafe.ui.rights_request_dialog import RightsRequestDialog
from clientsafe.ui.rights_table_model import WIDTHS, RightsTableModel


class RightsPanel(RecordTab):
    # A request was registered (the number); the record may want to say so elsewhere.
    request_registered = Signal(int)

    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 parent: QWidget | None = None) -> None:
        self._vault = vault
        self._session = session
        self.customer_id = customer_id
        self.rows: list[RightsRequestRow] = []
        self.dialog: RightsRequestDialog | None = None
        self._customer_name = ""
        model = RightsTableModel(vault.clock)
        super().__init__(
            parent, name="rightsPanel", title=self.tr("Requests under the customer's rights"),
            action=self.tr("New request…"), can_act=session.can(Permission.RIGHTS_MANAGE),
            on_action=self.new_request, empty=self.tr("This customer has made no requests."),
            model=model, widths=WIDTHS, note=self.tr(
                "Verify identity and answer requests in the Rights requests area, where every "
                "deadline is listed."))
        model.setParent(self)
        self.model: RightsTableModel = model
        self.table.hideColumn(RightsTableModel.CUSTOMER)  # always this customer
        self.new_button = self.action_button
        self.new_button.setObjectName("newRightsRequest")

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
        self.show_entries(len(self.rows))

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
