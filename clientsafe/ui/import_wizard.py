"""The import wizard: a step list on the left, the current page on the right, and Cancel /
Back / Next below. Which step follows and when Next is allowed come from core.import_flow; what
is importable, the duplicates and the audit come from services.customer_import. This module
draws it and runs reading, checking and importing off the GUI thread, with progress and cancel.

The file dialogs are the module functions `choose_import_file` and `choose_report_file`, so tests
can replace them (as with `prompts`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.import_flow import STEP_TITLES, ImportFlow, Step
from clientsafe.core.import_rules import ImportCounts, ImportPreview, ImportStopped
from clientsafe.core.session import Session
from clientsafe.services import customer_import
from clientsafe.services.vault_access import Vault
from clientsafe.ui.background import BackgroundTask, Cancelled, failure_sentence, run_in_background
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.import_pages import (
    CheckPage,
    DonePage,
    FilePage,
    ImportPage,
    MappingPage,
    RunPage,
    ServicePage,
    number,
)
from clientsafe.ui.login_window import current_language
from clientsafe.ui.save_dialog import ask_save_path, default_folder
from clientsafe.ui.wizard_frame import WizardFrame


def choose_import_file(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportWizard", "Choose the customer list"),
        str(folder),
        QCoreApplication.translate("ImportWizard", "Spreadsheets (*.xlsx *.csv);;All files (*)"))
    return Path(name) if name else None


def choose_report_file(parent: QWidget, suggested: Path) -> Path | None:
    return ask_save_path(
        parent, QCoreApplication.translate("ImportWizard", "Save the rejected rows"), suggested,
        QCoreApplication.translate("ImportWizard", "CSV files (*.csv)"), ".csv")


class ImportWizard(WizardFrame):
    # The vault's connection is in use by background work (the customer list waits).
    busy_changed = Signal(bool)
    # Customers were added (the list reloads); the argument is how many.
    imported = Signal(int)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ImportWizard", "Import customers"),
                         [translated("import", STEP_TITLES[step]) for step in Step], parent)
        self.setMinimumSize(940, 600)
        self._vault = vault
        self._session = session
        self.flow = ImportFlow(language=current_language())
        self.task: BackgroundTask | None = None
        self._folder: Path | None = None

        self.file_page = FilePage(self.flow)
        self.service_page = ServicePage(self.flow)
        self.mapping_page = MappingPage(self.flow)
        self.check_page = CheckPage(self.flow)
        self.run_page = RunPage(self.flow)
        self.done_page = DonePage(self.flow)
        self.pages: dict[Step, ImportPage] = {
            Step.FILE: self.file_page, Step.SERVICE: self.service_page,
            Step.MAPPING: self.mapping_page, Step.CHECK: self.check_page,
            Step.IMPORT: self.run_page, Step.DONE: self.done_page,
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.changed.connect(self._refresh)
        self.file_page.choose_requested.connect(self.choose_file)
        self.service_page.service_picked.connect(self.pick_service)
        self.check_page.save_requested.connect(self.save_report)

        # The frame's Finish button closes the finished import.
        self.close_button = self.finish_button
        self.close_button.setText(self.tr("Close"))
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.close_button.clicked.connect(self.accept)
        self._load_services()
        self._show_step()

    def _show_step(self) -> None:
        step = self.flow.step
        page = self.pages[step]
        self.stack.setCurrentWidget(page)
        page.entered()
        steps = list(Step)
        index = steps.index(step)
        self.mark_steps(index, set(range(index)) | ({index} if step is Step.DONE else set()))
        self._refresh()

    def _refresh(self) -> None:
        flow = self.flow
        done = flow.step is Step.DONE
        if flow.step is Step.MAPPING:
            problem = flow.mapping_problem()
            self.mapping_page.show_problem(error_text(problem) if problem else "")
            self.next_button.setText(self.tr("Check rows >"))
        elif flow.step is Step.CHECK and flow.preview is not None:
            count = flow.preview.counts.imported
            self.next_button.setText(self.tr("Import 1 customer") if count == 1 else
                                     self.tr("Import {n} customers").format(n=number(count)))
        else:
            self.next_button.setText(self.tr("Next >"))
        self.back_button.setEnabled(flow.can_go_back())
        self.back_button.setVisible(not done)
        self.next_button.setEnabled(flow.can_go_next())
        self.next_button.setVisible(flow.step < Step.IMPORT)
        self.next_button.setDefault(not done)
        self.close_button.setVisible(done)
        self.close_button.setDefault(done)
        self.cancel_button.setVisible(not done)
        self.cancel_button.setText(self.tr("Stop import") if flow.step is Step.IMPORT
                                   else self.tr("Cancel"))

    # --- moving ----------------------------------------------------------------------------------

    def go_next(self) -> None:
        if not self.flow.can_go_next():
            return
        self.flow.next()
        if self.flow.step is Step.SERVICE and self.flow.form is None and self.flow.services:
            self.pick_service(self.flow.services[0].id)
        self._show_step()
        if self.flow.step is Step.CHECK and self.flow.preview is None:
            self._start_check()
        elif self.flow.step is Step.IMPORT:
            self._start_import()

    def go_back(self) -> None:
        if self.flow.can_go_back():
            self.flow.back()
            self._show_step()

    def reject(self) -> None:
        if self.task is not None:
            # Work in flight stops at its next progress report; the wizard stays until it has.
            self.task.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.task.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # --- the file and the service ----------------------------------------------------------------

    def _load_services(self) -> None:
        try:
            self.flow.services = tuple(customer_import.services(self._vault, self._session))
        except ClientSafeError as exc:
            self.service_page.show_problem(error_text(exc))

    def choose_file(self) -> None:
        path = choose_import_file(self, self._folder or default_folder())
        if path is None:
            return
        self._folder = path.parent
        self.flow.path = path
        vault, session = self._vault, self._session
        self._run(lambda _progress: customer_import.headers(vault, session, path),
                  lambda headers: self.flow.file_read(path, headers),
                  lambda exc: self.flow.file_failed(path, _as_error(exc)))

    def pick_service(self, service_id: int) -> None:
        try:
            form = customer_import.form(self._vault, self._session, service_id,
                                        self.flow.language)
        except ClientSafeError as exc:
            self.service_page.show_problem(error_text(exc))
            return
        self.flow.service_chosen(form)
        self.service_page.show_fields()
        self._refresh()

    # --- background work -------------------------------------------------------------------------

    def _run(self, work, succeeded, failed, progress=None) -> None:  # type: ignore[no-untyped-def]
        """One piece of background work; the wizard's own pages show the progress."""
        self.flow.busy = True
        self.busy_changed.emit(True)
        self.pages[self.flow.step].entered()
        self._refresh()
        self.task = run_in_background(self, work, on_success=succeeded, on_failure=failed,
                                      on_progress=progress, show_progress=False,
                                      cancellable=True)
        self.task.finished.connect(self._task_ended)

    def _task_ended(self) -> None:
        self.task = None
        self.flow.busy = False
        self.busy_changed.emit(False)
        self._show_step()

    def _start_check(self) -> None:
        plan = self.flow.plan()
        vault, session = self._vault, self._session
        self._run(lambda progress: customer_import.preview(vault, session, plan, progress),
                  self._checked, lambda exc: self.flow.check_failed(_as_error(exc)),
                  self.check_page.set_progress)

    def _checked(self, preview: ImportPreview) -> None:
        self.flow.checked(preview)

    def _start_import(self) -> None:
        plan = self.flow.plan()
        vault, session = self._vault, self._session
        self.run_page.set_progress(0, plan.total_rows)
        self._run(lambda progress: customer_import.run(vault, session, plan, progress),
                  self._imported, self._import_failed, self.run_page.set_progress)

    def _imported(self, counts: ImportCounts) -> None:
        self.flow.imported(counts)
        if counts.imported:
            self.imported.emit(counts.imported)

    def _import_failed(self, exc: BaseException) -> None:
        stopped = exc if isinstance(exc, ImportStopped) else ImportStopped(ImportCounts())
        cause = exc.__cause__ if isinstance(exc, ImportStopped) else exc
        if isinstance(cause, Cancelled):
            why = self.tr("You stopped the import.")
        else:
            why = failure_sentence(cause) if cause is not None else ""
        if stopped.counts.imported:
            why += " " + error_text(stopped)
        self.flow.import_stopped(stopped, why.strip())
        if stopped.counts.imported:
            self.imported.emit(stopped.counts.imported)

    # --- the report ------------------------------------------------------------------------------

    def save_report(self) -> None:
        preview = self.flow.preview
        if preview is None or not preview.rejections:
            return
        stamp = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        suggested = (self._folder or default_folder()) / self.tr(
            "rejected rows {date}.csv").format(date=stamp)
        target = choose_report_file(self, suggested)
        if target is None:
            return
        try:
            customer_import.save_rejections(
                preview.rejections, target, describe=error_text,
                headings=(self.tr("Row"), self.tr("Column"), self.tr("Reason")))
        except ClientSafeError as exc:
            self.check_page.show_problem(error_text(exc))
            return
        self.check_page.saved.setText(self.tr("Saved to {path}").format(path=target))

    @property
    def busy(self) -> bool:
        return self.task is not None


def _as_error(exc: BaseException) -> ClientSafeError:
    """An expected error as it is; anything else as a generic error (logged, never shown)."""
    if isinstance(exc, ClientSafeError):
        return exc
    return ClientSafeError(failure_sentence(exc))
