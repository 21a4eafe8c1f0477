"""The first-run setup wizard: a step list on the left, the current page on the right, and
Back / Next / Finish below. Which step follows and when Next is allowed come from
core.setup_flow; this module draws it, runs the vault creation off the GUI thread, and saves or
prints the Recovery Kit.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.setup_flow import STEP_TITLES, SetupFlow, Step
from clientsafe.services import setup
from clientsafe.services.setup import SetupRequest, SetupResult
from clientsafe.services.vault_access import Vault
from clientsafe.ui import prompts
from clientsafe.ui.background import BackgroundTask, failure_sentence, run_in_background
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import Tone
from clientsafe.ui.recovery_kit_print import recovery_kit_document
from clientsafe.ui.save_dialog import ask_save_path, default_folder
from clientsafe.ui.setup_pages import (
    ConfirmPage,
    CreatingPage,
    LocationPage,
    OfficerPage,
    RecoveryKeyPage,
    SetupPage,
    WelcomePage,
)
from clientsafe.ui.wizard_frame import WizardFrame

_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class SetupWizard(WizardFrame):
    """After `completed`, `created_vault` is the open vault and `officer_username` the first
    account's user name. `created_vault` is also set when the user cancels after creation (the
    vault exists then), so the caller can close it."""

    completed = Signal()

    def __init__(
        self, vault_path: Path, parent: QWidget | None = None, *, rng: random.Random | None = None
    ) -> None:
        # The sidebar shows the product name, which is not translated.
        super().__init__("ClientSafe", [translated("setup", STEP_TITLES[step]) for step in Step],
                         parent)
        self.setWindowTitle(self.tr("ClientSafe setup"))
        self.setMinimumSize(820, 560)
        self.flow = SetupFlow(vault_path=str(vault_path), rng=rng or random.SystemRandom())
        self.created_vault: Vault | None = None
        self.officer_username = ""
        self._task: BackgroundTask | None = None

        self.welcome_page = WelcomePage(self.flow)
        self.location_page = LocationPage(self.flow)
        self.officer_page = OfficerPage(self.flow)
        self.creating_page = CreatingPage(self.flow)
        self.key_page = RecoveryKeyPage(self.flow)
        self.confirm_page = ConfirmPage(self.flow)
        self.pages: dict[Step, SetupPage] = {
            Step.WELCOME: self.welcome_page,
            Step.LOCATION: self.location_page,
            Step.OFFICER: self.officer_page,
            Step.CREATING: self.creating_page,
            Step.RECOVERY_KEY: self.key_page,
            Step.CONFIRM: self.confirm_page,
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.changed.connect(self._refresh)
        self.key_page.save_requested.connect(self.save_recovery_kit)
        self.key_page.print_requested.connect(self.print_recovery_kit)

        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button.clicked.connect(self.finish)
        self._show_step()

    def _show_step(self) -> None:
        step = self.flow.step
        page = self.pages[step]
        self.stack.setCurrentWidget(page)
        page.entered()
        self._refresh()

    def _refresh(self) -> None:
        check = self.flow.check()
        page = self.pages[self.flow.step]
        page.show_problem(error_text(check.problem) if check.problem is not None else "")
        last = self.flow.step is Step.CONFIRM
        self.back_button.setEnabled(self.flow.can_go_back())
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(self.flow.can_go_next())
        self.finish_button.setVisible(last)
        self.finish_button.setEnabled(self.flow.can_finish())
        self.cancel_button.setEnabled(not self.flow.creating)
        # Enter presses whichever button moves forward.
        self.next_button.setDefault(not last)
        self.finish_button.setDefault(last)
        self._mark_steps()
        if self.flow.step is Step.OFFICER:
            self.next_button.setText(self.tr("Create vault"))
        else:
            self.next_button.setText(self.tr("Next >"))

    def _mark_steps(self) -> None:
        """The last step counts as done once the recovery key was typed back."""
        steps = list(Step)
        current = steps.index(self.flow.step)
        done = set(range(current))
        if self.flow.step is Step.CONFIRM and self.flow.can_finish():
            done.add(current)
        self.mark_steps(current, done)

    # --- moving ----------------------------------------------------------------------------------

    def go_next(self) -> None:
        if not self.flow.can_go_next():
            return
        self.flow.next()
        self._show_step()
        if self.flow.step is Step.CREATING:
            self._start_creation()

    def go_back(self) -> None:
        if self.flow.can_go_back():
            self.flow.back()
            self._show_step()

    def finish(self) -> None:
        if not self.flow.can_finish():
            return
        self.completed.emit()
        self.accept()

    def reject(self) -> None:
        if self.flow.creating:
            return  # half-way through creating; Cancel is disabled, Esc and close wait too
        if self.flow.cancel_needs_warning and not prompts.confirm(
            self,
            self.tr("Stop the setup?"),
            self.tr(
                "The vault has already been created at {path}. If you stop now, the recovery "
                "key will not be shown again; without it the vault cannot be opened on another "
                "computer or after a lost keyring. Stop anyway?"
            ).format(path=self.flow.vault_path),
            yes=self.tr("Stop without the key"),
            no=self.tr("Go back to the key"),
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.flow.creating:
            event.ignore()
            return
        super().closeEvent(event)

    # --- creating --------------------------------------------------------------------------------

    def _start_creation(self) -> None:
        answers = self.flow.creation_started()
        request = SetupRequest(
            vault_path=Path(answers.vault_path),
            business_name=answers.business_name,
            admin_username=answers.username,
            admin_display_name=answers.display_name,
            admin_password=answers.password,
        )
        self._refresh()
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._task = run_in_background(
            self, lambda _progress: setup.create_vault(request),
            on_success=self._created, on_failure=self._creation_failed,
            show_progress=False,  # the "creating" step is the progress indication
        )
        self._task.finished.connect(self._task_ended)

    def _task_ended(self) -> None:
        self.unsetCursor()
        self._task = None

    def _created(self, result: SetupResult) -> None:
        self.created_vault = result.vault
        self.officer_username = self.flow.answers().username
        self.flow.creation_succeeded(
            result.recovery_key,
            in_keyring=result.in_keyring,
            keyring_problem=error_text(result.keyring_error) if result.keyring_error else "",
        )
        self.officer_page.forget_passwords()
        self._show_step()

    def _creation_failed(self, exc: BaseException) -> None:
        # Services turn disk and folder problems into ClientSafeErrors; anything else is a bug,
        # logged by failure_sentence and shown as one generic sentence.
        self.flow.creation_failed(exc if isinstance(exc, ClientSafeError) else ClientSafeError())
        self._refresh()
        if not isinstance(exc, ClientSafeError):
            self.creating_page.show_problem(failure_sentence(exc))

    @property
    def busy(self) -> bool:
        return self.flow.creating

    # --- the Recovery Kit ------------------------------------------------------------------------

    def save_recovery_kit(self) -> None:
        vault = self.created_vault
        if vault is None:
            return
        name = _UNSAFE_IN_FILE_NAMES.sub(" ", vault.info.business_name).strip()
        suggested = default_folder() / self.tr("Recovery Kit - {name}.pdf").format(name=name)
        target = ask_save_path(self, self.tr("Save the Recovery Kit"), suggested,
                               self.tr("PDF document (*.pdf)"), ".pdf")
        if target is None:
            return
        try:
            setup.save_recovery_kit(vault, self.flow.recovery_key, target)
        except (ClientSafeError, OSError) as exc:
            self.key_page.set_status(failure_sentence(exc), Tone.ERROR)
            return
        self.key_page.set_status(
            self.tr(
                "Saved to {path}. Print it, and keep the paper (or a USB stick with the file) "
                "away from this computer; then delete the file here."
            ).format(path=target),
            Tone.SUCCESS,
        )

    def print_recovery_kit(self) -> None:
        vault = self.created_vault
        if vault is None:
            return
        # Imported here: printing support loads only when someone prints.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the Recovery Kit"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        recovery_kit_document(vault, self.flow.recovery_key).print_(printer)
        self.key_page.set_status(
            self.tr("Sent to the printer. Keep the paper somewhere safe, away from this computer."),
            Tone.SUCCESS,
        )

