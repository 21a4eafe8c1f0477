"""Roles, permissions and the one table that joins them.

This table is the single source of truth for who may do what: services enforce it with
`require()`, the UI only reads it to decide which areas and buttons to show.
"""

from __future__ import annotations

from enum import StrEnum

from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    FINANCE = "finance"
    MANAGER = "manager"
    SECURITY_OFFICER = "security_officer"

    @property
    def label(self) -> str:
        """English label, marked for translation (context "roles")."""
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("roles", "Front desk"),
    Role.FINANCE: QT_TRANSLATE_NOOP("roles", "Finance"),
    Role.MANAGER: QT_TRANSLATE_NOOP("roles", "Manager"),
    Role.SECURITY_OFFICER: QT_TRANSLATE_NOOP("roles", "Security officer"),
}


class Permission(StrEnum):
    CUSTOMERS_VIEW = "customers.view"
    CUSTOMERS_CREATE = "customers.create"
    TRANSACTIONS_VIEW = "transactions.view"
    STAFF_VIEW = "staff.view"
    STAFF_MANAGE = "staff.manage"
    VAULT_CHECK = "vault.check"
    CUSTOMER_OPEN = "customer.open"
    REVEAL_REQUEST = "reveal.request"
    REVEAL_APPROVE = "reveal.approve"
    SETTINGS_MANAGE = "settings.manage"
    ALERTS_VIEW = "alerts.view"
    CUSTOMERS_EXPORT = "customers.export"
    AUDIT_VERIFY = "audit.verify"
    AUDIT_VIEW = "audit.view"
    CUSTOMER_HISTORY = "customer.history"
    AUDIT_EXPORT = "audit.export"
    CATALOG_MANAGE = "catalog.manage"
    SERVICES_MANAGE = "services.manage"
    COLLECTION_APPROVE = "collection.approve"
    CONSENT_MANAGE = "consent.manage"
    KEYS_ROTATE = "keys.rotate"
    CUSTOMERS_IMPORT = "customers.import"
    BACKUP_CREATE = "backup.create"
    BACKUP_RESTORE = "backup.restore"
    MARKETING_EXPORT = "marketing.export"
    SHARING_RECORD = "sharing.record"
    RIGHTS_MANAGE = "rights.manage"
    CUSTOMER_CORRECT = "customer.correct"
    ACCESS_REPORT = "access_report.create"
    RETENTION_MANAGE = "retention.manage"
    DESTRUCTION_APPROVE = "destruction.approve"

    @property
    def label(self) -> str:
        """What the permission allows, as the end of "Your role may not …"."""
        return PERMISSION_LABELS[self]


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.CUSTOMERS_VIEW: QT_TRANSLATE_NOOP("permissions", "view customers"),
    Permission.CUSTOMERS_CREATE: QT_TRANSLATE_NOOP("permissions", "create customers"),
    Permission.TRANSACTIONS_VIEW: QT_TRANSLATE_NOOP("permissions", "view transactions"),
    Permission.STAFF_VIEW: QT_TRANSLATE_NOOP("permissions", "view staff accounts"),
    Permission.STAFF_MANAGE: QT_TRANSLATE_NOOP("permissions", "manage staff accounts"),
    Permission.VAULT_CHECK: QT_TRANSLATE_NOOP("permissions", "check the vault"),
    Permission.CUSTOMER_OPEN: QT_TRANSLATE_NOOP("permissions", "open customer records"),
    Permission.REVEAL_REQUEST: QT_TRANSLATE_NOOP("permissions", "ask to see masked fields"),
    Permission.REVEAL_APPROVE: QT_TRANSLATE_NOOP("permissions", "approve seeing masked fields"),
    Permission.SETTINGS_MANAGE: QT_TRANSLATE_NOOP("permissions", "change the security settings"),
    Permission.ALERTS_VIEW: QT_TRANSLATE_NOOP("permissions", "see security alerts"),
    Permission.CUSTOMERS_EXPORT: QT_TRANSLATE_NOOP("permissions", "export or print customers"),
    Permission.AUDIT_VERIFY: QT_TRANSLATE_NOOP("permissions", "verify the audit trail"),
    Permission.AUDIT_VIEW: QT_TRANSLATE_NOOP("permissions", "view the audit trail"),
    Permission.CUSTOMER_HISTORY: QT_TRANSLATE_NOOP("permissions",
                                                   "see who accessed a customer"),
    Permission.AUDIT_EXPORT: QT_TRANSLATE_NOOP("permissions", "export the audit trail"),
    Permission.CATALOG_MANAGE: QT_TRANSLATE_NOOP("permissions", "manage the field catalog"),
    Permission.SERVICES_MANAGE: QT_TRANSLATE_NOOP(
        "permissions", "define services and ask to collect fields"),
    Permission.COLLECTION_APPROVE: QT_TRANSLATE_NOOP(
        "permissions", "approve which fields are collected"),
    Permission.CONSENT_MANAGE: QT_TRANSLATE_NOOP(
        "permissions", "record consent renewals and withdrawals"),
    Permission.KEYS_ROTATE: QT_TRANSLATE_NOOP("permissions", "rotate the encryption keys"),
    Permission.CUSTOMERS_IMPORT: QT_TRANSLATE_NOOP(
        "permissions", "import customers from a spreadsheet"),
    Permission.BACKUP_CREATE: QT_TRANSLATE_NOOP("permissions", "make backups"),
    Permission.BACKUP_RESTORE: QT_TRANSLATE_NOOP(
        "permissions", "restore backups and run restore drills"),
    Permission.MARKETING_EXPORT: QT_TRANSLATE_NOOP(
        "permissions", "make marketing contact lists"),
    Permission.SHARING_RECORD: QT_TRANSLATE_NOOP(
        "permissions", "record data shared with third parties"),
    Permission.RIGHTS_MANAGE: QT_TRANSLATE_NOOP(
        "permissions", "register and answer customers' rights requests"),
    Permission.CUSTOMER_CORRECT: QT_TRANSLATE_NOOP("permissions", "correct customer details"),
    Permission.ACCESS_REPORT: QT_TRANSLATE_NOOP(
        "permissions", "produce a customer's access report"),
    Permission.RETENTION_MANAGE: QT_TRANSLATE_NOOP(
        "permissions", "end relationships and place legal holds"),
    Permission.DESTRUCTION_APPROVE: QT_TRANSLATE_NOOP(
        "permissions", "approve destroying customer data"),
}

# Who may do what. Front desk sees only customers assigned to them (scoping is done in the
# customer service); the security officer has no routine access to customer data.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.FRONT_DESK: frozenset(
        {Permission.CUSTOMERS_VIEW, Permission.CUSTOMERS_CREATE, Permission.CUSTOMER_OPEN,
         Permission.REVEAL_REQUEST, Permission.CUSTOMERS_EXPORT, Permission.CONSENT_MANAGE,
         Permission.SHARING_RECORD, Permission.RIGHTS_MANAGE, Permission.CUSTOMER_CORRECT}
    ),
    Role.FINANCE: frozenset({Permission.TRANSACTIONS_VIEW}),
    Role.MANAGER: frozenset(
        {Permission.CUSTOMERS_VIEW, Permission.CUSTOMERS_CREATE, Permission.TRANSACTIONS_VIEW,
         Permission.CUSTOMER_OPEN, Permission.REVEAL_REQUEST, Permission.REVEAL_APPROVE,
         Permission.CUSTOMERS_EXPORT, Permission.AUDIT_VERIFY, Permission.CUSTOMER_HISTORY,
         Permission.AUDIT_EXPORT, Permission.SERVICES_MANAGE, Permission.CONSENT_MANAGE,
         Permission.CUSTOMERS_IMPORT, Permission.BACKUP_CREATE, Permission.MARKETING_EXPORT,
         Permission.SHARING_RECORD, Permission.RIGHTS_MANAGE, Permission.CUSTOMER_CORRECT,
         Permission.ACCESS_REPORT, Permission.RETENTION_MANAGE,
         Permission.DESTRUCTION_APPROVE}
    ),
    Role.SECURITY_OFFICER: frozenset(
        {Permission.STAFF_VIEW, Permission.STAFF_MANAGE, Permission.VAULT_CHECK,
         Permission.SETTINGS_MANAGE, Permission.ALERTS_VIEW, Permission.AUDIT_VERIFY,
         Permission.AUDIT_VIEW, Permission.AUDIT_EXPORT, Permission.CATALOG_MANAGE,
         Permission.SERVICES_MANAGE, Permission.COLLECTION_APPROVE, Permission.KEYS_ROTATE,
         Permission.BACKUP_CREATE,
         Permission.BACKUP_RESTORE}
    ),
}

# Roles whose customer lists are limited to the customers assigned to them.
SCOPED_TO_ASSIGNED: frozenset[Role] = frozenset({Role.FRONT_DESK})


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
