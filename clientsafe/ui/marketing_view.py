"""The "Marketing list" area (managers): how many customers agree to marketing today, for one
service or all, and the list itself as a CSV file, a PDF file or on paper.

Who is on the list, the watermark, the export limit and the audit entry are the marketing
service's business; this view collects the choice, asks for a second manager's approval above
the limit (the same pop-up as customer exports) and runs the work in the background. The count
is read again whenever the area is shown, so a withdrawal made at the counter shows at once.

Printing asks for the printer first, so a cancelled print dialog makes (and audits) no list.
Making the list reports progress, so a long one shows a Cancel button; cancelling rolls the
audit entry back and leaves no file.

The save dialog, the approval pop-up and the printer are reached through the module functions
`choose_marketing_file`, `make_approval_popup`, `choose_printer` and `send_to_printer`, so tests
can replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import customer_export, marketing
from clientsafe.services.customer_export import ExportResult
from clientsafe.services.marketing import PrintedList
from clientsafe.services.vault_access import Vault
from clientsafe.ui.background import (
    BackgroundTask,
    Cancelled,
    ProgressCallback,
    failure_sentence,
    run_in_background,
)
from clientsafe.ui.error_text import error_text
from clientsafe.ui.export_approval_popup import ExportApprovalPopup
from clientsafe.ui.message_labels import Tone, heading, hint, notice_box, set_tone, show_text
from clientsafe.ui.pdf_print import choose_printer
from clientsafe.ui.pdf_print import render_to_printer as send_to_printer
from clientsafe.ui.save_dialog import ask_save_path, default_folder

_COLUMN_WIDTH = 760
PRINT = "print"


def choose_marketing_file(parent: QWidget, suggested: Path, fmt: str) -> Path | None:
    """Ask where to save the list; None if cancelled. `fmt` is "csv" or "pdf"."""
    kinds = {"csv": QCoreApplication.translate("MarketingView", "CSV files (*.csv)"),
             "pdf": QCoreApplication.translate("MarketingView", "PDF files (*.pdf)")}
    title = QCoreApplication.translate("MarketingView", "Save the marketing list")
    return ask_save_path(parent, title, suggested, kinds[fmt], f".{fmt}")


def make_approval_popup(vault: Vault, session: Session, *, count: int, limit: int,
                        parent: QWidget) -> ExportApprovalPopup:
    return ExportApprovalPopup(vault, session, count=count, limit=limit, parent=parent)


class MarketingView(QWidget):
    # True while a list is made in the background (the vault's connection is in use).
    busy_changed = Signal(bool)

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self._folder: Path | None = None
        self.count: int | None = None
        self.approval_popup: ExportApprovalPopup | None = None
        self.task: BackgroundTask | None = None
        self._printer: QPrinter | None = None  # chosen before the list was made
        self.result: ExportResult | PrintedList | None = None
        self._shown_before = False

        title = heading(self.tr("Marketing list"), self, size=1.15)
        self.explanation = QLabel(self.tr(
            "A marketing list holds only customers who agree to marketing today. A customer who "
            "withdraws is left out of the very next list, so make a new list for each campaign "
            "rather than keeping an old one."), self)
        self.explanation.setWordWrap(True)
        self.service_box = QComboBox(self)
        self.service_box.setObjectName("marketingService")
        self.service_box.setMinimumWidth(260)
        self.service_box.currentIndexChanged.connect(lambda _i: self.refresh())
        service_label = QLabel(self.tr("&Customers who agreed for:"), self)
        service_label.setBuddy(self.service_box)
        self.refresh_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            self.tr("Refresh"), self)
        self.refresh_button.setObjectName("marketingRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        choose = QHBoxLayout()
        choose.addWidget(service_label)
        choose.addWidget(self.service_box)
        choose.addWidget(self.refresh_button)
        choose.addStretch(1)

        self.summary = notice_box(Tone.INFO, "", self)
        self.summary.setObjectName("marketingSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.contents = hint(self.tr(
            "The list holds each customer's name, phone and e-mail, nothing else. It names you "
            "and the time it was made on every page, and it is recorded in the audit trail."),
            self)
        style = self.style()
        self.csv_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            self.tr("Save CSV…"), self)
        self.csv_button.setObjectName("saveMarketingCsv")
        self.pdf_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            self.tr("Save PDF…"), self)
        self.pdf_button.setObjectName("saveMarketingPdf")
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("printMarketing")
        self.csv_button.clicked.connect(lambda: self.start("csv"))
        self.pdf_button.clicked.connect(lambda: self.start("pdf"))
        self.print_button.clicked.connect(lambda: self.start(PRINT))
        buttons = QHBoxLayout()
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = notice_box(Tone.INFO, "", self)
        self.status.setObjectName("marketingStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        column = QWidget(self)
        column.setMaximumWidth(_COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(self.explanation)
        inner.addLayout(choose)
        inner.addWidget(self.summary)
        inner.addWidget(self.contents)
        inner.addLayout(buttons)
        inner.addWidget(self.status)
        inner.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1)
        layout.addStretch(0)
        self._load_services()

    # --- the count -------------------------------------------------------------------------
    def _load_services(self) -> None:
        self.service_box.blockSignals(True)
        self.service_box.clear()
        self.service_box.addItem(self.tr("All services"), None)
        try:
            for service in marketing.marketing_services(self._vault, self._session):
                self.service_box.addItem(service.name, service.id)
        except ClientSafeError as exc:
            self._say(Tone.ERROR, error_text(exc))
        self.service_box.blockSignals(False)
        self.refresh()

    @property
    def service_id(self) -> int | None:
        value = self.service_box.currentData()
        return int(value) if value is not None else None

    @property
    def active(self) -> bool:
        return self.approval_popup is not None or self.task is not None

    def showEvent(self, event: QShowEvent) -> None:
        # Coming back to the area reads the count again; the first show has the constructor's.
        super().showEvent(event)
        if self._shown_before and not self.active:
            self.refresh()
        self._shown_before = True

    def refresh(self) -> None:
        if self.active:
            return
        try:
            self.count = marketing.marketing_list_count(self._vault, self._session,
                                                        self.service_id)
        except ClientSafeError as exc:
            self.count = None
            set_tone(self.summary, Tone.ERROR)
            show_text(self.summary, error_text(exc))
            self._enable()
            return
        service = (self.tr("any service") if self.service_id is None
                   else self.service_box.currentText())
        if self.count == 0:
            text = self.tr("No customer agrees to marketing for {service} today.")
        elif self.count == 1:
            text = self.tr("1 customer agrees to marketing for {service} today.")
        else:
            text = self.tr("{n} customers agree to marketing for {service} today.").replace(
                "{n}", QLocale().toString(self.count))
        set_tone(self.summary, Tone.INFO if self.count else Tone.WARNING)
        show_text(self.summary, text.format(service=service))
        self._enable()

    def _enable(self) -> None:
        ready = bool(self.count) and not self.active
        for button in (self.csv_button, self.pdf_button, self.print_button):
            button.setEnabled(ready)
        self.service_box.setEnabled(not self.active)
        self.refresh_button.setEnabled(not self.active)

    # --- making the list -------------------------------------------------------------------
    def start(self, kind: str) -> None:
        """`kind`: "csv", "pdf" or PRINT."""
        if self.active:
            return
        self.refresh()
        count = self.count or 0
        if count == 0:
            return
        try:
            limit = customer_export.export_limit(self._vault)
        except ClientSafeError as exc:
            self._say(Tone.ERROR, error_text(exc))
            return
        target: Path | None = None
        printer: QPrinter | None = None
        if kind == PRINT:
            printer = choose_printer(self.window(), self.tr("Marketing list"))
            if printer is None:
                self._say(Tone.INFO, self.tr("Printing was cancelled; no list was made."))
                return
        else:
            stamp = QDate.currentDate().toString(Qt.DateFormat.ISODate)
            folder = self._folder or default_folder()
            target = choose_marketing_file(self, folder / f"marketing-list-{stamp}.{kind}", kind)
            if target is None:
                return
            self._folder = target.parent
        if count <= limit:
            self._run(kind, target, printer, None)
            return
        popup = make_approval_popup(self._vault, self._session, count=count, limit=limit,
                                    parent=self)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.finished.connect(
            lambda code: self._approval_closed(popup, code, kind, target, printer))
        self.approval_popup = popup
        self._enable()
        popup.open()

    def _approval_closed(self, popup: ExportApprovalPopup, code: int, kind: str,
                         target: Path | None, printer: QPrinter | None) -> None:
        self.approval_popup = None
        if code == QDialog.DialogCode.Accepted.value and popup.approval_id is not None:
            self._run(kind, target, printer, popup.approval_id)
        else:
            self._enable()
            self._say(Tone.INFO, self.tr("No list was made: no manager approved it."))

    def _run(self, kind: str, target: Path | None, printer: QPrinter | None,
             approval_id: int | None) -> None:
        vault, session, service_id = self._vault, self._session, self.service_id

        def work(progress: ProgressCallback) -> ExportResult | PrintedList:
            if kind == PRINT or target is None:
                return marketing.print_marketing_list(vault, session, service_id=service_id,
                                                      approval_id=approval_id,
                                                      progress=progress)
            return marketing.export_marketing_list(
                vault, session, fmt="pdf" if kind == "pdf" else "csv", target=target,
                service_id=service_id, approval_id=approval_id, progress=progress)

        self.result = None
        self._printer = printer
        self.busy_changed.emit(True)
        self.task = run_in_background(self, work, on_success=self._made,
                                      on_failure=self._failed, cancellable=True,
                                      label=self.tr("Making the marketing list…"))
        self.task.finished.connect(self._ended)
        self._enable()

    def _ended(self) -> None:
        self.task = None
        self.busy_changed.emit(False)
        self.refresh()

    def _made(self, result: ExportResult | PrintedList) -> None:
        self.result = result
        n = QLocale().toString(result.count)
        if isinstance(result, PrintedList):
            printer, self._printer = self._printer, None
            if printer is not None and send_to_printer(result.data, printer):
                self._say(Tone.SUCCESS, self.tr(
                    "Sent the marketing list of {n} customers to the printer.").replace("{n}", n))
            else:
                self._say(Tone.ERROR, self.tr(
                    "The printer did not take the marketing list; check that it is on and "
                    "ready, then print again."))
            return
        self._say(Tone.SUCCESS, self.tr(
            "Saved the marketing list of {n} customers to {file}.").replace("{n}", n).format(
            file=result.path.name), str(result.path))

    def _failed(self, exc: BaseException) -> None:
        self._printer = None
        if isinstance(exc, Cancelled):
            self._say(Tone.INFO, self.tr(
                "Cancelled: no list was saved or printed, and none was recorded."))
            return
        self._say(Tone.ERROR, failure_sentence(exc))

    def _say(self, tone: Tone, text: str, tooltip: str = "") -> None:
        set_tone(self.status, tone)
        self.status.setToolTip(tooltip)
        show_text(self.status, text)

    def close_dialogs(self) -> None:
        if self.approval_popup is not None:
            self.approval_popup.reject()
