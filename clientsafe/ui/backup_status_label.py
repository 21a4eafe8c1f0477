"""The backup state in the main window's status bar: when the last good backup was made and the
last restore drill passed; amber when a backup is overdue, red when the last one failed.

Clicking it opens the Backups area. The state comes from `services.backup.status` (a quick read,
not audited); which age counts as overdue is the service's decision, shown here as it is.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import backup
from clientsafe.services.backup_types import BackupStatus
from clientsafe.services.vault_access import Vault
from clientsafe.ui.backup_text import age_text, failure_text

_STYLES = {
    "ok": "QLabel { color: #1e4620; padding: 1px 8px; }",
    "reminder": ("QLabel { background: #fff4e5; color: #6b3d00; border: 1px solid #ffd8a8;"
                 " border-radius: 4px; padding: 1px 8px; }"),
    "failed": ("QLabel { background: #b3261e; color: white; font-weight: bold;"
               " border-radius: 4px; padding: 1px 8px; }"),
    "running": "QLabel { color: #0d3c61; padding: 1px 8px; }",
    "unknown": "QLabel { color: #5f6b7a; padding: 1px 8px; }",
}


class BackupStatusLabel(QLabel):
    clicked = Signal()

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.state = "unknown"
        self.setObjectName("backupStatus")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def refresh(self) -> None:
        """Read the state again (on the GUI thread: one small query)."""
        try:
            status = backup.status(self._vault, self._session)
        except ClientSafeError:
            self._set("unknown", self.tr("Backup state unknown"), "")
            return
        self.show_status(status, self._vault.clock())

    def show_running(self) -> None:
        self._set("running", self.tr("Making the automatic backup…"), "")

    def show_status(self, status: BackupStatus, now: datetime) -> None:
        drill = (self.tr("last restore drill passed {age}").format(
                     age=age_text(status.last_drill_ok_at, now))
                 if status.last_drill_ok_at is not None
                 else self.tr("no restore drill has passed yet"))
        tip = self.tr("Click to open Backups.")
        if status.failed_since_good:
            self._set("failed", self.tr("⚠ The last backup failed: {why}").format(
                why=failure_text(status.last_failure)), tip)
        elif status.reminder_due and status.last_good_at is None:
            self._set("reminder", self.tr("No backup yet; make one now"), tip)
        elif status.reminder_due and status.last_good_at is not None:
            self._set("reminder", self.tr("Last backup {age}; time for a new one").format(
                age=age_text(status.last_good_at, now)), tip)
        elif status.last_good_at is not None:
            self._set("ok", self.tr("Backed up {age} · {drill}").format(
                age=age_text(status.last_good_at, now), drill=drill), tip)
        else:  # a new vault: not overdue yet, but worth a word
            self._set("unknown", self.tr("No backup yet"), tip)

    def _set(self, state: str, text: str, tip: str) -> None:
        self.state = state
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(_STYLES[state])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)
