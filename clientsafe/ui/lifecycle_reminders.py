"""Reminders in the main window's status bar: rights requests close to or past their deadline,
and customers due for destruction. Clicking one opens its area.

A missed deadline is what gets a small business into trouble, so the reminder is there from
sign-in, not only once someone opens the Rights requests area. The counts come from services
that name no customer (not audited); they are read again every few minutes, because deadlines
pass while the app stays open. When the Rights area reports a change the deadline counts are read
again; the Retention area reports the count it has just listed, which is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import retention, rights_requests
from clientsafe.services.rights_requests import DUE_SOON_DAYS
from clientsafe.services.vault_access import Vault

REFRESH_MS = 5 * 60_000

_STYLES = {
    "late": ("QLabel { background: #b3261e; color: white; font-weight: bold;"
             " border-radius: 4px; padding: 1px 8px; }"),
    "soon": ("QLabel { background: #fff4e5; color: #6b3d00; border: 1px solid #ffd8a8;"
             " border-radius: 4px; padding: 1px 8px; }"),
    "info": "QLabel { color: #0d3c61; padding: 1px 8px; }",
}


class ReminderLabel(QLabel):
    clicked = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.state = ""
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hide()

    def say(self, state: str, text: str, tip: str) -> None:
        self.state = state
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(_STYLES.get(state, ""))
        self.setVisible(bool(text))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class LifecycleReminders(QObject):
    def __init__(self, window: QMainWindow, vault: Vault, session: Session, *,
                 can_run: Callable[[], bool], open_rights: Callable[[], None],
                 open_retention: Callable[[], None]) -> None:
        super().__init__(window)
        self._vault = vault
        self._session = session
        self._can_run = can_run
        self.rights: ReminderLabel | None = None
        self.destruction: ReminderLabel | None = None
        self.readings = 0  # how many times the counts were read (tests wait for the first)
        if session.can(Permission.RIGHTS_MANAGE):
            self.rights = ReminderLabel("rightsReminder", window)
            self.rights.clicked.connect(open_rights)
            window.statusBar().addPermanentWidget(self.rights)
        if session.can(Permission.DESTRUCTION_APPROVE):
            self.destruction = ReminderLabel("destructionReminder", window)
            self.destruction.clicked.connect(open_retention)
            window.statusBar().addPermanentWidget(self.destruction)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        if self.rights is not None or self.destruction is not None:
            self.timer.start()
            # After the window has shown: at 100,000 customers the queue takes ~0.2 s.
            QTimer.singleShot(0, self.refresh)

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        """Read the counts again (quick reads on the GUI thread); skipped while the window is
        locked or busy, and taken up at the next tick."""
        if not self._can_run():
            return
        if self.rights is not None:
            self._refresh_rights(self.rights)
        if self.destruction is not None:
            self._refresh_destruction(self.destruction)
        self.readings += 1

    def refresh_rights(self, *_changed: object) -> None:
        """Read the deadline counts again when the Rights area reports a change; its own count
        is of the listed requests only (open or all), so the cheap service count is read."""
        if self.rights is not None and self._can_run():
            self._refresh_rights(self.rights)

    def show_due(self, due: int) -> None:
        """Show the count the Retention area has just listed: no second read of the queue
        (~0.2 s at 100,000 customers), and no vault access, so it needs no wait for busy work."""
        if self.destruction is not None:
            self._show_due(self.destruction, due)

    def _refresh_rights(self, label: ReminderLabel) -> None:
        try:
            counts = rights_requests.deadline_counts(self._vault, self._session)
        except ClientSafeError:
            label.say("", "", "")
            return
        tip = self.tr("Click to open Rights requests.")
        if counts.overdue:
            text = (self.tr("⚠ 1 rights request overdue") if counts.overdue == 1
                    else self.tr("⚠ {n} rights requests overdue").format(n=counts.overdue))
            label.say("late", text, tip)
        elif counts.due_soon:
            text = (self.tr("1 rights request due within {days} days").format(days=DUE_SOON_DAYS)
                    if counts.due_soon == 1
                    else self.tr("{n} rights requests due within {days} days").format(
                        n=counts.due_soon, days=DUE_SOON_DAYS))
            label.say("soon", text, tip)
        else:
            label.say("", "", "")

    def _refresh_destruction(self, label: ReminderLabel) -> None:
        try:
            due = retention.due_count(self._vault, self._session)
        except ClientSafeError:
            label.say("", "", "")
            return
        self._show_due(label, due)

    def _show_due(self, label: ReminderLabel, due: int) -> None:
        if not due:
            label.say("", "", "")
            return
        text = (self.tr("1 customer due for destruction") if due == 1
                else self.tr("{n} customers due for destruction").format(n=due))
        label.say("info", text, self.tr("Click to open Retention."))
