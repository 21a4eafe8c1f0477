"""The printed restore drill report: the PDF's facts, laid out by Qt for the printer.

Qt draws it because no PDF renderer is bundled (PySide6-Essentials has no QtPdf); the saved PDF
(services.drill_reports) is the document to file away, this is its paper twin.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QTextDocument

from clientsafe.services.backup_types import DrillRecord
from clientsafe.ui.backup_text import actor_text, duration_text, size_text, time_text


def drill_report_document(business_name: str, record: DrillRecord) -> QTextDocument:
    locale = QLocale()
    verdict = (QCoreApplication.translate("DrillReportPrint", "PASSED") if record.ok
               else QCoreApplication.translate("DrillReportPrint", "FAILED"))
    rows = [
        (QCoreApplication.translate("DrillReportPrint", "Business"), business_name),
        (QCoreApplication.translate("DrillReportPrint", "Tested by"), record.by),
        (QCoreApplication.translate("DrillReportPrint", "Tested at"), time_text(record.at)),
        (QCoreApplication.translate("DrillReportPrint", "Duration"),
         duration_text(record.seconds)),
        (QCoreApplication.translate("DrillReportPrint", "Backup file"),
         Path(record.backup_path).name),
    ]
    manifest = record.manifest
    if manifest is not None:
        rows += [
            (QCoreApplication.translate("DrillReportPrint", "Backup made"),
             time_text(manifest.created_at)),
            (QCoreApplication.translate("DrillReportPrint", "Made by"),
             actor_text(manifest.created_by)),
            (QCoreApplication.translate("DrillReportPrint", "Customers"),
             locale.toString(manifest.customer_count)),
            (QCoreApplication.translate("DrillReportPrint", "Audit entries"),
             locale.toString(manifest.audit_count)),
            (QCoreApplication.translate("DrillReportPrint", "Audit chain head"),
             f"{manifest.audit_head_seq} · {manifest.audit_head_hash}"),
            (QCoreApplication.translate("DrillReportPrint", "Size"),
             size_text(manifest.payload_bytes)),
            (QCoreApplication.translate("DrillReportPrint", "Schema / app version"),
             f"{manifest.schema_version} / {manifest.app_version}"),
        ]
    table = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                    for k, v in rows)
    detail = "" if record.ok else f"<p>{html.escape(record.detail)}</p>"
    colour = "#1e6b34" if record.ok else "#b3261e"
    title = QCoreApplication.translate("DrillReportPrint", "Restore drill report")
    document = QTextDocument()
    document.setHtml(
        f"<h1>{html.escape(title)}</h1>"
        f"<h2 style='color: {colour}'>{html.escape(verdict)}</h2>{detail}"
        f"<table cellspacing='6'>{table}</table>"
    )
    return document
