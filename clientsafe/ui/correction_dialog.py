"""Correcting one of a customer's details: which detail, the new value (checked as it is typed,
by the same validator the service runs), why, and optionally the customer's correction request
it answers. The current value is not shown here (the record shows it, masked where it must be),
and the history keeps only masks of the old and new values."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.field_validators import MAX_LENGTH, FieldInvalid, ValidatorKind, validate
from clientsafe.core.rights import RightsKind
from clientsafe.core.session import Session
from clientsafe.services import corrections, rights_requests
from clientsafe.services.corrections import CorrectableField
from clientsafe.services.vault_access import Vault
from clientsafe.ui.date_entry import DateEntry
from clientsafe.ui.error_text import error_text
from clientsafe.ui.login_window import current_language
from clientsafe.ui.message_labels import error_line, heading, hint, show_text
from clientsafe.ui.paged_table_model import local_time

Editor = QLineEdit | QPlainTextEdit | DateEntry


class CorrectionDialog(QDialog):
    """Stores the correction when accepted; `corrected_key` names the field afterwards."""

    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 parent: QWidget | None = None, *, request_id: int | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.customer_id = customer_id
        self.corrected_key: str | None = None
        self._language = current_language()
        self._error_shown = False
        self.setWindowTitle(self.tr("Correct a detail"))
        self.setMinimumWidth(540)

        self.field = QComboBox(self)
        self.field.setObjectName("correctField")
        self.line = QLineEdit(self)
        self.line.setObjectName("newValue")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("newAddress")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 16)
        self.date = DateEntry(self)
        self.date.setObjectName("newDate")
        self.date.set_maximum(vault.clock().date())
        self.value_error = error_line(self)
        self.value_error.setObjectName("valueError")
        editors = QWidget(self)
        box = QVBoxLayout(editors)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        for editor in (self.line, self.text, self.date, self.value_error):
            box.addWidget(editor)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("correctionReason")
        self.reason.setMaxLength(corrections.MAX_REASON)
        self.reason.setPlaceholderText(self.tr("For example: the customer showed their new "
                                               "identity card"))
        self.request = QComboBox(self)
        self.request.setObjectName("correctionRequest")

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.addRow(self.tr("Detail:"), self.field)
        form.addRow(self.tr("New value:"), editors)
        form.addRow(self.tr("Why:"), self.reason)
        form.addRow(self.tr("Answers request:"), self.request)

        self.note = hint(self.tr(
            "The old value is replaced everywhere, including look-ups by phone, ID number or "
            "e-mail. The history keeps the old and new values only masked."), self)
        self.error = error_line(self)
        self.error.setObjectName("correctionError")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save correction"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Correct a detail"), self, size=1.25))
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.fields: list[CorrectableField] = []
        self._load(request_id)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.line.textChanged.connect(self._edited)
        self.text.textChanged.connect(self._edited)
        self.date.textChanged.connect(self._edited)
        self.line.editingFinished.connect(self._show_problem)
        self.date.editingFinished.connect(self._show_problem)
        self.reason.textChanged.connect(self._update_save)
        self.finished.connect(self._wipe)
        self._field_changed()

    # --- loading -------------------------------------------------------------------------
    def _load(self, request_id: int | None) -> None:
        try:
            self.fields = corrections.correctable_fields(self._vault, self._session,
                                                         self.customer_id)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            self.fields = []
        for spec in self.fields:
            label = spec.label(self._language)
            if not spec.held:
                label = self.tr("{field} (not given yet)").format(field=label)
            self.field.addItem(label, spec.key)
        self.request.addItem(self.tr("None"), None)
        try:
            open_requests = rights_requests.list_requests(
                self._vault, self._session, open_only=True, customer_id=self.customer_id)
        except ClientSafeError:
            open_requests = []  # linking is optional; the correction itself still works
        for row in open_requests:
            if row.request.kind is RightsKind.CORRECTION:
                self.request.addItem(self.tr("#{id}, received {when}").format(
                    id=row.request.id, when=local_time(row.request.received_at)),
                    row.request.id)
        if request_id is not None and (at := self.request.findData(request_id)) >= 0:
            self.request.setCurrentIndex(at)
        self.request.setEnabled(self.request.count() > 1)
        self.field.setEnabled(bool(self.fields))

    def chosen_field(self) -> CorrectableField | None:
        key = self.field.currentData()
        return next((f for f in self.fields if f.key == key), None)

    def select_field(self, key: str) -> None:
        self.field.setCurrentIndex(self.field.findData(key))

    # --- the value -----------------------------------------------------------------------
    def editor(self) -> Editor:
        spec = self.chosen_field()
        kind = spec.validator if spec is not None else ValidatorKind.TEXT
        if kind is ValidatorKind.ADDRESS:
            return self.text
        if kind is ValidatorKind.DATE:
            return self.date
        return self.line

    def value(self) -> str:
        editor = self.editor()
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()

    def problem(self) -> str | None:
        """The validator's sentence for what is typed, or None when it would be accepted."""
        spec = self.chosen_field()
        raw = self.value().strip()
        if spec is None or not raw:
            return None
        try:
            validate(spec.validator, raw, label=spec.label(self._language),
                     today=self._vault.clock().date())
        except FieldInvalid as exc:
            return error_text(exc)
        return None

    def _field_changed(self) -> None:
        self._wipe()
        spec = self.chosen_field()
        kind = spec.validator if spec is not None else None
        current = self.editor()
        for editor in (self.line, self.text, self.date):
            editor.setVisible(editor is current)
        self.line.setMaxLength(4 * MAX_LENGTH.get(kind or ValidatorKind.TEXT, 200) + 64)
        self.line.setPlaceholderText({
            ValidatorKind.PHONE: self.tr("e.g. 138 0013 8000; a foreign number with +"),
            ValidatorKind.EMAIL: self.tr("name@example.com"),
            ValidatorKind.NATIONAL_ID: self.tr("18 characters: 17 digits and a digit or X"),
        }.get(kind, "") if kind else "")
        self._error_shown = False
        show_text(self.value_error, "")
        self._update_save()

    def _edited(self) -> None:
        if self._error_shown:
            self._show_problem()  # once an error is shown, it follows the typing
        self._update_save()

    def _show_problem(self) -> None:
        problem = self.problem()
        self._error_shown = self._error_shown or problem is not None
        show_text(self.value_error, problem or "")

    def _update_save(self) -> None:
        self.save_button.setEnabled(
            self.chosen_field() is not None and bool(self.value().strip())
            and bool(self.reason.text().strip()) and self.problem() is None)

    def _wipe(self) -> None:
        """No typed value stays in an editor (undo history included) once it is not needed."""
        for editor in (self.line, self.date):
            editor.setText("")
        self.text.setPlainText("")

    # --- saving --------------------------------------------------------------------------
    def accept(self) -> None:
        spec = self.chosen_field()
        if spec is None:
            return
        show_text(self.error, "")
        try:
            corrections.correct(self._vault, self._session, self.customer_id,
                                field_key=spec.key, new_value=self.value(),
                                reason=self.reason.text(),
                                request_id=self.request.currentData(),
                                language=self._language)
        except FieldInvalid as exc:
            self._error_shown = True
            show_text(self.value_error, error_text(exc))
            return
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        self.corrected_key = spec.key
        super().accept()
