"""One value in the customer record form: plain, masked (monospace, padlock) or revealed for a
short time (highlighted, open padlock, a Copy button).

A revealed value is not selectable with the mouse: copying goes through the Copy button, which is
audited and marks the clipboard content as secret.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from clientsafe.core.field_access import CLIPBOARD_CLEAR_SECONDS
from clientsafe.services.customer_records import ShownField
from clientsafe.ui.message_labels import monospace_font

_MASKED_STYLE = "color: #4b5563;"
_REVEALED_STYLE = "background: #fff7d6; color: #1f2937; padding: 1px 6px; border-radius: 3px;"
_ICON_SIZE = 14


def padlock(size: int, *, opened: bool = False, color: str = "#6b7280") -> QPixmap:
    """A small padlock drawn in code (no icon theme is needed, offscreen included)."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(color), max(1.4, size / 9)))
    s = float(size)
    shackle = QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.5)
    if opened:
        shackle.translate(s * 0.18, -s * 0.04)
    painter.drawArc(shackle, 0, 180 * 16)
    legs = [shackle.right()] if opened else [shackle.left(), shackle.right()]
    for x in legs:
        painter.drawLine(QPointF(x, shackle.center().y()), QPointF(x, s * 0.46))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(QRectF(s * 0.16, s * 0.44, s * 0.68, s * 0.5), s * 0.1, s * 0.1)
    painter.end()
    return pixmap


class FieldRow(QWidget):
    # The Copy button was pressed; the argument is the field key.
    copy_requested = Signal(str)

    def __init__(self, field: ShownField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.icon = QLabel(self)
        self.icon.setFixedWidth(_ICON_SIZE + 4)
        self.value = QLabel(self)
        self.value.setObjectName(f"value_{field.key}")
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.copy = QPushButton(self.tr("Copy"), self)
        self.copy.setObjectName(f"copy_{field.key}")
        self.copy.setAutoDefault(False)
        self.copy.setToolTip(
            self.tr("Copy to the clipboard; it is cleared after {n} s.").format(
                n=CLIPBOARD_CLEAR_SECONDS
            )
        )
        self.copy.clicked.connect(self._copy_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.icon)
        if field.masked:
            row.addWidget(self.value)
            row.addWidget(self.copy)
            row.addStretch(1)
        else:
            self.value.setWordWrap(True)  # a long address wraps instead of being cut off
            row.addWidget(self.value, 1)
        self.show_masked()

    def _copy_clicked(self) -> None:
        self.copy_requested.emit(self.field.key)

    @property
    def text(self) -> str:
        return self.value.text()

    def show_masked(self) -> None:
        """The text the service sent (masked or plainly visible); no clear value stays here."""
        self.copy.hide()
        self.copy.setText(self.tr("Copy"))
        if self.field.masked:
            self.value.setText(self.field.text)
            self.value.setFont(monospace_font())
            self.value.setStyleSheet(_MASKED_STYLE)
            self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.icon.setPixmap(padlock(_ICON_SIZE))
            self.icon.setToolTip(self.tr("Masked"))
        else:
            self.value.setText(self.field.text or "—")
            self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_revealed(self, value: str) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(_REVEALED_STYLE)
        self.icon.setPixmap(padlock(_ICON_SIZE, opened=True, color="#b45309"))
        self.icon.setToolTip(self.tr("Shown for a short time"))
        self.copy.show()

    def mark_copied(self) -> None:
        self.copy.setText(self.tr("Copied"))
