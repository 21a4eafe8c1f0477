"""Encryption keys, for the security officer: which field key is in use, replacing it (values
re-encrypted in the background, stoppable and continued later), and replacing the vault key and
recovery key (root_rotation_dialog).

While either runs, `busy_changed(True)` tells the main window to hold other vault work: the vault
has one connection, and the worker thread is using it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import keys
from clientsafe.services.keys import RotationResult
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.background import BackgroundTask, Cancelled, failure_sentence, run_in_background
from clientsafe.ui.message_labels import Tone, heading, hint, notice_box, paragraph, set_tone
from clientsafe.ui.root_rotation_dialog import RootRotationDialog


class KeysView(QWidget):
    busy_changed = Signal(bool)
    account_locked = Signal(str)
    rotation_finished = Signal()  # a field-key rotation ended (done, stopped or failed)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None, *,
                 batch: int = keys.BATCH) -> None:
        """`batch`: values re-encrypted per transaction (and per progress report)."""
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._batch = batch
        self.task: BackgroundTask | None = None
        self.root_dialog: RootRotationDialog | None = None
        self.remaining = 0

        title = heading(self.tr("Encryption keys"), self, size=1.15)
        intro = paragraph(self.tr(
            "Sensitive customer details, such as ID numbers and bank accounts, are stored "
            "encrypted with a field key, and the whole vault file with a vault key. Replacing a "
            "key from time to time, or when someone who had access leaves, limits what an old "
            "copy of a key could still open."), self)

        self.version = QLabel("–", self)
        self.version.setObjectName("activeVersion")
        self.count = QLabel("–", self)
        self.count.setObjectName("encryptedValues")
        facts = QFormLayout()
        facts.setHorizontalSpacing(24)
        facts.addRow(self.tr("Field key in use:"), self.version)
        facts.addRow(self.tr("Encrypted values:"), self.count)

        self.interrupted = notice_box(Tone.WARNING, parent=self)
        self.interrupted.setObjectName("interruptedRotation")
        self.continue_button = QPushButton(self.tr("Continue rotation"), self)
        self.continue_button.setObjectName("continueRotation")
        self.continue_button.clicked.connect(self.continue_rotation)
        interrupted_row = QHBoxLayout()
        interrupted_row.addWidget(self.interrupted, 1)
        interrupted_row.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignVCenter)

        field_box = QGroupBox(self.tr("Field key"), self)
        field_layout = QVBoxLayout(field_box)
        field_layout.addWidget(hint(self.tr(
            "Makes a new field key, encrypts every stored value again with it, then deletes the "
            "old key. Other work waits until it is done. It can be stopped and continued later; "
            "nothing is lost."), field_box))
        self.rotate_button = QPushButton(self.tr("Rotate field key…"), field_box)
        self.rotate_button.setObjectName("rotateFieldKey")
        self.rotate_button.clicked.connect(self.rotate)
        field_layout.addWidget(self.rotate_button, 0, Qt.AlignmentFlag.AlignLeft)

        root_box = QGroupBox(self.tr("Vault key and recovery key"), self)
        root_layout = QVBoxLayout(root_box)
        root_layout.addWidget(hint(self.tr(
            "Replaces the key that opens the vault file and the recovery key printed on your "
            "Recovery Kit. You will get a new Recovery Kit to save and print. Backups made "
            "before keep their old recovery key."), root_box))
        self.root_button = QPushButton(self.tr("Replace vault key and recovery key…"), root_box)
        self.root_button.setObjectName("replaceVaultKey")
        self.root_button.clicked.connect(self.replace_vault_key)
        root_layout.addWidget(self.root_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.result = notice_box(Tone.SUCCESS, parent=self)
        self.result.setObjectName("keysResult")

        # One readable column, not stretched across a wide window (as the other officer views).
        column = QWidget(self)
        column.setMaximumWidth(760)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(facts)
        inner.addLayout(interrupted_row)
        inner.addWidget(self.result)
        inner.addWidget(field_box)
        inner.addWidget(root_box)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(0)
        self.refresh()

    @property
    def busy(self) -> bool:
        return self.task is not None or (self.root_dialog is not None
                                         and self.root_dialog.task is not None)

    def refresh(self) -> None:
        """Read the key state again (not while a worker uses the connection)."""
        if self.busy:
            return
        try:
            state = keys.status(self._vault, self._session)
        except ClientSafeError as exc:
            self.show_result(failure_sentence(exc), Tone.ERROR)
            return
        locale = QLocale()
        self.version.setText(self.tr("version {n}").format(n=state.active_version))
        self.count.setText(locale.toString(state.encrypted))
        self.remaining = state.remaining
        if state.remaining:
            self.interrupted.setText(self.tr(
                "An earlier key rotation was stopped: {n} values are still under the old key. "
                "Both keys are kept until it is finished.").format(
                    n=locale.toString(state.remaining)))
        self.interrupted.setVisible(bool(state.remaining))
        self.continue_button.setVisible(bool(state.remaining))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.busy
        # An interrupted rotation is finished before a new one starts (the service would
        # finish it anyway), so only "Continue rotation" is offered then.
        self.rotate_button.setEnabled(idle and not self.remaining)
        self.continue_button.setEnabled(idle)
        self.root_button.setEnabled(idle and not self.remaining)
        self.root_button.setToolTip(
            self.tr("Finish the stopped key rotation first.") if self.remaining else "")

    def show_result(self, text: str, tone: Tone) -> None:
        set_tone(self.result, tone)
        self.result.setText(text)
        self.result.setVisible(bool(text))

    # --- the field key ---------------------------------------------------------------------------

    def rotate(self) -> None:
        if self.busy or self.remaining:
            return
        if not prompts.confirm(
            self,
            self.tr("Rotate the field key?"),
            self.tr("ClientSafe will make a new field key, encrypt all {n} stored values again "
                    "with it, and then delete the old key. Other work waits until it is done. "
                    "You can stop it and continue later.").format(n=self.count.text()),
            yes=self.tr("Rotate field key"),
            no=self.tr("Cancel"),
        ):
            return
        self._start()

    def continue_rotation(self) -> None:
        if not self.busy and self.remaining:
            self._start()

    def _start(self) -> None:
        vault, session, batch = self._vault, self._session, self._batch
        self.show_result("", Tone.INFO)
        self.busy_changed.emit(True)
        self.task = run_in_background(
            self,
            lambda progress: keys.rotate(vault, session, progress=progress, batch=batch),
            on_success=self._rotated,
            on_failure=self._rotation_failed,
            label=self.tr("Encrypting the values again with the new key…"),
            cancellable=True,
        )
        self.task.finished.connect(self._rotation_ended)
        self._update_buttons()

    def _rotation_ended(self) -> None:
        self.task = None
        self.busy_changed.emit(False)
        self.refresh()
        self.rotation_finished.emit()

    def _rotated(self, result: RotationResult) -> None:
        count = QLocale().toString(result.reencrypted)
        if result.retired:
            text = self.tr("v{version}: {n} values re-encrypted, old key deleted.")
        else:
            text = self.tr("v{version}: {n} values re-encrypted.")
        text = text.format(version=result.version, n=count)
        if result.resumed:
            text = self.tr("The stopped rotation is finished. {result}").format(result=text)
        self.show_result(text, Tone.SUCCESS)

    def _rotation_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.show_result(self.tr(
                "Stopped. Nothing is lost: the values done so far keep the new key, and the "
                "rotation can be continued at any time."), Tone.WARNING)
        else:
            self.show_result(failure_sentence(exc), Tone.ERROR)

    # --- the vault key and recovery key ----------------------------------------------------------

    def replace_vault_key(self) -> RootRotationDialog | None:
        """Open the (window-modal) dialog; returns it so callers and tests can drive it."""
        if self.busy or self.root_dialog is not None:
            return self.root_dialog
        dialog = RootRotationDialog(self._vault, self._session, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.busy_changed.connect(self._root_busy)
        dialog.account_locked.connect(self.account_locked)
        dialog.replaced.connect(lambda: self.show_result(self.tr(
            "The vault key and recovery key were replaced. The old recovery key opens only "
            "backups made before today."), Tone.SUCCESS))
        dialog.finished.connect(self._root_dialog_closed)
        self.root_dialog = dialog
        dialog.show()
        return dialog

    def _root_busy(self, busy: bool) -> None:
        self.busy_changed.emit(busy)
        self._update_buttons()
        if not busy:
            self.refresh()

    def _root_dialog_closed(self) -> None:
        if self.root_dialog is not None:
            self.root_dialog.deleteLater()
        self.root_dialog = None
        self._update_buttons()
