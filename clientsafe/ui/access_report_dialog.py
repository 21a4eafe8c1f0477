"""A customer's access report: what it will contain, then "Save PDF…", "Save JSON…" or
"Print…", in English or Chinese.

Before saving, the dialog shows only counts and the names of fields that will be masked
(services.access_report.summary, which holds no values). Sensitive values go into the report
only while this manager holds a live reveal grant for them; "Request access…" asks for one with
the same request dialog and approval pop-up as the customer record. Saving and printing are
made and audited by the service; the bytes for printing stay in memory. Printing asks for the
printer first, so a cancelled print dialog makes (and audits) no report.

The save dialog and the printer are reached through the module functions `choose_report_file`,
`choose_printer` and `send_to_printer`, so tests can replace them. The report is made in a
worker thread (ui/background.py): a few hundred access-log entries take a fraction of a second,
but a customer with 5,000 took about 1.5 s to lay out, long enough to freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.access_report import ReportFormat, ReportSummary
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.field_access import FIELDS_BY_KEY, FieldClass
from clientsafe.core.rights import KIND_LABELS
from clientsafe.core.roles import Permission
from clientsafe.core.session import Session
from clientsafe.services import access_report
from clientsafe.services.customer_records import CustomerRecord, ShownField
from clientsafe.services.vault_access import Vault
from clientsafe.ui.approval_popup import ApprovalPopup, Outcome
from clientsafe.ui.background import (
    BackgroundTask,
    ProgressCallback,
    failure_sentence,
    run_in_background,
)
from clientsafe.ui.error_text import error_text, translated
from clientsafe.ui.login_window import current_language
from clientsafe.ui.message_labels import (
    Tone,
    heading,
    hint,
    notice_box,
    paragraph,
    set_tone,
    show_text,
)
from clientsafe.ui.paged_table_model import local_time
from clientsafe.ui.pdf_print import choose_printer
from clientsafe.ui.pdf_print import render_to_printer as send_to_printer
from clientsafe.ui.reveal_request_dialog import RevealRequestDialog
from clientsafe.ui.save_dialog import ask_save_path, default_folder


def choose_report_file(parent: QWidget | None, suggested: Path, fmt: ReportFormat
                       ) -> Path | None:
    """Ask where to save the report; None if cancelled (tests replace this function)."""
    if fmt is ReportFormat.PDF:
        file_filter = QCoreApplication.translate("AccessReportDialog", "PDF files (*.pdf)")
    else:
        file_filter = QCoreApplication.translate("AccessReportDialog", "JSON files (*.json)")
    return ask_save_path(parent, QCoreApplication.translate("AccessReportDialog",
                                                            "Save the access report"),
                         suggested, file_filter, f".{fmt.value}")


def field_name(key: str, label_en: str) -> str:
    spec = FIELDS_BY_KEY.get(key)
    return translated("fields", spec.label if spec is not None else label_en)


class AccessReportDialog(QDialog):
    """If the summary cannot be read, `failure` holds the error and only its sentence shows."""

    # True while a report is made in the background (the vault's connection is in use).
    busy_changed = Signal(bool)

    def __init__(self, vault: Vault, session: Session, customer_id: int, *,
                 request_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.customer_id = customer_id
        self.request_id = request_id
        self.summary: ReportSummary | None = None
        self.failure: ClientSafeError | None = None
        self.saved_path: Path | None = None
        self.request_dialog: RevealRequestDialog | None = None
        self.approval_popup: ApprovalPopup | None = None
        self._printer: QPrinter | None = None  # chosen before the report is made
        self.task: BackgroundTask | None = None
        self._on_done: Callable[[Any], None] | None = None
        self._closing = False
        self.setWindowTitle(self.tr("Access report"))
        self.setMinimumWidth(560)

        self.title = heading(self.tr("Access report"), self, size=1.35)
        self.subtitle = hint(parent=self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = paragraph(self.tr(
            "Everything held about this customer: details, services and purposes, consents, "
            "third parties it was shared with, corrections, requests, how long it is kept and "
            "who looked at the record. Nothing about anyone else. Saving or printing it is "
            "recorded in the audit trail."), self)
        self.counts = QFormLayout()
        self.counts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.count_labels: dict[str, QLabel] = {}
        for key, text in self._section_names():
            label = QLabel(self)
            label.setObjectName(f"count_{key}")
            self.count_labels[key] = label
            self.counts.addRow(text, label)

        self.masked_note = notice_box(Tone.WARNING, "", self)
        self.masked_note.setObjectName("maskedNote")
        self.masked_note.setTextFormat(Qt.TextFormat.PlainText)
        self.request_button = self._button(self.tr("Request access…"), self.request_access)
        self.request_button.setToolTip(self.tr(
            "Ask for the masked fields to be included; a manager must approve"))
        mask_row = QHBoxLayout()
        mask_row.addWidget(self.masked_note, 1)
        mask_row.addWidget(self.request_button, 0, Qt.AlignmentFlag.AlignTop)

        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Chinese (简体中文)"), "zh_CN")
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        language_row = QFormLayout()
        language_row.addRow(self.tr("Report &language:"), self.language)

        self.status = notice_box(Tone.INFO, "", self)
        self.status.setObjectName("reportStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.print_button = self._button(self.tr("Print…"), self.print_report)
        self.pdf_button = self._button(self.tr("Save PDF…"), self.save_pdf)
        self.json_button = self._button(self.tr("Save JSON…"), self.save_json)
        self.json_button.setToolTip(self.tr("A machine-readable copy, for a customer who asks "
                                            "for their data in a portable form"))
        self.close_button = self._button(self.tr("Close"), self.reject)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.json_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.intro)
        layout.addLayout(self.counts)
        layout.addLayout(mask_row)
        layout.addLayout(language_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.load()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _section_names(self) -> list[tuple[str, str]]:
        return [("fields", self.tr("Details held:")), ("services", self.tr("Services:")),
                ("consents", self.tr("Consent records:")),
                ("sharing", self.tr("Shared with third parties:")),
                ("corrections", self.tr("Corrections:")), ("requests", self.tr("Requests:")),
                ("payments", self.tr("Payments:")),
                ("access_log", self.tr("Access log entries:"))]

    # --- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read (again) what the report will contain; counts and field names only."""
        try:
            summary = access_report.summary(self._vault, self._session, self.customer_id,
                                            request_id=self.request_id)
        except ClientSafeError as exc:
            self.failure = exc
            self.summary = None
            self._say(Tone.ERROR, error_text(exc))
            self._update()
            return
        self.failure = None
        self.summary = summary
        self.subtitle.setText(self._subtitle(summary))
        for key, label in self.count_labels.items():
            label.setText(QLocale().toString(summary.counts.get(key, 0)))
        self._show_masking(summary)
        self._update()

    def _subtitle(self, summary: ReportSummary) -> str:
        text = self.tr("{name} · customer #{id}").format(name=summary.customer_name,
                                                           id=summary.customer_id)
        request = summary.request
        if request is not None:
            text += "\n" + self.tr("In answer to request #{id} ({kind}), received {date}").format(
                id=request.id, kind=translated("rights", KIND_LABELS[request.kind]),
                date=local_time(request.received_at))
        return text

    def _show_masking(self, summary: ReportSummary) -> None:
        masked = [field_name(key, label) for key, label, _, hidden in summary.fields if hidden]
        if masked:
            set_tone(self.masked_note, Tone.WARNING)
            show_text(self.masked_note, self.tr(
                "These fields will be masked: {fields}. To include them in full, request "
                "access; a manager must approve.").format(fields=self._list(masked)))
        elif summary.revealed_until is not None:
            set_tone(self.masked_note, Tone.SUCCESS)
            show_text(self.masked_note, self.tr(
                "Sensitive fields are included in full until {time} (approved access).").format(
                time=local_time(summary.revealed_until)))
        else:
            show_text(self.masked_note, "")

    def _list(self, names: list[str]) -> str:
        text = names[0]
        for name in names[1:]:
            text = self.tr("{list}, {item}").format(list=text, item=name)
        return text

    def _update(self) -> None:
        ready = self.summary is not None and self.task is None
        for button in (self.print_button, self.pdf_button, self.json_button):
            button.setEnabled(ready)
        self.language.setEnabled(ready)
        self.request_button.setVisible(
            self.summary is not None and bool(self.summary.masked_fields)
            and self._session.can(Permission.REVEAL_REQUEST) and self.approval_popup is None)
        self.request_button.setEnabled(self.task is None)

    # --- saving and printing ---------------------------------------------------------------

    @property
    def report_language(self) -> str:
        return str(self.language.currentData())

    def save_pdf(self) -> Path | None:
        return self._save(ReportFormat.PDF)

    def save_json(self) -> Path | None:
        return self._save(ReportFormat.JSON)

    def _save(self, fmt: ReportFormat) -> Path | None:
        """Ask where, then make and write the report in the background; returns the chosen
        path (None if cancelled). The outcome arrives in the status line."""
        if self.summary is None or self.task is not None:
            return None
        today = QDate.currentDate().toString(Qt.DateFormat.ISODate)
        suggested = default_folder() / f"access-report-{self.customer_id}-{today}.{fmt.value}"
        target = choose_report_file(self.window(), suggested, fmt)
        if target is None:
            return None
        vault, session, customer_id = self._vault, self._session, self.customer_id
        language, request_id = self.report_language, self.request_id
        self._start(lambda _progress: access_report.export(
            vault, session, customer_id, fmt=fmt, target=target, language=language,
            request_id=request_id), self._saved)
        return target

    def _saved(self, result: access_report.ReportFile) -> None:
        self.saved_path = result.path
        self.load()  # the access log now holds this report too
        self._say(Tone.SUCCESS, self._done_text(self.tr("Saved to {path}.").format(
            path=result.path), len(result.masked)))

    def print_report(self) -> None:
        """The system print dialog, then the PDF made in the background and sent from memory."""
        if self.summary is None or self.task is not None:
            return
        printer = choose_printer(self.window(), self.tr("Access report"))
        if printer is None:
            self._say(Tone.INFO, self.tr("Printing was cancelled; no report was made."))
            return
        self._printer = printer
        vault, session, customer_id = self._vault, self._session, self.customer_id
        language, request_id = self.report_language, self.request_id
        self._start(lambda _progress: access_report.render(
            vault, session, customer_id, fmt=ReportFormat.PDF, language=language,
            request_id=request_id), self._rendered)

    def _rendered(self, rendered: access_report.RenderedReport) -> None:
        self.load()
        printer, self._printer = self._printer, None
        if printer is None or not send_to_printer(rendered.data, printer):
            self._say(Tone.ERROR, self.tr(
                "The printer did not take the report; check that it is on and ready, then "
                "print again."))
            return
        self._say(Tone.SUCCESS, self._done_text(self.tr("Sent to the printer."),
                                                len(rendered.masked)))

    def _start(self, work: Callable[[ProgressCallback], object],
               done: Callable[[Any], None]) -> None:
        # A customer with thousands of access-log entries takes a few seconds to lay out.
        self._say(Tone.INFO, "")
        self._on_done = done
        self.busy_changed.emit(True)
        self.task = run_in_background(self, work, on_success=self._succeeded,
                                      on_failure=self._failed,
                                      label=self.tr("Making the access report…"))
        self.task.finished.connect(self._ended)
        self._update()

    def _succeeded(self, result: Any) -> None:
        if not self._closing and self._on_done is not None:  # nothing printed once closed
            self._on_done(result)

    def _ended(self) -> None:
        if self.task is None:
            return  # already ended when the dialog closed (see done)
        self.task = None
        self.busy_changed.emit(False)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        if not self._closing:
            self._say(Tone.ERROR, failure_sentence(exc))

    def done(self, code: int) -> None:
        """Closing (also on lock, or with the record) takes the pop-ups along, and waits for a
        report still being made (seconds at most; the service writes and audits it), so nothing
        is printed after the dialog is gone and the window is not left busy."""
        self._closing = True
        for child in (self.request_dialog, self.approval_popup):
            if child is not None:
                child.reject()
        if self.task is not None:
            self.task.wait()
            self._ended()
        super().done(code)

    def _done_text(self, sentence: str, masked: int) -> str:
        if masked == 0:
            return sentence
        return sentence + " " + (self.tr("1 field is masked in it.") if masked == 1 else
                                 self.tr("{n} fields are masked in it.").format(n=masked))

    def _say(self, tone: Tone, text: str) -> None:
        set_tone(self.status, tone)
        show_text(self.status, text)

    # --- asking for the masked fields ------------------------------------------------------

    def _record(self) -> CustomerRecord | None:
        """What the request dialog needs: the masked fields, without any value."""
        summary = self.summary
        if summary is None:
            return None
        fields = tuple(ShownField(key, FIELDS_BY_KEY[key].label if key in FIELDS_BY_KEY
                                  else label, FieldClass(field_class), "", True, True)
                       for key, label, field_class, masked in summary.fields if masked)
        return CustomerRecord(summary.customer_id, "", self._vault.clock(), fields)

    def request_access(self) -> RevealRequestDialog | None:
        record = self._record()
        if record is None or self.request_dialog is not None:
            return self.request_dialog
        dialog = RevealRequestDialog(self._vault, self._session, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reason.setCurrentIndex(max(0, dialog.reason.findData("customer_request")))
        for box in dialog.checks.values():
            box.setChecked(True)  # the report is for the customer: all of it, by default
        dialog.accepted.connect(self._requested)
        dialog.finished.connect(self._request_closed)
        self.request_dialog = dialog
        dialog.open()
        return dialog

    def _request_closed(self) -> None:
        self.request_dialog = None

    def _requested(self) -> None:
        dialog = self.request_dialog
        if dialog is None or dialog.request_id is None:
            return
        popup = ApprovalPopup(self._vault, self._session, request_id=dialog.request_id,
                              fields=dialog.chosen_fields, reason_code=dialog.reason_code,
                              reason_text=dialog.reason_text, minutes=dialog.minutes.value(),
                              parent=self)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.finished.connect(self._decided)
        self.approval_popup = popup
        self._update()
        popup.open()

    def _decided(self) -> None:
        popup, self.approval_popup = self.approval_popup, None
        if self._closing:
            return  # closed with the dialog: no more reading
        outcome = popup.outcome if popup is not None else Outcome.WAITING
        self.load()
        if outcome is Outcome.APPROVED:
            self._say(Tone.SUCCESS, self.tr("Approved: the report now includes those fields."))
        elif outcome is Outcome.DENIED:
            self._say(Tone.WARNING, self.tr("The request was denied; the fields stay masked."))
        else:
            self._say(Tone.INFO, self.tr(
                "The request waits in the managers' Approvals inbox; open the report again once "
                "it is approved."))
