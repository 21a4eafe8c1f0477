"""The frame every list area shares: a summary line, Refresh, the table, an empty state and an
error line.

Tables here always have fixed, uniform row heights and fixed or stretched column widths: measuring
contents (ResizeToContents) makes Qt read every row, which took 27 s for 20k rows (DESIGN.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b91c1c;"
MUTED_STYLE = "color: palette(mid); font-size: 11pt;"


def make_table_view(parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table with fixed row heights."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setCornerButtonEnabled(False)
    # Room between a right-aligned amount and the left-aligned text next to it.
    view.setStyleSheet("QTableView::item { padding-left: 4px; padding-right: 8px; }")
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    rows.hide()
    columns = view.horizontalHeader()
    columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    columns.setStretchLastSection(True)
    columns.setHighlightSections(False)
    columns.setMinimumSectionSize(40)
    return view


def set_column_widths(view: QTableView, widths_in_chars: Sequence[int]) -> None:
    """Fixed starting widths, in average characters of the view's font (the last column
    stretches anyway). A CJK character is about two average Latin ones wide."""
    char = max(view.fontMetrics().averageCharWidth(), 6)
    for column, chars in enumerate(widths_in_chars):
        view.setColumnWidth(column, chars * char + 16)


class TablePage(QWidget):
    """Subclasses put their model on `self.table` and implement `reload()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.summary.setFont(bold)
        self.refresh_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Refresh")
        )
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(self.tr("Load the list again (F5)"))
        self.refresh_button.clicked.connect(self.reload)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)

        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.table = make_table_view(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)

    def reload(self) -> None:
        raise NotImplementedError

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def show_rows(self, has_rows: bool, empty_text: str) -> None:
        """The table when there is something to show, otherwise a sentence saying why not."""
        self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.table if has_rows else self.empty)

    @property
    def showing_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty
