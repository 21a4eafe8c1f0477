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


class Outcome(StrEnum):
    DONE = "done"
    DENIED = "denied"
