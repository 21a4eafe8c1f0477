"""Vault health: SQLCipher page check, SQLite structure, schema version, audit chain and its
anchor, counts.

Each problem is a `Finding`: what part of the vault it concerns (its kind, which the UI words in
the reader's language) and the technical detail as the check gave it (SQLCipher, SQLite or the
audit verification, in English, e.g. "HMAC verification failed for page 32"), kept as it is for
support.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from clientsafe.core.audit_actions import Action
from clientsafe.core.errors import ClientSafeError, VaultCorrupt
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
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

# The check's own details (the others come from SQLCipher, SQLite and the audit verification);
# marked so the UI can show them translated (context "checks").
PART_UNREADABLE = QT_TRANSLATE_NOOP("checks", "part of the database could not be read")
AUDIT_UNREADABLE = QT_TRANSLATE_NOOP("checks", "could not be read")


class FindingKind(StrEnum):
    STORAGE = "storage"  # an encrypted page of the file fails its HMAC
    STRUCTURE = "structure"  # SQLite's structure check (indexes, free list, b-trees)
    AUDIT = "audit"  # the audit chain (or the anchor's evidence of its first bad entry)
    ANCHOR = "anchor"  # the anchor beside the vault found something besides the chain's find


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    text: str  # the technical detail, in English as the check gave it

    @property
    def in_storage(self) -> bool:
        """The file or the database inside it is damaged (rather than the audit trail)."""
        return self.kind in (FindingKind.STORAGE, FindingKind.STRUCTURE)


@dataclass(frozen=True, slots=True)
class CheckReport:
    schema_version: int
    customers: int | None  # None: could not be read
    staff: int | None
    audit: ChainReport  # the chain and the anchor together: first_bad_seq names either's find
    problems: list[Finding] = field(default_factory=list)
    verification: AuditVerification | None = None  # None: the audit log could not be read

    @property
    def ok(self) -> bool:
        return not self.problems


def _attempt(part: Callable[[], T], fallback: F) -> T | F:
    try:
        return part()
    except VaultCorrupt:
        return fallback


def page_problems(vault: Vault) -> list[Finding]:
    return [Finding(FindingKind.STORAGE, p) for p in vault.page_problems()]


def damaged_pages(path: Path, *, recovery_key: str | None = None) -> list[Finding]:
    """For a vault too damaged to open or sign in to: which pages fail their HMAC. Page numbers
    only, no content, so it needs no sign-in."""
    try:
        root = (
            root_from_recovery_key(path, recovery_key) if recovery_key else root_from_keyring(path)
        )
    except ClientSafeError:
        return []
    return [Finding(FindingKind.STORAGE, p) for p in vault_files.damaged_pages(path, root)]


def check_vault(vault: Vault, session: Session) -> CheckReport:
    """Each part runs even when an earlier one failed, so the report names every problem."""
    authorize(vault, session, Permission.VAULT_CHECK, Action.VAULT_CHECKED)
    problems = page_problems(vault)
    unreadable = ChainReport(False, 0, 0, audit_log.GENESIS_HASH, None, AUDIT_UNREADABLE)
    structure = _attempt(vault.structure_problems, [PART_UNREADABLE])
    problems.extend(Finding(FindingKind.STRUCTURE, p) for p in structure)
    verification = _attempt(lambda: examine(vault), None)
    chain = verification.chain if verification is not None else unreadable
    if not chain.ok:
        problems.append(Finding(FindingKind.AUDIT, chain.problem))
    if (verification is not None and verification.anchor_contradicts
            and verification.anchor_note != verification.problem):
        # The anchor found something besides the chain's first bad entry. A missing or stale
        # anchor is a note (see `verification`), not a problem: it is no evidence of tampering.
        problems.append(Finding(FindingKind.ANCHOR, verification.anchor_note))
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
