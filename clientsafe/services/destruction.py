"""Destroying customers who are due, with a manager's approval, and the certificates proving it.

The manager re-types their own password. Every customer must be in the destruction queue at
that moment (retention ended, or a verified deletion request) and not on legal hold; the whole
selection is checked before anything is destroyed, and each customer again inside their own
transaction. Each customer goes in one transaction: erase, the CUSTOMER_DESTROYED audit entry
(ids, field keys, basis and counts; no values), the tombstone naming that entry, and the
completion of the deletion request it answers. A failure rolls that customer back completely;
the ones before stay destroyed. Cancelling stops between customers. At the end the file is
rebuilt once (vault.erasure.reclaim), so no free page or log frame keeps a destroyed value.

Certificates hold no personal data (ids, dates, basis, approver, counts), so producing one is
left to the managers who approve destruction: the security officer checks the same facts in the
audit trail, where the certificate names the entry (seq and hash). The PDF is deterministic and
its SHA-256 is stored on the tombstone the first time it is made; later copies are audited with
their own hash, so a reprint can be compared with the first one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from clientsafe.core.audit_actions import Action
from clientsafe.core.errors import ClientSafeError, ValidationError
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.retention import (
    BackupPolicy,
    DestroyedSummary,
    DestructionBasis,
    DueCustomer,
    Tombstone,
    certificate_number,
)
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.reports import destruction_certificate
from clientsafe.reports.destruction_certificate import CertificateData, FieldLabel
from clientsafe.services import auth, backup_auto, catalog
from clientsafe.services.policy import authorize, deny
from clientsafe.services.retention import PURPOSE, queue_entry_in
from clientsafe.vault import audit_log, erasure, retention_repo
from clientsafe.vault.connection import Connection
from clientsafe.vault.vault import Vault

MAX_AT_ONCE = 1000
# The answers a destruction gives to the customer's open requests: stored in English with the
# certificate number, shown translated (context "rights") by the Rights requests area.
REQUEST_ANSWER = QT_TRANSLATE_NOOP(
    "rights", "Completed: the customer's personal data was destroyed (certificate {number}).")
OTHER_ANSWER = QT_TRANSLATE_NOOP(
    "rights", "Closed: the customer's personal data was destroyed (certificate {number}); "
              "nothing is held about them any more.")
FIXED_ANSWERS = (REQUEST_ANSWER, OTHER_ANSWER)


class NothingToDestroy(ValidationError):
    template = QT_TRANSLATE_NOOP("errors", "Select the customers to destroy first.")


class NotDue(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Customer {customer} is not due for destruction any more; refresh the list "
                  "and select again. Nothing was destroyed from that customer on.")
    exit_status = 2


class OnLegalHold(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "Customer {customer} is on legal hold and cannot be destroyed; release the "
                  "hold first if it no longer applies. Nothing was destroyed from that "
                  "customer on.")
    exit_status = 2


class NotDestroyed(ClientSafeError):
    template = QT_TRANSLATE_NOOP(
        "errors", "There is no destruction record for customer {customer}; refresh the list.")
    exit_status = 2


def _problem(entry: DueCustomer | None, customer_id: int) -> ClientSafeError | None:
    if entry is not None and entry.held:
        return OnLegalHold(customer=customer_id)
    if entry is None or entry.basis is None:
        return NotDue(customer=customer_id)
    return None


def _named(conn: Connection, customer_id: int) -> int | None:
    """The id to name in a refusal's audit entry: only a customer held or destroyed. An id
    nobody has yet would otherwise put the refusal in the access report of the customer who
    is later given that id."""
    known = (retention_repo.created_at(conn, customer_id) is not None
             or retention_repo.tombstone(conn, customer_id) is not None)
    return customer_id if known else None


def _check_all(vault: Vault, session: Session, ids: list[int]) -> None:
    """Refuse the whole selection (audited, nothing destroyed) if any customer is not due now."""
    today = vault.clock().date()
    problem: ClientSafeError | None = None
    with vault.transaction() as conn:
        for customer_id in ids:
            problem = _problem(queue_entry_in(conn, customer_id, today), customer_id)
            if problem is not None:
                deny(conn, vault, session, Action.CUSTOMER_DESTROYED,
                     customer_id=_named(conn, customer_id),
                     detail=f"{type(problem).__name__}; nothing destroyed")
                break
    if problem is not None:
        raise problem


def _destroy_one(vault: Vault, session: Session, approver_name: str, customer_id: int,
                 backups: BackupPolicy) -> Tombstone:
    now = vault.clock()
    stone: Tombstone | None = None
    with vault.transaction() as conn:
        entry = queue_entry_in(conn, customer_id, now.date())  # again: things may have moved
        problem = _problem(entry, customer_id)
        if problem is not None:
            deny(conn, vault, session, Action.CUSTOMER_DESTROYED,
                 customer_id=_named(conn, customer_id), detail=type(problem).__name__)
        else:
            assert entry is not None and entry.basis is not None
            added = retention_repo.created_at(conn, customer_id)
            assert added is not None
            keys = erasure.field_keys(conn, customer_id)
            counts = erasure.erase_customer(conn, customer_id)
            number = certificate_number(customer_id, now)
            basis = entry.basis.value + (f" #{entry.request.id}" if entry.request else "")
            answered = retention_repo.close_open_requests(
                conn, customer_id, closed_by=session.staff_id, now=now,
                deletion_answer=REQUEST_ANSWER.format(number=number),
                other_answer=OTHER_ANSWER.format(number=number))
            written = audit_log.record(
                conn, at=now, action=str(Action.CUSTOMER_DESTROYED), actor_id=session.staff_id,
                actor=session.username, customer_id=customer_id, fields=keys, purpose=PURPOSE,
                detail=f"basis {basis}; certificate {number}; "
                       + ", ".join(f"{k} {n}" for k, n in counts.items() if n)
                       + "".join(f"; request #{i} closed" for i in answered))
            stone = Tombstone(
                customer_id, added, now, entry.basis,
                entry.periods if entry.basis is DestructionBasis.RETENTION else (),
                entry.request, session.staff_id, approver_name,
                DestroyedSummary(keys, counts, str(session.role), written.seq, written.hash,
                                 backups))
            retention_repo.insert_tombstone(conn, stone)
    if problem is not None:
        raise problem
    assert stone is not None
    return stone


def destroy(vault: Vault, session: Session, customer_ids: Sequence[int], *, password: str,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> list[Tombstone]:
    """Destroy these customers; the tombstones of those destroyed, in order (fewer than asked
    when cancelled). A wrong password is audited by the sign-in check and counts toward the
    account's lockout."""
    authorize(vault, session, Permission.DESTRUCTION_APPROVE, Action.CUSTOMER_DESTROYED)
    ids = list(dict.fromkeys(customer_ids))
    if not ids or len(ids) > MAX_AT_ONCE:
        raise NothingToDestroy()
    approver = auth.verify_approver(vault, session.username, password)
    _check_all(vault, session, ids)
    settings = backup_auto.settings_of(vault)
    backups = BackupPolicy(settings.enabled, settings.keep_daily, settings.keep_weekly)
    done: list[Tombstone] = []
    try:
        if progress is not None:
            progress(0, len(ids))
        for customer_id in ids:
            if cancelled is not None and cancelled():
                break
            done.append(_destroy_one(vault, session, approver.display_name, customer_id,
                                     backups))
            if progress is not None:
                progress(len(done), len(ids))
    finally:
        if done:
            _reclaim(vault)
    return [t for t in (retention_repo.tombstone(vault.conn, s.customer_id) for s in done)
            if t is not None]


def _reclaim(vault: Vault) -> None:
    """Rebuild the file once for the whole run; the tombstones record when it was done (a run
    that could not rebuild, e.g. while another program read the vault, is caught up by the
    next one)."""
    if erasure.reclaim_vault(vault).ok:
        with vault.transaction() as conn:
            retention_repo.mark_reclaimed(conn, at=vault.clock())


def tombstones(vault: Vault, session: Session, *, limit: int = 1000, offset: int = 0
               ) -> list[Tombstone]:
    """Destroyed customers, newest first. Not audited: tombstones hold no personal data."""
    authorize(vault, session, Permission.DESTRUCTION_APPROVE, Action.DESTRUCTION_CERTIFICATE)
    return retention_repo.tombstones(vault.conn, limit=limit, offset=offset)


def tombstone_count(vault: Vault, session: Session) -> int:
    """How many customers were destroyed in all (the list shows the newest `tombstones`)."""
    authorize(vault, session, Permission.DESTRUCTION_APPROVE, Action.DESTRUCTION_CERTIFICATE)
    return retention_repo.tombstone_count(vault.conn)


def certificate_pdf(vault: Vault, session: Session, customer_id: int) -> bytes:
    """The destruction certificate of one destroyed customer, as PDF bytes."""
    authorize(vault, session, Permission.DESTRUCTION_APPROVE, Action.DESTRUCTION_CERTIFICATE)
    stone = retention_repo.tombstone(vault.conn, customer_id)
    if stone is None:
        with vault.transaction() as conn:
            deny(conn, vault, session, Action.DESTRUCTION_CERTIFICATE,
                 customer_id=_named(conn, customer_id), detail="no tombstone")
        raise NotDestroyed(customer=customer_id)
    fields = catalog.by_key(vault.conn)
    labels = tuple(FieldLabel(k, fields[k].label_en, fields[k].label_zh) if k in fields
                   else FieldLabel(k, k, k) for k in stone.destroyed.fields)
    data = CertificateData(
        business_name=vault.info.business_name, vault_id=vault.vault_id, tombstone=stone,
        field_labels=labels,
        chain_matches=audit_log.hash_at(vault.conn, stone.destroyed.audit_seq)
        == stone.destroyed.audit_hash)
    pdf = destruction_certificate.render(data)
    digest = hashlib.sha256(pdf).hexdigest()
    with vault.transaction() as conn:
        if not stone.certificate_sha256:
            retention_repo.set_certificate_sha256(conn, customer_id, digest)
        same = "first copy" if not stone.certificate_sha256 else (
            "same as the first copy" if stone.certificate_sha256 == digest
            else "differs from the first copy")
        audit_log.record(conn, at=vault.clock(), action=str(Action.DESTRUCTION_CERTIFICATE),
                         actor_id=session.staff_id, actor=session.username,
                         customer_id=customer_id, purpose=PURPOSE,
                         detail=f"certificate {stone.certificate_number}, sha256 {digest} "
                                f"({same})")
    return pdf
