"""Restore drills (security officer): "Test a restore" restores a backup into a scratch folder,
checks it fully and times it; the result goes into the drill log and the audit trail, and a
printable report can be saved or printed.

The drill runs in the background helper (a progress dialog with Cancel after a moment);
`busy_changed(True)` holds other vault work meanwhile. A failed drill is a result, shown red with
the service's words; only a refusal, a missing key or a cancel arrive as errors.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.backups import BACKUP_SUFFIX
from clientsafe.core.errors import ClientSafeError
from clientsafe.core.session import Session
from clientsafe.services import backup, drill_reports
from clientsafe.services.backup_types import DrillRecord
from clientsafe.services.vault_access import Vault
from clientsafe.ui.background import BackgroundTask, Cancelled, failure_sentence, run_in_background
from clientsafe.ui.backup_text import duration_text, time_text
from clientsafe.ui.drill_log_model import DrillLogModel
from clientsafe.ui.error_text import error_text
from clientsafe.ui.message_labels import Tone, hint, notice_box, set_tone, show_text
from clientsafe.ui.pdf_print import print_pdf as print_document  # tests replace it
from clientsafe.ui.save_dialog import ask_save_path, default_folder

LOG_ROWS = 50


class DrillView(QWidget):
    busy_changed = Signal(bool)
    drill_finished = Signal()  # a drill ended (passed, failed, or stopped): refresh the status

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.task: BackgroundTask | None = None
        self.last_record: DrillRecord | None = None

        intro = QLabel(self.tr(
            "A drill restores a backup into a scratch folder (never over this vault), checks it "
            "fully and times it, so you know the backups can really be restored. Run one at "
            "least once a month, and keep the report with your records."))
        intro.setWordWrap(True)
        self.path = QLineEdit(self)
        self.path.setObjectName("drillBackup")
        self.path.setPlaceholderText(self.tr("Choose a backup file"))
        self.path.textChanged.connect(self._update_buttons)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.run_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
            self.tr("Test a restore"), self)
        self.run_button.setObjectName("runDrill")
        self.run_button.clicked.connect(self.run_drill)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Backup:"), self))
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.run_button)
        self.suggestion = hint(parent=self)

        self.result = notice_box(Tone.INFO, "", self)
        self.result.setObjectName("drillResult")

        self.model = DrillLogModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("drillLog")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row heights: never measure rows (see DESIGN.md on ResizeToContents).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DrillLogModel.BACKUP, QHeaderView.ResizeMode.Stretch)
        for column, width in ((DrillLogModel.WHEN, 130), (DrillLogModel.BY, 100),
                              (DrillLogModel.RESULT, 90), (DrillLogModel.DURATION, 80)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.save_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
            self.tr("Save report (PDF)…"), self)
        self.save_button.clicked.connect(self.save_report)
        self.print_button = QPushButton(self.tr("Print report…"), self)
        self.print_button.clicked.connect(self.print_report)
        report_row = QHBoxLayout()
        report_row.addWidget(self.save_button)
        report_row.addWidget(self.print_button)
        report_row.addStretch(1)
        self.report_notice = notice_box(Tone.SUCCESS, "", self)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr("Drill log:"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(report_row)
        layout.addWidget(self.report_notice)
        self.reload_log()
        self._update_buttons()

    # --- choosing the backup ---------------------------------------------------------------------

    def suggest_newest(self, folder: str) -> None:
        """Propose the newest backup of this vault in `folder` (the automatic folder)."""
        if self.path.text().strip() or not folder:
            return
        try:
            found = backup.list_backups(self._vault, self._session, Path(folder))
        except ClientSafeError:
            found = []
        if found:
            path, manifest = found[0]
            self.path.setText(str(path))
            show_text(self.suggestion, self.tr(
                "The newest backup in the automatic folder, made {when}.").format(
                when=time_text(manifest.created_at)))

    def choose_file(self) -> None:
        start = self.path.text().strip() or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup to test"), start,
            self.tr("ClientSafe backups (*{suffix})").format(suffix=BACKUP_SUFFIX))
        if chosen:
            self.path.setText(chosen)
            show_text(self.suggestion, "")

    # --- running ---------------------------------------------------------------------------------

    def run_drill(self) -> BackgroundTask | None:
        path_text = self.path.text().strip()
        if self.task is not None or not path_text:
            return None
        path = Path(path_text)
        vault, session = self._vault, self._session
        set_tone(self.result, Tone.INFO)
        show_text(self.result, self.tr("Testing a restore of {file}…").format(file=path.name))
        self.busy_changed.emit(True)
        self.task = run_in_background(
            self, lambda progress: backup.run_drill(vault, session, path, progress=progress),
            on_success=self._finished, on_failure=self._failed,
            label=self.tr("Testing a restore…"), cancellable=True)
        self.task.finished.connect(self._ended)
        self._update_buttons()
        return self.task

    def _finished(self, record: DrillRecord) -> None:
        self.last_record = record
        if record.ok:
            set_tone(self.result, Tone.SUCCESS)
            show_text(self.result, self.tr(
                "✔ Passed in {duration}: the backup of {when} was restored into a scratch "
                "folder and checked in full.").format(
                duration=duration_text(record.seconds),
                when=time_text(record.manifest.created_at) if record.manifest else "–"))
        else:
            set_tone(self.result, Tone.ERROR)
            show_text(self.result, self.tr(
                "✖ Failed after {duration}: {detail} Use another backup, and make a new one "
                "now.").format(duration=duration_text(record.seconds), detail=record.detail))

    def _failed(self, exc: BaseException) -> None:
        set_tone(self.result, Tone.WARNING if isinstance(exc, Cancelled) else Tone.ERROR)
        show_text(self.result, error_text(exc) if isinstance(exc, ClientSafeError)
                  else failure_sentence(exc))

    def _ended(self) -> None:
        self.task = None
        self.busy_changed.emit(False)
        self.reload_log()
        self.drill_finished.emit()

    @property
    def busy(self) -> bool:
        return self.task is not None

    # --- the log and the report ------------------------------------------------------------------

    def reload_log(self) -> None:
        try:
            records = backup.drills(self._vault, self._session, LOG_ROWS)
        except ClientSafeError as exc:
            records = []
            set_tone(self.result, Tone.ERROR)
            show_text(self.result, error_text(exc))
        self.model.set_records(records)
        if records:
            self.table.selectionModel().select(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_buttons()

    def selected_record(self) -> DrillRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.run_button.setEnabled(idle and bool(self.path.text().strip()))
        self.choose_button.setEnabled(idle)
        has_record = self.selected_record() is not None
        self.save_button.setEnabled(idle and has_record)
        self.print_button.setEnabled(idle and has_record)

    def save_report(self) -> Path | None:
        record = self.selected_record()
        if record is None:
            return None
        target = ask_save_path(self, self.tr("Save the drill report"),
                               default_folder() / drill_reports.report_file_name(record),
                               self.tr("PDF document (*.pdf)"), ".pdf")
        if target is None:
            return None
        try:
            drill_reports.save_drill_report(self._vault, self._session, record, target)
        except ClientSafeError as exc:
            set_tone(self.report_notice, Tone.ERROR)
            show_text(self.report_notice, error_text(exc))
            return None
        set_tone(self.report_notice, Tone.SUCCESS)
        show_text(self.report_notice, self.tr("Saved to {path}.").format(path=target))
        return target

    def print_report(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        try:
            data = drill_reports.drill_report_pdf(self._vault, self._session, record)
        except ClientSafeError as exc:
            set_tone(self.report_notice, Tone.ERROR)
            show_text(self.report_notice, error_text(exc))
            return
        if not print_document(self, data, self.tr("Print the drill report")):
            return
        set_tone(self.report_notice, Tone.SUCCESS)
        show_text(self.report_notice, self.tr("Sent to the printer."))
