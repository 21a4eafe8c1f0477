"""The "Sharing" tab of the customer record: the sharing register for this customer (who received
which fields, what for, on which basis and relying on which consent) and "Record sharing…".

The register holds field names only. The button appears for roles that may record sharing; the
dialog lists the customer's recipients with their consent, and the service decides.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.field_catalog import BUILTIN_BY_KEY, CatalogField
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.core.sharing import LEGAL_BASIS_LABELS, SharingRecord
from clientsafe.services import sharing
from clientsafe.services.sharing import ShareOption
from clientsafe.services.vault_access import Vault
from clientsafe.ui.collection_text import field_label
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import (
    Tone,
    plain_tip,
    set_tone,
    show_text,
)
from clientsafe.ui.paged_table_model import local_time
from clientsafe.ui.record_tab import RecordTab
from clientsafe.ui.share_dialog import ShareDialog

# When, recipient, fields, legal basis, consent given, recorded by, shared for (stretches).
_WIDTHS = (16, 20, 16, 14, 16, 12, 20)
PURPOSE_COLUMN = 6


def make_share_dialog(vault: Vault, session: Session, customer_id: int,
                      options: list[ShareOption], parent: QWidget) -> ShareDialog:
    """The dialog (tests may replace this function)."""
    return ShareDialog(vault, session, customer_id, options, parent)


class SharingPanel(RecordTab):
    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 parent: QWidget | None = None) -> None:
        self._vault = vault
        self._session = session
        self.customer_id = customer_id
        self.records: list[SharingRecord] = []
        self.dialog: ShareDialog | None = None
        self._labels: dict[str, CatalogField] = dict(BUILTIN_BY_KEY)
        model = QStandardItemModel(0, len(_WIDTHS))
        super().__init__(
            parent, name="sharing", title=self.tr("Data shared with third parties"),
            action=self.tr("Record sharing…"),
            can_act=session.can(Permission.SHARING_RECORD), on_action=self.open_dialog,
            empty=self.tr("Nothing has been shared with a third party."), model=model,
            widths=_WIDTHS, status_tone=Tone.INFO, explanation=self.tr(
                "Each time this customer's data goes to a third party (an insurer, a "
                "laboratory, a payment provider), record it here. Only recipients the customer "
                "agreed to can be chosen."))
        model.setParent(self)
        model.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Recipient"), self.tr("Fields"), self.tr("Legal basis"),
            self.tr("Consent given"), self.tr("Recorded by"), self.tr("Shared for")])
        self.record_button = self.action_button
        self.record_button.setObjectName("recordSharing")

    def load(self) -> None:
        """Read the customer's register entries (again) and show them."""
        self.error.hide()
        try:
            self.records = sharing.sharing_history(self._vault, self._session, self.customer_id)
            if self.records and self._session.can(Permission.SHARING_RECORD):
                # The labels of custom fields the entries name (built-in ones are known).
                for option in sharing.shareable(self._vault, self._session, self.customer_id):
                    self._labels.update({f.key: f for f in option.fields})
        except ClientSafeError as exc:
            self.records = []
            show_text(self.error, error_text(exc))
        self._show(self.records)

    def field_text(self, keys: tuple[str, ...]) -> str:
        return ", ".join(field_label(self._labels.get(k), k) for k in keys)

    def _show(self, records: list[SharingRecord]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for record in records:
            basis = QCoreApplication.translate("sharing", LEGAL_BASIS_LABELS[record.legal_basis])
            cells = [local_time(record.shared_at), record.recipient_name,
                     self.field_text(record.fields), basis, local_time(record.consent_given_at),
                     record.shared_by, record.purpose]
            items = [QStandardItem(text) for text in cells]
            tip = self.tr("{recipient} for {service}; consent given {date} (decision #{id})."
                          ).format(recipient=record.recipient_name, service=record.service_name,
                                   date=local_time(record.consent_given_at),
                                   id=record.consent_decision_id)
            for item in items:
                item.setData(record.id, Qt.ItemDataRole.UserRole)
                item.setToolTip(plain_tip(tip))
            items[PURPOSE_COLUMN].setToolTip(plain_tip(record.purpose))  # typed by staff
            self.model.appendRow(items)
        self.show_entries(len(records))

    def open_dialog(self) -> ShareDialog | None:
        """Open "Record sharing" (not blocking); returns the dialog."""
        if self.dialog is not None:
            return self.dialog
        self.error.hide()
        try:
            options = sharing.shareable(self._vault, self._session, self.customer_id)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return None
        for option in options:
            self._labels.update({f.key: f for f in option.fields})
        dialog = make_share_dialog(self._vault, self._session, self.customer_id, options, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or dialog.record_id is None:
            return
        self.load()
        option = dialog.chosen()
        set_tone(self.status, Tone.SUCCESS)
        show_text(self.status, self.tr("Recorded: data shared with {recipient}.").format(
            recipient=option.recipient_name if option else ""))
