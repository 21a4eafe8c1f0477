"""Exporting the audit trail as a PDF from the GUI: where to save it, then the export in the
background with a progress dialog that can be cancelled, then a notice with the outcome.

Whether the export is allowed, what the PDF says and the audit entry are decided by
services.audit_export; a cancel unwinds the service, which removes its temporary file. The save
dialog is the module function `choose_audit_pdf` so tests can replace it (as with `prompts`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QWidget

from clientsafe.core.audit_filter import AuditFilter
from clientsafe.core.session import Session
from clientsafe.services import audit_export
from clientsafe.services.audit_export import AuditExportResult
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.background import BackgroundTask, Cancelled, failure_sentence, run_in_background
from clientsafe.ui.save_dialog import ask_save_path, default_folder


def suggested_file_name() -> str:
    return f"clientsafe-audit-{QDate.currentDate().toString(Qt.DateFormat.ISODate)}.pdf"


def choose_audit_pdf(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the PDF; None if the user cancelled. A name without `.pdf` gets it."""
    return ask_save_path(
        parent,
        QCoreApplication.translate("AuditExport", "Export the audit trail"),
        suggested,
        QCoreApplication.translate("AuditExport", "PDF files (*.pdf)"),
        ".pdf",
    )


def export_audit_pdf_interactively(
    parent: QWidget, vault: Vault, session: Session, flt: AuditFilter,
    *, on_done: Callable[[AuditExportResult | None], None] | None = None,
) -> BackgroundTask | None:
    """Ask for a file, export in the background (cancellable), then tell the outcome.

    Returns the running task (None when the user chose no file). `on_done` gets the result, or
    None after a failure or a cancel, once the notice has been shown.
    """
    target = choose_audit_pdf(parent, default_folder() / suggested_file_name())
    if target is None:
        return None

    def succeeded(result: AuditExportResult) -> None:
        count = QLocale().toString(result.entries)
        if result.verified_ok:
            text = QCoreApplication.translate(
                "AuditExport", "Exported {count} audit log entries to {path}.")
        else:
            text = QCoreApplication.translate(
                "AuditExport",
                "Exported {count} audit log entries to {path}. The audit trail failed "
                "verification; the report names the first problem.",
            )
        text = text.format(count=count, path=str(result.path))
        title = QCoreApplication.translate("AuditExport", "Audit trail exported")
        if result.verified_ok:
            prompts.inform(parent, title, text)
        else:
            prompts.warn(parent, title, text)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            text = QCoreApplication.translate(
                "AuditExport", "The export was cancelled; no file was saved.")
        else:
            text = failure_sentence(exc)
        title = QCoreApplication.translate("AuditExport", "Audit trail not exported")
        prompts.warn(parent, title, text)
        if on_done is not None:
            on_done(None)

    return run_in_background(
        parent,
        lambda progress: audit_export.export_audit_pdf(
            vault, session, flt=flt, target=target, progress=progress),
        on_success=succeeded,
        on_failure=failed,
        label=QCoreApplication.translate("AuditExport", "Verifying and exporting the audit trail…"),
        cancellable=True,
    )
