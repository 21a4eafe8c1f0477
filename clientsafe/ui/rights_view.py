"""The "Rights requests" area (front desk and managers): every request under customers' rights,
the nearest deadline first, with a countdown that turns red when overdue; identity checks,
progress and answers; the customer's record and, for access and copy requests, the access report.

"Someone not in the vault…" registers a request from a person the vault holds nothing about
(their name and where to send the answer stand in for a customer record).

Front desk sees only their own customers' requests (the service scopes the list). Listing is
audited, so the list loads when the area is shown, on Refresh and after each action, never on a
timer; the countdown is worked out from the clock whenever the table repaints.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import AccountLocked, ClientSafeError
from clientsafe.core.rights import (
    KIND_LABELS,
    STATUS_LABELS,
    VERIFICATION_LABELS,
    RightsKind,
    RightsStatus,
)
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import destruction, rights_requests
from clientsafe.services.rights_requests import RightsRequestRow
from clientsafe.services.vault_access import Vault
from clientsafe.ui.access_report_dialog import AccessReportDialog
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import Tone, hint, notice_box, paragraph, show_text
from clientsafe.ui.paged_table_model import local_time
from clientsafe.ui.rights_answer_dialog import AnswerDialog, VerifyIdentityDialog
from clientsafe.ui.rights_request_dialog import RightsRequestDialog, kind_guidance
from clientsafe.ui.rights_table_model import WIDTHS, RightsTableModel
from clientsafe.ui.table_page import TablePage, set_column_widths

_REPORT_KINDS = (RightsKind.ACCESS, RightsKind.COPY)
def answer_text(response: str) -> str:
    """A request's answer as shown: the services' fixed wording translated, staff's as typed."""
    if response == rights_requests.DELETION_QUEUED:
        return translated("rights", response)
    for template in destruction.FIXED_ANSWERS:
        before, _, after = template.partition("{number}")
        if response.startswith(before) and response.endswith(after):
            number = response[len(before):len(response) - len(after)]
            return translated("rights", template).format(number=number)
    return response


class RightsView(TablePage):
    # A customer record that could not be opened locked the account (bulk viewing guard).
    account_locked = Signal(str)
    # How many open requests are overdue, after each load (for a badge in the navigation).
    overdue_count_changed = Signal(int)
    # An access report is made in the background (the vault's connection is in use).
    busy_changed = Signal(bool)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.dialog: QDialog | None = None
        self.model = RightsTableModel(vault.clock, self)
        self.table.setModel(self.model)
        set_column_widths(self.table, WIDTHS)

        self.filter = QComboBox(self)
        self.filter.setObjectName("rightsFilter")
        self.filter.addItem(self.tr("Open requests"), True)
        self.filter.addItem(self.tr("All requests"), False)
        self.filter.currentIndexChanged.connect(self.reload)
        top = self.layout().itemAt(0).layout()
        assert isinstance(top, QHBoxLayout)
        top.insertWidget(top.indexOf(self.refresh_button), self.filter)
        self.outside_button = self._button(
            "registerOutside", self.tr("Someone not in the vault…"), self.register_outside)
        self.outside_button.setToolTip(self.tr(
            "Register a request from a person the vault holds nothing about, such as \"do you "
            "hold anything about me?\" from someone who is not a customer"))
        top.insertWidget(top.indexOf(self.filter), self.outside_button)

        self.verify_button = self._button("verifyIdentity", self.tr("Verify identity…"),
                                          self.verify_selected)
        self.progress_button = self._button("markInProgress", self.tr("Mark in progress"),
                                            self.mark_in_progress)
        self.answer_button = self._button("answerRequest", self.tr("Answer…"),
                                          self.answer_selected)
        self.open_button = self._button("openCustomer", self.tr("Open customer"),
                                        self.open_customer)
        self.open_button.setVisible(session.can(Permission.CUSTOMER_OPEN))
        self.report_button = self._button("accessReport", self.tr("Access report…"),
                                          self.access_report)
        self.report_button.setVisible(session.can(Permission.ACCESS_REPORT))
        actions = QHBoxLayout()
        for button in (self.verify_button, self.progress_button, self.answer_button,
                       self.open_button, self.report_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.done_note = notice_box(Tone.SUCCESS, "", self)
        self.done_note.setObjectName("rightsNote")
        self.details = paragraph("", self)
        self.details.setObjectName("requestDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # staff's notes: never markup
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance = hint("", self)
        self.guidance.setObjectName("requestGuidance")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.done_note)
        layout.addLayout(actions)
        layout.addWidget(self.details)
        layout.addWidget(self.guidance)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        # Double-click or Enter opens the request's customer, as a row does in the customer list.
        self.table.doubleClicked.connect(lambda _index: self.open_customer())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_customer)
        self._shown_before = False
        self.reload()

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back to the area shows the register as it is now (loaded once when created).
        super().showEvent(event)
        if self._shown_before and not event.spontaneous():
            self.reload()
        self._shown_before = True

    # --- loading -------------------------------------------------------------------------
    @property
    def open_only(self) -> bool:
        return bool(self.filter.currentData())

    def reload(self) -> None:
        self.load(keep=self._selected_id())

    def load(self, *, keep: int | None = None) -> None:
        """List the requests again, selecting request `keep` if it is still listed."""
        self.clear_error()
        chosen = keep
        try:
            rows = rights_requests.list_requests(self._vault, self._session,
                                                 open_only=self.open_only)
        except ClientSafeError as exc:
            rows = []
            self.show_error(error_text(exc))
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if (d := self.model.days_left(r)) is not None and d < 0)
        self._show_summary(len(rows), overdue)
        self.show_rows(bool(rows), self.tr("No open rights requests.") if self.open_only
                       else self.tr("No rights requests have been registered."))
        ids = [r.request.id for r in rows]
        if rows:
            self.table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self.overdue_count_changed.emit(overdue)

    def _show_summary(self, count: int, overdue: int) -> None:
        # Two sentences instead of "%n": English has no .qm file to pick plural forms.
        if self.open_only:
            text = (self.tr("1 open request") if count == 1
                    else self.tr("{n} open requests").format(n=count))
        else:
            text = (self.tr("1 request") if count == 1
                    else self.tr("{n} requests").format(n=count))
        if overdue:
            text = self.tr("{requests}, {n} overdue").format(requests=text, n=overdue)
        self.summary.setText(text)

    def _selected_id(self) -> int | None:
        row = self.selected_row()
        return row.request.id if row is not None else None

    def selected_row(self) -> RightsRequestRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        # The service decides; the buttons only reflect what it would allow.
        row = self.selected_row()
        request = row.request if row is not None else None
        active = request is not None and not request.is_closed
        held = row is not None and row.customer_exists
        workable = held or (request is not None and request.from_outside)
        self.verify_button.setEnabled(active and workable and request.verified_at is None)
        self.progress_button.setEnabled(active and workable
                                        and request.status is RightsStatus.OPEN)
        self.answer_button.setEnabled(active)
        self.open_button.setEnabled(held)
        self.report_button.setEnabled(held and request is not None
                                      and request.kind in _REPORT_KINDS)
        self._show_details(row)

    def _show_details(self, row: RightsRequestRow | None) -> None:
        if row is None:
            self.details.hide()
            self.guidance.hide()
            return
        request = row.request
        lines = [self.tr("Request #{id}: {kind}, {status}. Registered by {who}.").format(
            id=request.id, kind=translated("rights", KIND_LABELS[request.kind]),
            status=translated("rights", STATUS_LABELS[request.status]),
            who=request.registered_by)]
        if request.from_outside and not row.customer_name:
            lines.append(self.tr("From someone who is not a customer; their name was erased "
                                 "once the request had been kept for the retention period."))
        elif request.from_outside:
            lines.append(self.tr("From {name}, who is not a customer.").format(
                name=row.customer_name))
            lines.append(self.tr("Send the answer to: {contact}").format(
                contact=request.requester_contact) if request.requester_contact else self.tr(
                "Their contact details were erased once the request was answered."))
        if request.details:
            lines.append(self.tr("Note: {note}").format(note=request.details))
        if request.verified_how is not None and request.verified_at is not None:
            lines.append(self.tr("Identity: {how}, by {who} on {when}.").format(
                how=translated("rights", VERIFICATION_LABELS[request.verified_how]),
                who=request.verified_by, when=local_time(request.verified_at)))
        if request.response:
            lines.append(self.tr("Answer: {text}").format(text=answer_text(request.response)))
        self.details.setText("\n".join(lines))
        self.details.show()
        show_text(self.guidance, "" if request.is_closed else kind_guidance(
            request.kind, from_outside=request.from_outside))

    # --- acting --------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound methods, not lambdas holding the dialog (see approvals_view).
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        self.done_note.hide()
        dialog.open()
        return dialog

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if result != QDialog.DialogCode.Accepted or dialog is None:
            return
        row: RightsRequestRow | None = getattr(dialog, "row", None)
        if isinstance(dialog, RightsRequestDialog) and dialog.request_id is not None:
            self.load(keep=dialog.request_id)
            show_text(self.done_note, self.tr("Request #{id} registered.").format(
                id=dialog.request_id))
            return
        self.load(keep=row.request.id if row is not None else self._selected_id())
        if isinstance(dialog, VerifyIdentityDialog):
            show_text(self.done_note, self.tr("Identity verified for request #{id}.").format(
                id=dialog.row.request.id))
        elif isinstance(dialog, AnswerDialog):
            show_text(self.done_note, self.tr("Request #{id} answered: {status}.").format(
                id=dialog.row.request.id,
                status=translated("rights", STATUS_LABELS[dialog.status()])))

    def register_outside(self) -> QDialog | None:
        if self.dialog is not None:
            return self.dialog
        return self._open(RightsRequestDialog(self._vault, self._session, None, self))

    def verify_selected(self) -> QDialog | None:
        row = self.selected_row()
        if row is None or self.dialog is not None:
            return self.dialog
        return self._open(VerifyIdentityDialog(self._vault, self._session, row, self))

    def answer_selected(self) -> QDialog | None:
        row = self.selected_row()
        if row is None or self.dialog is not None:
            return self.dialog
        return self._open(AnswerDialog(self._vault, self._session, row, self))

    def mark_in_progress(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.done_note.hide()
        try:
            rights_requests.set_in_progress(self._vault, self._session, row.request.id)
        except ClientSafeError as exc:
            self.load(keep=row.request.id)
            self.show_error(error_text(exc))
            return
        self.load(keep=row.request.id)
        show_text(self.done_note, self.tr("Request #{id} is in progress.").format(
            id=row.request.id))

    def open_customer(self) -> QDialog | None:
        row = self.selected_row()
        if row is None or self.dialog is not None or not row.customer_exists:
            return self.dialog
        # Imported here: the record dialog holds the customer's tabs, one of them this area's.
        from clientsafe.ui.customer_record_dialog import CustomerRecordDialog

        dialog = CustomerRecordDialog(self._vault, self._session, row.request.customer_id, self)
        dialog.busy_changed.connect(self.busy_changed)
        self._open(dialog)
        if isinstance(dialog.failure, AccountLocked):
            self.account_locked.emit(error_text(dialog.failure))
        return dialog

    def access_report(self) -> QDialog | None:
        row = self.selected_row()
        if row is None or self.dialog is not None or row.request.customer_id is None:
            return self.dialog
        dialog = AccessReportDialog(self._vault, self._session, row.request.customer_id,
                                    request_id=row.request.id, parent=self)
        dialog.busy_changed.connect(self.busy_changed)
        return self._open(dialog)
