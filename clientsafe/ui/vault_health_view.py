"""Vault health for the security officer: run the full check and show what it found.

The check reads every page of the file and recomputes the whole audit chain, which takes a while
on a large vault, so it runs in the background helper. While it runs, `busy_changed(True)` tells
the main window to hold other vault work (the vault has one connection).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from clientsafe.core.session import Session
from clientsafe.services import checks
from clientsafe.services.checks import CheckReport, Finding, FindingKind
from clientsafe.services.vault_access import Vault
from clientsafe.ui.background import BackgroundTask, failure_sentence, run_in_background

_OK_STYLE = (
    "QLabel { background: #dcfce7; color: #14532d; border: 1px solid #86efac;"
    " border-radius: 6px; padding: 10px; }"
)
_BAD_STYLE = (
    "QLabel { background: #fee2e2; color: #7f1d1d; border: 1px solid #fca5a5;"
    " border-radius: 6px; padding: 10px; }"
)
_NEUTRAL_STYLE = (
    "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 6px; padding: 10px; }"
)
_MAX_PROBLEM_LINES = 8
_SHORT_HASH = 12


def _bigger_bold(font: QFont) -> QFont:
    font = QFont(font)
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    return font


class VaultHealthView(QWidget):
    busy_changed = Signal(bool)
    # Emitted after a check has ended and its outcome is on screen (for tests and callers).
    check_finished = Signal()

    def __init__(self, vault: Vault, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._session = session
        self.last_report: CheckReport | None = None
        self.task: BackgroundTask | None = None

        title = QLabel(self.tr("Vault health"))
        title.setFont(_bigger_bold(title.font()))
        intro = QLabel(
            self.tr(
                "The check reads every encrypted page of the vault file, checks the database "
                "structure and schema version, and recomputes the audit trail's hash chain."
            )
        )
        intro.setWordWrap(True)
        self.check_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            self.tr("Check vault now"),
        )
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)

        self.status = QLabel(self.tr("Not checked yet in this session."))
        self.status.setWordWrap(True)
        self.status.setStyleSheet(_NEUTRAL_STYLE)
        self.status.setFont(_bigger_bold(self.status.font()))

        self.schema = QLabel("–")
        self.customers = QLabel("–")
        self.staff = QLabel("–")
        self.audit_entries = QLabel("–")
        self.chain_head = QLabel("–")
        self.chain_state = QLabel("–")
        self.storage = QLabel("–")
        self.checked_at = QLabel("–")
        details = QGroupBox(self.tr("Last check"))
        form = QFormLayout(details)
        form.setHorizontalSpacing(24)
        form.addRow(self.tr("Checked at:"), self.checked_at)
        form.addRow(self.tr("Storage:"), self.storage)
        form.addRow(self.tr("Audit chain:"), self.chain_state)
        form.addRow(self.tr("Audit entries:"), self.audit_entries)
        form.addRow(self.tr("Audit chain head:"), self.chain_head)
        form.addRow(self.tr("Schema version:"), self.schema)
        form.addRow(self.tr("Customers:"), self.customers)
        form.addRow(self.tr("Staff accounts:"), self.staff)

        self.problems_title = QLabel(self.tr("Problems found:"))
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems_title.hide()
        self.problems.hide()

        # One readable column, not stretched across a wide window.
        column = QWidget(self)
        column.setMaximumWidth(760)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(buttons)
        inner.addWidget(self.status)
        inner.addWidget(details)
        inner.addWidget(self.problems_title)
        inner.addWidget(self.problems)
        layout = QHBoxLayout(self)
        layout.addWidget(column, 1, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(0)

    @property
    def busy(self) -> bool:
        return self.task is not None

    def check_now(self) -> None:
        if self.task is not None:
            return
        self.check_button.setEnabled(False)
        self.status.setStyleSheet(_NEUTRAL_STYLE)
        self.status.setText(self.tr("Checking the vault…"))
        self.busy_changed.emit(True)
        vault, session = self._vault, self._session
        self.task = run_in_background(
            self,
            lambda _progress: checks.check_vault(vault, session),
            on_success=self._show_report,
            on_failure=self._show_failure,
            label=self.tr("Checking the vault…"),
        )
        self.task.finished.connect(self._ended)

    def _ended(self) -> None:
        self.task = None
        self.check_button.setEnabled(True)
        self.busy_changed.emit(False)
        self.check_finished.emit()

    def _show_report(self, report: CheckReport) -> None:
        self.last_report = report
        locale = QLocale()
        self.schema.setText(str(report.schema_version))
        unreadable = self.tr("could not be read")
        self.customers.setText(
            unreadable if report.customers is None else locale.toString(report.customers))
        self.staff.setText(unreadable if report.staff is None else locale.toString(report.staff))
        self.audit_entries.setText(locale.toString(report.audit.entries))
        self.chain_head.setText(
            self.tr("entry {seq} · {hash}…").format(
                seq=locale.toString(report.audit.head_seq),
                hash=report.audit.head_hash[:_SHORT_HASH],
            )
        )
        self.chain_head.setToolTip(report.audit.head_hash)
        if report.audit.ok:
            self.chain_state.setText(self.tr("Intact"))
        elif report.audit.first_bad_seq is not None:
            self.chain_state.setText(
                self.tr("Broken at entry {seq}").format(seq=report.audit.first_bad_seq)
            )
        else:
            self.chain_state.setText(self.tr("Could not be verified"))
        storage_damaged = any(finding.in_storage for finding in report.problems)
        self.storage.setText(self.tr("Problems found") if storage_damaged else self.tr("OK"))
        self.checked_at.setText(QLocale().toString(QTime.currentTime(), "HH:mm:ss"))
        self.problems.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for finding in report.problems:
            item = QListWidgetItem(warning, self.finding_text(finding), self.problems)
            item.setToolTip(finding.text)
        # As tall as its lines (up to a few), not a large empty box under two problems.
        lines = max(1, min(len(report.problems), _MAX_PROBLEM_LINES))
        line_height = max(self.problems.sizeHintForRow(0), self.fontMetrics().height() + 8)
        self.problems.setFixedHeight(lines * line_height + 2 * self.problems.frameWidth() + 4)
        self.problems_title.setVisible(bool(report.problems))
        self.problems.setVisible(bool(report.problems))
        if report.ok:
            self.status.setStyleSheet(_OK_STYLE)
            self.status.setText(
                self.tr("✔ The vault is healthy: storage and audit trail are intact.")
            )
        else:
            self.status.setStyleSheet(_BAD_STYLE)
            count = len(report.problems)
            self.status.setText(
                self.tr("✖ The check found 1 problem; see below.")
                if count == 1
                else self.tr("✖ The check found {n} problems; see below.").format(n=count)
            )

    def finding_text(self, finding: Finding) -> str:
        """One finding as a line: what it concerns in the reader's language, then the technical
        detail as the check gave it (SQLCipher's, SQLite's or the audit check's English words,
        which support needs verbatim; the check's own few are translated, context "checks")."""
        detail = QCoreApplication.translate("checks", finding.text)
        if finding.kind is FindingKind.STORAGE:
            return self.tr("Damaged storage page: {detail}").format(detail=detail)
        if finding.kind is FindingKind.STRUCTURE:
            return self.tr("Database structure damaged: {detail}").format(detail=detail)
        if finding.kind is FindingKind.AUDIT:
            return self.tr("Audit trail failed verification: {detail}").format(detail=detail)
        return self.tr("The anchor beside the vault disagrees: {detail}").format(detail=detail)

    def _show_failure(self, exc: BaseException) -> None:
        self.status.setStyleSheet(_BAD_STYLE)
        self.status.setText(failure_sentence(exc))
