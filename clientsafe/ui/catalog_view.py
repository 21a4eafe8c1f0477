"""The security officer's field catalog: every field ClientSafe knows, built-in and custom, with
its class, how it is checked and masked, and whether it is encrypted and indexed; and adding a
custom field. Which fields a service collects is decided per request (collection_inbox.py)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QStyle, QToolBar, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import catalog
from clientsafe.services.vault_access import Vault
from clientsafe.ui.catalog_model import CatalogModel
from clientsafe.ui.custom_field_dialog import CustomFieldDialog
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, hint, notice_box, show_text
from clientsafe.ui.table_page import TablePage, set_column_widths

# Field, other language, category, class, checked as, masked as, encrypted, indexed, source
# (stretches). Longer texts are elided; their tooltips say them in full.
_WIDTHS = (19, 13, 14, 11, 18, 18, 9, 8, 8)


class CatalogView(TablePage):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.dialog: QDialog | None = None
        self.model = CatalogModel(parent=self)
        self.table.setModel(self.model)
        set_column_widths(self.table, _WIDTHS)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("catalogToolbar")
        self.toolbar.setIconSize(QSize(16, 16))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_action = self.toolbar.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder),
            self.tr("&New custom field…"))
        self.new_action.triggered.connect(lambda _checked=False: self.new_field())
        self.toolbar.setVisible(session.can(Permission.CATALOG_MANAGE))
        self.notice = notice_box(Tone.SUCCESS, "", self)
        self.notice.setObjectName("catalogNotice")
        self.footer = hint(self.tr(
            "Fields reach a customer's record only through a service's approved collection "
            "request. Sensitive fields are always encrypted and shown masked; a look-up index "
            "allows exact searches without decrypting."), self)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(1, self.toolbar)
        layout.insertWidget(2, self.notice)
        layout.addWidget(self.footer)
        self._shown_before = False
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before and not event.spontaneous():
            show_text(self.notice, "")  # said about an earlier visit
            self.reload()
        self._shown_before = True

    def reload(self) -> None:
        self.clear_error()
        try:
            fields = catalog.fields(self._vault, self._session)
        except ClientSafeError as exc:
            fields = []
            self.show_error(error_text(exc))
        self.model.set_fields(fields)
        custom = sum(1 for f in fields if not f.builtin)
        self.summary.setText(self.tr("{n} fields, {custom} of them custom").format(
            n=QLocale().toString(len(fields)), custom=QLocale().toString(custom)))
        self.show_rows(bool(fields), self.tr("The catalog could not be read."))

    def new_field(self) -> CustomFieldDialog:
        show_text(self.notice, "")
        dialog = CustomFieldDialog(self._vault, self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._field_added)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _field_added(self) -> None:
        dialog = self.dialog
        created = dialog.created if isinstance(dialog, CustomFieldDialog) else None
        self.reload()
        if created is None:
            return
        row = self.model.row_of(created.key)
        if row >= 0:
            self.table.selectRow(row)
        show_text(self.notice, self.tr(
            "Added {label} to the catalog. A service can now ask to collect it.").format(
                label=created.label(self.model.language)))

    def _dialog_finished(self) -> None:
        self.dialog = None
