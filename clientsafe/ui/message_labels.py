"""The few label styles the start-up screens share: headings, error sentences, notice boxes and
the monospace font for recovery keys. One place so the wizard, sign-in and unlock screens match.
"""

from __future__ import annotations

import html
from enum import StrEnum

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QWidget


class Tone(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    SUCCESS = "success"


_BOX_STYLES: dict[Tone, str] = {
    Tone.ERROR: "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;",
    Tone.WARNING: "background: #fff4e5; color: #6b3d00; border: 1px solid #ffd8a8;",
    Tone.INFO: "background: #e8f1fb; color: #0d3c61; border: 1px solid #b6d4f2;",
    Tone.SUCCESS: "background: #e9f6ec; color: #1e4620; border: 1px solid #b7dfbf;",
}


def heading(text: str = "", parent: QWidget | None = None, *, size: float = 1.5) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def paragraph(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def hint(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A quieter sentence (a tip, a file path): grey, but still easy to read."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6b7a;")
    return label


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as typed. Qt renders a tooltip that looks like HTML as rich
    text, so a customer's name or a staff note holding "<b>" or "<img src=…>" would be drawn
    (or fetched); escaped inside a paragraph it shows literally, and a long note wraps."""
    if not text:
        return text
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def error_line(parent: QWidget | None = None) -> QLabel:
    """A red sentence under a form; hidden while empty so it takes no room."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def show_text(label: QLabel, text: str) -> None:
    """Set a message label's text and show it only when there is something to say. The window
    grows if the new text needs room, rather than squeezing the word-wrapped text above it."""
    label.setText(text)
    label.setVisible(bool(text))
    window = label.window()
    if text and window.isVisible():
        grow_to_fit(window)


def grow_to_fit(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = (
        window.heightForWidth(width) if window.hasHeightForWidth() else window.sizeHint().height()
    )
    if needed > window.height():
        window.resize(width, needed)


def notice_box(tone: Tone, text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_tone(label, tone)
    label.setVisible(bool(text))
    return label


def set_tone(label: QLabel, tone: Tone) -> None:
    label.setStyleSheet(f"QLabel {{ {_BOX_STYLES[tone]} border-radius: 6px; padding: 8px 10px; }}")


def demo_badge(parent: QWidget | None = None, *, margin_right: int = 0) -> QLabel:
    label = QLabel("DEMO", parent)  # a product mark, the same in every language
    label.setStyleSheet(
        "QLabel { background: #d97706; color: white; font-weight: bold; border-radius: 4px;"
        f" padding: 3px 10px; margin-right: {margin_right}px; }}"
    )
    return label


def monospace_font(point_scale: float = 1.0, *, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    if point_scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * point_scale)
    font.setBold(bold)
    return font
