"""Which screen comes first, and which follows which: setup, recovery unlock, a broken vault,
sign-in, the main window, and sign-in again after signing out.

The decision comes from `vault_access.probe`, which asks the user nothing. Each screen is a
separate top-level window; the next one is shown before the previous one goes away, so Qt never
sees "no window left" (which would end the application) in between.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from clientsafe.core.errors import EXIT_OK, EXIT_PROBLEM_FOUND, ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import auth, demo, settings, vault_access
from clientsafe.services.backup_types import RestoreResult
from clientsafe.services.setup import SetupResult
from clientsafe.services.vault_access import Probe, RecoveryUnlock, StartState, Vault
from clientsafe.ui.background import BackgroundTask, run_in_background
from clientsafe.ui.login_window import LoginWindow
from clientsafe.ui.message_labels import Tone
from clientsafe.ui.recovery_unlock_dialog import RecoveryUnlockDialog
from clientsafe.ui.setup_wizard import SetupWizard
from clientsafe.ui.vault_problem_dialog import VaultProblemDialog

log = logging.getLogger(__name__)

BUSY_WINDOW_DELAY_MS = 250  # a quick reopen of the demo should not flash a window


class Screen(StrEnum):
    PREPARING_DEMO = "preparing_demo"
    SETUP = "setup"
    UNLOCK = "unlock"
    PROBLEM = "problem"
    LOGIN = "login"
    MAIN = "main"


class PreparingDemoWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ClientSafe — DEMO"))
        self.setMinimumWidth(380)
        label = QLabel(self.tr("Preparing the demo vault…"), self)
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(label)
        layout.addWidget(bar)


def _centre_on_screen(window: QWidget, previous: QWidget | None) -> None:
    """Where the previous screen was, or the middle of the screen: a window manager may still
    place it elsewhere, but without one (kiosk, remote desktop) it would sit in a corner."""
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.adjustSize()  # a window that chose its own size (the main window) keeps it
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    visible = previous is not None and previous.isVisible()
    frame = window.frameGeometry()
    frame.moveCenter(previous.frameGeometry().center() if visible else area.center())
    # Keep the whole window on the screen when the previous one was small and near an edge.
    frame.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width())))
    frame.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height())))
    window.move(frame.topLeft())


class StartupController(QObject):
    """Owns the open vault and the current top-level window. `quit_requested(code)` asks the
    application to end (the caller connects it to `QApplication.exit`); `shutdown()` closes the
    vault once the application has ended."""

    screen_changed = Signal(str)
    quit_requested = Signal(int)

    def __init__(self, vault_path: Path, *, demo: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.vault_path = vault_path
        self.demo = demo
        self.vault: Vault | None = None
        self.session: Session | None = None
        self.window: QWidget | None = None
        self.screen: Screen | None = None
        self._task: BackgroundTask | None = None

    # --- start ---------------------------------------------------------------------------------

    def start(self) -> None:
        if self.demo:
            self._prepare_demo()
        else:
            self.open_path(self.vault_path)

    def open_path(self, path: Path) -> None:
        self.vault_path = path
        self.route(vault_access.probe(path))

    def route(self, probe: Probe) -> None:
        if probe.state is StartState.NO_VAULT:
            self._show_setup()
        elif probe.state is StartState.OPEN and probe.vault is not None:
            self._opened(probe.vault)
        elif probe.state in (StartState.NOT_IN_KEYRING, StartState.NO_KEYRING):
            self._show_unlock(probe)
        else:
            self._show_problem(probe.error)

    def _show(self, window: QWidget, screen: Screen) -> None:
        previous = self.window
        self.window, self.screen = window, screen
        _centre_on_screen(window, previous)
        window.show()
        window.raise_()
        window.activateWindow()
        if previous is not None and previous is not window:
            previous.hide()
            previous.deleteLater()
        self.screen_changed.emit(str(screen))

    def _quit(self, code: int) -> None:
        self.quit_requested.emit(code)

    # --- demo ----------------------------------------------------------------------------------

    def _prepare_demo(self) -> None:
        path = settings.demo_vault_path()
        self.vault_path = path
        busy = PreparingDemoWindow()
        shown = QTimer(self)
        shown.setSingleShot(True)
        shown.timeout.connect(lambda: self._show(busy, Screen.PREPARING_DEMO))
        shown.start(BUSY_WINDOW_DELAY_MS)

        def done() -> None:
            shown.stop()
            if self.window is not busy:
                busy.deleteLater()

        self._task = run_in_background(
            self, lambda _progress: demo.open_demo(path),
            on_success=lambda result: (done(), self._demo_ready(result)),
            on_failure=lambda exc: (done(), self._demo_failed(exc)),
            show_progress=False,  # the "Preparing the demo vault…" window says it already
        )
        self._task.finished.connect(self._task_ended)

    def _task_ended(self) -> None:
        self._task = None

    def _demo_ready(self, result: SetupResult) -> None:
        notice = ""
        if not result.in_keyring:
            notice = self.tr(
                "No usable keyring was found on this computer, so this demo vault is made afresh "
                "at every start."
            )
        self._opened(result.vault, notice=notice, tone=Tone.INFO)

    def _demo_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ClientSafeError):
            log.error("demo vault could not be prepared: %r", exc)
            exc = ClientSafeError()
        self._show_problem(exc)

    # --- setup, unlock, problem --------------------------------------------------------------

    def _show_setup(self) -> None:
        wizard = SetupWizard(self.vault_path)
        wizard.completed.connect(lambda: self._setup_done(wizard))
        wizard.rejected.connect(lambda: self._setup_cancelled(wizard))
        self._show(wizard, Screen.SETUP)

    def _setup_done(self, wizard: SetupWizard) -> None:
        if wizard.created_vault is None:
            return
        self.vault_path = wizard.created_vault.path
        self._opened(wizard.created_vault, username=wizard.officer_username)

    def _setup_cancelled(self, wizard: SetupWizard) -> None:
        if wizard.created_vault is not None:
            # The vault exists now; remember it so the next start signs in instead of setting up.
            self.vault = wizard.created_vault
            self._remember(wizard.created_vault.path)
        self._quit(EXIT_OK)

    def _show_unlock(self, probe: Probe) -> None:
        dialog = RecoveryUnlockDialog(self.vault_path, probe.state, probe.error)
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(lambda: self._quit(EXIT_OK))
        self._show(dialog, Screen.UNLOCK)

    def _unlocked(self, result: RecoveryUnlock) -> None:
        if result.remembered:
            notice, tone = (
                self.tr(
                    "The vault's key is now stored in this computer's keyring; next time "
                    "ClientSafe opens the vault without the recovery key."
                ),
                Tone.SUCCESS,
            )
        else:
            notice, tone = (
                self.tr(
                    "Unlocked for this session only: there is no usable keyring on this "
                    "computer, and ClientSafe never stores the key in plain text. You will need "
                    "the recovery key again at the next start."
                ),
                Tone.WARNING,
            )
        self._opened(result.vault, notice=notice, tone=tone)

    def _show_problem(self, error: ClientSafeError | None) -> None:
        dialog = VaultProblemDialog(self.vault_path, error)
        dialog.vault_chosen.connect(self.open_path)
        dialog.vault_restored.connect(self._vault_replaced)  # the same hand-over as the main window
        dialog.rejected.connect(lambda: self._quit(EXIT_PROBLEM_FOUND))
        self._show(dialog, Screen.PROBLEM)

    # --- signing in ----------------------------------------------------------------------------

    def _opened(
        self, vault: Vault, *, username: str = "", notice: str = "", tone: Tone = Tone.INFO
    ) -> None:
        if self.vault is not None and self.vault is not vault:
            self.vault.close()
        self.vault = vault
        if not self.demo:
            self._remember(vault.path)
        self.show_login(username=username, notice=notice, tone=tone)

    def _remember(self, path: Path) -> None:
        current = settings.load()
        settings.save(settings.Settings(vault_path=path, language=current.language))

    def show_login(self, *, username: str = "", notice: str = "", tone: Tone = Tone.INFO) -> None:
        assert self.vault is not None
        login = LoginWindow(self.vault, username=username, notice=notice, notice_tone=tone)
        login.signed_in.connect(self._signed_in)
        self._show(login, Screen.LOGIN)

    def _signed_in(self, session: Session) -> None:
        if session.must_change_password:
            self._force_password_change(session)
        else:
            self._show_main(session)

    def _force_password_change(self, session: Session) -> None:
        assert self.vault is not None
        # Imported late: the dialog belongs to the main-window work and loads only when needed.
        from clientsafe.ui.change_password_dialog import ChangePasswordDialog

        login = self.window
        dialog = ChangePasswordDialog(self.vault, session, login, forced=True)

        def finished(result: int) -> None:
            new_session = getattr(dialog, "result_session", None)
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and new_session is not None:
                self._show_main(new_session)
                return
            self._end_session(session)
            if isinstance(login, LoginWindow):
                login.show_error(
                    self.tr("Choose a new password to finish signing in; it is required now.")
                )

        dialog.finished.connect(finished)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def _show_main(self, session: Session) -> None:
        assert self.vault is not None
        from clientsafe.ui.main_window import MainWindow  # the heaviest module: load on sign-in

        self.session = session
        window = MainWindow(self.vault, session)
        window.logged_out.connect(self._logged_out)
        window.vault_replaced.connect(self._vault_replaced)
        self._show(window, Screen.MAIN)

    def _logged_out(self) -> None:
        self.session = None
        self.show_login()

    def _vault_replaced(self, result: RestoreResult) -> None:
        """A backup was restored (from the main window, or over a vault that could not be
        opened): the old vault is closed; sign in to the restored one."""
        self.session = None
        self._opened(result.vault, tone=Tone.SUCCESS, notice=self.tr(
            "The backup was restored and the restore recorded in the audit trail. Sign in "
            "again to continue."))

    def _end_session(self, session: Session) -> None:
        assert self.vault is not None
        try:
            auth.logout(self.vault, session)
        except ClientSafeError as exc:
            log.warning("logout could not be recorded: %s", exc)

    # --- end -----------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Close the vault after the last window; safe to call more than once."""
        if self._task is not None:
            self._task.wait()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
