"""The security officer's "Collection requests" inbox: requests to collect a field for a service,
with the service, the field and its class (sensitive highlighted), required or optional, both
necessity statements, who asked and when. Approve or Reject, each with a reason; Stop collecting
an approved field. A filter shows the decided requests.

The service refuses deciding one's own request; the buttons only reflect that, with the same
sentence beneath the list.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStyle, QToolBar, QWidget

from clientsafe.core.collection import CollectionRequest, OwnRequest, RequestStatus
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import catalog, collection
from clientsafe.services.vault_access import Vault
from clientsafe.ui.collection_requests_model import CollectionRequestsModel
from clientsafe.ui.collection_text import request_details, status_label
from clientsafe.ui.decision_dialog import Decision, DecisionDialog
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, hint, notice_box, show_text
from clientsafe.ui.table_page import TablePage, set_column_widths

# Service, field, class, required, asked by, asked on, status (stretches).
_WIDTHS = (22, 20, 12, 10, 14, 19, 20)
_FILTERS = (RequestStatus.PENDING, RequestStatus.APPROVED, RequestStatus.REJECTED,
            RequestStatus.RETIRED)


class CollectionInbox(TablePage):
    # How many requests are waiting, after each load.
    pending_count_changed = Signal(int)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.dialog: DecisionDialog | None = None
        self.model = CollectionRequestsModel(parent=self)
        self.table.setModel(self.model)
        set_column_widths(self.table, _WIDTHS)

        self.filter = QComboBox(self)
        self.filter.setObjectName("requestFilter")
        for status in _FILTERS:
            self.filter.addItem(status_label(status), str(status))
        self.filter.addItem(self.tr("All requests"), "")
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        top = self.layout().itemAt(0).layout()
        assert isinstance(top, QHBoxLayout)
        at = top.indexOf(self.refresh_button)
        top.insertWidget(at, self.filter)
        top.insertWidget(at, QLabel(self.tr("Show:"), self))

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("collectionToolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()
        self.approve_action = self.toolbar.addAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), self.tr("&Approve…"))
        self.reject_action = self.toolbar.addAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton), self.tr("&Reject…"))
        self.retire_action = self.toolbar.addAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton),
            self.tr("&Stop collecting…"))
        self.approve_action.triggered.connect(lambda _c=False: self.approve_selected())
        self.reject_action.triggered.connect(lambda _c=False: self.reject_selected())
        self.retire_action.triggered.connect(lambda _c=False: self.retire_selected())
        self.approve_action.setToolTip(self.tr("Allow the service to collect this field"))
        self.reject_action.setToolTip(self.tr("Refuse, saying why; whoever asked sees the reason"))
        self.retire_action.setToolTip(self.tr(
            "The service stops collecting this field; the notice is published again"))

        self.done_note = notice_box(Tone.SUCCESS, "", self)
        self.done_note.setObjectName("collectionNote")
        self.details = QLabel(self)
        self.details.setObjectName("requestDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet(
            "QLabel#requestDetails { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }")
        self.own_note = hint(error_text(OwnRequest()), self)
        self.own_note.setObjectName("ownRequestNote")
        self.own_note.hide()
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(1, self.toolbar)
        layout.insertWidget(2, self.done_note)
        layout.addWidget(self.details)
        layout.addWidget(self.own_note)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._shown_before = False
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back to the area shows the requests as they are now.
        super().showEvent(event)
        if self._shown_before and not event.spontaneous():
            show_text(self.done_note, "")  # said about an earlier visit
            self.reload()
        self._shown_before = True

    # --- the list ------------------------------------------------------------------------------

    @property
    def shown_status(self) -> RequestStatus | None:
        data = self.filter.currentData()
        return RequestStatus(data) if data else None

    def show_status(self, status: RequestStatus | None) -> None:
        self.filter.setCurrentIndex(self.filter.findData(str(status) if status else ""))

    def reload(self) -> None:
        self.clear_error()
        selected = self.selected_request()
        status = self.shown_status
        try:
            fields = {f.key: f for f in catalog.fields(self._vault, self._session)}
            requests = collection.requests(self._vault, self._session,
                                           statuses=(status,) if status else ())
            pending = requests if status is RequestStatus.PENDING else collection.requests(
                self._vault, self._session, statuses=(RequestStatus.PENDING,))
        except ClientSafeError as exc:
            fields, requests, pending = {}, [], []
            self.show_error(error_text(exc))
        if status is RequestStatus.PENDING:
            requests = sorted(requests, key=lambda r: (r.requested_at, r.id))  # oldest first
        self.model.set_requests(requests, fields)
        waiting = len(pending)
        self.summary.setText(
            self.tr("No requests waiting") if waiting == 0
            else self.tr("1 request waiting for your decision") if waiting == 1
            else self.tr("{n} requests waiting for your decision").format(
                n=QLocale().toString(waiting)))
        self.show_rows(bool(requests), self.tr("No requests waiting for a decision.")
                       if status is RequestStatus.PENDING
                       else self.tr("No requests to show."))
        row = self.model.row_of(selected.id) if selected is not None else -1
        if self.model.rowCount():
            self.table.selectRow(max(row, 0))
        self.pending_count_changed.emit(waiting)

    def selected_request(self) -> CollectionRequest | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.request(rows[0].row()) if rows else None

    def select(self, request_id: int) -> None:
        row = self.model.row_of(request_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self) -> None:
        request = self.selected_request()
        pending = request is not None and request.status is RequestStatus.PENDING
        own = pending and request is not None and request.requested_by_id == \
            self._session.staff_id
        self.approve_action.setEnabled(pending and not own)
        self.reject_action.setEnabled(pending and not own)
        self.retire_action.setEnabled(request is not None
                                      and request.status is RequestStatus.APPROVED)
        self.own_note.setVisible(own)
        self.details.setText("" if request is None else request_details(
            request, self.model.label(request), with_service=True))
        self.details.setVisible(request is not None)

    # --- decisions -----------------------------------------------------------------------------

    def approve_selected(self) -> DecisionDialog | None:
        return self._open(Decision.APPROVE)

    def reject_selected(self) -> DecisionDialog | None:
        return self._open(Decision.REJECT)

    def retire_selected(self) -> DecisionDialog | None:
        return self._open(Decision.RETIRE)

    def _open(self, decision: Decision) -> DecisionDialog | None:
        request = self.selected_request()
        if request is None or self.dialog is not None:
            return self.dialog
        show_text(self.done_note, "")
        self.clear_error()
        field = self.model.field(request)
        dialog = DecisionDialog(self._vault, self._session, request, self.model.label(request),
                                decision, sensitive=field is not None and field.sensitive,
                                parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound methods, not lambdas holding the dialog (see approvals_view.py).
        dialog.accepted.connect(self._decided)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _decided(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        request, label = dialog.request, self.model.label(dialog.request)
        sentence = {
            Decision.APPROVE: self.tr("Approved: {service} now collects {field}. Its consent "
                                      "notice was published again."),
            Decision.REJECT: self.tr("Rejected collecting {field} for {service}."),
            Decision.RETIRE: self.tr("{service} no longer collects {field}. Its consent notice "
                                     "was published again."),
        }[dialog.decision].format(service=request.service_name, field=label)
        self.reload()
        show_text(self.done_note, sentence)

    def _dialog_finished(self) -> None:
        self.dialog = None
        self.reload()  # decided elsewhere meanwhile, or refused: show the list as it is now
