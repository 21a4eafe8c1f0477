"""The Services area (managers and the security officer): the business's services on the left,
the selected one on the right with its retention, marketing, fields and third parties.

New service…, Edit…, Ask to collect a field… and Preview notice act on the selection; adding or
removing a third party is done under its list. Every change goes through the services, which
republish the consent notice when its text changes; the list is read again after each change and
whenever the area is shown again (the security officer may have decided a request meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.collection import RequestStatus
from clientsafe.core.consent import ServiceInfo
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.field_catalog import CatalogField
from clientsafe.core.session import Session
from clientsafe.services import catalog, collection, offerings
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.error_text import error_text
from clientsafe.ui.field_request_dialog import FieldRequestDialog
from clientsafe.ui.message_labels import Tone, error_line, notice_box, show_text
from clientsafe.ui.notice_preview_dialog import NoticePreviewDialog
from clientsafe.ui.recipient_dialog import RecipientDialog
from clientsafe.ui.service_details import ServiceDetails
from clientsafe.ui.service_dialog import ServiceDialog
from clientsafe.ui.table_page import MUTED_STYLE

_INACTIVE = QBrush(QColor("#8a94a3"))
_LIVE = (RequestStatus.PENDING, RequestStatus.APPROVED)


class ServicesView(QWidget):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._services: list[ServiceInfo] = []
        self._catalog: list[CatalogField] = []
        self.dialog: QDialog | None = None  # the one open dialog, for tests and locking

        self.toolbar = self._build_toolbar()
        self.refresh_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Refresh"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Load the services again (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.refresh_button)
        self.notice = notice_box(Tone.SUCCESS, "", self)
        self.notice.setObjectName("servicesNotice")
        self.error = error_line(self)

        self.list = QListWidget(self)
        self.list.setObjectName("serviceList")
        self.list.setMinimumWidth(180)
        self.list.setSpacing(1)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.details = ServiceDetails(self)
        self.details.add_recipient_requested.connect(self.add_recipient)
        self.details.remove_recipient_requested.connect(self.remove_recipient)
        self.empty = QLabel(self.tr("No services yet. Create one with “New service…”."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.details)
        self.right.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 720])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        self._shown_before = False
        self.reload()

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self)
        toolbar.setObjectName("servicesToolbar")
        toolbar.setIconSize(QSize(16, 16))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        style = self.style()

        def action(icon: QStyle.StandardPixmap, text: str, slot: Callable[[], object]
                   ) -> QAction:
            made = QAction(style.standardIcon(icon), text, self)
            made.triggered.connect(lambda _checked=False: slot())
            toolbar.addAction(made)
            return made

        self.new_action = action(QStyle.StandardPixmap.SP_FileDialogNewFolder,
                                 self.tr("&New service…"), self.new_service)
        self.edit_action = action(QStyle.StandardPixmap.SP_FileDialogDetailedView,
                                  self.tr("&Edit…"), self.edit_service)
        self.request_action = action(QStyle.StandardPixmap.SP_FileDialogContentsView,
                                     self.tr("&Ask to collect a field…"), self.ask_for_field)
        self.preview_action = action(QStyle.StandardPixmap.SP_FileDialogInfoView,
                                     self.tr("&Preview notice"), self.preview_notice)
        self.request_action.setToolTip(self.tr(
            "Say why the service needs a field; the security officer decides"))
        self.preview_action.setToolTip(self.tr(
            "The consent notice customers see now, in English and Chinese"))
        return toolbar

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before and not event.spontaneous():
            self._say("")  # said about an earlier visit
            self.reload()
        self._shown_before = True

    # --- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        show_text(self.error, "")
        selected = self.selected_service()
        try:
            self._services = offerings.list_services(self._vault, self._session)
            self._catalog = catalog.fields(self._vault, self._session)
        except ClientSafeError as exc:
            self._services, self._catalog = [], []
            show_text(self.error, error_text(exc))
        self.list.blockSignals(True)
        self.list.clear()
        for service in self._services:
            item = QListWidgetItem(service.name if service.active else self.tr(
                "{name} (not offered)").format(name=service.name))
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            if not service.active:
                item.setForeground(_INACTIVE)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = self._row_of(selected.id) if selected is not None else -1
        self.list.setCurrentRow(row if row >= 0 else (0 if self._services else -1))
        self._show_selected()

    def _row_of(self, service_id: int) -> int:
        return next((r for r, s in enumerate(self._services) if s.id == service_id), -1)

    def selected_service(self) -> ServiceInfo | None:
        row = self.list.currentRow()
        return self._services[row] if 0 <= row < len(self._services) else None

    def select_service(self, service_id: int) -> None:
        row = self._row_of(service_id)
        if row >= 0:
            self.list.setCurrentRow(row)

    def select_service_named(self, name: str) -> None:
        self.select_service(next(s.id for s in self._services if s.name == name))

    def _show_selected(self) -> None:
        service = self.selected_service()
        for made in (self.edit_action, self.request_action, self.preview_action):
            made.setEnabled(service is not None)
        if service is None:
            self.right.setCurrentWidget(self.empty)
            return
        try:
            requests = collection.requests(self._vault, self._session, service_id=service.id)
        except ClientSafeError as exc:
            requests = []
            show_text(self.error, error_text(exc))
        self.details.set_service(service, requests, {f.key: f for f in self._catalog})
        self.right.setCurrentWidget(self.details)

    # --- dialogs -------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> QDialog:
        self._say("")
        show_text(self.error, "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()  # window-modal, no nested event loop
        return dialog

    def _say(self, sentence: str) -> None:
        """The note above the list. Unlike show_text it never grows the main window: the
        details pane has room to give."""
        self.notice.setText(sentence)
        self.notice.setVisible(bool(sentence))

    def _dialog_finished(self) -> None:
        self.dialog = None

    def _done(self, sentence: str, service_id: int | None = None) -> None:
        self.reload()
        if service_id is not None:
            self.select_service(service_id)
        self._say(sentence)

    def new_service(self) -> ServiceDialog:
        dialog = ServiceDialog(self._vault, self._session, None, self)
        self._open(dialog, self._service_created)
        return dialog

    def _service_created(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, ServiceDialog) and dialog.saved_id is not None:
            self._done(self.tr(
                "Created {name}. Ask to collect the fields it needs; until then it collects "
                "only the customer's name.").format(name=dialog.name.text().strip()),
                dialog.saved_id)

    def edit_service(self) -> ServiceDialog | None:
        service = self.selected_service()
        if service is None:
            return None
        dialog = ServiceDialog(self._vault, self._session, service, self)
        self._open(dialog, self._service_saved)
        return dialog

    def _service_saved(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, ServiceDialog) and dialog.saved_id is not None:
            before = dialog.service.notice_version if dialog.service is not None else 0
            self._done("", dialog.saved_id)
            after = self.selected_service()
            changed = after is not None and after.notice_version != before
            self._say(self.tr(
                "Saved. The consent notice changed (now version {n}); customers who agreed to "
                "an earlier version are asked again at their next visit.").format(
                    n=after.notice_version) if changed and after is not None
                else self.tr("Saved. The consent notice did not change."))

    def ask_for_field(self) -> FieldRequestDialog | None:
        service = self.selected_service()
        if service is None:
            return None
        live = {r.field_key for r in self.details.fields_model.requests if r.status in _LIVE}
        dialog = FieldRequestDialog(self._vault, self._session, service, self._catalog, live,
                                    self)
        self._open(dialog, self._field_requested)
        return dialog

    def _field_requested(self) -> None:
        dialog = self.dialog
        if not isinstance(dialog, FieldRequestDialog):
            return
        field = dialog.chosen()
        label = field.label(self.details.fields_model.language) if field is not None else ""
        self._done(self.tr(
            "Asked to collect {field} for {service}. The security officer decides; the field "
            "appears on the intake form once approved.").format(
                field=label, service=dialog.service.name), dialog.service.id)

    def preview_notice(self) -> NoticePreviewDialog | None:
        service = self.selected_service()
        if service is None:
            return None
        show_text(self.error, "")
        try:
            current = offerings.current_notices(self._vault, self._session, service.id)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return None
        dialog = NoticePreviewDialog(service, current, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_recipient(self) -> RecipientDialog | None:
        service = self.selected_service()
        if service is None:
            return None
        dialog = RecipientDialog(self._vault, self._session, service, self)
        self._open(dialog, self._recipient_added)
        return dialog

    def _recipient_added(self) -> None:
        dialog = self.dialog
        if isinstance(dialog, RecipientDialog):
            self._done(self.tr(
                "Added {name}. The consent notice now asks customers whether to share with "
                "it.").format(name=dialog.name.text().strip()), dialog.service.id)

    def remove_recipient(self) -> None:
        service = self.selected_service()
        recipient = self.details.selected_recipient()
        if service is None or recipient is None:
            return
        self._say("")
        show_text(self.error, "")
        if not prompts.confirm(
            self, self.tr("Remove third party"),
            self.tr("Stop sharing {service} data with {name}? The consent notice is published "
                    "again without it.").format(service=service.name, name=recipient.name),
            yes=self.tr("Remove"), no=self.tr("Keep"),
        ):
            return
        try:
            offerings.remove_recipient(self._vault, self._session, service.id, recipient.id)
        except ClientSafeError as exc:
            self.reload()
            show_text(self.error, error_text(exc))
            return
        self._done(self.tr("Removed {name}; the notice no longer mentions it.").format(
            name=recipient.name), service.id)
