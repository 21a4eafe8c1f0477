"""Verifying the audit trail: recompute the hash chain, then compare it with the anchor.

The chain catches an edited, deleted or reordered entry; the anchor beside the vault catches a
cut or a rewritten tail, which leave a chain that is consistent in itself. The result names the
earliest bad entry found by either.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from clientsafe.core.audit_actions import Action
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log
from clientsafe.vault.audit_anchor import CONTRADICTIONS, AnchorState
from clientsafe.vault.audit_log import ChainReport
from clientsafe.vault.vault import Vault


@dataclass(frozen=True, slots=True)
class AuditVerification:
    ok: bool
    entries: int  # entries verified (up to the first bad one)
    head_seq: int  # the last good entry
    head_hash: str
    first_bad_seq: int | None  # None when ok, or when only the anchor file itself is bad
    problem: str  # one sentence about the first problem; "" when ok
    anchor: AnchorState
    anchor_seq: int | None  # the entry the anchor records, when it could be read
    anchor_note: str  # what the anchor check found, "" when the anchor simply matched

    @property
    def anchor_contradicts(self) -> bool:
        """The anchor is evidence against the log (or was itself altered), not just a note."""
        return self.anchor in CONTRADICTIONS

    @property
    def chain(self) -> ChainReport:
        """The result in the shape of the chain report (the vault check shows it)."""
        return ChainReport(self.ok, self.entries, self.head_seq, self.head_hash,
                           self.first_bad_seq, self.problem)


def examine(vault: Vault) -> AuditVerification:
    """The verification itself, without permission check or audit entry (the vault check
    does its own)."""
    chain = audit_log.verify(vault.conn)
    anchor = vault.check_anchor()
    findings: list[tuple[int | None, str]] = []
    if not chain.ok:
        findings.append((chain.first_bad_seq, chain.problem))
    if anchor.contradicts_log:
        findings.append((anchor.first_bad_seq, anchor.message))
    # The earliest named entry first; a bad anchor file names none, so it comes last.
    findings.sort(key=lambda f: (f[0] is None, f[0] or 0))
    first_bad, problem = findings[0] if findings else (None, "")
    return AuditVerification(
        ok=not findings,
        entries=chain.entries,
        head_seq=chain.head_seq,
        head_hash=chain.head_hash,
        first_bad_seq=first_bad,
        problem=problem,
        anchor=anchor.state,
        anchor_seq=anchor.anchor_seq,
        anchor_note=anchor.message,
    )


def verify_audit(vault: Vault, session: Session) -> AuditVerification:
    """Security officer and managers. Audited as `audit.verified` after verifying, in its own
    transaction, so the entry it adds is not part of what it just verified."""
    authorize(vault, session, Permission.AUDIT_VERIFY, Action.AUDIT_VERIFIED)
    result = examine(vault)
    if result.ok:
        detail = f"ok: {result.entries} entries, head {result.head_seq}"
    elif result.first_bad_seq is not None:
        detail = f"problem at entry {result.first_bad_seq}"
    else:
        detail = f"anchor {result.anchor}"
    # Recording must not hide the result when the vault is too damaged to write to.
    with contextlib.suppress(ClientSafeError), vault.transaction() as conn:
        audit_log.record(conn, at=vault.clock(), action=str(Action.AUDIT_VERIFIED),
                         actor_id=session.staff_id, actor=session.username, detail=detail)
    return result
