"""Names of audited actions, one place so the viewer and the tests agree on them."""

from __future__ import annotations

from enum import StrEnum


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


class Outcome(StrEnum):
    DONE = "done"
    DENIED = "denied"
