"""The main window after login: navigation to the areas the role may use, and the session.

Which areas appear is read from the core permission table through `session.can`; the services
enforce the same table, so hiding an area is a courtesy, not the protection. Views are created
the first time their area is shown, so signing in reads only what the first area needs.

Idle lock: after the idle time without input (settings, default 5 minutes), on Ctrl+L, or when
the application comes back after being in the background longer than that, the window locks. It
rejects every open child dialog (that is how revealed values are masked again), shows the lock
screen instead of its work, and audits the lock. Only the signed-in user's password unlocks;
when the account locks meanwhile, the window signs out.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.core.session_lock import LockReason
from clientsafe.services import auth, session_lock, settings
from clientsafe.services.vault_access import Vault
from clientsafe.ui import background, prompts, secure_clipboard
from clientsafe.ui.alerts_dialog import show_login_alerts
from clientsafe.ui.areas import AREAS, Area
from clientsafe.ui.auto_backup import BackupCompanion
from clientsafe.ui.change_password_dialog import ChangePasswordDialog
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.idle_lock import IdleWatcher
from clientsafe.ui.lifecycle_reminders import LifecycleReminders
from clientsafe.ui.lock_screen import LockScreen, padlock_icon
from clientsafe.ui.message_labels import demo_badge
from clientsafe.ui.request_notifier import RequestNotifier

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    # The user signed out (already audited); show the login again.
    logged_out = Signal()
    # The window locked (its dialogs are closed, its work hidden) / was unlocked again. Views that
    # show revealed values inline mask them on `locked`.
    locked = Signal()
    unlocked = Signal()
    # A backup was restored (RestoreResult): the old vault is closed; sign in to the new one.
    vault_replaced = Signal(object)

    def __init__(
        self,
        vault: Vault,
        session: Session,
        parent: QWidget | None = None,
        *,
        idle_ms: int | None = None,
    ) -> None:
        """`idle_ms`: the idle time; None reads it from the settings (minutes, default 5)."""
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._ended = False  # the session was ended (sign out or quit) and audited
        self._shown_once = False
        self._busy = False
        self._locked = False
        self._restored: object | None = None  # a RestoreResult waiting to be handed on
        self._pending_lock_audit: LockReason | None = None
        self._focus_before_lock: QWidget | None = None
        self._specs = [spec for spec in AREAS if session.can(spec.permission)]
        self._views: dict[Area, QWidget] = {}
        self.password_dialog: ChangePasswordDialog | None = None

        self.setWindowTitle(self._title())
        self.resize(1100, 700)
        self._build_actions()
        self._build_toolbar()
        self._build_centre()
        self._build_status_bar()
        self.backups = BackupCompanion(
            self, vault, session, can_run=lambda: not (self._busy or self._ended),
            set_busy=self._set_busy, open_area=self._open_backups)
        self.request_notifier = RequestNotifier(
            self, vault, session, can_poll=lambda: not (self._locked or self._busy or self._ended))
        self.locked.connect(self.request_notifier.hide_message)
        self.reminders = LifecycleReminders(
            self, vault, session, can_run=lambda: not (self._locked or self._busy or self._ended),
            open_rights=lambda: self._open_area(Area.RIGHTS),
            open_retention=lambda: self._open_area(Area.RETENTION))
        if self._specs:
            self.navigation.setCurrentRow(0)
        self.navigation.setFocus()

        if idle_ms is None:
            idle_ms = settings.idle_minutes() * 60_000
        self.idle_watcher = IdleWatcher(idle_ms, self)
        self.idle_watcher.lock_requested.connect(self.lock)
        self.idle_watcher.start()

    # --- construction ---------------------------------------------------------------------------

    def _title(self) -> str:
        title = self.tr("ClientSafe — {business}").format(business=self._vault.info.business_name)
        if self._vault.info.is_demo:
            title = self.tr("{title} — DEMO").format(title=title)
        if self._locked:
            title = self.tr("{title} — Locked").format(title=title)
        return title

    def _build_actions(self) -> None:
        style = self.style()
        self.change_password_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogResetButton),
            self.tr("&Change password…"),
            self,
        )
        self.change_password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(padlock_icon(), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(
            self.tr("Hide your work until you type your password again (Ctrl+L)")
        )
        self.lock_action.triggered.connect(lambda: self.lock(LockReason.ON_DEMAND))
        self.sign_out_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton),
            self.tr("&Sign out"),
            self,
        )
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.change_password_action)
        menu.addAction(self.lock_action)
        menu.addAction(self.sign_out_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Session"), self)
        toolbar.setObjectName("session_toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.change_password_action)
        toolbar.addAction(self.lock_action)
        toolbar.addAction(self.sign_out_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.demo_badge: QLabel | None = None
        if self._vault.info.is_demo:
            self.demo_badge = demo_badge(toolbar, margin_right=6)
            self.demo_badge.setToolTip(
                self.tr("This is a demo vault with made-up sample data; do not enter real data.")
            )
            toolbar.addWidget(self.demo_badge)
        self.addToolBar(toolbar)

    def _build_centre(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(190)
        self.navigation.setSpacing(2)
        self.navigation.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.stack = QStackedWidget()
        for spec in self._specs:
            item = QListWidgetItem(
                self.style().standardIcon(spec.icon),
                QCoreApplication.translate("MainWindow", spec.title),
            )
            item.setData(Qt.ItemDataRole.UserRole, spec.area)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until the area is first shown
        if not self._specs:
            # Not reachable with today's table (every role has an area); said plainly if it is.
            none = QLabel(self.tr("Your role has no areas in this version of ClientSafe."))
            none.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(none)
        self.navigation.currentRowChanged.connect(self._show_area)

        self.work_area = QWidget()
        layout = QHBoxLayout(self.work_area)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.lock_screen = LockScreen(self._vault, self._session)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.sign_out_requested.connect(self.sign_out)
        self.lock_screen.must_sign_out.connect(self._signed_out_by_lockout)
        # The work and the lock screen take turns; while locked, the work is not shown at all.
        self.central = QStackedWidget()
        self.central.addWidget(self.work_area)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)

    def _build_status_bar(self) -> None:
        session = self._session
        self.signed_in_label = QLabel(
            self.tr("Signed in as {name} ({username}) · {role}").format(
                name=session.display_name,
                username=session.username,
                role=translated("roles", session.role.label),
            )
        )
        self.business_label = QLabel(self._vault.info.business_name)
        self.statusBar().addWidget(self.signed_in_label, 1)
        self.statusBar().addPermanentWidget(self.business_label)

    # --- areas ----------------------------------------------------------------------------------

    def visible_areas(self) -> list[Area]:
        return [spec.area for spec in self._specs]

    def view_for(self, area: Area) -> QWidget | None:
        """The area's view if it has been created (views are made on first show)."""
        return self._views.get(area)

    def show_area(self, area: Area) -> QWidget:
        """Select an area the role may use and return its view."""
        row = self.visible_areas().index(area)  # ValueError: not an area of this role
        self.navigation.setCurrentRow(row)
        return self._views[area]

    def _show_area(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        spec = self._specs[row]
        view = self._views.get(spec.area)
        if view is None:
            placeholder = self.stack.widget(row)
            view = spec.create(self._vault, self._session)
            self.stack.insertWidget(row, view)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._views[spec.area] = view
            # Busy work, an account lockout (the session is over), a reveal request left waiting.
            for name, slot in (("busy_changed", self._set_busy),
                               ("account_locked", self._signed_out_by_lockout),
                               ("request_waiting", self.request_notifier.watch),
                               ("backups_changed", self.backups.refresh),
                               ("overdue_count_changed", self.reminders.refresh_rights),
                               ("due_count_changed", self.reminders.show_due),
                               ("vault_restored", self._vault_restored),
                               ("restore_closed", self.close)):
                signal = getattr(view, name, None)
                if signal is not None:
                    signal.connect(slot)
        self.stack.setCurrentWidget(view)

    def _set_busy(self, busy: bool) -> None:
        # The vault has one connection; while background work uses it, nothing else may start.
        self._busy = busy
        self.lock_screen.set_busy(busy)
        self._update_actions()
        if not busy and self._pending_lock_audit is not None:
            reason, self._pending_lock_audit = self._pending_lock_audit, None
            self._audit_lock(reason)

    def _update_actions(self) -> None:
        self.navigation.setEnabled(not self._busy)
        self.change_password_action.setEnabled(not self._busy and not self._locked)
        self.lock_action.setEnabled(not self._locked)
        for action in (self.sign_out_action, self.quit_action):
            action.setEnabled(not self._busy)

    # --- idle lock ------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self._locked

    def lock(self, reason: str = LockReason.ON_DEMAND) -> None:
        """Hide the work, close every child dialog, audit the lock; a no-op if already locked."""
        if self._locked or self._ended:
            return
        self._locked = True
        self.idle_watcher.stop()
        focus = QApplication.focusWidget()
        self._focus_before_lock = focus if focus and self.work_area.isAncestorOf(focus) else None
        minutes = max(1, round(self.idle_watcher.timeout_ms / 60_000))
        self.lock_screen.prepare(self._session, reason, minutes)
        self.central.setCurrentWidget(self.lock_screen)
        self.setWindowTitle(self._title())
        self._update_actions()
        self._close_dialogs()
        if self._ended:
            return  # closing a forced password change signed the user out
        secure_clipboard.clear_if_ours()
        self.locked.emit()
        self.lock_screen.password.setFocus()
        if self._busy:
            self._pending_lock_audit = LockReason(reason)  # the worker holds the connection
        else:
            self._audit_lock(LockReason(reason))

    def _close_dialogs(self) -> None:
        # Progress dialogs belong to work that should go on while the user is away.
        for dialog in self.findChildren(QDialog):
            if (
                shiboken6.isValid(dialog)
                and dialog.isVisible()
                and not isinstance(dialog, QProgressDialog)
            ):
                dialog.reject()

    def _audit_lock(self, reason: LockReason) -> None:
        try:
            session_lock.record_lock(self._vault, self._session, reason)
        except ClientSafeError as exc:
            # The window is locked regardless; the missing record is worth a log line.
            log.warning("lock could not be recorded: %s", exc)

    def _unlocked(self) -> None:
        self._locked = False
        self.central.setCurrentWidget(self.work_area)
        self.setWindowTitle(self._title())
        self._update_actions()
        self.idle_watcher.start()
        focus, self._focus_before_lock = self._focus_before_lock, None
        (focus if focus is not None and shiboken6.isValid(focus) else self.navigation).setFocus()
        self.unlocked.emit()

    def _signed_out_by_lockout(self, sentence: str) -> None:
        prompts.warn(self, self.tr("Signed out"), sentence)
        self.sign_out()

    def _open_backups(self) -> None:
        self._open_area(Area.BACKUPS)

    def _open_area(self, area: Area) -> None:
        if area in self.visible_areas() and not (self._busy or self._locked):
            self.show_area(area)

    def _vault_restored(self, result: object) -> None:
        # The restore closed this vault and recorded itself in the restored one, so nothing may
        # touch the old vault again (no sign-out or lock can be recorded): the session is over,
        # and closing the window (the wizard's Finish, or any other way) hands the new one on.
        self._ended = True
        self._restored = result
        self.idle_watcher.stop()
        self.backups.stop()

    # --- session --------------------------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self._session

    def change_password(self) -> ChangePasswordDialog:
        """Open the (window-modal) dialog; returns it so callers and tests can drive it."""
        return self._open_password_dialog(forced=False)

    def _open_password_dialog(self, *, forced: bool) -> ChangePasswordDialog:
        if self.password_dialog is not None:
            return self.password_dialog
        dialog = ChangePasswordDialog(self._vault, self._session, self, forced=forced)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda code: self._password_dialog_closed(dialog, code))
        self.password_dialog = dialog
        # open(), not exec(): no nested event loop, so the window keeps painting behind it.
        dialog.open()
        return dialog

    def _password_dialog_closed(self, dialog: ChangePasswordDialog, code: int) -> None:
        self.password_dialog = None
        if code == QDialog.DialogCode.Accepted.value and dialog.result_session is not None:
            self._session = dialog.result_session
        elif dialog.forced:
            self.sign_out()  # the only other way out of a forced change

    def sign_out(self) -> None:
        self._end_session()
        self.logged_out.emit()
        self.close()

    def _end_session(self) -> None:
        """Audit the end of the session once, whichever way it ends."""
        if self._ended:
            return
        self._ended = True
        self.reminders.stop()
        secure_clipboard.clear_if_ours()
        background.wait_for_all()
        try:
            auth.logout(self._vault, self._session)
        except ClientSafeError as exc:
            # The session ends on screen regardless; say that the record could not be written.
            log.warning("logout could not be recorded: %s", exc)
            QMessageBox.warning(self, self.tr("Sign out"), error_text(exc))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._session.must_change_password:
                # Normally handled right after login; this keeps the rule even if a caller forgets.
                QTimer.singleShot(0, self._force_password_change)
            elif self._session.can(Permission.ALERTS_VIEW):
                QTimer.singleShot(0, lambda: show_login_alerts(self, self._vault, self._session))

    def _force_password_change(self) -> None:
        if shiboken6.isValid(self) and not self._ended:
            self._open_password_dialog(forced=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        restored, self._restored = self._restored, None
        if restored is not None:
            self.vault_replaced.emit(restored)
        # A due automatic backup runs first (progress dialog); the window closes when it ends.
        if not self._ended and self.backups.hold_close(self.close):
            event.ignore()
            return
        # Quitting ends the session too, so it is audited like signing out (without the signal:
        # nobody should be shown the login window when the user quits).
        self.idle_watcher.stop()
        self._end_session()
        super().closeEvent(event)
