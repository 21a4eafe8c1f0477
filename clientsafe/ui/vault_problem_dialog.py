"""Shown when the vault file cannot be used at all (damaged, another program's file, key file
missing, written by a newer version): the reason in one sentence, then Quit or choose another
vault file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, heading, notice_box, paragraph


class VaultProblemDialog(QDialog):
    """`vault_chosen(Path)` when the user picks another vault file; rejected on Quit."""

    vault_chosen = Signal(object)

    def __init__(
        self, path: Path, error: ClientSafeError | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.chosen_path: Path | None = None
        self.setWindowTitle(self.tr("The vault cannot be opened — ClientSafe"))
        self.setMinimumWidth(560)
        self.title = heading(self.tr("The vault cannot be opened"), self)
        self.reason = notice_box(
            Tone.ERROR,
            error_text(error) if error is not None else error_text(ClientSafeError()),
            self,
        )
        self.reason.setObjectName("problem")
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.advice = paragraph(
            self.tr(
                "Nothing has been changed. You can quit, or open another vault file, for example "
                "a copy restored from a backup."
            ),
            self,
        )
        self.buttons = QDialogButtonBox(self)
        self.choose_button = self.buttons.addButton(
            self.tr("Choose another vault…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.choose_button.setObjectName("chooseVault")
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("quit")
        self.quit_button.setDefault(True)
        self.choose_button.clicked.connect(self.choose)
        self.quit_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addWidget(self.advice)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a vault"),
            str(self.path.parent),
            self.tr("ClientSafe vault (*.csvault);;All files (*)"),
        )
        if not chosen:
            return
        self.chosen_path = Path(chosen)
        self.vault_chosen.emit(self.chosen_path)
        self.accept()
