"""Transactions: finance sees amounts, dates and the customer's name only."""

from __future__ import annotations

from clientsafe.core.audit_actions import Action
from clientsafe.core.entities import TransactionRow
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, transaction_repo
from clientsafe.vault.vault import Vault

MAX_PAGE = 1000


def count(vault: Vault, session: Session) -> int:
    authorize(vault, session, Permission.TRANSACTIONS_VIEW, Action.TRANSACTIONS_LISTED)
    with vault.transaction() as conn:
        total = transaction_repo.count(conn)
        audit_log.record(
            conn,
            at=vault.clock(),
            action=str(Action.TRANSACTIONS_LISTED),
            actor_id=session.staff_id,
            actor=session.username,
            fields=("full_name",),
            detail=f"{total} in scope",
        )
    return total


def page(vault: Vault, session: Session, *, offset: int, limit: int) -> list[TransactionRow]:
    authorize(vault, session, Permission.TRANSACTIONS_VIEW, Action.TRANSACTIONS_LISTED)
    return transaction_repo.page(
        vault.conn, offset=max(0, offset), limit=max(0, min(limit, MAX_PAGE))
    )
