"""Retention in the customer record: per service, how long the data is kept and from which
event, the start and due dates, and for managers "End relationship…" per service and "Place
legal hold…" / "Release hold…".

What is shown is the retention service's answer (core.retention's rule); the buttons appear
only for staff whose role may use them, and the service checks again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.consent import RetentionStart
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.field_validators import parse_date
from clientsafe.core.retention import START_LABELS, RetentionState, RetentionStatus
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import retention
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.date_entry import DateEntry
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import (
    Tone,
    error_line,
    heading,
    hint,
    notice_box,
    paragraph,
    set_tone,
    show_text,
)
from clientsafe.ui.paged_table_model import local_time

# Submitting a dialog: None when done, otherwise the sentence to show in it.
Submit = Callable[[str], str | None]


class _AskDialog(QDialog):
    """One question with one answer; accepted only when `submit` takes the answer."""

    def __init__(self, title: str, intro: str, label: str, field: QWidget, ok: str,
                 submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.field = field
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.error = error_line(self)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro_label = paragraph(intro, self)
        intro_label.setTextFormat(Qt.TextFormat.PlainText)  # may name a service: never markup
        layout.addWidget(intro_label)
        layout.addWidget(QLabel(label, self))
        layout.addWidget(field)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.field.text()  # type: ignore[attr-defined]

    def accept(self) -> None:
        problem = self._submit(self.text())
        if problem:
            show_text(self.error, problem)
            return
        super().accept()


class RetentionPanel(QWidget):
    """`changed()` after a relationship end or a hold was recorded."""

    changed = Signal()

    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.customer_id = customer_id
        self.status: RetentionStatus | None = None
        self.dialog: _AskDialog | None = None
        self.end_buttons: dict[int, QPushButton] = {}
        self._can_manage = session.can(Permission.RETENTION_MANAGE)
        self.summary = notice_box(Tone.INFO, "", self)
        self.summary.setObjectName("retentionSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.error = error_line(self)
        self.error.setObjectName("retentionError")
        self.grid_box = QWidget(self)
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        self.hold_button = QPushButton(self)
        self.hold_button.setObjectName("holdButton")
        self.hold_button.clicked.connect(self.toggle_hold)
        self.hold_button.setVisible(self._can_manage)
        self.note = hint(self.tr(
            "Data is destroyed once every service's period has ended (the latest date counts). "
            "A legal hold keeps everything until it is released."), self)
        hold_row = QHBoxLayout()
        hold_row.addWidget(self.hold_button)
        hold_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("How long this customer's data is kept"), self,
                                 size=1.1))
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.grid_box)
        layout.addLayout(hold_row)
        layout.addWidget(self.note)
        layout.addStretch(1)

    # --- showing ---------------------------------------------------------------------------

    def load(self) -> None:
        show_text(self.error, "")
        try:
            self.status = retention.status(self._vault, self._session, self.customer_id)
        except ClientSafeError as exc:
            self.status = None
            show_text(self.error, error_text(exc))
            self.summary.hide()
            self.grid_box.hide()
            self.hold_button.hide()
            return
        self._show(self.status)

    def _show(self, status: RetentionStatus) -> None:
        today = self._vault.clock().date()
        state = status.state(today)
        due = status.due_on.isoformat() if status.due_on else ""
        if state is RetentionState.HELD and status.hold is not None:
            text = self.tr("On legal hold since {when}, placed by {who}: {why}").format(
                when=local_time(status.hold.placed_at), who=status.hold.placed_by,
                why=status.hold.reason)
            tone = Tone.WARNING
        elif state is RetentionState.DUE:
            text, tone = self.tr("Due for destruction since {day}.").format(day=due), Tone.ERROR
        elif state is RetentionState.KEPT:
            text, tone = self.tr("Kept until {day}.").format(day=due), Tone.INFO
        else:
            text = self.tr("Kept while the relationship lasts: no end date yet.")
            tone = Tone.INFO
        set_tone(self.summary, tone)
        show_text(self.summary, text)
        self.summary.show()
        self._fill_grid(status, today)
        self.grid_box.show()
        self.hold_button.setVisible(self._can_manage)
        self.hold_button.setText(self.tr("Release hold…") if status.held
                                 else self.tr("Place legal hold…"))

    def _fill_grid(self, status: RetentionStatus, today: date) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.end_buttons = {}
        titles = (self.tr("Service"), self.tr("Kept for"), self.tr("Counted from"),
                  self.tr("Start"), self.tr("Due on"))
        for column, title in enumerate(titles):
            label = QLabel(f"<b>{title}</b>", self.grid_box)
            self.grid.addWidget(label, 0, column)
        for row, period in enumerate(status.periods, start=1):
            cells = (
                period.service_name or self.tr("No service (the business's default)"),
                self.tr("{n} months").format(n=period.months),
                translated("retention", START_LABELS[period.start]),
                period.start_on.isoformat() if period.start_on else self.tr("not yet"),
                period.due_on.isoformat() if period.due_on else self.tr("no date yet"),
            )
            for column, text in enumerate(cells):
                label = QLabel(text, self.grid_box)
                label.setTextFormat(Qt.TextFormat.PlainText)
                self.grid.addWidget(label, row, column)
            if (self._can_manage and period.service_id is not None
                    and period.start is RetentionStart.END_OF_RELATIONSHIP):
                button = QPushButton(self.tr("Change end…") if period.start_on
                                     else self.tr("End relationship…"), self.grid_box)
                button.setObjectName(f"endRelationship{period.service_id}")
                button.clicked.connect(
                    lambda _=False, sid=period.service_id, name=period.service_name:
                    self.end_relationship(sid, name))
                self.grid.addWidget(button, row, len(cells))
                button.show()  # now, not on the layout's next event-loop turn
                self.end_buttons[period.service_id] = button
        self.grid.setColumnStretch(len(titles) + 1, 1)

    # --- changing ----------------------------------------------------------------------------

    def _open(self, dialog: _AskDialog) -> _AskDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self) -> None:
        self.dialog = None

    def _done(self) -> None:
        self.load()
        self.changed.emit()

    def end_relationship(self, service_id: int, service_name: str) -> _AskDialog:
        today = self._vault.clock().date()
        entry = DateEntry(self)
        entry.setText(today.isoformat())
        entry.set_maximum(today)

        def submit(text: str) -> str | None:
            day = parse_date(text)
            if day is None:
                return self.tr("Type the day as YYYY-MM-DD, or pick it in the calendar.")
            try:
                retention.end_relationship(self._vault, self._session, self.customer_id,
                                           service_id, on=day)
            except ClientSafeError as exc:
                return error_text(exc)
            self._done()
            return None

        return self._open(_AskDialog(
            self.tr("End relationship"),
            self.tr("When did the customer stop using {service}? The service's retention "
                    "period runs from that day.").format(service=service_name),
            self.tr("Last day of the relationship:"), entry, self.tr("Record end"), submit,
            self))

    def toggle_hold(self) -> _AskDialog | bool:
        if self.status is not None and self.status.held:
            return self.release_hold()
        reason = QLineEdit(self)
        reason.setObjectName("holdReason")
        reason.setMaxLength(retention.MAX_REASON)

        def submit(text: str) -> str | None:
            if not text.strip():
                return self.tr("Type why the data must be kept.")
            try:
                retention.place_hold(self._vault, self._session, self.customer_id, reason=text)
            except ClientSafeError as exc:
                return error_text(exc)
            self._done()
            return None

        return self._open(_AskDialog(
            self.tr("Place legal hold"),
            self.tr("While the hold lasts, this customer's data is not destroyed, even when "
                    "their retention ends or they ask for deletion. Managers see the reason; "
                    "the audit trail records only that a hold was placed."),
            self.tr("Why must the data be kept (claim, case, authority)?"), reason,
            self.tr("Place hold"), submit, self))

    def release_hold(self) -> bool:
        if not prompts.confirm(
                self, self.tr("Release legal hold"),
                self.tr("Release the legal hold? The customer's retention applies again, so "
                        "their data may become due for destruction at once."),
                yes=self.tr("Release hold"), no=self.tr("Keep the hold")):
            return False
        try:
            retention.release_hold(self._vault, self._session, self.customer_id)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return False
        self._done()
        return True
