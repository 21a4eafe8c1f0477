"""The consent dialog's paper-signature panel: staff records that the customer signed the printed
form and may attach a scan or photo of it. The file is read into memory (never copied to disk)
and only its name is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from clientsafe.ui.message_labels import error_line, hint, show_text

MAX_SCAN_BYTES = 10 * 1024 * 1024
SCAN_SUFFIXES = (".png", ".jpg", ".jpeg", ".pdf")
_SCAN_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"%PDF-")


class PaperScanPanel(QFrame):
    """`changed` fires when a scan is attached or removed."""

    changed = Signal()

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self._data, self._name = b"", ""
        self.note = hint(parent=self)
        self.attach_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        self.error = error_line(self)
        for button in (self.attach_button, self.remove_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.attach_button)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.attach_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self._retranslate()

    def data(self) -> bytes:
        return self._data

    def file_name(self) -> str:
        return self._name

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach scan or photo"), "",
            self.tr("Scans and photos (*.png *.jpg *.jpeg *.pdf)"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> bool:
        """Read the file; False (with one sentence shown) if it is larger than 10 MB, not a PNG,
        JPEG or PDF, or unreadable. A refused file leaves the previous attachment in place."""
        error, data = "", b""
        too_large = self.tr("The file is larger than 10 MB; attach a smaller scan or photo.")
        try:
            if path.suffix.lower() not in SCAN_SUFFIXES:
                error = self.tr("Choose a PNG, JPEG or PDF file.")
            elif path.stat().st_size > MAX_SCAN_BYTES:
                error = too_large
            else:
                with path.open("rb") as file:
                    data = file.read(MAX_SCAN_BYTES + 1)
                if len(data) > MAX_SCAN_BYTES:
                    error = too_large
                elif not data.startswith(_SCAN_MAGIC):
                    error = self.tr("The file is not a PNG, JPEG or PDF; choose another one.")
        except OSError:
            error = self.tr("The file could not be read; choose another one.")
        show_text(self.error, error)
        if error:
            return False
        self._data, self._name = data, path.name
        self._show()
        self.changed.emit()
        return True

    def remove(self) -> None:
        had = bool(self._data)
        self._data, self._name = b"", ""
        show_text(self.error, "")
        self._show()
        if had:
            self.changed.emit()

    def _show(self) -> None:
        self.file_label.setText(self._name or self.tr("No scan attached (optional)."))
        self.remove_button.setVisible(bool(self._data))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.note.setText(self.tr(
            "Keep the signed paper form. A scan or photo of it can be attached."))
        self.attach_button.setText(self.tr("Attach scan or photo…"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the attached scan"))
        self._show()
