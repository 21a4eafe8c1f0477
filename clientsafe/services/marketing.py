"""Marketing contact lists: only customers who agree to marketing today.

A list is made fresh each time from the customers' latest marketing decisions, so a withdrawal
takes a customer off the very next list. It holds the name and the contact fields (phone,
e-mail) the role may see in full, starts (CSV) or is stamped on every page (PDF) with who made
it and when, is held to the business's export limit like any bulk export, and its SHA-256 goes
into the audit entry (purpose "marketing"). A file whose audit entry did not commit is removed.

Making a list reports progress through an optional `progress(done, total)` callable; when it
raises (the user cancelled), the transaction rolls back, so no entry and no file remain.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from clientsafe.core.audit_actions import Action
from clientsafe.core.clock import to_iso
from clientsafe.core.errors import ClientSafeError, ValidationError
from clientsafe.core.field_access import Access, access
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.core.use_purposes import Use
from clientsafe.reports import marketing_pdf
from clientsafe.services.customer_export import ExportResult, safe_cell, within_limit
from clientsafe.services.policy import authorize
from clientsafe.vault import audit_log, marketing_repo, service_repo
from clientsafe.vault.atomic_file import kept_if_recorded
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

# (done, total), called while a list is made; it may raise to stop the work.
Progress = Callable[[int, int], None]

USE = Use.MARKETING
FORMATS = ("csv", "pdf")
Format = Literal["csv", "pdf"]
# What a marketing list may hold: whom to address and how to reach them, nothing else.
MARKETING_FIELDS = ("full_name", "phone", "email")
ALL_SERVICES = "All services"


class UnknownFormat(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "Save the marketing list as a CSV or a PDF file.")


class UnknownService(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "That service no longer exists; refresh the list of services and choose again.")


class NoOptIns(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "No customer agrees to marketing for this choice today, so there is no list "
                  "to make; customers join it when they opt in.")


@dataclass(frozen=True, slots=True)
class MarketingService:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class PrintedList:
    data: bytes  # the PDF, exactly as audited
    count: int
    sha256: str


def marketing_services(vault: Vault, session: Session) -> list[MarketingService]:
    """The services that ask for marketing consent, for the list's service picker."""
    authorize(vault, session, Permission.MARKETING_EXPORT, Action.MARKETING_LIST_EXPORTED)
    return [MarketingService(s.id, s.name) for s in service_repo.all_services(vault.conn)
            if s.offers_marketing]


def list_fields(session: Session) -> tuple[str, ...]:
    """The columns this role's lists have: the marketing fields it may see in full."""
    return tuple(k for k in MARKETING_FIELDS if access(session.role, k) is Access.VISIBLE)


def _assigned_to(session: Session) -> int | None:
    return session.staff_id if session.sees_only_assigned_customers else None


def marketing_list_count(vault: Vault, session: Session, service_id: int | None = None) -> int:
    """How many customers the list would hold now. A number names nobody, so only a refusal is
    audited; making the list is."""
    authorize(vault, session, Permission.MARKETING_EXPORT, Action.MARKETING_LIST_EXPORTED)
    return marketing_repo.count(vault.conn, service_id=service_id,
                                assigned_to=_assigned_to(session))


def export_marketing_list(vault: Vault, session: Session, *, fmt: Format, target: Path,
                          service_id: int | None = None, approval_id: int | None = None,
                          progress: Progress | None = None) -> ExportResult:
    """Write the list to `target` as CSV or PDF (mode 0600)."""
    with kept_if_recorded(target) as write:
        _, count, digest = _make(vault, session, fmt, service_id, approval_id, write,
                                 f"{fmt} file", progress)
    return ExportResult(target, count, digest)


def print_marketing_list(vault: Vault, session: Session, *, service_id: int | None = None,
                         approval_id: int | None = None, progress: Progress | None = None
                         ) -> PrintedList:
    """The PDF for the printer, audited as made (it stays in memory, never on disk)."""
    data, count, digest = _make(vault, session, "pdf", service_id, approval_id, None,
                                "pdf for printing", progress)
    return PrintedList(data, count, digest)


def _make(vault: Vault, session: Session, fmt: str, service_id: int | None,
          approval_id: int | None, deliver: Callable[[bytes], None] | None, how: str,
          progress: Progress | None) -> tuple[bytes, int, str]:
    report = progress or (lambda _done, _total: None)
    authorize(vault, session, Permission.MARKETING_EXPORT, Action.MARKETING_LIST_EXPORTED)
    if fmt not in FORMATS:
        raise UnknownFormat()
    now = vault.clock()
    keys = list_fields(session)
    error: ClientSafeError | None = None
    result: tuple[bytes, int, str] | None = None
    with vault.transaction() as conn:
        scope = _scope_name(conn, service_id)
        contacts = [] if scope is None else marketing_repo.contacts(
            conn, keys=keys[1:], service_id=service_id, assigned_to=_assigned_to(session))
        if scope is None:
            error = UnknownService()
        elif not contacts:
            error = NoOptIns()
        else:
            error = within_limit(conn, vault, session, len(contacts), approval_id,
                                 Action.MARKETING_LIST_EXPORTED)
        if error is None:
            assert scope is not None
            rows = [[c.full_name, *(c.values.get(k, "") for k in keys[1:])] for c in contacts]
            report(0, len(rows))
            if fmt == "csv":
                data = _csv(session, keys, rows, scope, now_iso=to_iso(now))
            else:
                data = marketing_pdf.render(marketing_pdf.MarketingListHeader(
                    vault.info.business_name, scope,
                    f"{session.display_name} ({session.username})", now, keys), rows,
                    progress=report)
            report(len(rows), len(rows))
            digest = hashlib.sha256(data).hexdigest()
            # The entry first: if the file cannot be written, the transaction rolls it back.
            entry = audit_log.record(
                conn, at=now, action=str(Action.MARKETING_LIST_EXPORTED),
                actor_id=session.staff_id, actor=session.username, fields=keys,
                purpose=str(USE),
                detail=f"{how}: {len(rows)} customers opted in for "
                       + ("all services" if service_id is None else f"service #{service_id}")
                       + f", sha256 {digest}"
                       + (f", approval #{approval_id}" if approval_id else ""))
            audit_log.add_subjects(conn, entry.seq, (c.customer_id for c in contacts))
            if deliver is not None:
                deliver(data)
            result = (data, len(rows), digest)
    if error is not None:
        raise error
    assert result is not None
    return result


def _scope_name(conn: Connection, service_id: int | None) -> str | None:
    if service_id is None:
        return ALL_SERVICES
    service = service_repo.get(conn, service_id)
    return None if service is None else service.name


def _csv(session: Session, keys: tuple[str, ...], rows: list[list[str]], scope: str, *,
         now_iso: str) -> bytes:
    buffer = io.StringIO()
    buffer.write(f"# ClientSafe marketing list by {session.display_name} ({session.username}) "
                 f"at {now_iso}; confidential, {len(rows)} customers who agree to marketing "
                 f"({scope})\n")
    writer = csv.writer(buffer)
    writer.writerow(keys)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")  # Excel opens UTF-8 with a BOM
