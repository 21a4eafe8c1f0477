"""Unlocking a vault with its recovery key, when this computer's keyring cannot give the key:
either the keyring lacks this vault's entry (new computer, restored backup, wiped profile) or no
usable keyring exists at all (then the unlock lasts for this session only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.services import vault_access
from clientsafe.services.vault_access import RecoveryUnlock, StartState
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import (
    Tone,
    error_line,
    heading,
    hint,
    monospace_font,
    notice_box,
    paragraph,
    show_text,
)

KEY_PLACEHOLDER = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"


class RecoveryUnlockDialog(QDialog):
    """`unlocked(RecoveryUnlock)` is emitted before the dialog closes; `result_unlock` holds the
    same afterwards. `result_unlock.remembered` says whether the key went into the keyring."""

    unlocked = Signal(object)

    def __init__(
        self,
        path: Path,
        state: StartState,
        problem: ClientSafeError | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if state not in (StartState.NOT_IN_KEYRING, StartState.NO_KEYRING):
            raise ValueError(f"no recovery unlock for {state}")
        self.path = path
        self.state = state
        self.result_unlock: RecoveryUnlock | None = None
        self.setMinimumWidth(600)

        no_keyring = state is StartState.NO_KEYRING
        self.setWindowTitle(self.tr("Unlock the vault — ClientSafe"))
        self.title = heading(
            self.tr("No keyring on this computer")
            if no_keyring
            else self.tr("This computer does not have the vault's key"),
            self,
        )
        self.explanation = paragraph(self._explanation(problem), self)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.location = hint(self.tr("Vault: {path}").format(path=path), self)
        self.session_only = notice_box(
            Tone.WARNING,
            self.tr(
                "The unlock lasts for this session only: ClientSafe never stores the key in plain "
                "text, so you will need the recovery key again at the next start."
            )
            if no_keyring
            else "",
            self,
        )
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKey")
        self.key.setFont(monospace_font(1.25))
        self.key.setPlaceholderText(KEY_PLACEHOLDER)
        self.key.setMaxLength(200)
        self.key.textChanged.connect(lambda _text: show_text(self.error, ""))
        self.error = error_line(self)
        self.error.setObjectName("unlockError")

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self.tr("Unlock with recovery key"), self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.unlock_button.clicked.connect(self.unlock)
        self.quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.location)
        layout.addWidget(self.session_only)
        layout.addSpacing(4)
        layout.addWidget(QLabel(self.tr("Recovery key (from the Recovery Kit):"), self))
        layout.addWidget(self.key)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.key.setFocus()

    def _explanation(self, problem: ClientSafeError | None) -> str:
        if self.state is StartState.NO_KEYRING:
            reason = error_text(problem) if problem is not None else ""
            return (
                reason
                + ("\n\n" if reason else "")
                + self.tr(
                    "A keyring is the part of the operating system that keeps passwords and keys "
                    "safe for you; ClientSafe keeps the vault's key there. Without one, type the "
                    "recovery key from the vault's Recovery Kit to open the vault now."
                )
            )
        return self.tr(
            "The vault is here, but this computer's keyring does not hold its key. That is normal "
            "on a new computer, after restoring a backup, or after your user profile was reset."
            "\n\nType the recovery key from the vault's Recovery Kit. ClientSafe then keeps the "
            "key in this computer's keyring, so you will not need to type it here again."
        )

    def unlock(self) -> None:
        text = self.key.text().strip()
        if not text:
            show_text(self.error, self.tr("Type the recovery key as printed on the Recovery Kit."))
            return
        self.unlock_button.setEnabled(False)
        # About 0.15 s of memory-hard key derivation: a busy cursor is enough.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = vault_access.open_with_recovery_key(self.path, text, remember=True)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            self.key.setFocus()
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.unlock_button.setEnabled(True)
        self.key.clear()  # the key should not linger in a widget
        self.result_unlock = result
        self.unlocked.emit(result)
        self.accept()
