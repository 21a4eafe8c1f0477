"""Before asking an existing customer to consent again: the details the service collects that
this customer has no value for (usually the field whose addition changed the notice, and any
optional one left empty before).

The same form rows as at intake, with the same inline checks; the consent service checks the
values again and stores them with the renewal, so nothing is kept if the customer declines.
Required fields must be filled before "Continue to consent"; optional ones may stay empty.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from clientsafe.core.consent import IntakeForm
from clientsafe.ui.intake_form import IntakeFormWidget
from clientsafe.ui.message_labels import heading, hint


class NewDetailsDialog(QDialog):
    """Accepted with `values()` holding what was typed (filled fields only)."""

    def __init__(self, form: IntakeForm, *, customer_name: str, language: str,
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New details for {service}").format(
            service=form.service.name))
        self.setMinimumWidth(560)
        title = heading(self.tr("New details for {service}").format(service=form.service.name),
                        self, size=1.2)
        intro = hint(self.tr(
            "The notice {customer} is about to read lists these details, and none of them is "
            "held for this customer yet. Fill in the required ones (*), and the others only if "
            "the customer wants to give them. They are saved only if the customer agrees to the "
            "notice.").format(customer=customer_name), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # names and service names: never markup
        self.form = IntakeFormWidget(today, self)
        self.form.set_form(form, language)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(self)
        self.continue_button = self.buttons.addButton(
            self.tr("Continue to consent"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setObjectName("continueToConsent")
        self.continue_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form.completeness_changed.connect(self.continue_button.setEnabled)
        self.continue_button.setEnabled(self.form.is_complete())

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, str]:
        return self.form.values()

    def accept(self) -> None:
        if not self.form.check_all():
            return
        super().accept()

    def done(self, result: int) -> None:
        # The values were handed over on accept (or are not wanted); the editors forget them.
        if result != QDialog.DialogCode.Accepted.value:
            self.form.clear()
        super().done(result)
