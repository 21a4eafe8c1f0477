"""The automatic-backup settings (security officer, manager): on or off, the folder, how many
daily and weekly backups to keep, and after how many days without one the status bar reminds.

The service checks the values and audits every change; the spin boxes only offer its ranges, and
a refusal is shown as its sentence with nothing saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.backups import KEEP_RANGE, REMIND_RANGE
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import backup
from clientsafe.services.backup_types import AutoBackupSettings
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, hint, notice_box, set_tone, show_text


def _spin(low: int, high: int, suffix: str, name: str, parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setObjectName(name)
    return box


class AutoBackupSettingsBox(QWidget):
    saved = Signal(object)  # AutoBackupSettings

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._saved = AutoBackupSettings()

        self.enabled = QCheckBox(self.tr("Make a backup automatically every day"), self)
        self.enabled.setObjectName("autoEnabled")
        self.folder = QLineEdit(self)
        self.folder.setObjectName("autoFolder")
        self.folder.setPlaceholderText(self.tr("for example a USB drive or a network folder"))
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        self.keep_daily = _spin(*KEEP_RANGE, self.tr(" daily"), "keepDaily", self)
        self.keep_weekly = _spin(*KEEP_RANGE, self.tr(" weekly"), "keepWeekly", self)
        self.remind_after = _spin(*REMIND_RANGE, self.tr(" days"), "remindAfter", self)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_daily)
        keep_row.addWidget(self.keep_weekly)
        keep_row.addStretch(1)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(self.enabled)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Keep the newest:"), keep_row)
        remind_row = QHBoxLayout()
        remind_row.addWidget(self.remind_after)
        remind_row.addStretch(1)
        form.addRow(self.tr("Remind after no backup for:"), remind_row)
        form.addRow(hint(self.tr(
            "ClientSafe makes the backup while it is open, once a day, and when it closes if the "
            "last one is older than a day. Older backups in the folder are deleted, except the "
            "newest of each of the last days and weeks set here. These settings are kept on "
            "this computer."), self))

        style = self.style()
        self.save_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("&Save"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogResetButton), self.tr("&Revert"),
            self)
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        self.notice = notice_box(Tone.SUCCESS, "", self)
        self.notice.setObjectName("autoNotice")

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addStretch(1)

        self.enabled.toggled.connect(self._edited)
        self.folder.textChanged.connect(self._edited)
        for box in (self.keep_daily, self.keep_weekly, self.remind_after):
            box.valueChanged.connect(self._edited)
        self.reload()

    # --- values ----------------------------------------------------------------------------------

    def chosen(self) -> AutoBackupSettings:
        return AutoBackupSettings(
            enabled=self.enabled.isChecked(), folder=self.folder.text().strip(),
            keep_daily=self.keep_daily.value(), keep_weekly=self.keep_weekly.value(),
            remind_after_days=self.remind_after.value())

    @property
    def current(self) -> AutoBackupSettings:
        """The saved settings (what the schedule uses)."""
        return self._saved

    @property
    def changed(self) -> bool:
        return self.chosen() != self._saved

    def reload(self) -> None:
        show_text(self.notice, "")
        try:
            self._saved = backup.auto_settings(self._vault, self._session)
        except ClientSafeError as exc:
            self._show(Tone.ERROR, error_text(exc))
            return
        self.revert()

    def revert(self) -> None:
        widgets = (self.enabled, self.folder, self.keep_daily, self.keep_weekly,
                   self.remind_after)
        for widget in widgets:
            widget.blockSignals(True)
        saved = self._saved
        self.enabled.setChecked(saved.enabled)
        self.folder.setText(saved.folder)
        self.keep_daily.setValue(saved.keep_daily)
        self.keep_weekly.setValue(saved.keep_weekly)
        self.remind_after.setValue(saved.remind_after_days)
        for widget in widgets:
            widget.blockSignals(False)
        self._edited()
        show_text(self.notice, "")

    def _edited(self) -> None:
        show_text(self.notice, "")
        changed = self.changed
        self.save_button.setEnabled(changed)
        self.revert_button.setEnabled(changed)

    def choose_folder(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for automatic backups"), start)
        if chosen:
            self.folder.setText(chosen)

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        new = self.chosen()
        try:
            backup.save_auto_settings(self._vault, self._session, new)
        except ClientSafeError as exc:
            self._show(Tone.ERROR, error_text(exc))
            return
        self._saved = new
        self._edited()
        if new.enabled and not Path(new.folder).is_dir():
            self._show(Tone.WARNING, self.tr(
                "Saved, but {folder} is not there right now; the backups fail until the drive "
                "is connected.").format(folder=new.folder))
        else:
            self._show(Tone.SUCCESS, self.tr("Saved.") if not new.enabled else self.tr(
                "Saved; ClientSafe makes the next automatic backup when one is due."))
        self.saved.emit(new)

    def _show(self, tone: Tone, text: str) -> None:
        set_tone(self.notice, tone)
        show_text(self.notice, text)
