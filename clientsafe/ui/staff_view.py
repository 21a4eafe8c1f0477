"""The security officer's list of staff accounts. Read-only for now; managing accounts (create,
deactivate, reset, unlock) arrives in a later issue."""

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
    Qt,
)
from PySide6.QtWidgets import QWidget

from clientsafe.core.entities import StaffMember
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.session import Session
from clientsafe.services import staff
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.paged_table_model import ALIGN_LEFT, local_time
from clientsafe.ui.table_page import TablePage, set_column_widths

AnyIndex = QModelIndex | QPersistentModelIndex
_CONTEXT = "StaffTableModel"

# User name, name, role, active, last login, locked until (stretches).
_WIDTHS = (16, 24, 16, 8, 20, 20)


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
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(self._members[index.row()], index.column())
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
        self.reload()

    def reload(self) -> None:
        self.clear_error()
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
