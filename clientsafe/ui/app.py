"""The GUI entry point: options, the QApplication, the interface language, then the start-up
controller decides the first screen."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clientsafe import APP_NAME, __version__
from clientsafe.services import settings
from clientsafe.ui import i18n
from clientsafe.ui.login_window import LANGUAGE_PROPERTY
from clientsafe.ui.startup_controller import Screen, StartupController


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientsafe", description="ClientSafe: keep customer information safe."
    )
    parser.add_argument("--vault", metavar="PATH", help="the vault file to open")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo vault (created on first use)"
    )
    parser.add_argument(
        "--lang", choices=sorted(i18n.LANGUAGES), help="interface language for this run"
    )
    return parser


BENCH_EXIT_ON_LOGIN = "CLIENTSAFE_BENCH_EXIT_ON_LOGIN"


def _exit_when_login_shown(app: QApplication, controller: StartupController) -> None:
    """For bench/open_vault.py: report once the sign-in window has been shown and painted."""

    def changed(screen: str) -> None:
        if screen == Screen.LOGIN and controller.window is not None:
            controller.window.repaint()
            print("login-window-shown", flush=True)
            QTimer.singleShot(0, lambda: app.exit(0))

    controller.screen_changed.connect(changed)


def _configure_logging() -> None:
    """Warnings and unexpected errors to stderr and a small rotating file under the user's log
    folder. Log records name error types and places, never secrets or customer values."""
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        path = settings.log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                            encoding="utf-8"))
    except OSError:
        pass  # a read-only profile must not stop the app; stderr still gets the records
    logging.basicConfig(level=logging.WARNING, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def main(argv: list[str]) -> int:
    # Unknown options (Qt's own, such as -platform) are passed on to Qt.
    args, qt_args = build_parser().parse_known_args(argv)
    _configure_logging()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME, *qt_args])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    language = i18n.choose_language(args.lang or settings.load().language)
    app.setProperty(LANGUAGE_PROPERTY, language)
    i18n.install(app, language)

    explicit = Path(args.vault) if args.vault else None
    controller = StartupController(settings.vault_to_open(explicit), demo=args.demo)
    controller.quit_requested.connect(app.exit)
    if os.environ.get(BENCH_EXIT_ON_LOGIN):
        _exit_when_login_shown(app, controller)
    # Start inside the event loop, so a screen that ends the application at once still can.
    QTimer.singleShot(0, controller.start)
    try:
        return app.exec()
    finally:
        controller.shutdown()
