"""The pad the customer signs on at the counter (mouse, touch or pen), and a field with Clear/Undo.

Strokes are lists of points in *canvas units*: the pad draws on a fixed 3:1 canvas centred in the
widget (letterboxed), and a point is stored as (x, y) divided by that canvas's height, plus the pen
pressure. So x runs 0..3 and y 0..1 whatever the window size: resizing, full screen or a second
screen keeps the drawing undistorted, and the PNG does not depend on where it was signed.

`to_png` is the only output. It is deterministic (same strokes, same bytes; no text chunks, fixed
DPI) because the consent record stores the image's hash. Nothing here touches the disk.
"""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFont,
    QImage,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

Point = tuple[float, float, float]  # x, y in canvas units; pressure 0..1
Stroke = list[Point]

ASPECT = 3.0  # canvas width / height; matches to_png's default 900×300
MIN_WIDTH_PX, MAX_WIDTH_PX = 1.5, 4.0  # pen width on screen, from pressure
DEFAULT_PRESSURE = 0.45  # mouse and touch report no useful pressure: ~2.6 px
# looks_signed(): total ink at least this long, in canvas heights (a third of the pad's width).
# A tap or a few dots have no length, so an accidental touch never counts as a signature.
MIN_INK_LENGTH = 1.0
_INK = QColor(16, 24, 48)
_GUIDE = QColor(200, 205, 214)
_HINT = QColor(150, 156, 168)
# Pointer devices whose input arrives through touchEvent/tabletEvent. If Qt ever synthesizes a
# mouse event from them as well, ignoring it avoids drawing every stroke twice.
_Kind = QInputDevice.DeviceType
_NOT_MOUSE = {_Kind.TouchScreen, _Kind.Stylus, _Kind.Airbrush, _Kind.Puck}


def _pen_width(pressure: float) -> float:
    # Quarter-pixel steps, so consecutive points of similar pressure share one path.
    width = MIN_WIDTH_PX + (MAX_WIDTH_PX - MIN_WIDTH_PX) * min(max(pressure, 0.0), 1.0)
    return round(width * 4) / 4


def _paint_stroke(painter: QPainter, stroke: Stroke, scale: float, origin: QPointF,
                  pen_scale: float) -> None:
    """Quadratic smoothing through the midpoints of consecutive points; one path per run of equal
    width, so pen pressure shows while mouse and touch strokes stay a single path."""
    pts = [QPointF(origin.x() + x * scale, origin.y() + y * scale) for x, y, _ in stroke]
    widths = [_pen_width(p) * pen_scale for _, _, p in stroke]

    def pen(width: float) -> QPen:
        return QPen(_INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin)

    if len(pts) == 1:  # a tap: a dot
        painter.setPen(pen(widths[0]))
        painter.drawPoint(pts[0])
        return
    mids = [(pts[i] + pts[i + 1]) / 2 for i in range(len(pts) - 1)]
    path = QPainterPath(pts[0])
    path.lineTo(mids[0])
    width = widths[0]
    for i in range(1, len(pts) - 1):
        if widths[i] != width:
            painter.setPen(pen(width))
            painter.drawPath(path)
            path, width = QPainterPath(mids[i - 1]), widths[i]
        path.quadTo(pts[i], mids[i])
    path.lineTo(pts[-1])
    painter.setPen(pen(width))
    painter.drawPath(path)


class SignaturePad(QWidget):
    """Dark ink on white. `signature_changed` fires when a stroke ends, on clear and on undo."""

    signature_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._source: str | None = None  # "mouse", "touch" or "tablet" while a stroke is drawn
        self._touch_id: int | None = None  # the finger drawing; other fingers (a palm) ignored
        self._read_only = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # we fill every pixel
        self.setMinimumSize(480, 180)  # comfortable for a finger on a counter screen
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setObjectName("signaturePad")
        self._retranslate()

    # --- the API -------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not self._strokes

    def stroke_count(self) -> int:
        return len(self._strokes)

    def strokes(self) -> list[Stroke]:
        """A copy of the strokes (canvas units), e.g. for a read-only review of the signature."""
        return [list(stroke) for stroke in self._strokes]

    def ink_length(self) -> float:
        """Total length of all strokes, in canvas heights."""
        return sum(math.dist(a[:2], b[:2]) for s in self._strokes for a, b in pairwise(s))

    def looks_signed(self) -> bool:
        """At least MIN_INK_LENGTH of ink (a third of the pad's width, in any number of strokes):
        a tap, a few dots or a short slip of the finger is not a signature."""
        return self._source is None and self.ink_length() >= MIN_INK_LENGTH

    def clear(self) -> None:
        had_ink = bool(self._strokes)
        self._strokes.clear()
        self._source, self._touch_id = None, None
        self.update()
        if had_ink:
            self.signature_changed.emit()

    def undo_stroke(self) -> None:
        if self._strokes:
            self._strokes.pop()
            self._source, self._touch_id = None, None
            self.update()
            self.signature_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Shows the signature but takes no input (e.g. once the consent is accepted)."""
        self._read_only = read_only
        if read_only and self._source is not None:
            self._end_stroke(self._source)
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    def is_read_only(self) -> bool:
        return self._read_only

    def to_png(self, width: int = 900, height: int = 300) -> bytes:
        """The strokes on white, scaled to fit with a margin and centred; same strokes → same bytes.
        An empty pad gives a blank white image."""
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        image.setDotsPerMeterX(3780)  # 96 dpi: the default follows the screen, which would
        image.setDotsPerMeterY(3780)  # make the bytes (and the stored hash) machine-dependent
        points = [(x, y) for stroke in self._strokes for x, y, _ in stroke]
        if points:
            margin = 0.08 * min(width, height)
            left, right = min(p[0] for p in points), max(p[0] for p in points)
            top, bottom = min(p[1] for p in points), max(p[1] for p in points)
            # Fit the ink's box, but never enlarge more than twice the whole canvas's fit, so a
            # short scribble does not become a giant blot.
            cap = 2 * min((width - 2 * margin) / ASPECT, height - 2 * margin)
            fits = [cap]
            if right > left:
                fits.append((width - 2 * margin) / (right - left))
            if bottom > top:
                fits.append((height - 2 * margin) / (bottom - top))
            scale = min(fits)
            origin = QPointF(width / 2 - (left + right) / 2 * scale,
                             height / 2 - (top + bottom) / 2 * scale)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # Pen widths relative to the ink's size, as if signed on a 240 px high canvas, so a
            # signature looks the same whether it was made on a small pad or full screen.
            for stroke in self._strokes:
                _paint_stroke(painter, stroke, scale, origin, max(scale / 240, 0.5))
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    # --- geometry ------------------------------------------------------------------------
    def _canvas(self) -> QRectF:
        """The largest 3:1 rectangle centred in the widget."""
        w, h = float(self.width()), float(self.height())
        ch = min(h, w / ASPECT)
        return QRectF((w - ch * ASPECT) / 2, (h - ch) / 2, ch * ASPECT, ch)

    def _to_canvas(self, pos: QPointF, pressure: float) -> Point:
        canvas = self._canvas()
        return ((pos.x() - canvas.x()) / canvas.height(),
                (pos.y() - canvas.y()) / canvas.height(), pressure)

    # --- building strokes (shared by mouse, touch and tablet) -----------------------------
    # One device draws at a time: a stroke belongs to its source until that source ends it.
    def _begin_stroke(self, source: str, pos: QPointF, pressure: float = DEFAULT_PRESSURE) -> None:
        if self._source is None:
            self._strokes.append([self._to_canvas(pos, pressure)])
            self._source = source
            self.update()

    def _extend_stroke(self, source: str, pos: QPointF,
                       pressure: float = DEFAULT_PRESSURE) -> None:
        if self._source != source:
            return
        point = self._to_canvas(pos, pressure)
        last = self._strokes[-1][-1]
        # Skip sub-pixel jitter: it adds points without adding shape.
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) < 0.75 / self._canvas().height():
            return
        self._strokes[-1].append(point)
        self.update()

    def _end_stroke(self, source: str, pos: QPointF | None = None,
                    pressure: float = DEFAULT_PRESSURE) -> None:
        if self._source != source:
            return
        if pos is not None:
            self._extend_stroke(source, pos, pressure)
        self._source, self._touch_id = None, None
        self.signature_changed.emit()

    # --- input events --------------------------------------------------------------------
    def _mouse_ok(self, event: QMouseEvent) -> bool:
        return not self._read_only and event.device().type() not in _NOT_MOUSE

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._mouse_ok(event):
            self._begin_stroke("mouse", event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._mouse_ok(event):
            if event.buttons() & Qt.MouseButton.LeftButton:
                self._extend_stroke("mouse", event.position())
            else:  # the release went elsewhere (focus stolen mid-stroke): finish here
                self._end_stroke("mouse")
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._mouse_ok(event):
            self._end_stroke("mouse", event.position())
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepting stops Qt from also sending a synthesized mouse event.
        event.accept()
        if self._read_only:
            return
        kind, pressure = event.type(), event.pressure()
        if kind == QEvent.Type.TabletPress:
            self._begin_stroke("tablet", event.position(), pressure)
        elif kind == QEvent.Type.TabletMove:
            self._extend_stroke("tablet", event.position(), pressure)  # no-op while hovering
        elif kind == QEvent.Type.TabletRelease:
            self._end_stroke("tablet", event.position(), pressure)

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            # A touchpad's points are touchpad coordinates, not places on this widget; its pointer
            # (mouse) events draw instead.
            if event.device().type() == _Kind.TouchScreen:
                self._touch(event)
            event.accept()  # and no synthesized mouse events
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        if event.type() == QEvent.Type.TouchCancel:  # the system took the touch: drop the stroke
            if self._source == "touch":
                self._strokes.pop()
                self._source, self._touch_id = None, None
                self.update()
            return
        if self._read_only:
            return
        for point in event.points():
            state = point.state()
            if self._source is None and state == QEventPoint.State.Pressed:
                self._touch_id = point.id()
                self._begin_stroke("touch", point.position())
            elif self._source != "touch" or point.id() != self._touch_id:
                continue  # another finger (a palm), or another device is drawing
            elif state == QEventPoint.State.Released:
                self._end_stroke("touch", point.position())
            elif state == QEventPoint.State.Updated:
                self._extend_stroke("touch", point.position())

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)  # paper, whatever the theme
        painter.setPen(QPen(_GUIDE, 1.0))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))  # the pad's edge
        canvas = self._canvas()
        baseline_y = canvas.top() + canvas.height() * 0.74
        painter.drawLine(QPointF(canvas.left() + canvas.width() * 0.06, baseline_y),
                         QPointF(canvas.right() - canvas.width() * 0.06, baseline_y))
        if not self._strokes:
            font = QFont(self.font())
            font.setPixelSize(max(14, round(canvas.height() * 0.11)))
            painter.setFont(font)
            painter.setPen(_HINT)
            text_rect = QRectF(canvas.left() + canvas.width() * 0.06, canvas.top(),
                               canvas.width() * 0.88, baseline_y - canvas.top() - 6)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             "✕  " + self.tr("Sign here"))
        for stroke in self._strokes:
            _paint_stroke(painter, stroke, canvas.height(), canvas.topLeft(), 1.0)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr("Sign here with a finger, a pen or the mouse. Use Undo or Clear to start over.")
        )
        self.update()


class SignatureField(QWidget):
    """The pad with Clear and Undo buttons below it; `changed` mirrors the pad's signal."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad(self)
        self.clear_button = QPushButton(self)
        self.undo_button = QPushButton(self)
        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo_stroke)
        self.pad.signature_changed.connect(self._on_pad_changed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        self._retranslate()
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self.pad.set_read_only(read_only)
        self._update_buttons()

    def _on_pad_changed(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        editable = not self.pad.is_read_only() and not self.pad.is_empty()
        self.clear_button.setEnabled(editable)
        self.undo_button.setEnabled(editable)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.clear_button.setText(self.tr("Clear"))
        self.undo_button.setText(self.tr("Undo"))
        self.clear_button.setAccessibleName(self.tr("Clear the signature"))
        self.undo_button.setAccessibleName(self.tr("Undo the last stroke"))
