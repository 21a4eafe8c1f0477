"""Registering a new customer at the front desk, in three steps: choose the service, fill in its
intake form (only the fields approved for it), then the customer's consent dialog. On "Agree and
save" the intake service stores the customer and the consent together; if the customer declines,
the service records only that they declined, and the form is wiped.

The consent dialog is opened window-modal but not blocking (`open()`), and made by
`consent_dialog_factory`, so tests drive the real dialog while it is on screen. Values typed here
live in the form's editors and in the draft until the consent dialog closes; nothing is logged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.consent import (
    ConsentGiven,
    ConsentIncomplete,
    EventKind,
    IntakeForm,
    ServiceInfo,
)
from clientsafe.core.errors import ClientSafeError, ValidationError
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import collection, consents, intake, offerings
from clientsafe.services.intake import IntakeDraft
from clientsafe.services.vault_access import Vault
from clientsafe.ui.consent_dialog import ConsentDialog
from clientsafe.ui.consent_pdf_bar import ConsentPdfBar
from clientsafe.ui.error_text import error_text
from clientsafe.ui.intake_form import IntakeFormWidget
from clientsafe.ui.login_window import current_language
from clientsafe.ui.message_labels import Tone, error_line, heading, hint, notice_box, show_text

ConsentDialogFactory = Callable[..., ConsentDialog]


def _scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class IntakeDialog(QDialog):
    """`customer_created(id)` after a customer and their consent were saved."""

    customer_created = Signal(int)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None, *,
                 consent_dialog_factory: ConsentDialogFactory = ConsentDialog,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._factory = consent_dialog_factory
        self.language = language or current_language()
        self.services: list[ServiceInfo] = []
        self.intake_form: IntakeForm | None = None
        self.draft: IntakeDraft | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.customer_id: int | None = None
        self.setWindowTitle(self.tr("New customer"))
        self.setMinimumSize(620, 560)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._service_page())
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._done_page())
        self.error = error_line(self)
        self.error.setObjectName("intakeError")

        self.back_button = self._button(self.tr("Back"), self.back)
        self.cancel_button = self._button(self.tr("Cancel"), self.reject)
        self.next_button = self._button(self.tr("Next"), self.show_form)
        self.continue_button = self._button(self.tr("Continue to consent…"),
                                            self.continue_to_consent)
        self.continue_button.setObjectName("continueToConsent")
        self.another_button = self._button(self.tr("Register another customer"),
                                           self.start_again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.another_button, self.next_button,
                       self.continue_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.form.completeness_changed.connect(self._update_buttons)
        self.load_services()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter in a field never moves on by itself
        button.clicked.connect(slot)
        return button

    # --- pages ---------------------------------------------------------------------------
    def _service_page(self) -> QWidget:
        page = QWidget(self)
        self.service_title = heading(self.tr("Which service is the customer registering for?"),
                                     page, size=1.3)
        intro = hint(self.tr("The form then asks only for what that service needs, and the "
                             "customer's consent covers that service."), page)
        self.service_group = QButtonGroup(self)
        self.service_group.idToggled.connect(lambda *_: self._update_buttons())
        self.service_buttons: dict[int, QRadioButton] = {}
        self._service_box = QWidget(page)
        self._service_layout = QVBoxLayout(self._service_box)
        self._service_layout.setSpacing(12)
        self.no_services = hint(self.tr(
            "No services are offered yet. A manager defines them under Services."), page)
        self.no_services.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.service_title)
        layout.addWidget(intro)
        layout.addWidget(self.no_services)
        layout.addWidget(_scrolling(self._service_box, page), 1)
        return page

    def _form_page(self) -> QWidget:
        page = QWidget(self)
        self.form_title = heading(parent=page, size=1.3)
        self.form_intro = hint(self.tr(
            "Ask only for what is on this form. Fields marked * are required."), page)
        self.note = notice_box(Tone.INFO, "", page)
        self.note.setObjectName("intakeNote")
        self.form = IntakeFormWidget(lambda: self._vault.clock().date(), page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form_title)
        layout.addWidget(self.form_intro)
        layout.addWidget(self.note)
        layout.addWidget(_scrolling(self.form, page), 1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_title = heading(self.tr("Customer saved"), page, size=1.3)
        self.done_text = notice_box(Tone.SUCCESS, "", page)
        self.done_text.setObjectName("intakeDone")
        self.done_text.setTextFormat(Qt.TextFormat.PlainText)
        self.pdf_intro = hint(self.tr(
            "Give the customer a copy of what they signed: save the consent as a PDF, then "
            "open it to print."), page)
        self.pdf_bar = ConsentPdfBar(self._vault, self._session, page)
        can_read = self._session.can(Permission.CUSTOMER_OPEN)
        self.pdf_intro.setVisible(can_read)
        self.pdf_bar.setVisible(can_read)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.done_title)
        layout.addWidget(self.done_text)
        layout.addSpacing(8)
        layout.addWidget(self.pdf_intro)
        layout.addWidget(self.pdf_bar)
        layout.addStretch(1)
        return page

    # --- step 1: the service ---------------------------------------------------------------
    def load_services(self) -> None:
        for button in self.service_buttons.values():
            self.service_group.removeButton(button)
        while (item := self._service_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.service_buttons.clear()
        try:
            self.services = offerings.list_services(self._vault, self._session,
                                                    active_only=True)
        except ClientSafeError as exc:
            self.services = []
            show_text(self.error, error_text(exc))
        for service in self.services:
            button = QRadioButton(service.name, self._service_box)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            button.setObjectName(f"service_{service.id}")
            description = hint(service.description, self._service_box)
            description.setTextFormat(Qt.TextFormat.PlainText)
            description.setContentsMargins(26, 0, 0, 0)
            self.service_group.addButton(button, service.id)
            self.service_buttons[service.id] = button
            self._service_layout.addWidget(button)
            self._service_layout.addWidget(description)
        self._service_layout.addStretch(1)
        self.no_services.setVisible(not self.services)
        if len(self.services) == 1:
            self.service_buttons[self.services[0].id].setChecked(True)
        self.pages.setCurrentIndex(0)
        self._update_buttons()

    def choose_service(self, service_id: int) -> None:
        self.service_buttons[service_id].setChecked(True)

    def chosen_service(self) -> ServiceInfo | None:
        chosen = self.service_group.checkedId()
        return next((s for s in self.services if s.id == chosen), None)

    # --- step 2: the form ------------------------------------------------------------------
    def show_form(self) -> None:
        service = self.chosen_service()
        if service is None:
            return
        try:
            self.intake_form = collection.form(self._vault, self._session, service.id,
                                               self.language)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        self.error.hide()
        show_text(self.note, "")
        self.form_title.setText(self.tr("New customer: {service}").format(service=service.name))
        self.form.set_form(self.intake_form, self.language)
        self.pages.setCurrentIndex(1)
        self._update_buttons()
        if self.form.field_keys():
            self.form.editor(self.form.field_keys()[0]).setFocus()

    def back(self) -> None:
        """Back to the services; what was typed is wiped (a form belongs to one service)."""
        self.form.clear()
        self.intake_form = None
        self.error.hide()
        self.pages.setCurrentIndex(0)
        self._update_buttons()

    # --- step 3: the consent ---------------------------------------------------------------
    def continue_to_consent(self) -> ConsentDialog | None:
        """Check the form with the intake service, then show the consent dialog (not blocking);
        returns it, or None when the form still has a problem."""
        if self.intake_form is None or self.consent_dialog is not None:
            return self.consent_dialog
        self.error.hide()
        show_text(self.note, "")
        if not self.form.check_all():
            return None
        try:
            draft = intake.prepare(self._vault, self._session, self.intake_form.service.id,
                                   self.form.values(), language=self.language)
        except ValidationError as exc:
            if not self.form.show_service_error(exc):
                show_text(self.error, error_text(exc))
            return None
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return None
        if not draft.notices:
            show_text(self.error, self.tr(
                "This service has no consent notice yet, so nobody can be registered for it; "
                "ask a manager to check the service."))
            return None
        self.draft = draft
        dialog = self._factory(draft.notices, customer_name=draft.customer_name,
                               minor=draft.minor, has_sensitive_values=draft.has_sensitive_values,
                               start_language=self.language, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._consent_finished)
        self.consent_dialog = dialog
        self._update_buttons()
        dialog.open()
        return dialog

    def _consent_finished(self) -> None:
        dialog, self.consent_dialog = self.consent_dialog, None
        draft, self.draft = self.draft, None
        if dialog is None or draft is None:
            return
        given = dialog.given()
        if given is not None:
            self._save(draft, given)
        elif dialog.declined:
            self._declined(draft)
        else:
            show_text(self.note, self.tr(
                "The consent dialog was closed; nothing was stored. Continue when the customer "
                "is ready, or cancel."))
        self._update_buttons()

    def _save(self, draft: IntakeDraft, given: ConsentGiven) -> None:
        try:
            customer_id = intake.complete(self._vault, self._session, draft, given)
        except ConsentIncomplete as exc:
            show_text(self.error, error_text(exc) + " " + self.tr(
                "Nothing was stored; press “Continue to consent” to show it again."))
            self._refresh_form()
            return
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
            return
        self.customer_id = customer_id
        service = draft.form.service
        self.form.clear()
        show_text(self.done_text, self.tr(
            "{name} is registered for {service}, with their consent recorded.").format(
            name=draft.customer_name, service=service.name))
        self.pdf_bar.set_event(self._collection_event(customer_id, service.id))
        self.pages.setCurrentIndex(2)
        self.customer_created.emit(customer_id)

    def _collection_event(self, customer_id: int, service_id: int) -> int | None:
        if not self._session.can(Permission.CUSTOMER_OPEN):
            return None
        try:
            history = consents.overview(self._vault, self._session, customer_id).history
        except ClientSafeError:
            return None
        return next((e.id for e in history if e.service_id == service_id
                     and e.kind is EventKind.COLLECTION), None)

    def _declined(self, draft: IntakeDraft) -> None:
        try:
            intake.decline(self._vault, self._session, draft)
        except ClientSafeError as exc:
            show_text(self.error, error_text(exc))
        self.form.clear()
        show_text(self.note, self.tr(
            "The customer declined. Nothing was stored, and the form has been cleared."))

    def _refresh_form(self) -> None:
        """The service's form changed meanwhile: show the new one, keeping what still fits."""
        if self.intake_form is None:
            return
        try:
            latest = collection.form(self._vault, self._session, self.intake_form.service.id,
                                     self.language)
        except ClientSafeError:
            return
        if latest.keys != self.intake_form.keys:
            kept = {k: v for k, v in self.form.values().items() if k in latest.keys}
            self.intake_form = latest
            self.form.set_form(latest, self.language)
            self.form.fill(kept)

    # --- buttons and closing ---------------------------------------------------------------
    def start_again(self) -> None:
        self.customer_id = None
        self.pdf_bar.set_event(None)
        self.back()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self.consent_dialog is not None
        self.back_button.setVisible(page == 1)
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page == 0)
        self.next_button.setEnabled(self.chosen_service() is not None)
        self.continue_button.setVisible(page == 1)
        self.continue_button.setEnabled(self.form.is_complete() and not busy)
        self.another_button.setVisible(page == 2)
        self.cancel_button.setText(self.tr("Close") if page == 2 else self.tr("Cancel"))
        self.next_button.setDefault(page == 0)

    def done(self, result: int) -> None:
        if self.consent_dialog is not None:
            self.consent_dialog.reject()  # closing the intake closes the consent too
        self.form.clear()
        self.draft = None
        super().done(result)

