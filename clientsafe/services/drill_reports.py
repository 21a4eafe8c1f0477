"""The printable restore drill report: a drill record and its backup's manifest as a PDF.

The UI may not import reports (layers), so this service turns a `DrillRecord` from
`services.backup` into the report and writes it atomically. Same permission as the drills
themselves (BACKUP_RESTORE); the drill itself is already in the audit trail, and the report adds
nothing the drill log does not hold, so writing it is not audited again.
"""

from __future__ import annotations

from pathlib import Path

from clientsafe.core.audit_actions import Action
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.reports.drill_report import BackupFigures, DrillReport, render_drill_report
from clientsafe.services.backup_types import DrillRecord
from clientsafe.services.policy import authorize
from clientsafe.vault.atomic_file import write_atomically
from clientsafe.vault.connection import classify
from clientsafe.vault.vault import Vault

__all__ = ["drill_report", "drill_report_pdf", "passed_sentence", "report_file_name",
           "save_drill_report"]


def passed_sentence(record: DrillRecord) -> str:
    """The bilingual sentence a passed drill's report shows (the drill log says only "ok")."""
    manifest = record.manifest
    if manifest is None:
        return ("The backup was restored into a scratch folder and checked in full.\n"
                "备份已恢复到临时文件夹并通过完整检查。")
    return (
        f"Restored into a scratch folder and checked in full: {manifest.customer_count:,} "
        f"customers and {manifest.audit_count:,} audit entries match the manifest.\n"
        f"已恢复到临时文件夹并通过完整检查：{manifest.customer_count:,} 位客户和 "
        f"{manifest.audit_count:,} 条审计记录与清单一致。"
    )


def drill_report(vault: Vault, record: DrillRecord) -> DrillReport:
    manifest = record.manifest
    figures = None if manifest is None else BackupFigures(
        created_at=manifest.created_at, created_by=manifest.created_by,
        customers=manifest.customer_count, audit_entries=manifest.audit_count,
        audit_head_seq=manifest.audit_head_seq, audit_head_hash=manifest.audit_head_hash,
        schema_version=manifest.schema_version, app_version=manifest.app_version,
        size_bytes=manifest.payload_bytes)
    return DrillReport(
        business_name=vault.info.business_name,
        backup_file=Path(record.backup_path).name,
        figures=figures,
        tested_by=record.by,
        tested_at=record.at,
        passed=record.ok,
        duration_s=record.seconds,
        detail=passed_sentence(record) if record.ok else record.detail,
    )


def drill_report_pdf(vault: Vault, session: Session, record: DrillRecord) -> bytes:
    authorize(vault, session, Permission.BACKUP_RESTORE, Action.BACKUP_DRILL)
    return render_drill_report(drill_report(vault, record))


def save_drill_report(vault: Vault, session: Session, record: DrillRecord, target: Path) -> None:
    """Writes the PDF atomically; a failed write leaves no partial file and raises a
    ClientSafeError that names the place (full disk, read-only folder)."""
    data = drill_report_pdf(vault, session, record)
    try:
        write_atomically(target, data, mode=0o644)
    except OSError as exc:
        raise classify(exc, target) from None


def report_file_name(record: DrillRecord) -> str:
    """A suggested file name: the drill's local date and time."""
    return f"Restore drill {record.at.astimezone():%Y-%m-%d %H%M}.pdf"
