"""Exporting the selected customers to a CSV file: where to save it, a manager's approval when
there are more records than the business's export limit, then the export itself in the
background, so a long export does not freeze the window.

What goes into the file (only what the role may see, sensitive fields masked, a watermark naming
who exported it and when; only customers with an active consent for service delivery, the
export's purpose) and whether the export is allowed are decided and audited by
services.customer_export; this flow only collects the inputs and tells the outcome.

The save dialog and the approval pop-up are made by the module functions `choose_export_file` and
`make_approval_popup`, so tests can replace them (as with `prompts`). The pop-up is opened, not
exec()-ed: the window keeps painting, and the idle lock can close it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QDialog, QWidget

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import customer_export
from clientsafe.services.customer_export import ExportResult
from clientsafe.services.vault_access import Vault
from clientsafe.ui.background import BackgroundTask, failure_sentence, run_in_background
from clientsafe.ui.error_text import error_text
from clientsafe.ui.export_approval_popup import ExportApprovalPopup
from clientsafe.ui.message_labels import Tone
from clientsafe.ui.save_dialog import ask_save_path, default_folder


def suggested_file_name() -> str:
    return f"clientsafe-customers-{QDate.currentDate().toString(Qt.DateFormat.ISODate)}.csv"


def choose_export_file(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the CSV file; None if the user cancelled. A name without `.csv` gets it."""
    return ask_save_path(
        parent,
        QCoreApplication.translate("ExportFlow", "Export customers"),
        suggested,
        QCoreApplication.translate("ExportFlow", "CSV files (*.csv)"),
        ".csv",
    )


def make_approval_popup(
    vault: Vault, session: Session, *, count: int, limit: int, parent: QWidget
) -> ExportApprovalPopup:
    return ExportApprovalPopup(vault, session, count=count, limit=limit, parent=parent)


class ExportFlow(QObject):
    """One export at a time, started by `start(customer_ids)` from the customer list."""

    # True while the export runs in the background (the vault's connection is in use).
    busy_changed = Signal(bool)
    # The outcome for the view to show: tone (a Tone value), sentence, tooltip (the full path).
    message = Signal(str, str, str)

    def __init__(self, vault: Vault, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._widget = parent
        self._folder: Path | None = None
        self.approval_popup: ExportApprovalPopup | None = None
        self.task: BackgroundTask | None = None
        self.result: ExportResult | None = None

    @property
    def active(self) -> bool:
        """An approval is being asked for or an export is running."""
        return self.approval_popup is not None or self.task is not None

    def start(self, customer_ids: Sequence[int]) -> None:
        if self.active:
            return
        ids = list(dict.fromkeys(customer_ids))
        if not ids:
            self._say(Tone.WARNING, error_text(customer_export.NothingToExport()))
            return
        try:
            limit = customer_export.export_limit(self._vault)
        except ClientSafeError as exc:
            self._say(Tone.ERROR, error_text(exc))
            return
        folder = self._folder or default_folder()
        target = choose_export_file(self._widget, folder / suggested_file_name())
        if target is None:
            return
        self._folder = target.parent
        if len(ids) <= limit:
            self._run(ids, target, None)
            return
        popup = make_approval_popup(
            self._vault, self._session, count=len(ids), limit=limit, parent=self._widget
        )
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.finished.connect(lambda code: self._approval_closed(popup, code, ids, target))
        self.approval_popup = popup
        popup.open()

    def _approval_closed(
        self, popup: ExportApprovalPopup, code: int, ids: list[int], target: Path
    ) -> None:
        self.approval_popup = None
        if code == QDialog.DialogCode.Accepted.value and popup.approval_id is not None:
            self._run(ids, target, popup.approval_id)
        else:
            self._say(Tone.INFO, self.tr("Nothing was exported: no manager approved the export."))

    def _run(self, ids: list[int], target: Path, approval_id: int | None) -> None:
        vault, session = self._vault, self._session
        self.result = None
        self.busy_changed.emit(True)
        self.task = run_in_background(
            self._widget,
            lambda _progress: customer_export.export_customers_csv(
                vault, session, customer_ids=ids, target=target, approval_id=approval_id
            ),
            on_success=self._exported,
            on_failure=self._failed,
            label=self._count_text(
                len(ids), self.tr("Exporting 1 customer…"), self.tr("Exporting {n} customers…")
            ),
        )
        self.task.finished.connect(self._ended)

    def _ended(self) -> None:
        self.task = None
        self.busy_changed.emit(False)

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        text = self._count_text(
            result.count,
            self.tr("Exported 1 customer to {file}."),
            self.tr("Exported {n} customers to {file}."),
        ).format(file=result.path.name)
        if result.left_out:
            # Exports are for service delivery; say who was left out and why.
            text += " " + self._count_text(
                result.left_out,
                self.tr("1 customer was left out: no active consent for service delivery."),
                self.tr("{n} customers were left out: no active consent for service delivery."),
            )
        self._say(Tone.WARNING if result.left_out else Tone.SUCCESS, text, str(result.path))

    def _failed(self, exc: BaseException) -> None:
        self._say(Tone.ERROR, failure_sentence(exc))

    @staticmethod
    def _count_text(count: int, one: str, many: str) -> str:
        # Two sentences instead of "%n": English has no .qm file to pick plural forms.
        return one if count == 1 else many.replace("{n}", QLocale().toString(count))

    def _say(self, tone: Tone, text: str, tooltip: str = "") -> None:
        self.message.emit(str(tone), text, tooltip)
