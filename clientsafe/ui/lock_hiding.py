"""Dialogs that must outlive a lock of the main window without showing over it: a destruction
run that goes on, a new recovery key that must not be thrown away.

The main window is duck-typed (`is_locked`, `unlocked`) so these dialogs do not import it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def hide_while_locked(dialog: QDialog) -> bool:
    """If the dialog's main window is locked, hide the dialog until it is unlocked (the lock must
    not show what it holds to whoever walks by); True if hidden."""
    parent = dialog.parentWidget()
    owner = parent.window() if parent is not None else None
    if owner is None or not getattr(owner, "is_locked", False):
        return False
    dialog.hide()
    # The dialog's own slot: the connection goes if the dialog is deleted while hidden.
    owner.unlocked.connect(dialog.show, Qt.ConnectionType.SingleShotConnection)
    return True
