"""Helpers shared by the screenshot scripts in tests/ui (not tests themselves). The scripts run
as `python tests/ui/NAME.py`, so this module is imported by its plain name."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from clientsafe.vault.vault import Vault


def settle(ms: int = 50) -> None:
    """Let layouts, lazy views and queued events finish before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> Path:
    """Show (if hidden), settle, and grab the widget into OUT/NAME.png; prints the path."""
    if not widget.isVisible():
        widget.show()
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def demo_in_each_language(out: Path, *, customers: int) -> Iterator[tuple[QApplication, Vault,
                                                                          str, Path]]:
    """For English, then Chinese: the application in that language, a private ClientSafe home
    and a fresh demo vault in it; yields (app, vault, language, home) and closes the vault."""
    from clientsafe.services import demo
    from clientsafe.ui import i18n
    from clientsafe.ui.login_window import LANGUAGE_PROPERTY

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    for lang in ("en", "zh_CN"):
        app.setProperty(LANGUAGE_PROPERTY, lang)
        i18n.install(app, lang)
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["CLIENTSAFE_HOME"] = tmp
            vault = demo.create_demo_vault(Path(tmp) / "demo.csvault", customers=customers,
                                           seed=3).vault
            try:
                yield app, vault, lang, Path(tmp)
            finally:
                vault.close()
