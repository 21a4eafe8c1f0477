"""The business-wide limits (bulk viewing, export size, rights deadline, default retention),
kept in the vault."""

from __future__ import annotations

from clientsafe.core.audit_actions import Action
from clientsafe.core.disclosure import DisclosureLimits
from clientsafe.core.errors import ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, meta_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

_KEYS = {
    "bulk_view_limit": (1, 10_000),
    "bulk_view_window_minutes": (1, 24 * 60),
    "export_limit": (1, 10_000),
    "denial_burst": (2, 1000),
    "business_opens": (0, 23),
    "business_closes": (1, 24),
    "rights_deadline_days": (1, 90),
    "default_retention_months": (1, 1200),
}


class LimitOutOfRange(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "Choose a whole number from {low} to {high}.")


def limits(conn: Connection) -> DisclosureLimits:
    values = {}
    for key, (low, high) in _KEYS.items():
        raw = meta_repo.get(conn, f"policy.{key}")
        if raw is not None and raw.isdigit() and low <= int(raw) <= high:
            values[key] = int(raw)
    return DisclosureLimits(**values)


def current_limits(vault: Vault, session: Session) -> DisclosureLimits:
    """The limits as the security officer's settings screen shows them.

    Not audited when allowed: the limits are business settings and hold no customer data (a
    refusal is still audited by `authorize`, as a refused `settings.changed`: there is no
    separate read action). Every change is audited, by `set_limits`.
    """
    authorize(vault, session, Permission.SETTINGS_MANAGE, Action.SETTINGS_CHANGED)
    return limits(vault.conn)


def limit_range(key: str) -> tuple[int, int]:
    """The lowest and highest allowed value of a DisclosureLimits field (for spin boxes)."""
    return _KEYS[key]


def set_limits(vault: Vault, session: Session, new: DisclosureLimits) -> None:
    authorize(vault, session, Permission.SETTINGS_MANAGE, Action.SETTINGS_CHANGED)
    for key, (low, high) in _KEYS.items():
        if not low <= getattr(new, key) <= high:
            raise LimitOutOfRange(low=low, high=high)
    if new.business_opens >= new.business_closes:
        raise LimitOutOfRange(low=new.business_opens + 1, high=24)
    with vault.transaction() as conn:
        for key in _KEYS:
            meta_repo.put(conn, f"policy.{key}", str(getattr(new, key)))
        audit_log.record(conn, at=vault.clock(), action=str(Action.SETTINGS_CHANGED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=", ".join(f"{k}={getattr(new, k)}" for k in _KEYS))
