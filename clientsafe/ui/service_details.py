"""The right-hand side of the Services area: one service's details, the fields it collects or
asked to collect (with each request's status and statements), and the third parties it shares
with. It only shows; the Services view does the work."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.collection import CollectionRequest
from clientsafe.core.consent import Recipient, ServiceInfo
from clientsafe.core.field_catalog import CatalogField
from clientsafe.ui.collection_text import request_details, retention_text
from clientsafe.ui.message_labels import Tone, heading, hint, notice_box, paragraph
from clientsafe.ui.service_fields_model import ServiceFieldsModel
from clientsafe.ui.table_page import make_table_view, set_column_widths

# Field, class, required, status, asked by (stretches).
_WIDTHS = (22, 12, 10, 22, 14)
_DETAILS_STYLE = ("QLabel#fieldDetails { background: palette(alternate-base);"
                  " border: 1px solid palette(mid); border-radius: 4px; padding: 6px 8px; }")


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class ServiceDetails(QWidget):
    add_recipient_requested = Signal()
    remove_recipient_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: ServiceInfo | None = None
        self.title = heading("", self, size=1.3)
        self.inactive = notice_box(Tone.WARNING, self.tr(
            "Not offered to new customers. Existing customers' data is kept until its "
            "retention ends."), self)
        self.description = paragraph("", self)
        self.retention = QLabel(self)
        self.retention.setWordWrap(True)
        self.marketing = QLabel(self)
        self.marketing.setWordWrap(True)
        self.notice_version = QLabel(self)
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        facts.addRow(self.tr("Kept for:"), self.retention)
        facts.addRow(self.tr("Marketing:"), self.marketing)
        facts.addRow(self.tr("Consent notice:"), self.notice_version)

        self.fields_model = ServiceFieldsModel(parent=self)
        self.fields_table = make_table_view(self)
        self.fields_table.setObjectName("serviceFields")
        self.fields_table.setModel(self.fields_model)
        self.fields_table.setMinimumHeight(110)
        set_column_widths(self.fields_table, _WIDTHS)
        self.field_details = QLabel(self)
        self.field_details.setObjectName("fieldDetails")
        self.field_details.setTextFormat(Qt.TextFormat.RichText)
        self.field_details.setWordWrap(True)
        self.field_details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.field_details.setStyleSheet(_DETAILS_STYLE)
        self.field_details.hide()
        self.no_fields = hint(self.tr(
            "Only the customer's name is collected so far. Ask to collect a field to add one."),
            self)
        self.no_fields.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The table or, with no requests yet, a sentence in its place (keeping its stretch).
        self.fields_stack = QStackedWidget(self)
        self.fields_stack.addWidget(self.fields_table)
        self.fields_stack.addWidget(self.no_fields)

        self.recipients = QListWidget(self)
        self.recipients.setObjectName("recipients")
        self.recipients.setMaximumHeight(self.recipients.fontMetrics().height() * 4 + 16)
        self.no_recipients = hint(self.tr("Shares with no one."), self)
        self.add_recipient_button = QPushButton(self.tr("&Add third party…"), self)
        self.remove_recipient_button = QPushButton(self.tr("Re&move…"), self)
        self.add_recipient_button.clicked.connect(self.add_recipient_requested)
        self.remove_recipient_button.clicked.connect(self.remove_recipient_requested)
        self.recipients.currentRowChanged.connect(lambda _row: self._update_buttons())
        recipient_buttons = QHBoxLayout()
        recipient_buttons.addWidget(self.add_recipient_button)
        recipient_buttons.addWidget(self.remove_recipient_button)
        recipient_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.inactive)
        layout.addWidget(self.description)
        layout.addLayout(facts)
        layout.addSpacing(6)
        layout.addWidget(_section(self.tr("Fields collected"), self))
        layout.addWidget(hint(self.tr(
            "Every service collects the customer's name. Other fields appear on the intake "
            "form and in the notice only once the security officer approves them."), self))
        layout.addWidget(self.fields_stack, 1)
        layout.addWidget(self.field_details)
        layout.addSpacing(6)
        layout.addWidget(_section(self.tr("Third parties it shares with"), self))
        layout.addWidget(self.recipients)
        layout.addWidget(self.no_recipients)
        layout.addLayout(recipient_buttons)
        self.fields_table.selectionModel().selectionChanged.connect(self._field_selected)
        self.fields_model.modelReset.connect(self._field_selected)

    def set_service(self, service: ServiceInfo, requests: Sequence[CollectionRequest],
                    catalog: Mapping[str, CatalogField]) -> None:
        self.service = service
        self.title.setText(service.name)
        self.inactive.setVisible(not service.active)
        self.description.setText(service.description)
        self.retention.setText(retention_text(service.retention_months, service.retention_start))
        self.marketing.setText(
            self.tr("Offered; each customer opts in (off by default)")
            if service.offers_marketing else self.tr("Not offered"))
        self.notice_version.setText(
            self.tr("Version {n}").format(n=service.notice_version) if service.notice_version
            else self.tr("Not published yet"))
        self.fields_model.set_requests(requests, catalog)
        has_fields = bool(requests)
        self.fields_stack.setCurrentWidget(self.fields_table if has_fields else self.no_fields)
        if has_fields:
            self.fields_table.selectRow(0)
        self._show_recipients(service.recipients)

    def _show_recipients(self, recipients: Sequence[Recipient]) -> None:
        self.recipients.clear()
        for recipient in recipients:
            item = QListWidgetItem(self.tr("{name} — to {what_for}").format(
                name=recipient.name, what_for=recipient.what_for))
            item.setData(Qt.ItemDataRole.UserRole, recipient.id)
            item.setToolTip(item.text())
            self.recipients.addItem(item)
        self.recipients.setVisible(bool(recipients))
        self.no_recipients.setVisible(not recipients)
        self._update_buttons()

    def selected_recipient(self) -> Recipient | None:
        if self.service is None:
            return None
        item = self.recipients.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((r for r in self.service.recipients if r.id == wanted), None)

    def selected_request(self) -> CollectionRequest | None:
        rows = self.fields_table.selectionModel().selectedRows()
        return self.fields_model.request(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.remove_recipient_button.setEnabled(self.recipients.currentItem() is not None)

    def _field_selected(self) -> None:
        request = self.selected_request()
        self.field_details.setVisible(request is not None)
        self.field_details.setText("" if request is None else request_details(
            request, self.fields_model.label(request)))
