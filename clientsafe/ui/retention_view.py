"""The managers' Retention area: customers due for destruction (select several, Destroy…),
customers on legal hold (Release hold…), and the destroyed customers' tombstones with their
certificates.

Listing the queue is audited by the service, so it is loaded when the area is created, when it
is shown again and on Refresh, never on a timer. The buttons only reflect the rules; the
services check them again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.retention import DueCustomer, Tombstone
from clientsafe.core.session import Session
from clientsafe.services import destruction, retention
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.destruction_dialog import DestructionDialog
from clientsafe.ui.due_queue_model import DueQueueModel, HeldModel, TombstonesModel
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, hint, notice_box, set_tone, show_text
from clientsafe.ui.pdf_print import print_pdf as print_document  # tests replace it
from clientsafe.ui.save_dialog import ask_save_path, default_folder
from clientsafe.ui.table_page import TablePage, set_column_widths


def choose_certificate_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save one certificate; None if cancelled (tests replace this function)."""
    return ask_save_path(
        parent, QCoreApplication.translate("RetentionView", "Save the destruction certificate"),
        suggested, QCoreApplication.translate("RetentionView", "PDF files (*.pdf)"), ".pdf")


class _Page(TablePage):
    """A list of the area: Refresh reloads the whole area (one audited queue listing)."""

    def __init__(self, reload: Callable[[], None], widths: tuple[int, ...],
                 parent: QWidget | None = None) -> None:
        self._reload = reload
        super().__init__(parent)
        self._widths = widths

    def reload(self) -> None:
        self._reload()

    def add_button(self, button: QPushButton) -> None:
        top = self.layout().itemAt(0).layout()
        assert isinstance(top, QHBoxLayout)
        top.insertWidget(top.indexOf(self.refresh_button), button)

    def set_model(self, model: DueQueueModel | HeldModel | TombstonesModel) -> None:
        self.table.setModel(model)
        set_column_widths(self.table, self._widths)

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())


class RetentionView(QWidget):
    # Customers due for destruction after each load (for a badge in the navigation).
    due_count_changed = Signal(int)
    # A destruction holds the vault's connection (the main window starts nothing else).
    busy_changed = Signal(bool)
    # Wrong passwords in the destruction dialog locked the account: the session must end.
    account_locked = Signal(str)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.dialog: DestructionDialog | None = None
        self.note = notice_box(Tone.SUCCESS, "", self)
        self.note.setObjectName("retentionNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)

        self.due_page = _Page(self.reload, (10, 22, 26, 14, 40), self)
        self.due_model = DueQueueModel(self)
        self.due_page.set_model(self.due_model)
        self.due_page.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.destroy_button = QPushButton(self.tr("Destroy…"), self)
        self.destroy_button.setObjectName("destroyCustomers")
        self.destroy_button.setToolTip(self.tr(
            "Destroy the selected customers' data for good (asks for your password)"))
        self.destroy_button.clicked.connect(self.open_destruction)
        self.due_page.add_button(self.destroy_button)
        self.due_page.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.held_page = _Page(self.reload, (10, 22, 18, 18, 40, 20), self)
        self.held_model = HeldModel(self)
        self.held_page.set_model(self.held_model)
        self.release_button = QPushButton(self.tr("Release hold…"), self)
        self.release_button.setObjectName("releaseHold")
        self.release_button.clicked.connect(self.release_selected)
        self.held_page.add_button(self.release_button)
        self.held_page.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.destroyed_page = _Page(self.reload, (24, 10, 18, 30, 20), self)
        self.tombstones_model = TombstonesModel(self)
        self.destroyed_page.set_model(self.tombstones_model)
        self.print_button = QPushButton(self.tr("Print certificate…"), self)
        self.print_button.setObjectName("printCertificate")
        self.print_button.clicked.connect(self.print_certificate)
        self.save_button = QPushButton(self.tr("Save certificate…"), self)
        self.save_button.setObjectName("saveCertificate")
        self.save_button.clicked.connect(self.save_certificate)
        self.destroyed_page.add_button(self.print_button)
        self.destroyed_page.add_button(self.save_button)
        self.destroyed_page.table.selectionModel().selectionChanged.connect(
            self._update_buttons)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.due_page, self.tr("Due for destruction"))
        self.tabs.addTab(self.held_page, self.tr("On legal hold"))
        self.tabs.addTab(self.destroyed_page, self.tr("Destroyed"))
        intro = hint(self.tr(
            "Customers whose every retention period has ended, or who asked for deletion and "
            "whose identity was checked, are listed here for your approval. A legal hold keeps "
            "a customer's data until it is released."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self._shown_before = False
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown_before and not event.spontaneous():
            self.reload()
        self._shown_before = True

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        for page in (self.due_page, self.held_page, self.destroyed_page):
            page.clear_error()
        try:
            entries = retention.due_queue(self._vault, self._session)
        except ClientSafeError as exc:
            entries = []
            self.due_page.show_error(error_text(exc))
        try:
            stones = destruction.tombstones(self._vault, self._session)
            destroyed = destruction.tombstone_count(self._vault, self._session)
        except ClientSafeError as exc:
            stones, destroyed = [], 0
            self.destroyed_page.show_error(error_text(exc))
        due = [e for e in entries if not e.held]
        held = [e for e in entries if e.held]
        self.due_model.set_rows(due)
        self.held_model.set_rows(held)
        self.tombstones_model.set_rows(stones)
        self.due_page.summary.setText(
            self.tr("1 customer is due for destruction") if len(due) == 1
            else self.tr("{n} customers are due for destruction").format(n=len(due)))
        self.held_page.summary.setText(
            self.tr("1 customer on legal hold") if len(held) == 1
            else self.tr("{n} customers on legal hold").format(n=len(held)))
        summary = (self.tr("1 customer destroyed") if destroyed == 1
                   else self.tr("{n} customers destroyed").format(n=destroyed))
        if destroyed > len(stones):  # the list holds the newest only
            summary = self.tr("{summary}; the latest {n} are listed").format(
                summary=summary, n=len(stones))
        self.destroyed_page.summary.setText(summary)
        self.due_page.show_rows(bool(due), self.tr("Nobody is due for destruction."))
        self.held_page.show_rows(bool(held), self.tr("No customer is on legal hold."))
        self.destroyed_page.show_rows(bool(stones), self.tr("No customer has been destroyed."))
        self.tabs.setTabText(0, self.tr("Due for destruction ({n})").format(n=len(due)))
        self._update_buttons()
        self.due_count_changed.emit(len(due))

    def _update_buttons(self) -> None:
        self.destroy_button.setEnabled(bool(self.selected_due()) and self.dialog is None)
        self.release_button.setEnabled(self.selected_held() is not None)
        self.print_button.setEnabled(self.selected_tombstone() is not None)
        self.save_button.setEnabled(self.selected_tombstone() is not None)

    def selected_due(self) -> list[DueCustomer]:
        return [self.due_model.rows[r] for r in self.due_page.selected_rows()
                if r < len(self.due_model.rows)]

    def selected_held(self) -> DueCustomer | None:
        rows = self.held_page.selected_rows()
        return self.held_model.rows[rows[0]] if rows else None

    def selected_tombstone(self) -> Tombstone | None:
        rows = self.destroyed_page.selected_rows()
        return self.tombstones_model.rows[rows[0]] if rows else None

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.note, tone)
        show_text(self.note, text)

    # --- destroying ------------------------------------------------------------------------

    def open_destruction(self) -> DestructionDialog | None:
        chosen = self.selected_due()
        if not chosen or self.dialog is not None:
            return self.dialog
        dialog = DestructionDialog(self._vault, self._session, chosen, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.customers_destroyed.connect(self._destroyed)
        dialog.busy_changed.connect(self.busy_changed)
        dialog.account_locked.connect(self.account_locked)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        self._update_buttons()
        dialog.open()
        return dialog

    def _destroyed(self, stones: list[Tombstone]) -> None:
        text = (self.tr("Destroyed 1 customer; the certificate is under Destroyed.")
                if len(stones) == 1 else
                self.tr("Destroyed {n} customers; their certificates are under Destroyed."))
        self._say(Tone.SUCCESS, text.format(n=len(stones)))

    def _dialog_finished(self) -> None:
        self.dialog = None
        self.reload()

    # --- holds -------------------------------------------------------------------------------

    def release_selected(self) -> bool:
        entry = self.selected_held()
        if entry is None:
            return False
        if not prompts.confirm(
                self, self.tr("Release legal hold"),
                self.tr("Release the legal hold on customer {id} ({name})? Their retention "
                        "applies again, so they may become due for destruction at once.").format(
                    id=entry.customer_id, name=entry.name),
                yes=self.tr("Release hold"), no=self.tr("Keep the hold")):
            return False
        try:
            retention.release_hold(self._vault, self._session, entry.customer_id)
        except ClientSafeError as exc:
            self.reload()
            self.held_page.show_error(error_text(exc))
            return False
        self.reload()
        self._say(Tone.SUCCESS, self.tr("Released the legal hold on customer {id}.").format(
            id=entry.customer_id))
        return True

    # --- certificates ------------------------------------------------------------------------

    def _certificate(self) -> tuple[Tombstone, bytes] | None:
        stone = self.selected_tombstone()
        if stone is None:
            return None
        try:
            return stone, destruction.certificate_pdf(self._vault, self._session,
                                                      stone.customer_id)
        except ClientSafeError as exc:
            self._say(Tone.ERROR, error_text(exc))
            return None

    def save_certificate(self) -> Path | None:
        stone = self.selected_tombstone()
        if stone is None:
            return None
        target = choose_certificate_file(self.window(), default_folder()
                                         / f"{stone.certificate_number}.pdf")
        if target is None:
            return None
        made = self._certificate()
        if made is None:
            return None
        try:
            target.write_bytes(made[1])
        except OSError as exc:
            self._say(Tone.ERROR, self.tr("The certificate could not be saved to {path}: "
                                          "{problem}").format(
                path=target, problem=exc.strerror or type(exc).__name__))
            return None
        self._say(Tone.SUCCESS, self.tr("Saved to {path}.").format(path=target))
        return target

    def print_certificate(self) -> bool:
        made = self._certificate()
        if made is None:
            return False
        if not print_document(self.window(), made[1], self.tr("Certificate of destruction")):
            return False
        self._say(Tone.SUCCESS, self.tr("Sent to the printer."))
        return True
