"""The customer record's lifecycle tabs: sharing, rights requests, corrections and retention.

Each tab appears only for a role that may use it and reads its data when first shown, so opening
a record costs no more than before. The record dialog closes their dialogs with its own (on
lock, sign-out or close) and reloads its fields when a correction changed one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services.vault_access import Vault
from clientsafe.ui.corrections_panel import CorrectionsPanel
from clientsafe.ui.retention_panel import RetentionPanel
from clientsafe.ui.rights_panel import RightsPanel
from clientsafe.ui.sharing_panel import SharingPanel


class RecordPanels(QObject):
    fields_changed = Signal()

    def __init__(self, vault: Vault, session: Session, customer_id: int,
                 tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self.sharing: SharingPanel | None = None
        self.rights: RightsPanel | None = None
        self.corrections: CorrectionsPanel | None = None
        self.retention: RetentionPanel | None = None
        self._loaded: set[QWidget] = set()
        if session.can(Permission.CUSTOMER_OPEN):
            self.sharing = SharingPanel(vault, session, customer_id, tabs)
            tabs.addTab(self.sharing, self.tr("Sharing"))
        if session.can(Permission.RIGHTS_MANAGE):
            self.rights = RightsPanel(vault, session, customer_id, tabs)
            tabs.addTab(self.rights, self.tr("Requests"))
        if session.can(Permission.CUSTOMER_CORRECT):
            self.corrections = CorrectionsPanel(vault, session, customer_id, tabs)
            self.corrections.corrected.connect(lambda _key: self.fields_changed.emit())
            tabs.addTab(self.corrections, self.tr("Corrections"))
        if session.can(Permission.CUSTOMER_OPEN):
            self.retention = RetentionPanel(vault, session, customer_id, tabs)
            tabs.addTab(self.retention, self.tr("Retention"))
        tabs.currentChanged.connect(self._shown)

    def panels(self) -> list[QWidget]:
        return [p for p in (self.sharing, self.rights, self.corrections, self.retention)
                if p is not None]

    def _shown(self, index: int) -> None:
        panel = self._tabs.widget(index)
        if panel in self.panels() and panel not in self._loaded:
            self._loaded.add(panel)
            panel.load()  # type: ignore[attr-defined]

    def set_customer_name(self, name: str) -> None:
        if self.rights is not None:
            self.rights.set_customer_name(name)

    def close_dialogs(self) -> None:
        for panel in self.panels():
            close = getattr(panel, "close_dialogs", None)
            if close is not None:
                close()
            dialog = getattr(panel, "dialog", None)
            if isinstance(dialog, QDialog):
                dialog.reject()
