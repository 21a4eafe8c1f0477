"""The Backups area (security officer, manager): the state of the backups at a glance, "Back up
now", the automatic-backup settings and, for the security officer, restoring and restore drills.

Which buttons and tabs appear follows the permission table (BACKUP_CREATE for the area,
BACKUP_RESTORE for restore and drills); the services enforce the same table. Background work of
the wizards and the drill view is relayed as `busy_changed`, so the main window holds other vault
work meanwhile. `vault_restored(RestoreResult)` says the vault was replaced (the old one is closed
now); `restore_closed` that the wizard was closed after it, so the main window hands the restored
vault to the sign-in screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import backup
from clientsafe.services.backup_types import BackupStatus
from clientsafe.services.vault_access import Vault
from clientsafe.ui.auto_backup_settings import AutoBackupSettingsBox
from clientsafe.ui.backup_text import age_text, failure_text, time_text
from clientsafe.ui.backup_wizard import BackupWizard
from clientsafe.ui.drill_view import DrillView
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, heading, notice_box, set_tone, show_text
from clientsafe.ui.restore_wizard import RestoreWizard

_COLUMN_WIDTH = 860


class BackupsView(QWidget):
    busy_changed = Signal(bool)
    backups_changed = Signal()  # a backup, drill or setting changed: the status bar refreshes
    vault_restored = Signal(object)  # RestoreResult
    restore_closed = Signal()

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.wizard: BackupWizard | RestoreWizard | None = None
        self.status: BackupStatus | None = None

        title = heading(self.tr("Backups"), self, size=1.15)
        intro = QLabel(self.tr(
            "A backup is one encrypted file with everything in the vault. Keep backups away "
            "from this computer, and test now and then that one can really be restored."))
        intro.setWordWrap(True)
        self.summary = notice_box(Tone.INFO, "", self)
        self.summary.setObjectName("backupSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        style = self.style()
        self.backup_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            self.tr("Back up now…"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.open_backup_wizard)
        self.restore_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            self.tr("Restore from a backup…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.open_restore_wizard)
        can_restore = session.can(Permission.BACKUP_RESTORE)
        self.restore_button.setVisible(can_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        self.settings_box = AutoBackupSettingsBox(vault, session, self)
        self.settings_box.saved.connect(self._settings_saved)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.settings_box, self.tr("Automatic backups"))
        self.drill_view: DrillView | None = None
        if can_restore:
            self.drill_view = DrillView(vault, session, self)
            self.drill_view.busy_changed.connect(self._set_busy)
            self.drill_view.drill_finished.connect(self._changed)
            self.tabs.addTab(self.drill_view, self.tr("Restore drills"))
            self.drill_view.suggest_newest(self.settings_box.current.folder)

        column = QWidget(self)
        column.setMaximumWidth(_COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addWidget(self.summary)
        inner.addLayout(buttons)
        inner.addWidget(self.tabs, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1)
        layout.addStretch(0)
        self._busy = False
        self._change_pending = False
        self.refresh_status()

    # --- the state at a glance -------------------------------------------------------------------

    def refresh_status(self) -> None:
        try:
            self.status = backup.status(self._vault, self._session)
        except ClientSafeError as exc:
            set_tone(self.summary, Tone.ERROR)
            show_text(self.summary, error_text(exc))
            return
        self.show_summary(self.status)

    def show_summary(self, status: BackupStatus) -> None:
        now = self._vault.clock()
        lines = []
        if status.last_good_at is not None:
            lines.append(self.tr("Last good backup: {when} ({age}).").format(
                when=time_text(status.last_good_at), age=age_text(status.last_good_at, now)))
        else:
            lines.append(self.tr("No backup has been made yet."))
        if status.failed_since_good and status.last_failed_at is not None:
            lines.append(self.tr("The last attempt failed on {when}: {why}.").format(
                when=time_text(status.last_failed_at), why=failure_text(status.last_failure)))
        if status.last_drill_ok_at is not None:
            lines.append(self.tr("Last restore drill passed: {when} ({age}).").format(
                when=time_text(status.last_drill_ok_at),
                age=age_text(status.last_drill_ok_at, now)))
        else:
            lines.append(self.tr("No restore drill has passed yet."))
        tone = (Tone.ERROR if status.failed_since_good
                else Tone.WARNING if status.reminder_due or status.last_good_at is None
                else Tone.SUCCESS)
        set_tone(self.summary, tone)
        show_text(self.summary, "\n".join(lines))

    def _changed(self) -> None:
        self.refresh_status()
        if self._busy:
            # The main window reads the state only once the work has ended; say it then.
            self._change_pending = True
        else:
            self.backups_changed.emit()

    def _settings_saved(self) -> None:
        if self.drill_view is not None:
            self.drill_view.suggest_newest(self.settings_box.current.folder)
        self._changed()

    # --- wizards ---------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(not busy)
        self.busy_changed.emit(busy)
        if not busy and self._change_pending:
            self._change_pending = False
            self.backups_changed.emit()

    @property
    def busy(self) -> bool:
        return self._busy

    def open_backup_wizard(self) -> BackupWizard:
        wizard = BackupWizard(self._vault, self._session, self)
        wizard.busy_changed.connect(self._set_busy)
        wizard.backup_made.connect(lambda _result: self._changed())
        self._open(wizard)
        return wizard

    def open_restore_wizard(self) -> RestoreWizard:
        wizard = RestoreWizard(self._vault, self._session, self,
                               start_folder=self.settings_box.current.folder)
        wizard.busy_changed.connect(self._set_busy)
        wizard.restored.connect(self.vault_restored)
        wizard.finished.connect(
            lambda _code: self.restore_closed.emit() if wizard.result is not None else None)
        self._open(wizard)
        return wizard

    def _open(self, wizard: BackupWizard | RestoreWizard) -> None:
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.finished.connect(lambda _code: self._closed(wizard))
        self.wizard = wizard
        # open(), not exec(): no nested event loop, so the window keeps painting behind it.
        wizard.open()

    def _closed(self, wizard: BackupWizard | RestoreWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
