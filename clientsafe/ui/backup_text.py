"""How the backup screens write sizes, times and a backup's manifest, in the reader's language.

One place, so the wizards, the drill view and the status bar say the same thing the same way.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from clientsafe.core.backups import BackupManifest
from clientsafe.ui.message_labels import monospace_font

_SHORT_HASH = 16
AUTOMATIC_ACTOR = ("automatic", "system")  # how the service records automatic backups


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


def time_text(moment: datetime) -> str:
    """Local date and time to the minute; the same form the PDFs use."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def age_text(moment: datetime, now: datetime) -> str:
    """"today at 09:00", "yesterday", "3 days ago": how fresh a backup or drill is."""
    translate = QCoreApplication.translate
    days = (now.astimezone().date() - moment.astimezone().date()).days
    if days <= 0:
        clock = moment.astimezone().strftime("%H:%M")
        return translate("BackupText", "today at {time}").format(time=clock)
    if days == 1:
        return translate("BackupText", "yesterday")
    return translate("BackupText", "{n} days ago").format(n=days)


def duration_text(seconds: float) -> str:
    translate = QCoreApplication.translate
    if seconds < 60:
        # Two decimals for a quick drill on a small vault, which would otherwise read "0.0 s".
        decimals = 2 if seconds < 10 else 1
        return translate("BackupText", "{s} s").format(
            s=QLocale().toString(seconds, "f", decimals))
    minutes, rest = divmod(round(seconds), 60)
    return translate("BackupText", "{m} min {s} s").format(m=minutes, s=rest)


def actor_text(created_by: str) -> str:
    if created_by in AUTOMATIC_ACTOR:
        return QCoreApplication.translate("BackupText", "automatic backup")
    return created_by


def failure_text(reason: str) -> str:
    """A failed backup's reason code (from `services.backup.status`) in a few words."""
    translate = QCoreApplication.translate
    texts = {
        "disk_full": translate("BackupText", "the destination is full"),
        "not_writable": translate("BackupText", "the folder cannot be written to"),
        "write_error": translate("BackupText", "the drive reported an error"),
        "verify_failed": translate("BackupText", "it did not read back correctly"),
        "no_folder": translate("BackupText", "no folder is set"),
    }
    return texts.get(reason, translate("BackupText", "an unexpected error"))


def head_text(seq: int, head_hash: str) -> str:
    return QCoreApplication.translate("BackupText", "entry {seq} · {hash}…").format(
        seq=QLocale().toString(seq), hash=head_hash[:_SHORT_HASH])


class ManifestForm(QWidget):
    """A backup's verified manifest as a two-column form; values can be selected and copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(6)
        rows = (
            ("business", self.tr("Business:")),
            ("created", self.tr("Made:")),
            ("by", self.tr("Made by:")),
            ("customers", self.tr("Customers:")),
            ("audit", self.tr("Audit entries:")),
            ("head", self.tr("Audit chain head:")),
            ("size", self.tr("Size:")),
            ("version", self.tr("Schema / app version:")),
            ("file", self.tr("File:")),
        )
        for key, label in rows:
            value = QLabel("–", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(key == "file")
            value.setObjectName(f"manifest_{key}")
            self.values[key] = value
            form.addRow(label, value)
        self.values["head"].setFont(monospace_font())
        self._form = form

    def show_manifest(self, manifest: BackupManifest, path: str = "") -> None:
        locale = QLocale()
        values = self.values
        values["business"].setText(manifest.business_name)
        values["created"].setText(time_text(manifest.created_at))
        values["by"].setText(actor_text(manifest.created_by))
        values["customers"].setText(locale.toString(manifest.customer_count))
        values["audit"].setText(locale.toString(manifest.audit_count))
        values["head"].setText(head_text(manifest.audit_head_seq, manifest.audit_head_hash))
        values["head"].setToolTip(manifest.audit_head_hash)
        values["size"].setText(size_text(manifest.payload_bytes))
        values["version"].setText(f"{manifest.schema_version} / {manifest.app_version}")
        values["file"].setText(path)
        self._form.setRowVisible(values["file"], bool(path))

    def text_of(self, key: str) -> str:
        return self.values[key].text()
