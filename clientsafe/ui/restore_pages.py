"""The pages of the restore wizard. Each shows part of a `RestoreFlow` and writes what the user
types back into it; the rules stay in core.restore_flow."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.restore_flow import RestoreFlow
from clientsafe.ui.backup_text import ManifestForm
from clientsafe.ui.message_labels import Tone, hint, monospace_font, notice_box
from clientsafe.ui.wizard_frame import WizardPage


def busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    return bar


def reset_bar(bar: QProgressBar, working: bool) -> None:
    """Shown (as "busy" until the first progress report) only while work runs."""
    if working and not bar.isVisible():
        bar.setRange(0, 0)
    bar.setVisible(working)


class RestorePage(WizardPage):
    changed = Signal()

    def __init__(self, flow: RestoreFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow

    def entered(self) -> None:
        """Called each time the page becomes current."""


class ChoosePage(RestorePage):
    def __init__(self, flow: RestoreFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Restore from a backup"))
        self.intro.setText(self.tr(
            "Restoring replaces everything in this vault with the content of a backup. "
            "ClientSafe first checks the backup and shows what it holds; nothing changes until "
            "you confirm. The current vault is kept aside as a pre-restore copy beside it."))
        self.path = QLineEdit(self)
        self.path.setObjectName("backupFile")
        self.path.setReadOnly(True)  # chosen with the dialog
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        self.body.addWidget(QLabel(self.tr("Backup file:"), self))
        self.body.addLayout(row)

    def entered(self) -> None:
        self.path.setText(self.flow.backup_path)
        self.path.setCursorPosition(0)


class VerifyPage(RestorePage):
    def __init__(self, flow: RestoreFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Checking the backup"))
        self.intro.setText(self.tr(
            "ClientSafe checks that the file is authentic and complete, then opens the copy "
            "inside it privately and checks its storage, its audit trail and its counts "
            "against the manifest."))
        self.bar = busy_bar(self)
        self.problems = QListWidget(self)
        self.problems.setObjectName("checkProblems")
        self.problems.setUniformItemSizes(True)
        self.problems.setMaximumHeight(140)
        self.problems.hide()
        self.body.addWidget(self.bar)
        self.body.addWidget(self.problems)

    def entered(self) -> None:
        reset_bar(self.bar, self.flow.working)
        self.problems.clear()
        self.problems.addItems(list(self.flow.problems))
        self.problems.setVisible(bool(self.flow.problems))


class UnlockPage(RestorePage):
    def __init__(self, flow: RestoreFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Unlock the backup"))
        self.intro.setText(self.tr(
            "This computer's keyring does not hold the key for this backup (a new computer, or "
            "a backup of a vault that was set up elsewhere). Type the recovery key from the "
            "Recovery Kit that was printed when the vault was created."))
        self.reason = notice_box(Tone.WARNING, "", self)
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKey")
        self.key.setFont(monospace_font(1.15))
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.key.textChanged.connect(self._edited)
        self.bar = busy_bar(self)
        self.bar.hide()
        tip = hint(self.tr(
            "With the recovery key, the restored vault's key is also put into this computer's "
            "keyring, so the next start needs nothing typed."), self)
        self.body.addWidget(self.reason)
        self.body.addWidget(QLabel(self.tr("Recovery key:"), self))
        self.body.addWidget(self.key)
        self.body.addWidget(tip)
        self.body.addWidget(self.bar)

    def _edited(self, text: str) -> None:
        self.flow.recovery_key = text
        self.changed.emit()

    def entered(self) -> None:
        reset_bar(self.bar, self.flow.working)
        self.key.setEnabled(not self.flow.working)
        if not self.flow.working:
            self.key.setFocus()


class PreviewPage(RestorePage):
    def __init__(self, flow: RestoreFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("What the backup holds"))
        self.intro.hide()
        self.checked = notice_box(Tone.SUCCESS, "", self)
        self.checked.setObjectName("checkedNotice")
        self.manifest = ManifestForm(self)
        self.warning = notice_box(Tone.WARNING, "", self)
        self.body.addWidget(self.checked)
        self.body.addWidget(self.manifest)
        self.body.addWidget(self.warning)


class ConfirmPage(RestorePage):
    def __init__(self, flow: RestoreFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Confirm the restore"))
        if flow.needs_officer:
            # Nobody is signed in: the vault could not be opened at all.
            self.intro.setText(self.tr(
                "The vault that cannot be opened is kept aside as a pre-restore copy, and the "
                "backup takes its place. Type the business name to confirm."))
        else:
            self.intro.setText(self.tr(
                "Everyone working in ClientSafe on this computer is signed out, the current "
                "vault is kept aside as a pre-restore copy, and the backup takes its place. "
                "Type the business name to confirm."))
        self.name = QLabel(self)
        self.name.setObjectName("businessToType")
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name.setFont(font)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("typedBusinessName")
        self.typed.textChanged.connect(self._edited)
        self.body.addWidget(self.name)
        self.body.addWidget(self.typed)
        self.officer = OfficerFields(flow, self)
        self.officer.changed.connect(self.changed)
        self.officer.setVisible(flow.needs_officer)
        self.body.addWidget(self.officer)

    def _edited(self, text: str) -> None:
        self.flow.typed_name = text
        self.changed.emit()

    def entered(self) -> None:
        self.name.setText(self.flow.business_name)
        if self.typed.text() != self.flow.typed_name:
            self.typed.setText(self.flow.typed_name)
        self.officer.entered()
        # Back from a refused sign-in: the password is what needs typing again.
        if self.flow.needs_officer and self.flow.error is not None:
            self.officer.password.setFocus()
        else:
            self.typed.setFocus()


class OfficerFields(QWidget):
    """A security officer's sign-in as it is in the backup: with no vault open, nobody is
    signed in, and the backup's own staff list says who may restore it."""

    changed = Signal()

    def __init__(self, flow: RestoreFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.explanation = QLabel(self.tr(
            "Then a security officer signs in with the user name and password they had when "
            "this backup was made."), self)
        self.explanation.setWordWrap(True)
        self.username = QLineEdit(self)
        self.username.setObjectName("officerUsername")
        self.password = QLineEdit(self)
        self.password.setObjectName("officerPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.textChanged.connect(self._username_edited)
        self.password.textChanged.connect(self._password_edited)
        form = QFormLayout()
        form.addRow(self.tr("Security officer's user name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.explanation)
        layout.addLayout(form)

    def _username_edited(self, text: str) -> None:
        self.flow.officer_username = text
        self.changed.emit()

    def _password_edited(self, text: str) -> None:
        self.flow.officer_password = text
        self.changed.emit()

    def entered(self) -> None:
        # The flow forgets the password once it is handed to the restore: show that.
        for box, value in ((self.username, self.flow.officer_username),
                           (self.password, self.flow.officer_password)):
            if box.text() != value:
                box.setText(value)


class RunPage(RestorePage):
    def __init__(self, flow: RestoreFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Restoring…"))
        self.intro.setText(self.tr(
            "ClientSafe checks the backup once more, keeps the current vault aside, then swaps "
            "the restored vault in with one step: if anything stops it, the old vault stays as "
            "it was."))
        self.bar = busy_bar(self)
        self.body.addWidget(self.bar)

    def entered(self) -> None:
        reset_bar(self.bar, self.flow.working)


class DonePage(RestorePage):
    def __init__(self, flow: RestoreFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("The vault was restored"))
        self.intro.hide()
        self.result = notice_box(Tone.SUCCESS, "", self)
        self.result.setObjectName("restoreResult")
        self.kept = hint(parent=self)
        self.kept.setObjectName("preRestoreCopy")
        self.body.addWidget(self.result)
        self.body.addWidget(self.kept)
