"""The restore wizard (security officer): choose a backup → check it → unlock (keyring or
recovery key) → preview → type the business name → restore → sign in again.

Which step follows which outcome comes from core.restore_flow; this module draws it and runs
`services.backup.verify` and `restore` in the background helper. The restore closes the vault
the app had open and returns the restored one, so the wizard emits `restored(RestoreResult)` at
once (the main window must not touch the old vault any more) and stays busy; when it is closed
(Finish, "Sign in again"), the main window hands the new vault to the start-up screens.

`for_broken_vault` is the same wizard when the start-up could not open the vault at all: no
vault, no session, so the confirm step also asks for a security officer's sign-in as it is in the
backup, and the service checks it against the backup's own staff list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QProgressBar, QWidget

from clientsafe.core.backups import BACKUP_SUFFIX
from clientsafe.core.errors import ClientSafeError, KeyringUnavailable
from clientsafe.core.restore_flow import STEP_TITLES, KeySource, RestoreFlow, Step
from clientsafe.core.session import Session
from clientsafe.services import backup
from clientsafe.services.backup_types import RestoreResult, VerifyResult
from clientsafe.services.vault_access import Vault
from clientsafe.ui.background import (
    BackgroundTask,
    ProgressCallback,
    failure_sentence,
    run_in_background,
)
from clientsafe.ui.backup_text import time_text
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.message_labels import show_text
from clientsafe.ui.restore_pages import (
    ChoosePage,
    ConfirmPage,
    DonePage,
    PreviewPage,
    RestorePage,
    RunPage,
    UnlockPage,
    VerifyPage,
)
from clientsafe.ui.wizard_frame import WizardFrame


class RestoreWizard(WizardFrame):
    busy_changed = Signal(bool)
    restored = Signal(object)  # RestoreResult, as soon as the vault was replaced

    def __init__(self, vault: Vault | None, session: Session | None,
                 parent: QWidget | None = None, *, start_folder: str = "",
                 vault_path: Path | None = None) -> None:
        """Either `vault` and `session` (the open vault, its officer signed in), or neither and
        `vault_path` (see `for_broken_vault`)."""
        super().__init__(self.tr("Restore"),
                         [translated("restore", STEP_TITLES[step]) for step in Step], parent)
        if vault is not None and session is not None:
            self._current: tuple[Vault, Session] | None = (vault, session)
            self._vault_path = vault.path
        elif vault is None and session is None and vault_path is not None:
            self._current = None
            self._vault_path = vault_path
        else:
            raise ValueError("give the open vault and its session, or only vault_path")
        self._start_folder = start_folder
        self.flow = RestoreFlow(needs_officer=self._current is None)
        self.task: BackgroundTask | None = None
        self.result: RestoreResult | None = None
        self._close_after_task = False
        flow = self.flow
        self.choose_page = ChoosePage(flow, self)
        self.verify_page = VerifyPage(flow, self)
        self.unlock_page = UnlockPage(flow, self)
        self.preview_page = PreviewPage(flow, self)
        self.confirm_page = ConfirmPage(flow, self)
        self.run_page = RunPage(flow, self)
        self.done_page = DonePage(flow, self)
        self.pages: dict[Step, RestorePage] = {
            Step.CHOOSE: self.choose_page, Step.VERIFY: self.verify_page,
            Step.UNLOCK: self.unlock_page, Step.PREVIEW: self.preview_page,
            Step.CONFIRM: self.confirm_page, Step.RESTORE: self.run_page,
            Step.DONE: self.done_page,
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
            page.changed.connect(self._refresh)
        self.choose_page.choose_button.clicked.connect(self.choose_file)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button.clicked.connect(self.finish)
        self._show_step()

    @classmethod
    def for_broken_vault(cls, vault_path: Path, parent: QWidget | None = None, *,
                         start_folder: str = "") -> RestoreWizard:
        """Restore over a vault that cannot be opened (damaged, key file missing, …)."""
        return cls(None, None, parent, start_folder=start_folder, vault_path=vault_path)

    # --- drawing ---------------------------------------------------------------------------------

    def _show_step(self) -> None:
        page = self.pages[self.flow.step]
        self.stack.setCurrentWidget(page)
        if self.flow.step is Step.PREVIEW:
            self._fill_preview()
        page.entered()
        self._refresh()

    def _refresh(self) -> None:
        flow = self.flow
        step = flow.step
        check = flow.check()
        self.pages[step].show_problem(error_text(check.problem) if check.problem else "")
        if step is Step.UNLOCK:
            # The page says what a missing key means; a missing keyring needs its own sentence.
            reason = flow.keyring_problem
            show_text(self.unlock_page.reason, error_text(reason)
                      if isinstance(reason, KeyringUnavailable) else "")
        done = set(range(step))
        if step is Step.UNLOCK:
            done.discard(int(Step.VERIFY))  # the check runs again here, with the key
        skipped: set[int] = set()
        if step > Step.UNLOCK and flow.key_source is KeySource.KEYRING:
            skipped.add(int(Step.UNLOCK))  # this computer's keyring opened it
        if step is Step.DONE:
            done.add(int(Step.DONE))
        self.mark_steps(int(step), done - skipped, skipped)
        next_texts = {Step.UNLOCK: self.tr("Unlock and check"),
                      Step.CONFIRM: self.tr("Restore now")}
        self.set_buttons(
            back=flow.can_go_back(),
            next_=None if step in (Step.VERIFY, Step.RESTORE, Step.DONE) else flow.can_go_next(),
            finish=flow.can_finish() if step is Step.DONE else None,
            cancel=flow.can_cancel(),
            next_text=next_texts.get(step),
        )
        self.cancel_button.setVisible(step is not Step.DONE)
        self.back_button.setVisible(step is not Step.DONE)
        if step is Step.DONE:
            self.finish_button.setText(self.tr("Sign in again"))

    def _fill_preview(self) -> None:
        manifest = self.flow.manifest
        if manifest is None:
            return
        page = self.preview_page
        page.manifest.show_manifest(manifest, self.flow.backup_path)
        key = (self.tr("this computer's keyring") if self.flow.key_source is KeySource.KEYRING
               else self.tr("the recovery key"))
        show_text(page.checked, self.tr(
            "✔ Checked: the file is authentic and complete, and the copy inside opens with "
            "intact storage, an intact audit trail and the counts of its manifest. Opened with "
            "{key}.").format(key=key))
        show_text(page.warning, self.tr(
            "Restoring puts the vault back to how it was on {when}. Whatever was entered "
            "after that is not in this backup.").format(when=time_text(manifest.created_at)))

    # --- moving ----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = self.flow.backup_path or self._start_folder or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup to restore"), start,
            self.tr("ClientSafe backups (*{suffix})").format(suffix=BACKUP_SUFFIX))
        if chosen:
            self.set_backup(chosen)

    def set_backup(self, path: str) -> None:
        self.flow.choose(path)
        self.choose_page.entered()
        self._refresh()

    def go_next(self) -> None:
        flow = self.flow
        if not flow.can_go_next():
            return
        step = flow.next()
        self._show_step()
        if step in (Step.VERIFY, Step.UNLOCK):
            self._start_check()
        elif step is Step.RESTORE:
            self._start_restore()

    def go_back(self) -> None:
        if self.flow.can_go_back():
            self.flow.back()
            self._show_step()

    # --- background work -------------------------------------------------------------------------

    def _run(self, fn: Callable[[ProgressCallback], Any], on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None]) -> None:
        self.busy_changed.emit(True)
        self.task = run_in_background(self, fn, on_success=on_success, on_failure=on_failure,
                                      on_progress=self._progressed,
                                      show_progress=False)  # the page's own bar shows it
        self.task.finished.connect(self._ended)

    def _progressed(self, done: int, total: int) -> None:
        bar = getattr(self.pages[self.flow.step], "bar", None)
        if isinstance(bar, QProgressBar) and total > 0:
            bar.setRange(0, total)
            bar.setValue(min(done, total))

    def _ended(self) -> None:
        self.task = None
        if not self.flow.restored:
            # After a restore the old vault is closed: stay busy until the window hands over.
            self.busy_changed.emit(False)
        if self._close_after_task:
            super().reject()
            return
        self._show_step()

    def _start_check(self) -> None:
        key = self.flow.verify_started()
        path = Path(self.flow.backup_path)
        self._show_step()
        self._run(lambda progress: backup.verify(path, recovery_key=key, progress=progress),
                  self._checked, self._check_failed)

    def _checked(self, result: VerifyResult) -> None:
        self.flow.verify_succeeded(result.manifest, result.ok, tuple(result.problems))

    def _check_failed(self, exc: BaseException) -> None:
        self.flow.verify_failed(self._as_error(exc))

    def _start_restore(self) -> None:
        key, typed = self.flow.restore_started()
        # Exactly one of the two says who restores: the signed-in officer, or one in the backup.
        who: dict[str, Any] = {"current": self._current}
        if self._current is None:
            who = {"credentials": backup.OfficerCredentials(*self.flow.officer_sign_in())}
        vault_path = self._vault_path
        path = Path(self.flow.backup_path)
        self._show_step()
        self._run(
            lambda progress: backup.restore(
                vault_path, path, confirm_business_name=typed, recovery_key=key,
                progress=progress, **who),
            self._restored, self._restore_failed)

    def _restored(self, result: RestoreResult) -> None:
        self.result = result
        self.flow.restore_succeeded()
        self.restored.emit(result)  # the old vault is closed: nothing may touch it any more
        page = self.done_page
        sentence = self.tr(
            "✔ The backup of {when} is now the vault, and the restore is recorded in its audit "
            "trail. Sign in again to continue.").format(when=time_text(result.manifest.created_at))
        if not result.remembered_in_keyring:
            sentence += " " + self.tr(
                "There is no usable keyring on this computer, so the vault is open for this "
                "session only; the next start needs the recovery key again.")
        show_text(page.result, sentence)
        show_text(page.kept, self.tr("The vault as it was before is kept at {path}.").format(
            path=result.pre_restore_path) if result.pre_restore_path else "")

    def _restore_failed(self, exc: BaseException) -> None:
        self.flow.restore_failed(self._as_error(exc))

    @staticmethod
    def _as_error(exc: BaseException) -> ClientSafeError:
        # A bug is logged by failure_sentence and shown as its one generic sentence.
        return exc if isinstance(exc, ClientSafeError) else ClientSafeError(failure_sentence(exc))

    @property
    def busy(self) -> bool:
        return self.flow.working

    # --- leaving ---------------------------------------------------------------------------------

    def finish(self) -> None:
        if self.flow.can_finish():
            self.accept()

    def reject(self) -> None:
        if self.flow.can_finish():
            self.finish()  # the old vault is gone: closing the window means signing in again
            return
        if not self.flow.can_cancel():
            return  # the restore runs to its end
        if self.task is not None:
            self.task.cancel()  # a check stops at its next progress report, then we close
            self._close_after_task = True
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.flow.working and not self.flow.can_cancel():
            event.ignore()
            return
        super().closeEvent(event)
