"""The customer list and customer creation, scoped by role.

Opening (or refreshing) a list is one audited read; the pages the table model then fetches while
scrolling belong to that read and are not audited one by one.
"""

from __future__ import annotations

from dataclasses import dataclass

from clientsafe.core import validators
from clientsafe.core.audit_actions import Action
from clientsafe.core.entities import CustomerRow, CustomerSort
from clientsafe.core.masking import mask
from clientsafe.core.name_search import name_query
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, customer_repo
from clientsafe.vault.vault import Vault

MAX_PAGE = 1000


def _scope(session: Session) -> int | None:
    return session.staff_id if session.sees_only_assigned_customers else None


def count(vault: Vault, session: Session, search: str = "") -> int:
    """Opening or searching the list: one audited read (the query text is not recorded)."""
    authorize(vault, session, Permission.CUSTOMERS_VIEW, Action.CUSTOMERS_LISTED)
    query = name_query(search)
    with vault.transaction() as conn:
        total = customer_repo.count(conn, assigned_to=_scope(session), search=query)
        audit_log.record(
            conn,
            at=vault.clock(),
            action=str(Action.CUSTOMERS_LISTED),
            actor_id=session.staff_id,
            actor=session.username,
            fields=("full_name", "phone", "email"),
            detail=f"{total} in scope" + (" (name search)" if query else ""),
        )
    return total


def page(
    vault: Vault,
    session: Session,
    *,
    offset: int,
    limit: int,
    sort: CustomerSort = CustomerSort.NAME,
    descending: bool = False,
    search: str = "",
) -> list[CustomerRow]:
    authorize(vault, session, Permission.CUSTOMERS_VIEW, Action.CUSTOMERS_LISTED)
    return customer_repo.page(
        vault.conn,
        offset=max(0, offset),
        limit=max(0, min(limit, MAX_PAGE)),
        sort=sort,
        descending=descending,
        assigned_to=_scope(session),
        search=name_query(search),
    )


@dataclass(frozen=True, slots=True)
class ExactMatch:
    customer_id: int | None  # None: someone else's customer, not to be opened from here
    own: bool
    display_name: str  # masked for someone else's customer
    assigned_staff_name: str


def find_exact(vault: Vault, session: Session, text: str) -> list[ExactMatch]:
    """Exact phone / ID / e-mail look-up, mainly to avoid creating a duplicate. Front desk learns
    only that someone else's customer exists and who looks after them (the name is masked)."""
    field, value = validators.exact_lookup_key(text)
    authorize(vault, session, Permission.CUSTOMERS_VIEW, Action.CUSTOMER_LOOKED_UP)
    with vault.transaction() as conn:
        # Who matched and who looks after them; none of their values is decrypted for this.
        found = customer_repo.find_exact_hits(conn, field, value)
        matches = []
        for customer in found:
            own = (not session.sees_only_assigned_customers
                   or customer.assigned_staff_id == session.staff_id)
            matches.append(ExactMatch(
                customer.id if own else None, own,
                customer.full_name if own else mask("full_name", customer.full_name),
                customer.assigned_staff_name))
        # One entry for the look-up; which customers matched is recorded, never the value.
        audit_log.record(conn, at=vault.clock(), action=str(Action.CUSTOMER_LOOKED_UP),
                         actor_id=session.staff_id, actor=session.username, fields=(field,),
                         customer_id=found[0].id if len(found) == 1 else None,
                         detail=f"{len(found)} match(es): "
                                + ",".join(f"#{c.id}" for c in found))
    return matches
