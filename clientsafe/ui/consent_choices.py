"""The customer's choices on a consent notice: one checkbox per purpose, nothing ticked at start.

The checkbox texts are the notice's own labels (in the notice's language, part of the signed
text), so they are shown as given, word-wrapped beside a large checkbox; a click on the text ticks
the box too. The required service purpose carries a "Required" mark; sensitive information sits
in its own box with its own explanation, apart from the optional purposes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clientsafe.core.consent import ConsentNotice, Decision, NoticePurpose, Purpose

INDICATOR_PX = 30  # a box a finger can hit on a counter screen
INDICATOR_STYLE = f"QCheckBox::indicator {{ width: {INDICATOR_PX}px; height: {INDICATOR_PX}px; }}"
_SENSITIVE_BOX_STYLE = ("QFrame#sensitiveBox { background: #fff4e5; border: 2px solid #b45309;"
                        " border-radius: 8px; }")
_REQUIRED_MARK = ('<span style="background-color:#0d3c61; color:#ffffff; font-weight:bold;">'
                  '&nbsp;{required}&nbsp;</span>&nbsp; ')


class _ChoiceText(QLabel):
    """The word-wrapped text beside a checkbox; clicking it toggles the box like a label would."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice_label = text
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)  # only for the mark; the notice's words
        self.set_mark("")  # are escaped, never read as markup
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_mark(self, required: str) -> None:
        mark = _REQUIRED_MARK.format(required=html.escape(required)) if required else ""
        self.setText(f'<p style="white-space:pre-wrap">{mark}{html.escape(self.notice_label)}</p>')

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()) and self._box.isEnabled():
            self._box.toggle()
        super().mouseReleaseEvent(event)


class ConsentChoices(QWidget):
    """`changed` fires whenever a box is ticked or unticked, and after `set_notice`."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._boxes: dict[str, QCheckBox] = {}
        self._required_texts: list[_ChoiceText] = []
        self._notice: ConsentNotice | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(14)
        self._sensitive_title: QLabel | None = None
        self._sensitive_text: QLabel | None = None

    # --- the API -------------------------------------------------------------------------
    def set_notice(self, notice: ConsentNotice) -> None:
        """Rebuild the boxes for this notice, all unticked: choices belong to one text."""
        self._notice = notice
        while (item := self._layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # out of the Tab order now; deleted once events are processed
                widget.deleteLater()
        self._boxes.clear()
        self._required_texts.clear()
        self._sensitive_title = self._sensitive_text = None
        ordinary = [p for p in notice.purposes if p.purpose is not Purpose.SENSITIVE]
        sensitive = [p for p in notice.purposes if p.purpose is Purpose.SENSITIVE]
        for purpose in ordinary:
            self._layout.addWidget(self._row(purpose, self))
        if sensitive:
            self._layout.addWidget(self._sensitive_box(sensitive))
        for index in range(self._layout.count()):  # now, not at the next event loop turn: the
            self._layout.itemAt(index).widget().show()  # boxes can take focus at once
        self._retranslate()
        self.changed.emit()

    def checkbox(self, key: str) -> QCheckBox:
        return self._boxes[key]

    def purpose_keys(self) -> list[str]:
        return list(self._boxes)

    def decisions(self) -> dict[str, Decision]:
        """Every purpose of the shown notice: granted if ticked, else declined."""
        return {key: Decision.GRANTED if box.isChecked() else Decision.DECLINED
                for key, box in self._boxes.items()}

    # --- building ------------------------------------------------------------------------
    def _row(self, purpose: NoticePurpose, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        box = QCheckBox(row)
        box.setStyleSheet(INDICATOR_STYLE)
        box.setChecked(False)  # nothing is ever pre-ticked
        box.setAccessibleName(purpose.label)
        box.setObjectName(f"choice_{purpose.key}")
        box.toggled.connect(self.changed)
        self._boxes[purpose.key] = box
        text = _ChoiceText(purpose.label, box, row)
        text.setFont(self.font())  # explicit: a style sheet above stops font inheritance
        if purpose.required:
            self._required_texts.append(text)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text, 1)
        return row

    def _sensitive_box(self, purposes: list[NoticePurpose]) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName("sensitiveBox")
        frame.setStyleSheet(_SENSITIVE_BOX_STYLE)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self._sensitive_title = QLabel(frame)
        font = QFont(self.font())
        font.setBold(True)
        self._sensitive_title.setFont(font)  # explicit: the frame's style sheet stops inheritance
        self._sensitive_title.setStyleSheet("color: #6b3d00;")
        self._sensitive_text = QLabel(frame)
        self._sensitive_text.setWordWrap(True)
        self._sensitive_text.setFont(self.font())
        self._sensitive_text.setStyleSheet("color: #3b2200;")
        layout.addWidget(self._sensitive_title)
        layout.addWidget(self._sensitive_text)
        for purpose in purposes:
            layout.addWidget(self._row(purpose, frame))
        return frame

    # --- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for text in self._required_texts:
            text.set_mark(self.tr("Required"))
        if self._sensitive_title is not None and self._sensitive_text is not None:
            self._sensitive_title.setText(self.tr("Sensitive information: a separate consent"))
            self._sensitive_text.setText(self.tr(
                "Tick only if you agree. If you do not, these details are not recorded."))
