"""Destroying the selected customers: what goes, a warning that it cannot be undone, the
manager's own password, then the work in a background thread with progress and a way to stop
between customers, and finally the destruction certificates.

The service checks everything again (due, not on hold, the password) and records each customer
in the audit trail; this dialog only asks and reports.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import AccountDisabled, AccountLocked, ClientSafeError
from clientsafe.core.retention import (
    DESTROYED_KINDS,
    DESTROYED_LABELS,
    RETIRED_KINDS,
    DueCustomer,
    Tombstone,
)
from clientsafe.core.session import Session
from clientsafe.services import destruction
from clientsafe.services.vault_access import Vault
from clientsafe.ui.background import (
    BackgroundTask,
    ProgressCallback,
    failure_sentence,
    run_in_background,
)
from clientsafe.ui.due_queue_model import DueQueueModel
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.lock_hiding import hide_while_locked
from clientsafe.ui.message_labels import (
    Tone,
    error_line,
    heading,
    hint,
    notice_box,
    set_tone,
    show_text,
)
from clientsafe.ui.save_dialog import default_folder
from clientsafe.ui.table_page import make_table_view, set_column_widths

# Customer, name, basis, due since, why (stretches).
_WIDTHS = (10, 22, 26, 14, 30)


def choose_folder(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save the certificates; None if cancelled (tests replace this function)."""
    name = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("DestructionDialog", "Save the certificates in"),
        str(suggested))
    return Path(name) if name else None


def save_certificates(vault: Vault, session: Session, stones: Sequence[Tombstone],
                      folder: Path) -> list[Path]:
    """One PDF per destroyed customer, named by its certificate number (no personal data)."""
    saved = []
    for stone in stones:
        path = folder / f"{stone.certificate_number}.pdf"
        path.write_bytes(destruction.certificate_pdf(vault, session, stone.customer_id))
        saved.append(path)
    return saved


class DestructionDialog(QDialog):
    """`customers_destroyed(list[Tombstone])` after a run that destroyed anyone (also when it
    stopped early or failed part-way)."""

    customers_destroyed = Signal(list)
    # True while the run holds the vault's connection: the main window starts nothing else.
    busy_changed = Signal(bool)
    # Wrong passwords locked the account (the sentence): the session must end.
    account_locked = Signal(str)

    def __init__(self, vault: Vault, session: Session, customers: Sequence[DueCustomer],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.customers = [c for c in customers if c.destroyable]
        self.tombstones: list[Tombstone] = []
        self.task: BackgroundTask | None = None
        self._stop = threading.Event()
        self._locked_out: str | None = None
        self.setWindowTitle(self.tr("Destroy customer data"))
        self.setMinimumWidth(820)

        count = len(self.customers)
        self.title = heading(
            self.tr("Destroy the data of 1 customer") if count == 1
            else self.tr("Destroy the data of {n} customers").format(n=count), self, size=1.2)
        self.warning = notice_box(Tone.ERROR, self.tr(
            "This cannot be undone. Everything held about these customers is deleted from the "
            "vault for good, and the vault file is rebuilt so no trace stays in it. What remains "
            "is a tombstone (customer id, dates, basis, your approval), the audit trail, which "
            "holds no values, and their payments' dates and amounts for the accounts, with no "
            "name or description. Backups made before today still hold the data until they are "
            "deleted."), self)
        self.warning.setObjectName("destructionWarning")
        self.model = DueQueueModel(self)
        self.model.set_rows(self.customers)
        self.table: QTableView = make_table_view(self)
        self.table.setModel(self.model)
        set_column_widths(self.table, _WIDTHS)
        rows = min(max(count, 2), 8)
        self.table.setFixedHeight(self.table.verticalHeader().defaultSectionSize() * (rows + 1)
                                  + 6)
        kinds = "; ".join(translated("retention", DESTROYED_LABELS[k]) for k in DESTROYED_KINDS
                          if k not in RETIRED_KINDS)
        self.what = hint(self.tr("Destroyed for each customer: {kinds}.").format(kinds=kinds),
                         self)
        self.password_label = QLabel(self.tr("Type your password to approve:"), self)
        self.password = QLineEdit(self)
        self.password.setObjectName("destructionPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(self._update_buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(count, 1))
        self.progress.setValue(0)
        self.progress.hide()
        self.error = error_line(self)
        self.error.setObjectName("destructionError")
        self.result = notice_box(Tone.SUCCESS, "", self)
        self.result.setObjectName("destructionResult")
        self.result.setTextFormat(Qt.TextFormat.PlainText)

        self.destroy_button = QPushButton(self.tr("Destroy permanently"), self)
        self.destroy_button.setObjectName("destroyNow")
        self.destroy_button.setStyleSheet("QPushButton:enabled { color: #b3261e; "
                                          "font-weight: bold; }")
        self.destroy_button.clicked.connect(self.start)
        self.certificates_button = QPushButton(self.tr("Save certificates…"), self)
        self.certificates_button.setObjectName("saveCertificates")
        self.certificates_button.clicked.connect(self.save_certificates)
        self.certificates_button.hide()
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.setObjectName("closeDestruction")
        self.close_button.setDefault(True)  # the safe choice on Enter
        self.close_button.clicked.connect(self._close_or_stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.certificates_button)
        buttons.addStretch(1)
        buttons.addWidget(self.destroy_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.warning)
        layout.addWidget(self.table)
        layout.addWidget(self.what)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.is_running

    def _update_buttons(self) -> None:
        done = bool(self.tombstones) or self.progress.value() > 0
        self.destroy_button.setEnabled(bool(self.password.text()) and bool(self.customers)
                                       and not self.running and not done)

    def start(self) -> None:
        if not self.destroy_button.isEnabled():
            return
        show_text(self.error, "")
        ids = [c.customer_id for c in self.customers]
        password = self.password.text()
        self.password.clear()
        self.password.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.close_button.setText(self.tr("Stop after this customer"))
        self._stop.clear()

        def work(progress: ProgressCallback) -> list[Tombstone]:
            return destruction.destroy(self._vault, self._session, ids, password=password,
                                       progress=progress, cancelled=self._stop.is_set)

        self.busy_changed.emit(True)
        self.task = run_in_background(self, work, on_success=self._finished,
                                      on_failure=self._failed, on_progress=self._progressed,
                                      show_progress=False)
        self.task.finished.connect(self._task_ended)
        self._update_buttons()

    def _task_ended(self) -> None:
        self.busy_changed.emit(False)
        self._update_buttons()
        if self._locked_out is not None:  # told once the vault is free: signing out uses it
            self.account_locked.emit(self._locked_out)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finished(self, stones: list[Tombstone]) -> None:
        self._show_outcome(stones, None)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, (AccountLocked, AccountDisabled)):
            self._locked_out = error_text(exc)
        # Customers before the problem stay destroyed: say so, from the tombstones.
        try:
            wanted = {c.customer_id for c in self.customers}
            stones = [t for t in destruction.tombstones(self._vault, self._session)
                      if t.customer_id in wanted]
        except ClientSafeError:
            stones = []
        self._show_outcome(stones, exc)

    def _show_outcome(self, stones: list[Tombstone], exc: BaseException | None) -> None:
        self.tombstones = stones
        self.close_button.setText(self.tr("Close") if stones else self.tr("Cancel"))
        self.close_button.setEnabled(True)
        self.certificates_button.setVisible(bool(stones))
        self.password_label.setVisible(not stones)
        self.password.setVisible(not stones)
        total = len(self.customers)
        if exc is not None:
            show_text(self.error, failure_sentence(exc))
            self.password.setEnabled(not stones)  # nothing happened yet: try again
            self.progress.setVisible(bool(stones))
        if stones:
            text = (self.tr("Destroyed 1 of {total} customers.") if len(stones) == 1
                    else self.tr("Destroyed {n} of {total} customers.")).format(
                n=len(stones), total=total)
            if any(t.destroyed.reclaimed_at is None for t in stones):
                text += " " + self.tr("The vault file could not be rebuilt yet (another program "
                                      "was reading it); it will be at the next destruction.")
            set_tone(self.result, Tone.SUCCESS if len(stones) == total else Tone.WARNING)
            show_text(self.result, text + " " + self.tr(
                "Save the destruction certificates for your records."))
            self.customers_destroyed.emit(stones)
        self._update_buttons()

    def save_certificates(self) -> list[Path]:
        folder = choose_folder(self, default_folder())
        if folder is None:
            return []
        try:
            saved = save_certificates(self._vault, self._session, self.tombstones, folder)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return []
        except OSError as exc:
            show_text(self.error, self.tr("The certificates could not be saved in {path}: "
                                          "{problem}").format(
                path=folder, problem=exc.strerror or type(exc).__name__))
            return []
        set_tone(self.result, Tone.SUCCESS)
        show_text(self.result, self.tr("Saved {n} certificates in {path}.").format(
            n=len(saved), path=folder))
        return saved

    def _close_or_stop(self) -> None:
        if self.running:
            self._stop.set()
            self.close_button.setText(self.tr("Stopping…"))
            self.close_button.setEnabled(False)
            return
        self.accept() if self.tombstones else self.reject()

    def reject(self) -> None:
        if self.running:
            if hide_while_locked(self):
                # The window locked: the approved run goes on, out of sight (the lock must not
                # show whose data goes).
                return
            self._close_or_stop()  # Escape while working: stop between customers
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self._close_or_stop()
            event.ignore()
            return
        super().closeEvent(event)
