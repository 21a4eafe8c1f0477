"""The audit trail area for the security officer: the whole log in a lazy table, filtered by
user, customer, action, outcome and date range, and a "Verify chain" button.

Applying a filter is one audited read (services.audit_query.count); the rows then arrive a page
at a time as the table shows them. Verification recomputes the whole chain, so it runs in the
background helper; while it runs, `busy_changed(True)` tells the main window to start nothing
else (the vault has one connection) and the table shows only rows it already holds.

`toolbar_layout` is the row of buttons under the filters ("Verify chain"); other features add
their buttons there (e.g. an export of what the filter shows, see `current_filter()`).
"""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QDate, QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import audit_query, audit_verify
from clientsafe.services.audit_verify import AuditVerification
from clientsafe.services.vault_access import Vault
from clientsafe.ui.audit_export_dialog import export_audit_pdf_interactively
from clientsafe.ui.audit_table_model import (
    OUTCOME_WORDS,
    AuditTableModel,
    action_text,
    outcome_text,
)
from clientsafe.ui.background import BackgroundTask, failure_sentence, run_in_background
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, notice_box, set_tone, show_text
from clientsafe.ui.table_page import TablePage, set_column_widths

# Seq, when, user, action, customer #, fields, purpose, outcome, detail (stretches).
_WIDTHS = (10, 19, 12, 32, 11, 26, 10, 9, 20)
_SHORT_HASH = 16


class AuditViewer(TablePage):
    busy_changed = Signal(bool)
    # A verification has ended and its sentence is on screen (for tests and callers).
    verify_finished = Signal()

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.task: BackgroundTask | None = None
        self.last_verification: AuditVerification | None = None
        self.refresh_button.setToolTip(self.tr("Read the audit trail again (F5)"))

        self.model = AuditTableModel(vault, session, self)
        self.model.load_failed.connect(self.show_error)
        self.table.setModel(self.model)
        set_column_widths(self.table, _WIDTHS)
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.setSortIndicatorShown(True)  # newest first; the only order offered
        header.setSectionsClickable(False)

        self.user = QComboBox(self)
        self.customer = QLineEdit(self)
        self.customer.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,12}"), self.customer))
        self.customer.setPlaceholderText(self.tr("any"))
        self.customer.setMaximumWidth(110)
        self.customer.returnPressed.connect(self.apply_filter)
        self.action = QComboBox(self)
        self.action.setMinimumContentsLength(18)
        self.outcome = QComboBox(self)
        self.outcome.addItem(self.tr("All"), None)
        for value in OUTCOME_WORDS:
            self.outcome.addItem(outcome_text(value), value)
        self.since, self.since_any = self._date_with_any()
        self.until, self.until_any = self._date_with_any()
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_filter)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.reset_button.clicked.connect(self.reset_filter)

        first = QHBoxLayout()
        for text, widget in ((self.tr("User:"), self.user),
                             (self.tr("Customer #:"), self.customer),
                             (self.tr("Action:"), self.action),
                             (self.tr("Outcome:"), self.outcome)):
            first.addWidget(QLabel(text, self))
            first.addWidget(widget)
            first.addSpacing(8)
        first.addStretch(1)
        second = QHBoxLayout()
        for text, edit, any_box in ((self.tr("From:"), self.since, self.since_any),
                                    (self.tr("To:"), self.until, self.until_any)):
            second.addWidget(QLabel(text, self))
            second.addWidget(edit)
            second.addWidget(any_box)
            second.addSpacing(8)
        second.addWidget(self.apply_button)
        second.addWidget(self.reset_button)
        second.addStretch(1)

        self.verify_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
            self.tr("Verify chain"), self)
        self.verify_button.setToolTip(self.tr(
            "Recompute the whole hash chain and compare it with the anchor beside the vault"))
        self.verify_button.clicked.connect(self.verify_chain)
        self.export_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            self.tr("Export PDF…"), self)
        self.export_button.setToolTip(self.tr(
            "Save the entries the filters select as a PDF, with the verification result"))
        self.export_button.setVisible(session.can(Permission.AUDIT_EXPORT))
        self.export_button.clicked.connect(self.export_pdf)
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.addWidget(self.verify_button)
        self.toolbar_layout.addWidget(self.export_button)
        self.toolbar_layout.addStretch(1)

        self.notice = notice_box(Tone.INFO, "", self)
        self.notice.setObjectName("verifyNotice")
        self.notice.setWordWrap(True)

        layout = self.layout()
        layout.insertLayout(1, first)
        layout.insertLayout(2, second)
        layout.insertLayout(3, self.toolbar_layout)
        layout.insertWidget(4, self.notice)

        self._load_choices()
        self.reload()

    def _date_with_any(self) -> tuple[QDateEdit, QCheckBox]:
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        any_box = QCheckBox(self.tr("any"), self)
        any_box.setChecked(True)
        any_box.toggled.connect(lambda checked: edit.setEnabled(not checked))
        return edit, any_box

    def _load_choices(self) -> None:
        self.user.clear()
        self.user.addItem(self.tr("Everyone"), None)
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        try:
            for staff_id, username in audit_query.staff_choices(self._vault, self._session):
                self.user.addItem(username, staff_id)
            actions = audit_query.action_choices(self._vault, self._session)
            # Shown as labels in the reader's alphabetical order; filtered by, and hinted
            # with, the stored id.
            collator = QCollator(QLocale())
            labelled = sorted(((action_text(a), a) for a in actions),
                              key=cmp_to_key(lambda x, y: collator.compare(x[0], y[0])))
            for label, action in labelled:
                self.action.addItem(label, action)
                self.action.setItemData(self.action.count() - 1, action,
                                        Qt.ItemDataRole.ToolTipRole)
        except ClientSafeError as exc:
            self.show_error(error_text(exc))

    # --- filtering -----------------------------------------------------------------------------

    def export_pdf(self) -> None:
        export_audit_pdf_interactively(self, self._vault, self._session, self.current_filter())

    def current_filter(self) -> AuditFilter:
        """The filter as the controls show it now (applied or not)."""
        customer = self.customer.text().strip()
        return AuditFilter(
            actor_id=self.user.currentData(),
            customer_id=int(customer) if customer else None,
            action=self.action.currentData(),
            outcome=self.outcome.currentData(),
            since=None if self.since_any.isChecked() else self.since.date().toPython(),
            until=None if self.until_any.isChecked() else self.until.date().toPython(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self.reload()

    def reset_filter(self) -> None:
        for combo in (self.user, self.action, self.outcome):
            combo.setCurrentIndex(0)
        self.customer.clear()
        for any_box in (self.since_any, self.until_any):
            any_box.setChecked(True)
        self.apply_filter()

    def reload(self) -> None:
        if self.busy:
            return
        self.clear_error()
        try:
            self.model.refresh()
        except ClientSafeError as exc:
            self.show_error(error_text(exc))
        total = self.model.total
        number = QLocale().toString(total)
        if total > audit_query.COUNT_CAP and audit_query.is_combined(self.model.filter):
            self.summary.setText(self.tr(
                "More than {n} entries match the filter; the newest are shown.").format(
                    n=QLocale().toString(audit_query.COUNT_CAP)))
        elif self.model.filter.is_empty:
            self.summary.setText(self.tr("1 audit entry") if total == 1
                                 else self.tr("{n} audit entries").format(n=number))
        else:
            self.summary.setText(self.tr("1 entry matches the filter") if total == 1
                                 else self.tr("{n} entries match the filter").format(n=number))
        self.show_rows(total > 0, self.tr("No audit entries match the filter."))
        self.table.scrollToTop()

    # --- verifying -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.task is not None

    def verify_chain(self) -> None:
        if self.task is not None:
            return
        self._set_controls_enabled(False)
        self.model.hold_pages = True
        set_tone(self.notice, Tone.INFO)
        show_text(self.notice, self.tr("Verifying the audit trail…"))
        self.busy_changed.emit(True)
        vault, session = self._vault, self._session
        self.task = run_in_background(
            self,
            lambda _progress: audit_verify.verify_audit(vault, session),
            on_success=self._show_verification,
            on_failure=self._show_failure,
            label=self.tr("Verifying the audit trail…"),
        )
        self.task.finished.connect(self._verify_ended)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (self.verify_button, self.apply_button, self.reset_button,
                       self.refresh_button, self.user, self.customer, self.action, self.outcome):
            widget.setEnabled(enabled)
        for edit, any_box in ((self.since, self.since_any), (self.until, self.until_any)):
            any_box.setEnabled(enabled)
            edit.setEnabled(enabled and not any_box.isChecked())

    def _verify_ended(self) -> None:
        self.task = None
        self.model.hold_pages = False
        self._set_controls_enabled(True)
        self.busy_changed.emit(False)
        self.table.viewport().update()
        self.verify_finished.emit()

    def _show_verification(self, result: AuditVerification) -> None:
        self.last_verification = result
        locale = QLocale()
        if result.ok:
            set_tone(self.notice, Tone.SUCCESS)
            text = self.tr(
                "✔ The audit trail is intact: {n} entries, head {seq} · {hash}…").format(
                n=locale.toString(result.entries), seq=locale.toString(result.head_seq),
                hash=result.head_hash[:_SHORT_HASH])
            if result.anchor_note:
                text += " " + result.anchor_note  # the service words anchor notes in English
        elif result.first_bad_seq is not None:
            set_tone(self.notice, Tone.ERROR)
            text = self.tr(
                "✖ The audit trail was tampered with. First bad entry: {seq} ({problem})."
            ).format(seq=locale.toString(result.first_bad_seq), problem=result.problem)
        else:
            set_tone(self.notice, Tone.ERROR)
            text = self.tr("✖ The anchor beside the vault does not match: {problem}").format(
                problem=result.problem)
        self.notice.setToolTip(result.head_hash)
        show_text(self.notice, text)

    def _show_failure(self, exc: BaseException) -> None:
        set_tone(self.notice, Tone.ERROR)
        show_text(self.notice, failure_sentence(exc))
