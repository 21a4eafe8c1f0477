"""One customer's record: a calm form of label and value, sensitive values masked.

Masked values show in monospace beside a small padlock. "Request access…" asks a manager (see
reveal_request_dialog and approval_popup). With a grant, "Show values" reveals the granted fields
for REMASK_SECONDS, each with a Copy button; then they are masked again, and also when the dialog
closes or is rejected (the main window rejects child dialogs on lock and sign-out). Every reveal,
copy and re-mask is recorded by services.reveals. Clear values live only in the value labels and
in `_shown` while on screen; re-masking drops both.

The countdown is `self.countdown` (a 1 s QTimer); tests fire its `timeout` instead of waiting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.entities import RevealGrant, RevealRequestInfo
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.field_access import CLIPBOARD_CLEAR_SECONDS, REMASK_SECONDS
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import customer_records, reveals
from clientsafe.services.customer_records import CustomerRecord, ShownField
from clientsafe.services.vault_access import Vault
from clientsafe.ui import secure_clipboard
from clientsafe.ui.access_history_view import AccessHistoryPanel
from clientsafe.ui.access_report_dialog import AccessReportDialog
from clientsafe.ui.approval_popup import ApprovalPopup, Outcome
from clientsafe.ui.consent_history_view import ConsentHistoryPanel
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.field_row import FieldRow
from clientsafe.ui.message_labels import (
    Tone,
    error_line,
    heading,
    hint,
    notice_box,
    set_tone,
    show_text,
)
from clientsafe.ui.paged_table_model import local_time
from clientsafe.ui.record_panels import RecordPanels
from clientsafe.ui.reveal_request_dialog import RevealRequestDialog, revealable


class CustomerRecordDialog(QDialog):
    """If opening failed, `failure` holds the error and the dialog shows only its sentence."""

    # The access report is made in the background: the vault's connection is in use.
    busy_changed = Signal(bool)

    def __init__(
        self, vault: Vault, session: Session, customer_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.customer_id = customer_id
        self.record: CustomerRecord | None = None
        self.failure: ClientSafeError | None = None
        self.grant: RevealGrant | None = None
        self.waiting_request: int | None = None
        self._waiting_info: RevealRequestInfo | None = None
        self.request_dialog: RevealRequestDialog | None = None
        self.approval_popup: ApprovalPopup | None = None
        self._shown: dict[str, str] = {}  # granted field → clear value, only while on screen
        self._rows: dict[str, FieldRow] = {}
        self._seconds_left = 0
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.setWindowTitle(self.tr("Customer record"))
        self.setMinimumWidth(540)

        self.title = heading(self.tr("Customer record"), self, size=1.35)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the customer's name: never markup
        self.subtitle = hint(parent=self)
        self.status = notice_box(Tone.INFO, "", self)
        self.status.setObjectName("recordStatus")
        self.error = error_line(self)
        self.error.setObjectName("recordError")
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(10)

        self.request_button = self._button(self.tr("Request access…"), self.request_access)
        self.request_button.setToolTip(
            self.tr("Ask a manager to let you see the masked fields for a few minutes")
        )
        self.show_button = self._button(self.tr("Show values"), self.show_values)
        self.hide_button = self._button(self.tr("Hide now"), self._hide_clicked)
        self.check_button = self._button(self.tr("Check again"), self.check_requests)
        self.approve_here_button = self._button(self.tr("Approve here…"), self.approve_here)
        self.approve_here_button.setToolTip(
            self.tr("A manager nearby can approve the waiting request on this screen")
        )
        self.close_button = self._button(self.tr("Close"), self.reject)
        self.report_button = self._button(self.tr("Access report…"), self.access_report)
        self.report_button.setToolTip(
            self.tr("Everything held about this customer, as PDF or JSON, for a request"))
        self.report_button.setVisible(session.can(Permission.ACCESS_REPORT))
        self.report_dialog: AccessReportDialog | None = None
        buttons = QHBoxLayout()
        for button in (self.request_button, self.show_button, self.hide_button, self.check_button,
                       self.approve_here_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        # The customer's consents on a second tab; managers also see who accessed this
        # customer, on a third tab read when first shown.
        record_page = QWidget(self)
        record_page.setLayout(self.form)
        self.consent = ConsentHistoryPanel(vault, session, customer_id, self)
        self.consent.attention_changed.connect(self._consent_attention)
        self.tabs: QTabWidget | None = QTabWidget(self)
        self.tabs.addTab(record_page, self.tr("Record"))
        self.tabs.addTab(self.consent, self.tr("Consent"))
        self.history: AccessHistoryPanel | None = None
        if session.can(Permission.CUSTOMER_HISTORY):
            self.history = AccessHistoryPanel(vault, session, customer_id, self)
            self.tabs.addTab(self.history, self.tr("Access history"))
        # The lifecycle tabs, for the roles that may use them; each reads when first shown.
        self.panels = RecordPanels(vault, session, customer_id, self.tabs)
        self.panels.fields_changed.connect(self._reload)
        layout.addWidget(self.tabs, 10)
        layout.addSpacing(4)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._load()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- loading -------------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            self.record = customer_records.open_record(self._vault, self._session,
                                                       self.customer_id)
        except ClientSafeError as exc:
            self.failure = exc
            self.subtitle.hide()
            if self.tabs is not None:
                self.tabs.hide()
            show_text(self.error, error_text(exc))
            self._update_buttons()
            return
        record = self.record
        name = next((f.text for f in record.fields if f.key == "full_name" and not f.masked), "")
        if name:
            self.title.setText(name)
            self.setWindowTitle(self.tr("{name} — customer record").format(name=name))
        self.subtitle.setText(
            self.tr("Assigned to {staff} · added {date}").format(
                staff=record.assigned_staff_name or self.tr("nobody"),
                date=local_time(record.created_at),
            )
        )
        for shown in record.fields:
            self._add_row(shown)
        self.panels.set_customer_name(name)
        self.check_requests()
        self.consent.load()

    def _reload(self) -> None:
        """A detail was corrected: read the record again (masked again, one more audited view)."""
        self.hide_values("closed")
        while self.form.rowCount():
            self.form.removeRow(0)
        self._rows.clear()
        self._load()

    def access_report(self) -> AccessReportDialog:
        if self.report_dialog is None:
            self.report_dialog = AccessReportDialog(self._vault, self._session, self.customer_id,
                                                    parent=self)
            self.report_dialog.finished.connect(self._report_closed)
            self.report_dialog.busy_changed.connect(self.busy_changed)
            self.report_dialog.open()
        return self.report_dialog

    def _report_closed(self) -> None:
        self.report_dialog = None

    def _consent_attention(self, needed: bool) -> None:
        """Mark the Consent tab when consent must be asked at this visit."""
        if self.tabs is not None:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tabs.setTabIcon(self.tabs.indexOf(self.consent), icon if needed else QIcon())

    def _add_row(self, shown: ShownField) -> None:
        row = FieldRow(shown, self)
        row.copy_requested.connect(self.copy_value)
        label = self.tr("{label}:").format(label=translated("fields", shown.label))
        self.form.addRow(label, row)
        self._rows[shown.key] = row

    def value_text(self, key: str) -> str:
        """What the form shows for a field right now (for tests and screenshots)."""
        return self._rows[key].text

    def copy_button(self, key: str) -> QPushButton:
        return self._rows[key].copy

    @property
    def is_revealed(self) -> bool:
        return bool(self._shown)

    # --- requests and grants -------------------------------------------------------------------

    def _grant_is_live(self, grant: RevealGrant | None) -> bool:
        return grant is not None and self._vault.clock() < grant.expires_at

    def check_requests(self) -> None:
        """Look up this user's latest request for this customer: waiting, approved or denied."""
        if self.record is None:
            return
        self.error.hide()
        try:
            mine = [r for r in reveals.my_requests(self._vault, self._session)
                    if r.customer_id == self.customer_id]
            latest = mine[0] if mine else None
            grant = None
            if latest is not None and latest.status == "approved":
                grant = reveals.grant_for_request(self._vault, self._session, latest.id)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        self._waiting_info = latest if latest is not None and latest.status == "pending" else None
        self.waiting_request = self._waiting_info.id if self._waiting_info is not None else None
        self.grant = grant if self._grant_is_live(grant) else None
        if self.waiting_request is not None:
            self._say(Tone.INFO, self.tr(
                "Your request is waiting in the managers' Approvals inbox; check again later."))
        elif self.grant is not None:
            self._say_granted()
        elif latest is not None and latest.status == "denied":
            self._say(Tone.WARNING, self.tr("{manager} denied your last request: {reason}").format(
                manager=latest.decided_by_name, reason=latest.decision_reason))
        elif latest is not None and latest.status == "approved":
            self._say(Tone.INFO, self.tr("Your last access has ended; ask again if you need it."))
        else:
            self._say(Tone.INFO, "")
        self._update_buttons()

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.status, tone)
        show_text(self.status, text)

    def _say_granted(self) -> None:
        assert self.grant is not None
        text = self.tr("A manager approved access until {time}; each look lasts {n} s.").format(
            time=local_time(self.grant.expires_at), n=REMASK_SECONDS)
        if self.grant.flagged:
            text += " " + self.tr("You approved this yourself, so it is flagged for review.")
        self._say(Tone.SUCCESS, text)

    def _update_buttons(self) -> None:
        record = self.record
        can_ask = record is not None and bool(revealable(record))
        live = self.grant is not None
        self.request_button.setVisible(can_ask and not live and self.waiting_request is None)
        self.show_button.setVisible(live and not self.is_revealed)
        self.hide_button.setVisible(self.is_revealed)
        self.check_button.setVisible(self.waiting_request is not None)
        self.approve_here_button.setVisible(self._waiting_info is not None)

    def request_access(self) -> RevealRequestDialog | None:
        if self.record is None or self.request_dialog is not None:
            return self.request_dialog
        dialog = RevealRequestDialog(self._vault, self._session, self.record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Bound methods rather than lambdas holding the dialog (see approvals_view).
        dialog.accepted.connect(self._requested)
        dialog.finished.connect(self._request_closed)
        self.request_dialog = dialog
        dialog.open()
        return dialog

    def _request_closed(self) -> None:
        self.request_dialog = None

    def _requested(self) -> None:
        dialog = self.request_dialog
        if dialog is None or dialog.request_id is None:
            return
        self.waiting_request = dialog.request_id
        self._open_popup(dialog.request_id, dialog.chosen_fields, dialog.reason_code,
                         dialog.reason_text, dialog.minutes.value())

    def approve_here(self) -> ApprovalPopup | None:
        """Open the pop-up again for the request that is waiting (a manager came over)."""
        info = self._waiting_info
        if info is None or self.approval_popup is not None:
            return self.approval_popup
        return self._open_popup(info.id, info.fields, info.reason_code, info.reason_text,
                                info.minutes)

    def _open_popup(self, request_id: int, fields: Sequence[str], reason_code: str,
                    reason_text: str, minutes: int) -> ApprovalPopup:
        popup = ApprovalPopup(self._vault, self._session, request_id=request_id, fields=fields,
                              reason_code=reason_code, reason_text=reason_text, minutes=minutes,
                              parent=self)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.finished.connect(self._decided)
        self.approval_popup = popup
        popup.open()
        return popup

    def _decided(self) -> None:
        popup, self.approval_popup = self.approval_popup, None
        grant = popup.grant if popup is not None and popup.outcome is Outcome.APPROVED else None
        self.check_requests()
        if grant is not None:
            self.grant = grant
            self.show_values()

    # --- revealing -----------------------------------------------------------------------------

    def show_values(self) -> None:
        grant = self.grant
        if grant is None or self.is_revealed:
            return
        keys = [k for k in grant.fields if k in self._rows]
        values: dict[str, str] = {}
        try:
            for key in keys:
                values[key] = reveals.reveal_value(self._vault, self._session, grant_id=grant.id,
                                                   field=key)
        except ClientSafeError as exc:
            values.clear()
            self.grant = None
            self.check_requests()
            show_text(self.error, error_text(exc))
            return
        self.error.hide()
        self._shown = values
        for key, value in values.items():
            self._rows[key].show_revealed(value)
        remaining = (grant.expires_at - self._vault.clock()).total_seconds()
        self._seconds_left = max(1, min(REMASK_SECONDS, math.ceil(remaining)))
        self._show_countdown()
        self.countdown.start()
        self._update_buttons()

    def _hide_clicked(self) -> None:
        self.hide_values("closed")

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.hide_values("timer")
        else:
            self._show_countdown()

    def _show_countdown(self) -> None:
        self._say(Tone.WARNING, self.tr("The values are shown: hidden again in {n} s.").format(
            n=self._seconds_left))

    def copy_value(self, key: str) -> None:
        grant = self.grant
        if grant is None or key not in self._shown:
            return
        try:
            reveals.record_copy(self._vault, self._session, grant_id=grant.id, field=key)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        secure_clipboard.copy_secret(self._shown[key], CLIPBOARD_CLEAR_SECONDS)
        self.error.hide()
        self._rows[key].mark_copied()

    def hide_values(self, reason: str) -> None:
        """Mask the revealed values again and record it ("timer", "closed", "lock", "logout")."""
        self.countdown.stop()
        if not self._shown:
            return
        for key in self._shown:
            self._rows[key].show_masked()
        self._shown = {}
        grant = self.grant
        if grant is not None and not self._grant_is_live(grant):
            self.grant = None
        if self.grant is not None:
            self._say_granted()
        else:
            self.check_requests()
        self._update_buttons()
        if grant is not None:
            try:
                reveals.record_remask(self._vault, self._session, grant_id=grant.id,
                                      reason=reason)
            except ClientSafeError as exc:
                show_text(self.error, error_text(exc))

    # --- closing -------------------------------------------------------------------------------

    def done(self, code: int) -> None:
        for child in (self.approval_popup, self.request_dialog, self.consent.consent_dialog,
                      self.report_dialog):
            if child is not None:
                child.reject()
        self.panels.close_dialogs()
        self.hide_values("closed")
        super().done(code)

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden some other way (its window hidden on lock): the values go too.
        if not event.spontaneous():
            self.hide_values("closed")
        super().hideEvent(event)
