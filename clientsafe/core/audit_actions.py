"""Names of audited actions, one place so the viewer and the tests agree on them.

The stored id (`customer.viewed`) never changes; people read the label (`ACTION_LABELS`), which
the UI translates in context "actions". A label describes the attempt, since a refused attempt is
recorded under the same action with outcome "denied".
"""

from __future__ import annotations

from enum import StrEnum

from clientsafe.core.i18n import QT_TRANSLATE_NOOP


class Action(StrEnum):
    VAULT_CREATED = "vault.created"
    VAULT_UNLOCKED_WITH_RECOVERY_KEY = "vault.unlocked_with_recovery_key"
    VAULT_CHECKED = "vault.checked"
    VAULT_MIGRATED = "vault.migrated"
    DEMO_CREATED = "demo.created"
    LOGIN = "auth.login"
    LOGIN_FAILED = "auth.login_failed"
    LOCKOUT = "auth.lockout"
    LOGOUT = "auth.logout"
    PASSWORD_CHANGED = "auth.password_changed"
    STAFF_CREATED = "staff.created"
    STAFF_LISTED = "staff.listed"
    CUSTOMER_CREATED = "customer.created"
    CUSTOMERS_LISTED = "customers.listed"
    TRANSACTION_CREATED = "transaction.created"
    TRANSACTIONS_LISTED = "transactions.listed"
    CUSTOMER_VIEWED = "customer.viewed"
    BULK_VIEW_LOCKOUT = "auth.bulk_view_lockout"
    REVEAL_REQUESTED = "reveal.requested"
    REVEAL_APPROVED = "reveal.approved"
    REVEAL_DENIED = "reveal.denied"
    REVEAL_SHOWN = "reveal.shown"
    REVEAL_COPIED = "reveal.copied"
    REVEAL_REMASKED = "reveal.remasked"
    REVEAL_LISTED = "reveal.listed"
    SETTINGS_CHANGED = "settings.changed"
    ALERTS_VIEWED = "alerts.viewed"
    CUSTOMER_LOOKED_UP = "customer.looked_up"
    EXPORT_APPROVED = "export.approved"
    CUSTOMERS_EXPORTED = "customers.exported"
    STAFF_ROLE_CHANGED = "staff.role_changed"
    STAFF_DEACTIVATED = "staff.deactivated"
    STAFF_REACTIVATED = "staff.reactivated"
    STAFF_PASSWORD_RESET = "staff.password_reset"
    UNLOCK = "auth.unlock"
    IDLE_LOCK = "auth.idle_lock"
    AUDIT_VERIFIED = "audit.verified"
    AUDIT_VIEWED = "audit.viewed"
    CUSTOMER_HISTORY_VIEWED = "customer.history_viewed"
    AUDIT_EXPORTED = "audit.exported"
    CATALOG_FIELD_ADDED = "catalog.field_added"
    CATALOG_VIEWED = "catalog.viewed"
    SERVICE_SAVED = "service.saved"
    RECIPIENT_SAVED = "service.recipient_saved"
    COLLECTION_REQUESTED = "collection.requested"
    COLLECTION_APPROVED = "collection.approved"
    COLLECTION_REJECTED = "collection.rejected"
    COLLECTION_RETIRED = "collection.retired"
    CONSENT_GIVEN = "consent.given"
    CONSENT_DECLINED = "consent.declined"
    CONSENT_RENEWED = "consent.renewed"
    CONSENT_WITHDRAWN = "consent.withdrawn"
    CONSENT_DOCUMENT = "consent.document"
    KEYS_ROTATION_STOPPED = "keys.rotation_stopped"
    KEYS_ROTATED = "keys.rotated"
    ROOT_SECRET_ROTATED = "keys.root_rotated"
    CUSTOMERS_IMPORTED = "customers.imported"
    BACKUP_CREATED = "backup.created"
    BACKUP_FAILED = "backup.failed"
    BACKUP_RESTORED = "backup.restored"
    BACKUP_DRILL = "backup.drill"
    BACKUP_PRUNED = "backup.pruned"
    BACKUP_SETTINGS_CHANGED = "backup.settings_changed"
    MARKETING_LIST_EXPORTED = "marketing.list_exported"
    DATA_SHARED = "sharing.recorded"
    RIGHTS_REQUEST_REGISTERED = "rights.registered"
    RIGHTS_REQUEST_UPDATED = "rights.updated"
    RIGHTS_REQUEST_CLOSED = "rights.closed"
    RIGHTS_REQUESTS_LISTED = "rights.listed"
    CUSTOMER_CORRECTED = "customer.corrected"
    ACCESS_REPORT_CREATED = "rights.access_report"
    RELATIONSHIP_ENDED = "retention.relationship_ended"
    LEGAL_HOLD_PLACED = "retention.hold_placed"
    LEGAL_HOLD_RELEASED = "retention.hold_released"
    RETENTION_QUEUE_VIEWED = "retention.queue_viewed"
    CUSTOMER_DESTROYED = "customer.destroyed"
    DESTRUCTION_CERTIFICATE = "retention.certificate"


class Outcome(StrEnum):
    DONE = "done"
    DENIED = "denied"


ACTION_LABELS: dict[Action, str] = {
    Action.VAULT_CREATED: QT_TRANSLATE_NOOP("actions", "Vault created"),
    Action.VAULT_UNLOCKED_WITH_RECOVERY_KEY: QT_TRANSLATE_NOOP(
        "actions", "Vault opened with recovery key"),
    Action.VAULT_CHECKED: QT_TRANSLATE_NOOP("actions", "Vault health checked"),
    Action.VAULT_MIGRATED: QT_TRANSLATE_NOOP("actions", "Vault format upgraded"),
    Action.DEMO_CREATED: QT_TRANSLATE_NOOP("actions", "Demo data created"),
    Action.LOGIN: QT_TRANSLATE_NOOP("actions", "Signed in"),
    Action.LOGIN_FAILED: QT_TRANSLATE_NOOP("actions", "Sign-in refused"),
    Action.LOCKOUT: QT_TRANSLATE_NOOP("actions", "Locked after failed sign-ins"),
    Action.LOGOUT: QT_TRANSLATE_NOOP("actions", "Signed out"),
    Action.PASSWORD_CHANGED: QT_TRANSLATE_NOOP("actions", "Password changed"),
    Action.STAFF_CREATED: QT_TRANSLATE_NOOP("actions", "Staff account created"),
    Action.STAFF_LISTED: QT_TRANSLATE_NOOP("actions", "Staff list viewed"),
    Action.CUSTOMER_CREATED: QT_TRANSLATE_NOOP("actions", "Customer added"),
    Action.CUSTOMERS_LISTED: QT_TRANSLATE_NOOP("actions", "Customer list viewed"),
    Action.TRANSACTION_CREATED: QT_TRANSLATE_NOOP("actions", "Transaction recorded"),
    Action.TRANSACTIONS_LISTED: QT_TRANSLATE_NOOP("actions", "Transaction list viewed"),
    Action.CUSTOMER_VIEWED: QT_TRANSLATE_NOOP("actions", "Customer record opened"),
    Action.BULK_VIEW_LOCKOUT: QT_TRANSLATE_NOOP("actions", "Too many records opened"),
    Action.REVEAL_REQUESTED: QT_TRANSLATE_NOOP("actions", "Masked fields requested"),
    Action.REVEAL_APPROVED: QT_TRANSLATE_NOOP("actions", "Masked fields approved"),
    Action.REVEAL_DENIED: QT_TRANSLATE_NOOP("actions", "Masked-field request refused"),
    Action.REVEAL_SHOWN: QT_TRANSLATE_NOOP("actions", "Masked field shown"),
    Action.REVEAL_COPIED: QT_TRANSLATE_NOOP("actions", "Masked field copied"),
    Action.REVEAL_REMASKED: QT_TRANSLATE_NOOP("actions", "Field masked again"),
    Action.REVEAL_LISTED: QT_TRANSLATE_NOOP("actions", "Masked-field requests listed"),
    Action.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("actions", "Security settings changed"),
    Action.ALERTS_VIEWED: QT_TRANSLATE_NOOP("actions", "Security alerts viewed"),
    Action.CUSTOMER_LOOKED_UP: QT_TRANSLATE_NOOP("actions", "Exact customer look-up"),
    Action.EXPORT_APPROVED: QT_TRANSLATE_NOOP("actions", "Customer export approved"),
    Action.CUSTOMERS_EXPORTED: QT_TRANSLATE_NOOP("actions", "Customers exported"),
    Action.STAFF_ROLE_CHANGED: QT_TRANSLATE_NOOP("actions", "Staff role changed"),
    Action.STAFF_DEACTIVATED: QT_TRANSLATE_NOOP("actions", "Staff account deactivated"),
    Action.STAFF_REACTIVATED: QT_TRANSLATE_NOOP("actions", "Staff account reactivated"),
    Action.STAFF_PASSWORD_RESET: QT_TRANSLATE_NOOP("actions", "Staff password reset"),
    Action.UNLOCK: QT_TRANSLATE_NOOP("actions", "Screen unlocked"),
    Action.IDLE_LOCK: QT_TRANSLATE_NOOP("actions", "Screen locked"),
    Action.AUDIT_VERIFIED: QT_TRANSLATE_NOOP("actions", "Audit trail verified"),
    Action.AUDIT_VIEWED: QT_TRANSLATE_NOOP("actions", "Audit trail viewed"),
    Action.CUSTOMER_HISTORY_VIEWED: QT_TRANSLATE_NOOP("actions", "Access history viewed"),
    Action.CATALOG_FIELD_ADDED: QT_TRANSLATE_NOOP("actions", "Custom field added"),
    Action.CATALOG_VIEWED: QT_TRANSLATE_NOOP("actions", "Field catalog viewed"),
    Action.SERVICE_SAVED: QT_TRANSLATE_NOOP("actions", "Service saved"),
    Action.RECIPIENT_SAVED: QT_TRANSLATE_NOOP("actions", "Third-party recipient saved"),
    Action.COLLECTION_REQUESTED: QT_TRANSLATE_NOOP("actions", "Field collection requested"),
    Action.COLLECTION_APPROVED: QT_TRANSLATE_NOOP("actions", "Field collection approved"),
    Action.COLLECTION_REJECTED: QT_TRANSLATE_NOOP("actions", "Field collection rejected"),
    Action.COLLECTION_RETIRED: QT_TRANSLATE_NOOP("actions", "Field no longer collected"),
    Action.CONSENT_GIVEN: QT_TRANSLATE_NOOP("actions", "Consent recorded"),
    Action.CONSENT_DECLINED: QT_TRANSLATE_NOOP("actions", "Consent declined; nothing stored"),
    Action.CONSENT_RENEWED: QT_TRANSLATE_NOOP("actions", "Consent renewed"),
    Action.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("actions", "Consent withdrawn"),
    Action.CONSENT_DOCUMENT: QT_TRANSLATE_NOOP("actions", "Signed consent document produced"),
    Action.KEYS_ROTATION_STOPPED: QT_TRANSLATE_NOOP("actions", "Key rotation stopped part-way"),
    Action.KEYS_ROTATED: QT_TRANSLATE_NOOP("actions", "Field values re-encrypted"),
    Action.ROOT_SECRET_ROTATED: QT_TRANSLATE_NOOP("actions", "Vault key and recovery key replaced"),
    Action.CUSTOMERS_IMPORTED: QT_TRANSLATE_NOOP("actions", "Customers imported"),
    Action.AUDIT_EXPORTED: QT_TRANSLATE_NOOP("actions", "Audit trail exported"),
    Action.BACKUP_CREATED: QT_TRANSLATE_NOOP("actions", "Backup made"),
    Action.BACKUP_FAILED: QT_TRANSLATE_NOOP("actions", "Backup failed"),
    Action.BACKUP_RESTORED: QT_TRANSLATE_NOOP("actions", "Backup restored"),
    Action.BACKUP_DRILL: QT_TRANSLATE_NOOP("actions", "Restore drill run"),
    Action.BACKUP_PRUNED: QT_TRANSLATE_NOOP("actions", "Old backups deleted"),
    Action.BACKUP_SETTINGS_CHANGED: QT_TRANSLATE_NOOP(
        "actions", "Automatic backup settings changed"),
    Action.MARKETING_LIST_EXPORTED: QT_TRANSLATE_NOOP("actions", "Marketing list made"),
    Action.DATA_SHARED: QT_TRANSLATE_NOOP("actions", "Data shared with a third party"),
    Action.RIGHTS_REQUEST_REGISTERED: QT_TRANSLATE_NOOP("actions", "Rights request received"),
    Action.RIGHTS_REQUEST_UPDATED: QT_TRANSLATE_NOOP("actions", "Rights request updated"),
    Action.RIGHTS_REQUEST_CLOSED: QT_TRANSLATE_NOOP("actions", "Rights request answered"),
    Action.RIGHTS_REQUESTS_LISTED: QT_TRANSLATE_NOOP("actions", "Rights requests listed"),
    Action.CUSTOMER_CORRECTED: QT_TRANSLATE_NOOP("actions", "Customer details corrected"),
    Action.ACCESS_REPORT_CREATED: QT_TRANSLATE_NOOP("actions", "Access report produced"),
    Action.RELATIONSHIP_ENDED: QT_TRANSLATE_NOOP("actions", "Customer relationship ended"),
    Action.LEGAL_HOLD_PLACED: QT_TRANSLATE_NOOP("actions", "Legal hold placed"),
    Action.LEGAL_HOLD_RELEASED: QT_TRANSLATE_NOOP("actions", "Legal hold released"),
    Action.RETENTION_QUEUE_VIEWED: QT_TRANSLATE_NOOP("actions", "Destruction queue viewed"),
    Action.CUSTOMER_DESTROYED: QT_TRANSLATE_NOOP("actions", "Customer data destroyed"),
    Action.DESTRUCTION_CERTIFICATE: QT_TRANSLATE_NOOP(
        "actions", "Destruction certificate produced"),
}


def action_label(action_id: str) -> str | None:
    """The English label of a stored action id (translate it in context "actions"); None for an
    id this version does not know (written by a newer one), which is then shown as it is."""
    try:
        return ACTION_LABELS[Action(action_id)]
    except (ValueError, KeyError):
        return None
