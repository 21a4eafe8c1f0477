"""The six pages of the setup wizard. Each page shows part of a `SetupFlow` and writes what the
user types back into it; the rules (what is valid, what comes next) stay in core.setup_flow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core import setup_flow
from clientsafe.core.setup_flow import SetupFlow
from clientsafe.ui.message_labels import (
    Tone,
    error_line,
    heading,
    hint,
    monospace_font,
    notice_box,
    paragraph,
    set_tone,
    show_text,
)
from clientsafe.ui.password_strength import PasswordStrengthBar


class SetupPage(QWidget):
    """A title, an explanation, then the page's own widgets. `changed` after every edit."""

    changed = Signal()

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = flow
        self.title = heading(parent=self)
        self.intro = paragraph(parent=self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.problem = error_line(self)  # each page places it under its own fields
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.body)
        layout.addStretch(1)

    def entered(self) -> None:
        """Called each time the page becomes current; pages refresh from the flow here."""

    def show_problem(self, text: str) -> None:
        """The flow's sentence for this page (empty: nothing to say)."""
        show_text(self.problem, text)


class WelcomePage(SetupPage):
    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Welcome to ClientSafe"))
        self.intro.setText(
            self.tr(
                "ClientSafe keeps your customers' information safe: encrypted on this computer, "
                "shown only to the staff who need it, and every access recorded.\n\n"
                "This short setup creates your vault (the encrypted file that holds everything) "
                "and the first staff account. It takes about a minute."
            )
        )
        self.business = QLineEdit(self)
        self.business.setObjectName("businessName")
        self.business.setPlaceholderText(self.tr("for example: Harbour Fitness"))
        self.business.setMaxLength(100)
        self.business.textChanged.connect(self._edited)
        tip = hint(self.tr("Shown on the sign-in screen and printed on the Recovery Kit."), self)
        form = QFormLayout()
        form.addRow(self.tr("Business name:"), self.business)
        form.addRow("", tip)
        self.body.addLayout(form)
        self.body.addWidget(self.problem)

    def entered(self) -> None:
        self.business.setFocus()

    def _edited(self, text: str) -> None:
        self.flow.business_name = text
        self.changed.emit()



class LocationPage(SetupPage):
    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Where the vault lives"))
        self.intro.setText(
            self.tr(
                "The vault is one encrypted file, with a small key file beside it. Keep it on "
                "this computer's own disk; backups are made separately and go elsewhere.\n\n"
                "The suggested place is right for most businesses."
            )
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("vaultPath")
        self.path.setReadOnly(True)  # chosen with the dialog, so the name always ends right
        self.change = QPushButton(self.tr("Change…"), self)
        self.change.setObjectName("changeLocation")
        self.change.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.change)
        self.body.addWidget(QLabel(self.tr("Vault file:"), self))
        self.body.addLayout(row)
        self.body.addWidget(self.problem)
        self.set_path(flow.vault_path)

    def set_path(self, path: str) -> None:
        path = setup_flow.with_vault_suffix(path)
        self.flow.vault_path = path
        # Only the UI may look at the disk; the flow just hears whether the place is taken.
        self.flow.location_taken = bool(path) and Path(path).exists()
        self.path.setText(path)
        self.path.setCursorPosition(0)
        self.changed.emit()

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose where to create the vault"),
            self.flow.vault_path,
            self.tr("ClientSafe vault (*.csvault)"),
        )
        if chosen:
            self.set_path(chosen)

    def entered(self) -> None:
        self.set_path(self.flow.vault_path)  # the disk may have changed since the last visit



class OfficerPage(SetupPage):
    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("The security officer"))
        self.intro.setText(
            self.tr(
                "The security officer manages staff accounts, backups and the audit trail, and "
                "does not see customer data in day-to-day work. You can add the other staff "
                "after setup."
            )
        )
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.username.setMaxLength(32)
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("displayName")
        self.display_name.setMaxLength(100)
        self.display_name.setPlaceholderText(self.tr("optional, for example: Olivia Chen"))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeatPassword")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = PasswordStrengthBar(self)
        self.strength.setObjectName("passwordStrength")
        tip = hint(
            self.tr(
                "At least 10 characters. A few unrelated words with a number or sign are easy "
                "to remember and hard to guess."
            ),
            self,
        )
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Display name:"), self.display_name)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.strength)
        form.addRow("", tip)
        form.addRow(self.tr("Repeat password:"), self.repeat)
        self.body.addLayout(form)
        self.body.addWidget(self.problem)
        self.username.textChanged.connect(lambda text: self._set("username", text))
        self.display_name.textChanged.connect(lambda text: self._set("display_name", text))
        self.password.textChanged.connect(self._password_edited)
        self.repeat.textChanged.connect(lambda text: self._set("repeat", text))

    def _set(self, name: str, value: str) -> None:
        setattr(self.flow, name, value)
        self.changed.emit()

    def _password_edited(self, text: str) -> None:
        self.strength.set_password(text)
        self._set("password", text)

    def entered(self) -> None:
        self.username.setFocus()

    def forget_passwords(self) -> None:
        """After creation the fields must not keep the password."""
        for field in (self.password, self.repeat):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self.strength.set_password("")



class CreatingPage(SetupPage):
    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Creating the vault"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the service reports no steps for a 0.3 s job
        self.progress.setTextVisible(False)
        self.error = notice_box(Tone.ERROR, parent=self)
        self.error.setObjectName("creationError")
        self.advice = paragraph(
            self.tr("Nothing was created. Press Back to change what caused this, then try again."),
            self,
        )
        self.body.addWidget(self.progress)
        self.body.addWidget(self.error)
        self.body.addWidget(self.advice)
        self.show_problem("")

    def show_problem(self, text: str) -> None:
        self.intro.setText(
            self.tr("The vault could not be created.")
            if text
            else self.tr("Creating the encrypted vault and the security officer's account…")
        )
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.advice.setVisible(bool(text))
        self.progress.setVisible(not text)


class RecoveryKeyPage(SetupPage):
    save_requested = Signal()
    print_requested = Signal()

    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Your recovery key"))
        self.intro.setText(
            self.tr(
                "This key opens the vault when this computer's keyring does not have it: on a "
                "new computer, after restoring a backup, or after the user profile was reset. "
                "It is shown only now. Save the Recovery Kit and print it, then keep the paper "
                "somewhere safe, away from this computer."
            )
        )
        self.key_frame = QFrame(self)
        self.key_frame.setObjectName("recoveryKeyFrame")
        self.key_frame.setStyleSheet(
            "#recoveryKeyFrame { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        self.key_grid = QGridLayout(self.key_frame)
        self.key_grid.setContentsMargins(18, 12, 18, 12)
        self.key_grid.setHorizontalSpacing(22)
        self.key_grid.setVerticalSpacing(4)
        self.group_labels: list[QLabel] = []
        self.keyring_warning = notice_box(Tone.WARNING, parent=self)
        self.keyring_warning.setObjectName("keyringWarning")
        self.save_button = QPushButton(self.tr("Save Recovery Kit (PDF)…"), self)
        self.save_button.setObjectName("saveRecoveryKit")
        self.save_button.clicked.connect(self.save_requested)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printRecoveryKit")
        self.print_button.clicked.connect(self.print_requested)
        self.status = notice_box(Tone.SUCCESS, parent=self)
        self.status.setObjectName("kitStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        self.body.addWidget(self.key_frame)
        self.body.addWidget(self.keyring_warning)
        self.body.addLayout(buttons)
        self.body.addWidget(self.status)

    def entered(self) -> None:
        if not self.group_labels and self.flow.recovery_key:
            self._show_key()
        if not self.flow.in_keyring:
            self.keyring_warning.setText(
                self.tr(
                    "No usable keyring was found on this computer, so the vault's key could not "
                    "be stored here (and it is never stored in plain text). You will need this "
                    "recovery key every time ClientSafe starts, until a keyring is available."
                )
            )
        self.keyring_warning.setVisible(not self.flow.in_keyring)

    def _show_key(self) -> None:
        # Numbered groups in columns of three lines, so "type group 7" is easy to find.
        groups = self.flow.groups()
        per_row = (len(groups) + 2) // 3
        for index, group in enumerate(groups):
            row, column = divmod(index, per_row)
            number = QLabel(str(index + 1), self.key_frame)
            number.setEnabled(False)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(group, self.key_frame)
            text.setObjectName(f"group{index + 1}")
            text.setFont(monospace_font(1.9, bold=True))
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # No text interaction: selecting would invite copying the key to the clipboard.
            text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.key_grid.addWidget(number, row * 2, column)
            self.key_grid.addWidget(text, row * 2 + 1, column)
            # A layout shows new children of a visible parent only on the next event-loop
            # turn; show them now so the key is on screen the moment the step is.
            number.show()
            text.show()
            self.group_labels.append(text)

    def shown_key(self) -> str:
        return "-".join(label.text() for label in self.group_labels)

    def set_status(self, text: str, tone: Tone) -> None:
        set_tone(self.status, tone)
        self.status.setText(text)
        self.status.setVisible(bool(text))


class ConfirmPage(SetupPage):
    def __init__(self, flow: SetupFlow, parent: QWidget | None = None) -> None:
        super().__init__(flow, parent)
        self.title.setText(self.tr("Check the recovery key"))
        self.intro.setText(
            self.tr(
                "To be sure the key was written down correctly, type two of its groups as they "
                "appear on your Recovery Kit. Capital or small letters are both fine."
            )
        )
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(2, 1)
        self.fields: dict[int, QLineEdit] = {}
        self.ready = paragraph(self.tr("Both groups are right. Press Finish to sign in."), self)
        self.ready.setStyleSheet("color: #1e4620;")
        self.ready.hide()
        self.body.addLayout(self.grid)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.ready)

    def show_problem(self, text: str) -> None:
        super().show_problem(text)
        self.ready.setVisible(self.flow.can_finish())

    def entered(self) -> None:
        if not self.fields:
            for row, number in enumerate(self.flow.challenge):
                field = QLineEdit(self)
                field.setObjectName(f"confirmGroup{number}")
                font = monospace_font(1.4, bold=True)
                # Shown in capitals as printed; what was typed is compared case-insensitively.
                font.setCapitalization(QFont.Capitalization.AllUppercase)
                field.setFont(font)
                field.setMaxLength(9)  # one group plus stray spaces or dashes
                field.setFixedWidth(130)
                field.textChanged.connect(lambda text, n=number: self._typed(n, text))
                label = QLabel(self.tr("Group {number}:").format(number=number), self)
                label.setBuddy(field)
                self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(field, row, 1)
                self.fields[number] = field
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()

    def _typed(self, number: int, text: str) -> None:
        self.flow.type_group(number, text)
        self.changed.emit()
