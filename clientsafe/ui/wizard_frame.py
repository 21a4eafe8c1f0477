"""The frame every wizard shares (setup, import, backup, restore): a step list on a
navy sidebar, the current page, and Cancel / Back / Next / Finish below.

The frame only draws; each wizard decides (from its core flow) which step is current, which are
done and which buttons are enabled, and calls `mark_steps` and `set_buttons`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientsafe.ui.message_labels import error_line, heading, paragraph, show_text


class WizardPage(QWidget):
    """A title, an explanation, the page's own widgets, then its error sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(parent=self, size=1.35)
        self.intro = paragraph(parent=self)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.problem = error_line(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.body)
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def show_problem(self, text: str) -> None:
        show_text(self.problem, text)


class WizardFrame(QDialog):
    def __init__(self, title: str, step_titles: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(760, 500)
        self.stack = QStackedWidget(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.back_button = QPushButton(self.tr("< Back"), self)
        self.next_button = QPushButton(self.tr("Next >"), self)
        self.finish_button = QPushButton(self.tr("Finish"), self)
        for button in (self.cancel_button, self.back_button, self.next_button, self.finish_button):
            button.setAutoDefault(False)
            button.setMinimumWidth(96)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        content = QVBoxLayout()
        content.setContentsMargins(28, 24, 28, 18)
        content.addWidget(self.stack, 1)
        content.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar(title, step_titles))
        layout.addLayout(content, 1)

    def _sidebar(self, title: str, step_titles: Sequence[str]) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("wizardSidebar")
        frame.setFixedWidth(210)
        frame.setStyleSheet(
            "#wizardSidebar { background: #1f3a5f; } #wizardSidebar QLabel { color: #c9d6e8; }"
        )
        column = QVBoxLayout(frame)
        column.setContentsMargins(20, 24, 16, 20)
        column.setSpacing(12)
        name = QLabel(title, frame)
        name.setWordWrap(True)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        name.setFont(font)
        name.setStyleSheet("color: white;")
        column.addWidget(name)
        column.addSpacing(10)
        self.step_labels: list[QLabel] = []
        for _ in step_titles:
            label = QLabel(frame)
            label.setWordWrap(True)
            column.addWidget(label)
            self.step_labels.append(label)
        column.addStretch(1)
        self._step_titles = list(step_titles)
        return frame

    def mark_steps(self, current: int, done: set[int], skipped: set[int] | None = None) -> None:
        """✓ for done steps, › for the current one, a dash for steps that were not needed."""
        skipped = skipped or set()
        for index, (label, title) in enumerate(zip(self.step_labels, self._step_titles,
                                                   strict=True)):
            if index in skipped:
                label.setText(f"–  {title}")
                label.setStyleSheet("color: #8da2bf;")
            elif index in done:
                label.setText(f"✓  {title}")
                label.setStyleSheet("color: #9fd3a8;")
            elif index == current:
                label.setText(f"›  {title}")
                label.setStyleSheet("color: white; font-weight: bold;")
            else:
                label.setText(f"    {title}")
                label.setStyleSheet("")

    def set_buttons(self, *, back: bool, next_: bool | None, finish: bool | None,
                    cancel: bool, next_text: str | None = None) -> None:
        """None hides a button; True/False show it enabled/disabled. Enter presses whichever
        button moves forward."""
        self.back_button.setEnabled(back)
        for button, state in ((self.next_button, next_), (self.finish_button, finish)):
            button.setVisible(state is not None)
            button.setEnabled(bool(state))
            button.setDefault(state is not None)
        self.cancel_button.setEnabled(cancel)
        self.next_button.setText(next_text or self.tr("Next >"))
