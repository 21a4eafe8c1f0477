"""Reading the audit trail: the security officer's viewer and a manager's access history.

As with the customer list, opening (or filtering) the viewer is one audited read: `count`
records `audit.viewed` with the filter (ids and action names only); the pages the table model
fetches while scrolling belong to that read and are not audited one by one. A manager's look at
one customer's access history is audited the same way, as `customer.history_viewed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clientsafe.core.audit_actions import Action
from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.entities import AuditEntry
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.customer_records import load_in_scope
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, audit_query, staff_repo
from clientsafe.vault.vault import Vault

MAX_PAGE = 1000
# A filter that combines conditions is counted only up to this many (and one more, meaning
# "more than COUNT_CAP"): at a million entries an exact count of such a filter can read a large
# part of the log, while a single condition is counted exactly through its index.
COUNT_CAP = 10_000


@dataclass(frozen=True, slots=True)
class AccessEvent:
    """One line of a customer's access history: who did what to the record, and why."""

    seq: int
    at: datetime
    actor: str  # the username at the time
    action: str
    fields: tuple[str, ...]
    purpose: str
    outcome: str


def filter_summary(flt: AuditFilter) -> str:
    """The filter as recorded in the audit entry: ids, action names and dates, nothing else."""
    parts = [f"{name}={value}" for name, value in (
        ("user", flt.actor_id), ("customer", flt.customer_id), ("action", flt.action),
        ("outcome", flt.outcome), ("since", flt.since), ("until", flt.until))
        if value is not None]
    return " ".join(parts) or "all"


def is_combined(flt: AuditFilter) -> bool:
    """Two or more conditions (a date range counts as one)."""
    conditions = (flt.actor_id, flt.customer_id, flt.action, flt.outcome, flt.since or flt.until)
    return sum(c is not None for c in conditions) >= 2


def count(vault: Vault, session: Session, flt: AuditFilter) -> int:
    """How many entries match; the one audited read of a viewer (re)load. Security officer.
    A combined filter counts at most COUNT_CAP + 1 ("more than COUNT_CAP")."""
    authorize(vault, session, Permission.AUDIT_VIEW, Action.AUDIT_VIEWED)
    with vault.transaction() as conn:
        # Recorded first, so the count and the pages after it agree (an unfiltered view shows
        # this very look at the top).
        audit_log.record(conn, at=vault.clock(), action=str(Action.AUDIT_VIEWED),
                         actor_id=session.staff_id, actor=session.username,
                         detail=filter_summary(flt))
        total = audit_query.count_filtered(conn, flt,
                                           cap=COUNT_CAP if is_combined(flt) else None)
    return total


def page(vault: Vault, session: Session, flt: AuditFilter, *, offset: int,
         limit: int) -> list[AuditEntry]:
    """One page of matching entries, newest first (not audited: part of the counted read)."""
    authorize(vault, session, Permission.AUDIT_VIEW, Action.AUDIT_VIEWED)
    return audit_query.page_filtered(vault.conn, flt, offset=max(0, offset),
                                     limit=max(0, min(limit, MAX_PAGE)))


def staff_choices(vault: Vault, session: Session) -> list[tuple[int, str]]:
    """(id, username) of every account, for the viewer's user filter."""
    authorize(vault, session, Permission.AUDIT_VIEW, Action.AUDIT_VIEWED)
    return sorted(((m.id, m.username) for m in staff_repo.list_all(vault.conn)),
                  key=lambda choice: choice[1].casefold())


def action_choices(vault: Vault, session: Session) -> list[str]:
    """The actions that occur in the log, for the viewer's action filter."""
    authorize(vault, session, Permission.AUDIT_VIEW, Action.AUDIT_VIEWED)
    return audit_query.actions_in_use(vault.conn)


def customer_history_count(vault: Vault, session: Session, customer_id: int) -> int:
    """How many entries concern this customer; the one audited read of the history. Managers."""
    authorize(vault, session, Permission.CUSTOMER_HISTORY, Action.CUSTOMER_HISTORY_VIEWED)
    error: ClientSafeError | None = None
    total = 0
    with vault.transaction() as conn:
        customer, error = load_in_scope(conn, vault, session, customer_id,
                                        Action.CUSTOMER_HISTORY_VIEWED)
        if customer is not None:
            # Recorded first, so the history counts (and shows) this look at it too.
            audit_log.record(conn, at=vault.clock(), action=str(Action.CUSTOMER_HISTORY_VIEWED),
                             actor_id=session.staff_id, actor=session.username,
                             customer_id=customer_id)
            total = audit_query.count_filtered(conn, AuditFilter(customer_id=customer_id))
    if error is not None:
        raise error
    return total


def customer_history(vault: Vault, session: Session, customer_id: int, *, offset: int,
                     limit: int) -> list[AccessEvent]:
    """Entries about this one customer (customer_id = ?), newest first; nothing of others."""
    authorize(vault, session, Permission.CUSTOMER_HISTORY, Action.CUSTOMER_HISTORY_VIEWED)
    entries = audit_query.page_filtered(vault.conn, AuditFilter(customer_id=customer_id),
                                        offset=max(0, offset),
                                        limit=max(0, min(limit, MAX_PAGE)))
    return [AccessEvent(e.seq, e.at, e.actor, e.action, e.fields, e.purpose, e.outcome)
            for e in entries]
