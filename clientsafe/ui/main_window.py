"""The main window after login: navigation to the areas the role may use, and the session.

Which areas appear is read from the core permission table through `session.can`; the services
enforce the same table, so hiding an area is a courtesy, not the protection. Views are created
the first time their area is shown, so signing in reads only what the first area needs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import auth
from clientsafe.services.vault_access import Vault
from clientsafe.ui import background
from clientsafe.ui.change_password_dialog import ChangePasswordDialog
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.staff_view import StaffView
from clientsafe.ui.transactions_view import TransactionsView
from clientsafe.ui.vault_health_view import VaultHealthView

log = logging.getLogger(__name__)

_DEMO_BADGE_STYLE = (
    "QLabel { background: #d97706; color: white; font-weight: bold; border-radius: 4px;"
    " padding: 3px 10px; margin-right: 6px; }"
)


class Area(StrEnum):
    CUSTOMERS = "customers"
    TRANSACTIONS = "transactions"
    STAFF = "staff"
    VAULT_HEALTH = "vault_health"


ViewFactory = Callable[[Vault, Session], QWidget]


@dataclass(frozen=True, slots=True)
class AreaSpec:
    area: Area
    permission: Permission
    title: str  # English, translated in context "MainWindow"
    icon: QStyle.StandardPixmap
    create: ViewFactory


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec(
        Area.CUSTOMERS,
        Permission.CUSTOMERS_VIEW,
        QT_TRANSLATE_NOOP("MainWindow", "Customers"),
        QStyle.StandardPixmap.SP_DirHomeIcon,
        CustomersView,
    ),
    AreaSpec(
        Area.TRANSACTIONS,
        Permission.TRANSACTIONS_VIEW,
        QT_TRANSLATE_NOOP("MainWindow", "Transactions"),
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        TransactionsView,
    ),
    AreaSpec(
        Area.STAFF,
        Permission.STAFF_VIEW,
        QT_TRANSLATE_NOOP("MainWindow", "Staff"),
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        StaffView,
    ),
    AreaSpec(
        Area.VAULT_HEALTH,
        Permission.VAULT_CHECK,
        QT_TRANSLATE_NOOP("MainWindow", "Vault health"),
        QStyle.StandardPixmap.SP_DriveHDIcon,
        VaultHealthView,
    ),
)


class MainWindow(QMainWindow):
    # The user signed out (already audited); show the login again.
    logged_out = Signal()

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._ended = False  # the session was ended (sign out or quit) and audited
        self._shown_once = False
        self._specs = [spec for spec in AREAS if session.can(spec.permission)]
        self._views: dict[Area, QWidget] = {}
        self.password_dialog: ChangePasswordDialog | None = None

        self.setWindowTitle(self._title())
        self.resize(1100, 700)
        self._build_actions()
        self._build_toolbar()
        self._build_centre()
        self._build_status_bar()
        if self._specs:
            self.navigation.setCurrentRow(0)
        self.navigation.setFocus()

    # --- construction ---------------------------------------------------------------------------

    def _title(self) -> str:
        title = self.tr("ClientSafe — {business}").format(business=self._vault.info.business_name)
        if self._vault.info.is_demo:
            title = self.tr("{title} — DEMO").format(title=title)
        return title

    def _build_actions(self) -> None:
        style = self.style()
        self.change_password_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogResetButton),
            self.tr("&Change password…"),
            self,
        )
        self.change_password_action.triggered.connect(self.change_password)
        self.sign_out_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton),
            self.tr("&Sign out"),
            self,
        )
        self.sign_out_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.change_password_action)
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
        toolbar.addAction(self.sign_out_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.demo_badge: QLabel | None = None
        if self._vault.info.is_demo:
            self.demo_badge = QLabel(self.tr("DEMO"), toolbar)
            self.demo_badge.setStyleSheet(_DEMO_BADGE_STYLE)
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

        centre = QWidget()
        layout = QHBoxLayout(centre)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(centre)

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
            busy = getattr(view, "busy_changed", None)
            if busy is not None:
                busy.connect(self._set_busy)
        self.stack.setCurrentWidget(view)

    def _set_busy(self, busy: bool) -> None:
        # The vault has one connection; while background work uses it, nothing else may start.
        self.navigation.setEnabled(not busy)
        for action in (self.change_password_action, self.sign_out_action, self.quit_action):
            action.setEnabled(not busy)

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

    def _force_password_change(self) -> None:
        if shiboken6.isValid(self) and not self._ended:
            self._open_password_dialog(forced=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Quitting ends the session too, so it is audited like signing out (without the signal:
        # nobody should be shown the login window when the user quits).
        self._end_session()
        super().closeEvent(event)
