"""Exporting the audit trail as a PDF report, for the security officer and managers.

The trail is verified first, so the report states the real result and the chain head (which
also anchors the head outside the vault). Entries are streamed from the vault into the PDF, so
100,000 entries need no more memory than 100. The file is rendered into a hidden temporary file
beside the target, synced and then renamed into place; any failure (a full disk, a cancel)
removes the temporary file. Exporting is itself audited: one `audit.exported` entry with the
filter, the number of entries, the head and the file's SHA-256.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from clientsafe.core.audit_actions import Action
from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.entities import AuditEntry
from clientsafe.core.errors import ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.reports.audit_report import AuditReportHeader, render_audit_report
from clientsafe.services.audit_verify import AuditVerification, examine
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, audit_query, staff_repo
from clientsafe.vault.connection import classify
from clientsafe.vault.vault import Vault

PROGRESS_EVERY = 1000

Progress = Callable[[int, int], None]


class PeriodReversed(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The period ends before it starts; choose an end date on or after the start.")


@dataclass(frozen=True, slots=True)
class AuditExportResult:
    path: Path
    entries: int
    sha256: str
    verified_ok: bool


class _HashingWriter:
    """The temporary file, hashed as it is written (no second read of a large file)."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self._handle.write(data)
        self.digest.update(data)
        return len(data)


def period_text(flt: AuditFilter) -> str:
    if flt.since is None and flt.until is None:
        return "all dates 全部日期"
    since = flt.since.isoformat() if flt.since else "the first entry 最早"
    until = flt.until.isoformat() if flt.until else "today 至今"
    return f"{since} – {until}"


def filter_lines(vault: Vault, flt: AuditFilter) -> tuple[str, ...]:
    """The filters other than the period, in words (user names rather than ids)."""
    lines: list[str] = []
    if flt.actor_id is not None:
        member = staff_repo.get(vault.conn, flt.actor_id)
        who = f"{member.username} ({member.display_name})" if member else "unknown"
        lines.append(f"User 用户: {who}, staff #{flt.actor_id}")
    if flt.customer_id is not None:
        lines.append(f"Customer 客户: #{flt.customer_id}")
    if flt.action is not None:
        lines.append(f"Action 操作: {flt.action}")
    if flt.outcome is not None:
        lines.append(f"Outcome 结果: {flt.outcome}")
    return tuple(lines)


def _filter_summary(flt: AuditFilter) -> str:
    """The filter for the audit entry: ids and fixed words only."""
    parts = [f"{name}={value}" for name, value in (
        ("since", flt.since), ("until", flt.until), ("actor", flt.actor_id),
        ("customer", flt.customer_id), ("action", flt.action), ("outcome", flt.outcome))
        if value is not None]
    return ", ".join(parts) or "all entries"


def _verification_text(result: AuditVerification) -> str:
    if result.ok:
        return f"{result.entries:,} entries; the hash chain and the anchor beside the vault agree"
    return result.problem or f"anchor {result.anchor}"


def _with_progress(entries: Iterator[AuditEntry], total: int,
                   progress: Progress | None) -> Iterator[AuditEntry]:
    done = 0
    if progress is not None:
        progress(0, total)
    for entry in entries:
        yield entry
        done += 1
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, max(total, done))
    if progress is not None:
        progress(done, max(total, done))


def export_audit_pdf(vault: Vault, session: Session, *, flt: AuditFilter, target: Path,
                     progress: Progress | None = None) -> AuditExportResult:
    """Verify, then write the entries matching `flt` (oldest first) to a PDF at `target`."""
    authorize(vault, session, Permission.AUDIT_EXPORT, Action.AUDIT_EXPORTED)
    if flt.since is not None and flt.until is not None and flt.since > flt.until:
        raise PeriodReversed()
    # Entries written while the report renders (by this export or anyone else) are left out:
    # the report covers the log as it was verified.
    last_seq = audit_log.head(vault.conn)[0]
    verification = examine(vault)
    total = audit_query.count_filtered(vault.conn, flt)
    header = AuditReportHeader(
        business_name=vault.info.business_name,
        period=period_text(flt),
        filters=filter_lines(vault, flt),
        generated_by=f"{session.display_name} ({session.username}, {session.role.label})",
        generated_at=vault.clock(),
        verified_ok=verification.ok,
        verification=_verification_text(verification),
        head_seq=verification.head_seq,
        head_hash=verification.head_hash,
    )
    entries = itertools.takewhile(lambda e: e.seq <= last_seq,
                                  audit_query.iter_filtered(vault.conn, flt))
    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                        dir=target.parent)
    except OSError as exc:
        raise classify(exc, target) from None
    temp = Path(tmp_name)
    placed = False
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                writer = _HashingWriter(handle)
                count = render_audit_report(header, _with_progress(entries, total, progress),
                                            writer)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o600)
        except OSError as exc:
            raise classify(exc, target) from None
        digest = writer.digest.hexdigest()
        with vault.transaction() as conn:
            audit_log.record(
                conn, at=vault.clock(), action=str(Action.AUDIT_EXPORTED),
                actor_id=session.staff_id, actor=session.username, purpose="audit",
                detail=f"{_filter_summary(flt)}; {count} entries; head {verification.head_seq}"
                       f" {'verified' if verification.ok else 'verification failed'};"
                       f" sha256 {digest}")
            # Inside the transaction: if the file cannot be put in place, the entry rolls back.
            try:
                os.replace(temp, target)
            except OSError as exc:
                raise classify(exc, target) from None
            placed = True
        _sync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if placed:  # renamed but the entry did not commit: no exported file without its entry
            with contextlib.suppress(OSError):
                target.unlink(missing_ok=True)
        raise
    return AuditExportResult(target, count, digest, verification.ok)


def _sync_folder(folder: Path) -> None:
    """Makes the rename durable; not possible on every platform, harmless to skip there."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
