"""Importing customers from a CSV file or an Excel workbook, for one service.

`preview` reads the whole file and says what an import would do: how many rows would be
imported, how many are already in the vault or repeat an earlier row, and which rows are
rejected and why. `run` imports in batches of BATCH_SIZE rows, each batch one transaction
(customers, encrypted values, blind indexes, enrolment and a consent event "unknown"), so a
crash or a cancel keeps whole batches only, and a rerun of the same file skips everyone already
imported. Imported customers have decided nothing: the record asks for their consent at the next
visit, and no purpose (marketing included) counts as granted until they agree.

Audit: an entry in each batch's transaction (who, the file's name without its folder, the counts
so far and the field names, and the customers it brought in as audit subjects), the last one
the import's summary; a cancelled or failed run gets one more entry saying what was committed.
So even a killed process leaves no imported customer without an audit entry.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from clientsafe.core.audit_actions import Action
from clientsafe.core.consent import IntakeForm, ServiceInfo
from clientsafe.core.errors import ClientSafeError, ValidationError
from clientsafe.core.field_catalog import NAME_FIELD
from clientsafe.core.i18n import QT_TRANSLATE_NOOP
from clientsafe.core.import_rules import (
    BATCH_SIZE,
    ImportCounts,
    ImportPlan,
    ImportPreview,
    ImportStopped,
    RowChecker,
    RowRejection,
)
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.customer_export import safe_cell
from clientsafe.services.notices import intake_form
from clientsafe.services.policy import authorize
from clientsafe.services.spreadsheet_reader import Sheet, open_sheet
from clientsafe.vault import audit_log, customer_repo, import_repo, service_repo
from clientsafe.vault.atomic_file import write_atomically
from clientsafe.vault.connection import Connection, classify
from clientsafe.vault.vault import Vault

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 250


class FileChanged(ValidationError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The file's columns changed since they were matched to fields; choose the "
                  "file again.")


@dataclass
class _Batch:
    """Rows read since the last batch: the importable ones and what happened to the rest."""

    valid: list[dict[str, str]] = field(default_factory=list)
    rows: int = 0
    duplicates: int = 0
    rejected: int = 0


def services(vault: Vault, session: Session) -> list[ServiceInfo]:
    """The active services customers can be imported for."""
    authorize(vault, session, Permission.CUSTOMERS_IMPORT, Action.CUSTOMERS_IMPORTED)
    return service_repo.all_services(vault.conn, active_only=True)


def form(vault: Vault, session: Session, service_id: int, language: str = "en") -> IntakeForm:
    """The fields an import for this service may fill: its approved fields, name first."""
    authorize(vault, session, Permission.CUSTOMERS_IMPORT, Action.CUSTOMERS_IMPORTED)
    return intake_form(vault.conn, service_id, language)


def headers(vault: Vault, session: Session, path: Path) -> tuple[str, ...]:
    """The file's column headings (its first non-empty row)."""
    authorize(vault, session, Permission.CUSTOMERS_IMPORT, Action.CUSTOMERS_IMPORTED)
    with open_sheet(path) as sheet:
        return sheet.headers


def _checker(vault: Vault, plan: ImportPlan, sheet: Sheet) -> tuple[IntakeForm, RowChecker]:
    found = intake_form(vault.conn, plan.service_id, plan.language)
    if len(plan.mapping) != len(sheet.headers):
        raise FileChanged()
    return found, RowChecker(found, sheet.headers, plan.mapping, language=plan.language,
                             today=vault.clock().date())


def _batches(sheet: Sheet, checker: RowChecker, rejections: list[RowRejection] | None,
             progress: Progress | None, total: int, size: int = BATCH_SIZE
             ) -> Iterator[_Batch]:
    """Valid rows in batches, repeats within the file already dropped and counted."""
    batch = _Batch()
    for read, (number, cells) in enumerate(sheet.rows, start=1):
        batch.rows += 1
        clean, problems = checker.check(number, cells)
        if clean is None:
            batch.rejected += 1
            if rejections is not None:
                rejections.extend(problems)
        elif checker.repeats_earlier_row(checker.identities(clean)):
            batch.duplicates += 1
        else:
            batch.valid.append(clean)
        if progress is not None and read % PROGRESS_EVERY == 0:
            progress(read, max(total, read))
        if len(batch.valid) >= size:
            yield batch
            batch = _Batch()
    yield batch


def _new_only(conn: Connection, checker: RowChecker, rows: list[dict[str, str]],
              before_id: int) -> list[dict[str, str]]:
    """The rows none of whose identities a customer from before this import already has."""
    if before_id <= 1:
        return rows  # the vault had no customers: nothing to compare with (and no HMACs spent)
    wanted: dict[str, set[str]] = {}
    for row in rows:
        for key, value in checker.identities(row):
            wanted.setdefault(key, set()).add(value)
    held: set[tuple[str, str]] = set()
    for key, values in wanted.items():
        if key == NAME_FIELD:
            found = import_repo.existing_names(conn, values, before_id=before_id)
        else:
            found = import_repo.existing_values(conn, key, values, before_id=before_id)
        held.update((key, value) for value in found)
    return [row for row in rows
            if not any(identity in held for identity in checker.identities(row))]


def preview(vault: Vault, session: Session, plan: ImportPlan,
            progress: Progress | None = None) -> ImportPreview:
    """Validate every row; nothing is stored. Rows are counted as an import would count them."""
    authorize(vault, session, Permission.CUSTOMERS_IMPORT, Action.CUSTOMERS_IMPORTED)
    rejections: list[RowRejection] = []
    counts = ImportCounts()
    with open_sheet(plan.path) as sheet:
        _, checker = _checker(vault, plan, sheet)
        before = customer_repo.next_customer_id(vault.conn)
        for batch in _batches(sheet, checker, rejections, progress, plan.total_rows):
            new = _new_only(vault.conn, checker, batch.valid, before)
            counts = _add(counts, batch, len(new))
    if progress is not None:
        progress(counts.rows, counts.rows)
    return ImportPreview(counts, tuple(rejections))


def _add(counts: ImportCounts, batch: _Batch, imported: int) -> ImportCounts:
    return ImportCounts(
        rows=counts.rows + batch.rows, imported=counts.imported + imported,
        duplicates=counts.duplicates + batch.duplicates + len(batch.valid) - imported,
        rejected=counts.rejected + batch.rejected)


def _with_last(batches: Iterator[_Batch]) -> Iterator[tuple[_Batch, bool]]:
    """Each batch and whether it is the last (its entry is the import's summary)."""
    previous = next(batches, None)
    for batch in batches:
        assert previous is not None
        yield previous, False
        previous = batch
    if previous is not None:
        yield previous, True


def _forward_only(progress: Progress | None) -> Progress | None:
    """Reading runs one batch ahead of saving, so saving reports fewer rows than were read;
    the bar should not move back for that."""
    if progress is None:
        return None
    furthest = 0

    def report(done: int, total: int) -> None:
        nonlocal furthest
        furthest = max(furthest, done)
        progress(furthest, max(total, furthest))

    return report


def _detail(plan: ImportPlan, counts: ImportCounts, ending: str = "") -> str:
    return (f"file {plan.file_name}; service #{plan.service_id}; {counts.rows} rows,"
            f" {counts.imported} imported, {counts.duplicates} duplicates,"
            f" {counts.rejected} rejected{ending}")


def run(vault: Vault, session: Session, plan: ImportPlan, progress: Progress | None = None,
        *, batch_size: int = BATCH_SIZE) -> ImportCounts:
    """Import the file's valid, new rows for the plan's service, assigned to the importer, in
    transactions of `batch_size` rows. Raises ImportStopped (with what was committed) if
    cancelled or failed half-way."""
    authorize(vault, session, Permission.CUSTOMERS_IMPORT, Action.CUSTOMERS_IMPORTED)
    plan = replace(plan, path=Path(plan.path))
    progress = _forward_only(progress)
    committed = ImportCounts()
    fields: tuple[str, ...] = ()
    try:
        with open_sheet(plan.path) as sheet, import_repo.bulk_cache(vault.conn):
            found, checker = _checker(vault, plan, sheet)
            fields = tuple(sorted(checker.fields))
            indexed = frozenset(f.field.key for f in found.fields if f.field.blind_indexed)
            before = customer_repo.next_customer_id(vault.conn)
            batches = _batches(sheet, checker, None, progress, plan.total_rows, batch_size)
            for batch, last in _with_last(batches):
                with vault.transaction() as conn:
                    new = _new_only(conn, checker, batch.valid, before)
                    now = vault.clock()
                    ids = import_repo.insert_batch(conn, new, service_id=plan.service_id,
                                                   staff_id=session.staff_id, indexed=indexed,
                                                   now=now)
                    counts = _add(committed, batch, len(new))
                    if progress is not None:
                        # Inside the transaction: a cancel here drops this whole batch.
                        progress(counts.rows, max(plan.total_rows, counts.rows))
                    # Every committed batch carries its entry, so customers imported before a
                    # crash or a killed process are never in the vault without one; the last
                    # batch's entry is the import's summary. The entry names the customers it
                    # brought in, for their access reports.
                    entry = audit_log.record(
                        conn, at=now, action=str(Action.CUSTOMERS_IMPORTED),
                        actor_id=session.staff_id, actor=session.username, fields=fields,
                        purpose="import",
                        detail=_detail(plan, counts, "" if last else "; so far, import goes on"))
                    audit_log.add_subjects(conn, entry.seq, ids)
                committed = counts
    except Exception as exc:
        _audit_stopped(vault, session, plan, committed, fields, exc)
        raise ImportStopped(committed) from exc
    return committed


def _audit_stopped(vault: Vault, session: Session, plan: ImportPlan, committed: ImportCounts,
                   fields: tuple[str, ...], exc: Exception) -> None:
    # The error's type only: its text could quote the file (csv errors do).
    why = type(exc).__name__
    try:
        with vault.transaction() as conn:
            audit_log.record(conn, at=vault.clock(), action=str(Action.CUSTOMERS_IMPORTED),
                             actor_id=session.staff_id, actor=session.username, fields=fields,
                             purpose="import",
                             detail=_detail(plan, committed,
                                            f"; stopped ({why}), only these were committed"))
    except ClientSafeError:
        pass  # the vault itself failed (disk full); the import's own error says so


def save_rejections(rejections: Sequence[RowRejection], target: Path, *,
                    headings: tuple[str, str, str],
                    describe: Callable[[ClientSafeError], str]) -> Path:
    """The rejected rows as a CSV file (row, column, reason): no values, so it is no export of
    customer data. `headings` and `describe` come from the UI, in its language."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headings)
    for item in rejections:
        writer.writerow([item.row, safe_cell(item.column), safe_cell(describe(item.reason))])
    target = Path(target)
    try:
        write_atomically(target, buffer.getvalue().encode("utf-8-sig"), mode=0o600)
    except OSError as exc:
        raise classify(exc, target) from None
    return target
