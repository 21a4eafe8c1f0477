"""The backup wizard (security officer or manager): choose a folder → write and verify with a
progress bar and Cancel → the verified manifest, then "Done".

Which step follows and when a button is allowed come from core.backup_flow. `services.backup.
create` writes the file, reads it back, checks it and only then returns; a failure or a cancel
removes the partial file, so the wizard only has to say the service's sentence. While the work
runs, `busy_changed(True)` tells the main window to hold other vault work.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from clientsafe.core.backup_flow import STEP_TITLES, BackupFlow, Outcome, Step
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import backup, settings
from clientsafe.services.backup_types import BackupResult
from clientsafe.services.vault_access import Vault
from clientsafe.ui.background import BackgroundTask, Cancelled, failure_sentence, run_in_background
from clientsafe.ui.backup_text import ManifestForm, size_text
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import Tone, hint, notice_box, show_text
from clientsafe.ui.wizard_frame import WizardFrame, WizardPage


def folder_facts(folder: str) -> tuple[bool, int | None]:
    """(exists, free bytes or None): only the UI looks at the disk; the flow hears the facts."""
    path = Path(folder) if folder else None
    if path is None or not path.is_dir():
        return False, None
    try:
        return True, shutil.disk_usage(path).free
    except OSError:
        return True, None


class DestinationPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Back up the vault"))
        self.intro.setText(self.tr(
            "A backup is one encrypted file with everything in the vault. Keep it away from "
            "this computer, for example on a USB drive or another disk, so one accident cannot "
            "take both. Opening it needs this computer's keyring or the recovery key."))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("backupFolder")
        self.folder.setReadOnly(True)  # chosen with the dialog, so it is always a real folder
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        self.body.addWidget(QLabel(self.tr("Folder for the backup:"), self))
        self.body.addLayout(row)
        self.space = hint(parent=self)
        self.space.setObjectName("freeSpace")
        self.body.addWidget(self.space)
        self.notice = notice_box(Tone.INFO, "", self)
        self.body.addWidget(self.notice)


class RunningPage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Writing the backup…"))
        self.intro.setText(self.tr(
            "ClientSafe writes the backup, reads it back and checks it: it opens, its storage "
            "is intact and its counts match the vault. You can keep working in other programs; "
            "Cancel stops and removes the unfinished file."))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.body.addWidget(self.bar)


class DonePage(WizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title.setText(self.tr("Backup made and verified"))
        self.result = notice_box(Tone.SUCCESS, "", self)
        self.result.setObjectName("backupResult")
        self.manifest = ManifestForm(self)
        self.open_folder = QPushButton(self.tr("Show the folder"), self)
        row = QHBoxLayout()
        row.addWidget(self.open_folder)
        row.addStretch(1)
        self.intro.hide()
        self.body.addWidget(self.result)
        self.body.addWidget(self.manifest)
        self.body.addLayout(row)


class BackupWizard(WizardFrame):
    busy_changed = Signal(bool)
    # A backup was written and verified (the backups screen refreshes its status).
    backup_made = Signal(object)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Back up"),
                         [translated("backup", STEP_TITLES[step]) for step in Step], parent)
        self._vault = vault
        self._session = session
        self.flow = BackupFlow()
        self.task: BackgroundTask | None = None
        self.destination = DestinationPage(self)
        self.running_page = RunningPage(self)
        self.done_page = DonePage(self)
        self.pages = {Step.DESTINATION: self.destination, Step.RUNNING: self.running_page,
                      Step.DONE: self.done_page}
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.destination.choose_button.clicked.connect(self.choose_folder)
        self.done_page.open_folder.clicked.connect(self._show_folder)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(self.start)
        self.finish_button.clicked.connect(self.accept)
        self.back_button.hide()  # failures return to the first page by themselves
        last = settings.last_backup_folder()
        self.set_folder(str(last) if last is not None else "")

    # --- choosing --------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the backup"), self.flow.folder or str(Path.home()))
        if chosen:
            self.set_folder(chosen)

    def set_folder(self, folder: str) -> None:
        exists, free = folder_facts(folder)
        self.flow.set_folder(folder, exists=exists, free_bytes=free)
        self.destination.folder.setText(self.flow.folder)
        self.destination.folder.setCursorPosition(0)
        self._refresh()

    def _space_text(self) -> str:
        flow = self.flow
        if not flow.folder or not flow.folder_exists:
            return ""
        try:
            vault_size = self._vault.path.stat().st_size
        except OSError:
            vault_size = 0
        free = (size_text(flow.free_bytes) if flow.free_bytes is not None
                else self.tr("unknown"))
        return self.tr("Free space there: {free}. The vault is about {size}.").format(
            free=free, size=size_text(vault_size))

    # --- drawing ---------------------------------------------------------------------------------

    def _refresh(self) -> None:
        flow = self.flow
        self.stack.setCurrentWidget(self.pages[flow.step])
        done = set(range(flow.step)) | ({int(Step.DONE)} if flow.step is Step.DONE else set())
        self.mark_steps(int(flow.step), done)
        page = self.destination
        problem = flow.folder_problem() or flow.error
        page.show_problem(error_text(problem) if problem is not None else "")
        show_text(page.space, self._space_text())
        show_text(page.notice, self.tr("Cancelled; nothing was kept.") if flow.cancelled else "")
        if flow.step is Step.RUNNING:
            self.running_page.bar.setRange(0, max(flow.total, 0))
            self.running_page.bar.setValue(min(flow.done, flow.total) if flow.total else 0)
        self.set_buttons(
            back=False,
            next_=flow.can_start() if flow.step is Step.DESTINATION else None,
            finish=True if flow.step is Step.DONE else None,
            cancel=flow.step is not Step.DONE and (not flow.running or flow.can_cancel_work()),
            next_text=self.tr("Back up now"),
        )
        self.cancel_button.setVisible(flow.step is not Step.DONE)
        self.choose_button_enabled(not flow.running)

    def choose_button_enabled(self, enabled: bool) -> None:
        self.destination.choose_button.setEnabled(enabled)

    # --- running ---------------------------------------------------------------------------------

    def start(self) -> None:
        if not self.flow.can_start():
            return
        folder = Path(self.flow.started())
        self._refresh()
        self.busy_changed.emit(True)
        vault, session = self._vault, self._session
        self.task = run_in_background(
            self, lambda progress: backup.create(vault, session, folder, progress=progress),
            on_success=self._succeeded, on_failure=self._failed, on_progress=self._progressed,
            show_progress=False,  # the running page is the progress indication
        )
        self.task.finished.connect(self._ended)

    def _progressed(self, done: int, total: int) -> None:
        self.flow.progressed(done, total)
        self._refresh()

    def _succeeded(self, result: BackupResult) -> None:
        settings.save_last_backup_folder(result.path.parent)
        self.flow.succeeded(Outcome(str(result.path), result.manifest, result.seconds,
                                    result.manifest.created_at))
        self.done_page.manifest.show_manifest(result.manifest, str(result.path))
        show_text(self.done_page.result, self.tr(
            "✔ The backup was written, read back and verified: it opens, its storage is intact "
            "and its counts match the vault."))
        self.backup_made.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.flow.failed(exc, cancelled=True)
            return
        # An unexpected error (a bug) is logged by failure_sentence and shown as its sentence.
        self.flow.failed(exc if isinstance(exc, ClientSafeError)
                         else ClientSafeError(failure_sentence(exc)))

    def _ended(self) -> None:
        self.task = None
        self.busy_changed.emit(False)
        self._refresh()

    @property
    def busy(self) -> bool:
        return self.flow.running

    # --- leaving ---------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.flow.running:
            # Cancel during the work stops it; the window closes itself only afterwards, once
            # the service has removed the unfinished file.
            if self.flow.can_cancel_work() and self.task is not None:
                self.flow.cancel()
                self.task.cancel()
                self._refresh()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.flow.running:
            event.ignore()
            return
        super().closeEvent(event)

    def _show_folder(self) -> None:
        outcome = self.flow.outcome
        if outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(outcome.path).parent)))
