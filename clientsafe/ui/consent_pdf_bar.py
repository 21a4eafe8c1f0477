"""Printing a signed consent record through the system print dialog, saving it as a PDF, and
opening a saved copy in the computer's viewer.

The PDF is made by the consent service (reportlab; each time audited) and is printed from memory
or written only where staff chose to save it, never to a temporary file: it carries the
customer's name and signature.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import consents
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, notice_box, set_tone, show_text
from clientsafe.ui.pdf_print import print_pdf as print_document  # tests replace it
from clientsafe.ui.save_dialog import ask_save_path, default_folder


def choose_consent_pdf(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save the PDF; None if cancelled (tests replace this function)."""
    return ask_save_path(
        parent,
        QCoreApplication.translate("ConsentPdfBar", "Save the signed consent"),
        suggested,
        QCoreApplication.translate("ConsentPdfBar", "PDF files (*.pdf)"),
        ".pdf",
    )


def open_file(path: Path) -> bool:
    """Open a saved file in the computer's own viewer (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ConsentPdfBar(QWidget):
    """"Print…", "Save consent PDF…" and "Open PDF" for one consent record; `saved(path)` after
    a successful save."""

    saved = Signal(Path)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._event_id: int | None = None
        self._suggested = ""
        self.saved_path: Path | None = None
        self.save_button = QPushButton(self.tr("Save consent PDF…"), self)
        self.save_button.setObjectName("saveConsentPdf")
        self.save_button.setToolTip(self.tr(
            "Save the signed consent record (notice, choices, signature) as a PDF file"))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printConsentPdf")
        self.print_button.setToolTip(self.tr(
            "Print the signed consent record (notice, choices, signature)"))
        self.open_button = QPushButton(self.tr("Open PDF"), self)
        self.open_button.setObjectName("openConsentPdf")
        self.open_button.setToolTip(self.tr("Open the saved PDF in this computer's PDF viewer"))
        for button in (self.print_button, self.save_button, self.open_button):
            button.setAutoDefault(False)
        self.status: QLabel = notice_box(Tone.INFO, "", self)
        self.status.setObjectName("consentPdfStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.print_button.clicked.connect(self.print_record)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self.open_saved)
        self.set_event(None)

    def set_event(self, event_id: int | None, *, suggested_name: str = "") -> None:
        """The record the buttons act on (None: nothing to save)."""
        if event_id != self._event_id:
            self.saved_path = None
            show_text(self.status, "")
        self._event_id = event_id
        self._suggested = suggested_name or (f"consent-{event_id}.pdf" if event_id else "")
        self.save_button.setEnabled(event_id is not None)
        self.print_button.setEnabled(event_id is not None)
        self.open_button.setEnabled(self.saved_path is not None)

    def save(self) -> Path | None:
        if self._event_id is None:
            return None
        target = choose_consent_pdf(self.window(), default_folder() / self._suggested)
        if target is None:
            return None
        try:
            data = consents.pdf(self._vault, self._session, self._event_id)
            target.write_bytes(data)
        except ClientSafeError as exc:
            self._say(Tone.ERROR, error_text(exc))
            return None
        except OSError as exc:
            self._say(Tone.ERROR, self.tr("The PDF could not be saved to {path}: {reason}").format(
                path=target, reason=exc.strerror or exc.__class__.__name__))
            return None
        self.saved_path = target
        self.open_button.setEnabled(True)
        self._say(Tone.SUCCESS, self.tr("Saved to {path}.").format(path=target))
        self.saved.emit(target)
        return target

    def print_record(self) -> bool:
        if self._event_id is None:
            return False
        try:
            data = consents.pdf(self._vault, self._session, self._event_id)
        except ClientSafeError as exc:
            self._say(Tone.ERROR, error_text(exc))
            return False
        if not print_document(self.window(), data, self.tr("Signed consent record")):
            return False
        self._say(Tone.SUCCESS, self.tr("Sent to the printer."))
        return True

    def open_saved(self) -> None:
        if self.saved_path is not None and not open_file(self.saved_path):
            self._say(Tone.WARNING, self.tr(
                "No PDF viewer opened; open {path} yourself.").format(
                path=self.saved_path))

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.status, tone)
        show_text(self.status, text)
