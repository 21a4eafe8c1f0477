"""The frame of the services and catalog dialogs: an intro sentence, a form, an error line and
OK/Cancel. On OK the dialog calls its service itself (`_apply`), so a refusal appears as one
sentence inside the dialog and the user can correct it; it closes only when the change is made.
Dialogs are opened with open() (window-modal), so locking the window can reject them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import error_line, hint, paragraph, show_text


def grow(label: QLabel) -> QLabel:
    """Let a word-wrapped label in a form take the field column's whole width (a QFormLayout
    only widens fields whose horizontal policy is Expanding)."""
    policy = label.sizePolicy()  # keeps the word wrap's height-for-width
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    label.setSizePolicy(policy)
    # The form may give a wrapped label more height than it needs; keep the text under its row.
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def text_box(parent: QWidget, *, lines: int = 3, max_length: int = 500) -> QPlainTextEdit:
    """A few lines of plain text; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    box.textChanged.connect(lambda: _limit(box, max_length))
    return box


def _limit(box: QPlainTextEdit, max_length: int) -> None:
    text = box.toPlainText()
    if len(text) > max_length:
        box.setPlainText(text[:max_length])
        cursor = box.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        box.setTextCursor(cursor)


class ActionDialog(QDialog):
    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None,
                 *, width: int = 540) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.setMinimumWidth(width)
        self.intro = paragraph(parent=self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = error_line(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addStretch(1)  # room the dialog grew for a message stays below the form
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_hint(self, text: str) -> QLabel:
        """A grey sentence under the row above, as wide as the fields."""
        label = grow(hint(text, self))
        self.form.addRow("", label)
        return label

    def show_error(self, sentence: str) -> None:
        show_text(self.error, sentence)

    def accept(self) -> None:
        try:
            self._apply()
        except ClientSafeError as exc:
            self.show_error(error_text(exc))
            return
        super().accept()

    def _apply(self) -> None:
        raise NotImplementedError
