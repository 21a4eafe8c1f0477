"""Asking to see masked fields: which fields, why, and for how long.

The request is written (and audited) by services.reveals.request_reveal when the user presses
the main button; the caller then shows the approval pop-up for `request_id`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.field_access import (
    DEFAULT_REVEAL_MINUTES,
    FIELDS_BY_KEY,
    MAX_REVEAL_MINUTES,
    REVEAL_REASONS,
)
from clientsafe.core.session import Session
from clientsafe.services import reveals
from clientsafe.services.customer_records import CustomerRecord, ShownField
from clientsafe.services.vault_access import Vault
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import error_line, hint, paragraph, show_text

OTHER_REASON = "other"
_MAX_REASON_LENGTH = 500


def field_label(key: str) -> str:
    """A field's name in the user's language, from its key."""
    spec = FIELDS_BY_KEY.get(key)
    return QCoreApplication.translate("fields", spec.label) if spec is not None else key


def field_labels(keys: Sequence[str]) -> str:
    """Field names as a list ("A, B, C"; in Chinese "A、B、C")."""
    labels = [field_label(key) for key in keys]
    text = labels[0] if labels else ""
    for label in labels[1:]:
        text = QCoreApplication.translate("RevealRequestDialog", "{list}, {item}").format(
            list=text, item=label
        )
    return text


def reason_label(code: str) -> str:
    for known, label in REVEAL_REASONS:
        if known == code:
            return QCoreApplication.translate("reveal_reasons", label)
    return code


def revealable(record: CustomerRecord) -> list[ShownField]:
    return [f for f in record.fields if f.masked and f.revealable]


class RevealRequestDialog(QDialog):
    """Accepted once the request exists; `request_id` and `reason_text` are then set."""

    def __init__(
        self,
        vault: Vault,
        session: Session,
        record: CustomerRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._record = record
        self.request_id: int | None = None
        self.reason_text = ""
        self.setWindowTitle(self.tr("Request access"))
        self.setMinimumWidth(480)

        self.intro = paragraph(
            self.tr(
                "These fields are masked. Choose only the ones you need; a manager approves the "
                "request and every look is recorded."
            ),
            self,
        )

        self.fields_box = QGroupBox(self.tr("Fields"), self)
        column = QVBoxLayout(self.fields_box)
        self.checks: dict[str, QCheckBox] = {}
        candidates = revealable(record)
        for shown in candidates:
            box = QCheckBox(QCoreApplication.translate("fields", shown.label), self.fields_box)
            box.setObjectName(f"field_{shown.key}")
            box.setChecked(len(candidates) == 1)
            column.addWidget(box)
            self.checks[shown.key] = box

        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        for code, label in REVEAL_REASONS:
            self.reason.addItem(QCoreApplication.translate("reveal_reasons", label), code)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.details = QLineEdit(self)
        self.details.setObjectName("details")
        self.details.setMaxLength(_MAX_REASON_LENGTH)
        self.details_hint = hint(parent=self)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(1, MAX_REVEAL_MINUTES)
        self.minutes.setValue(DEFAULT_REVEAL_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes_hint = hint(
            self.tr("Each look shows the values for one minute; access ends after this time."),
            self,
        )

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Details:"), self.details)
        form.addRow("", self.details_hint)
        form.addRow(self.tr("&How long:"), self.minutes)
        form.addRow("", self.minutes_hint)

        self.error = error_line(self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("Ask for approval"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields_box)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._reason_changed()

    @property
    def chosen_fields(self) -> list[str]:
        return [key for key, box in self.checks.items() if box.isChecked()]

    @property
    def reason_code(self) -> str:
        return str(self.reason.currentData())

    def _reason_changed(self) -> None:
        if self.reason_code == OTHER_REASON:
            self.details.setPlaceholderText(self.tr("Required: say why you need to see them"))
            self.details_hint.setText(self.tr("Explain the reason in a few words."))
        else:
            self.details.setPlaceholderText(self.tr("Optional"))
            self.details_hint.setText(
                self.tr("A few words help the manager decide (for example a ticket number).")
            )

    def accept(self) -> None:
        fields = self.chosen_fields
        details = self.details.text().strip()
        if not fields:
            show_text(self.error, self.tr("Tick at least one field you need to see."))
            return
        if self.reason_code == OTHER_REASON and not details:
            show_text(self.error, self.tr("Say in a few words why you need to see these fields."))
            self.details.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.request_id = reveals.request_reveal(
                self._vault,
                self._session,
                customer_id=self._record.id,
                fields=fields,
                reason_code=self.reason_code,
                reason_text=details,
                minutes=self.minutes.value(),
            )
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.reason_text = details
        super().accept()

