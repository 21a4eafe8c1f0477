"""Exporting customers to CSV, within the disclosure limit.

Above the business's limit (default 20 records) an export needs a manager's approval: another
manager types their credentials on the requester's screen, and the approval is single-use,
bound to the requester and the number of records, and valid for a few minutes. The file holds
only what the role may see (sensitive fields masked), starts with a watermark naming who
exported it and when, and its SHA-256 goes into the audit trail.

An export is a use for service delivery (purpose "service"): customers without an active service
consent (withdrawn, or imported and never asked) are left out, and the result says how many.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from clientsafe.core.audit_actions import Action
from clientsafe.core.clock import to_iso
from clientsafe.core.errors import (
    ClientSafeError,
    PermissionDenied,
    SelfApprovalRefused,
    ValidationError,
)
from clientsafe.core.field_access import CUSTOMER_FIELDS, Access, FieldSpec, access
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.masking import mask
from clientsafe.core.roles import Permission, allows
from clientsafe.core.session import Session
from clientsafe.core.use_purposes import Use, allowed
from clientsafe.services import auth
from clientsafe.services.customer_records import field_value, load_in_scope
from clientsafe.services.disclosure_settings import limits
from clientsafe.services.policy import authorize, deny
from clientsafe.vault import audit_log, consent_repo, export_approval_repo
from clientsafe.vault.atomic_file import kept_if_recorded
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

APPROVAL_VALID = timedelta(minutes=10)
MAX_EXPORT = 100_000
USE = Use.SERVICE  # what a customer export is for


class ExportLimitExceeded(PermissionDenied):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Exporting more than {limit} customers at once needs a manager's approval; ask a "
        "manager to approve it.",
    )


class NothingToExport(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "Select the customers to export first.")


class NoServiceConsent(PermissionDenied):
    template = QT_TRANSLATE_NOOP(
        "errors", "None of these customers has an active consent for service delivery, so "
                  "nothing was exported; ask them to consent again at their next visit.")


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    count: int
    sha256: str
    left_out: int = 0  # selected, but without an active consent for the export's purpose


def export_limit(vault: Vault) -> int:
    return limits(vault.conn).export_limit


def approve_export(vault: Vault, session: Session, *, count: int, manager_username: str,
                   manager_password: str) -> int:
    """Another manager approves one export of up to `count` records; returns the approval id."""
    authorize(vault, session, Permission.CUSTOMERS_EXPORT, Action.EXPORT_APPROVED)
    if not 0 < count <= MAX_EXPORT:
        raise NothingToExport()
    approver = auth.verify_approver(vault, manager_username, manager_password)
    problem: ClientSafeError | None = None
    if not allows(approver.role, Permission.REVEAL_APPROVE):
        problem = PermissionDenied(role=approver.role.label,
                                   action=Permission.REVEAL_APPROVE.label)
    elif approver.id == session.staff_id:
        problem = SelfApprovalRefused()
    with vault.transaction() as conn:
        if problem is not None:
            deny(conn, vault, session, Action.EXPORT_APPROVED,
                 detail=f"approver staff #{approver.id} not allowed")
        else:
            approval_id = export_approval_repo.add(conn, requester_id=session.staff_id,
                                                   approver_id=approver.id, max_count=count,
                                                   now=vault.clock())
            audit_log.record(conn, at=vault.clock(), action=str(Action.EXPORT_APPROVED),
                             actor_id=approver.id, actor=approver.username,
                             detail=f"approval #{approval_id}: up to {count} records for "
                                    f"staff #{session.staff_id}")
    if problem is not None:
        raise problem
    return approval_id


def within_limit(conn: Connection, vault: Vault, session: Session, count: int,
                 approval_id: int | None, action: Action) -> ClientSafeError | None:
    """The one check for every way customer records leave the app at once (export, print):
    above the limit only with an unused, recent approval for at least `count` records. A refusal
    is audited under `action` and returned for the caller to raise after its transaction."""
    now = vault.clock()
    limit = limits(conn).export_limit
    if count <= limit or (approval_id is not None and export_approval_repo.use(
            conn, approval_id, requester_id=session.staff_id, count=count,
            not_before=now - APPROVAL_VALID, now=now)):
        return None
    deny(conn, vault, session, action,
         detail=f"{count} records over the limit of {limit} without approval")
    return ExportLimitExceeded(limit=limit)


def export_customers_csv(vault: Vault, session: Session, *, customer_ids: Sequence[int],
                         target: Path, approval_id: int | None = None) -> ExportResult:
    authorize(vault, session, Permission.CUSTOMERS_EXPORT, Action.CUSTOMERS_EXPORTED)
    ids = list(dict.fromkeys(customer_ids))
    if not ids or len(ids) > MAX_EXPORT:
        raise NothingToExport()
    columns = [f for f in CUSTOMER_FIELDS if access(session.role, f.key) is not Access.HIDDEN]
    with kept_if_recorded(target) as write:
        result, error = _export(vault, session, ids, columns, target, approval_id, write)
    if error is not None:
        raise error
    assert result is not None
    return result


def _export(vault: Vault, session: Session, ids: list[int], columns: list[FieldSpec],
            target: Path, approval_id: int | None, write: Callable[[bytes], None]
            ) -> tuple[ExportResult | None, ClientSafeError | None]:
    now = vault.clock()
    error: ClientSafeError | None = None
    result: ExportResult | None = None
    with vault.transaction() as conn:
        error = within_limit(conn, vault, session, len(ids), approval_id,
                             Action.CUSTOMERS_EXPORTED)
        rows: list[list[str]] = []
        included: list[int] = []
        if error is None:
            for customer_id in ids:
                customer, error = load_in_scope(conn, vault, session, customer_id,
                                                Action.CUSTOMERS_EXPORTED)
                if customer is None:
                    break
                if allowed(consent_repo.current_state(conn, customer_id), USE):
                    included.append(customer_id)
                    rows.append([_cell(session, f.key, field_value(customer, f.key))
                                 for f in columns])
        left_out = len(ids) - len(rows)
        if error is None and not rows:
            deny(conn, vault, session, Action.CUSTOMERS_EXPORTED,
                 detail=f"none of {len(ids)} records has an active {USE} consent")
            error = NoServiceConsent()
        if error is None:
            buffer = io.StringIO()
            buffer.write(f"# ClientSafe export by {session.display_name} ({session.username}) "
                         f"at {to_iso(now)}; confidential, {len(rows)} records for service "
                         "delivery\n")
            writer = csv.writer(buffer)
            writer.writerow([f.key for f in columns])
            writer.writerows(rows)
            data = buffer.getvalue().encode("utf-8-sig")  # Excel opens UTF-8 with a BOM
            digest = hashlib.sha256(data).hexdigest()
            # The audit entry first: if it cannot be written, no file is written either.
            entry = audit_log.record(
                conn, at=now, action=str(Action.CUSTOMERS_EXPORTED), actor_id=session.staff_id,
                actor=session.username, fields=tuple(f.key for f in columns), purpose=str(USE),
                detail=f"{len(rows)} records, {left_out} left out without {USE} consent, "
                       f"sha256 {digest}" + (f", approval #{approval_id}" if approval_id else ""))
            # Each exported customer's access report lists this export.
            audit_log.add_subjects(conn, entry.seq, included)
            write(data)
            result = ExportResult(target, len(rows), digest, left_out)
    return result, error


def _cell(session: Session, key: str, value: str) -> str:
    return safe_cell(mask(key, value) if access(session.role, key) is Access.MASKED else value)


def safe_cell(text: str) -> str:
    """A spreadsheet cell that shows `text` and never runs it."""
    # A cell starting with = + - @ runs as a formula in a spreadsheet; phone numbers like
    # +8613812345678 are plain numbers and stay as they are.
    risky = text[:1] in ("=", "@") or (text[:1] in ("+", "-")
                                        and not text[1:].replace(" ", "").isdigit())
    return "'" + text if risky else text
