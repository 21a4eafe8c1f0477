"""Asking where to save an exported file: one place for the folder suggestion and the suffix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def default_folder() -> Path:
    """The user's Documents folder when there is one, else their home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and QDir(documents).exists() else Path.home()


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, file_filter: str,
                  suffix: str) -> Path | None:
    """The chosen path, None if cancelled. A name typed without `suffix` gets it."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
