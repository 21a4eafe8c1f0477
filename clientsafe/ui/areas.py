"""The areas of the main window, each shown to the roles whose permission it needs.

Titles are English, translated in context "MainWindow" where the navigation shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtWidgets import QStyle, QWidget

from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.approvals_view import ApprovalsView
from clientsafe.ui.audit_view import AuditViewer
from clientsafe.ui.backups_view import BackupsView
from clientsafe.ui.catalog_view import CatalogView
from clientsafe.ui.collection_inbox import CollectionInbox
from clientsafe.ui.customers_view import CustomersView
from clientsafe.ui.keys_view import KeysView
from clientsafe.ui.marketing_view import MarketingView
from clientsafe.ui.retention_view import RetentionView
from clientsafe.ui.rights_view import RightsView
from clientsafe.ui.services_view import ServicesView
from clientsafe.ui.settings_view import SettingsView
from clientsafe.ui.staff_view import StaffView
from clientsafe.ui.transactions_view import TransactionsView
from clientsafe.ui.vault_health_view import VaultHealthView


class Area(StrEnum):
    CUSTOMERS = "customers"
    TRANSACTIONS = "transactions"
    RIGHTS = "rights"
    MARKETING = "marketing"
    RETENTION = "retention"
    STAFF = "staff"
    VAULT_HEALTH = "vault_health"
    KEYS = "keys"
    APPROVALS = "approvals"
    SERVICES = "services"
    COLLECTION = "collection"
    CATALOG = "catalog"
    AUDIT = "audit"
    BACKUPS = "backups"
    SETTINGS = "settings"


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
        Area.RIGHTS,
        Permission.RIGHTS_MANAGE,
        QT_TRANSLATE_NOOP("MainWindow", "Rights requests"),
        QStyle.StandardPixmap.SP_MessageBoxInformation,
        RightsView,
    ),
    AreaSpec(
        Area.MARKETING,
        Permission.MARKETING_EXPORT,
        QT_TRANSLATE_NOOP("MainWindow", "Marketing list"),
        QStyle.StandardPixmap.SP_FileDialogListView,
        MarketingView,
    ),
    AreaSpec(
        Area.RETENTION,
        Permission.DESTRUCTION_APPROVE,
        QT_TRANSLATE_NOOP("MainWindow", "Retention"),
        QStyle.StandardPixmap.SP_TrashIcon,
        RetentionView,
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
    AreaSpec(
        Area.KEYS,
        Permission.KEYS_ROTATE,
        QT_TRANSLATE_NOOP("MainWindow", "Encryption keys"),
        QStyle.StandardPixmap.SP_BrowserReload,
        KeysView,
    ),
    AreaSpec(
        Area.APPROVALS,
        Permission.REVEAL_APPROVE,
        QT_TRANSLATE_NOOP("MainWindow", "Approvals"),
        QStyle.StandardPixmap.SP_DialogApplyButton,
        ApprovalsView,
    ),
    AreaSpec(
        Area.SERVICES,
        Permission.SERVICES_MANAGE,
        QT_TRANSLATE_NOOP("MainWindow", "Services"),
        QStyle.StandardPixmap.SP_DirIcon,
        ServicesView,
    ),
    AreaSpec(
        Area.COLLECTION,
        Permission.COLLECTION_APPROVE,
        QT_TRANSLATE_NOOP("MainWindow", "Collection requests"),
        QStyle.StandardPixmap.SP_MessageBoxQuestion,
        CollectionInbox,
    ),
    AreaSpec(
        Area.CATALOG,
        Permission.CATALOG_MANAGE,
        QT_TRANSLATE_NOOP("MainWindow", "Field catalog"),
        QStyle.StandardPixmap.SP_FileIcon,
        CatalogView,
    ),
    AreaSpec(
        Area.AUDIT,
        Permission.AUDIT_VIEW,
        QT_TRANSLATE_NOOP("MainWindow", "Audit trail"),
        QStyle.StandardPixmap.SP_FileDialogInfoView,
        AuditViewer,
    ),
    AreaSpec(
        Area.BACKUPS,
        Permission.BACKUP_CREATE,
        QT_TRANSLATE_NOOP("MainWindow", "Backups"),
        QStyle.StandardPixmap.SP_DriveFDIcon,
        BackupsView,
    ),
    AreaSpec(
        Area.SETTINGS,
        Permission.SETTINGS_MANAGE,
        QT_TRANSLATE_NOOP("MainWindow", "Settings"),
        QStyle.StandardPixmap.SP_FileDialogListView,
        SettingsView,
    ),
)
