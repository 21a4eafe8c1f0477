"""Shown when the vault file cannot be used at all (damaged, another program's file, key file
missing, written by a newer version): the reason in one sentence, then restore a backup over it,
choose another vault file, or quit.

The restore runs in `RestoreWizard.for_broken_vault` (a security officer of the backup signs in,
since nobody can sign in to this vault); the restore keeps the unusable file aside."""

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

from clientsafe.core.errors import ClientSafeError, VaultTooNew
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, heading, notice_box, paragraph
from clientsafe.ui.restore_wizard import RestoreWizard


class VaultProblemDialog(QDialog):
    """`vault_chosen(Path)` when the user picks another vault file; `vault_restored(RestoreResult)`
    when a backup was restored over the vault and its wizard closed; rejected on Quit."""

    vault_chosen = Signal(object)
    vault_restored = Signal(object)  # RestoreResult: the restored vault is open in it

    def __init__(
        self, path: Path, error: ClientSafeError | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.chosen_path: Path | None = None
        self.wizard: RestoreWizard | None = None
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
        # A vault from a newer ClientSafe is not damaged: an older backup would only lose the
        # newer work, so the advice there (in the reason) is to install the newer version.
        self.can_restore = not isinstance(error, VaultTooNew)
        self.advice = paragraph(
            self.tr("Nothing has been changed. You can quit, or open another vault file."),
            self,
        )
        self.restore_advice = paragraph(
            self.tr(
                "If you have a backup, restore it here; a copy of the damaged vault is kept aside."
            ),
            self,
        )
        self.restore_advice.setVisible(self.can_restore)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore from a backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.setVisible(self.can_restore)
        self.restore_button.clicked.connect(self.open_restore_wizard)
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
        layout.addWidget(self.restore_advice)
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

    def open_restore_wizard(self) -> RestoreWizard:
        """Window-modal over this dialog; returns it so callers and tests can drive it."""
        if self.wizard is not None:
            return self.wizard
        wizard = RestoreWizard.for_broken_vault(self.path, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.finished.connect(lambda _code: self._restore_closed(wizard))
        self.wizard = wizard
        # open(), not exec(): no nested event loop while the restore runs in the background.
        wizard.open()
        return wizard

    def _restore_closed(self, wizard: RestoreWizard) -> None:
        self.wizard = None
        # Handed on only when the wizard closes, so its "done" page is read first (as in the
        # main window); a cancelled wizard leaves this dialog as it was.
        if wizard.result is not None:
            self.vault_restored.emit(wizard.result)
