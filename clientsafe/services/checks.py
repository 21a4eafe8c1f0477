"""Vault health: SQLCipher page check, SQLite structure, schema version, audit chain and its
anchor, counts."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from clientsafe.core.audit_actions import Action
from clientsafe.core.errors import ClientSafeError, VaultCorrupt
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.audit_verify import AuditVerification, examine
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, customer_repo, migrate, staff_repo
from clientsafe.vault import vault as vault_files
from clientsafe.vault.audit_log import ChainReport
from clientsafe.vault.unlock import root_from_keyring, root_from_recovery_key
from clientsafe.vault.vault import Vault

T = TypeVar("T")
F = TypeVar("F")


@dataclass(frozen=True, slots=True)
class CheckReport:
    schema_version: int
    customers: int | None  # None: could not be read
    staff: int | None
    audit: ChainReport  # the chain and the anchor together: first_bad_seq names either's find
    problems: list[str] = field(default_factory=list)
    verification: AuditVerification | None = None  # None: the audit log could not be read

    @property
    def ok(self) -> bool:
        return not self.problems


def _attempt(part: Callable[[], T], fallback: F) -> T | F:
    try:
        return part()
    except VaultCorrupt:
        return fallback


def page_problems(vault: Vault) -> list[str]:
    return [f"storage: {p}" for p in vault.page_problems()]


def damaged_pages(path: Path, *, recovery_key: str | None = None) -> list[str]:
    """For a vault too damaged to open or sign in to: which pages fail their HMAC. Page numbers
    only, no content, so it needs no sign-in."""
    try:
        root = (
            root_from_recovery_key(path, recovery_key) if recovery_key else root_from_keyring(path)
        )
    except ClientSafeError:
        return []
    return [f"storage: {p}" for p in vault_files.damaged_pages(path, root)]


def check_vault(vault: Vault, session: Session) -> CheckReport:
    """Each part runs even when an earlier one failed, so the report names every problem."""
    authorize(vault, session, Permission.VAULT_CHECK, Action.VAULT_CHECKED)
    problems = page_problems(vault)
    unreadable = ChainReport(False, 0, 0, audit_log.GENESIS_HASH, None, "could not be read")
    structure = _attempt(vault.structure_problems, ["part of the database could not be read"])
    problems.extend(f"structure: {p}" for p in structure)
    verification = _attempt(lambda: examine(vault), None)
    chain = verification.chain if verification is not None else unreadable
    if not chain.ok:
        problems.append(f"audit chain: {chain.problem}")
    if (verification is not None and verification.anchor_contradicts
            and verification.anchor_note != verification.problem):
        # The anchor found something besides the chain's first bad entry. A missing or stale
        # anchor is a note (see `verification`), not a problem: it is no evidence of tampering.
        problems.append(f"audit anchor: {verification.anchor_note}")
    customers = _attempt(lambda: customer_repo.count(vault.conn), None)
    staff = _attempt(lambda: staff_repo.count(vault.conn), None)
    report = CheckReport(migrate.current_version(vault.conn), customers, staff, chain, problems,
                         verification)
    # Recording the check must not hide its result when the vault is too damaged to write.
    with contextlib.suppress(ClientSafeError), vault.transaction() as conn:
        audit_log.record(
            conn,
            at=vault.clock(),
            action=str(Action.VAULT_CHECKED),
            actor_id=session.staff_id,
            actor=session.username,
            detail="ok" if report.ok else f"{len(problems)} problem(s) found",
        )
    return report
