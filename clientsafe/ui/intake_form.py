"""The intake form of one service: only its approved fields, name first, each with its label in
the interface language, a mark when required, the written "used to …" statement under it and an
error under it as soon as what was typed cannot be valid.

The inline check calls core's validator, the same one the intake service runs again on "Continue
to consent"; the form only helps staff, it decides nothing. Values live only in the editors and
are wiped with `clear()` (undo history included), never logged.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.consent import ApprovedField, IntakeForm
from clientsafe.core.errors import ValidationError
from clientsafe.core.field_validators import MAX_LENGTH, FieldInvalid, ValidatorKind, validate
from clientsafe.ui.date_entry import DateEntry
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import error_line, hint

Editor = QLineEdit | QPlainTextEdit | DateEntry
_REQUIRED_MARK = "<span style='color: #b3261e; font-weight: bold;'>&nbsp;*</span>"


@dataclass(slots=True)
class _Row:
    approved: ApprovedField
    label_text: str  # the field's label in the form's language
    editor: Editor
    error: QLabel
    used_for: QLabel


def _text(editor: Editor) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


class IntakeFormWidget(QWidget):
    """`completeness_changed(bool)`: whether every required field is filled and nothing typed is
    invalid, i.e. whether "Continue to consent" may be pressed."""

    completeness_changed = Signal(bool)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: dict[str, _Row] = {}
        self._complete = False
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.setHorizontalSpacing(14)
        self._form.setVerticalSpacing(12)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._form)
        layout.addStretch(1)

    # --- building ------------------------------------------------------------------------
    def set_form(self, form: IntakeForm, language: str) -> None:
        """Show exactly the form's fields (empty); anything shown before is destroyed."""
        while self._form.rowCount():
            self._form.removeRow(0)
        self._rows.clear()
        for approved in form.fields:
            self._add_row(approved, approved.field.label(language))
        self._update_completeness(force=True)

    def _add_row(self, approved: ApprovedField, label_text: str) -> None:
        field = approved.field
        editor = self._editor(field.validator, field.key)
        editor.setAccessibleName(label_text)
        label = QLabel(html.escape(label_text) + (_REQUIRED_MARK if approved.required else ""),
                       self)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setBuddy(editor)
        label.setObjectName(f"label_{field.key}")
        error = error_line(self)
        error.setObjectName(f"error_{field.key}")
        used_for = hint(self.tr("Used to {use}. Without it: {without}.").format(
            use=approved.necessity_use.rstrip("."),
            without=approved.necessity_without.rstrip(".")), self)
        used_for.setTextFormat(Qt.TextFormat.PlainText)  # written by the business: never markup
        used_for.setObjectName(f"usedFor_{field.key}")
        column = QWidget(self)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addWidget(editor)
        box.addWidget(error)
        box.addWidget(used_for)
        self._form.addRow(label, column)
        row = _Row(approved, label_text, editor, error, used_for)
        self._rows[field.key] = row
        editor.textChanged.connect(lambda *_, key=field.key: self._edited(key))
        if isinstance(editor, QPlainTextEdit):
            editor.installEventFilter(self)  # no editingFinished: check when focus leaves
        else:
            editor.editingFinished.connect(lambda key=field.key: self.check_field(key))

    def _editor(self, kind: ValidatorKind, key: str) -> Editor:
        editor: Editor
        if kind is ValidatorKind.ADDRESS:
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 16)
            editor.setPlaceholderText(self.tr("Street and number, district, city"))
        elif kind is ValidatorKind.DATE:
            editor = DateEntry(self)
            editor.set_maximum(self._today())
        else:
            editor = QLineEdit(self)
            editor.setMaxLength(4 * MAX_LENGTH.get(kind, 200) + 64)
            placeholder = {
                ValidatorKind.PHONE: self.tr("e.g. 138 0013 8000; a foreign number with +"),
                ValidatorKind.EMAIL: self.tr("name@example.com"),
                ValidatorKind.NATIONAL_ID: self.tr("18 characters: 17 digits and a digit or X"),
            }.get(kind)
            if placeholder:
                editor.setPlaceholderText(placeholder)
            if kind is ValidatorKind.PHONE:
                editor.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        editor.setObjectName(f"field_{key}")
        return editor

    # --- the API -------------------------------------------------------------------------
    def field_keys(self) -> list[str]:
        return list(self._rows)

    def editor(self, key: str) -> Editor:
        return self._rows[key].editor

    def error_label(self, key: str) -> QLabel:
        return self._rows[key].error

    def used_for_label(self, key: str) -> QLabel:
        return self._rows[key].used_for

    def values(self) -> dict[str, str]:
        """What was typed, for the intake service: only the fields that are filled in."""
        return {key: text for key, row in self._rows.items()
                if (text := _text(row.editor)).strip()}

    def is_complete(self) -> bool:
        return self._complete

    def fill(self, values: dict[str, str]) -> None:
        """Put values into the editors of the fields they belong to (others are ignored)."""
        for key, value in values.items():
            row = self._rows.get(key)
            if row is None:
                continue
            if isinstance(row.editor, QPlainTextEdit):
                row.editor.setPlainText(value)
            else:
                row.editor.setText(value)
        self._update_completeness()

    def clear(self) -> None:
        """Wipe every value, with the editors' undo history, and every error."""
        for row in self._rows.values():
            editor = row.editor
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText("")  # clears the undo/redo history too
            elif isinstance(editor, QLineEdit):
                editor.setText("")  # setText (unlike clear()) drops the undo history
            else:
                editor.edit.setText("")
            self._show_error(row, "")
        self._update_completeness(force=True)

    def check_field(self, key: str) -> bool:
        """Validate one field now and show its error (or none); True if it is fine."""
        row = self._rows[key]
        problem = self._problem(row)
        self._show_error(row, problem or "")
        return problem is None

    def check_all(self) -> bool:
        """Show every field's problem, including required fields left empty."""
        ok = True
        for row in self._rows.values():
            problem = self._problem(row)
            if problem is None and row.approved.required and not _text(row.editor).strip():
                problem = self.tr("Enter the {field}; it is required.").format(
                    field=row.label_text)
            self._show_error(row, problem or "")
            ok = ok and problem is None
        return ok

    def show_service_error(self, exc: ValidationError) -> bool:
        """Put a problem the intake service found under its field (the error names the field by
        its label); False when it concerns no field of this form."""
        label = exc.params.get("field")
        for row in self._rows.values():
            if label in (row.label_text, row.approved.field.key):
                self._show_error(row, error_text(exc))
                row.editor.setFocus()
                return True
        return False

    # --- reacting ------------------------------------------------------------------------
    def _problem(self, row: _Row) -> str | None:
        raw = _text(row.editor).strip()
        if not raw:
            return None
        try:
            validate(row.approved.field.validator, raw, label=row.label_text,
                     today=self._today())
        except FieldInvalid as exc:
            return error_text(exc)
        return None

    def _show_error(self, row: _Row, text: str) -> None:
        row.error.setText(text)
        row.error.setVisible(bool(text))

    def _edited(self, key: str) -> None:
        row = self._rows.get(key)
        if row is not None and row.error.isVisible():
            self.check_field(key)  # once an error is shown, it follows the typing
        self._update_completeness()

    def _update_completeness(self, *, force: bool = False) -> None:
        complete = bool(self._rows) and all(
            (_text(row.editor).strip() or not row.approved.required) and self._problem(row) is None
            for row in self._rows.values())
        if complete != self._complete or force:
            self._complete = complete
            self.completeness_changed.emit(complete)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for key, row in self._rows.items():
                if row.editor is watched:
                    self.check_field(key)
        return super().eventFilter(watched, event)
