"""The current consent notice of a service, read-only: the exact text customers see and sign,
in English and Chinese, with its version and the SHA-256 of each text (printed on every signed
consent, so a signed copy can be matched to this version)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.consent import ConsentNotice, ServiceInfo
from clientsafe.ui.message_labels import heading, hint, monospace_font, paragraph
from clientsafe.ui.paged_table_model import local_time

# Each language's own name, as on the customer's consent dialog.
_TAB_NAMES = {"en": "English", "zh_CN": "中文"}


class NoticePreviewDialog(QDialog):
    def __init__(self, service: ServiceInfo, notices: Mapping[str, ConsentNotice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent notice — {service}").format(service=service.name))
        self.resize(720, 640)
        self.notices = dict(notices)
        self.title = heading(self.tr("Consent notice for {service}").format(
            service=service.name), self, size=1.2)
        first = next(iter(self.notices.values()), None)
        self.version = paragraph(
            self.tr("Version {n}, published {when}. This is the text customers see and sign; it "
                    "changes only through the service's details and its approved fields.")
            .format(n=first.version, when=local_time(first.created_at)) if first is not None
            else self.tr("This service has no notice yet."), self)
        self.tabs = QTabWidget(self)
        self.texts: dict[str, QPlainTextEdit] = {}
        self.hashes: dict[str, QLabel] = {}
        for language in ("en", "zh_CN"):
            notice = self.notices.get(language)
            if notice is None:
                continue
            page = QWidget(self.tabs)
            text = QPlainTextEdit(page)
            text.setReadOnly(True)
            text.setPlainText(notice.text)
            digest = QLabel(notice.sha256, page)
            digest.setFont(monospace_font(0.9))
            digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            digest.setWordWrap(True)
            column = QVBoxLayout(page)
            column.addWidget(text, 1)
            column.addWidget(hint(self.tr("SHA-256 of this text:"), page))
            column.addWidget(digest)
            self.tabs.addTab(page, _TAB_NAMES.get(language, language))
            self.texts[language] = text
            self.hashes[language] = digest
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.version)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
