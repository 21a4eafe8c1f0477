"""Helpers shared by the screenshot scripts in tests/ui (not tests themselves). The scripts run
as `python tests/ui/NAME.py`, so this module is imported by its plain name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget


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
