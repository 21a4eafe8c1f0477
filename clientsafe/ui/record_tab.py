"""The frame the customer record's lifecycle tabs share (Sharing, Requests, Corrections): a
heading with one action button, an optional explanation, a status line and an error line, then
a table of the customer's entries, or a sentence in its place while there are none, and an
optional note under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from clientsafe.ui.message_labels import Tone, error_line, heading, hint, notice_box
from clientsafe.ui.table_page import make_table_view, set_column_widths


class RecordTab(QWidget):
    def __init__(self, parent: QWidget | None, *, name: str, title: str, action: str,
                 can_act: bool, on_action: Callable[[], object], empty: str,
                 model: QAbstractItemModel, widths: Sequence[int], explanation: str = "",
                 note: str = "", status_tone: Tone = Tone.SUCCESS) -> None:
        super().__init__(parent)
        self.title = heading(title, self, size=1.1)
        self.action_button = QPushButton(action, self)
        self.action_button.setObjectName(f"{name}Action")
        self.action_button.setAutoDefault(False)
        self.action_button.setVisible(can_act)
        self.action_button.clicked.connect(lambda _checked=False: on_action())
        self.explanation = hint(explanation, self)
        self.explanation.setVisible(bool(explanation))
        self.status = notice_box(status_tone, "", self)
        self.status.setObjectName(f"{name}Status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may quote names the staff typed
        self.error = error_line(self)
        self.error.setObjectName(f"{name}Error")
        self.empty = hint(empty, self)
        self.empty.setObjectName(f"{name}Empty")
        self.model = model
        self.table = make_table_view(self)
        self.table.setModel(model)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 5)
        set_column_widths(self.table, widths)
        self.note = hint(note, self)
        self.note.setVisible(bool(note))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        # Empty, the sentence takes the table's place at the top (not spread over the page).
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def show_entries(self, count: int) -> None:
        """The table when there is something to list, else the sentence (unless an error
        already says why nothing is listed)."""
        self.empty.setVisible(not count and not self.error.isVisible())
        self.table.setVisible(bool(count))
