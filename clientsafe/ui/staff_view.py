"""The security officer's staff accounts: the list, and creating accounts, changing roles,
deactivating and reactivating (never deleting) and resetting passwords.

The buttons follow the selection and the permission table; the services enforce the rules
(core.staff_rules) whatever the buttons say, and a refusal is shown as one sentence. The list is
read again after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import QDialog, QStyle, QToolBar, QWidget

from clientsafe.core.entities import StaffMember
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import staff
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import Tone, notice_box, show_text
from clientsafe.ui.paged_table_model import ALIGN_LEFT, local_time
from clientsafe.ui.staff_dialogs import ChangeRoleDialog, NewStaffDialog, ResetPasswordDialog
from clientsafe.ui.table_page import TablePage, set_column_widths

AnyIndex = QModelIndex | QPersistentModelIndex
_CONTEXT = "StaffTableModel"

# User name, name, role, active, last login, locked until (stretches).
_WIDTHS = (16, 24, 16, 8, 20, 20)
_INACTIVE = QBrush(QColor("#8a94a3"))


class StaffTableModel(QAbstractTableModel):
    """The whole list in memory: a business has a handful of staff, not thousands."""

    USERNAME, NAME, ROLE, ACTIVE, LAST_LOGIN, LOCKED_UNTIL = range(6)
    _TITLES = (
        QT_TRANSLATE_NOOP("StaffTableModel", "User name"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Name"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Role"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Active"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Last login"),
        QT_TRANSLATE_NOOP("StaffTableModel", "Locked until"),
    )

    def __init__(self, now: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._now = now  # the vault's clock: a lock that has run out is not shown
        self._members: list[StaffMember] = []

    def set_members(self, members: Sequence[StaffMember]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def member(self, row: int) -> StaffMember | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def row_of(self, staff_id: int) -> int:
        return next((r for r, m in enumerate(self._members) if m.id == staff_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._TITLES):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, self._TITLES[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT  # like the other lists; Qt centres headers by default
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(member, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return _INACTIVE  # a deactivated account stays listed, greyed
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, member: StaffMember, column: int) -> str | None:
        if column == self.USERNAME:
            return member.username
        if column == self.NAME:
            return member.display_name
        if column == self.ROLE:
            return translated("roles", member.role.label)
        if column == self.ACTIVE:
            return (
                QCoreApplication.translate("StaffTableModel", "Yes")
                if member.active
                else QCoreApplication.translate("StaffTableModel", "No")
            )
        if column == self.LAST_LOGIN:
            if member.last_login_at is None:
                return QCoreApplication.translate("StaffTableModel", "Never")
            return local_time(member.last_login_at)
        if column == self.LOCKED_UNTIL:
            locked = member.locked_until
            return local_time(locked) if locked is not None and locked > self._now() else ""
        return None


class StaffView(TablePage):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.model = StaffTableModel(vault.clock, self)
        self.table.setModel(self.model)
        set_column_widths(self.table, _WIDTHS)
        self.notice = notice_box(Tone.SUCCESS, "", self)
        self.notice.setObjectName("staffNotice")
        self.toolbar = self._build_toolbar()
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(1, self.toolbar)  # under the summary line
        layout.insertWidget(2, self.notice)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.change_role_action.trigger())
        self.dialog: QDialog | None = None  # the one open staff dialog, for tests and locking
        self.reload()

    def _build_toolbar(self) -> QToolBar:
        style = self.style()
        toolbar = QToolBar(self)
        toolbar.setObjectName("staffToolbar")
        toolbar.setIconSize(QSize(16, 16))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        def action(icon: QStyle.StandardPixmap, slot: Callable[[], object]) -> QAction:
            made = QAction(style.standardIcon(icon), "", self)
            made.triggered.connect(lambda _checked=False: slot())
            toolbar.addAction(made)
            return made

        self.new_action = action(QStyle.StandardPixmap.SP_FileDialogNewFolder, self.new_staff)
        self.change_role_action = action(QStyle.StandardPixmap.SP_FileDialogDetailedView,
                                         self.change_role)
        self.toggle_active_action = action(QStyle.StandardPixmap.SP_DialogNoButton,
                                           self.toggle_active)
        self.reset_password_action = action(QStyle.StandardPixmap.SP_DialogResetButton,
                                            self.reset_password)
        self.new_action.setText(self.tr("&New…"))
        self.change_role_action.setText(self.tr("Change &role…"))
        self.reset_password_action.setText(self.tr("Reset &password…"))
        toolbar.setVisible(self._session.can(Permission.STAFF_MANAGE))
        return toolbar

    # --- the list ------------------------------------------------------------------------------

    def reload(self) -> None:
        self.clear_error()
        selected = self.selected_member()
        try:
            members = staff.list_staff(self._vault, self._session)
        except ClientSafeError as exc:
            members = []
            self.show_error(error_text(exc))
        self.model.set_members(members)
        count = len(members)
        self.summary.setText(
            self.tr("1 staff account")
            if count == 1
            else self.tr("{n} staff accounts").format(n=QLocale().toString(count))
        )
        self.show_rows(count > 0, self.tr("There are no staff accounts to show."))
        if selected is not None:
            self.select(selected.id)
        self._update_actions()

    def selected_member(self) -> StaffMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member(rows[0].row()) if rows else None

    def select(self, staff_id: int) -> None:
        row = self.model.row_of(staff_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        member = self.selected_member()
        other = member is not None and member.id != self._session.staff_id
        for action in (self.change_role_action, self.toggle_active_action,
                       self.reset_password_action):
            action.setEnabled(other)
        deactivate = member is None or member.active
        self.toggle_active_action.setText(
            self.tr("&Deactivate…") if deactivate else self.tr("Re&activate")
        )
        self.toggle_active_action.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_DialogNoButton if deactivate
            else QStyle.StandardPixmap.SP_DialogYesButton
        ))
        own = self.tr(
            "This is your own account: another security officer changes its role, status or "
            "password."
        )
        self.change_role_action.setToolTip(
            own if member is not None and not other else self.tr("Give the account another role")
        )
        self.toggle_active_action.setToolTip(
            own if member is not None and not other else (
                self.tr("The account can no longer sign in; its history stays")
                if deactivate else self.tr("The account can sign in again")
            )
        )
        self.reset_password_action.setToolTip(
            own if member is not None and not other
            else self.tr("Set a temporary password that must be changed at the next sign-in")
        )

    def _done(self, sentence: str, staff_id: int | None = None) -> None:
        """After a change: read the list again, keep the account selected, say what happened."""
        self.reload()
        if staff_id is not None:
            self.select(staff_id)
        show_text(self.notice, sentence)

    def _refused(self, exc: ClientSafeError) -> None:
        self.reload()
        show_text(self.notice, "")
        self.show_error(error_text(exc))

    # --- actions -------------------------------------------------------------------------------

    def _open(self, dialog: QDialog, on_accepted: Callable[[], None]) -> QDialog:
        show_text(self.notice, "")
        self.clear_error()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accepted)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()  # window-modal, no nested event loop
        return dialog

    def new_staff(self) -> NewStaffDialog:
        dialog = NewStaffDialog(self._vault, self._session, self)

        def created() -> None:
            self._done(
                self.tr(
                    "Created the account {username}; it must change its temporary password at "
                    "the first sign-in."
                ).format(username=dialog.username.text().strip()),
                dialog.created_id,
            )

        self._open(dialog, created)
        return dialog

    def change_role(self) -> ChangeRoleDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        dialog = ChangeRoleDialog(self._vault, self._session, member, self)

        def changed() -> None:
            self._done(
                self.tr("{name} ({username}) is now: {role}.").format(
                    name=member.display_name,
                    username=member.username,
                    role=translated("roles", dialog.chosen_role.label),
                ),
                member.id,
            )

        self._open(dialog, changed)
        return dialog

    def reset_password(self) -> ResetPasswordDialog | None:
        member = self.selected_member()
        if member is None:
            return None
        dialog = ResetPasswordDialog(self._vault, self._session, member, self)
        self._open(dialog, lambda: self._done(
            self.tr(
                "The password of {name} ({username}) was reset; they choose a new one at the "
                "next sign-in."
            ).format(name=member.display_name, username=member.username),
            member.id,
        ))
        return dialog

    def toggle_active(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        show_text(self.notice, "")
        self.clear_error()
        if member.active and not prompts.confirm(
            self,
            self.tr("Deactivate account"),
            self.tr(
                "Deactivate {name} ({username})? They can no longer sign in. The account and "
                "its history stay, and you can reactivate it later."
            ).format(name=member.display_name, username=member.username),
            yes=self.tr("Deactivate"),
            no=self.tr("Keep active"),
        ):
            return
        try:
            staff.set_active(self._vault, self._session, member.id, not member.active)
        except ClientSafeError as exc:
            self._refused(exc)
            return
        sentence = (
            self.tr("{name} ({username}) was deactivated and can no longer sign in.")
            if member.active
            else self.tr("{name} ({username}) was reactivated and can sign in again.")
        )
        self._done(sentence.format(name=member.display_name, username=member.username), member.id)
