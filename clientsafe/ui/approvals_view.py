"""The managers' Approvals inbox: reveal requests waiting for a decision.

Each row says who asks, for which customer and fields, why, for how long and since when. Approve
grants at once; Deny asks for a reason, which the requester sees. A decided request leaves the
list. Listing is audited by the service, so the list is loaded when the area is shown and on
Refresh, never on a timer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.entities import RevealRequestInfo
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.session import Session
from clientsafe.services import reveals
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, error_line, hint, notice_box, paragraph, show_text
from clientsafe.ui.paged_table_model import ALIGN_RIGHT, local_time
from clientsafe.ui.reveal_request_dialog import field_labels, reason_label
from clientsafe.ui.table_page import TablePage, set_column_widths

# The reason, the longest text, comes last so it gets the stretch.
_WIDTHS = (18, 18, 24, 8, 10, 34)
_TITLES = (
    QT_TRANSLATE_NOOP("ApprovalsModel", "Requested by"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Customer"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Fields"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Minutes"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Waiting"),
    QT_TRANSLATE_NOOP("ApprovalsModel", "Reason"),
)

AnyIndex = QModelIndex | QPersistentModelIndex


class ApprovalsModel(QAbstractTableModel):
    REQUESTER, CUSTOMER, FIELDS, MINUTES, WAITING, REASON = range(6)

    def __init__(self, vault: Vault, parent: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.requests: list[RevealRequestInfo] = []

    def set_requests(self, requests: list[RevealRequestInfo]) -> None:
        self.beginResetModel()
        self.requests = list(requests)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.requests)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_TITLES)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.requests):
            return None
        request = self.requests[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(request, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON:
            return self._text(request, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.WAITING:
            return local_time(request.created_at)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MINUTES:
            return ALIGN_RIGHT
        return None

    def _text(self, request: RevealRequestInfo, column: int) -> str:
        if column == self.REQUESTER:
            return request.requester_name
        if column == self.CUSTOMER:
            return request.customer_name
        if column == self.FIELDS:
            return field_labels(request.fields)
        if column == self.REASON:
            reason = reason_label(request.reason_code)
            return f"{reason} — {request.reason_text}" if request.reason_text else reason
        if column == self.MINUTES:
            return str(request.minutes)
        return self.age(request.created_at)

    def age(self, since: datetime) -> str:
        minutes = max(0, int((self._vault.clock() - since).total_seconds() // 60))
        if minutes < 1:
            return self.tr("just now")
        if minutes < 60:
            return self.tr("{n} min").format(n=minutes)
        if minutes < 24 * 60:
            return self.tr("{n} h").format(n=minutes // 60)
        return self.tr("{n} d").format(n=minutes // (24 * 60))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_TITLES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(_TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.MINUTES:
            return ALIGN_RIGHT
        return None


class DenyReasonDialog(QDialog):
    """Asks for the reason of a denial; accepted only with one."""

    def __init__(self, request: RevealRequestInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deny request"))
        self.setMinimumWidth(440)
        self.intro = paragraph(
            self.tr("Why is {who}'s request for {fields} denied? They will see this reason.")
            .format(who=request.requester_name, fields=field_labels(request.fields)),
            self,
        )
        self.reason = QLineEdit(self)
        self.reason.setObjectName("denyReason")
        self.reason.setMaxLength(500)
        self.error = error_line(self)
        self.buttons = QDialogButtonBox(self)
        self.deny_button = self.buttons.addButton(
            self.tr("Deny"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.deny_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def reason_text(self) -> str:
        return self.reason.text().strip()

    def accept(self) -> None:
        if not self.reason_text:
            show_text(self.error, self.tr("Type the reason for the denial."))
            self.reason.setFocus()
            return
        super().accept()


class ApprovalsView(TablePage):
    # How many requests are waiting, after each load (for a badge in the navigation).
    pending_count_changed = Signal(int)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.deny_dialog: DenyReasonDialog | None = None
        self._deny_request: RevealRequestInfo | None = None
        self.model = ApprovalsModel(vault, self)
        self.table.setModel(self.model)
        set_column_widths(self.table, _WIDTHS)

        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setObjectName("approveRequest")
        self.approve_button.clicked.connect(self.approve_selected)
        self.deny_button = QPushButton(self.tr("Deny…"), self)
        self.deny_button.setObjectName("denyRequest")
        self.deny_button.clicked.connect(self.deny_selected)
        top = self.layout().itemAt(0).layout()
        assert isinstance(top, QHBoxLayout)
        at = top.indexOf(self.refresh_button)
        top.insertWidget(at, self.deny_button)
        top.insertWidget(at, self.approve_button)
        self.done_note = notice_box(Tone.SUCCESS, "", self)
        self.done_note.setObjectName("decisionNote")
        self.own_note = hint(
            self.tr(
                "This is your own request: another manager decides it, or you approve it for "
                "yourself from the customer's record (Approve here…)."
            ),
            self,
        )
        self.own_note.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.done_note)
        layout.addWidget(self.own_note)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._shown_before = False
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back to the area shows the inbox as it is now (loaded once when created).
        super().showEvent(event)
        if self._shown_before and not event.spontaneous():
            self.reload()
        self._shown_before = True

    def reload(self) -> None:
        self.clear_error()
        try:
            requests = reveals.pending_requests(self._vault, self._session)
        except ClientSafeError as exc:
            requests = []
            self.show_error(error_text(exc))
        self.model.set_requests(requests)
        count = len(requests)
        self.summary.setText(
            self.tr("1 request waiting") if count == 1
            else self.tr("{n} requests waiting").format(n=count)
        )
        self.show_rows(count > 0, self.tr("No requests are waiting for approval."))
        if count:
            self.table.selectRow(0)
        self.pending_count_changed.emit(count)

    def selected_request(self) -> RevealRequestInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.requests):
            return None
        return self.model.requests[rows[0].row()]

    def _selection_changed(self) -> None:
        # The service refuses deciding one's own request; the buttons only reflect that.
        request = self.selected_request()
        own = request is not None and request.requester_id == self._session.staff_id
        self.approve_button.setEnabled(request is not None and not own)
        self.deny_button.setEnabled(request is not None and not own)
        self.own_note.setVisible(own)

    def approve_selected(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        if self._decide(request, approve=True):
            show_text(self.done_note, self.tr("Approved {who}'s request for {fields}.").format(
                who=request.requester_name, fields=field_labels(request.fields)))

    def deny_selected(self) -> DenyReasonDialog | None:
        request = self.selected_request()
        if request is None or self.deny_dialog is not None:
            return self.deny_dialog
        dialog = DenyReasonDialog(request, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound methods, not lambdas that hold the dialog: with such a lambda, deleting the
        # dialog (WA_DeleteOnClose) crashed PySide6 6.12 in this view's tests.
        dialog.accepted.connect(self._deny_accepted)
        dialog.finished.connect(self._deny_finished)
        self.deny_dialog = dialog
        self._deny_request = request
        dialog.open()
        return dialog

    def _deny_accepted(self) -> None:
        dialog, request = self.deny_dialog, self._deny_request
        if dialog is None or request is None:
            return
        if self._decide(request, approve=False, reason=dialog.reason_text):
            show_text(self.done_note, self.tr("Denied {who}'s request for {fields}.").format(
                who=request.requester_name, fields=field_labels(request.fields)))

    def _deny_finished(self) -> None:
        self.deny_dialog = None
        self._deny_request = None

    def _decide(self, request: RevealRequestInfo, *, approve: bool, reason: str = "") -> bool:
        self.done_note.hide()
        try:
            reveals.decide(self._vault, self._session, request_id=request.id, approve=approve,
                           reason=reason)
        except ClientSafeError as exc:
            self.reload()  # decided elsewhere meanwhile: the list shows what is left
            self.show_error(error_text(exc))
            return False
        self.reload()
        return True
