"""The "Consent" tab of the customer record: what the customer agreed to now, per service and
purpose; a banner when consent must be asked again at this visit (the notice changed, or the
customer was imported and nothing is known); withdrawal in one step; the history of consent
records, each signed one savable as a PDF.

The state shown is the consent service's answer (the latest decision per purpose); the buttons
only appear for staff whose role may use them, and the service checks again.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.consent import (
    CHANNEL_LABELS,
    DECISION_LABELS,
    EVENT_LABELS,
    ConsentEventInfo,
    Decision,
    EventKind,
    Purpose,
    PurposeState,
    purpose_key,
)
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import consents, offerings
from clientsafe.services.consents import ConsentOverview, RenewalContext
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.consent_dialog import ConsentDialog
from clientsafe.ui.consent_pdf_bar import ConsentPdfBar
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.login_window import current_language
from clientsafe.ui.message_labels import (
    Tone,
    error_line,
    heading,
    hint,
    notice_box,
    set_tone,
    show_text,
)
from clientsafe.ui.new_details_dialog import NewDetailsDialog
from clientsafe.ui.paged_table_model import local_time
from clientsafe.ui.table_page import make_table_view, set_column_widths

ConsentDialogFactory = Callable[..., ConsentDialog]
# When, service, what, how, notice, staff, verification code (stretches).
_WIDTHS = (21, 18, 21, 18, 12, 16, 16)
_DECISION_COLORS = {Decision.GRANTED: "#1e6b2a", Decision.DECLINED: "#5f6b7a",
                    Decision.WITHDRAWN: "#9a3412"}
_SIGNED_KINDS = (EventKind.COLLECTION, EventKind.RECONSENT)
# The order the notice asks in: the service itself first, sensitive information last.
_PURPOSE_ORDER = (Purpose.SERVICE, Purpose.MARKETING, Purpose.SHARING, Purpose.SENSITIVE)


class ConsentHistoryPanel(QWidget):
    """`attention_changed(bool)`: whether consent must be asked at this visit."""

    attention_changed = Signal(bool)

    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 parent: QWidget | None = None, *,
                 consent_dialog_factory: ConsentDialogFactory = ConsentDialog) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._factory = consent_dialog_factory
        self.customer_id = customer_id
        self.overview: ConsentOverview | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.details_dialog: NewDetailsDialog | None = None
        self._renewal: RenewalContext | None = None
        self._new_values: dict[str, str] = {}  # typed before the notice; stored with consent
        self.ask_buttons: dict[int, QPushButton] = {}
        self.withdraw_buttons: dict[tuple[int, str], QPushButton] = {}
        self.state_labels: dict[tuple[int, str], QLabel] = {}
        self._can_manage = session.can(Permission.CONSENT_MANAGE)

        self.banners = QVBoxLayout()
        self.banners.setSpacing(6)
        self.status = notice_box(Tone.INFO, "", self)
        self.status.setObjectName("consentStatus")
        self.error = error_line(self)
        self.error.setObjectName("consentError")
        self.state_heading = heading(self.tr("What the customer agreed to"), self, size=1.1)
        self.state_box = QWidget(self)
        self.state_grid = QGridLayout(self.state_box)
        self.state_grid.setContentsMargins(0, 0, 0, 0)
        self.state_grid.setHorizontalSpacing(16)
        self.state_grid.setVerticalSpacing(6)
        self.no_state = hint(self.tr("No consent is recorded for this customer."), self)
        self.history_heading = heading(self.tr("Consent records"), self, size=1.1)
        self.model = QStandardItemModel(0, len(_WIDTHS), self)
        self.model.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Service"), self.tr("What"), self.tr("How"),
            self.tr("Notice"), self.tr("Staff"), self.tr("Verification code")])
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.table.setMinimumWidth(780)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        set_column_widths(self.table, _WIDTHS)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.pdf_bar = ConsentPdfBar(vault, session, self)
        self.pdf_hint = hint(self.tr(
            "Choose a signed record (consent given or renewed) to save it as a PDF."), self)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(self.banners)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.state_heading)
        layout.addWidget(self.no_state)
        layout.addWidget(self.state_box)
        layout.addSpacing(6)
        layout.addWidget(self.history_heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.pdf_hint)
        layout.addWidget(self.pdf_bar)

    # --- loading -------------------------------------------------------------------------
    @property
    def needs_attention(self) -> bool:
        return bool(self.overview and self.overview.needs_consent)

    def load(self) -> None:
        """Read the customer's consents (again) and show them."""
        self.error.hide()
        try:
            self.overview = consents.overview(self._vault, self._session, self.customer_id)
        except ClientSafeError as exc:
            self.overview = None
            show_text(self.error, error_text(exc))
            return
        self._show_banners(self.overview)
        self._show_state(self.overview.state)
        self._show_history(self.overview.history)
        self.attention_changed.emit(self.needs_attention)

    def _service_names(self, overview: ConsentOverview) -> dict[int, str]:
        names = {e.service_id: e.service_name for e in overview.history}
        names.update({s.service_id: s.service_name for s in overview.state})
        if any(sid not in names for sid in overview.needs_consent):
            with suppress(ClientSafeError):  # the banner then names the service by number
                names.update({s.id: s.name for s in offerings.list_services(
                    self._vault, self._session, active_only=False)})
        return names

    def _clear(self, layout: QVBoxLayout | QGridLayout) -> None:
        while (item := layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
            elif (inner := item.layout()) is not None:
                self._clear(inner)  # type: ignore[arg-type]
                inner.deleteLater()

    def _show_banners(self, overview: ConsentOverview) -> None:
        self._clear(self.banners)
        self.ask_buttons.clear()
        names = self._service_names(overview)
        for service_id in overview.needs_consent:
            name = names.get(service_id, f"#{service_id}")
            signed = any(e.service_id == service_id and e.kind in _SIGNED_KINDS
                         for e in overview.history)
            text = (self.tr("Ask for consent again at this visit: the notice for {service} "
                            "changed since the customer agreed.") if signed else
                    self.tr("Consent unknown for {service}: this customer was imported. Ask "
                            "for consent at this visit.")).format(service=name)
            banner = notice_box(Tone.WARNING, text, self)
            banner.setTextFormat(Qt.TextFormat.PlainText)
            banner.setObjectName(f"needsConsent_{service_id}")
            row = QHBoxLayout()
            row.addWidget(banner, 1)
            if self._can_manage:
                button = QPushButton(self.tr("Ask now…"), self)
                button.setAutoDefault(False)
                button.setObjectName(f"askNow_{service_id}")
                button.clicked.connect(lambda _=False, sid=service_id: self.ask_now(sid))
                self.ask_buttons[service_id] = button
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.banners.addLayout(row)

    def purpose_text(self, state: PurposeState) -> str:
        if state.purpose is Purpose.SHARING:
            return self.tr("Sharing with {recipient}").format(
                recipient=state.recipient_name or f"#{state.recipient_id}")
        return {Purpose.SERVICE: self.tr("Providing the service"),
                Purpose.MARKETING: self.tr("Marketing"),
                Purpose.SENSITIVE: self.tr("Sensitive information")}[state.purpose]

    def _show_state(self, states: tuple[PurposeState, ...]) -> None:
        self._clear(self.state_grid)
        for old_row in range(self.state_grid.rowCount()):
            self.state_grid.setRowMinimumHeight(old_row, 0)
        self.withdraw_buttons.clear()
        self.state_labels.clear()
        self.no_state.setVisible(not states)
        self.state_box.setVisible(bool(states))
        row, last_service = 0, None
        services = list(dict.fromkeys(s.service_id for s in states))
        ordered = sorted(states, key=lambda s: (services.index(s.service_id),
                                                _PURPOSE_ORDER.index(s.purpose),
                                                s.recipient_id or 0))
        row_height = QPushButton(self.tr("Withdraw…")).sizeHint().height()
        for state in ordered:
            if state.service_id != last_service:
                last_service = state.service_id
                title = QLabel(state.service_name, self.state_box)
                title.setTextFormat(Qt.TextFormat.PlainText)
                font = title.font()
                font.setBold(True)
                title.setFont(font)
                self.state_grid.addWidget(title, row, 0, 1, 4)
                row += 1
            key = purpose_key(state.purpose, state.recipient_id)
            purpose = QLabel(self.purpose_text(state), self.state_box)
            purpose.setTextFormat(Qt.TextFormat.PlainText)
            purpose.setContentsMargins(14, 0, 0, 0)
            decision = QLabel(translated("consent", DECISION_LABELS[state.decision]),
                              self.state_box)
            decision.setObjectName(f"state_{state.service_id}_{key}")
            decision.setStyleSheet(f"color: {_DECISION_COLORS[state.decision]};"
                                   " font-weight: bold;")
            since = QLabel(self.tr("since {date}").format(date=local_time(state.at)),
                           self.state_box)
            since.setStyleSheet("color: #5f6b7a;")
            self.state_grid.setRowMinimumHeight(row, row_height)  # with or without a button
            self.state_grid.addWidget(purpose, row, 0)
            self.state_grid.addWidget(decision, row, 1)
            self.state_grid.addWidget(since, row, 2)
            self.state_labels[(state.service_id, key)] = decision
            if self._can_manage and state.decision is Decision.GRANTED:
                button = QPushButton(self.tr("Withdraw…"), self.state_box)
                button.setAutoDefault(False)
                button.setObjectName(f"withdraw_{state.service_id}_{key}")
                button.clicked.connect(lambda _=False, s=state: self.withdraw(s))
                self.withdraw_buttons[(state.service_id, key)] = button
                self.state_grid.addWidget(button, row, 3)
                button.show()  # now, not on the layout's next event-loop turn
            row += 1
        self.state_grid.setColumnStretch(4, 1)

    def _show_history(self, history: tuple[ConsentEventInfo, ...]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for event in history:
            notice = self.tr("v{n}").format(n=event.notice_version) if event.notice_version \
                else "—"
            if event.outdated:
                notice = self.tr("{notice} (older)").format(notice=notice)
            cells = [local_time(event.at), event.service_name,
                     translated("consent", EVENT_LABELS[event.kind]),
                     translated("consent", CHANNEL_LABELS[event.channel]), notice,
                     event.staff_name, event.verification_code]
            items = [QStandardItem(text) for text in cells]
            tip = "\n".join(f"{key}: {translated('consent', DECISION_LABELS[d])}"
                            for key, d in event.decisions.items())
            if event.guardian_name:
                tip += "\n" + self.tr("Guardian: {name}").format(name=event.guardian_name)
            for item in items:
                item.setData(event.id, Qt.ItemDataRole.UserRole)
                item.setToolTip(tip)
            if event.outdated:
                items[4].setForeground(QColor("#9a3412"))
            self.model.appendRow(items)
        self.pdf_bar.set_event(None)

    def select_event(self, event_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(Qt.ItemDataRole.UserRole) == event_id:
                self.table.selectRow(row)
                return

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = self._event_at(current.row()) if current.isValid() else None
        signed = event is not None and event.kind in _SIGNED_KINDS
        self.pdf_bar.set_event(event.id if signed and event is not None else None)

    def _event_at(self, row: int) -> ConsentEventInfo | None:
        if self.overview is None or not 0 <= row < len(self.overview.history):
            return None
        return self.overview.history[row]

    # --- acting --------------------------------------------------------------------------
    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.status, tone)
        show_text(self.status, text)

    def withdraw(self, state: PurposeState) -> bool:
        purpose = self.purpose_text(state)
        text = self.tr("Withdraw “{purpose}” for {service} now? It takes effect "
                       "immediately.").format(purpose=purpose, service=state.service_name)
        if state.purpose is Purpose.SERVICE:
            text += " " + self.tr("Without this consent the business can no longer provide "
                                  "the service.")
        if not prompts.confirm(self, self.tr("Withdraw consent"), text,
                               yes=self.tr("Withdraw now"), no=self.tr("Keep it")):
            return False
        try:
            consents.withdraw(self._vault, self._session, self.customer_id, state.service_id,
                              purpose_key(state.purpose, state.recipient_id))
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            self.load()
            return False
        self.load()
        self._say(Tone.SUCCESS, self.tr("Withdrawn: {purpose} ({service}).").format(
            purpose=purpose, service=state.service_name))
        return True

    def ask_now(self, service_id: int) -> QDialog | None:
        """Ask the customer again (not blocking): first the details the service now collects
        and this customer lacks, if any, then the current notice. Returns the dialog shown."""
        if self.consent_dialog is not None or self.details_dialog is not None:
            return self.consent_dialog or self.details_dialog
        self.error.hide()
        try:
            context = consents.renewal_context(self._vault, self._session, self.customer_id,
                                               service_id)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return None
        if not context.notices:
            show_text(self.error, self.tr("This service has no consent notice to show."))
            return None
        self._renewal, self._new_values = context, {}
        if context.asks_for_details and context.new_form is not None:
            details = NewDetailsDialog(context.new_form, customer_name=context.customer_name,
                                       language=current_language(),
                                       today=lambda: self._vault.clock().date(), parent=self)
            details.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            details.finished.connect(self._details_finished)
            self.details_dialog = details
            details.open()
            return details
        return self._show_notice(context)

    def _details_finished(self, result: int) -> None:
        details, self.details_dialog = self.details_dialog, None
        context = self._renewal
        if details is None or context is None:
            return
        if result != QDialog.DialogCode.Accepted.value:
            self._renewal = None
            self._say(Tone.INFO, self.tr(
                "Nothing was recorded; the customer's earlier choices stay as they were. Ask "
                "again at the next visit."))
            return
        self._new_values = details.values()
        self._show_notice(context)

    def _show_notice(self, context: RenewalContext) -> ConsentDialog:
        new_form = context.new_form
        sensitive = context.has_sensitive_values or (new_form is not None and any(
            f.field.sensitive and f.field.key in self._new_values for f in new_form.fields))
        dialog = self._factory(context.notices, customer_name=context.customer_name,
                               minor=context.minor, has_sensitive_values=sensitive,
                               start_language=current_language(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._renewal_finished)
        self.consent_dialog = dialog
        dialog.open()
        return dialog

    def _renewal_finished(self) -> None:
        dialog, self.consent_dialog = self.consent_dialog, None
        context, self._renewal = self._renewal, None
        new_values, self._new_values = self._new_values, {}
        if dialog is None or context is None:
            return
        given = dialog.given()
        if given is None:
            self._say(Tone.INFO, self.tr(
                "Nothing was recorded; the customer's earlier choices stay as they were. Ask "
                "again at the next visit."))
            return
        try:
            event_id = consents.renew(self._vault, self._session, context, given, new_values)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        self.load()
        self.select_event(event_id)
        self._say(Tone.SUCCESS, self.tr("Consent renewed on the current notice."))

    def close_dialogs(self) -> None:
        if self.details_dialog is not None:
            self.details_dialog.reject()
        if self.consent_dialog is not None:
            self.consent_dialog.reject()
