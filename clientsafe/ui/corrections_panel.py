"""The "Corrections" tab of the customer record: which detail was corrected, when, by whom and
why, with the old and new values only masked; "Correct a detail…" opens the correction dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.rights import Correction
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import corrections
from clientsafe.services.vault_access import Vault
from clientsafe.ui.correction_dialog import CorrectionDialog
from clientsafe.ui.error_text import error_text
from clientsafe.ui.login_window import current_language
from clientsafe.ui.message_labels import (
    monospace_font,
    plain_tip,
    show_text,
)
from clientsafe.ui.paged_table_model import local_time
from clientsafe.ui.record_tab import RecordTab

# When, detail, before, after, by, request, reason (stretches).
_WIDTHS = (20, 16, 18, 18, 16, 8, 30)


class CorrectionsPanel(RecordTab):
    # A detail was corrected (its field key): the record should show the new value.
    corrected = Signal(str)

    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 parent: QWidget | None = None) -> None:
        self._vault = vault
        self._session = session
        self.customer_id = customer_id
        self.history: list[Correction] = []
        self.dialog: CorrectionDialog | None = None
        model = QStandardItemModel(0, len(_WIDTHS))
        super().__init__(
            parent, name="corrections", title=self.tr("Corrections"),
            action=self.tr("Correct a detail…"),
            can_act=session.can(Permission.CUSTOMER_CORRECT), on_action=self.correct,
            empty=self.tr("No detail of this customer has been corrected."), model=model,
            widths=_WIDTHS, note=self.tr(
                "Old and new values are kept only masked, so a correction leaves nothing of "
                "the value it replaced."))
        model.setParent(self)
        model.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Detail"), self.tr("Before"), self.tr("After"),
            self.tr("By"), self.tr("Request"), self.tr("Why")])
        self.correct_button = self.action_button
        self.correct_button.setObjectName("correctDetail")

    def load(self) -> None:
        """Read the correction history (again) and show it."""
        self.error.hide()
        try:
            self.history = corrections.correction_history(self._vault, self._session,
                                                          self.customer_id)
        except ClientSafeError as exc:
            self.history = []
            show_text(self.error, error_text(exc))
        labels = corrections.field_labels(self._vault)
        zh = current_language().startswith("zh")
        self.model.removeRows(0, self.model.rowCount())
        mono = monospace_font()
        for item in self.history:
            en, cn = labels.get(item.field_key, (item.field_key, item.field_key))
            cells = [local_time(item.corrected_at), cn if zh else en,
                     item.old_masked or "—", item.new_masked or "—", item.corrected_by,
                     f"#{item.request_id}" if item.request_id else "—", item.reason]
            row = [QStandardItem(text) for text in cells]
            for cell in row[2:4]:
                cell.setFont(mono)
            row[6].setToolTip(plain_tip(item.reason))  # typed by staff: never markup
            for cell in row:
                cell.setData(item.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.show_entries(len(self.history))

    def correct(self, _checked: bool = False, *, request_id: int | None = None
                ) -> CorrectionDialog | None:
        """Open the correction dialog (not blocking), linked to `request_id` if given."""
        if self.dialog is not None:
            return self.dialog
        dialog = CorrectionDialog(self._vault, self._session, self.customer_id, self,
                                  request_id=request_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        self.status.hide()
        dialog.open()
        return dialog

    def _dialog_finished(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or dialog.corrected_key is None:
            return
        key = dialog.corrected_key
        self.load()
        labels = corrections.field_labels(self._vault)
        en, cn = labels.get(key, (key, key))
        show_text(self.status, self.tr("Corrected: {field}.").format(
            field=cn if current_language().startswith("zh") else en))
        self.corrected.emit(key)
