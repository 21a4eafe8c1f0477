"""Replacing the vault key and the recovery key: explain, ask the officer's password, do it in the
background, then show the new recovery key once and have two of its groups typed back.

The key and check pages are the setup wizard's (the same rules, from core.setup_flow, and the
same look), driven by a SetupFlow that starts at the recovery-key step.
"""

from __future__ import annotations

import random
import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    ClientSafeError,
)
from clientsafe.core.session import Session
from clientsafe.core.setup_flow import SetupFlow, Step
from clientsafe.services import auth, keys, setup
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.background import BackgroundTask, failure_sentence, run_in_background
from clientsafe.ui.error_text import error_text
from clientsafe.ui.lock_hiding import hide_while_locked
from clientsafe.ui.message_labels import Tone, error_line, heading, notice_box, paragraph, show_text
from clientsafe.ui.recovery_kit_print import recovery_kit_document
from clientsafe.ui.save_dialog import ask_save_path, default_folder
from clientsafe.ui.setup_pages import ConfirmPage, RecoveryKeyPage

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class RootRotationDialog(QDialog):
    busy_changed = Signal(bool)
    account_locked = Signal(str)  # wrong passwords locked the account: the session must end
    replaced = Signal()  # the vault has its new key (emitted before the key is shown)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None, *,
                 rng: random.Random | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._rng = rng or random.SystemRandom()
        self.flow: SetupFlow | None = None  # set once the new key exists
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Replace the vault key and recovery key"))
        self.setMinimumSize(720, 520)

        self.explain_page = self._explain_page()
        self.working_page = self._working_page()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.explain_page)
        self.stack.addWidget(self.working_page)
        self.key_page: RecoveryKeyPage | None = None
        self.confirm_page: ConfirmPage | None = None

        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.back_button = QPushButton(self.tr("< Back"), self)
        self.next_button = QPushButton(self.tr("Next >"), self)
        self.replace_button = QPushButton(self.tr("Replace the keys"), self)
        self.replace_button.setObjectName("replaceKeys")
        self.done_button = QPushButton(self.tr("Done"), self)
        for button in (self.cancel_button, self.back_button, self.next_button,
                       self.replace_button, self.done_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(96)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.replace_button.clicked.connect(self.start)
        self.done_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.replace_button,
                       self.done_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 18)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._refresh()

    # --- pages -----------------------------------------------------------------------------------

    def _explain_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(heading(self.tr("Replace the vault key and recovery key"), page))
        column.addWidget(paragraph(self.tr(
            "The vault key opens the whole vault file; the recovery key on your Recovery Kit "
            "can open it too when this computer's keyring cannot. Replace both if the Recovery "
            "Kit may have been seen by someone else, or if a person who knew about it has left."
        ), page))
        column.addWidget(paragraph(self.tr(
            "What happens:\n"
            "•  the vault file is encrypted again with a new key, kept in this computer's "
            "keyring;\n"
            "•  you get a new recovery key, shown only once: save and print the new Recovery "
            "Kit;\n"
            "•  the old recovery key no longer opens this vault."
        ), page))
        backups = notice_box(Tone.INFO, self.tr(
            "Backups made before today keep their old recovery key. Keep the old Recovery Kit "
            "as long as you keep those backups, and label it so you know which backups it opens."
        ), page)
        column.addWidget(backups)
        column.addWidget(paragraph(self.tr(
            "It takes a moment and cannot be stopped once started. Type your password to go on."
        ), page))
        self.password = QLineEdit(page)
        self.password.setObjectName("officerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(260)
        self.password.returnPressed.connect(self.start)
        form = QFormLayout()
        form.addRow(self.tr("Your &password:"), self.password)
        column.addLayout(form)
        self.error = error_line(page)
        self.error.setObjectName("rootRotationError")
        column.addWidget(self.error)
        column.addStretch(1)
        return page

    def _working_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(heading(self.tr("Replacing the keys…"), page))
        column.addWidget(paragraph(self.tr(
            "ClientSafe is copying the vault under its new key. Please wait and keep this "
            "computer on; the old key keeps working until the new one is in place."), page))
        bar = QProgressBar(page)
        bar.setRange(0, 0)  # busy: the service reports no steps
        bar.setTextVisible(False)
        column.addWidget(bar)
        column.addStretch(1)
        return page

    def _add_key_pages(self, flow: SetupFlow) -> None:
        self.key_page = RecoveryKeyPage(flow, self)
        self.key_page.title.setText(self.tr("Your new recovery key"))
        self.key_page.intro.setText(self.tr(
            "The vault now has a new key, and this is its new recovery key. It is shown only "
            "now. Save the new Recovery Kit and print it, then keep the paper somewhere safe, "
            "away from this computer. The old Recovery Kit opens only the backups made before "
            "today."))
        self.key_page.save_requested.connect(self.save_recovery_kit)
        self.key_page.print_requested.connect(self.print_recovery_kit)
        self.confirm_page = ConfirmPage(flow, self)
        self.confirm_page.ready.setText(self.tr("Both groups are right. Press Done to close."))
        self.confirm_page.changed.connect(self._refresh)
        self.stack.addWidget(self.key_page)
        self.stack.addWidget(self.confirm_page)

    def _refresh(self) -> None:
        flow, busy = self.flow, self.task is not None
        on_key = flow is not None and flow.step is Step.RECOVERY_KEY
        on_confirm = flow is not None and flow.step is Step.CONFIRM
        self.cancel_button.setVisible(flow is None)
        self.cancel_button.setEnabled(not busy)
        self.replace_button.setVisible(flow is None)
        self.replace_button.setEnabled(not busy)
        self.back_button.setVisible(on_confirm)
        self.next_button.setVisible(on_key)
        self.done_button.setVisible(on_confirm)
        if flow is not None and self.confirm_page is not None and on_confirm:
            check = flow.check()
            self.confirm_page.show_problem(
                error_text(check.problem) if check.problem is not None else "")
            self.done_button.setEnabled(flow.can_finish())
        self.replace_button.setDefault(flow is None)
        self.next_button.setDefault(on_key)
        self.done_button.setDefault(on_confirm)

    # --- replacing -------------------------------------------------------------------------------

    def start(self) -> None:
        if self.task is not None or self.flow is not None:
            return
        password = self.password.text()
        self.password.clear()  # whatever happens next, the field does not keep it
        if not password:
            show_text(self.error, self.tr("Type your password to go on."))
            self.password.setFocus()
            return
        show_text(self.error, "")
        vault, session = self._vault, self._session

        def work(_progress: object) -> str:
            # Checked in the same background work so a slow password hash does not freeze the
            # window; nothing is replaced unless the password is right.
            auth.reauthenticate(vault, session, password)
            return keys.rotate_root(vault, session).formatted()

        self.stack.setCurrentWidget(self.working_page)
        self.busy_changed.emit(True)
        self.task = run_in_background(self, work, on_success=self._replaced,
                                      on_failure=self._failed, show_progress=False)
        self.task.finished.connect(self._ended)
        self._refresh()

    def _ended(self) -> None:
        self.task = None
        self.busy_changed.emit(False)
        self._refresh()

    def _replaced(self, recovery_key: str) -> None:
        flow = SetupFlow(vault_path=str(self._vault.path), rng=self._rng)
        flow.creation_succeeded(recovery_key, in_keyring=True)  # picks the groups to type back
        self.flow = flow
        self._add_key_pages(flow)
        self._show_step()
        hide_while_locked(self)  # the work may have ended while the window was locked
        self.replaced.emit()

    def _failed(self, exc: BaseException) -> None:
        self.stack.setCurrentWidget(self.explain_page)
        if isinstance(exc, (AccountLocked, AccountDisabled)):
            self.account_locked.emit(error_text(exc))
            super().reject()
            return
        show_text(self.error, failure_sentence(exc))
        if isinstance(exc, AuthenticationFailed):
            self.password.setFocus()

    # --- the new key -----------------------------------------------------------------------------

    def _show_step(self) -> None:
        assert self.flow is not None and self.key_page is not None
        page = self.key_page if self.flow.step is Step.RECOVERY_KEY else self.confirm_page
        assert page is not None
        self.stack.setCurrentWidget(page)
        page.entered()
        self._refresh()

    def go_next(self) -> None:
        if self.flow is not None and self.flow.can_go_next():
            self.flow.next()
            self._show_step()

    def go_back(self) -> None:
        if self.flow is not None and self.flow.can_go_back():
            self.flow.back()
            self._show_step()

    @property
    def confirmed(self) -> bool:
        return self.flow is not None and self.flow.can_finish()

    def finish(self) -> None:
        if self.confirmed:
            self.accept()

    def reject(self) -> None:
        if self.task is not None:
            return  # the replacement cannot be stopped; Esc and close wait too
        if self.flow is not None and not self.confirmed:
            if hide_while_locked(self):
                return  # the window locked while the key was on screen: hidden, not lost
            if not prompts.confirm(
                self,
                self.tr("Close without the new key?"),
                self.tr("The new recovery key will not be shown again. Without it, the vault "
                        "cannot be opened on another computer or after the keyring is lost. "
                        "Close anyway?"),
                yes=self.tr("Close without the key"),
                no=self.tr("Go back to the key"),
            ):
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        super().done(result)
        if self.flow is not None:
            self.flow.recovery_key = ""  # the key is not kept in memory once the dialog ends

    # --- the Recovery Kit ------------------------------------------------------------------------

    def save_recovery_kit(self) -> None:
        if self.flow is None or self.key_page is None:
            return
        name = _UNSAFE_IN_FILE_NAMES.sub(" ", self._vault.info.business_name).strip()
        # The date keeps the old kit's file (still needed for old backups) from being replaced.
        suggested = default_folder() / self.tr("Recovery Kit - {name} - {date}.pdf").format(
            name=name, date=date.today().isoformat())
        target = ask_save_path(self, self.tr("Save the new Recovery Kit"), suggested,
                               self.tr("PDF document (*.pdf)"), ".pdf")
        if target is None:
            return
        try:
            setup.save_recovery_kit(self._vault, self.flow.recovery_key, target)
        except (ClientSafeError, OSError) as exc:
            self.key_page.set_status(failure_sentence(exc), Tone.ERROR)
            return
        self.key_page.set_status(self.tr(
            "Saved to {path}. Print it, and keep the paper (or a USB stick with the file) away "
            "from this computer; then delete the file here.").format(path=target), Tone.SUCCESS)

    def print_recovery_kit(self) -> None:
        if self.flow is None or self.key_page is None:
            return
        # Imported here: printing support loads only when someone prints.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the new Recovery Kit"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        recovery_kit_document(self._vault, self.flow.recovery_key).print_(printer)
        self.key_page.set_status(
            self.tr("Sent to the printer. Keep the paper somewhere safe, away from this computer."),
            Tone.SUCCESS)

